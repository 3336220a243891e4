// globalAvgPool: AdaptiveAvgPool2d((1, 1)), the mean of each channel's plane.
//
//   input [N, C, H, W] → output [N, C, 1, 1]
//
// Each mean is a float64 sum in plane order divided by H·W, rounded once to float32.

import { formatShape, tensor, type Tensor } from './tensor.js';

/** Averages planes [planeStart, planeEnd) of `planeSize` values each; output plane p is y[yOffset + p]. */
export function globalAvgPoolPlanes(
  x: Float32Array, xOffset: number, y: Float32Array, yOffset: number,
  planeSize: number, planeStart: number, planeEnd: number,
): void {
  for (let plane = planeStart; plane < planeEnd; plane++) {
    const base = xOffset + plane * planeSize;
    let sum = 0;
    for (let i = 0; i < planeSize; i++) sum += x[base + i];
    y[yOffset + plane] = sum / planeSize;
  }
}

export function globalAvgPool(input: Tensor): Tensor {
  if (input.shape.length !== 4) throw new Error(`globalAvgPool expects [N, C, H, W], got ${formatShape(input.shape)}`);
  const [batch, C, H, W] = input.shape;
  const out = tensor([batch, C, 1, 1]);
  globalAvgPoolPlanes(input.data, 0, out.data, 0, H * W, 0, batch * C);
  return out;
}
