// ResNet-18 written the obvious way out of the naive reference ops, single-threaded, for checking
// the engine's plans on small models. It records every module's output under torchvision's names.

import { resnet18Blocks, type ResNet18Config } from '../../src/model/architecture.js';
import { add } from '../../src/tensor/add.js';
import { batchNormNaive } from '../../src/tensor/batchNorm.js';
import { conv2dNaive } from '../../src/tensor/conv2d.js';
import { globalAvgPool } from '../../src/tensor/globalAvgPool.js';
import { linear } from '../../src/tensor/linear.js';
import { maxPool2dNaive } from '../../src/tensor/maxPool2d.js';
import { relu } from '../../src/tensor/relu.js';
import type { StateDict, Tensor } from '../../src/tensor/tensor.js';

export function naiveResNet18(sd: StateDict, config: ResNet18Config, input: Tensor): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  const record = (name: string, t: Tensor): Tensor => (out.set(name, t), t);
  const conv = (name: string, x: Tensor, stride: number, padding: number): Tensor =>
    record(name, conv2dNaive(x, sd.get(`${name}.weight`)!, null, { stride, padding }));
  const bn = (name: string, x: Tensor): Tensor =>
    record(name, batchNormNaive(x, {
      weight: sd.get(`${name}.weight`)!.data, bias: sd.get(`${name}.bias`)!.data,
      runningMean: sd.get(`${name}.running_mean`)!.data, runningVar: sd.get(`${name}.running_var`)!.data, eps: 1e-5,
    }));

  let x = record('relu', relu(bn('bn1', conv('conv1', input, 2, 3))));
  x = record('maxpool', maxPool2dNaive(x, { kernelSize: 3, stride: 2, padding: 1 }));
  for (const block of resnet18Blocks(config)) {
    const b = block.name;
    const h = record(`${b}.relu`, relu(bn(`${b}.bn1`, conv(`${b}.conv1`, x, block.stride, 1))));
    const y = bn(`${b}.bn2`, conv(`${b}.conv2`, h, 1, 1));
    const identity = block.hasDownsample ? bn(`${b}.downsample.1`, conv(`${b}.downsample.0`, x, block.stride, 0)) : x;
    x = record(b, relu(record(`${b}.add`, add(y, identity))));
  }
  const pooled = record('avgpool', globalAvgPool(x));
  const flat = { shape: [pooled.shape[0], pooled.shape[1]], data: pooled.data };
  record('fc', linear(flat, sd.get('fc.weight')!, sd.get('fc.bias')!.data));
  return out;
}
