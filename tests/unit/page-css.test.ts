import { describe, expect, it } from 'vitest'
import { canMatch, pageClasses, pageStylesheet } from '../../scripts/page-css.js'

// What a prerendered page inlines of the stylesheet (scripts/page-css.js): every rule that can
// match its markup, in order, and nothing that cannot.

const page = '<html><body><main class="_a _b"><p class="_c">x</p><svg class="_d"></svg></main>'

describe('the stylesheet a page inlines', () => {
  it('reads every class of the page', () => {
    expect([...pageClasses(page)].sort()).toEqual(['_a', '_b', '_c', '_d'])
  })

  it('keeps what can match, drops what names a class no element carries', () => {
    const classes = pageClasses(page)
    expect(canMatch('body', classes)).toBe(true)
    expect(canMatch('._a ._c:hover', classes)).toBe(true)
    expect(canMatch('._a>._c::before', classes)).toBe(true)
    expect(canMatch('._a ._z', classes)).toBe(false)
    expect(canMatch('._z:hover', classes)).toBe(false)
    // What pseudo-classes and attribute selectors hold does not have to exist.
    expect(canMatch('._a:not(._z)', classes)).toBe(true)
    expect(canMatch('._a:is(._z,._y)', classes)).toBe(true)
    expect(canMatch("a[href$='.pdf']", classes)).toBe(true)
    expect(canMatch('[data-x="._z"]._c', classes)).toBe(true)
  })

  it('keeps the rules in order, trims selector lists, and drops emptied blocks', () => {
    const css =
      'body{margin:0}._a{color:red}._z{color:blue}._c,._z{gap:1px}' +
      '@media (min-width:1px){._z{top:0}}@media print{._b{top:1px}}' +
      '@container t (width>1px){@media (hover:hover){._y{left:0}}}' +
      '@keyframes spin{from{rotate:0}to{rotate:1turn}}@page{margin:1cm}'
    expect(pageStylesheet(css, page)).toBe(
      'body{margin:0}._a{color:red}._c{gap:1px}' +
        '@media print{._b{top:1px}}' +
        '@keyframes spin{from{rotate:0}to{rotate:1turn}}@page{margin:1cm}',
    )
  })

  it('leaves a stylesheet that every rule can match as it is', () => {
    const css = 'body{margin:0}._a ._c{color:red}@media print{._b,._d{top:1px}}'
    expect(pageStylesheet(css, page)).toBe(css)
  })
})
