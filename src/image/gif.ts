// The first frame of a GIF, as PIL 9.4 (GifImagePlugin) opens it. Our own decoder rather than
// sharp's, because PIL keeps the colour of transparent pixels (transparency is only metadata of
// the "P" image) while libvips turns them into (0, 0, 0, 0).
//
// PIL's rules for frame 0:
//   - the image is the logical screen, grown to contain the frame if the frame sticks out;
//   - pixels outside the frame are the transparent index if the frame has one, else index 0;
//   - the palette is the local colour table, else the global one; a table that is exactly the
//     grey ramp (entry i = (i, i, i)) is dropped and the image is mode "L" (same colours);
//   - convert('RGB') looks every index up in the palette (pilPalette: grey past its end).

import { ImageDecodeError, tooLarge } from './imageDecodeError.js';
import { pilPalette, type DecodedImage } from './decodedImage.js';

const corrupt = (message: string, source?: string): ImageDecodeError => new ImageDecodeError('corrupt', `GIF: ${message}`, source);

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  interlaced: boolean;
  palette: Uint8Array | null;
  transparency: number | null;
  minCodeSize: number;
  dataStart: number;
}

/** True unless the table is the grey ramp (PIL's _is_palette_needed). */
function paletteNeeded(table: Uint8Array): boolean {
  for (let i = 0; i < table.length; i += 3) {
    const n = i / 3;
    if (!(table[i] === n && table[i + 1] === n && table[i + 2] === n)) return true;
  }
  return false;
}

/** What the header says before any pixel is decoded: the image size PIL gives frame 0, and the frame count. */
export interface GifHeader {
  width: number;
  height: number;
  frames: number;
}

export function readGifHeader(bytes: Uint8Array, source?: string): GifHeader {
  const { width, height, frame } = gifLayout(bytes, source);
  return { width, height, frames: 1 + countLaterFrames(bytes, frame) };
}

export function decodeGif(bytes: Uint8Array, maxPixels: number, source?: string): DecodedImage {
  const { width, height, frame } = gifLayout(bytes, source);
  if (width * height > maxPixels) throw tooLarge(width, height, maxPixels, source);
  if (width === 0 || height === 0) throw corrupt(`image is ${width}×${height}`, source);

  const indices = new Uint8Array(width * height).fill(frame.transparency ?? 0);
  const framePixels = lzwDecode(bytes, frame.dataStart, frame.minCodeSize, frame.width * frame.height, source);
  for (let r = 0; r < frame.height; r++) {
    const y = frame.top + (frame.interlaced ? interlacedRow(r, frame.height) : r);
    indices.set(framePixels.subarray(r * frame.width, (r + 1) * frame.width), y * width + frame.left);
  }
  if (!frame.palette) return { format: 'gif', width, height, mode: 'L', data: indices };
  return { format: 'gif', width, height, mode: 'P', data: indices, palette: pilPalette(frame.palette) };
}

/** The logical screen, grown to contain the first frame, and that frame's descriptor. */
function gifLayout(bytes: Uint8Array, source?: string): { width: number; height: number; frame: Frame } {
  if (bytes.length < 13) throw corrupt('file ends inside the header', source);
  let width = bytes[6] | (bytes[7] << 8);
  let height = bytes[8] | (bytes[9] << 8);
  let pos = 13;
  let globalPalette: Uint8Array | null = null;
  const flags = bytes[10];
  if (flags & 0x80) {
    const size = 3 << ((flags & 7) + 1);
    if (pos + size > bytes.length) throw corrupt('file ends inside the global colour table', source);
    const table = bytes.subarray(pos, pos + size);
    if (paletteNeeded(table)) globalPalette = table;
    pos += size;
  }

  const frame = findFirstFrame(bytes, pos, globalPalette, source);
  width = Math.max(width, frame.left + frame.width);
  height = Math.max(height, frame.top + frame.height);
  return { width, height, frame };
}

/**
 * Image descriptors after the first frame (only frame 0 is decoded; the count is for the header).
 * Walks the blocks without decoding them, and stops quietly at anything malformed.
 */
function countLaterFrames(bytes: Uint8Array, first: Frame): number {
  let count = 0;
  let pos = first.dataStart;
  const skip = (at: number): number => {
    while (at < bytes.length && bytes[at] !== 0) at += bytes[at] + 1;
    return at + 1;
  };
  pos = skip(pos);
  while (pos < bytes.length) {
    const tag = bytes[pos++];
    if (tag === 0x21) {
      pos = skip(pos + 1);
    } else if (tag === 0x2c) {
      if (pos + 9 > bytes.length) break;
      const flags = bytes[pos + 8];
      pos += 9 + (flags & 0x80 ? 3 << ((flags & 7) + 1) : 0) + 1;
      count++;
      pos = skip(pos);
    } else {
      break;
    }
  }
  return count;
}

/** Skips extensions up to the first image descriptor, keeping the graphic control extension's transparency. */
function findFirstFrame(bytes: Uint8Array, pos: number, globalPalette: Uint8Array | null, source?: string): Frame {
  let transparency: number | null = null;
  while (pos < bytes.length) {
    const tag = bytes[pos++];
    if (tag === 0x3b) break; // trailer
    if (tag === 0x21) {
      const label = bytes[pos++];
      const blockSize = bytes[pos];
      if (label === 0xf9 && blockSize >= 4 && pos + 4 < bytes.length) {
        transparency = bytes[pos + 1] & 1 ? bytes[pos + 4] : null;
      }
      pos = skipSubBlocks(bytes, pos, source);
    } else if (tag === 0x2c) {
      if (pos + 9 > bytes.length) throw corrupt('file ends inside an image descriptor', source);
      const at = pos;
      const u16 = (o: number): number => bytes[at + o] | (bytes[at + o + 1] << 8);
      const flags = bytes[pos + 8];
      pos += 9;
      let palette = globalPalette;
      if (flags & 0x80) {
        const size = 3 << ((flags & 7) + 1);
        if (pos + size > bytes.length) throw corrupt('file ends inside a local colour table', source);
        const table = bytes.subarray(pos, pos + size);
        palette = paletteNeeded(table) ? table : null;
        pos += size;
      }
      if (pos >= bytes.length) throw corrupt('file ends before the image data', source);
      return {
        left: u16(0), top: u16(2), width: u16(4), height: u16(6),
        interlaced: (flags & 0x40) !== 0, palette, transparency, minCodeSize: bytes[pos], dataStart: pos + 1,
      };
    }
    // Anything else is skipped a byte at a time, as PIL does.
  }
  throw corrupt('no image in the file', source);
}

function skipSubBlocks(bytes: Uint8Array, pos: number, source?: string): number {
  while (pos < bytes.length) {
    const n = bytes[pos++];
    if (n === 0) return pos;
    pos += n;
  }
  throw corrupt('file ends inside an extension block', source);
}

/** Row r of an interlaced frame is image row interlacedRow(r): passes 0,8,… 4,12,… 2,6,… 1,3,… */
function interlacedRow(r: number, height: number): number {
  const pass1 = Math.ceil(height / 8);
  if (r < pass1) return r * 8;
  r -= pass1;
  const pass2 = Math.ceil((height - 4) / 8);
  if (r < pass2) return 4 + r * 8;
  r -= pass2;
  const pass3 = Math.ceil((height - 2) / 4);
  if (r < pass3) return 2 + r * 4;
  return 1 + (r - pass3) * 2;
}

/**
 * GIF's variable-width LZW: codes of minCodeSize + 1 … 12 bits, least significant bit first, in
 * sub-blocks of ≤ 255 bytes; code `clear` resets the table, `clear + 1` ends the data. Returns the
 * first `count` pixel indices; a stream that ends early is corrupt (PIL: "image file is truncated").
 */
function lzwDecode(bytes: Uint8Array, pos: number, minCodeSize: number, count: number, source?: string): Uint8Array {
  if (minCodeSize < 1 || minCodeSize > 11) throw corrupt(`invalid LZW code size ${minCodeSize}`, source);
  const out = new Uint8Array(count);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  // Entry e is the string prefix[e] + suffix[e]; first[e] is its first byte, length[e] its length.
  const prefix = new Int16Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < clear; i++) {
    suffix[i] = first[i] = i;
    length[i] = 1;
    prefix[i] = -1;
  }
  let codeSize = minCodeSize + 1;
  let next = clear + 2;
  let previous = -1;
  let written = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  let blockLeft = 0;
  while (written < count) {
    while (bitCount < codeSize) {
      if (blockLeft === 0) {
        if (pos >= bytes.length || bytes[pos] === 0) throw corrupt('image data ends early', source);
        blockLeft = bytes[pos++];
      }
      if (pos >= bytes.length) throw corrupt('image data ends early', source);
      bitBuffer |= bytes[pos++] << bitCount;
      bitCount += 8;
      blockLeft--;
    }
    const code = bitBuffer & ((1 << codeSize) - 1);
    bitBuffer >>>= codeSize;
    bitCount -= codeSize;
    if (code === clear) {
      codeSize = minCodeSize + 1;
      next = clear + 2;
      previous = -1;
      continue;
    }
    if (code === end) throw corrupt('image data ends early', source);
    if (previous === -1) {
      if (code >= clear) throw corrupt(`invalid LZW code ${code}`, source);
      out[written++] = code;
      previous = code;
      continue;
    }
    if (code > next || (code === next && next >= 4096)) throw corrupt(`invalid LZW code ${code}`, source);
    // The new entry is previous + first byte of the current string (of previous itself if code is new).
    const firstByte = code === next ? first[previous] : first[code];
    if (next < 4096) {
      prefix[next] = previous;
      suffix[next] = firstByte;
      first[next] = first[previous];
      length[next] = length[previous] + 1;
      next++;
      if (next === 1 << codeSize && codeSize < 12) codeSize++;
    }
    // Write the string of `code` backwards from its end (clipped to the frame).
    const n = length[code];
    for (let e = code, i = n - 1; e !== -1; e = prefix[e], i--) {
      if (written + i < count) out[written + i] = suffix[e];
    }
    written += n;
    previous = code;
  }
  return out;
}
