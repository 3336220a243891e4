// What a backend's float32 kernels do at the lowest level, over its one shared memory: the
// primitives the float32 descriptors (float32Kernels.ts) partition and call. Each backend
// implements them in its own way: plain JavaScript (src/backends/js/jsPrimitives.ts) or
// WebAssembly SIMD its TypeScript writes (src/backends/wasm/wasmPrimitives.ts).
//
// Offsets count float32s from the start of the memory (a float32 kernel's natural unit; the
// descriptors turn the plan's byte addresses into them); −1 means "none" for bias and residual.
// Each call computes the part of the work its range arguments select, so workers share a step
// without overlapping.

import type { ConvGeometry } from '../../tensor/im2col.js';
import type { PoolGeometry } from '../../tensor/maxPool2d.js';

export interface Float32Primitives {
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

/**
 * A float32 backend as its descriptors see it: tiles, weight packing (main thread) and primitives
 * (workers). `primitives` is null on the main thread, where nothing runs.
 */
export interface Float32Parts {
  /** "js" or "wasm": the first word of every descriptor id. */
  backend: string;
  /** Rows of A per GEMM tile (output channels a micro-kernel computes at once), columns of B per packed panel. */
  MR: number;
  NR: number;
  /** How the GEMM sums, for labels: "f64 sums", "f32x4 fma". */
  arithmetic: string;
  primitives: Float32Primitives | null;
  /** Floats of A [M, K] packed in MR-row tiles, and the packing (each row times scale[m] if given). */
  packedGemmFloats(M: number, K: number): number;
  packGemm(weight: Float32Array, M: number, K: number, scale: Float64Array | null, out: Float32Array, offset: number): void;
  /** Floats of a Winograd F(m×m) convolution's stored filters [M, C, 3, 3], and their packing. */
  packedWinogradFloats(m: 2 | 4, M: number, C: number): number;
  packWinograd(m: 2 | 4, weight: Float32Array, M: number, C: number, scale: Float64Array | null, out: Float32Array, offset: number): void;
  /** Whether F(4×4) is this backend's choice over F(2×2) for a 3×3 stride-1 convolution of this size. */
  prefersWinograd4x4(g: ConvGeometry): boolean;
}

/** The primitives, or an error saying that descriptors run only in a worker. */
export function primitivesOf(parts: Float32Parts): Float32Primitives {
  if (!parts.primitives) throw new Error(`backend ${parts.backend}: kernels run only in the engine's workers`);
  return parts.primitives;
}

/** A byte address as a float32 offset (every buffer and weight starts on a 64-byte boundary). */
export function floats(address: number): number {
  return address < 0 ? -1 : address >> 2;
}
