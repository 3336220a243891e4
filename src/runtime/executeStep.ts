// Runs one worker's share of plan steps. Every worker runs every step: the step's kernel
// descriptor (src/backends/kernel.ts) takes the part of the work the worker's index selects, then
// all wait at the barrier, so a step's output is complete before any worker starts the next.
// Here the step's buffers and weights become byte addresses; everything else is the kernel's.

import type { KernelSet, StepAddresses, WorkerShare } from '../backends/kernel.js';
import { barrierWait } from './barrier.js';
import type { BoundPlan } from './plan.js';

export interface WorkerContext {
  /** The backend's kernels in this worker, over the pool's shared memory. */
  kernels: KernelSet;
  /** Byte offsets in the memory where the plan's weight offsets and arena offsets count from. */
  weightsBase: number;
  arenaBase: number;
  /** This worker's own scratch. */
  workerScratch: number;
  barrier: Int32Array;
  /** This worker's index, 0 … workers-1. */
  worker: number;
  workers: number;
}

export function executeSteps(plan: BoundPlan, from: number, to: number, ctx: WorkerContext): void {
  const share: WorkerShare = { worker: ctx.worker, workers: ctx.workers, sync: () => barrierWait(ctx.barrier, ctx.workers) };
  const buffer = (id: number): number => ctx.arenaBase + plan.offsets[id];
  for (let i = from; i < to; i++) {
    const step = plan.steps[i];
    const at: StepAddresses = {
      inputs: step.inputs.map(buffer),
      output: buffer(step.output),
      weights: step.weights.map((offset) => (offset < 0 ? -1 : ctx.weightsBase + offset)),
      inputStride: plan.sizes[step.inputs[0]],
      outputStride: plan.sizes[step.output],
      scratch: ctx.arenaBase + plan.scratchOffset,
      workerScratch: ctx.workerScratch,
      batch: plan.batch,
    };
    // The union of step types and descriptor types is matched by id: the planner chose this kernel for this step.
    (ctx.kernels.get(step.kernel).run as (s: typeof step, a: StepAddresses, w: WorkerShare) => void)(step, at, share);
    share.sync();
  }
}
