// Full-size ResNet-18 weights generated from the counter-based PRNG, bit for bit the same as
// tools/golden/generated_resnet18.py: the golden test rebuilds the weights PyTorch used instead of
// storing 45 MB, and the benchmarks need no weights file.
//
// Every tensor is  offset + scale · uniform(key(name, seed), i)  rounded once to float32, with the
// stream named after the state_dict entry. The scales keep activations realistic through all 18
// layers in eval mode (see the Python file for the measured ranges):
//
//   conv weights       scale √(6 / fan_in)     He-uniform: conv + ReLU keeps the variance
//   BatchNorm weight   1 ± 0.2, but 0.5 ± 0.2 in each block's bn2, so residual sums grow slowly
//   BatchNorm bias     ± 0.1,  running_mean ± 0.1,  running_var 1 ± 0.4
//   fc.weight          ± 1 / √features,  fc.bias ± 0.1
//   inputs             ± 2, like normalised image values

import { sizeOf, tensor, type StateDict, type Tensor } from '../tensor/tensor.js';
import { resnet18Parameters, type ResNet18Config } from './architecture.js';
import { fillUniform } from './counterRandom.js';

function scaleAndOffset(name: string, shape: readonly number[]): [number, number] {
  if (shape.length === 4) return [Math.sqrt(6 / (shape[1] * shape[2] * shape[3])), 0];
  if (name === 'fc.weight') return [1 / Math.sqrt(shape[1]), 0];
  if (name.endsWith('running_var')) return [0.4, 1];
  if (name.endsWith('.weight')) return [0.2, name.endsWith('bn2.weight') ? 0.5 : 1];
  return [0.1, 0]; // BatchNorm bias, running_mean, fc.bias
}

export function generateResNet18StateDict(config: ResNet18Config, seed: number): StateDict {
  const sd: StateDict = new Map();
  for (const { name, shape } of resnet18Parameters(config)) {
    const [scale, offset] = scaleAndOffset(name, shape);
    sd.set(name, tensor(shape, fillUniform(new Float32Array(sizeOf(shape)), name, seed, scale, offset)));
  }
  return sd;
}

export function generateInput(shape: readonly number[], name = 'input', seed = 0): Tensor {
  return tensor(shape, fillUniform(new Float32Array(sizeOf(shape)), name, seed, 2, 0));
}
