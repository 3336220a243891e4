// 16-bit greyscale PNGs, decoded here rather than by a browser: PIL opens them as 32-bit "I" and
// convert('RGB') clips each value to 255, while browsers keep the high byte (a value of 300 is 255
// in PIL, 1 in a browser). Non-interlaced images only (interlaced ones are left to the browser, and
// measured); other PNGs return null.
//
// A PNG: 8-byte signature, then chunks [length u32 BE][type][data][crc]; IHDR gives width, height,
// bit depth 16 and colour type 0; the IDAT chunks together are one zlib stream of rows, each a
// filter byte then 2·width bytes (big-endian samples), unfiltered with the previous row (bpp = 2).

import { unzlibSync } from 'fflate';
import type { DecodedImage } from './decodedImage.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function decodePngGrey16(bytes: Uint8Array): DecodedImage | null {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const depth = bytes[24];
  const colourType = bytes[25];
  const interlace = bytes[28];
  if (depth !== 16 || colourType !== 0 || interlace !== 0) return null;
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const compressed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => { compressed.set(p, at); return at + p.length; }, 0);
  const raw = unzlibSync(compressed);
  const stride = width * 2;
  if (raw.length < height * (stride + 1)) throw new Error(`this PNG is cut short: ${raw.length} bytes of pixel data for ${width}×${height}`);
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : null;
    for (let i = 0; i < stride; i++) {
      const a = i >= 2 ? out[i - 2] : 0;
      const b = up ? up[i] : 0;
      const c = up && i >= 2 ? up[i - 2] : 0;
      let predicted: number;
      switch (filter) {
        case 0: predicted = 0; break;
        case 1: predicted = a; break;
        case 2: predicted = b; break;
        case 3: predicted = (a + b) >> 1; break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`this PNG is corrupt: row ${y} has filter type ${filter}`);
      }
      out[i] = (line[i] + predicted) & 0xff;
    }
  }
  const data = new Uint16Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = (rows[i * 2] << 8) | rows[i * 2 + 1];
  return { format: 'png', width, height, mode: 'I16', data };
}
