import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import ICAL from 'ical.js'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

async function download(page: Page, name: string): Promise<{ file: Download; text: string }> {
  // The buttons are in the prerendered markup, but do nothing until the app has taken over
  // (a click before hydration starts is lost, and no download ever comes).
  await waitForApp(page)
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ])
  const path = await file.path()
  return { file, text: await readFile(path, 'utf8') }
}

function vevents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}

test.describe('topics facet', () => {
  test('combines with the country filter in the URL, with counts and a reset', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/?country=JP')
    const topics = page.getByRole('list', { name: 'Topic' })
    await expect(
      topics.getByRole('link', { name: /Industry and start-ups\s*1 event/ }),
    ).toBeVisible()
    await expect(topics.getByRole('link', { name: /Civil cooperation\s*1 event/ })).toBeVisible()
    await topics.getByRole('link', { name: /Industry and start-ups/ }).click()
    await expect(page).toHaveURL(`${baseURL}/?country=JP&topic=industry`)
    await expect(topics.getByRole('link', { name: /Industry and start-ups/ })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const list = page.getByRole('region', { name: 'Events' })
    // The release gives industry as the purpose of the start-up meeting only.
    await expect(list.getByRole('article')).toHaveCount(1)
    await expect(
      list.getByRole('article', { name: 'Meeting with French space start-ups' }),
    ).toBeVisible()
    await expect(page.getByText('1 event on “Industry and start-ups”')).toBeVisible()
    // The topic follows the reader to another page and back, like the country.
    await page.getByRole('link', { name: 'Delegations' }).click()
    await expect(page).toHaveURL(/\/delegations\?country=JP&topic=industry$/)
    await page.goBack()
    await page.getByRole('link', { name: 'Show all topics' }).click()
    await expect(page).toHaveURL(`${baseURL}/?country=JP`)
    await expect(list.getByRole('article')).toHaveCount(5)
  })

  test('is translated', async ({ page }) => {
    await page.goto('/ja?topic=multilateral')
    const topics = page.getByRole('list', { name: 'テーマ' })
    await expect(topics.getByRole('link', { name: /多国間協力\s*1件/ })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await page.goto('/fr?topic=civil')
    await expect(page.getByRole('link', { name: 'Afficher tous les thèmes' })).toBeVisible()
  })
})

test.describe('calendar files', () => {
  test('the filtered set, with the undated event left out and said so', async ({ page }) => {
    await page.goto('/?country=JP')
    await expect(
      page.getByText(
        'Left out of the calendar file because no exact day is known: Meeting with French space start-ups.',
      ),
    ).toBeVisible()
    const { file, text } = await download(page, 'Calendar (.ics)')
    expect(file.suggestedFilename()).toBe('france-japan-space-dialogue-2023-jp.ics')
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const events = vevents(text)
    expect(events.map((e) => e.uid)).toEqual([
      'kishida-paris-visit@fr-jp-space-dialogue-2023',
      'plenary@fr-jp-space-dialogue-2023',
      'ariane-group-visit@fr-jp-space-dialogue-2023',
      'g7-hiroshima@fr-jp-space-dialogue-2023',
    ])
    const ariane = events[2]
    expect(ariane?.startDate.toString()).toBe('2023-01-20')
    expect(ariane?.endDate.toString()).toBe('2023-01-21')
    expect(ariane?.summary).toBe('Visit to the ArianeGroup site at Les Mureaux')
  })

  test('one event known to the month gets the outside source’s days, in Japanese', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/ja/events/g7-hiroshima')
    const { file, text } = await download(page, 'カレンダーに追加（.ics）')
    expect(file.suggestedFilename()).toBe('g7-hiroshima.ics')
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(text).toContain('DTSTART;VALUE=DATE:20230519')
    expect(text).toContain('DTEND;VALUE=DATE:20230522')
    const [event] = vevents(text)
    expect(event?.summary).toBe('G7広島サミット')
    expect(event?.description).toContain(
      'https://japan.go.jp/kizuna/2023/07/historical_significance_of_g7.html',
    )
    expect(event?.description).toContain('2023年5月')
    expect(event?.component.getFirstPropertyValue('url')).toBe(`${baseURL}/ja/events/g7-hiroshima`)
  })

  test('an undated event offers no calendar entry and says why', async ({ page }) => {
    await page.goto('/fr/events/start-up-meeting')
    await expect(
      page.getByText('Pas d’entrée d’agenda : le communiqué ne date pas cet événement.'),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Ajouter à l’agenda (.ics)' })).toHaveCount(0)
  })
})

test.describe('JSON data', () => {
  test('the filtered set, versioned, with localized texts and citations', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/fr?country=FR&topic=multilateral')
    const { file, text } = await download(page, 'Données (JSON)')
    expect(file.suggestedFilename()).toBe('france-japan-space-dialogue-2023-fr-multilateral.json')
    const data = JSON.parse(text)
    expect(data.version).toBe(1)
    expect(data.$schema).toBe(`${baseURL}/data/schema.json`)
    expect(data.view).toEqual({
      url: `${baseURL}/fr?country=FR&topic=multilateral`,
      language: 'fr',
      // Every facet of the files, null when unset: the kind too, though `/` does not offer it.
      filter: { country: 'FR', topic: 'multilateral', kind: null },
    })
    // The G7 summit is not tagged multilateral: that would be our classification.
    expect(data.events.map((e: { id: string }) => e.id)).toEqual(['plenary'])
    const [plenary] = data.events
    expect(plenary.title.ja).toBe('国防・国家安全保障事務総局で宇宙対話の全体会合')
    expect(plenary.url).toBe(`${baseURL}/fr/events/plenary`)
    expect(plenary.citation.passage).toMatch(new RegExp(`^${baseURL}/fr/source#q-`))
    expect(plenary.dates[0]).toMatchObject({ precision: 'day', date: '2023-01-19' })
    // Each sentence of the summary comes with the passages that carry it.
    expect(plenary.summarySentences.length).toBeGreaterThan(1)
    for (const sentence of plenary.summarySentences)
      expect(sentence.citations[0].passage).toMatch(new RegExp(`^${baseURL}/fr/source#q-`))
    // The schema the file names is served beside the app.
    const schema = await page.request.get('/data/schema.json')
    expect((await schema.json()).properties.version.const).toBe(1)
  })

  test('a passage link in the file opens the passage', async ({ page, baseURL }) => {
    await page.goto('/?country=FR&topic=security-defence')
    const { text } = await download(page, 'Data (JSON)')
    const passage: string = JSON.parse(text).events[0].citation.passage
    expect(passage.startsWith(`${baseURL}/source#q-`)).toBe(true)
    await page.goto(passage)
    await expect(page.locator('mark[data-followed]').first()).toBeVisible()
  })
})
