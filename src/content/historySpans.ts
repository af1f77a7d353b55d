import type { DateValue, EventId } from './types.ts'

/** Where a history event falls: its id, its dates' values, an undated event's window. */
export interface HistorySpan {
  readonly id: EventId
  readonly dates: readonly { readonly value: DateValue }[]
  readonly undated?: { readonly within: { readonly start: string; readonly end: string } }
}

// Each history event's file reduced to where it falls (vite.config.ts, eventSpan): what the first
// screen must know of the history before it loads (src/lib/timeRange.ts: the "whole history"
// preset's range, and whether an address's range reaches the history).
const files = import.meta.glob<HistorySpan>('./events/history/*.ts', {
  eager: true,
  import: 'event',
  query: '?span',
})

export const historySpans: readonly HistorySpan[] = Object.values(files)
