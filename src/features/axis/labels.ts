import { mergeItems, type AxisMarker, type Placed } from './scale.ts'

// Where each marker's name goes, without React or a DOM: the prerendered page has no text to
// measure, so widths are estimated from the characters (generously: a label box is given the
// estimated width as its largest, and the browser's narrower text only leaves air). Labels run
// in rows under the lane's line, each from its marker's centre to the right (or to the left,
// or centred on it, where the track's ends leave no room), with a leader line up to the marker. A label never overlaps
// another label, another label's leader, or the track's ends, and since markers and ticks sit
// above the rows, never those either. Positions are shares of the track and widths pixels, so a
// layout that fits a track of `trackPx` fits every wider one: anchors only move apart.

/** Label text size, px: TimeAxis.module.css (.label) draws them so, in rows of 17 px. */
const LABEL_FONT_PX = 12
/** Padding and leader inside a label box (both sides together), and the air between two boxes. */
const LABEL_PAD_PX = 10
const LABEL_GAP_PX = 4
/** Half the width kept clear for a leader line in the rows it crosses. */
const LEADER_PX = 2
/** A cluster lists at most this many names; past it, the first ones and "+ n more". */
const CLUSTER_LINES = 3

export interface Label {
  /** First row (0 under the line); a cluster's list takes `lines.length` rows from there. */
  readonly row: number
  /** The anchor, as a share of the track (0 to 1): the marker's centre. */
  readonly x: number
  /** How far the box starts before its anchor, px (0: it runs right from the marker). */
  readonly offset: number
  /** The box's largest width, px. */
  readonly width: number
  readonly lines: readonly string[]
}

export interface LabelledItem {
  readonly item: Placed
  readonly label?: Label
}

export interface LabelOptions {
  /** The narrowest track the layout must fit, px. */
  readonly trackPx: number
  readonly maxRows: number
  /** The open event: labelled first, never merged. */
  readonly keep?: string
  readonly name: (marker: AxisMarker) => string
  /** The last line of a cluster that names only some of its markers: "+ 3 more". */
  readonly more: (count: number) => string
  /**
   * Events named already, in the lane above: an item whose events all are gets no label of its
   * own (its marker sits right under the named one), so the lanes do not repeat every name.
   */
  readonly named?: ReadonlySet<string>
  /** May two neighbours merge? (Not across a break, where a cluster would join two stretches.) */
  readonly together?: (a: Placed, b: Placed) => boolean
}

/** Characters as wide as the font size: CJK ideographs, kana, full-width forms, Hangul. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
const NARROW = /[ .,;:!'’|ijlrtf()[\]\-·]/u
const CAPITAL = /[A-Z0-9ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ&%@MWmw]/u

/**
 * A label's estimated width in px, padding included: per character, in shares of the font
 * size, at least as wide as the widest common sans-serif (DejaVu Sans, Linux's system-ui).
 */
export function labelWidth(text: string, strong = false): number {
  let ems = 0
  for (const ch of text) {
    ems += WIDE.test(ch) ? 1 : NARROW.test(ch) ? 0.36 : CAPITAL.test(ch) ? 0.78 : 0.62
  }
  return Math.ceil(ems * LABEL_FONT_PX * (strong ? 1.1 : 1)) + LABEL_PAD_PX
}

/** A cluster's lines: its first names in time, and "+ n more" for the rest. */
function clusterLines(
  markers: readonly AxisMarker[],
  name: LabelOptions['name'],
  more: LabelOptions['more'],
): string[] {
  if (markers.length <= CLUSTER_LINES) return markers.map(name)
  return [
    ...markers.slice(0, CLUSTER_LINES - 1).map(name),
    more(markers.length - CLUSTER_LINES + 1),
  ]
}

/**
 * Each item's answer, per set of names: a lane is laid out again after every merge, and in the
 * second lane, whose events the first has mostly named, each cluster's every marker was looked
 * up again each time (thousands per layout at 5,000 events).
 */
const namedCache = new WeakMap<ReadonlySet<string>, WeakMap<Placed, boolean>>()

function namedElsewhere(item: Placed, named: ReadonlySet<string> | undefined): boolean {
  if (!named) return false
  let known = namedCache.get(named)
  if (!known) namedCache.set(named, (known = new WeakMap()))
  let answer = known.get(item)
  if (answer === undefined) {
    const markers = item.type === 'cluster' ? item.markers : [item.marker]
    answer = markers.every((m) => named.has(m.event.id))
    known.set(item, answer)
  }
  return answer
}

function anchorOf(item: Placed): number {
  const x = item.type === 'cluster' ? item.x : (item.x0 + item.x1) / 2
  return Math.min(1, Math.max(0, x))
}

/** Items placed as they are, or one label that did not fit: its index. */
type Attempt = { labels: (Label | undefined)[]; misfit?: number }

/** Rows of occupied intervals, px: boxes, and the leaders of the labels below them. */
class Rows {
  private readonly rows: [number, number][][] = []
  free(row: number, lo: number, hi: number): boolean {
    return (this.rows[row] ?? []).every(
      ([a, b]) => hi + LABEL_GAP_PX <= a || b + LABEL_GAP_PX <= lo,
    )
  }
  take(row: number, lo: number, hi: number) {
    ;(this.rows[row] ??= []).push([lo, hi])
  }
}

function attempt(items: readonly Placed[], options: LabelOptions): Attempt {
  const { trackPx, maxRows, keep, name, more } = options
  // The open event first, so that it keeps its name wherever its neighbours' go; then from
  // the last to the first: labels run right from their markers, so each earlier one finds the
  // rows above free at its anchor for its leader, and the names step down like a staircase.
  const order = items.map((_, i) => items.length - 1 - i)
  const kept = items.findIndex((p) => p.type === 'marker' && p.marker.event.id === keep)
  if (kept >= 0) order.unshift(...order.splice(order.indexOf(kept), 1))
  const rows = new Rows()
  const labels: (Label | undefined)[] = items.map(() => undefined)
  for (const i of order) {
    const item = items[i]
    if (!item || namedElsewhere(item, options.named)) continue
    const isKept = i === kept
    const lines =
      item.type === 'cluster' ? clusterLines(item.markers, name, more) : [name(item.marker)]
    const x = anchorOf(item)
    const at = x * trackPx
    let width = Math.max(...lines.map((l) => labelWidth(l, isKept)))
    // The open event's name is shown whatever the room: cut to the track (with an ellipsis).
    if (isKept) width = Math.min(width, trackPx)
    const fits = (row: number, lo: number, hi: number) => {
      if (lo < 0 || hi > trackPx || row + lines.length > maxRows) return false
      for (let r = 0; r < row; r++) if (!rows.free(r, at - LEADER_PX, at + LEADER_PX)) return false
      for (let r = row; r < row + lines.length; r++) if (!rows.free(r, lo, hi)) return false
      return true
    }
    // Running right from the marker, running left to it, or as near centred on it as the
    // track's ends allow: the box always spans its anchor, so the leader meets its top.
    const centred = at - Math.min(trackPx - width, Math.max(0, at - width / 2))
    const offsets = [0, width, centred].filter((d) => d >= 0 && d <= width)
    let placed: Label | undefined
    // Running right in any row before running left: the staircase holds more names.
    for (const offset of offsets) {
      for (let row = 0; row < maxRows && !placed; row++) {
        const [lo, hi] = [at - offset, at - offset + width]
        if (fits(row, lo, hi)) {
          placed = { row, x, offset, width, lines }
          for (let r = 0; r < row; r++) rows.take(r, at - LEADER_PX, at + LEADER_PX)
          for (let r = row; r < row + lines.length; r++) rows.take(r, lo, hi)
        }
      }
      if (placed) break
    }
    labels[i] = placed
    // A marker without room for its name joins a neighbour rather than lose it; a cluster
    // without room for its list still shows its count, and lists its names on demand.
    if (!placed && item.type === 'marker' && !isKept) return { labels, misfit: i }
  }
  return { labels }
}

/** Can an item merge into a cluster? Not the open event, not a range drawn as a bar. */
function mergeable(item: Placed | undefined, keep: string | undefined): item is Placed {
  if (!item) return false
  if (item.type === 'cluster') return true
  return item.marker.event.id !== keep && item.x1 <= item.x0
}

/**
 * Labels for one lane's items (placeLane's, for a track of at least `trackPx`). A marker whose
 * name fits nowhere merges with its nearer neighbour into a cluster, and the lane is laid out
 * again; a marker with no neighbour it may join (the open event) goes unlabelled,
 * named still by its accessible name and its card, as is a bar (a range keeps its length) and a
 * marker whose neighbour lies across a break (`together`). Returns the items, some merged, with their
 * labels, and the rows the lane needs.
 */
export function labelLane(
  items: readonly Placed[],
  options: LabelOptions,
): { readonly items: readonly LabelledItem[]; readonly rows: number } {
  let current = [...items]
  let result = attempt(current, options)
  const skipped = new Set<Placed>()
  // Each merge removes an item, so this ends.
  while (result.misfit !== undefined) {
    const i = result.misfit
    const item = current[i]
    const before = current[i - 1]
    const after = current[i + 1]
    if (!item) break
    const x = anchorOf(item)
    const candidates = [before, after]
      .filter((n) => mergeable(n, options.keep))
      .filter((n) => options.together?.(item, n) ?? true)
      .sort((a, b) => Math.abs(anchorOf(a) - x) - Math.abs(anchorOf(b) - x))
    const other = candidates[0]
    if (!other || !mergeable(item, options.keep)) {
      skipped.add(item)
      result = attemptSkipping(current, options, skipped)
      continue
    }
    const [a, b] = other === before ? [other, item] : [item, other]
    const merged = mergeItems(a, b, (anchorOf(a) + anchorOf(b)) / 2)
    const index = current.indexOf(a)
    current = [...current.slice(0, index), merged, ...current.slice(index + 2)]
    result = attemptSkipping(current, options, skipped)
  }
  const labelled = current.map((item, i) => {
    const label = result.labels[i]
    return label ? { item, label } : { item }
  })
  const rows = Math.max(
    0,
    ...labelled.map(({ label }) => (label ? label.row + label.lines.length : 0)),
  )
  return { items: labelled, rows }
}

/** As `attempt`, but markers known to have nowhere to go are left unlabelled, not retried. */
function attemptSkipping(
  items: readonly Placed[],
  options: LabelOptions,
  skipped: ReadonlySet<Placed>,
): Attempt {
  if (skipped.size === 0) return attempt(items, options)
  const kept = items.filter((p) => !skipped.has(p))
  const result = attempt(kept, options)
  const labels: (Label | undefined)[] = []
  let k = 0
  let misfit: number | undefined
  items.forEach((p, i) => {
    if (skipped.has(p)) {
      labels.push(undefined)
      return
    }
    labels.push(result.labels[k])
    if (result.misfit === k) misfit = i
    k++
  })
  return misfit === undefined ? { labels } : { labels, misfit }
}
