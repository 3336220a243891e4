// GEMM: C = A · B for a convolution, organised the GotoBLAS way.
//
//   A  [M, K]  the layer's weights (M = output channels, K = Cin·kh·kw), packed once at load
//              time by packWeights() into MR-row tiles, K-major inside a tile:
//                packedA[t·K·MR + k·MR + i] = A[t·MR + i, k]          (rows past M are zero)
//   B  [K, N]  the im2col columns of one image (N = OH·OW), packed per call by im2col() into
//              NR-column panels, K-major inside a panel:
//                packedB[p·K·NR + k·NR + j] = B[k, p·NR + j]          (columns past N are zero)
//   C  [M, N]  written straight into the NCHW output plane of each output channel.
//
// Both operands are walked with stride 1 by the micro-kernel, which keeps an MR×NR block of C in
// local variables (registers) for the whole K loop.
//
// Determinism: every C[m, n] is the sum over k = 0, 1, …, K-1 in that order, accumulated in a
// float64 local and rounded to float32 once, at the end. Nothing about how rows are split across
// workers, where a column sits in its panel, or how many images are in the batch changes that
// order, so the result is bit-identical for any worker count and batch size.

/** Rows of A per micro-kernel tile. */
export const MR = 2;
/** Columns of B per micro-kernel panel. */
export const NR = 4;

/** What the micro-kernel adds after the K loop, before the single rounding to float32. */
export interface GemmEpilogue {
  /** Per-row bias (BatchNorm folded into the conv), or null. */
  bias: Float32Array | null;
  biasOffset: number;
  /** A tensor shaped like C added element-wise (the residual connection), or null. */
  residual: Float32Array | null;
  residualOffset: number;
  /** Clamp negatives to zero after the additions. */
  relu: boolean;
}

/** The micro-kernel's output block, reused by every call (each worker thread has its own). */
const tileAccumulators = new Float64Array(MR * NR);

export const NO_EPILOGUE: GemmEpilogue = { bias: null, biasOffset: 0, residual: null, residualOffset: 0, relu: false };

/**
 * C[m, n] = Σ_k A[m, k]·B[k, n] (+ bias[m]) (+ residual[m, n]) (then max(·, 0)),
 * for row tiles [tileStart, tileEnd) and all column panels.
 *
 * C is row-major with `ldc` = N (an NCHW output plane per row) starting at `cOffset`; the residual
 * has the same layout starting at `epilogue.residualOffset`.
 */
export function gemmPacked(
  M: number, N: number, K: number,
  packedA: Float32Array, aOffset: number,
  packedB: Float32Array, bOffset: number,
  C: Float32Array, cOffset: number,
  tileStart: number, tileEnd: number,
  epilogue: GemmEpilogue,
): void {
  const panels = Math.ceil(N / NR);
  const tileStride = K * MR;
  const panelStride = K * NR;
  const acc = tileAccumulators;
  // Panel-outer order: one packed B panel (K·NR floats, ≤ 74 KB for ResNet-18) stays in L1/L2
  // while every tile of this worker's rows streams past it.
  for (let p = 0; p < panels; p++) {
    const b0 = bOffset + p * panelStride;
    const col = p * NR;
    const cols = Math.min(NR, N - col);
    for (let t = tileStart; t < tileEnd; t++) {
      microKernel(packedA, aOffset + t * tileStride, packedB, b0, K, acc);
      const row = t * MR;
      storeTile(acc, Math.min(MR, M - row), cols, row, col, N, C, cOffset, epilogue);
    }
  }
}

/**
 * The innermost loop: a 2×4 block of C accumulated over all of K in 8 float64 locals.
 * By far the most time of a forward pass is spent here. Per k it loads 2 values of A and 4 of B
 * (contiguous in the packed layouts) and does 8 multiply-adds. 2×4 is the largest block whose
 * accumulators and operands (8 + 6) fit x64's 16 vector registers: a 4×4 block measured ~35 %
 * slower on this machine because V8 spills accumulators to the stack (bench/README.md).
 */
function microKernel(a: Float32Array, ai: number, b: Float32Array, bi: number, K: number, acc: Float64Array): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  for (let k = 0; k < K; k++) {
    const a0 = a[ai], a1 = a[ai + 1];
    const b0 = b[bi], b1 = b[bi + 1], b2 = b[bi + 2], b3 = b[bi + 3];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    ai += MR;
    bi += NR;
  }
  acc[0] = c00; acc[1] = c01; acc[2] = c02; acc[3] = c03;
  acc[4] = c10; acc[5] = c11; acc[6] = c12; acc[7] = c13;
}

/** Writes the valid rows × cols of a tile to C through the epilogue (bias, residual, ReLU). */
function storeTile(
  acc: Float64Array, rows: number, cols: number, row: number, col: number, N: number,
  C: Float32Array, cOffset: number, e: GemmEpilogue,
): void {
  for (let i = 0; i < rows; i++) {
    const bias = e.bias === null ? 0 : e.bias[e.biasOffset + row + i];
    const rowStart = (row + i) * N + col;
    for (let j = 0; j < cols; j++) {
      let v = acc[i * NR + j] + bias;
      if (e.residual !== null) v += e.residual[e.residualOffset + rowStart + j];
      if (e.relu && v < 0) v = 0;
      C[cOffset + rowStart + j] = v;
    }
  }
}

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
