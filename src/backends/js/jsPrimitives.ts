// The worker's side of the JavaScript backend: its float32 primitives (src/backends/float32/
// primitives.ts) over the worker's one shared memory. The GEMM and Winograd kernels hold that
// memory in a module-level constant (gemm.ts says why); the cheaper ops (layers.ts) are given it.

import type { Float32Primitives } from '../float32/primitives.js';
import { im2col } from './im2col.js';
import { addRange, batchNormPlanes, globalAvgPoolPlanes, linearRows, maxPool2dPlanes, reluRange } from './layers.js';
import { winograd4x4InputTransform, winogradInputTransform } from './winogradInput.js';
import { gemmShared, winogradGemmShared } from './gemm.js';

export function createJsPrimitives(memory: Float32Array): Float32Primitives {
  return {
    im2col: (g, input, packed, panelStart, panelEnd) => im2col(g, memory, input, memory, packed, panelStart, panelEnd),
    gemm: gemmShared,
    winogradInput(m, g, input, packed, panelStart, panelEnd, images, imageStride) {
      const transform = m === 4 ? winograd4x4InputTransform : winogradInputTransform;
      transform(g, memory, input, memory, packed, panelStart, panelEnd, images, imageStride);
    },
    winogradGemm: winogradGemmShared,
    batchNorm: (input, output, channels, planeSize, scale, shift, planeStart, planeEnd) =>
      batchNormPlanes(memory, input, memory, output, channels, planeSize, memory, scale, shift, planeStart, planeEnd),
    relu: (input, output, start, end) => reluRange(memory, input, memory, output, start, end),
    add: (a, b, output, start, end) => addRange(memory, a, memory, b, memory, output, start, end),
    maxPool2d: (g, input, output, planeStart, planeEnd) => maxPool2dPlanes(g, memory, input, memory, output, planeStart, planeEnd),
    globalAvgPool: (input, output, planeSize, planeStart, planeEnd) =>
      globalAvgPoolPlanes(memory, input, memory, output, planeSize, planeStart, planeEnd),
    linear: (input, batch, inFeatures, weight, bias, output, outFeatures, rowStart, rowEnd) =>
      linearRows(memory, input, batch, inFeatures, memory, weight, bias < 0 ? null : memory, bias, memory, output, outFeatures, rowStart, rowEnd),
  };
}
