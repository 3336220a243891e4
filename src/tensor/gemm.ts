// GEMM: C = A · B for a convolution, organised the GotoBLAS way. This file holds the layouts every
// backend packs its operands in (each with its own MR × NR) and the reference product; the fast
// kernels and their tile sizes are the backends' (src/backends/js/gemm.ts,
// src/backends/wasm/kernels/gemm.ts), held to gemmNaive() by test/backendKernels.test.ts.
//
//   A  [M, K]  the layer's weights (M = output channels, K = Cin·kh·kw), packed once at load
//              time by packWeights() into MR-row tiles, K-major inside a tile:
//                packedA[t·K·MR + k·MR + i] = A[t·MR + i, k]          (rows past M are zero)
//   B  [K, N]  the im2col columns of one image (N = OH·OW), packed per call by im2col() into
//              NR-column panels, K-major inside a panel:
//                packedB[p·K·NR + k·NR + j] = B[k, p·NR + j]          (columns past N are zero)
//   C  [M, N]  written straight into the NCHW output plane of each output channel.
//
// Both operands are walked with stride 1 by a micro-kernel that keeps an MR×NR block of C in
// registers for the whole K loop.
//
// Determinism: every C[m, n] is the sum over k = 0, 1, …, K-1 in that order (float64 and rounded
// once in the js backend, float32 lanes in wasm). Nothing about how rows are split across workers,
// where a column sits in its panel, or how many images are in the batch changes that order, so the
// result is bit-identical for any worker count and batch size.

/** Reference: C[M, N] = A[M, K] · B[K, N], plain triple loop over unpacked row-major matrices. */
export function gemmNaive(A: Float32Array, B: Float32Array, M: number, K: number, N: number): Float32Array {
  const C = new Float32Array(M * N);
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += A[m * K + k] * B[k * N + n];
      C[m * N + n] = sum;
    }
  }
  return C;
}
