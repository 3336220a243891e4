// Winograd F(2×2, 3×3): a 3×3, stride-1, padding-1 convolution with 16 multiplications per 2×2
// output block and input channel instead of 36 (Lavin & Gray, 2015). Most of ResNet-18's work is
// such convolutions.
//
// For an output block at (2·ty, 2·tx) — a "tile" — and its 4×4 input patch d (rows 2·ty-1 …
// 2·ty+2, columns likewise, zero outside the image):
//
//   U = G g Gᵀ      (4×4, per output channel m and input channel c; once per filter: at load time
//                    for the wasm backend, per batch in the workers for js)
//   V = Bᵀ d B      (4×4, per input channel c and tile; per call)
//   M_ξ[m, tile] = Σ_c U_ξ[m, c] · V_ξ[c, tile]      for each of the 16 elements ξ: 16 GEMMs
//   Y = Aᵀ M A      (2×2 outputs of the tile, then bias, residual and ReLU)
//
//        ⎡1  0  0⎤          ⎡1  0 -1  0⎤
//   G =  ⎢½  ½  ½⎥    Bᵀ =  ⎢0  1  1  0⎥    Aᵀ = ⎡1  1  1  0⎤
//        ⎢½ -½  ½⎥          ⎢0 -1  1  0⎥         ⎣0  1 -1 -1⎦
//        ⎣0  0  1⎦          ⎣0  1  0 -1⎦
//
// The backends run the 16 GEMMs over gemm.ts's packed layouts, ξ-major (ξ = 4·row + column of the
// 4×4 element), with their own MR × NR:
//
//   packed U:  U_ξ [M, C] in MR-row tiles (the wasm backend stores it at load time,
//              src/backends/wasm/wasmBackend.ts; the js backend's workers build it a block of rows
//              at a time from the plain filters, src/backends/js/gemm.ts)
//   packed V:  v[((ξ·panels + p)·C + c)·NR + j] = V_ξ[c, tile p·NR + j]     (tiles past N are zero)
//              (src/backends/js/winogradInput.ts, src/backends/wasm/kernels/winograd.ts)
//
// This file holds the transforms' arithmetic the js kernels share and the plain reference.
//
// Rounding: U is computed in float64 from the (BatchNorm-scaled) weights and rounded to float32
// once; V likewise from the float32 input. The products and their sums over c are float64, as is
// the output transform; each output is rounded once, after the epilogue. Every output is summed
// in the same order (c ascending, then the fixed Aᵀ·A combination) whatever the worker split and
// batch, so Winograd results are as deterministic as the direct convolution's — though not equal
// to them: the transforms round differently (see the bound in test/tensorOps.test.ts).

import type { ConvGeometry } from './im2col.js';
import { tensor, type Tensor } from './tensor.js';

/** Elements of the 4×4 transformed tile: the number of GEMMs. */
export const WINOGRAD_ELEMENTS = 16;

/** Whether a convolution can be computed by Winograd F(2×2, 3×3). */
export function winogradApplies(g: ConvGeometry): boolean {
  return g.kernelHeight === 3 && g.kernelWidth === 3 && g.stride === 1 && g.padding === 1;
}

/** Tiles (2×2 output blocks) per image: the GEMMs' N. */
export function winogradTiles(g: ConvGeometry): { tilesH: number; tilesW: number; N: number } {
  const tilesH = Math.ceil(g.outHeight / 2);
  const tilesW = Math.ceil(g.outWidth / 2);
  return { tilesH, tilesW, N: tilesH * tilesW };
}

/** U = G g Gᵀ of one 3×3 filter g (row-major at `at`, times `scale`), in float64, into u[0 … 15]. */
export function transformFilter(w: Float32Array, at: number, scale: number, u: Float64Array): void {
  for (let s = 0; s < 3; s++) {
    const g0 = w[at + s] * scale, g1 = w[at + 3 + s] * scale, g2 = w[at + 6 + s] * scale;
    // Rows of G g, column s (stored in u's column s for now, rows 0-3).
    u[s] = g0;
    u[4 + s] = (g0 + g1 + g2) / 2;
    u[8 + s] = (g0 - g1 + g2) / 2;
    u[12 + s] = g2;
  }
  for (let r = 0; r < 4; r++) {
    const t0 = u[4 * r], t1 = u[4 * r + 1], t2 = u[4 * r + 2];
    u[4 * r] = t0;
    u[4 * r + 1] = (t0 + t1 + t2) / 2;
    u[4 * r + 2] = (t0 - t1 + t2) / 2;
    u[4 * r + 3] = t2;
  }
}

/**
 * Y = Aᵀ M A for one tile: m[ξ] at m[o + ξ·d] → y00, y01, y10, y11 in `y`.
 * Shared by the reference below and the workers' kernel (the same order of additions).
 */
export function winogradOutputTransform(m: Float64Array, o: number, d: number, y: Float64Array): void {
  // Plain indexed reads, no helper closure: under tsx (esbuild keepNames) a closure made per call
  // is also renamed per call (Object.defineProperty), which halved the Winograd kernel's speed.
  const m0 = m[o], m1 = m[o + d], m2 = m[o + 2 * d], m3 = m[o + 3 * d];
  const m4 = m[o + 4 * d], m5 = m[o + 5 * d], m6 = m[o + 6 * d], m7 = m[o + 7 * d];
  const m8 = m[o + 8 * d], m9 = m[o + 9 * d], m10 = m[o + 10 * d], m11 = m[o + 11 * d];
  const m12 = m[o + 12 * d], m13 = m[o + 13 * d], m14 = m[o + 14 * d], m15 = m[o + 15 * d];
  // Aᵀ M, column by column, then (Aᵀ M) A.
  const s00 = m0 + m4 + m8, s10 = m4 - m8 - m12;
  const s01 = m1 + m5 + m9, s11 = m5 - m9 - m13;
  const s02 = m2 + m6 + m10, s12 = m6 - m10 - m14;
  const s03 = m3 + m7 + m11, s13 = m7 - m11 - m15;
  y[0] = s00 + s01 + s02; y[1] = s01 - s02 - s03;
  y[2] = s10 + s11 + s12; y[3] = s11 - s12 - s13;
}

/**
 * Reference: the whole Winograd convolution of a batch written plainly (unpacked U and V, one
 * float64 sum per element) — the algorithm the workers' packed kernel must reproduce, and what the
 * tests hold against conv2dNaive().
 */
export function conv2dWinogradNaive(input: Tensor, weight: Tensor, bias: Float32Array | null): Tensor {
  const [batch, C, H, W] = input.shape;
  const M = weight.shape[0];
  const tilesH = Math.ceil(H / 2), tilesW = Math.ceil(W / 2);
  const out = tensor([batch, M, H, W]);
  const U = new Float64Array(M * C * 16);
  const u = new Float64Array(16);
  for (let m = 0; m < M; m++) {
    for (let c = 0; c < C; c++) {
      transformFilter(weight.data, (m * C + c) * 9, 1, u);
      for (let e = 0; e < 16; e++) U[(m * C + c) * 16 + e] = Math.fround(u[e]);
    }
  }
  const V = new Float64Array(C * 16);
  const Mx = new Float64Array(16);
  const y = new Float64Array(4);
  for (let n = 0; n < batch; n++) {
    for (let ty = 0; ty < tilesH; ty++) {
      for (let tx = 0; tx < tilesW; tx++) {
        transformTile(input.data, n * C * H * W, C, H, W, ty, tx, V);
        for (let m = 0; m < M; m++) {
          for (let e = 0; e < 16; e++) {
            let sum = 0;
            for (let c = 0; c < C; c++) sum += U[(m * C + c) * 16 + e] * V[c * 16 + e];
            Mx[e] = sum;
          }
          winogradOutputTransform(Mx, 0, 1, y);
          for (let dy = 0; dy < 2; dy++) {
            for (let dx = 0; dx < 2; dx++) {
              const oy = 2 * ty + dy, ox = 2 * tx + dx;
              if (oy < H && ox < W) out.data[((n * M + m) * H + oy) * W + ox] = y[2 * dy + dx] + (bias === null ? 0 : bias[m]);
            }
          }
        }
      }
    }
  }
  return out;
}

/** V[c·16 + ξ] of tile (ty, tx), straight from the definition Bᵀ d B (float64, rounded to float32). */
function transformTile(input: Float32Array, inOffset: number, C: number, H: number, W: number, ty: number, tx: number, V: Float64Array): void {
  const Bt = [[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]];
  for (let c = 0; c < C; c++) {
    const d = (r: number, s: number): number => {
      const y = 2 * ty - 1 + r, x = 2 * tx - 1 + s;
      return y >= 0 && y < H && x >= 0 && x < W ? input[inOffset + (c * H + y) * W + x] : 0;
    };
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        let v = 0;
        for (let r = 0; r < 4; r++) for (let s = 0; s < 4; s++) v += Bt[i][r] * d(r, s) * Bt[j][s];
        V[c * 16 + 4 * i + j] = Math.fround(v);
      }
    }
  }
}
