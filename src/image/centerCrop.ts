// torchvision 0.14's CenterCrop on a PIL image. Where the crop is larger than the image, the image
// is first padded with zeros (black), left/top getting the smaller half: the offset is then
// −((crop − side) // 2). Otherwise the offset is int(round((side − crop) / 2.0)), and Python's
// round() rounds halves to even: (257 − 224) / 2 = 16.5 → 16, (259 − 224) / 2 = 17.5 → 18.

import type { Region } from './pillowResize.js';
import { rgbImage, type RgbImage } from './rgbImage.js';

/** Python's round(): to the nearest integer, halves to the even neighbour. */
export function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function offset(side: number, crop: number): number {
  return crop > side ? 0 - Math.floor((crop - side) / 2) : roundHalfToEven((side - crop) / 2);
}

/**
 * Where the size×size center crop of a width×height image starts. Negative offsets (crop larger
 * than the image) mean zero padding, as torchvision pads.
 */
export function centerCropOffsets(width: number, height: number, size: number): { left: number; top: number } {
  if (!Number.isInteger(size) || size < 1) throw new Error(`crop size must be a positive integer, got ${size}`);
  return { left: offset(width, size), top: offset(height, size) };
}

/** The pixels of `region` of `image`, zeros where the region is outside it. */
export function cropRegion(image: RgbImage, region: Region): RgbImage {
  const out = rgbImage(region.width, region.height);
  const x0 = Math.max(region.left, 0);
  const x1 = Math.min(region.left + region.width, image.width);
  if (x0 >= x1) return out;
  for (let y = Math.max(region.top, 0); y < Math.min(region.top + region.height, image.height); y++) {
    const from = (y * image.width + x0) * 3;
    out.data.set(image.data.subarray(from, from + (x1 - x0) * 3), ((y - region.top) * region.width + (x0 - region.left)) * 3);
  }
  return out;
}

/** torchvision `CenterCrop(size)` of an image. */
export function centerCrop(image: RgbImage, size: number): RgbImage {
  const { left, top } = centerCropOffsets(image.width, image.height, size);
  return cropRegion(image, { left, top, width: size, height: size });
}
