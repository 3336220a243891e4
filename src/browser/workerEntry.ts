// Entry point of an engine Web Worker (bundled as resnet18-worker.js). Its first message is its
// setup; it records it, then imports the message loop and the kernels (in that order:
// src/backends/workerSetup.ts says why). Messages that arrive meanwhile wait, in order.

import type { ToWorker, WorkerSetup } from '../runtime/messages.js';
import { setWorkerSetup } from '../backends/workerSetup.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
const waiting: ToWorker[] = [];
let deliver: ((message: ToWorker) => void) | null = null;

scope.onmessage = (event) => {
  const data = event.data as ToWorker | { type: 'start'; setup: WorkerSetup };
  if (data.type === 'start') void start(data.setup);
  else if (deliver) deliver(data);
  else waiting.push(data);
};

async function start(setup: WorkerSetup): Promise<void> {
  try {
    setWorkerSetup(setup);
    const { serveWorker } = await import('../runtime/worker.js');
    serveWorker(setup, {
      postMessage: (message) => scope.postMessage(message),
      onMessage: (listener) => { deliver = listener; },
    });
    for (const message of waiting.splice(0)) deliver!(message);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}
