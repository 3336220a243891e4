// Full-size ResNet-18 weights generated from the counter-based PRNG, bit for bit the same as
// tools/golden/generated_resnet18.py: the golden test rebuilds the weights PyTorch used instead of
// storing 45 MB, and the benchmarks need no weights file.
//
// Every tensor is  offset + scale · uniform(key(name, seed), i)  rounded once to float32
// (fillUniform), with the stream named after the state_dict entry, so any one tensor can be
// regenerated on its own. The scales keep activations the size of a real network's through all
// 18 layers in eval mode, and spread the logits like a real classifier's:
//
//   conv weights            ± √(6 / fan_in)   He-uniform: conv + ReLU keeps the variance
//   BatchNorm weight        1 ± 0.2           near identity, per-channel jitter
//     each block's bn2      0.5 ± 0.2         damps the residual branch: block outputs grow slowly
//     each downsample.1     0.7 ± 0.2         ≈ 1/√2: the 1×1 He conv doubles the variance and no
//                                             ReLU follows it, so the shortcut gets unit gain
//   BatchNorm bias          ± 0.1
//   running_mean            ± 0.1
//   running_var             1 ± 0.4           positive, in [0.6, 1.4)
//   fc.weight               ± √(6 / fan_in)   He-uniform too: logits with std ≈ 4
//   fc.bias                 ± 0.1
//   inputs (generateInput)  ± 2 by default    like normalised image values
//
// Measured by PyTorch (tools/golden/make_engine_golden.py): every module output's std lies in
// [0.97, 5.0] (undamped, the logits' std reaches 69); the logits have std 4.2, and the three
// golden images get three different top-1 classes with probabilities 0.53, 0.20 and 0.12.
// 11.7 M values take about 0.2 s, so tests and benchmarks generate them freely.

import { sizeOf, tensor, type StateDict, type Tensor } from '../tensor/tensor.js';
import type { ResNet18Config } from './architecture.js';
import { resnet18Parameters } from './parameters.js';
import { fillUniform } from './counterRandom.js';

/** The generation rule of one tensor, [scale, offset]: value = offset + scale · uniform (table above). */
function scaleAndOffset(name: string, shape: readonly number[]): [number, number] {
  if (shape.length === 4 || name === 'fc.weight') {
    const fanIn = sizeOf(shape.slice(1));
    return [Math.sqrt(6 / fanIn), 0];
  }
  if (name.endsWith('running_var')) return [0.4, 1];
  if (name.endsWith('bn2.weight')) return [0.2, 0.5];
  if (name.endsWith('downsample.1.weight')) return [0.2, 0.7];
  if (name.endsWith('.weight')) return [0.2, 1];
  return [0.1, 0]; // BatchNorm bias, running_mean, fc.bias
}

/** Every tensor of torchvision's resnet18 state_dict for `config`, in state_dict order (no num_batches_tracked). */
export function generateResNet18StateDict(config: ResNet18Config, seed: number): StateDict {
  const sd: StateDict = new Map();
  for (const { name, shape } of resnet18Parameters(config)) {
    const [scale, offset] = scaleAndOffset(name, shape);
    sd.set(name, tensor(shape, fillUniform(new Float32Array(sizeOf(shape)), name, seed, scale, offset)));
  }
  return sd;
}

/** An NCHW image batch of uniform values in offset ± scale (default ±2, like normalised images). */
export function generateInput(shape: readonly number[], name = 'input', seed = 0, scale = 2, offset = 0): Tensor {
  return tensor(shape, fillUniform(new Float32Array(sizeOf(shape)), name, seed, scale, offset));
}
