// The backend contract: what the engine asks of the code that computes.
//
// A backend brings
//   - its kernel descriptors (kernel.ts), one per op and data type and, for convolutions, one per
//     algorithm: they choose, lay out and pack each layer's weights and compute its steps;
//   - its memory: one shared memory holding the weights, the activation arena and scratch;
//   - what its workers need to build the same descriptors over that memory (workerOptions).
// The plan, the split of work between workers and the barrier are the runtime's; the runtime and
// the model see the memory as bytes.
//
// The backends, listed once in registry.ts:
//   js    plain JavaScript over a SharedArrayBuffer (src/backends/js/): float64 sums, the readable
//         reference and the fallback wherever WebAssembly SIMD is missing
//   wasm  WebAssembly SIMD that this project's TypeScript writes at run time
//         (src/backends/wasm/): float32 sums in f32x4 lanes
// Each is deterministic on its own (the same bits for any worker count and batch); the two are not
// bit-identical to each other (both are within the golden bound of PyTorch: README.md).

import type { Float32Parts } from './float32/primitives.js';
import type { KernelSet } from './kernel.js';

export type BackendName = 'js' | 'wasm';

/**
 * What a worker is given to reach the pool's memory: a SharedArrayBuffer (js) or a shared
 * WebAssembly.Memory (wasm), whose buffer is one.
 */
export type MemoryHandle = SharedArrayBuffer | { readonly buffer: SharedArrayBuffer };

/** The main thread's side of a backend. */
export interface Backend {
  readonly name: BackendName;
  /** What ran, for reports: e.g. "js", "wasm simd128 + relaxed fma". */
  readonly description: string;
  /** Its kernel descriptors, on the main thread: they plan and pack (they run in the workers). */
  readonly kernels: KernelSet;
  /**
   * Its float32 configuration, which its float32 descriptors are made from (like XNNPACK's
   * per-type gemm configs): GEMM tiles and weight packing; no primitives on the main thread.
   */
  readonly float32: Float32Parts;
  /** Bytes of scratch each worker has to itself (at the start of the memory). */
  readonly workerScratchBytes: number;
  /** A new shared memory of `bytes` bytes (rounded up as the backend needs). */
  createMemory(bytes: number): BackendMemory;
  /** What every worker needs to build its kernels (plain, cloneable data). */
  readonly workerOptions: BackendWorkerOptions;
}

export interface BackendMemory {
  /** The memory's bytes, as the main thread reads and writes them. */
  buffer: SharedArrayBuffer;
  /** Posted to each worker. */
  shared: MemoryHandle;
}

export interface BackendWorkerOptions {
  name: BackendName;
  /** wasm: whether the kernels use f32x4.relaxed_madd. */
  fma?: boolean;
  /** wasm: the kernels' module, compiled once on the main thread (a WebAssembly.Module). */
  module?: object;
}
