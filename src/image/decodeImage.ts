// Encoded bytes → pixels as PIL's Image.open() holds them (DecodedImage), at full resolution.
//
// sharp (libvips) decodes JPEG, PNG, WebP, TIFF and AVIF; we ask it for no resizing, no rotation
// (unless autoOrient) and no colour management (ignoreIcc: PIL ignores embedded ICC profiles),
// and pick the raw layout that matches what PIL would hold:
//
//   space 'cmyk'    pipelineColourspace('cmyk') + toColourspace('cmyk'): libvips' own CMYK values,
//                   untouched — equal to PIL's, which inverts (Adobe polarity) every CMYK JPEG
//                   and reads CMYK TIFF as stored (measured on JPEGs with and without the Adobe
//                   APP14 marker, and on TIFF)
//   16-bit grey     toColourspace('grey16') + raw({ depth: 'ushort' }): the stored values (PNG
//                   colour type 0, TIFF); PIL clips them to 8 bits in convert('RGB')
//   8-bit grey      toColourspace('b-w'): 1 channel (2 with alpha); libvips would replicate it
//   anything else   8-bit raw RGB(A). 16-bit RGB, RGBA and grey+alpha PNGs become their high
//                   bytes, as in PIL ("RGB;16B" etc. unpack the high byte) — measured equal
//
// GIF and BMP use our own decoders (gif.ts, bmp.ts). The pixel limit is checked from the header
// (sharp's metadata(), or our header parsers) before any pixel buffer is allocated, and again
// by sharp itself (limitInputPixels).

import sharp from 'sharp';
import './inMemoryDecoding.js';
import { decodeBmp } from './bmp.js';
import type { DecodedImage } from './decodedImage.js';
import { describeUnsupported, sniffImageFormat, type ImageFormat } from './formats.js';
import { decodeGif } from './gif.js';
import { ImageDecodeError, tooLarge, unsupportedFormat } from './imageDecodeError.js';

// Callers that decode also catch decode errors and pre-filter files by their first bytes.
export { ImageDecodeError, type ImageDecodeErrorCode } from './imageDecodeError.js';
export { isImageHeader, sniffImageFormat, SUPPORTED_FORMATS, type ImageFormat } from './formats.js';

/** How images are decoded, for decodeImage(), preprocess() and classify(). */
export interface DecodeOptions {
  /** Apply the EXIF orientation (torchvision does not: off by default). */
  autoOrient?: boolean;
  /**
   * Refuse images with more pixels than this, from the header, before decoding (a guard against
   * decompression bombs: an ImageDecodeError with code "too_large"). Default 100 000 000.
   */
  maxPixels?: number;
  /** A file name or label for error messages. */
  source?: string;
}

export const DEFAULT_MAX_PIXELS = 100_000_000;

/**
 * Decodes an image file's bytes (JPEG, PNG, WebP, GIF, TIFF, BMP, AVIF; recognised by content) at
 * full resolution, as PIL's Image.open() does: no colour management, no rotation unless
 * `autoOrient`. Throws ImageDecodeError, whose `code` says what was wrong.
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedImage> {
  const { source, autoOrient = false } = options;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (!(maxPixels >= 1)) throw new RangeError(`maxPixels must be at least 1, got ${maxPixels}`);
  if (bytes.length === 0) throw new ImageDecodeError('empty', 'the file is empty (0 bytes)', source);
  const format = sniffImageFormat(bytes);
  if (format === null) throw unsupportedFormat(describeUnsupported(bytes), source);
  if (format === 'gif') return decodeGif(bytes, maxPixels, source);
  if (format === 'bmp') return decodeBmp(bytes, maxPixels, source);
  return decodeWithSharp(bytes, format, maxPixels, autoOrient, source);
}

/** The colour type in a PNG's IHDR (always the first chunk): 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
function pngColourType(bytes: Uint8Array): number | null {
  return bytes.length >= 26 ? bytes[25] : null;
}

async function decodeWithSharp(bytes: Uint8Array, format: ImageFormat, maxPixels: number, autoOrient: boolean, source?: string): Promise<DecodedImage> {
  const input = (): sharp.Sharp =>
    sharp(bytes, { limitInputPixels: Math.floor(maxPixels), failOn: 'error', ignoreIcc: true, autoOrient, sequentialRead: true });
  try {
    // The header only (no pixels are decoded), without sharp's limit so we can say how large it is.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    const { width = 0, height = 0, space } = meta;
    if (width * height > maxPixels) throw tooLarge(width, height, maxPixels, source);
    if (width === 0 || height === 0) throw new ImageDecodeError('corrupt', `image is ${width}×${height}`, source);

    if (space === 'cmyk') {
      const { data, info } = await input().pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer({ resolveWithObject: true });
      return { format, width: info.width, height: info.height, mode: 'CMYK', data: channels(data, info.channels, 4) };
    }
    // 16-bit grey + alpha PNG (colour type 4) is "RGBA" in PIL, high bytes: the 8-bit path below.
    // 16-bit grey PNG with a tRNS chunk gets an alpha channel from libvips, but is "I" in PIL.
    if (space === 'grey16' && (format !== 'png' || pngColourType(bytes) === 0)) {
      const { data, info } = await input().toColourspace('grey16').raw({ depth: 'ushort' }).toBuffer({ resolveWithObject: true });
      const all = new Uint16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
      const grey = info.channels === 1 ? all : all.filter((_, i) => i % info.channels === 0);
      return { format, width: info.width, height: info.height, mode: 'I16', data: grey };
    }
    if (space === 'b-w') {
      const { data, info } = await input().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
      if (info.channels === 1) return { format, width: info.width, height: info.height, mode: 'L', data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
      return { format, width: info.width, height: info.height, mode: 'LA', data: channels(data, info.channels, 2) };
    }
    if (space !== 'srgb' && space !== 'rgb' && space !== 'rgb16' && space !== 'grey16') {
      throw new ImageDecodeError('unsupported_format', `${format.toUpperCase()} in colour space "${space}" is not supported; convert it to sRGB`, source);
    }
    const { data, info } = await input().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const view = new Uint8Array(data.buffer, data.byteOffset, data.length);
    if (info.channels === 3) return { format, width: info.width, height: info.height, mode: 'RGB', data: view };
    return { format, width: info.width, height: info.height, mode: 'RGBA', data: channels(data, info.channels, 4) };
  } catch (error) {
    if (error instanceof ImageDecodeError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) throw new ImageDecodeError('too_large', `image is larger than the limit of ${maxPixels} pixels`, source, { cause: error });
    throw new ImageDecodeError('corrupt', `cannot decode this ${format.toUpperCase()}: ${message}`, source, { cause: error });
  }
}

/** The bytes as a Uint8Array of `want` channels per pixel (sharp gives exactly that in practice). */
function channels(data: Buffer, have: number, want: number): Uint8Array {
  const view = new Uint8Array(data.buffer, data.byteOffset, data.length);
  if (have === want) return view;
  throw new Error(`sharp returned ${have} channels where ${want} were expected`);
}
