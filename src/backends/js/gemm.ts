// The JavaScript backend's GEMM and Winograd kernels as the worker threads run them, over the
// worker's one shared memory (the layouts: src/tensor/gemm.ts; the references they are held to:
// gemmNaive(), conv2dNaive(), test/backendKernels.test.ts).
//
// Why the memory is a module constant: V8 (Node 20) folds a typed array's base pointer and length into the compiled
// loop only when the array is a compile-time constant, i.e. a module-level `const`. Passed as a
// parameter, the same 2×4 micro-kernel runs ~1.7× slower (bench/README.md). So this module makes
// its own `const` view of the memory the worker was started with (its WorkerSetup.memory, read
// once from src/backends/workerSetup.ts, which the worker's entry fills before importing this; packed
// weights, the activation arena and the im2col / Winograd scratch, see src/model/engine.ts), and
// every operand is a plain float offset into it.
//
// Summation order: every C[m, n] is the float64 sum over k = 0 … K-1 in order, plus the
// epilogue, rounded to float32 once — whatever rows or columns a worker is given.

import { MR as GEMM_MR, NR as GEMM_NR } from './jsTiles.js';
import { transformFilter, WINOGRAD_ELEMENTS as ELEMENTS, winogradOutputTransform, winogradTiles } from '../../tensor/winograd.js';
import {
  transformFilter4x4, WINOGRAD_4X4_ELEMENTS as ELEMENTS_4X4, winograd4x4OutputTransform, winograd4x4Tiles,
} from '../../tensor/winograd4x4.js';
import type { ConvGeometry } from '../../tensor/im2col.js';
import { workerSetup } from '../workerSetup.js';

// The tile sizes and Winograd's element count as this module's own literals: V8 folds a module's
// own `const` numbers into the code, but loads an imported one from its module cell every time
// (in the micro-kernel's k loop that alone cost 30 %).
const MR = 2;
const NR = 4;
const WINOGRAD_ELEMENTS = 16;
const WINOGRAD_4X4_ELEMENTS = 36;
if (MR !== GEMM_MR || NR !== GEMM_NR || WINOGRAD_ELEMENTS !== ELEMENTS || WINOGRAD_4X4_ELEMENTS !== ELEMENTS_4X4) {
  throw new Error('backends/js/gemm: tile sizes differ from jsTiles.ts / winograd*.ts');
}

/** The worker's memory. On a thread that is not an engine worker (nothing here runs) an empty stand-in. */
const shared = workerSetup()?.memory;
const memory = new Float32Array(typeof SharedArrayBuffer === 'function' && shared instanceof SharedArrayBuffer ? shared : new ArrayBuffer(0));

/** Whether the kernels here compute over `buffer` (false on a thread not started as this memory's worker). */
export function gemmMemoryIs(buffer: SharedArrayBuffer): boolean {
  return memory.buffer === buffer;
}

/** The micro-kernel's output blocks: one MR×NR block per Winograd element (16 or 36), or just the first. */
const acc = new Float64Array(WINOGRAD_4X4_ELEMENTS * MR * NR);

/**
 * C[m, n] = Σ_k A[m, k]·B[k, n] (+ bias[m]) (+ residual[m, n]) (then max(·, 0)) for row tiles
 * [tileStart, tileEnd) and column panels [panelStart, panelEnd); the packed layouts of src/tensor/gemm.ts at offsets
 * into the memory, B holding only those panels (panel p at bOffset + (p - panelStart)·K·NR).
 * `biasOffset` / `residualOffset` < 0 mean none.
 */
export function gemmShared(
  M: number, N: number, K: number,
  aOffset: number, bOffset: number, cOffset: number,
  tileStart: number, tileEnd: number, panelStart: number, panelEnd: number,
  biasOffset: number, residualOffset: number, relu: boolean,
): void {
  const tileStride = K * MR;
  const panelStride = K * NR;
  // Panel-outer: one packed B panel (≤ 74 KB for ResNet-18) stays in cache while this worker's
  // row tiles of A stream past it.
  for (let p = panelStart; p < panelEnd; p++) {
    const b0 = bOffset + (p - panelStart) * panelStride;
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

/**
 * Winograd's U = G g Gᵀ for a block of this worker's row tiles, in the packed layout
 *   uBlock[(b·E + ξ)·S + c·MR + i] = U_ξ[(tile b of the block)·MR + i, c],   S = C·MR + U_PAD
 * U_PAD breaks the power-of-two stride between the E elements: at C = 512 they were exactly 4 KB
 * apart, the transform's stores per filter fought over the same L1 sets, and layer4 took 75 ns
 * per filter instead of 37.
 * Worker-local (not shared) and sized when the worker starts for the widest input the model has
 * (WorkerSetup.winogradChannels): a `const`, like `memory`, so the micro-kernel reading it is fast.
 */
const uBlockChannels = Math.max(1024, workerSetup()?.winogradChannels ?? 0);
const U_PAD = 16;
const uBlock = new Float32Array(WINOGRAD_4X4_ELEMENTS * (MR * uBlockChannels + U_PAD));

/** One filter's U, and one tile's m×m outputs (for either variant). */
const filterU = new Float64Array(WINOGRAD_4X4_ELEMENTS);
const tileOutputs = new Float64Array(16);

/**
 * Winograd F(m×m, 3×3), m = 2 or 4 (src/tensor/winograd.ts and winograd4x4.ts have the layouts
 * and the plain references), for output-channel row tiles [tileStart, tileEnd) of `images` images
 * (outputs and residuals `imageStride` floats apart; V holds all their tiles, image after image,
 * so the filters are transformed once per batch and layer4's 16 tiles per image become 128 at
 * batch 8): the E = (m+2)² GEMMs M_ξ = U_ξ · V_ξ and the output transform, fused. The filters are
 * stored as plain folded 3×3 weights [M, C, 3, 3] at `wOffset` and transformed here, a block of
 * row tiles at a time (U is E/9 the size of the filters: storing it would cost ~30 MB more for
 * ResNet-18; transforming is ~1 % of the GEMMs). For each MR-row × NR-tile block the
 * micro-kernel runs once per ξ into its own accumulators; then each tile's Y = Aᵀ M A (+ bias,
 * residual, ReLU) is stored straight into the NCHW output — M never goes to memory and is never
 * rounded.
 */
export function winogradGemmShared(
  m: 2 | 4, g: ConvGeometry, wOffset: number, vOffset: number, cOffset: number,
  tileStart: number, tileEnd: number,
  biasOffset: number, residualOffset: number, relu: boolean,
  images: number, imageStride: number,
): void {
  const E = m === 4 ? WINOGRAD_4X4_ELEMENTS : WINOGRAD_ELEMENTS;
  const C = g.inChannels;
  const M = g.outChannels;
  const N = images * (m === 4 ? winograd4x4Tiles(g) : winogradTiles(g)).N;
  const panels = Math.ceil(N / NR);
  const elementStride = C * MR + U_PAD;
  const blockStride = E * elementStride;
  // Row tiles per block: U of the block fills uBlock (at most its 297 KB: L2-resident), so the
  // V panels are read from cache once per block instead of once per row tile.
  const blockTiles = Math.max(1, Math.floor(uBlock.length / blockStride));
  const u = filterU;
  for (let t0 = tileStart; t0 < tileEnd; t0 += blockTiles) {
    const t1 = Math.min(t0 + blockTiles, tileEnd);
    // U of the block's filters, as transformFilter() / transformFilter4x4() compute it (rows past M are zero).
    for (let t = t0; t < t1; t++) {
      for (let i = 0; i < MR; i++) {
        const row = t * MR + i;
        for (let c = 0; c < C; c++) {
          const at = (t - t0) * blockStride + c * MR + i;
          if (row >= M) u.fill(0);
          else if (m === 4) transformFilter4x4(memory, wOffset + (row * C + c) * 9, u);
          else transformFilter(memory, wOffset + (row * C + c) * 9, 1, u);
          for (let e = 0; e < E; e++) uBlock[at + e * elementStride] = u[e];
        }
      }
    }
    for (let p = 0; p < panels; p++) {
      for (let t = t0; t < t1; t++) {
        const a = (t - t0) * blockStride;
        const b = vOffset + p * C * NR;
        for (let e = 0; e < E; e++) microKernelU(a + e * elementStride, b + e * panels * C * NR, C, e * MR * NR);
        storeWinogradTile(m, g, t, p, N, imageStride, cOffset, biasOffset, residualOffset, relu);
      }
    }
  }
}

/** Y = Aᵀ M A of the MR × NR tiles in acc (F(m×m)), through the epilogue, into the NCHW output. */
function storeWinogradTile(
  m: 2 | 4, g: ConvGeometry, t: number, p: number, N: number, imageStride: number, cOffset: number,
  biasOffset: number, residualOffset: number, relu: boolean,
): void {
  const OH = g.outHeight;
  const OW = g.outWidth;
  const { tilesW, N: tilesPerImage } = m === 4 ? winograd4x4Tiles(g) : winogradTiles(g);
  const y = tileOutputs;
  const rows = Math.min(MR, g.outChannels - t * MR);
  const cols = Math.min(NR, N - p * NR);
  for (let i = 0; i < rows; i++) {
    const row = t * MR + i;
    const bias = biasOffset < 0 ? 0 : memory[biasOffset + row];
    const plane = row * OH * OW;
    for (let j = 0; j < cols; j++) {
      if (m === 4) winograd4x4OutputTransform(acc, i * NR + j, MR * NR, y);
      else winogradOutputTransform(acc, i * NR + j, MR * NR, y);
      const n = p * NR + j;
      const image = Math.floor(n / tilesPerImage);
      const tile = n - image * tilesPerImage;
      const ty = Math.floor(tile / tilesW);
      const oy = m * ty;
      const ox = m * (tile - ty * tilesW);
      const base = image * imageStride + plane;
      for (let q = 0; q < m * m; q++) {
        const qy = m === 4 ? q >> 2 : q >> 1;
        const yy = oy + qy;
        const xx = ox + q - qy * m;
        if (yy >= OH || xx >= OW) continue;
        const at = base + yy * OW + xx;
        let v = y[q] + bias;
        if (residualOffset >= 0) v += memory[residualOffset + at];
        if (relu && v < 0) v = 0;
        memory[cOffset + at] = v;
      }
    }
  }
}

/** microKernel() with A read from uBlock: a second copy, because taking the array as a parameter
 * would cost the 1.7× the header describes. */
function microKernelU(ai: number, bi: number, K: number, out: number): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  for (let k = 0; k < K; k++) {
    const a0 = uBlock[ai], a1 = uBlock[ai + 1];
    const b0 = memory[bi], b1 = memory[bi + 1], b2 = memory[bi + 2], b3 = memory[bi + 3];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    ai += MR;
    bi += NR;
  }
  acc[out] = c00; acc[out + 1] = c01; acc[out + 2] = c02; acc[out + 3] = c03;
  acc[out + 4] = c10; acc[out + 5] = c11; acc[out + 6] = c12; acc[out + 7] = c13;
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
    ai += MR;
    bi += NR;
  }
  acc[out] = c00; acc[out + 1] = c01; acc[out + 2] = c02; acc[out + 3] = c03;
  acc[out + 4] = c10; acc[out + 5] = c11; acc[out + 6] = c12; acc[out + 7] = c13;
}
