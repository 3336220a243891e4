// What an encoded image will cost before it is decoded: format, size and frame count from the
// header alone, and the memory decoding it will take. The service reads this first, so that it can
// refuse an image, or wait for memory, before a 693-byte JPEG that declares 6320×6320 pixels
// becomes a 120 MB buffer.
//
// GIF and BMP headers are read by the same code our decoders use (gif.ts, bmp.ts); the other
// formats by sharp's metadata(), which parses the header without decoding pixels.

import sharp from 'sharp';
import { readBmpHeader } from './bmp.js';
import { describeUnsupported, sniffImageFormat, type ImageFormat } from './formats.js';
import { readGifHeader } from './gif.js';
import { ImageDecodeError, unsupportedFormat } from './imageDecodeError.js';

export interface ImageHeader {
  format: ImageFormat;
  /** The size of the image decoding gives (frame 0; GIF: the logical screen grown to the frame). */
  width: number;
  height: number;
  /** Frames or pages in the file; only the first is decoded. */
  frames: number;
  /** Bytes per pixel of the decoded frame as the decoder hands it over, before convert('RGB'). */
  decodedBytesPerPixel: number;
  /** True when the decoded pixels are already 8-bit RGB, so convert('RGB') makes no copy. */
  decodesToRgb: boolean;
}

/** Reads the header; throws ImageDecodeError (empty, unsupported_format, corrupt) as decoding would. */
export async function readImageHeader(bytes: Uint8Array, source?: string): Promise<ImageHeader> {
  if (bytes.length === 0) throw new ImageDecodeError('empty', 'the file is empty (0 bytes)', source);
  const format = sniffImageFormat(bytes);
  if (format === null) throw unsupportedFormat(describeUnsupported(bytes), source);
  if (format === 'gif') {
    const { width, height, frames } = readGifHeader(bytes, source);
    return { format, width, height, frames, decodedBytesPerPixel: 1, decodesToRgb: false };
  }
  if (format === 'bmp') {
    const { width, height, bits } = readBmpHeader(bytes, source);
    const rgb = bits > 8;
    return { format, width, height, frames: 1, decodedBytesPerPixel: rgb ? 3 : 1, decodesToRgb: rgb };
  }
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    const channels = meta.space === 'cmyk' ? 4 : meta.channels ?? 4;
    const sampleBytes = meta.depth === 'ushort' || meta.depth === 'short' ? 2 : meta.depth === 'float' || meta.depth === 'uint' || meta.depth === 'int' ? 4 : meta.depth === 'double' ? 8 : 1;
    return {
      format,
      width: meta.width ?? 0,
      height: meta.height ?? 0,
      frames: meta.pages ?? 1,
      decodedBytesPerPixel: channels * sampleBytes,
      decodesToRgb: channels === 3 && sampleBytes === 1 && meta.space !== 'cmyk',
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImageDecodeError('corrupt', `cannot decode this ${format.toUpperCase()}: ${message}`, source, { cause: error });
  }
}

/** Working memory of the resize (one 224-pixel-wide intermediate column band, coefficients) and the decoder's own. */
const FIXED_BYTES = 8 * 1024 * 1024;

/**
 * The most memory decoding, convert('RGB') and Resize + CenterCrop of this image take at once, in
 * bytes (an upper estimate, measured: a 6320×6320 RGB JPEG raised RSS by 132 MB, this says 140):
 *   the decoded frame            pixels · decodedBytesPerPixel, + 10 % for libvips' buffers
 *   a copy the decoder may make  the same again (16-bit grey with alpha is filtered to one channel;
 *                                GIF builds the screen from a frame of up to the same size)
 *   the RGB image                pixels · 3, unless the decoded pixels are RGB already
 */
export function decodeMemoryBytes(header: ImageHeader): number {
  const pixels = header.width * header.height;
  if (header.decodesToRgb) return Math.ceil(pixels * 3 * 1.1) + FIXED_BYTES;
  return Math.ceil(pixels * (2 * header.decodedBytesPerPixel * 1.1 + 3)) + FIXED_BYTES;
}
