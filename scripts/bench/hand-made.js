// The hand-made change of an interaction (interactions.js, measureHandMadeChanges): a function
// the bench passes to the page, so it uses nothing outside itself. Kept apart so that the unit
// tests can check, in jsdom, that it makes exactly the change the app made
// (tests/unit/bench-hand-made.test.ts): a floor that made another change would measure
// another thing.

/**
 * Runs in a script-free page: makes the change an interaction makes, by hand. `before` and
 * `after` are the app's markup of #root on either side of it. The differences are worked out
 * once, ahead of any input, as a list of DOM operations each way (attributes, text, and whole
 * nodes where the kind of node differs, matched by position as a framework's diff matches
 * them); each input of `type` then only applies the other direction's list: the least script
 * that can make the change, with no framework, router or history in the way.
 * @param {{ type: string, before: string, after: string }} args
 */
export function installHandMadeChange({ type, before, after }) {
  /** @typedef {[number[], 'set', string, string] | [number[], 'del', string] | [number[], 'text', string] | [number[], 'append', Node] | [number[], 'replace' | 'remove', number, Node?]} Op */
  const parse = (/** @type {string} */ html) => {
    const template = document.createElement('template')
    template.innerHTML = html
    return template.content
  }
  /**
   * Patches `from` (a scratch copy) into `to`, writing down each operation with the path of
   * the node it applies to, as it stands at that point of the patch.
   * @param {Node} from
   * @param {Node} to
   * @param {number[]} path
   * @param {Op[]} ops
   */
  const diff = (from, to, path, ops) => {
    if (from instanceof Element && to instanceof Element) {
      for (const { name } of [...from.attributes])
        if (!to.hasAttribute(name)) {
          ops.push([path, 'del', name])
          from.removeAttribute(name)
        }
      for (const { name, value } of to.attributes)
        if (from.getAttribute(name) !== value) {
          ops.push([path, 'set', name, value])
          from.setAttribute(name, value)
        }
    } else if (from instanceof CharacterData && to instanceof CharacterData) {
      if (from.data !== to.data) {
        ops.push([path, 'text', to.data])
        from.data = to.data
      }
      return
    }
    let child = from.firstChild
    let index = 0
    for (let source = to.firstChild; source; source = source.nextSibling, index++) {
      if (!child) {
        ops.push([path, 'append', source])
        from.appendChild(source.cloneNode(true))
      } else if (child.nodeName === source.nodeName) {
        diff(child, source, [...path, index], ops)
        child = child.nextSibling
      } else {
        const next = child.nextSibling
        ops.push([path, 'replace', index, source])
        from.replaceChild(source.cloneNode(true), child)
        child = next
      }
    }
    while (child) {
      const next = child.nextSibling
      ops.push([path, 'remove', index])
      from.removeChild(child)
      child = next
    }
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('the page has no #root')
  /** @param {Op[]} ops */
  const apply = (ops) => {
    for (const [path, kind, a, b] of ops) {
      /** @type {Node} */
      let node = root
      for (const index of path) node = /** @type {Node} */ (node.childNodes[index])
      if (kind === 'set' && node instanceof Element) node.setAttribute(a, b)
      else if (kind === 'del' && node instanceof Element) node.removeAttribute(a)
      else if (kind === 'text' && node instanceof CharacterData) node.data = a
      else if (kind === 'append') node.appendChild(a.cloneNode(true))
      else if (kind === 'replace' && b)
        node.replaceChild(b.cloneNode(true), /** @type {Node} */ (node.childNodes[a]))
      else if (kind === 'remove') node.removeChild(/** @type {Node} */ (node.childNodes[a]))
    }
  }
  const first = parse(before)
  const second = parse(after)
  /** @type {Op[]} */
  const settle = []
  diff(root, first, [], settle)
  /** @type {[Op[], Op[]]} */
  const ways = [[], []]
  const scratch = root.cloneNode(true)
  diff(scratch, second, [], ways[0])
  diff(scratch, first, [], ways[1])
  /** @type {0 | 1} */
  let way = 0
  addEventListener(
    type,
    (event) => {
      event.preventDefault()
      apply(ways[way])
      way = way === 0 ? 1 : 0
    },
    { capture: true },
  )
}
