// An engine worker's message loop. It keeps the bound plans it has been sent and runs its share of
// plan steps on request (see executeStep.ts), over the memory it was started with. The platform's
// entry (nodeWorkerEntry.ts, src/browser/workerEntry.ts) calls setWorkerSetup() before importing
// this module, because importing it evaluates the kernels (src/backends/workerSetup.ts says why).

import { createWorkerKernels } from '../backends/registry.js';
import { executeSteps, type WorkerContext } from './executeStep.js';
import type { WorkerSetup } from './messages.js';
import type { BoundPlan } from './plan.js';
import type { WorkerPort } from './workerHost.js';

export function serveWorker(setup: WorkerSetup, port: WorkerPort): void {
  const plans = new Map<number, WorkerContext & { plan: BoundPlan }>();
  const kernels = createWorkerKernels(setup);
  const barrier = new Int32Array(setup.barrier);
  port.onMessage((message) => {
    switch (message.type) {
      case 'plan':
        plans.set(message.id, {
          plan: message.plan, kernels, weightsBase: message.weightsBase, arenaBase: message.arenaBase,
          workerScratch: setup.scratch, barrier, worker: setup.index, workers: setup.workers,
        });
        return;
      case 'run': {
        try {
          const ctx = plans.get(message.plan)!;
          executeSteps(ctx.plan, message.from, message.to, ctx);
          port.postMessage({ type: 'done' });
        } catch (error) {
          port.postMessage({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
        }
      }
    }
  });
}
