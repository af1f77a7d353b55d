// The part of the app's stylesheet that one prerendered page can use, for the prerenderer to
// inline (scripts/prerender.js). The whole stylesheet, 35 kB, was inlined into every page,
// though a page uses a part of it: a third on a delegation page, three quarters on the
// timeline's. A page's first paint, and the page without scripts, need only the rules that can
// match its own markup; the boot script (src/boot.ts) adds the whole stylesheet, a cached
// file, before the app renders anything the markup did not hold.
//
// A rule is left out only when each of its selectors names a class that no element of the page
// carries: such a selector matches nothing, now or after any pseudo-class (hover, focus,
// :popover-open…) changes state, since scripts are what would add a class and the whole
// stylesheet is in place before they do. Classes inside functional pseudo-classes (:not(),
// :is(), :has()…) and attribute selectors are not counted, so a rule that might match is kept.
// Everything that is not a style rule (@keyframes, @font-face, @page) is kept; a @media,
// @container or @supports block is dropped once nothing is left in it.

import postcss from 'postcss'

/**
 * The classes the page's elements carry, from every `class` attribute of its HTML.
 * @param {string} html
 */
export function pageClasses(html) {
  const classes = new Set()
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) classes.add(name)
  }
  return classes
}

/**
 * A selector with what functional pseudo-classes and attribute selectors hold taken out: what
 * is left must all match one element or another for the selector to match.
 * @param {string} selector
 */
function requiredPart(selector) {
  let out = ''
  let depth = 0
  let quote = ''
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = ''
      continue
    }
    if (ch === '\\') {
      if (depth === 0) out += ch + (selector[i + 1] ?? '')
      i++
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    else if (depth === 0) out += ch
  }
  return out
}

/**
 * Whether a selector can match in a page whose elements carry these classes.
 * @param {string} selector
 * @param {ReadonlySet<string>} classes
 */
export function canMatch(selector, classes) {
  for (const match of requiredPart(selector).matchAll(/\.((?:[\w-]|\\.)+)/g)) {
    const name = match[1] ?? ''
    // An escaped class name would need unescaping to compare; none is written so today, and
    // keeping its rule is always safe.
    if (!name.includes('\\') && !classes.has(name)) return false
  }
  return true
}

const BLOCKS = new Set(['media', 'container', 'supports'])

/**
 * The rules of `css` that can match the page `html`, in their order, as text.
 * @param {string} css
 * @param {string} html
 */
export function pageStylesheet(css, html) {
  const classes = pageClasses(html)
  const root = postcss.parse(css)
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return
    const kept = rule.selectors.filter((selector) => canMatch(selector, classes))
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selector = kept.join(',')
  })
  // Innermost first (walk order is document order, so repeat until none empties).
  let emptied = true
  while (emptied) {
    emptied = false
    root.walkAtRules((atRule) => {
      if (BLOCKS.has(atRule.name.toLowerCase()) && atRule.nodes?.length === 0) {
        atRule.remove()
        emptied = true
      }
    })
  }
  return root.toString()
}
