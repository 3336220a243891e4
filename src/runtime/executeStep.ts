// Runs one worker's share of a plan step. Every worker runs every step; each takes the part of the
// work its index selects and then waits at the barrier, so a step's output is complete before any
// worker starts the next step.
//
// How the work is shared: convolutions and the linear layer by output channel (rows of the GEMM);
// im2col by column panel; the element-wise ops and pools by channel plane.

import { addRange } from '../tensor/add.js';
import { batchNormPlanes } from '../tensor/batchNorm.js';
import { MR, NR } from '../tensor/gemm.js';
import { globalAvgPoolPlanes } from '../tensor/globalAvgPool.js';
import { gemmSizes, im2col } from '../tensor/im2col.js';
import { linearRows } from '../tensor/linear.js';
import { maxPool2dPlanes } from '../tensor/maxPool2d.js';
import { reluRange } from '../tensor/relu.js';
import { barrierWait } from './barrier.js';
import { winogradInputTransform, winogradTiles } from '../tensor/winograd.js';
import { winograd4x4InputTransform, winograd4x4Tiles } from '../tensor/winograd4x4.js';
import { gemmShared, winograd4x4GemmShared, winogradGemmShared } from './sharedMemoryGemm.js';
import { columnChunkPanels, type BoundPlan, type Conv2dStep, type Step } from './plan.js';

export interface WorkerContext {
  /** The pool's shared memory (the same SharedArrayBuffer sharedMemoryGemm.ts computes in). */
  memory: Float32Array;
  /** Where the plan's weight offsets and arena offsets count from in `memory`. */
  weightsBase: number;
  arenaBase: number;
  barrier: Int32Array;
  /** This worker's index, 0 … workers-1. */
  worker: number;
  workers: number;
}

/** The part [start, end) of `total` items that worker `w` of `n` takes: contiguous, sizes differ by ≤ 1. */
export function shareOf(total: number, w: number, n: number): [number, number] {
  return [Math.floor((total * w) / n), Math.floor((total * (w + 1)) / n)];
}

export function executeSteps(plan: BoundPlan, from: number, to: number, ctx: WorkerContext): void {
  for (let i = from; i < to; i++) {
    executeStep(plan, plan.steps[i], ctx);
    barrierWait(ctx.barrier, ctx.workers);
  }
}

function executeStep(plan: BoundPlan, step: Step, ctx: WorkerContext): void {
  const { memory, worker, workers } = ctx;
  const arena = memory;
  const weights = memory;
  const W = ctx.weightsBase;
  const input = ctx.arenaBase + plan.offsets[step.inputs[0]];
  const output = ctx.arenaBase + plan.offsets[step.output];
  const batch = plan.batch;
  switch (step.op) {
    case 'conv2d':
      return executeConv2d(plan, step, ctx);
    case 'batchNorm': {
      const [start, end] = shareOf(batch * step.channels, worker, workers);
      return batchNormPlanes(arena, input, arena, output, step.channels, step.planeSize, weights, W + step.scale, W + step.shift, start, end);
    }
    case 'relu': {
      const [start, end] = shareOf(batch * plan.sizes[step.output], worker, workers);
      return reluRange(arena, input, arena, output, start, end);
    }
    case 'add': {
      const [start, end] = shareOf(batch * plan.sizes[step.output], worker, workers);
      return addRange(arena, input, arena, ctx.arenaBase + plan.offsets[step.inputs[1]], arena, output, start, end);
    }
    case 'maxPool2d': {
      const [start, end] = shareOf(batch * step.geometry.channels, worker, workers);
      return maxPool2dPlanes(step.geometry, arena, input, arena, output, start, end);
    }
    case 'globalAvgPool': {
      const [start, end] = shareOf(batch * step.channels, worker, workers);
      return globalAvgPoolPlanes(arena, input, arena, output, step.planeSize, start, end);
    }
    case 'linear': {
      const [start, end] = shareOf(step.outFeatures, worker, workers);
      const bias = step.bias < 0 ? null : weights;
      return linearRows(arena, input, batch, step.inFeatures, weights, W + step.weight, bias, W + step.bias, arena, output, step.outFeatures, start, end);
    }
  }
}

/**
 * Winograd: all workers transform the whole batch's input tiles together (by panel), wait, then
 * compute their own output channels for every image in one pass (the filters are transformed
 * once per batch). im2col + GEMM: image by image, a chunk of panels at a time, packed together and
 * then multiplied. Scratch is refilled only after a barrier.
 */
function executeConv2d(plan: BoundPlan, step: Conv2dStep, ctx: WorkerContext): void {
  const { memory, worker, workers, arenaBase, weightsBase } = ctx;
  const g = step.geometry;
  const [tileStart, tileEnd] = shareOf(Math.ceil(g.outChannels / MR), worker, workers);
  const inSize = plan.sizes[step.inputs[0]];
  const outSize = plan.sizes[step.output];
  const scratch = arenaBase + plan.scratchOffset;
  const bias = step.bias < 0 ? -1 : weightsBase + step.bias;
  const weights = weightsBase + step.weights;
  const input = arenaBase + plan.offsets[step.inputs[0]];
  const output = arenaBase + plan.offsets[step.output];
  const residual = step.residual < 0 ? -1 : arenaBase + plan.offsets[step.residual];
  const batch = plan.batch;
  if (step.algorithm === 'winograd2x2') {
    const [panelStart, panelEnd] = shareOf(Math.ceil((batch * winogradTiles(g).N) / NR), worker, workers);
    winogradInputTransform(g, memory, input, memory, scratch, panelStart, panelEnd, batch, inSize);
    barrierWait(ctx.barrier, workers);
    winogradGemmShared(g, weights, scratch, output, tileStart, tileEnd, bias, residual, step.relu, batch, outSize);
    return;
  }
  if (step.algorithm === 'winograd4x4') {
    const [panelStart, panelEnd] = shareOf(Math.ceil((batch * winograd4x4Tiles(g).N) / NR), worker, workers);
    winograd4x4InputTransform(g, memory, input, memory, scratch, panelStart, panelEnd, batch, inSize);
    barrierWait(ctx.barrier, workers);
    winograd4x4GemmShared(g, weights, scratch, output, tileStart, tileEnd, bias, residual, step.relu, batch, outSize);
    return;
  }
  const { K, N } = gemmSizes(g);
  const panels = Math.ceil(N / NR);
  const chunk = columnChunkPanels(K, panels);
  for (let n = 0; n < batch; n++) {
    if (n > 0) barrierWait(ctx.barrier, workers);
    for (let first = 0; first < panels; first += chunk) {
      const last = Math.min(first + chunk, panels);
      if (first > 0) barrierWait(ctx.barrier, workers);
      const [panelStart, panelEnd] = shareOf(last - first, worker, workers);
      // Panel p of this chunk lands at scratch + (p - first)·K·NR.
      im2col(g, memory, input + n * inSize, memory, scratch - first * K * NR, first + panelStart, first + panelEnd);
      barrierWait(ctx.barrier, workers);
      gemmShared(
        g.outChannels, N, K, weights, scratch, output + n * outSize, tileStart, tileEnd, first, last,
        bias, residual < 0 ? -1 : residual + n * outSize, step.relu,
      );
    }
  }
}
