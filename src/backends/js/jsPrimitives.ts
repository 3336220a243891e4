// The worker's side of the JavaScript backend: its float32 primitives (src/backends/float32/
// primitives.ts) over the worker's one shared memory. The GEMM and Winograd kernels hold that
// memory in a module-level constant (gemm.ts says why); the cheaper ops are the tensor core's own
// loops, given the memory.

import type { Float32Primitives } from '../float32/primitives.js';
import { addRange } from '../../tensor/add.js';
import { batchNormPlanes } from '../../tensor/batchNorm.js';
import { globalAvgPoolPlanes } from '../../tensor/globalAvgPool.js';
import { im2col } from '../../tensor/im2col.js';
import { linearRows } from '../../tensor/linear.js';
import { maxPool2dPlanes } from '../../tensor/maxPool2d.js';
import { reluRange } from '../../tensor/relu.js';
import { winogradInputTransform } from '../../tensor/winograd.js';
import { winograd4x4InputTransform } from '../../tensor/winograd4x4.js';
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
