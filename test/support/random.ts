// Test data from the counter-based PRNG: reproducible, and named so a failure says what it was.

import { fillUniform } from '../../src/model/counterRandom.js';
import { sizeOf, tensor, type StateDict, type Tensor } from '../../src/tensor/tensor.js';
import type { ResNet18Config } from '../../src/model/architecture.js';
import { resnet18Parameters } from '../../src/model/parameters.js';

export function randomTensor(shape: number[], name: string, scale = 1, offset = 0, seed = 1): Tensor {
  return tensor(shape, fillUniform(new Float32Array(sizeOf(shape)), name, seed, scale, offset));
}

/** A small random ResNet-18 state_dict: He-scaled convs, BatchNorm statistics near identity. */
export function randomStateDict(config: ResNet18Config, seed = 1): StateDict {
  const sd: StateDict = new Map();
  for (const { name, shape } of resnet18Parameters(config)) {
    let scale = 0.1;
    let offset = 0;
    if (shape.length === 4) scale = Math.sqrt(6 / (shape[1] * shape[2] * shape[3]));
    else if (name.endsWith('running_var')) { scale = 0.4; offset = 1; }
    else if (name.endsWith('.weight') && shape.length === 1) { scale = 0.2; offset = 1; }
    else if (name === 'fc.weight') scale = 1 / Math.sqrt(shape[1]);
    sd.set(name, randomTensor(shape, name, scale, offset, seed));
  }
  return sd;
}
