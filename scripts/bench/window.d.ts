// The probe that interactions.js installs in each measured page (window.__bench), as the
// functions it runs in the page see it.
export {}

declare global {
  interface BenchSample {
    latency: number | null
    eventTiming: number | null
  }
  interface BenchProbe {
    input: number | null
    armed: string | null
    entries: number[]
    rendered: number | null
    renderedCount?: number
    done: Promise<number> | null
    arm(type: string, selector: string): void
    armChange(type: string, selector: string): void
    quiet(ms: number): Promise<void>
    result(): Promise<BenchSample>
  }
  interface Window {
    __bench: BenchProbe
  }
}
