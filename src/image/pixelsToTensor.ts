// torchvision's ImageNet evaluation transform from decoded 8-bit pixels on, bit for bit, with no
// decoder and nothing from Node, so the browser runs the same code (src/browser/):
//
//   Resize(256)                          Pillow's bilinear resampling, antialiased  ┐ fused: only the
//   CenterCrop(224)                      torchvision's offsets                       ┘ 224×224 kept pixels
//   ToTensor, Normalize(mean, std)       normalize                                    are computed
//
// preprocess.ts puts a decoder (PIL's Image.open(f).convert('RGB')) in front of it.

import type { Tensor } from '../tensor/tensor.js';
import { centerCropOffsets } from './centerCrop.js';
import { normalize } from './normalize.js';
import { pillowResizeWindow, sourceWindow, wholeWindow, type PixelWindow, type Region } from './pillowResize.js';
import { resizedSize } from './resize.js';
import { rgbImage, type RgbImage } from './rgbImage.js';
export type { PixelWindow, Region } from './pillowResize.js';

export const RESIZE_TO = 256;
export const CROP_TO = 224;

/** Already-decoded 8-bit pixels, interleaved, row by row; alpha (channels 4) is dropped, as convert('RGB') does. */
export interface RawPixels {
  /** width × height × channels bytes: R, G, B (, A) of the top-left pixel first, then along the row. */
  data: Uint8Array | Uint8ClampedArray;
  /** Pixels per row. */
  width: number;
  /** Rows. */
  height: number;
  /** 3 (RGB) or 4 (RGBA; alpha is ignored, not composited). */
  channels: 3 | 4;
}

/** Resize(256) + CenterCrop(224) of 8-bit RGB pixels, computing only the 224×224 pixels kept. */
export function resizeAndCrop(image: RgbImage): RgbImage {
  return resizeAndCropWindow(wholeWindow(image));
}

/** The same, of the pixels of a window of the image holding at least cropSource(fullWidth, fullHeight). */
export function resizeAndCropWindow(window: PixelWindow): RgbImage {
  const size = resizedSize(window.fullWidth, window.fullHeight, RESIZE_TO);
  const { left, top } = centerCropOffsets(size.width, size.height, CROP_TO);
  return pillowResizeWindow(window, size.width, size.height, { left, top, width: CROP_TO, height: CROP_TO });
}

/**
 * The rectangle of a width×height image that Resize(256) + CenterCrop(224) reads: the crop's share
 * of the image plus the filter's reach. A reader may fetch only these pixels (for a 12-megapixel
 * photo about three quarters of them; src/browser/imagePixels.ts does).
 */
export function cropSource(width: number, height: number): Region {
  const size = resizedSize(width, height, RESIZE_TO);
  const { left, top } = centerCropOffsets(size.width, size.height, CROP_TO);
  return sourceWindow(width, height, size.width, size.height, { left, top, width: CROP_TO, height: CROP_TO });
}

/** Raw pixels as an RGB image: alpha dropped without compositing, as PIL's convert('RGB') does. */
export function rawToRgb(raw: RawPixels): RgbImage {
  checkRaw(raw);
  const { width, height, channels, data } = raw;
  if (channels === 3) return rgbImage(width, height, data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.length));
  const out = rgbImage(width, height);
  for (let i = 0; i < width * height; i++) {
    out.data[i * 3] = data[i * 4];
    out.data[i * 3 + 1] = data[i * 4 + 1];
    out.data[i * 3 + 2] = data[i * 4 + 2];
  }
  return out;
}

/**
 * Decoded pixels → the normalised [3, 224, 224] tensor torchvision's transform makes of them. RGBA
 * is read in place (alpha skipped), not copied to RGB first: a camera frame or a large photo costs
 * only what the crop reads.
 */
export function pixelsToTensor(raw: RawPixels): Tensor {
  checkRaw(raw);
  return normalize(resizeAndCropWindow({
    data: raw.data, channels: raw.channels, fullWidth: raw.width, fullHeight: raw.height, left: 0, top: 0, width: raw.width, height: raw.height,
  }));
}

/** pixelsToTensor of a window of the image's pixels (at least cropSource(fullWidth, fullHeight)). */
export function windowToTensor(window: PixelWindow): Tensor {
  return normalize(resizeAndCropWindow(window));
}

function checkRaw({ width, height, channels, data }: RawPixels): void {
  if (!(channels === 3 || channels === 4) || !(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0) ||
      data.length !== width * height * channels) {
    throw new RangeError(`raw pixels ${width}×${height}×${channels} need ${width * height * channels} bytes (3 or 4 channels), got ${data.length}`);
  }
}
