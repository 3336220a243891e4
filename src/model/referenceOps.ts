// The layers of resnet.ts computed by the plain references of src/tensor/, single-threaded, over a
// state_dict: run with these ops, resnetForward() is the readable model, the oracle the engine's
// plans and kernels are held to (test/model.test.ts) and that is held to PyTorch
// (test/goldenOps.test.ts).
//
//   const record = new Map<string, Tensor>();
//   const logits = resnetForward(referenceOps(stateDict, record), config, input);   // [N, classes]

import { add } from '../tensor/add.js';
import { batchNormNaive } from '../tensor/batchNorm.js';
import { conv2dNaive } from '../tensor/conv2d.js';
import { globalAvgPool } from '../tensor/globalAvgPool.js';
import { linear } from '../tensor/linear.js';
import { maxPool2dNaive } from '../tensor/maxPool2d.js';
import { relu } from '../tensor/relu.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import { BATCH_NORM_EPS } from './architecture.js';
import type { LayerOps } from './resnet.js';

/** Ops over tensors [N, C, H, W]; each layer's output is also kept in `record` under its name, if given. */
export function referenceOps(stateDict: StateDict, record?: Map<string, Tensor>): LayerOps<Tensor> {
  const get = (name: string): Tensor => {
    const t = stateDict.get(name);
    if (!t) throw new Error(`state_dict has no "${name}"`);
    return t;
  };
  const keep = (name: string, t: Tensor): Tensor => (record?.set(name, t), t);
  return {
    conv2d: (name, x, o) => keep(name, conv2dNaive(x, get(`${name}.weight`), null, { stride: o.stride, padding: o.padding })),
    batchNorm: (name, x) => keep(name, batchNormNaive(x, {
      weight: get(`${name}.weight`).data, bias: get(`${name}.bias`).data,
      runningMean: get(`${name}.running_mean`).data, runningVar: get(`${name}.running_var`).data, eps: BATCH_NORM_EPS,
    })),
    relu: (name, x) => keep(name, relu(x)),
    maxPool2d: (name, x, o) => keep(name, maxPool2dNaive(x, o)),
    add: (name, a, b) => keep(name, add(a, b)),
    globalAvgPool: (name, x) => keep(name, globalAvgPool(x)),
    linear: (name, x, _outFeatures) => {
      const flat = { shape: [x.shape[0], x.data.length / x.shape[0]], data: x.data };
      return keep(name, linear(flat, get(`${name}.weight`), get(`${name}.bias`).data));
    },
  };
}
