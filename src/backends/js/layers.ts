// The JavaScript backend's kernels for the layers that are not convolutions, each over a range of
// elements, planes or output features so that workers share a step, every array at its own offset
// (the worker passes its one shared memory for all of them). The plain references they are held to
// are in src/tensor/ (relu, add, batchNormNaive, maxPool2dNaive, globalAvgPool, linear).

import { maxPool2dGeometry, type MaxPool2dOptions, type PoolGeometry } from '../../tensor/maxPool2d.js';
import { tensor, type Tensor } from '../../tensor/tensor.js';

/** Elements [start, end) of x (at xOffset) into y (at yOffset); x and y may be the same array. */
export function reluRange(x: Float32Array, xOffset: number, y: Float32Array, yOffset: number, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const v = x[xOffset + i];
    y[yOffset + i] = v < 0 ? 0 : v;
  }
}

/** Elements [start, end): out[i] = a[i] + b[i], each array at its own offset. */
export function addRange(
  a: Float32Array, aOffset: number, b: Float32Array, bOffset: number,
  out: Float32Array, outOffset: number, start: number, end: number,
): void {
  for (let i = start; i < end; i++) out[outOffset + i] = a[aOffset + i] + b[bOffset + i];
}

/**
 * y = x·scale[c] + shift[c] for planes [planeStart, planeEnd) of N·C planes of `planeSize` values;
 * the coefficients are float32, `channels` of each, at scaleOffset and shiftOffset of `k`.
 */
export function batchNormPlanes(
  x: Float32Array, xOffset: number, y: Float32Array, yOffset: number,
  channels: number, planeSize: number,
  k: Float32Array, scaleOffset: number, shiftOffset: number,
  planeStart: number, planeEnd: number,
): void {
  for (let plane = planeStart; plane < planeEnd; plane++) {
    const c = plane % channels;
    const scale = k[scaleOffset + c];
    const shift = k[shiftOffset + c];
    const base = plane * planeSize;
    for (let i = base; i < base + planeSize; i++) y[yOffset + i] = x[xOffset + i] * scale + shift;
  }
}

/** Pools planes [planeStart, planeEnd) of the N·C planes. */
export function maxPool2dPlanes(
  g: PoolGeometry, x: Float32Array, xOffset: number, y: Float32Array, yOffset: number,
  planeStart: number, planeEnd: number,
): void {
  const { inHeight: H, inWidth: W, outHeight: OH, outWidth: OW, kernelSize: k, stride, padding } = g;
  for (let plane = planeStart; plane < planeEnd; plane++) {
    const inBase = xOffset + plane * H * W;
    let o = yOffset + plane * OH * OW;
    for (let oy = 0; oy < OH; oy++) {
      const y0 = Math.max(oy * stride - padding, 0);
      const y1 = Math.min(oy * stride - padding + k, H);
      for (let ox = 0; ox < OW; ox++) {
        const x0 = Math.max(ox * stride - padding, 0);
        const x1 = Math.min(ox * stride - padding + k, W);
        let best = -Infinity;
        for (let iy = y0; iy < y1; iy++) {
          const row = inBase + iy * W;
          for (let ix = x0; ix < x1; ix++) {
            const v = x[row + ix];
            // A NaN anywhere in the window wins, as in PyTorch: taken when met, never replaced.
            if (v > best || v !== v) best = v;
          }
        }
        y[o++] = best;
      }
    }
  }
}

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


/** The kernel over a whole tensor [N, C, H, W] (tests and benchmarks). */
export function maxPool2d(input: Tensor, options: MaxPool2dOptions): Tensor {
  const g = maxPool2dGeometry(input.shape, options);
  const out = tensor([input.shape[0], g.channels, g.outHeight, g.outWidth]);
  maxPool2dPlanes(g, input.data, 0, out.data, 0, 0, input.shape[0] * g.channels);
  return out;
}
