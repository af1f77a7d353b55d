import { describe, expect, it } from 'vitest'
import { PAINT_BOUND, paintRatios, withoutBrotli } from '../../scripts/bench/paint.js'

// The paint matrix (scripts/bench/paint.js): how one run is judged, and what a gzip-only host
// is asked for.

describe('one run of the paint matrix', () => {
  it('keeps within the bound only when FCP and LCP both do', () => {
    expect(paintRatios({ fcp: 1150, lcp: 1000 }, { fcp: 1000, lcp: 1000 })).toEqual({
      fcp: 1.15,
      lcp: 1,
      kept: true,
    })
    expect(paintRatios({ fcp: 1000, lcp: 1160 }, { fcp: 1000, lcp: 1000 }).kept).toBe(false)
    expect(paintRatios({ fcp: 1200, lcp: 900 }, { fcp: 1000, lcp: 1000 }).kept).toBe(false)
    expect(PAINT_BOUND).toBe(1.15)
  })

  it('never counts a run without a figure as kept', () => {
    expect(paintRatios({ fcp: null, lcp: 900 }, { fcp: 1000, lcp: 1000 })).toMatchObject({
      fcp: null,
      kept: false,
    })
    expect(paintRatios({ fcp: 900, lcp: 900 }, { fcp: 1000, lcp: 0 })).toMatchObject({
      lcp: null,
      kept: false,
    })
  })
})

describe('a gzip-only host', () => {
  it('is asked for what the browser accepts, less brotli', () => {
    expect(withoutBrotli('gzip, deflate, br, zstd')).toBe('gzip, deflate')
    expect(withoutBrotli('br;q=1.0, gzip;q=0.8')).toBe('gzip;q=0.8')
    expect(withoutBrotli('brotli-ish, gzip')).toBe('brotli-ish, gzip')
    expect(withoutBrotli(undefined)).toBe('')
  })
})
