// maxPool2d: the maximum over each kh×kw window, NCHW; padding counts as -∞ (never chosen).
//
//   input [N, C, H, W] → output [N, C, OH, OW],  OH = floor((H + 2·pad - kh) / stride) + 1
//
// ResNet uses 3×3, stride 2, padding 1 after its first convolution. The fast kernel clamps each
// window to the image once per output pixel, so the inner loops carry no bounds checks.

import { formatShape, tensor, type Tensor } from './tensor.js';

export interface PoolGeometry {
  channels: number;
  inHeight: number;
  inWidth: number;
  kernelSize: number;
  stride: number;
  padding: number;
  outHeight: number;
  outWidth: number;
}

export function poolGeometry(
  channels: number, inHeight: number, inWidth: number, kernelSize: number, stride: number, padding: number,
): PoolGeometry {
  if (padding * 2 > kernelSize) {
    throw new Error(`maxPool2d: padding ${padding} must be at most half of kernel size ${kernelSize} (as in PyTorch)`);
  }
  const outHeight = Math.floor((inHeight + 2 * padding - kernelSize) / stride) + 1;
  const outWidth = Math.floor((inWidth + 2 * padding - kernelSize) / stride) + 1;
  if (!(outHeight > 0 && outWidth > 0)) {
    throw new Error(`maxPool2d: a ${kernelSize}×${kernelSize} window does not fit a ${inHeight}×${inWidth} input`);
  }
  return { channels, inHeight, inWidth, kernelSize, stride, padding, outHeight, outWidth };
}

export interface MaxPool2dOptions {
  kernelSize: number;
  stride?: number;
  padding?: number;
}

export function maxPool2dGeometry(shape: readonly number[], o: MaxPool2dOptions): PoolGeometry {
  if (shape.length !== 4) throw new Error(`maxPool2d expects [N, C, H, W], got ${formatShape(shape)}`);
  return poolGeometry(shape[1], shape[2], shape[3], o.kernelSize, o.stride ?? o.kernelSize, o.padding ?? 0);
}

/** Reference: every window position tested against the image bounds, straight from the definition. */
export function maxPool2dNaive(input: Tensor, options: MaxPool2dOptions): Tensor {
  const g = maxPool2dGeometry(input.shape, options);
  const [batch, C, H, W] = input.shape;
  const out = tensor([batch, C, g.outHeight, g.outWidth]);
  let o = 0;
  for (let plane = 0; plane < batch * C; plane++) {
    for (let oy = 0; oy < g.outHeight; oy++) {
      for (let ox = 0; ox < g.outWidth; ox++) {
        let best = -Infinity;
        for (let ky = 0; ky < g.kernelSize; ky++) {
          for (let kx = 0; kx < g.kernelSize; kx++) {
            const y = oy * g.stride - g.padding + ky;
            const x = ox * g.stride - g.padding + kx;
            if (y >= 0 && y < H && x >= 0 && x < W) best = Math.max(best, input.data[(plane * H + y) * W + x]);
          }
        }
        out.data[o++] = best;
      }
    }
  }
  return out;
}
