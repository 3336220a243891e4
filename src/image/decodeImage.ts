// Encoded image bytes → 8-bit RGB pixels at full resolution, as PIL's Image.open(f).convert('RGB')
// gives them, decoded by sharp (libvips). No resizing and no rotation (torchvision ignores EXIF
// orientation; `autoOrient` applies it). The rules, and where sharp and PIL still differ:
//
//   RGB, 8-bit                   as decoded (JPEG baseline/progressive, PNG, WebP, GIF's first
//                                frame, TIFF: the same bytes as PIL)
//   alpha (RGBA, grey + alpha)   dropped without compositing, as convert('RGB') does
//   grey                         replicated to R = G = B
//   palette                      expanded by the decoder
//   16-bit RGB PNG               the high byte of each sample (the same as PIL)
//   16-bit grey PNG              PIL opens it as 32-bit integers and convert('RGB') clips each value
//                                to 255: read the 16-bit samples and clip likewise
//   CMYK (JPEG, TIFF)            the raw CMYK samples (no colour profile), then PIL's formula:
//                                R = nk − nk·C/255 with nk = 255 − K, in Pillow's integer rounding
//
// Decoding is bounded: a header declaring more than `maxPixels` pixels is refused before any pixel
// is decoded (a decompression bomb costs nothing).

import sharp from 'sharp';
import type { RgbImage } from './pillowResize.js';

export type ImageErrorCode = 'empty' | 'unsupported_format' | 'corrupt' | 'too_large';

export class ImageDecodeError extends Error {
  constructor(readonly code: ImageErrorCode, message: string) {
    super(message);
  }
}

export const SUPPORTED_FORMATS = ['JPEG', 'PNG', 'WebP', 'GIF', 'TIFF', 'AVIF', 'HEIF', 'SVG'];

/** Default limit: 100 megapixels (a 24-megapixel photo is well inside). */
export const DEFAULT_MAX_PIXELS = 100_000_000;

export interface DecodeOptions {
  autoOrient?: boolean;
  maxPixels?: number;
}

export interface DecodedImage extends RgbImage {
  /** sharp's name of the container format: "jpeg", "png", "webp", … */
  format: string;
}

/** Whether the first bytes of a file look like an image format this decoder reads. */
export function isImageHeader(head: Uint8Array): boolean {
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
  const ascii = (at: number, text: string): boolean => [...text].every((ch, i) => head[at + i] === ch.charCodeAt(0));
  return (
    starts(0xff, 0xd8, 0xff) || // JPEG
    starts(0x89, 0x50, 0x4e, 0x47) || // PNG
    ascii(0, 'GIF8') ||
    (ascii(0, 'RIFF') && ascii(8, 'WEBP')) ||
    starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a) || // TIFF
    (ascii(4, 'ftyp') && ['avif', 'avis', 'heic', 'heix', 'mif1', 'msf1'].some((brand) => ascii(8, brand)))
  );
}

export async function decodeImage(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedImage> {
  if (bytes.length === 0) throw new ImageDecodeError('empty', 'the file is empty');
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  let format: string;
  let space: string | undefined;
  let channels: number | undefined;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    format = meta.format ?? 'unknown';
    space = meta.space;
    channels = meta.channels;
    if (meta.width && meta.height && meta.width * meta.height > maxPixels) {
      throw new ImageDecodeError('too_large', `the image is ${meta.width}×${meta.height} pixels, more than the limit of ${maxPixels}`);
    }
  } catch (error) {
    throw classify(error);
  }
  try {
    let pipeline = sharp(bytes, { limitInputPixels: maxPixels });
    if (options.autoOrient) pipeline = pipeline.rotate();
    if (space === 'cmyk') {
      const { data, info } = await pipeline.pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer({ resolveWithObject: true });
      return { ...cmykToRgb(data, info.width, info.height), format };
    }
    if (space === 'grey16' && channels === 1) {
      const { data, info } = await pipeline.pipelineColourspace('grey16').toColourspace('grey16').raw({ depth: 'ushort' }).toBuffer({ resolveWithObject: true });
      return { ...grey16ToRgb(new Uint16Array(data.buffer, data.byteOffset, data.length / 2), info.width, info.height), format };
    }
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    return { ...toRgb(data, info.width, info.height, info.channels), format };
  } catch (error) {
    throw classify(error);
  }
}

/** PIL's cmyk2rgb (Pillow 9.4): nk = 255 − K; R = clip(nk − MULDIV255(C, nk)), MULDIV255(a, b) = (t + (t >> 8)) >> 8 with t = a·b + 128. */
function cmykToRgb(data: Uint8Array, width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  const muldiv255 = (a: number, b: number): number => {
    const t = a * b + 128;
    return ((t >> 8) + t) >> 8;
  };
  for (let p = 0; p < width * height; p++) {
    const nk = 255 - data[p * 4 + 3];
    for (let c = 0; c < 3; c++) rgb[p * 3 + c] = Math.max(0, Math.min(255, nk - muldiv255(data[p * 4 + c], nk)));
  }
  return { width, height, data: rgb };
}

/** PIL's convert('RGB') of a 16-bit grey image: each value clipped to 255 and replicated. */
function grey16ToRgb(data: Uint16Array, width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) rgb.fill(Math.min(data[p], 255), p * 3, p * 3 + 3);
  return { width, height, data: rgb };
}

/** 1 to 4 interleaved channels → RGB: grey replicated, alpha dropped. */
function toRgb(data: Uint8Array, width: number, height: number, channels: number): RgbImage {
  if (channels === 3) return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0, q = 0; p < width * height; p++, q += channels) {
    const grey = channels <= 2;
    rgb[p * 3] = data[q];
    rgb[p * 3 + 1] = grey ? data[q] : data[q + 1];
    rgb[p * 3 + 2] = grey ? data[q] : data[q + 2];
  }
  return { width, height, data: rgb };
}

function classify(error: unknown): ImageDecodeError {
  if (error instanceof ImageDecodeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) {
    return new ImageDecodeError('unsupported_format', `not an image in a supported format (${SUPPORTED_FORMATS.join(', ')})`);
  }
  if (/pixel limit/i.test(message)) return new ImageDecodeError('too_large', 'the image has more pixels than the limit');
  return new ImageDecodeError('corrupt', `the image is corrupt or truncated (${message.split('\n')[0]})`);
}
