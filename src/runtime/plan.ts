// An execution plan: the forward pass as a flat list of steps over numbered activation buffers
// (the step types: src/backends/step.ts), made by the model's planner (src/model/lowerGraph.ts).
//
// A plan is plain data (it is posted to every worker thread once). Weights are byte offsets into
// a weight set in the shared memory; activations are buffers of the arena, each holding `batch`
// images of `bufferBytes[id]` bytes back to back. bindPlan() gives every buffer its byte offset in
// the arena for a batch size, reusing the memory of buffers that are no longer needed.

import type { KernelSet } from '../backends/kernel.js';
import type { Step } from '../backends/step.js';

export type { Step } from '../backends/step.js';

export interface Plan {
  steps: Step[];
  /** Per-image shape of each buffer, by buffer id. */
  bufferShapes: number[][];
  /** Per-image bytes of each buffer, by buffer id. */
  bufferBytes: number[];
  input: number;
  output: number;
}

/** A plan with arena offsets for one batch size: what the workers execute. */
export interface BoundPlan {
  steps: Step[];
  batch: number;
  /** Arena byte offset of each buffer. */
  offsets: number[];
  /** Bytes per image of each buffer. */
  sizes: number[];
  /** The shared scratch the steps' kernels need, after the buffers. */
  scratchOffset: number;
  /** Bytes the arena needs. */
  arenaLength: number;
}

/** Buffers start on 64-byte boundaries: cache lines are not shared between buffers. */
const ALIGN = 64;

/**
 * Lays the plan's buffers out in one arena for `batch` images, then the shared scratch: the most
 * any step's kernel (of `kernels`, the backend's) needs at this batch. A buffer lives from the step that
 * writes it (the input: from before the first step) to the last step that reads it (the output:
 * to the end); two buffers share memory only if their lives do not overlap. Largest first, each
 * at the lowest offset that fits.
 */
export function bindPlan(plan: Plan, batch: number, kernels: KernelSet): BoundPlan {
  const count = plan.bufferShapes.length;
  const sizes = plan.bufferBytes;
  const born = new Array<number>(count).fill(Infinity);
  const dies = new Array<number>(count).fill(-1);
  born[plan.input] = -1;
  plan.steps.forEach((step, i) => {
    born[step.output] = Math.min(born[step.output], i);
    dies[step.output] = Math.max(dies[step.output], i);
    for (const id of step.inputs) dies[id] = Math.max(dies[id], i);
  });
  dies[plan.output] = plan.steps.length;
  const offsets = new Array<number>(count).fill(0);
  const placed: number[] = [];
  const order = [...sizes.keys()].sort((a, b) => sizes[b] - sizes[a] || a - b);
  let arenaLength = 0;
  for (const id of order) {
    const length = align(sizes[id] * batch);
    const clashes = placed
      .filter((other) => born[other] <= dies[id] && born[id] <= dies[other])
      .map((other) => [offsets[other], offsets[other] + align(sizes[other] * batch)] as const)
      .sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [start, end] of clashes) {
      if (at + length <= start) break;
      at = Math.max(at, end);
    }
    offsets[id] = at;
    placed.push(id);
    arenaLength = Math.max(arenaLength, at + length);
  }
  const scratchOffset = arenaLength;
  // The union of step types and descriptor types is matched by id: the planner chose this kernel for this step.
  const scratchOf = (step: Step): number => (kernels.get(step.kernel).scratchBytes as (s: Step, b: number) => number)(step, batch);
  arenaLength += align(Math.max(0, ...plan.steps.map(scratchOf)));
  return { steps: plan.steps, batch, offsets, sizes: [...sizes], scratchOffset, arenaLength };
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
