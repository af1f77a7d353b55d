// The part of autocannon 9's API that scripts/static-server-harness.js uses; the package ships
// no types of its own.
declare module 'autocannon' {
  interface Request {
    method?: string
    path: string
    headers?: Record<string, string>
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    requests?: Request[]
  }
  interface Histogram {
    average: number
    p50: number
    p90: number
    p99: number
    max: number
  }
  interface Result {
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    mismatches: number
    latency: Histogram
    requests: { total: number; average: number }
    throughput: { total: number }
    duration: number
    statusCodeStats: Record<string, { count: number }>
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
