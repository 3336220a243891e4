// linear: the fully connected layer, y = x·Wᵀ + b.
//
//   x [N, K], weight [M, K] (PyTorch's layout), bias [M] → y [N, M]
//
// Each output is a float64 dot product over k = 0 … K-1 in order plus the bias, rounded once, so
// an image's logits do not depend on the other images in the batch or on which rows a worker got.

import { formatShape, tensor, type Tensor } from './tensor.js';

export function linear(input: Tensor, weight: Tensor, bias: Float32Array | null): Tensor {
  const [M, K] = weight.shape;
  const batch = input.shape[0];
  if (weight.shape.length !== 2 || input.data.length !== batch * K) {
    throw new Error(`linear with weight ${formatShape(weight.shape)} expects input [N, ${K}], got ${formatShape(input.shape)}`);
  }
  const out = tensor([batch, M]);
  for (let n = 0; n < batch; n++) {
    for (let m = 0; m < M; m++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += input.data[n * K + k] * weight.data[m * K + k];
      out.data[n * M + m] = sum + (bias === null ? 0 : bias[m]);
    }
  }
  return out;
}
