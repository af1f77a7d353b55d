import { describe, expect, it } from 'vitest'
import { testPort } from '../../scripts/e2e-builds.js'

// Chromium's restricted ports (net/base/port_util.cc, kRestrictedPorts): a page on one of them
// fails to load with net::ERR_UNSAFE_PORT. The whole list, not only the part the rule can meet.
const CHROMIUM_REFUSES = [
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]

describe('the browser suite’s ports', () => {
  it('never put one of a run’s four servers on a port Chromium refuses, whatever the pid', () => {
    for (let pid = 0; pid < 1000; pid++) {
      const port = testPort(pid)
      for (const server of [port, port + 1000, port + 2000, port + 3000])
        expect(CHROMIUM_REFUSES, `pid ${pid}`).not.toContain(server)
    }
  })

  it('follow the process id, so that runs side by side differ, moving on only where needed', () => {
    expect(testPort(1234)).toBe(4534)
    expect(testPort(1234 + 1000)).toBe(4534)
    // The run that failed: its sub-path server was on 4566 + 2000.
    expect(testPort(266)).toBe(4567)
    // 5060 and 5061 (SIP) are refused for the preview itself.
    expect(testPort(760)).toBe(5062)
  })
})
