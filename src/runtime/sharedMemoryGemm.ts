// The engine's GEMM as the worker threads run it: gemmPacked() (src/tensor/gemm.ts, which stays the
// readable reference and the single-threaded path) specialised to the worker's one shared memory.
//
// Why a second copy: V8 (Node 20) folds a typed array's base pointer and length into the compiled
// loop only when the array is a compile-time constant, i.e. a module-level `const`. Passed as a
// parameter, the same 2×4 micro-kernel runs ~1.7× slower (bench/README.md). So this module makes
// its own `const` view of the memory the worker was started with (workerData.memory: packed
// weights, the activation arena and the im2col / Winograd scratch, see src/model/model.ts), and
// every operand is a plain float offset into it.
//
// Layouts and summation order are exactly gemmPacked()'s: every C[m, n] is the float64 sum over
// k = 0 … K-1 in order, plus the epilogue, rounded to float32 once — so the two are bit-identical
// and neither depends on how rows or columns are split between workers.

import { workerData } from 'node:worker_threads';
import { MR, NR } from '../tensor/gemm.js';
import { packedWeightsLength } from '../tensor/packWeights.js';
import { WINOGRAD_ELEMENTS, winogradOutputTransform, winogradTiles } from '../tensor/winograd.js';
import type { ConvGeometry } from '../tensor/im2col.js';
import type { WorkerSetup } from './messages.js';

/** The worker's memory. On the main thread (where nothing here runs) an empty stand-in. */
const memory = new Float32Array((workerData as WorkerSetup | null)?.memory ?? new SharedArrayBuffer(0));

/** The micro-kernel's output blocks: one MR×NR block per Winograd element (16), or just the first. */
const acc = new Float64Array(16 * MR * NR);

/**
 * C[m, n] = Σ_k A[m, k]·B[k, n] (+ bias[m]) (+ residual[m, n]) (then max(·, 0)) for row tiles
 * [tileStart, tileEnd) and all column panels; gemmPacked()'s layouts at offsets into the memory.
 * `biasOffset` / `residualOffset` < 0 mean none.
 */
export function gemmShared(
  M: number, N: number, K: number,
  aOffset: number, bOffset: number, cOffset: number,
  tileStart: number, tileEnd: number,
  biasOffset: number, residualOffset: number, relu: boolean,
): void {
  const panels = Math.ceil(N / NR);
  const tileStride = K * MR;
  const panelStride = K * NR;
  // Panel-outer: one packed B panel (≤ 74 KB for ResNet-18) stays in cache while this worker's
  // row tiles of A stream past it.
  for (let p = 0; p < panels; p++) {
    const b0 = bOffset + p * panelStride;
    const col = p * NR;
    const cols = Math.min(NR, N - col);
    for (let t = tileStart; t < tileEnd; t++) {
      microKernel(aOffset + t * tileStride, b0, K, 0);
      const row = t * MR;
      const rows = Math.min(MR, M - row);
      for (let i = 0; i < rows; i++) {
        const bias = biasOffset < 0 ? 0 : memory[biasOffset + row + i];
        const rowStart = (row + i) * N + col;
        for (let j = 0; j < cols; j++) {
          let v = acc[i * NR + j] + bias;
          if (residualOffset >= 0) v += memory[residualOffset + rowStart + j];
          if (relu && v < 0) v = 0;
          memory[cOffset + rowStart + j] = v;
        }
      }
    }
  }
}

/** The four outputs of one Winograd tile. */
const tileOutputs = new Float64Array(4);

/**
 * Winograd F(2×2, 3×3) for output-channel row tiles [tileStart, tileEnd) of one image: the 16
 * GEMMs M_ξ = U_ξ · V_ξ and the output transform, fused (src/tensor/winograd.ts has the layouts and
 * the plain reference). For each 2-row × 4-tile block the micro-kernel runs once per ξ into its
 * own 8 accumulators; then each tile's Y = Aᵀ M A (+ bias, residual, ReLU) is stored straight into
 * the NCHW output — M never goes to memory and is never rounded.
 */
export function winogradGemmShared(
  g: ConvGeometry, uOffset: number, vOffset: number, cOffset: number,
  tileStart: number, tileEnd: number,
  biasOffset: number, residualOffset: number, relu: boolean,
): void {
  const M = g.outChannels;
  const K = g.inChannels;
  const OH = g.outHeight;
  const OW = g.outWidth;
  const { tilesW, N } = winogradTiles(g);
  const panels = Math.ceil(N / NR);
  const uElementStride = packedWeightsLength(M, K);
  const vElementStride = panels * K * NR;
  const tileStride = K * MR;
  const y = tileOutputs;
  // Panel-outer as in gemmShared: the 16 V panels of 4 tiles (16·K·NR floats, 128 KB at K = 512)
  // stay in L2 while this worker's U row tiles stream past.
  for (let p = 0; p < panels; p++) {
    const cols = Math.min(NR, N - p * NR);
    for (let t = tileStart; t < tileEnd; t++) {
      const a = uOffset + t * tileStride;
      const b = vOffset + p * K * NR;
      for (let e = 0; e < WINOGRAD_ELEMENTS; e++) microKernel(a + e * uElementStride, b + e * vElementStride, K, e * MR * NR);
      const rows = Math.min(MR, M - t * MR);
      for (let i = 0; i < rows; i++) {
        const m = t * MR + i;
        const bias = biasOffset < 0 ? 0 : memory[biasOffset + m];
        const plane = m * OH * OW;
        for (let j = 0; j < cols; j++) {
          winogradOutputTransform(acc, i * NR + j, MR * NR, y);
          const n = p * NR + j;
          const ty = Math.floor(n / tilesW);
          const oy = 2 * ty;
          const ox = 2 * (n - ty * tilesW);
          for (let q = 0; q < 4; q++) {
            const yy = oy + (q >> 1);
            const xx = ox + (q & 1);
            if (yy >= OH || xx >= OW) continue;
            const at = plane + yy * OW + xx;
            let v = y[q] + bias;
            if (residualOffset >= 0) v += memory[residualOffset + at];
            if (relu && v < 0) v = 0;
            memory[cOffset + at] = v;
          }
        }
      }
    }
  }
}

/**
 * The innermost loop, where nearly all of a forward pass's time goes: a 2×4 block of C over all
 * of K in 8 float64 locals (operands and accumulators fit x64's 16 vector registers), A and B
 * walked with stride 1 in `memory`; the block is left in acc[out … out+7].
 */
function microKernel(ai: number, bi: number, K: number, out: number): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  for (let k = 0; k < K; k++) {
    const a0 = memory[ai], a1 = memory[ai + 1];
    const b0 = memory[bi], b1 = memory[bi + 1], b2 = memory[bi + 2], b3 = memory[bi + 3];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    // Literal steps (= MR, NR): an imported constant is a load V8 does not fold.
    ai += 2;
    bi += 4;
  }
  acc[out] = c00; acc[out + 1] = c01; acc[out + 2] = c02; acc[out + 3] = c03;
  acc[out + 4] = c10; acc[out + 5] = c11; acc[out + 6] = c12; acc[out + 7] = c13;
}
