// The setup this thread's engine worker was started with, for kernels that must read it once, when
// their module is evaluated: the JavaScript backend's GEMMs hold the memory in a module-level const
// (src/backends/js/gemm.ts says why). A worker's entry (src/runtime/nodeWorkerEntry.ts on Node,
// src/browser/workerEntry.ts in a browser) calls setWorkerSetup() first and only then imports
// the worker, and with it the kernels; on a thread that is not an engine worker it stays null.

import type { BackendWorkerOptions, MemoryHandle } from './backend.js';

/** What a worker's kernels are built from (the runtime's WorkerSetup adds the pool's bookkeeping). */
export interface KernelSetup {
  /**
   * The pool's one memory: per-worker scratch, packed weights, activation arena, shared scratch.
   * Fixed for the life of the worker (the kernels hold it in module-level constants, or their
   * instance imports it); a model that needs more starts a new pool (src/model/engine.ts).
   */
  memory: MemoryHandle;
  /** Which backend's kernels the worker builds, and how. */
  backend: BackendWorkerOptions;
  /** Byte offset of this worker's own scratch in the memory. */
  scratch: number;
  /** The most input channels of any Winograd convolution: sizes the js worker's U block. */
  winogradChannels: number;
}

let current: KernelSetup | null = null;

export function setWorkerSetup(setup: KernelSetup): void {
  if (current) throw new Error('this thread is already an engine worker: its setup can be given only once');
  current = setup;
}

export function workerSetup(): KernelSetup | null {
  return current;
}
