// add: the residual connection, out = a + b element-wise over tensors of the same shape.

import { formatShape, tensor, type Tensor } from './tensor.js';

/** Elements [start, end): out[i] = a[i] + b[i], each array at its own offset. */
export function addRange(
  a: Float32Array, aOffset: number, b: Float32Array, bOffset: number,
  out: Float32Array, outOffset: number, start: number, end: number,
): void {
  for (let i = start; i < end; i++) out[outOffset + i] = a[aOffset + i] + b[bOffset + i];
}

export function add(a: Tensor, b: Tensor): Tensor {
  if (formatShape(a.shape) !== formatShape(b.shape)) {
    throw new Error(`add: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} differ`);
  }
  const out = tensor(a.shape);
  addRange(a.data, 0, b.data, 0, out.data, 0, 0, a.data.length);
  return out;
}
