// torchvision's Resize(size) with an int size on a PIL image: the shorter side becomes `size`, the
// longer side keeps the aspect ratio (truncated), then Pillow's bilinear resampling.

import { pillowResize } from './pillowResize.js';
import type { RgbImage } from './rgbImage.js';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * torchvision 0.14 `_compute_resized_output_size(image_size, [size])`:
 *   short, long = sorted sides (a square counts as "width is the short side");
 *   new_long = int(size * long / short)   — a double division, truncated.
 */
export function resizedSize(width: number, height: number, size: number): Size {
  if (!Number.isInteger(size) || size < 1) throw new Error(`resize size must be a positive integer, got ${size}`);
  if (!(width >= 1 && height >= 1)) throw new Error(`cannot resize an empty ${width}×${height} image`);
  if (width <= height) return { width: size, height: Math.trunc((size * height) / width) };
  return { width: Math.trunc((size * width) / height), height: size };
}

/** torchvision `Resize(size)` (bilinear, antialiased as Pillow always is) of a whole image. */
export function resizeShorterSide(image: RgbImage, size: number): RgbImage {
  const target = resizedSize(image.width, image.height, size);
  // torchvision returns the image itself when the size does not change; resampling would copy it.
  if (target.width === image.width && target.height === image.height) return image;
  return pillowResize(image, target.width, target.height);
}
