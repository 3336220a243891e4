// im2col: lays out the input patches of one image so a convolution becomes a GEMM.
//
// For an input image [C, H, W] and a kh×kw kernel with stride s and padding p, column
// n = oy·OW + ox of B [K, N] (K = C·kh·kw, N = OH·OW) holds the patch under output pixel (oy, ox):
//
//   B[(c·kh + ky)·kw + kx, n] = input[c, oy·s - p + ky, ox·s - p + kx]     (0 outside the image)
//
// The k order (c, ky, kx) matches a PyTorch weight [Cout, Cin, kh, kw] viewed as [Cout, K].
// The backends write the columns straight into the GEMM's NR-wide panel layout (src/tensor/gemm.ts),
//
//   packed[panel·K·NR + k·NR + j] = B[k, panel·NR + j]      (columns past N are zero)
//
// a worker filling only its panels (src/backends/js/im2col.ts, src/backends/wasm/kernels/im2col.ts);
// here are the geometry they share and the plain reference they are held to.

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
