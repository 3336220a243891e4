// Node's worker host (workerHost.ts): one worker_threads Worker per engine worker, running
// nodeWorkerEntry — built JavaScript directly, TypeScript sources through tsx's loader.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerHost } from './workerHost.js';
import type { WorkerSetup } from './messages.js';

function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./nodeWorkerEntry.js', here), { workerData: setup });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./nodeWorkerEntry.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

export const nodeWorkerHost: WorkerHost = {
  name: 'worker threads',
  defaultWorkers: () => availableParallelism(),
  maxWorkers: Infinity,
  spawn(setup, events) {
    const worker = startWorker(setup);
    worker.on('message', events.message);
    worker.on('error', events.error);
    worker.on('exit', events.exit);
    return worker;
  },
};
