// torchvision's Resize(256) output size and CenterCrop(224) offsets (torchvision 0.14).
//
//   Resize(256): the short side becomes 256, the long side int(256 · long / short) (truncated).
//   CenterCrop(224): top = int(round((height - 224) / 2)), left likewise, where Python's round()
//   rounds halves to even — (257 - 224) / 2 = 16.5 → 16, (259 - 224) / 2 = 17.5 → 18.

export function resizedSize(width: number, height: number, shortSide: number): { width: number; height: number } {
  if (width <= height) return { width: shortSide, height: Math.trunc((shortSide * height) / width) };
  return { width: Math.trunc((shortSide * width) / height), height: shortSide };
}

/** Python's round(): to the nearest integer, halves to the even neighbour. */
export function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export function centerCropOffsets(width: number, height: number, size: number): { left: number; top: number } {
  if (width < size || height < size) {
    throw new Error(`center crop: a ${width}×${height} image is smaller than ${size}×${size}`);
  }
  return { left: roundHalfToEven((width - size) / 2), top: roundHalfToEven((height - size) / 2) };
}
