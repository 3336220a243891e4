// Winograd F(4×4, 3×3): like F(2×2, 3×3) (winograd.ts, which explains the scheme and the
// rounding) but with 6×6 input tiles giving 4×4 output blocks: 36 multiplications per 16 outputs
// and input channel, against 64 for F(2×2, 3×3) and 144 for the direct convolution. The price is
// larger transforms (interpolation points 0, ±1, ±2, ∞) and so a little more rounding: U and V are
// rounded to float32 from values up to ~100× the inputs (test/winograd.test.ts states the bound).
//
//        ⎡ ¼     0     0  ⎤         ⎡4  0 -5  0  1  0⎤
//        ⎢-⅙    -⅙    -⅙  ⎥         ⎢0 -4 -4  1  1  0⎥          ⎡1  1  1  1  1  0⎤
//   G =  ⎢-⅙     ⅙    -⅙  ⎥   Bᵀ =  ⎢0  4 -4 -1  1  0⎥    Aᵀ =  ⎢0  1 -1  2 -2  0⎥
//        ⎢1/24  1/12  ⅙   ⎥         ⎢0 -2 -1  2  1  0⎥          ⎢0  1  1  4  4  0⎥
//        ⎢1/24 -1/12  ⅙   ⎥         ⎢0  2 -1 -2  1  0⎥          ⎣0  1 -1  8 -8  1⎦
//        ⎣ 0     0     1  ⎦         ⎣0  4  0 -5  0  1⎦
//
// Tile (ty, tx) covers outputs rows 4·ty … 4·ty+3 and input rows 4·ty-1 … 4·ty+4 (padding 1).
// Packed V (the backends'), as winograd.ts's with 36 elements: v[((ξ·panels + p)·C + c)·NR + j], ξ = 6·row + col.

import type { ConvGeometry } from './im2col.js';
import { tensor, type Tensor } from './tensor.js';

/** Elements of the 6×6 transformed tile: the number of GEMMs. */
export const WINOGRAD_4X4_ELEMENTS = 36;

/** Tiles (4×4 output blocks) per image: the GEMMs' N. */
export function winograd4x4Tiles(g: ConvGeometry): { tilesH: number; tilesW: number; N: number } {
  const tilesH = Math.ceil(g.outHeight / 4);
  const tilesW = Math.ceil(g.outWidth / 4);
  return { tilesH, tilesW, N: tilesH * tilesW };
}

/**
 * U = G g Gᵀ of one 3×3 filter (g[0 … 8] row-major) into u[0 … 35], in float64. The workers'
 * kernel (src/backends/js/gemm.ts) does the same arithmetic in the same order.
 */
export function transformFilter4x4(g: Float32Array, at: number, u: Float64Array): void {
  // G g: 6 rows × 3 columns, kept in u[6·r + s] for s < 3.
  for (let s = 0; s < 3; s++) {
    const g0 = g[at + s], g1 = g[at + 3 + s], g2 = g[at + 6 + s];
    u[s] = g0 / 4;
    u[6 + s] = -(g0 + g1 + g2) / 6;
    u[12 + s] = -(g0 - g1 + g2) / 6;
    u[18 + s] = g0 / 24 + g1 / 12 + g2 / 6;
    u[24 + s] = g0 / 24 - g1 / 12 + g2 / 6;
    u[30 + s] = g2;
  }
  // (G g) Gᵀ, row by row.
  for (let r = 0; r < 6; r++) {
    const t0 = u[6 * r], t1 = u[6 * r + 1], t2 = u[6 * r + 2];
    u[6 * r] = t0 / 4;
    u[6 * r + 1] = -(t0 + t1 + t2) / 6;
    u[6 * r + 2] = -(t0 - t1 + t2) / 6;
    u[6 * r + 3] = t0 / 24 + t1 / 12 + t2 / 6;
    u[6 * r + 4] = t0 / 24 - t1 / 12 + t2 / 6;
    u[6 * r + 5] = t2;
  }
}

/** The 6 × 4 intermediate Aᵀ M of the output transform. */
const outputRows = new Float64Array(24);

/**
 * Y = Aᵀ M A for one tile: m[ξ] at m[o + ξ·d] → y[4·row + col], 16 outputs. Shared by the
 * reference below and the workers' kernel (the same order of additions).
 */
export function winograd4x4OutputTransform(m: Float64Array, o: number, d: number, y: Float64Array): void {
  const t = outputRows;
  // Aᵀ M: for each column s of M, 4 rows.
  for (let s = 0; s < 6; s++) {
    const m0 = m[o + s * d], m1 = m[o + (6 + s) * d], m2 = m[o + (12 + s) * d];
    const m3 = m[o + (18 + s) * d], m4 = m[o + (24 + s) * d], m5 = m[o + (30 + s) * d];
    const a = m1 + m2, b = m1 - m2, c = m3 + m4, e = m3 - m4;
    t[s] = m0 + a + c;
    t[6 + s] = b + 2 * e;
    t[12 + s] = a + 4 * c;
    t[18 + s] = b + 8 * e + m5;
  }
  // (Aᵀ M) A: for each of the 4 rows.
  for (let r = 0; r < 4; r++) {
    const m0 = t[6 * r], m1 = t[6 * r + 1], m2 = t[6 * r + 2], m3 = t[6 * r + 3], m4 = t[6 * r + 4], m5 = t[6 * r + 5];
    const a = m1 + m2, b = m1 - m2, c = m3 + m4, e = m3 - m4;
    y[4 * r] = m0 + a + c;
    y[4 * r + 1] = b + 2 * e;
    y[4 * r + 2] = a + 4 * c;
    y[4 * r + 3] = b + 8 * e + m5;
  }
}

/**
 * Reference: the whole F(4×4, 3×3) convolution of a batch (stride 1, padding 1) written plainly —
 * U and V from their definitions, rounded to float32 as the engines store them, one float64 sum
 * per element — what the tests hold against conv2dNaive(). It uses no backend's kernel.
 */
export function conv2dWinograd4x4Naive(input: Tensor, weight: Tensor, bias: Float32Array | null): Tensor {
  const [batch, C, H, W] = input.shape;
  const M = weight.shape[0];
  const g = { inChannels: C, inHeight: H, inWidth: W, outHeight: H, outWidth: W } as ConvGeometry;
  const { tilesW, N } = winograd4x4Tiles(g);
  const out = tensor([batch, M, H, W]);
  const U = new Float64Array(M * C * 36);
  const u = new Float64Array(36);
  for (let m = 0; m < M; m++) {
    for (let c = 0; c < C; c++) {
      transformFilter4x4(weight.data, (m * C + c) * 9, u);
      for (let e = 0; e < 36; e++) U[(m * C + c) * 36 + e] = Math.fround(u[e]);
    }
  }
  const V = new Float64Array(C * 36);
  const Mx = new Float64Array(36);
  const y = new Float64Array(16);
  for (let n = 0; n < batch; n++) {
    for (let tile = 0; tile < N; tile++) {
      const ty = Math.floor(tile / tilesW), tx = tile % tilesW;
      transformTile4x4(input.data, n * C * H * W, C, H, W, ty, tx, V);
      for (let m = 0; m < M; m++) {
        for (let e = 0; e < 36; e++) {
          let sum = 0;
          for (let c = 0; c < C; c++) sum += U[(m * C + c) * 36 + e] * V[c * 36 + e];
          Mx[e] = sum;
        }
        winograd4x4OutputTransform(Mx, 0, 1, y);
        for (let q = 0; q < 16; q++) {
          const yy = 4 * ty + (q >> 2), xx = 4 * tx + (q & 3);
          if (yy < H && xx < W) out.data[((n * M + m) * H + yy) * W + xx] = y[q] + (bias === null ? 0 : bias[m]);
        }
      }
    }
  }
  return out;
}

/** Bᵀ of F(4×4, 3×3), as in the header. */
const BT_4X4 = [[4, 0, -5, 0, 1, 0], [0, -4, -4, 1, 1, 0], [0, 4, -4, -1, 1, 0], [0, -2, -1, 2, 1, 0], [0, 2, -1, -2, 1, 0], [0, 4, 0, -5, 0, 1]];

/** V[c·36 + ξ] of tile (ty, tx), straight from the definition Bᵀ d B (float64, rounded to float32 as stored). */
function transformTile4x4(input: Float32Array, inOffset: number, C: number, H: number, W: number, ty: number, tx: number, V: Float64Array): void {
  for (let c = 0; c < C; c++) {
    const d = (r: number, s: number): number => {
      const y = 4 * ty - 1 + r, x = 4 * tx - 1 + s;
      return y >= 0 && y < H && x >= 0 && x < W ? input[inOffset + (c * H + y) * W + x] : 0;
    };
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        let v = 0;
        for (let r = 0; r < 6; r++) for (let s = 0; s < 6; s++) v += BT_4X4[i][r] * d(r, s) * BT_4X4[j][s];
        V[c * 36 + 6 * i + j] = Math.fround(v);
      }
    }
  }
}
