// Entry point of an engine worker thread on Node: records its setup, then loads the message loop
// and the kernels (workerSetup.ts says why in that order).

import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './messages.js';
import { setWorkerSetup } from '../backends/workerSetup.js';

const setup = workerData as WorkerSetup;
setWorkerSetup(setup);
const { serveWorker } = await import('./worker.js');
const port = parentPort!;
serveWorker(setup, { postMessage: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) });
