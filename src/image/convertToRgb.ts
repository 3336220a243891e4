// PIL's Image.convert('RGB') for every mode our decoders produce (Pillow 9.4, libImaging/Convert.c).
// Each rule was checked against Pillow itself (tools/golden/make_image_golden.py, test/preprocess.test.ts):
//
//   L     → (v, v, v)
//   LA    → (v, v, v)                alpha dropped, not composited
//   RGB   → as is
//   RGBA  → (r, g, b)                alpha dropped, not composited (no premultiplication)
//   P     → palette[index]           transparency is ignored; see pilPalette for short palettes
//   CMYK  → nk = 255 − k;  r = clip(nk − muldiv255(c, nk))  (same for g with m, b with y)
//           muldiv255(a, b) = (t + (t >> 8)) >> 8 with t = a·b + 128   — exhaustively equal to
//           Pillow on all (c, k) pairs; the textbook 255 − min(255, c + k) differs by up to 64
//   I16   → (min(v, 255), …)         PIL opens 16-bit grey as 32-bit "I"/"I;16" and clips it to 8
//           bits, so most 16-bit grey photos come out nearly white — that is what torchvision sees

import type { DecodedPixels } from './decodedImage.js';
import { rgbImage, type RgbImage } from './rgbImage.js';

export function convertToRgb(image: DecodedPixels & { readonly width: number; readonly height: number }): RgbImage {
  const n = image.width * image.height;
  // RGB needs no conversion: the decoded bytes are used as they are (not copied).
  if (image.mode === 'RGB') return rgbImage(image.width, image.height, image.data.subarray(0, n * 3));
  const out = rgbImage(image.width, image.height);
  const o = out.data;
  switch (image.mode) {
    case 'RGBA':
      for (let i = 0; i < n; i++) {
        o[i * 3] = image.data[i * 4];
        o[i * 3 + 1] = image.data[i * 4 + 1];
        o[i * 3 + 2] = image.data[i * 4 + 2];
      }
      break;
    case 'L':
    case 'LA': {
      const step = image.mode === 'L' ? 1 : 2;
      for (let i = 0; i < n; i++) o[i * 3] = o[i * 3 + 1] = o[i * 3 + 2] = image.data[i * step];
      break;
    }
    case 'P': {
      const { palette, data } = image;
      for (let i = 0; i < n; i++) {
        const p = data[i] * 3;
        o[i * 3] = palette[p];
        o[i * 3 + 1] = palette[p + 1];
        o[i * 3 + 2] = palette[p + 2];
      }
      break;
    }
    case 'CMYK':
      for (let i = 0; i < n; i++) {
        const nk = 255 - image.data[i * 4 + 3];
        for (let c = 0; c < 3; c++) {
          const t = image.data[i * 4 + c] * nk + 128;
          const v = nk - ((t + (t >> 8)) >> 8);
          o[i * 3 + c] = v < 0 ? 0 : v;
        }
      }
      break;
    case 'I16':
      for (let i = 0; i < n; i++) {
        const v = image.data[i];
        o[i * 3] = o[i * 3 + 1] = o[i * 3 + 2] = v > 255 ? 255 : v;
      }
      break;
  }
  return out;
}
