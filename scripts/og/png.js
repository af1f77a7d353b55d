// A minimal PNG encoder (8-bit RGBA, no filtering), so that one resvg render of a sheet of
// cards can be cut into one file per card: resvg loads its fonts (about 70 MB of Noto CJK) for
// every render, which cost more than all the drawing when each card was rendered on its own.
import { crc32, deflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * Encodes `height` rows of RGBA pixels, starting at row `top` of a bitmap `width` wide.
 * @param {Buffer} rgba
 * @param {number} width
 * @param {number} top
 * @param {number} height
 */
export function encodePng(rgba, width, top, height) {
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    // Each scanline starts with its filter type, 0 (none).
    rgba.copy(raw, y * (stride + 1) + 1, (top + y) * stride, (top + y + 1) * stride)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
