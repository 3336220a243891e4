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

/** Decoded pixels: interleaved RGB or RGBA bytes, row by row (alpha is dropped, as convert('RGB') does). */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: 3 | 4;
}

/**
 * A file path, the bytes of an encoded image, or raw pixels → the normalised [3, 224, 224] tensor.
 * Raw pixels are taken as already decoded: `autoOrient` does not apply to them.
 */
export async function preprocess(input: string | Uint8Array | RawPixels, options: DecodeOptions = {}): Promise<PreprocessResult> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const decoded = await decodeImage(typeof input === 'string' ? await readFile(input) : input, options);
    return {
      tensor: normalize(resizeAndCrop(decoded)),
      image: { width: decoded.width, height: decoded.height, format: decoded.format },
    };
  }
  const { data, width, height, channels } = input;
  if (!(channels === 3 || channels === 4) || !(width > 0 && height > 0) || data.length !== width * height * channels) {
    throw new Error(`raw pixels ${width}×${height}×${channels} need ${width * height * channels} bytes (3 or 4 channels), got ${data.length}`);
  }
  let rgb = data;
  if (channels === 4) {
    rgb = new Uint8Array(width * height * 3);
    for (let p = 0; p < width * height; p++) rgb.set(data.subarray(p * 4, p * 4 + 3), p * 3);
  }
  return { tensor: normalize(resizeAndCrop({ width, height, data: rgb })), image: { width, height, format: 'raw' } };
}
