// A worker host that runs one engine worker on the calling thread: for browsers without
// cross-origin isolation, which have no SharedArrayBuffer to give Web Workers. The worker's
// messages go through the event loop (a macrotask each way), so the caller's code runs as it would
// with a real worker; a forward pass itself blocks the thread while it runs.
//
// The wasm backend runs here as in a worker: its instance imports the memory. The JavaScript
// backend cannot: its GEMMs hold the worker's memory in a module-level const that, on a thread
// that was never started as a worker, is empty (src/backends/js/gemm.ts); createKernels() refuses.

import { serveWorker } from './worker.js';
import type { FromWorker, ToWorker } from './messages.js';
import type { WorkerHost } from './workerHost.js';

const later = (job: () => void): void => { setTimeout(job, 0); };

export const inThreadHost: WorkerHost = {
  name: 'main thread',
  defaultWorkers: () => 1,
  maxWorkers: 1,
  spawn(setup, events) {
    let listener: ((message: ToWorker) => void) | null = null;
    let terminated = false;
    try {
      serveWorker(setup, {
        postMessage: (message: FromWorker) => later(() => { if (!terminated) events.message(message); }),
        onMessage: (l) => { listener = l; },
      });
    } catch (error) {
      later(() => events.error(error instanceof Error ? error : new Error(String(error))));
    }
    return {
      postMessage(message) {
        later(() => {
          if (terminated || !listener) return;
          try {
            listener(message);
          } catch (error) {
            events.error(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
      terminate() {
        terminated = true;
      },
    };
  },
};
