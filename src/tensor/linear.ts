// linear: the fully connected layer, y = x·Wᵀ + b.
//
//   x [N, K], weight [M, K] (PyTorch's layout), bias [M] → y [N, M]
//
// Each output is a float64 dot product over k = 0 … K-1 in order plus the bias, rounded once, so
// an image's logits do not depend on the other images in the batch or on which rows a worker got.

import { formatShape, tensor, type Tensor } from './tensor.js';

/** Output columns (classes) [rowStart, rowEnd) for every image. */
export function linearRows(
  x: Float32Array, xOffset: number, batch: number, K: number,
  weight: Float32Array, weightOffset: number, bias: Float32Array | null, biasOffset: number,
  y: Float32Array, yOffset: number, M: number, rowStart: number, rowEnd: number,
): void {
  for (let m = rowStart; m < rowEnd; m++) {
    const w = weightOffset + m * K;
    const b = bias === null ? 0 : bias[biasOffset + m];
    for (let n = 0; n < batch; n++) {
      const xi = xOffset + n * K;
      let sum = 0;
      for (let k = 0; k < K; k++) sum += x[xi + k] * weight[w + k];
      y[yOffset + n * M + m] = sum + b;
    }
  }
}

export function linear(input: Tensor, weight: Tensor, bias: Float32Array | null): Tensor {
  const [M, K] = weight.shape;
  const batch = input.shape[0];
  if (weight.shape.length !== 2 || input.data.length !== batch * K) {
    throw new Error(`linear with weight ${formatShape(weight.shape)} expects input [N, ${K}], got ${formatShape(input.shape)}`);
  }
  const out = tensor([batch, M]);
  linearRows(input.data, 0, batch, K, weight.data, 0, bias, 0, out.data, 0, M, 0, M);
  return out;
}
