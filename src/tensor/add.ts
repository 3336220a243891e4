// add: the residual connection, out = a + b element-wise over tensors of the same shape.

import { formatShape, tensor, type Tensor } from './tensor.js';

export function add(a: Tensor, b: Tensor): Tensor {
  if (formatShape(a.shape) !== formatShape(b.shape)) {
    throw new Error(`add: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} differ`);
  }
  const out = tensor(a.shape);
  for (let i = 0; i < a.data.length; i++) out.data[i] = a.data[i] + b.data[i];
  return out;
}
