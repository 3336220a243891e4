// globalAvgPool: AdaptiveAvgPool2d((1, 1)), the mean of each channel's plane.
//
//   input [N, C, H, W] → output [N, C, 1, 1]
//
// Each mean is a float64 sum in plane order divided by H·W, rounded once to float32.

import { formatShape, tensor, type Tensor } from './tensor.js';

export function globalAvgPool(input: Tensor): Tensor {
  if (input.shape.length !== 4) throw new Error(`globalAvgPool expects [N, C, H, W], got ${formatShape(input.shape)}`);
  const [batch, C, H, W] = input.shape;
  const out = tensor([batch, C, 1, 1]);
  for (let plane = 0; plane < batch * C; plane++) {
    let sum = 0;
    for (let i = 0; i < H * W; i++) sum += input.data[plane * H * W + i];
    out.data[plane] = sum / (H * W);
  }
  return out;
}
