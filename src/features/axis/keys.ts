import type { CountryCode } from '../../content/types.ts'
import { itemKey } from './AxisLane.tsx'
import type { Placed } from './scale.ts'

function centre(item: Placed): number {
  return item.type === 'cluster' ? item.x : (item.x0 + item.x1) / 2
}

/**
 * Roving focus on the axis: ← and → move to the previous or next item in time within the lane,
 * ↑ and ↓ to the nearest item in the other lane, Home and End to the lane's first and last.
 * Returns the key to focus, or undefined when the key does not move focus.
 */
export function moveFocus(
  lanes: readonly { country: CountryCode; items: readonly Placed[] }[],
  from: string,
  key: string,
): string | undefined {
  const laneIndex = lanes.findIndex((l) => l.items.some((i) => itemKey(l.country, i) === from))
  const lane = lanes[laneIndex]
  if (!lane) return undefined
  const index = lane.items.findIndex((i) => itemKey(lane.country, i) === from)
  const current = lane.items[index]
  const keyOf = (l: (typeof lanes)[number], i: Placed | undefined) => i && itemKey(l.country, i)
  switch (key) {
    case 'ArrowLeft':
      return keyOf(lane, lane.items[index - 1])
    case 'ArrowRight':
      return keyOf(lane, lane.items[index + 1])
    case 'Home':
      return keyOf(lane, lane.items[0])
    case 'End':
      return keyOf(lane, lane.items[lane.items.length - 1])
    case 'ArrowUp':
    case 'ArrowDown': {
      const other = lanes[laneIndex + (key === 'ArrowUp' ? -1 : 1)]
      if (!other || !current || other.items.length === 0) return undefined
      const x = centre(current)
      const nearest = other.items.reduce((best, item) =>
        Math.abs(centre(item) - x) < Math.abs(centre(best) - x) ? item : best,
      )
      return keyOf(other, nearest)
    }
    default:
      return undefined
  }
}
