// Runs one worker's share of a plan step. Every worker runs every step; each takes the part of the
// work its index selects and then waits at the barrier, so a step's output is complete before any
// worker starts the next step.
//
// How the work is shared: convolutions and the linear layer by output channel (rows of the GEMM);
// im2col by column panel; the element-wise ops and pools by channel plane.

import type { Kernels } from '../backends/backend.js';
import { gemmSizes } from '../tensor/im2col.js';
import { winogradTiles } from '../tensor/winograd.js';
import { winograd4x4Tiles } from '../tensor/winograd4x4.js';
import { barrierWait } from './barrier.js';
import { columnChunkPanels, type BoundPlan, type Conv2dStep, type Step } from './plan.js';

export interface WorkerContext {
  /** The backend's kernels over the pool's shared memory. */
  kernels: Kernels;
  /** The backend's tile sizes: rows of a GEMM tile, columns of a packed panel. */
  MR: number;
  NR: number;
  /** Where the plan's weight offsets and arena offsets count from in the memory. */
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
  const { kernels, worker, workers } = ctx;
  const W = ctx.weightsBase;
  const input = ctx.arenaBase + plan.offsets[step.inputs[0]];
  const output = ctx.arenaBase + plan.offsets[step.output];
  const batch = plan.batch;
  switch (step.op) {
    case 'conv2d':
      return executeConv2d(plan, step, ctx);
    case 'batchNorm': {
      const [start, end] = shareOf(batch * step.channels, worker, workers);
      return kernels.batchNorm(input, output, step.channels, step.planeSize, W + step.scale, W + step.shift, start, end);
    }
    case 'relu': {
      const [start, end] = shareOf(batch * plan.sizes[step.output], worker, workers);
      return kernels.relu(input, output, start, end);
    }
    case 'add': {
      const [start, end] = shareOf(batch * plan.sizes[step.output], worker, workers);
      return kernels.add(input, ctx.arenaBase + plan.offsets[step.inputs[1]], output, start, end);
    }
    case 'maxPool2d': {
      const [start, end] = shareOf(batch * step.geometry.channels, worker, workers);
      return kernels.maxPool2d(step.geometry, input, output, start, end);
    }
    case 'globalAvgPool': {
      const [start, end] = shareOf(batch * step.channels, worker, workers);
      return kernels.globalAvgPool(input, output, step.planeSize, start, end);
    }
    case 'linear': {
      const [start, end] = shareOf(step.outFeatures, worker, workers);
      const bias = step.bias < 0 ? -1 : W + step.bias;
      return kernels.linear(input, batch, step.inFeatures, W + step.weight, bias, output, step.outFeatures, start, end);
    }
  }
}

/**
 * Winograd: all workers transform the whole batch's input tiles together (by panel), wait, then
 * compute their own output channels for every image in one pass. im2col + GEMM: image by image,
 * a chunk of panels at a time, packed together and then multiplied. Scratch is refilled only
 * after a barrier.
 */
function executeConv2d(plan: BoundPlan, step: Conv2dStep, ctx: WorkerContext): void {
  const { kernels, worker, workers, arenaBase, weightsBase, MR, NR } = ctx;
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
  if (step.algorithm !== 'im2col') {
    const m = step.algorithm === 'winograd4x4' ? 4 : 2;
    const tiles = m === 4 ? winograd4x4Tiles(g).N : winogradTiles(g).N;
    const [panelStart, panelEnd] = shareOf(Math.ceil((batch * tiles) / NR), worker, workers);
    kernels.winogradInput(m, g, input, scratch, panelStart, panelEnd, batch, inSize);
    barrierWait(ctx.barrier, workers);
    kernels.winogradGemm(m, g, weights, scratch, output, tileStart, tileEnd, bias, residual, step.relu, batch, outSize);
    return;
  }
  const { K, N } = gemmSizes(g);
  const panels = Math.ceil(N / NR);
  const chunk = columnChunkPanels(K, panels, NR);
  for (let n = 0; n < batch; n++) {
    if (n > 0) barrierWait(ctx.barrier, workers);
    for (let first = 0; first < panels; first += chunk) {
      const last = Math.min(first + chunk, panels);
      if (first > 0) barrierWait(ctx.barrier, workers);
      const [panelStart, panelEnd] = shareOf(last - first, worker, workers);
      // Panel p of this chunk lands at scratch + (p - first)·K·NR.
      kernels.im2col(g, input + n * inSize, scratch - first * K * NR, first + panelStart, first + panelEnd);
      barrierWait(ctx.barrier, workers);
      kernels.gemm(
        g.outChannels, N, K, weights, scratch, output + n * outSize, tileStart, tileEnd, first, last,
        bias, residual < 0 ? -1 : residual + n * outSize, step.relu,
      );
    }
  }
}
