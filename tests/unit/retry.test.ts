import { describe, expect, it, vi } from 'vitest'
import { retryFor } from '../../src/lib/retry.ts'

describe('the error view’s “Try again”', () => {
  const reset = () => {}

  it('renders again after a view that threw', () => {
    expect(retryFor(new Error('render failed'), reset)).toBe(reset)
    expect(retryFor(new TypeError('x is undefined'), reset)).toBe(reset)
  })

  it.each([
    'Failed to fetch dynamically imported module: http://127.0.0.1/assets/history-a1.js',
    'error loading dynamically imported module: http://127.0.0.1/assets/history-a1.js',
    'Importing a module script failed.',
  ])('reloads the page after a file that did not arrive: %s', (message) => {
    const reload = vi.fn()
    vi.stubGlobal('location', { reload })
    const retry = retryFor(new TypeError(message), reset)
    expect(retry).not.toBe(reset)
    retry()
    expect(reload).toHaveBeenCalledOnce()
  })
})
