// The setup this thread's engine worker was started with, for kernels that must read it once, when
// their module is evaluated: the JavaScript backend's GEMMs hold the memory in a module-level const
// (src/backends/js/gemm.ts says why). A worker's entry (nodeWorkerEntry.ts on Node,
// src/browser/workerEntry.ts in a browser) calls setWorkerSetup() first and only then imports
// worker.ts, and with it the kernels; on a thread that is not an engine worker it stays null.

import type { WorkerSetup } from './messages.js';

let current: WorkerSetup | null = null;

export function setWorkerSetup(setup: WorkerSetup): void {
  if (current) throw new Error('this thread is already an engine worker: its setup can be given only once');
  current = setup;
}

export function workerSetup(): WorkerSetup | null {
  return current;
}
