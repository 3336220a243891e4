// A JPEG's EXIF orientation (tag 0x0112 of IFD0 in its APP1 "Exif" segment), and the pixel
// transform it names. torchvision ignores it; browsers apply it when they decode (createImageBitmap's
// imageOrientation "none" now means "from-image" in Chromium), so the browser's decoding undoes it
// (src/browser/imagePixels.ts).
//
// Orientation o maps a stored pixel (x, y) of a W×H image to its displayed place:
//   1 (x, y)            2 (W−1−x, y)          3 (W−1−x, H−1−y)      4 (x, H−1−y)
//   5 (y, x)            6 (H−1−y, x)          7 (H−1−y, W−1−x)      8 (y, W−1−x)
// 5–8 swap width and height.

/** The orientation (1–8), or 1 when the bytes are not a JPEG or carry none. */
export function jpegOrientation(bytes: Uint8Array): number {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    if (marker === 0xda || marker === 0xd9) return 1; // image data: no EXIF before it
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (marker === 0xe1 && length >= 8 && String.fromCharCode(...bytes.subarray(at + 4, at + 10)) === 'Exif\0\0') {
      return tiffOrientation(bytes.subarray(at + 10, at + 2 + length));
    }
    at += 2 + length;
  }
  return 1;
}

function tiffOrientation(tiff: Uint8Array): number {
  if (tiff.length < 8) return 1;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return 1;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/**
 * The stored image back from its displayed pixels (`channels` bytes each): the inverse of
 * orientation o's transform. `width` and `height` are the displayed image's.
 */
export function undoOrientation(
  data: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: number, o: number,
): { data: Uint8Array; width: number; height: number } {
  const swap = o >= 5;
  const W = swap ? height : width;
  const H = swap ? width : height;
  const out = new Uint8Array(W * H * channels);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let dx = x;
      let dy = y;
      switch (o) {
        case 2: dx = W - 1 - x; break;
        case 3: dx = W - 1 - x; dy = H - 1 - y; break;
        case 4: dy = H - 1 - y; break;
        case 5: dx = y; dy = x; break;
        case 6: dx = H - 1 - y; dy = x; break;
        case 7: dx = H - 1 - y; dy = W - 1 - x; break;
        case 8: dx = y; dy = W - 1 - x; break;
      }
      const from = (dy * width + dx) * channels;
      const to = (y * W + x) * channels;
      for (let c = 0; c < channels; c++) out[to + c] = data[from + c];
    }
  }
  return { data: out, width: W, height: H };
}
