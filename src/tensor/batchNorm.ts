// batchNorm: BatchNorm2d in inference mode over NCHW, with the running statistics.
//
//   y = (x - running_mean[c]) / √(running_var[c] + ε) · γ[c] + β[c]
//
// computed as y = x·scale[c] + shift[c] with the per-channel coefficients worked out once in
// float64 (the same rewriting PyTorch's CPU kernel uses). The same coefficients fold a BatchNorm
// into the convolution before it: w' = w·scale, b' = shift.

import { formatShape, tensor, type Tensor } from './tensor.js';

export interface BatchNormParameters {
  weight: Float32Array;
  bias: Float32Array;
  runningMean: Float32Array;
  runningVar: Float32Array;
  eps: number;
}

export interface BatchNormCoefficients {
  scale: Float64Array;
  shift: Float64Array;
}

export function batchNormCoefficients(p: BatchNormParameters): BatchNormCoefficients {
  const channels = p.weight.length;
  for (const [name, values] of [['bias', p.bias], ['running_mean', p.runningMean], ['running_var', p.runningVar]] as const) {
    if (values.length !== channels) throw new Error(`batchNorm: ${name} has ${values.length} values, weight has ${channels}`);
  }
  const scale = new Float64Array(channels);
  const shift = new Float64Array(channels);
  for (let c = 0; c < channels; c++) {
    scale[c] = p.weight[c] / Math.sqrt(p.runningVar[c] + p.eps);
    shift[c] = p.bias[c] - p.runningMean[c] * scale[c];
  }
  return { scale, shift };
}

export function batchNorm(input: Tensor, p: BatchNormParameters): Tensor {
  const [batch, channels] = input.shape;
  if (input.shape.length !== 4 || channels !== p.weight.length) {
    throw new Error(`batchNorm over ${p.weight.length} channels expects [N, ${p.weight.length}, H, W], got ${formatShape(input.shape)}`);
  }
  const out = tensor(input.shape);
  const planeSize = input.shape[2] * input.shape[3];
  const { scale, shift } = batchNormCoefficients(p);
  // The coefficients as the engine stores them (float32), then y = x·scale + shift per element.
  const k = Float32Array.from(scale);
  const s = Float32Array.from(shift);
  for (let i = 0; i < batch * channels * planeSize; i++) {
    const c = Math.floor(i / planeSize) % channels;
    out.data[i] = input.data[i] * k[c] + s[c];
  }
  return out;
}

/** Reference: the formula as written, per element, in float64. */
export function batchNormNaive(input: Tensor, p: BatchNormParameters): Tensor {
  const [, channels, H, W] = input.shape;
  const out = tensor(input.shape);
  for (let i = 0; i < input.data.length; i++) {
    const c = Math.floor(i / (H * W)) % channels;
    out.data[i] = ((input.data[i] - p.runningMean[c]) / Math.sqrt(p.runningVar[c] + p.eps)) * p.weight[c] + p.bias[c];
  }
  return out;
}
