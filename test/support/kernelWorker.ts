// A worker thread that runs a backend's float32 primitives on request, built exactly as the
// engine's workers build them (src/backends/registry.ts): the kernels the tests check are the ones
// the engine runs.

import { parentPort, workerData } from 'node:worker_threads';
import type { Float32Primitives } from '../../src/backends/float32/primitives.js';
import type { KernelSetup } from '../../src/backends/workerSetup.js';
import { setWorkerSetup } from '../../src/backends/workerSetup.js';

// As an engine worker's entry does: the setup first, then the kernels (src/backends/workerSetup.ts).
setWorkerSetup(workerData as KernelSetup);
const { backendEntry } = await import('../../src/backends/registry.js');
const primitives = backendEntry((workerData as KernelSetup).backend.name).workerFloat32(workerData as KernelSetup).primitives!;

parentPort!.on('message', ({ name, args }: { name: keyof Float32Primitives; args: unknown[] }) => {
  try {
    (primitives[name] as (...a: unknown[]) => void)(...args);
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
