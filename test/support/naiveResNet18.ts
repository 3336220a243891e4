// ResNet-18 computed by the readable model (src/model/resnet.ts with the reference ops), every
// layer's output kept under torchvision's name: the oracle the engine's plans are held to on
// small models.

import type { ResNet18Config } from '../../src/model/architecture.js';
import { referenceOps } from '../../src/model/referenceOps.js';
import { resnetForward } from '../../src/model/resnet.js';
import type { StateDict, Tensor } from '../../src/tensor/tensor.js';

export function naiveResNet18(sd: StateDict, config: ResNet18Config, input: Tensor): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  resnetForward(referenceOps(sd, out), config, input);
  return out;
}
