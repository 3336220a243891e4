// The one pixel type of the image pipeline after decoding: 8-bit RGB, interleaved, row-major,
// like a PIL image in mode "RGB": data[(y * width + x) * 3 + c], c = 0 red, 1 green, 2 blue.

export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** An RGB image over `data` (not copied), or over new zeros (black). */
export function rgbImage(width: number, height: number, data?: Uint8Array): RgbImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new Error(`invalid image size ${width}×${height}`);
  }
  const size = width * height * 3;
  if (data && data.length !== size) throw new Error(`a ${width}×${height} RGB image needs ${size} bytes, got ${data.length}`);
  return { width, height, data: data ?? new Uint8Array(size) };
}
