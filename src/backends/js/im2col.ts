// The JavaScript backend's im2col: one image's patches written straight into the GEMM's NR-wide
// panel layout (the layout and the reference, im2colNaive: src/tensor/im2col.ts),
//
//   packed[panel·K·NR + k·NR + j] = B[k, panel·NR + j]      (columns past N are zero)
//
// filling only panels [panelStart, panelEnd), which is how workers share the job.

import { gemmSizes, type ConvGeometry } from '../../tensor/im2col.js';
import { NR } from './jsTiles.js';

export function packedColumnsLength(g: ConvGeometry): number {
  const { K, N } = gemmSizes(g);
  return Math.ceil(N / NR) * NR * K;
}

/** Row and column of each output pixel's patch origin, reused across panels of one call. */
const originY = new Int32Array(NR);
const originX = new Int32Array(NR);

/** Fills panels [panelStart, panelEnd) of the packed columns of `input` (one image, at `inOffset`). */
export function im2col(
  g: ConvGeometry, input: Float32Array, inOffset: number,
  packed: Float32Array, packedOffset: number,
  panelStart: number, panelEnd: number,
): void {
  const { inHeight: H, inWidth: W, kernelHeight: kh, kernelWidth: kw, stride, padding } = g;
  const { K, N } = gemmSizes(g);
  for (let panel = panelStart; panel < panelEnd; panel++) {
    const cols = Math.min(NR, N - panel * NR);
    for (let j = 0; j < NR; j++) {
      const n = panel * NR + Math.min(j, cols - 1);
      originY[j] = Math.floor(n / g.outWidth) * stride - padding;
      originX[j] = (n % g.outWidth) * stride - padding;
    }
    let out = packedOffset + panel * K * NR;
    // k runs over (c, ky, kx) in the weights' order; each step writes the NR values of one row of B.
    for (let c = 0; c < g.inChannels; c++) {
      const plane = inOffset + c * H * W;
      for (let ky = 0; ky < kh; ky++) {
        for (let kx = 0; kx < kw; kx++) {
          for (let j = 0; j < NR; j++) {
            const y = originY[j] + ky;
            const x = originX[j] + kx;
            packed[out + j] = j < cols && y >= 0 && y < H && x >= 0 && x < W ? input[plane + y * W + x] : 0;
          }
          out += NR;
        }
      }
    }
  }
}

