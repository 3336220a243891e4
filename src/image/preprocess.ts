// torchvision's ImageNet evaluation transform, bit for bit:
//
//   PIL.Image.open(f).convert('RGB')     decodeImage (decodeImage.ts, gif.ts, bmp.ts) + convertToRgb
//   Resize(256)                          Pillow's bilinear resampling, antialiased  ┐ fused: only the
//   CenterCrop(224)                      torchvision's offsets                       ┘ 224×224 kept pixels
//   ToTensor, Normalize(mean, std)       normalize                                    are computed
//
// → a float32 tensor [3, 224, 224].

import { readInputFile } from '../formats/inputFile.js';
import type { Tensor } from '../tensor/tensor.js';
import { convertToRgb } from './convertToRgb.js';
import { decodeImage, type DecodeOptions } from './decodeImage.js';
import type { ImageFormat } from './formats.js';
import { normalize } from './normalize.js';
import { rawToRgb, resizeAndCrop, type RawPixels } from './pixelsToTensor.js';
import type { RgbImage } from './rgbImage.js';

export { CROP_TO, RESIZE_TO, resizeAndCrop, type RawPixels } from './pixelsToTensor.js';

/** A file path, the bytes of an encoded image (Buffer or Uint8Array), or raw pixels. */
export type PreprocessInput = string | Uint8Array | RawPixels;

/**
 * autoOrient (apply EXIF orientation; torchvision does not, default false), maxPixels (default
 * 100 M), source (names bytes in error messages; a path names itself).
 */
export type PreprocessOptions = Pick<DecodeOptions, 'autoOrient' | 'maxPixels' | 'source'>;

/** What preprocess() returns: the tensor, and the size and format of the image it came from. */
export interface PreprocessResult {
  /** [3, 224, 224] float32, normalised with the ImageNet mean and std. */
  tensor: Tensor;
  /** The decoded image, before resizing (after autoOrient). */
  image: { width: number; height: number; format: ImageFormat | 'raw' };
}

/** An image as PIL's Image.open(f).convert('RGB') gives it: decoded from a file or bytes, or raw pixels taken as they are. */
export async function loadRgb(input: PreprocessInput, options: PreprocessOptions = {}): Promise<{ rgb: RgbImage; format: ImageFormat | 'raw' }> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return { rgb: rawToRgb(input), format: 'raw' };
  const { autoOrient, maxPixels, source } = options;
  const decoded = typeof input === 'string'
    ? await decodeImage(await readInputFile(input), { autoOrient, maxPixels, source: input })
    : await decodeImage(input, { autoOrient, maxPixels, source });
  return { rgb: convertToRgb(decoded), format: decoded.format };
}

/**
 * A file path, the bytes of an encoded image, or raw pixels → the normalised [3, 224, 224] tensor
 * torchvision's transform makes of it. Raw pixels are taken as already decoded: `autoOrient` does
 * not apply to them. Throws ImageDecodeError (with a `code`) for what cannot be decoded.
 */
export async function preprocess(input: PreprocessInput, options: PreprocessOptions = {}): Promise<PreprocessResult> {
  const { rgb, format } = await loadRgb(input, options);
  return { tensor: normalize(resizeAndCrop(rgb)), image: { width: rgb.width, height: rgb.height, format } };
}
