// The messages between the main thread and the worker threads. Everything big (weights,
// activations, the barrier) is in SharedArrayBuffers sent once; a forward pass costs one small
// message to each worker and one back.

import type { BoundPlan } from './plan.js';

export interface WorkerSetup {
  index: number;
  workers: number;
  /** Int32Array(BARRIER_INTS) shared by all workers. */
  barrier: SharedArrayBuffer;
}

export type ToWorker =
  | { type: 'weights'; id: number; buffer: SharedArrayBuffer }
  | { type: 'arena'; buffer: SharedArrayBuffer }
  | { type: 'plan'; id: number; plan: BoundPlan; weights: number }
  | { type: 'run'; plan: number; from: number; to: number };

export type FromWorker = { type: 'done' } | { type: 'error'; message: string };
