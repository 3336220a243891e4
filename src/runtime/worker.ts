// Entry point of an engine worker thread. It keeps the bound plans it has been sent and runs its
// share of plan steps on request (see executeStep.ts), over the memory it was started with.

import { parentPort, workerData } from 'node:worker_threads';
import { createKernels } from '../backends/createKernels.js';
import { executeSteps, type WorkerContext } from './executeStep.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';
import type { BoundPlan } from './plan.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const plans = new Map<number, WorkerContext & { plan: BoundPlan }>();
const kernels = createKernels(setup);
const barrier = new Int32Array(setup.barrier);

function reply(message: FromWorker): void {
  port.postMessage(message);
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'plan':
      plans.set(message.id, {
        plan: message.plan, ...kernels, weightsBase: message.weightsBase, arenaBase: message.arenaBase,
        barrier, worker: setup.index, workers: setup.workers,
      });
      return;
    case 'run': {
      try {
        const ctx = plans.get(message.plan)!;
        executeSteps(ctx.plan, message.from, message.to, ctx);
        reply({ type: 'done' });
      } catch (error) {
        reply({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
      }
    }
  }
});
