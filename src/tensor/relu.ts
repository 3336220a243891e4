// relu: y = max(x, 0), element-wise. NaN stays NaN, as in PyTorch.

import { tensor, type Tensor } from './tensor.js';

/** Elements [start, end) of x (at xOffset) into y (at yOffset); x and y may be the same array. */
export function reluRange(x: Float32Array, xOffset: number, y: Float32Array, yOffset: number, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const v = x[xOffset + i];
    y[yOffset + i] = v < 0 ? 0 : v;
  }
}

export function relu(input: Tensor): Tensor {
  const out = tensor(input.shape);
  reluRange(input.data, 0, out.data, 0, 0, input.data.length);
  return out;
}
