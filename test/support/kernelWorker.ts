// A worker thread that runs a backend's kernels on request, built exactly as the engine's workers
// build them (src/backends/createKernels.ts): the kernels the tests check are the ones the engine runs.

import { parentPort, workerData } from 'node:worker_threads';
import type { Kernels } from '../../src/backends/backend.js';
import type { WorkerSetup } from '../../src/runtime/messages.js';
import { setWorkerSetup } from '../../src/runtime/workerSetup.js';

// As an engine worker's entry does: the setup first, then the kernels (src/runtime/workerSetup.ts).
setWorkerSetup(workerData as WorkerSetup);
const { createKernels } = await import('../../src/backends/createKernels.js');
const { kernels } = createKernels(workerData as WorkerSetup);

parentPort!.on('message', ({ name, args }: { name: keyof Kernels; args: unknown[] }) => {
  try {
    (kernels[name] as (...a: unknown[]) => void)(...args);
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
