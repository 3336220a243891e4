// The messages between the main thread and the worker threads. Everything big (weights,
// activations, scratch) is in the one shared memory each worker gets when it starts
// (WorkerSetup.memory); a forward pass costs one small message to each worker and one back.

import type { KernelSetup } from '../backends/workerSetup.js';
import type { BoundPlan } from './plan.js';

export interface WorkerSetup extends KernelSetup {
  index: number;
  workers: number;
  /** Int32Array(BARRIER_INTS) shared by all workers. */
  barrier: SharedArrayBuffer;
}

export type ToWorker =
  /** A bound plan; its weight offsets count from byte `weightsBase`, its buffer offsets from byte `arenaBase`. */
  | { type: 'plan'; id: number; plan: BoundPlan; weightsBase: number; arenaBase: number }
  | { type: 'run'; plan: number; from: number; to: number };

export type FromWorker = { type: 'done' } | { type: 'error'; message: string };
