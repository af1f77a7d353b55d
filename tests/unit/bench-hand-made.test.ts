import { afterEach, describe, expect, it } from 'vitest'
import { installHandMadeChange } from '../../scripts/bench/hand-made.js'

// What the page holds before and after an interaction; the live page starts from the
// prerendered markup, which differs a little from the app's (here, one attribute).
const PRERENDERED = `<ul><li><a href="/events/a" aria-current="true">A</a></li><li><a href="/events/b">B</a></li></ul><section id="kept"><h2>A</h2><p>One</p><p>Two</p></section><p>Footer</p>`
const BEFORE = `<ul><li><a href="/events/a" aria-current="true" data-status="active">A</a></li><li><a href="/events/b">B</a></li></ul><section id="kept"><h2>A</h2><p>One</p><p>Two</p></section><p>Footer</p>`
const AFTER = `<ul><li><a href="/events/a">A</a></li><li><a href="/events/b" aria-current="true" data-status="active">B</a></li></ul><section id="kept" data-selected=""><h2>B</h2><div>New</div>text<p>Footer</p></section>`

const removers: (() => void)[] = []
afterEach(() => {
  for (const remove of removers.splice(0)) remove()
  document.body.replaceChildren()
})

/** A root holding the prerendered markup, with the change installed for clicks. */
function setUp(): HTMLElement {
  const root = document.createElement('div')
  root.id = 'root'
  root.innerHTML = PRERENDERED
  document.body.append(root)
  const listeners: EventListener[] = []
  const add = window.addEventListener.bind(window)
  // Catch the listener the change adds, to take it off after the test.
  window.addEventListener = ((type: string, listener: EventListener, options?: unknown) => {
    listeners.push(listener)
    add(type, listener, options as AddEventListenerOptions)
  }) as typeof window.addEventListener
  try {
    installHandMadeChange({ type: 'click', before: BEFORE, after: AFTER })
  } finally {
    window.addEventListener = add
  }
  removers.push(() => {
    for (const listener of listeners)
      window.removeEventListener('click', listener, { capture: true })
  })
  return root
}

describe("the bench's hand-made change", () => {
  it('starts from the markup the app had before the interaction', () => {
    expect(setUp().innerHTML).toBe(BEFORE)
  })

  it('makes the change the app made, and back, input after input', () => {
    const root = setUp()
    for (const expected of [AFTER, BEFORE, AFTER, BEFORE]) {
      root.querySelector('a')?.click()
      expect(root.innerHTML).toBe(expected)
    }
  })

  it('touches only what differs: unchanged elements stay the same nodes', () => {
    const root = setUp()
    const section = root.querySelector('#kept')
    const heading = root.querySelector('#kept h2')
    const links = [...root.querySelectorAll('a')]
    root.querySelector('a')?.click()
    expect(root.querySelector('#kept')).toBe(section)
    expect([...root.querySelectorAll('a')]).toEqual(links)
    // The heading's text changed in place; the paragraph that became a <div> is a new node.
    expect(root.querySelector('#kept h2')).toBe(heading)
    expect(heading?.textContent).toBe('B')
  })

  it('keeps the input from doing anything else (a link is not followed)', () => {
    setUp()
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    document.querySelector('a')?.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
  })
})
