// The messages between the main thread and the worker threads. Everything big (weights,
// activations, scratch) is in the one SharedArrayBuffer each worker gets when it starts
// (WorkerSetup.memory); a forward pass costs one small message to each worker and one back.

import type { BackendWorkerOptions } from '../backends/backend.js';
import type { WasmMemory } from '../backends/wasm/webAssemblyApi.js';
import type { BoundPlan } from './plan.js';

export interface WorkerSetup {
  index: number;
  workers: number;
  /** Int32Array(BARRIER_INTS) shared by all workers. */
  barrier: SharedArrayBuffer;
  /**
   * The pool's one memory, a Float32Array's worth: per-worker scratch, packed weights, activation
   * arena, shared scratch. A SharedArrayBuffer (js backend) or a shared WebAssembly.Memory (wasm).
   * Fixed for the life of the worker (the kernels hold it in module-level constants, or their
   * instance imports it); a model that needs more starts a new pool (src/model/engine.ts).
   */
  memory: SharedArrayBuffer | WasmMemory;
  /** Which backend's kernels the worker builds, and how. */
  backend: BackendWorkerOptions;
  /** Float offset of this worker's own scratch in the memory. */
  scratch: number;
  /** The most input channels of any Winograd convolution: sizes the worker's U block. */
  winogradChannels: number;
}

export type ToWorker =
  /** A bound plan; its weight offsets count from `weightsBase`, its buffer offsets from `arenaBase`. */
  | { type: 'plan'; id: number; plan: BoundPlan; weightsBase: number; arenaBase: number }
  | { type: 'run'; plan: number; from: number; to: number };

export type FromWorker = { type: 'done' } | { type: 'error'; message: string };
