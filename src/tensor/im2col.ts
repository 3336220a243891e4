// im2col: lays out the input patches of one image so a convolution becomes a GEMM.
//
// For an input image [C, H, W] and a kh×kw kernel with stride s and padding p, column
// n = oy·OW + ox of B [K, N] (K = C·kh·kw, N = OH·OW) holds the patch under output pixel (oy, ox):
//
//   B[(c·kh + ky)·kw + kx, n] = input[c, oy·s - p + ky, ox·s - p + kx]     (0 outside the image)
//
// The k order (c, ky, kx) matches a PyTorch weight [Cout, Cin, kh, kw] viewed as [Cout, K].
// The columns are written straight into the GEMM's NR-wide panel layout (src/tensor/gemm.ts),
//
//   packed[panel·K·NR + k·NR + j] = B[k, panel·NR + j]      (columns past N are zero)
//
// and a caller may fill only panels [panelStart, panelEnd), which is how workers share the job.

import { NR } from './gemm.js';

/** Everything about a convolution's shape that the kernels need. */
export interface ConvGeometry {
  inChannels: number;
  inHeight: number;
  inWidth: number;
  outChannels: number;
  kernelHeight: number;
  kernelWidth: number;
  stride: number;
  padding: number;
  outHeight: number;
  outWidth: number;
}

export function convGeometry(
  inChannels: number, inHeight: number, inWidth: number,
  outChannels: number, kernelHeight: number, kernelWidth: number,
  stride: number, padding: number,
): ConvGeometry {
  const outHeight = Math.floor((inHeight + 2 * padding - kernelHeight) / stride) + 1;
  const outWidth = Math.floor((inWidth + 2 * padding - kernelWidth) / stride) + 1;
  if (!(outHeight > 0 && outWidth > 0)) {
    throw new Error(
      `conv2d: a ${kernelHeight}×${kernelWidth} kernel with padding ${padding} does not fit a ${inHeight}×${inWidth} input`,
    );
  }
  return { inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth, stride, padding, outHeight, outWidth };
}

/** K and N of the GEMM a convolution becomes. */
export function gemmSizes(g: ConvGeometry): { K: number; N: number } {
  return { K: g.inChannels * g.kernelHeight * g.kernelWidth, N: g.outHeight * g.outWidth };
}

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

/** Reference: the plain B [K, N] matrix of one image, written from the definition. */
export function im2colNaive(g: ConvGeometry, input: Float32Array, inOffset = 0): Float32Array {
  const { K, N } = gemmSizes(g);
  const B = new Float32Array(K * N);
  for (let c = 0; c < g.inChannels; c++) {
    for (let ky = 0; ky < g.kernelHeight; ky++) {
      for (let kx = 0; kx < g.kernelWidth; kx++) {
        const k = (c * g.kernelHeight + ky) * g.kernelWidth + kx;
        for (let oy = 0; oy < g.outHeight; oy++) {
          for (let ox = 0; ox < g.outWidth; ox++) {
            const y = oy * g.stride - g.padding + ky;
            const x = ox * g.stride - g.padding + kx;
            const inside = y >= 0 && y < g.inHeight && x >= 0 && x < g.inWidth;
            B[k * N + oy * g.outWidth + ox] = inside ? input[inOffset + (c * g.inHeight + y) * g.inWidth + x] : 0;
          }
        }
      }
    }
  }
  return B;
}
