// A plan step as a kernel sees it: one layer (or one fused convolution) over numbered activation
// buffers, with the descriptor that computes it (kernel.ts) and its data type. Plain data: plans are
// posted to every worker once.

import type { ConvGeometry } from '../tensor/im2col.js';
import type { PoolGeometry } from '../tensor/maxPool2d.js';
import type { DType } from './kernel.js';

interface StepBase {
  /** Layer path as torchvision names it ("layer2.0.downsample.0"), or "layer2.0.add" / "layer2.0". */
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
  /** The id of the kernel descriptor that computes it. */
  kernel: string;
  dtype: DType;
  /** Byte offsets of the step's weights from the weight set's base, in the order its op lists them; -1: none. */
  weights: number[];
}

/** weights: [packed filters (the kernel's layout), bias]; inputs: [x] or [x, residual added before ReLU]. */
export interface Conv2dStep extends StepBase {
  op: 'conv2d';
  geometry: ConvGeometry;
  relu: boolean;
}

/** weights: [scale, shift] per channel (batchNormCoefficients). */
export interface BatchNormStep extends StepBase {
  op: 'batchNorm';
  channels: number;
  planeSize: number;
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

/** weights: [weight [out, in], bias]. */
export interface LinearStep extends StepBase {
  op: 'linear';
  inFeatures: number;
  outFeatures: number;
}

export type Step = Conv2dStep | BatchNormStep | ReluStep | AddStep | MaxPool2dStep | GlobalAvgPoolStep | LinearStep;
