// torchvision's Resize(size) with an int size on a PIL image: the shorter side becomes `size`, the
// longer side keeps the aspect ratio (truncated); the resampling is Pillow's bilinear
// (pillowResize.ts), computed only for the pixels the center crop keeps (pixelsToTensor.ts).

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

