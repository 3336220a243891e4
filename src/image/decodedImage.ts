// Decoded pixels as PIL holds them after Image.open(), before .convert('RGB'): the decoders
// (decode.ts, gif.ts, bmp.ts) produce these, convertToRgb.ts turns each mode into RGB by PIL's rules.

import type { ImageFormat } from './formats.js';

export type DecodedPixels =
  /** 8-bit grey, 1 byte per pixel (PIL "L", and "1" as 0/255). */
  | { readonly mode: 'L'; readonly data: Uint8Array }
  /** 8-bit grey + alpha, 2 bytes per pixel. */
  | { readonly mode: 'LA'; readonly data: Uint8Array }
  | { readonly mode: 'RGB'; readonly data: Uint8Array }
  | { readonly mode: 'RGBA'; readonly data: Uint8Array }
  /** 8-bit C, M, Y, K, 4 bytes per pixel, with PIL's values (for JPEG: after PIL's inversion). */
  | { readonly mode: 'CMYK'; readonly data: Uint8Array }
  /** Palette indices, 1 byte per pixel, and PIL's 256-entry palette (768 bytes, R G B). */
  | { readonly mode: 'P'; readonly data: Uint8Array; readonly palette: Uint8Array }
  /** 16-bit grey, 1 value per pixel (PIL "I" for PNG, "I;16" for TIFF). */
  | { readonly mode: 'I16'; readonly data: Uint16Array };

export type DecodedImage = DecodedPixels & {
  readonly width: number;
  readonly height: number;
  readonly format: ImageFormat;
};

/**
 * PIL's palette for `entries` (R G B triples, possibly fewer than 256): a new palette starts as the
 * grey ramp (i, i, i) and the given entries overwrite its start, so an index past the end of a short
 * palette is grey (measured: Pillow 9.4 maps index 200 of a 2-entry palette to (200, 200, 200)).
 */
export function pilPalette(entries: Uint8Array): Uint8Array {
  const palette = new Uint8Array(768);
  for (let i = 0; i < 256; i++) palette[i * 3] = palette[i * 3 + 1] = palette[i * 3 + 2] = i;
  palette.set(entries.subarray(0, 768));
  return palette;
}
