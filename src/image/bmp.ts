// Windows/OS2 bitmaps, as PIL 9.4 (BmpImagePlugin) opens them: sharp cannot read BMP at all.
// Supported: headers of 12 (OS/2 v1), 40, 64, 108 and 124 bytes; 1-, 4- and 8-bit palette images;
// 24-bit; 32-bit uncompressed (B G R X) or with the bit-field masks PIL knows. RLE, 16-bit and
// embedded JPEG/PNG bitmaps are refused as unsupported (convert them to PNG).
//
// PIL's rules: rows are bottom-up unless the height is negative, each row padded to 4 bytes;
// palette entries are B G R (X); the pixel data starts at the offset in the file header (or right
// after the palette if that offset points at the palette); a palette that is the grey ramp makes a
// mode "L"/"1" image, which converts to the same colours as the palette lookup used here.

import { ImageDecodeError, tooLarge } from './imageDecodeError.js';
import { pilPalette, type DecodedImage } from './decodedImage.js';

const corrupt = (message: string, source?: string): ImageDecodeError => new ImageDecodeError('corrupt', `BMP: ${message}`, source);
const unsupported = (message: string, source?: string): ImageDecodeError =>
  new ImageDecodeError('unsupported_format', `BMP: ${message} is not supported; convert the image to PNG`, source);

/** PIL's 32-bit bit-field layouts: masks (R, G, B, A) → byte offsets of R, G, B in a pixel. */
const MASKS_32: ReadonlyArray<[readonly number[], readonly [number, number, number]]> = [
  [[0xff0000, 0xff00, 0xff, 0], [2, 1, 0]], // BGRX
  [[0xff000000, 0xff0000, 0xff00, 0], [3, 2, 1]], // XBGR
  [[0xff000000, 0xff0000, 0xff00, 0xff], [3, 2, 1]], // ABGR
  [[0xff, 0xff00, 0xff0000, 0xff000000], [0, 1, 2]], // RGBA
  [[0xff0000, 0xff00, 0xff, 0xff000000], [2, 1, 0]], // BGRA
  [[0, 0, 0, 0], [2, 1, 0]], // BGRA
];

/** The header's fields, as far as decoding needs them; `pos` is where the palette (or masks) start. */
interface BmpHeader {
  offset: number;
  headerSize: number;
  width: number;
  height: number;
  bits: number;
  compression: number;
  colors: number;
  topDown: boolean;
  paletteEntrySize: number;
  masks: number[];
  pos: number;
}

/** The image size and pixel depth, from the header alone (no pixel is read). */
export function readBmpHeader(bytes: Uint8Array, source?: string): { width: number; height: number; bits: number } {
  const { width, height, bits } = bmpHeader(bytes, source);
  return { width, height, bits };
}

function bmpHeader(bytes: Uint8Array, source?: string): BmpHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 26) throw corrupt('file ends inside the header', source);
  const offset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  if (18 + headerSize - 4 > bytes.length) throw corrupt('file ends inside the header', source);
  let width: number;
  let height: number;
  let bits: number;
  let compression = 0;
  let colors = 0;
  let topDown = false;
  let paletteEntrySize = 4;
  let masks: number[] = [];
  let pos = 14 + headerSize;
  if (headerSize === 12) {
    width = view.getUint16(18, true);
    height = view.getUint16(20, true);
    bits = view.getUint16(24, true);
    paletteEntrySize = 3;
  } else if ([40, 64, 108, 124].includes(headerSize)) {
    width = view.getUint32(18, true);
    topDown = bytes[25] === 0xff;
    height = topDown ? 2 ** 32 - view.getUint32(22, true) : view.getUint32(22, true);
    bits = view.getUint16(28, true);
    compression = view.getUint32(30, true);
    colors = view.getUint32(46, true);
    if (compression === 3) {
      if (headerSize >= 56) {
        masks = [0, 1, 2, 3].map((i) => view.getUint32(54 + i * 4, true));
      } else {
        if (pos + 12 > bytes.length) throw corrupt('file ends inside the bit-field masks', source);
        masks = [0, 1, 2].map((i) => view.getUint32(pos + i * 4, true)).concat(0);
        pos += 12;
      }
    }
  } else {
    throw unsupported(`a ${headerSize}-byte header`, source);
  }
  return { offset, headerSize, width, height, bits, compression, colors, topDown, paletteEntrySize, masks, pos };
}

export function decodeBmp(bytes: Uint8Array, maxPixels: number, source?: string): DecodedImage {
  const header = bmpHeader(bytes, source);
  const { headerSize, width, height, bits, compression, topDown, paletteEntrySize, masks, pos } = header;
  let { offset, colors } = header;
  if (width * height > maxPixels) throw tooLarge(width, height, maxPixels, source);
  if (width === 0 || height === 0) throw corrupt(`image is ${width}×${height}`, source);
  if (compression === 1 || compression === 2) throw unsupported('RLE compression', source);
  if (compression !== 0 && compression !== 3) throw unsupported(`compression type ${compression}`, source);

  let channelOffsets: readonly [number, number, number] = [2, 1, 0];
  if (compression === 3) {
    const layout = bits === 32 ? MASKS_32.find(([m]) => m.every((v, i) => v === masks[i])) : undefined;
    const bgr24 = bits === 24 && masks[0] === 0xff0000 && masks[1] === 0xff00 && masks[2] === 0xff;
    if (!layout && !bgr24) throw unsupported(`${bits}-bit bit-field layout ${masks.map((m) => `0x${m.toString(16)}`).join('/')}`, source);
    if (layout) channelOffsets = layout[1];
  }
  if (![1, 4, 8, 24, 32].includes(bits)) throw unsupported(`${bits}-bit pixel depth`, source);

  let palette: Uint8Array | null = null;
  if (bits <= 8) {
    colors = colors || 1 << bits;
    if (colors > 65536) throw corrupt(`palette of ${colors} colours`, source);
    if (offset === 14 + headerSize) offset += 4 * colors;
    if (pos + colors * paletteEntrySize > bytes.length) throw corrupt('file ends inside the palette', source);
    const entries = new Uint8Array(Math.min(colors, 256) * 3);
    for (let i = 0; i < entries.length / 3; i++) {
      entries[i * 3] = bytes[pos + i * paletteEntrySize + 2];
      entries[i * 3 + 1] = bytes[pos + i * paletteEntrySize + 1];
      entries[i * 3 + 2] = bytes[pos + i * paletteEntrySize];
    }
    palette = pilPalette(entries);
  }
  if (offset === 0) offset = pos + (palette ? colors * paletteEntrySize : 0);

  const stride = ((width * bits + 31) >> 3) & ~3;
  if (offset + stride * height > bytes.length) throw corrupt('file ends inside the pixel data', source);
  const channels = palette ? 1 : 3;
  const data = new Uint8Array(width * height * channels);
  const bytesPerPixel = bits >> 3;
  for (let y = 0; y < height; y++) {
    const row = offset + (topDown ? y : height - 1 - y) * stride;
    const o = y * width * channels;
    if (palette) {
      const perByte = 8 / bits;
      const mask = (1 << bits) - 1;
      for (let x = 0; x < width; x++) {
        const byte = bytes[row + Math.floor(x / perByte)];
        data[o + x] = (byte >> (8 - bits - (x % perByte) * bits)) & mask;
      }
    } else {
      const [r, g, b] = channelOffsets;
      for (let x = 0, p = row; x < width; x++, p += bytesPerPixel) {
        data[o + x * 3] = bytes[p + r];
        data[o + x * 3 + 1] = bytes[p + g];
        data[o + x * 3 + 2] = bytes[p + b];
      }
    }
  }
  if (palette) return { format: 'bmp', width, height, mode: 'P', data, palette };
  return { format: 'bmp', width, height, mode: 'RGB', data };
}
