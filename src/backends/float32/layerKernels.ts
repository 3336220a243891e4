// The float32 kernels of the layers that are not convolutions, shared by output channel or plane
// (the linear layer by output feature), each a call of the backend's primitive.

import { shareOf, type OpKernel } from '../kernel.js';
import type { Step } from '../step.js';
import { floats, primitivesOf, type Float32Parts } from './primitives.js';

type KernelOf<O extends Exclude<Step['op'], 'conv2d'>> = OpKernel<O>;

function descriptor<O extends Exclude<Step['op'], 'conv2d'>>(
  parts: Float32Parts, op: O, label: string, run: KernelOf<O>['run'],
): KernelOf<O> {
  return { id: `${parts.backend} ${op} f32`, op, dtype: 'float32', label: `${label} f32`, scratchBytes: () => 0, run };
}

export function layerKernels(parts: Float32Parts): [
  KernelOf<'batchNorm'>, KernelOf<'relu'>, KernelOf<'add'>, KernelOf<'maxPool2d'>, KernelOf<'globalAvgPool'>, KernelOf<'linear'>,
] {
  const elements = (at: { outputStride: number; batch: number }): number => (at.batch * at.outputStride) >> 2;
  return [
    descriptor(parts, 'batchNorm', 'x·scale + shift', (step, at, share) => {
      const [start, end] = shareOf(at.batch * step.channels, share);
      const [scale, shift] = at.weights.map(floats);
      primitivesOf(parts).batchNorm(floats(at.inputs[0]), floats(at.output), step.channels, step.planeSize, scale, shift, start, end);
    }),
    descriptor(parts, 'relu', 'max(x, 0)', (step, at, share) => {
      const [start, end] = shareOf(elements(at), share);
      primitivesOf(parts).relu(floats(at.inputs[0]), floats(at.output), start, end);
    }),
    descriptor(parts, 'add', 'a + b', (step, at, share) => {
      const [start, end] = shareOf(elements(at), share);
      primitivesOf(parts).add(floats(at.inputs[0]), floats(at.inputs[1]), floats(at.output), start, end);
    }),
    descriptor(parts, 'maxPool2d', 'max over windows', (step, at, share) => {
      const [start, end] = shareOf(at.batch * step.geometry.channels, share);
      primitivesOf(parts).maxPool2d(step.geometry, floats(at.inputs[0]), floats(at.output), start, end);
    }),
    descriptor(parts, 'globalAvgPool', 'mean of each plane', (step, at, share) => {
      const [start, end] = shareOf(at.batch * step.channels, share);
      primitivesOf(parts).globalAvgPool(floats(at.inputs[0]), floats(at.output), step.planeSize, start, end);
    }),
    descriptor(parts, 'linear', 'x·Wᵀ + b', (step, at, share) => {
      const [start, end] = shareOf(step.outFeatures, share);
      const [weight, bias] = at.weights.map(floats);
      primitivesOf(parts).linear(floats(at.inputs[0]), at.batch, step.inFeatures, weight, bias, floats(at.output), step.outFeatures, start, end);
    }),
  ];
}
