// torchvision's ImageNet evaluation transform, bit for bit:
//
//   PIL.Image.open(f).convert('RGB') → Resize(256) → CenterCrop(224) → ToTensor → Normalize(mean, std)
//
// Only the 224×224 pixels the crop keeps are resampled (see pillowResize.ts).

import { readFile } from 'node:fs/promises';
import type { Tensor } from '../tensor/tensor.js';
import { centerCropOffsets, resizedSize } from './centerCrop.js';
import { decodeImage, type DecodeOptions } from './decodeImage.js';
import { normalize } from './normalize.js';
import { pillowResize, type RgbImage } from './pillowResize.js';

export const RESIZE_TO = 256;
export const CROP_TO = 224;

export interface PreprocessResult {
  /** [3, 224, 224] float32 */
  tensor: Tensor;
  /** The decoded image, before resizing. */
  image: { width: number; height: number; format: string };
}

/** Resize + center crop of 8-bit RGB pixels, as torchvision does it to a PIL image. */
export function resizeAndCrop(image: RgbImage): RgbImage {
  const size = resizedSize(image.width, image.height, RESIZE_TO);
  const { left, top } = centerCropOffsets(size.width, size.height, CROP_TO);
  return pillowResize(image, size.width, size.height, { left, top, width: CROP_TO, height: CROP_TO });
}

/** A file path or the bytes of an encoded image → the normalised [3, 224, 224] tensor. */
export async function preprocess(input: string | Uint8Array, options: DecodeOptions = {}): Promise<PreprocessResult> {
  const bytes = typeof input === 'string' ? await readFile(input) : input;
  const decoded = await decodeImage(bytes, options);
  return {
    tensor: normalize(resizeAndCrop(decoded)),
    image: { width: decoded.width, height: decoded.height, format: decoded.format },
  };
}
