// An execution plan: the forward pass as a flat list of steps over numbered activation buffers.
//
// A plan is plain data (it is posted to every worker thread once). Weights are offsets into one
// shared Float32Array; activations are buffers of the arena, each holding `batch` images of
// `bufferSizes[id]` floats back to back. bindPlan() gives every buffer its offset in the arena for a
// batch size, reusing the memory of buffers that are no longer needed.

import type { ConvAlgorithm } from '../backends/backend.js';
import type { ConvGeometry } from '../tensor/im2col.js';
import type { PoolGeometry } from '../tensor/maxPool2d.js';

interface StepBase {
  /** Module path as torchvision names it ("layer2.0.downsample.0"), or "layer2.0.add" / "layer2.0". */
  name: string;
  /** Buffer ids read. */
  inputs: number[];
  /** Buffer id written. */
  output: number;
  /**
   * The torchvision layer whose output equals this step's, where that is not the step's own
   * (a fused convolution's: "relu", "layer1.0", "layer2.0.downsample.1").
   */
  equals?: string;
}

export interface Conv2dStep extends StepBase {
  op: 'conv2d';
  geometry: ConvGeometry;
  /** Offset of the packed weights, in the backend's layout for the algorithm. */
  weights: number;
  /**
   * im2col + GEMM, or Winograd F(2×2, 3×3) (src/tensor/winograd.ts) or F(4×4, 3×3)
   * (src/tensor/winograd4x4.ts), as the backend chose when it packed the weights.
   */
  algorithm: ConvAlgorithm;
  /** Offset of the per-channel bias, or -1. */
  bias: number;
  /** Buffer added before ReLU (the residual connection), or -1. */
  residual: number;
  relu: boolean;
}

export interface BatchNormStep extends StepBase {
  op: 'batchNorm';
  channels: number;
  planeSize: number;
  /** Offsets of the per-channel scale and shift (batchNormCoefficients). */
  scale: number;
  shift: number;
}

export interface ReluStep extends StepBase {
  op: 'relu';
}

export interface AddStep extends StepBase {
  op: 'add';
}

export interface MaxPool2dStep extends StepBase {
  op: 'maxPool2d';
  geometry: PoolGeometry;
}

export interface GlobalAvgPoolStep extends StepBase {
  op: 'globalAvgPool';
  channels: number;
  planeSize: number;
}

export interface LinearStep extends StepBase {
  op: 'linear';
  inFeatures: number;
  outFeatures: number;
  weight: number;
  bias: number;
}

export type Step = Conv2dStep | BatchNormStep | ReluStep | AddStep | MaxPool2dStep | GlobalAvgPoolStep | LinearStep;

export interface Plan {
  steps: Step[];
  /** Per-image shape of each buffer, by buffer id. */
  bufferShapes: number[][];
  input: number;
  output: number;
  /** Floats of im2col scratch (one chunk of panels) the largest convolution needs. */
  scratchSize: number;
  /**
   * Winograd's transformed input holds the whole batch: at most `perImage`·batch + `padding`
   * floats (the largest per-image size and the largest panel padding over the convolutions).
   */
  winogradScratch: { perImage: number; padding: number };
}

/** A plan with arena offsets for one batch size: what the workers execute. */
export interface BoundPlan {
  steps: Step[];
  batch: number;
  /** Arena offset of each buffer. */
  offsets: number[];
  /** Floats per image of each buffer. */
  sizes: number[];
  scratchOffset: number;
  /** Floats the arena needs. */
  arenaLength: number;
}

/**
 * im2col columns are packed and multiplied a chunk of panels at a time, at most this many floats
 * (1 MB): conv1's full columns would be 7.4 MB of scratch (RAM and cache) for no gain.
 */
const COLUMN_CHUNK_FLOATS = 256 * 1024;

/** Column panels (NR columns each) per im2col chunk of a GEMM with K rows (at least one panel). */
export function columnChunkPanels(K: number, panels: number, NR: number): number {
  return Math.min(panels, Math.max(1, Math.floor(COLUMN_CHUNK_FLOATS / (K * NR))));
}

/** Buffers start on 64-byte boundaries (16 floats): cache lines are not shared between buffers. */
const ALIGN = 16;

function sizeOfShape(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * Lays the plan's buffers out in one arena for `batch` images. A buffer lives from the step that
 * writes it (the input: from before the first step) to the last step that reads it (the output:
 * to the end); two buffers share memory only if their lives do not overlap. Largest first,
 * each at the lowest offset that fits.
 */
export function bindPlan(plan: Plan, batch: number): BoundPlan {
  const count = plan.bufferShapes.length;
  const sizes = plan.bufferShapes.map(sizeOfShape);
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
  const { perImage, padding } = plan.winogradScratch;
  arenaLength += align(Math.max(plan.scratchSize, perImage * batch + padding));
  return { steps: plan.steps, batch, offsets, sizes, scratchOffset, arenaLength };
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
