// Entry point of an engine worker thread. It keeps the shared weights, the arena and the bound
// plans it has been sent, and runs its share of plan steps on request (see executeStep.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { executeSteps, type WorkerContext } from './executeStep.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';
import type { BoundPlan } from './plan.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const weights = new Map<number, Float32Array>();
const plans = new Map<number, { plan: BoundPlan; weights: number }>();
let arena: Float32Array = new Float32Array(0);
const barrier = new Int32Array(setup.barrier);

function reply(message: FromWorker): void {
  port.postMessage(message);
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'weights':
      weights.set(message.id, new Float32Array(message.buffer));
      return;
    case 'arena':
      arena = new Float32Array(message.buffer);
      return;
    case 'plan':
      plans.set(message.id, { plan: message.plan, weights: message.weights });
      return;
    case 'run': {
      try {
        const entry = plans.get(message.plan)!;
        const ctx: WorkerContext = {
          arena, weights: weights.get(entry.weights)!, barrier, worker: setup.index, workers: setup.workers,
        };
        executeSteps(entry.plan, message.from, message.to, ctx);
        reply({ type: 'done' });
      } catch (error) {
        reply({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
      }
    }
  }
});
