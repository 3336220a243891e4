// The backend contract: what the engine asks of the code that computes.
//
// The plan (src/runtime/plan.ts), the split of work between workers and the barrier
// (src/runtime/executeStep.ts) are the same for every backend. A backend provides
//   - its tile sizes MR × NR, which shape the packed weights and the packed columns;
//   - its choice of algorithm for each convolution, and the weight packing that goes with it;
//   - its memory: one shared memory holding the weights, the activation arena and scratch;
//   - its kernels, which the worker threads run over that memory (Kernels, below).
//
// Two backends implement it:
//   js    plain JavaScript over a SharedArrayBuffer (src/backends/js/): float64 sums, the readable
//         reference and the fallback wherever WebAssembly SIMD is missing
//   wasm  WebAssembly SIMD that this project's TypeScript writes at run time
//         (src/backends/wasm/): float32 sums in f32x4 lanes
// Each is deterministic on its own (the same bits for any worker count and batch); the two are not
// bit-identical to each other (both are within 1e-4 of PyTorch's largest logit: README.md).

import type { ConvGeometry } from '../tensor/im2col.js';
import type { PoolGeometry } from '../tensor/maxPool2d.js';
import type { WasmMemory } from './wasm/webAssemblyApi.js';

export type BackendName = 'js' | 'wasm';

/** How a convolution is computed (src/tensor/im2col.ts, winograd.ts, winograd4x4.ts). */
export type ConvAlgorithm = 'im2col' | 'winograd2x2' | 'winograd4x4';

/** Whether a convolution can be computed by Winograd F(m×m, 3×3): 3×3, stride 1, padding 1. */
export function winogradApplies(g: ConvGeometry): boolean {
  return g.kernelHeight === 3 && g.kernelWidth === 3 && g.stride === 1 && g.padding === 1;
}

/** The main thread's side of a backend. */
export interface Backend {
  readonly name: BackendName;
  /** What ran, for reports: e.g. "js", "wasm simd128 + relaxed fma". */
  readonly description: string;
  /** Rows of A per GEMM tile (output channels a micro-kernel computes at once). */
  readonly MR: number;
  /** Columns of B per packed panel. */
  readonly NR: number;
  /** Floats of scratch each worker has to itself (at the start of the memory). */
  readonly workerScratchFloats: number;
  /**
   * The algorithm for a convolution of this geometry that may use Winograd (3×3, stride 1,
   * padding 1, fused plan); other convolutions are always im2col.
   */
  winogradAlgorithm(g: ConvGeometry): ConvAlgorithm;
  /** Floats the packed weights of a [M, C, kh, kw] convolution take with this algorithm. */
  packedConvLength(M: number, C: number, kh: number, kw: number, algorithm: ConvAlgorithm): number;
  /**
   * Writes them at out[offset …]: weight [M, C, kh, kw], each output channel's filter times
   * scale[m] if given (BatchNorm folding, in float64, rounded once).
   */
  packConv(
    weight: Float32Array, M: number, C: number, kh: number, kw: number, algorithm: ConvAlgorithm,
    scale: Float64Array | null, out: Float32Array, offset: number,
  ): void;
  /** A new shared memory of `floats` float32s, and what the workers are given to reach it. */
  createMemory(floats: number): BackendMemory;
  /** What every worker needs to build its kernels (plain, cloneable data). */
  readonly workerOptions: BackendWorkerOptions;
}

export interface BackendMemory {
  /** The memory as the main thread reads and writes it. */
  floats: Float32Array<SharedArrayBuffer>;
  /** Posted to each worker: a SharedArrayBuffer (js) or a shared WebAssembly.Memory (wasm). */
  shared: SharedArrayBuffer | WasmMemory;
}

export interface BackendWorkerOptions {
  name: BackendName;
  /** wasm: whether the kernels use f32x4.relaxed_madd. */
  fma?: boolean;
  /** wasm: the kernels' module, compiled once on the main thread (a WebAssembly.Module). */
  module?: object;
}

/**
 * A worker's kernels. Every offset counts float32s from the start of the memory (the worker
 * adds nothing); −1 means "none" for bias and residual. Each call computes the part of the work
 * its range arguments select, so workers share a step without overlapping.
 */
export interface Kernels {
  /** Panels [panelStart, panelEnd) of one image's packed im2col columns, panel p at packed + p·K·NR. */
  im2col(g: ConvGeometry, input: number, packed: number, panelStart: number, panelEnd: number): void;
  /**
   * C = A·B (+ bias) (+ residual) (ReLU) for row tiles [tileStart, tileEnd) and column panels
   * [panelStart, panelEnd); B holds just those panels, panel p at b + (p − panelStart)·K·NR.
   */
  gemm(
    M: number, N: number, K: number, a: number, b: number, c: number,
    tileStart: number, tileEnd: number, panelStart: number, panelEnd: number,
    bias: number, residual: number, relu: boolean,
  ): void;
  /** Winograd F(m×m, 3×3)'s input transform for panels [panelStart, panelEnd) of the batch's tiles. */
  winogradInput(
    m: 2 | 4, g: ConvGeometry, input: number, packed: number, panelStart: number, panelEnd: number,
    images: number, imageStride: number,
  ): void;
  /** Its GEMMs and output transform for output-channel row tiles [tileStart, tileEnd), every image. */
  winogradGemm(
    m: 2 | 4, g: ConvGeometry, weights: number, packed: number, output: number, tileStart: number, tileEnd: number,
    bias: number, residual: number, relu: boolean, images: number, imageStride: number,
  ): void;
  batchNorm(input: number, output: number, channels: number, planeSize: number, scale: number, shift: number, planeStart: number, planeEnd: number): void;
  relu(input: number, output: number, start: number, end: number): void;
  add(a: number, b: number, output: number, start: number, end: number): void;
  maxPool2d(g: PoolGeometry, input: number, output: number, planeStart: number, planeEnd: number): void;
  globalAvgPool(input: number, output: number, planeSize: number, planeStart: number, planeEnd: number): void;
  linear(
    input: number, batch: number, inFeatures: number, weight: number, bias: number,
    output: number, outFeatures: number, rowStart: number, rowEnd: number,
  ): void;
}
