// Convolution as im2col + GEMM, for any kernel size, stride and padding (the layouts:
// src/tensor/gemm.ts and im2col.ts). Work is shared by output channels (GEMM row tiles) and, for
// the packing, by column panels.
//
// Image by image, a chunk of column panels at a time: every worker packs its panels of the chunk
// into the shared scratch, all wait, then each multiplies its row tiles by the whole chunk. The
// scratch is refilled only after a barrier.

import { gemmSizes, type ConvGeometry } from '../../tensor/im2col.js';
import { shareOf, type ConvKernel } from '../kernel.js';
import { floats, primitivesOf, type Float32Parts } from './primitives.js';

/**
 * Columns are packed and multiplied a chunk of panels at a time, at most this many floats (1 MB):
 * conv1's full columns would be 7.4 MB of scratch (RAM and cache) for no gain.
 */
const COLUMN_CHUNK_FLOATS = 256 * 1024;

/** Column panels (NR columns each) per chunk of a GEMM with K rows (at least one panel). */
export function columnChunkPanels(K: number, panels: number, NR: number): number {
  return Math.min(panels, Math.max(1, Math.floor(COLUMN_CHUNK_FLOATS / (K * NR))));
}

export function im2colGemmKernel(parts: Float32Parts): ConvKernel {
  const { MR, NR } = parts;
  return {
    id: `${parts.backend} conv2d im2col-gemm f32`,
    op: 'conv2d',
    dtype: 'float32',
    label: `im2col + GEMM ${MR}×${NR} f32 (${parts.arithmetic})`,
    winograd: false,
    supports: () => true,
    packedBytes: (g) => 4 * parts.packedGemmFloats(g.outChannels, gemmSizes(g).K),
    pack(weight, scale, g: ConvGeometry, memory, offset) {
      parts.packGemm(weight, g.outChannels, gemmSizes(g).K, scale, new Float32Array(memory), offset >> 2);
    },
    scratchBytes(step) {
      const { K, N } = gemmSizes(step.geometry);
      return 4 * columnChunkPanels(K, Math.ceil(N / NR), NR) * K * NR;
    },
    run(step, at, share) {
      const kernels = primitivesOf(parts);
      const g = step.geometry;
      const { K, N } = gemmSizes(g);
      const [tileStart, tileEnd] = shareOf(Math.ceil(g.outChannels / MR), share);
      const panels = Math.ceil(N / NR);
      const chunk = columnChunkPanels(K, panels, NR);
      const [input, residual = -1] = at.inputs.map(floats);
      const [weights, bias] = at.weights.map(floats);
      const output = floats(at.output);
      const scratch = floats(at.scratch);
      const inSize = at.inputStride >> 2;
      const outSize = at.outputStride >> 2;
      for (let n = 0; n < at.batch; n++) {
        if (n > 0) share.sync();
        for (let first = 0; first < panels; first += chunk) {
          const last = Math.min(first + chunk, panels);
          if (first > 0) share.sync();
          const [panelStart, panelEnd] = shareOf(last - first, share);
          // Panel p of this chunk lands at scratch + (p - first)·K·NR.
          kernels.im2col(g, input + n * inSize, scratch - first * K * NR, first + panelStart, first + panelEnd);
          share.sync();
          kernels.gemm(
            g.outChannels, N, K, weights, scratch, output + n * outSize, tileStart, tileEnd, first, last,
            bias, residual < 0 ? -1 : residual + n * outSize, step.relu,
          );
        }
      }
    },
  };
}
