// The browser's worker host (src/runtime/workerHost.ts): one module Web Worker per engine worker,
// running workerEntry.ts (bundled as resnet18-worker.js beside resnet18.js). The worker's setup —
// the shared memory, the barrier, the compiled wasm module — is its first message; posting shared
// memory needs cross-origin isolation, which loadModel() checks before choosing this host.

import type { WorkerHost } from '../runtime/workerHost.js';
import type { FromWorker } from '../runtime/messages.js';

export function webWorkerHost(workerUrl: string | URL): WorkerHost {
  return {
    name: 'web workers',
    defaultWorkers: () => Math.max(1, navigator.hardwareConcurrency || 1),
    maxWorkers: Infinity,
    spawn(setup, events) {
      const worker = new Worker(workerUrl, { type: 'module', name: `resnet18 worker ${setup.index}` });
      worker.onmessage = (event: MessageEvent<FromWorker>) => events.message(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        events.error(new Error(event.message || `the worker script ${String(workerUrl)} could not be loaded`));
      };
      worker.onmessageerror = () => events.error(new Error('a message from an engine worker could not be read'));
      worker.postMessage({ type: 'start', setup });
      return {
        postMessage: (message) => worker.postMessage(message),
        terminate: () => worker.terminate(),
      };
    },
  };
}
