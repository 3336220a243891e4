// The JavaScript backend's Winograd input transforms: V = Bᵀ d B of every input tile of a batch,
// written straight into the packed layout its GEMMs read (src/tensor/winograd.ts and
// winograd4x4.ts have the algorithm, the layouts and the references):
//
//   v[((ξ·panels + p)·C + c)·NR + j] = V_ξ[c, tile p·NR + j]     (tiles past N are zero)
//
// F(2×2) has 4×4 tiles (16 elements), F(4×4) 6×6 (36). Each is written out for its own Bᵀ: the
// products are the point of Winograd, and a generic table-driven loop would do 4× the work here.

import type { ConvGeometry } from '../../tensor/im2col.js';
import { WINOGRAD_ELEMENTS, winogradTiles } from '../../tensor/winograd.js';
import { WINOGRAD_4X4_ELEMENTS, winograd4x4Tiles } from '../../tensor/winograd4x4.js';
import { NR } from './jsTiles.js';

/** Floats of packed V for `images` images (their tiles numbered image after image). */
export function packedWinogradInputLength(g: ConvGeometry, images = 1): number {
  return WINOGRAD_ELEMENTS * Math.ceil((images * winogradTiles(g).N) / NR) * NR * g.inChannels;
}


/** Floats of F(4×4)'s packed V for `images` images. */
export function packedWinograd4x4InputLength(g: ConvGeometry, images = 1): number {
  return WINOGRAD_4X4_ELEMENTS * Math.ceil((images * winograd4x4Tiles(g).N) / NR) * NR * g.inChannels;
}

/**
 * Fills panels [panelStart, panelEnd) of the packed V of `images` images (the first at `inOffset`,
 * each [C, H, W], `imageStride` floats apart); tile n of the GEMM is tile n mod N of image n / N,
 * so one GEMM covers the batch. Per tile and channel: 16 loads, 32 additions, 16 stores.
 */
export function winogradInputTransform(
  g: ConvGeometry, input: Float32Array, inOffset: number,
  packed: Float32Array, packedOffset: number,
  panelStart: number, panelEnd: number,
  images = 1, imageStride = 0,
): void {
  const { inHeight: H, inWidth: W, inChannels: C } = g;
  const { tilesW, N: tilesPerImage } = winogradTiles(g);
  const N = images * tilesPerImage;
  const panels = Math.ceil(N / NR);
  const elementStride = panels * C * NR;
  const d = patch;
  for (let p = panelStart; p < panelEnd; p++) {
    for (let j = 0; j < NR; j++) {
      const n = p * NR + j;
      const image = Math.floor(n / tilesPerImage);
      const tile = n - image * tilesPerImage;
      const ty = Math.floor(tile / tilesW);
      const y0 = 2 * ty - 1;
      const x0 = 2 * (tile - ty * tilesW) - 1;
      for (let c = 0; c < C; c++) {
        const at = packedOffset + (p * C + c) * NR + j;
        if (n >= N) {
          for (let e = 0; e < WINOGRAD_ELEMENTS; e++) packed[at + e * elementStride] = 0;
          continue;
        }
        const plane = inOffset + image * imageStride + c * H * W;
        for (let r = 0; r < 4; r++) {
          const y = y0 + r;
          for (let s = 0; s < 4; s++) {
            const x = x0 + s;
            d[4 * r + s] = y >= 0 && y < H && x >= 0 && x < W ? input[plane + y * W + x] : 0;
          }
        }
        // Bᵀ d: rows, then (Bᵀ d) B: columns.
        for (let s = 0; s < 4; s++) {
          const d0 = d[s], d1 = d[4 + s], d2 = d[8 + s], d3 = d[12 + s];
          d[s] = d0 - d2;
          d[4 + s] = d1 + d2;
          d[8 + s] = d2 - d1;
          d[12 + s] = d1 - d3;
        }
        for (let r = 0; r < 4; r++) {
          const t0 = d[4 * r], t1 = d[4 * r + 1], t2 = d[4 * r + 2], t3 = d[4 * r + 3];
          const e = at + 4 * r * elementStride;
          packed[e] = t0 - t2;
          packed[e + elementStride] = t1 + t2;
          packed[e + 2 * elementStride] = t2 - t1;
          packed[e + 3 * elementStride] = t1 - t3;
        }
      }
    }
  }
}

/** One 4×4 input patch, in float64 so the transform rounds only when V is stored. */
const patch = new Float64Array(16);

/** One 6×6 input patch, in float64 so the transform rounds only when V is stored. */
const patch6 = new Float64Array(36);

/**
 * Fills panels [panelStart, panelEnd) of the packed V of `images` images, as
 * winogradInputTransform() does. Per tile and channel: 36 loads, ~150 additions, 36 stores —
 * ~5 % of the GEMMs' work at C = 64.
 */
export function winograd4x4InputTransform(
  g: ConvGeometry, input: Float32Array, inOffset: number,
  packed: Float32Array, packedOffset: number,
  panelStart: number, panelEnd: number,
  images = 1, imageStride = 0,
): void {
  const { inHeight: H, inWidth: W, inChannels: C } = g;
  const { tilesW, N: tilesPerImage } = winograd4x4Tiles(g);
  const N = images * tilesPerImage;
  const panels = Math.ceil(N / NR);
  const stride = panels * C * NR;
  const d = patch6;
  for (let p = panelStart; p < panelEnd; p++) {
    for (let j = 0; j < NR; j++) {
      const n = p * NR + j;
      const image = Math.floor(n / tilesPerImage);
      const tile = n - image * tilesPerImage;
      const ty = Math.floor(tile / tilesW);
      const y0 = 4 * ty - 1;
      const x0 = 4 * (tile - ty * tilesW) - 1;
      for (let c = 0; c < C; c++) {
        const at = packedOffset + (p * C + c) * NR + j;
        if (n >= N) {
          for (let e = 0; e < WINOGRAD_4X4_ELEMENTS; e++) packed[at + e * stride] = 0;
          continue;
        }
        const plane = inOffset + image * imageStride + c * H * W;
        for (let r = 0; r < 6; r++) {
          const y = y0 + r;
          for (let s = 0; s < 6; s++) {
            const x = x0 + s;
            d[6 * r + s] = y >= 0 && y < H && x >= 0 && x < W ? input[plane + y * W + x] : 0;
          }
        }
        // Bᵀ d: column by column.
        for (let s = 0; s < 6; s++) {
          const d0 = d[s], d1 = d[6 + s], d2 = d[12 + s], d3 = d[18 + s], d4 = d[24 + s], d5 = d[30 + s];
          d[s] = 4 * d0 - 5 * d2 + d4;
          d[6 + s] = -4 * d1 - 4 * d2 + d3 + d4;
          d[12 + s] = 4 * d1 - 4 * d2 - d3 + d4;
          d[18 + s] = -2 * d1 - d2 + 2 * d3 + d4;
          d[24 + s] = 2 * d1 - d2 - 2 * d3 + d4;
          d[30 + s] = 4 * d1 - 5 * d3 + d5;
        }
        // (Bᵀ d) B: row by row, stored.
        for (let r = 0; r < 6; r++) {
          const t0 = d[6 * r], t1 = d[6 * r + 1], t2 = d[6 * r + 2], t3 = d[6 * r + 3], t4 = d[6 * r + 4], t5 = d[6 * r + 5];
          const e = at + 6 * r * stride;
          packed[e] = 4 * t0 - 5 * t2 + t4;
          packed[e + stride] = -4 * t1 - 4 * t2 + t3 + t4;
          packed[e + 2 * stride] = 4 * t1 - 4 * t2 - t3 + t4;
          packed[e + 3 * stride] = -2 * t1 - t2 + 2 * t3 + t4;
          packed[e + 4 * stride] = 2 * t1 - t2 - 2 * t3 + t4;
          packed[e + 5 * stride] = 4 * t1 - 5 * t3 + t5;
        }
      }
    }
  }
}

