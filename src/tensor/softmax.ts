// softmax over the last dimension: p_i = exp(x_i - max) / Σ_j exp(x_j - max).
// Subtracting the row's maximum keeps exp() from overflowing; sums are float64.

import { tensor, type Tensor } from './tensor.js';

export function softmax(input: Tensor): Tensor {
  const width = input.shape[input.shape.length - 1];
  const out = tensor(input.shape);
  for (let row = 0; row < input.data.length; row += width) {
    let max = -Infinity;
    for (let i = 0; i < width; i++) max = Math.max(max, input.data[row + i]);
    let sum = 0;
    for (let i = 0; i < width; i++) sum += Math.exp(input.data[row + i] - max);
    for (let i = 0; i < width; i++) out.data[row + i] = Math.exp(input.data[row + i] - max) / sum;
  }
  return out;
}
