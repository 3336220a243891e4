// Convolution by Winograd F(m×m, 3×3), m = 2 or 4, for 3×3 stride-1 padding-1 layers (the
// algorithm and layouts: src/tensor/winograd.ts, winograd4x4.ts). One descriptor family: the two
// sizes differ only in m, and each backend says which it prefers for a layer (prefersWinograd4x4).
//
// All workers transform the whole batch's input tiles together (by panel) into the shared
// scratch, wait, then each computes its own output channels for every image in one pass.

import type { ConvGeometry } from '../../tensor/im2col.js';
import { WINOGRAD_ELEMENTS, winogradApplies, winogradTiles } from '../../tensor/winograd.js';
import { WINOGRAD_4X4_ELEMENTS, winograd4x4Tiles } from '../../tensor/winograd4x4.js';
import { shareOf, type ConvKernel } from '../kernel.js';
import { floats, primitivesOf, type Float32Parts } from './primitives.js';

/** Output tiles per image of F(m×m). */
function tiles(m: 2 | 4, g: ConvGeometry): { tilesW: number; N: number } {
  return m === 4 ? winograd4x4Tiles(g) : winogradTiles(g);
}

export function winogradKernel(m: 2 | 4, parts: Float32Parts): ConvKernel {
  const { MR, NR } = parts;
  const elements = m === 4 ? WINOGRAD_4X4_ELEMENTS : WINOGRAD_ELEMENTS;
  return {
    id: `${parts.backend} conv2d winograd${m}x${m} f32`,
    op: 'conv2d',
    dtype: 'float32',
    label: `Winograd F(${m}×${m}, 3×3), GEMM ${MR}×${NR} f32 (${parts.arithmetic})`,
    winograd: true,
    // F(4×4) where the backend prefers it, F(2×2) for the other 3×3 stride-1 layers.
    supports: (g) => winogradApplies(g) && (m === 4) === parts.prefersWinograd4x4(g),
    packedBytes: (g) => 4 * parts.packedWinogradFloats(m, g.outChannels, g.inChannels),
    pack(weight, scale, g, memory, offset) {
      parts.packWinograd(m, weight, g.outChannels, g.inChannels, scale, new Float32Array(memory), offset >> 2);
    },
    // The transformed input V of the whole batch: E·C floats per tile, panels of NR tiles.
    scratchBytes: (step, batch) => 4 * elements * step.geometry.inChannels * Math.ceil((batch * tiles(m, step.geometry).N) / NR) * NR,
    run(step, at, share) {
      const kernels = primitivesOf(parts);
      const g = step.geometry;
      const [input, residual = -1] = at.inputs.map(floats);
      const [weights, bias] = at.weights.map(floats);
      const scratch = floats(at.scratch);
      const [tileStart, tileEnd] = shareOf(Math.ceil(g.outChannels / MR), share);
      const [panelStart, panelEnd] = shareOf(Math.ceil((at.batch * tiles(m, g).N) / NR), share);
      kernels.winogradInput(m, g, input, scratch, panelStart, panelEnd, at.batch, at.inputStride >> 2);
      share.sync();
      kernels.winogradGemm(
        m, g, weights, scratch, floats(at.output), tileStart, tileEnd, bias, residual, step.relu, at.batch, at.outputStride >> 2,
      );
    },
  };
}
