// What an encoded image will cost before it is decoded: format, size and frame count from the
// header alone, and the memory decoding it will take. The service reads this first, so that it can
// refuse an image, or wait for memory, before a 693-byte JPEG that declares 6320×6320 pixels
// becomes a 120 MB buffer.
//
// GIF and BMP headers are read by the same code our decoders use (gif.ts, bmp.ts); the other
// formats by sharp's metadata(), which parses the header without decoding pixels.

import sharp from 'sharp';
import './inMemoryDecoding.js';
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
  /** A progressive JPEG or an interlaced (Adam7) PNG: decoded whole before any row comes out. */
  progressive: boolean;
  /** JPEG chroma subsampling as sharp names it ('4:2:0', '4:4:4', …), when known. */
  chromaSubsampling?: string;
}

/** Reads the header; throws ImageDecodeError (empty, unsupported_format, corrupt) as decoding would. */
export async function readImageHeader(bytes: Uint8Array, source?: string): Promise<ImageHeader> {
  if (bytes.length === 0) throw new ImageDecodeError('empty', 'the file is empty (0 bytes)', source);
  const format = sniffImageFormat(bytes);
  if (format === null) throw unsupportedFormat(describeUnsupported(bytes), source);
  if (format === 'gif') {
    const { width, height, frames } = readGifHeader(bytes, source);
    return { format, width, height, frames, decodedBytesPerPixel: 1, decodesToRgb: false, progressive: false };
  }
  if (format === 'bmp') {
    const { width, height, bits } = readBmpHeader(bytes, source);
    const rgb = bits > 8;
    return { format, width, height, frames: 1, decodedBytesPerPixel: rgb ? 3 : 1, decodesToRgb: rgb, progressive: false };
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
      progressive: meta.isProgressive === true,
      chromaSubsampling: meta.chromaSubsampling,
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
 * bytes: an upper estimate of the decode worker's peak RSS above idle, measured per format on
 * 6000×6000 to 8000×5000 images (2026-12-04, sharp 0.34, bench/hostile.ts's formats case), in
 * bytes per pixel, with what this function reserves beside it:
 *
 *   baseline JPEG, RGB             3.5      3.3    the frame, +10 %, then the RGB image is the frame
 *   progressive JPEG 4:2:0         6.3      8.3    + libjpeg's whole-image coefficient buffer:
 *   progressive JPEG 4:4:4        10.0     10.8      2 bytes per coefficient per component
 *   interlaced PNG, RGB / RGBA   6.0 / 8.0  9.6 / 11.8   the frame is assembled from 7 passes
 *   WebP, lossy RGB / lossless RGBA  10.2 / 12.4   14     libwebp's own buffers beside libvips'
 *   AVIF, 8-bit RGB               18.4     21     dav1d's frames, libheif's planes, then RGB;
 *                                                 + 64 MB whatever the size (the decoders' own)
 *
 * Any other image: the decoded frame (pixels · decodedBytesPerPixel, + 10 % for libvips'
 * buffers), a copy the decoder may make (16-bit grey with alpha is filtered to one channel; GIF
 * builds the screen from a frame of up to the same size), and the RGB image (pixels · 3, unless
 * the decoded pixels are RGB already). Each adds FIXED_BYTES for the resize and the decoder.
 */
export function decodeMemoryBytes(header: ImageHeader): number {
  const pixels = header.width * header.height;
  const perPixel = decodedBytesPerPixelPeak(header);
  return Math.ceil(pixels * perPixel) + FIXED_BYTES + (header.format === 'avif' ? AVIF_DECODER_BYTES : 0);
}

/** dav1d's and libheif's own memory, whatever the image's size: a 2800×2800 AVIF took 196 MB, 25 per pixel. */
const AVIF_DECODER_BYTES = 64 * 1024 * 1024;

function decodedBytesPerPixelPeak(header: ImageHeader): number {
  const copies = header.decodesToRgb ? 3 * 1.1 : 2 * header.decodedBytesPerPixel * 1.1 + 3;
  switch (header.format) {
    case 'avif':
      return Math.max(21, copies);
    case 'webp':
      return Math.max(14, copies);
    case 'png':
      return header.progressive ? 2 * header.decodedBytesPerPixel * 1.1 + 3 : copies;
    case 'jpeg': {
      if (!header.progressive) return copies;
      // Coefficients of every component, subsampled chroma counted at half (exact for 4:2:2,
      // generous for 4:2:0), 2 bytes each, + 25 %.
      const channels = header.decodedBytesPerPixel;
      const subsampled = header.chromaSubsampling !== undefined && header.chromaSubsampling !== '4:4:4' && header.chromaSubsampling !== '4:4:4:4';
      const components = channels === 1 ? 1 : 1 + (channels - 1) * (subsampled ? 0.5 : 1);
      return copies + 2 * components * 1.25;
    }
    default:
      return copies;
  }
}

/**
 * Whether decoding this image takes long enough per byte of its file to be kept apart (the decode
 * pool's slow lane): AVIF (a 1 KB file of 8000×5000 took 4–9 s of CPU), and anything over 24
 * megapixels. Photos of ordinary sizes in the other formats decode in well under a second.
 */
export function decodesSlowly(header: ImageHeader): boolean {
  return header.format === 'avif' || header.width * header.height > 24_000_000;
}

/** AVIF decodes at about a tenth of JPEG's pace (and 21 bytes per pixel): its own, lower pixel limit. */
export const AVIF_MAX_PIXELS = 8_000_000;
