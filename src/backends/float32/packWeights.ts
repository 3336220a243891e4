// Packs a weight matrix A [M, K] (a conv weight [Cout, Cin, kh, kw] viewed as [Cout, Cin·kh·kw])
// into the GEMM's tile layout (src/tensor/gemm.ts), once, at load time, in tiles of a backend's MR
// rows:
//
//   packed[t·K·MR + k·MR + i] = A[t·MR + i, k]     for tiles t = 0 … ceil(M/MR)-1
//
// so the micro-kernel finds the MR weights it needs for step k side by side. Rows past M are zero.

/** Floats of the packed form of A [M, K] in tiles of `tileRows` rows. */
export function packedWeightsLength(M: number, K: number, tileRows: number): number {
  return Math.ceil(M / tileRows) * tileRows * K;
}

/**
 * Writes the packed form of A (row-major [M, K], each row optionally multiplied by rowScale[m])
 * into `out` at `outOffset`, in tiles of `tileRows` rows. Scaling here, in float64 and rounded
 * once, is how BatchNorm is folded.
 */
export function packWeights(
  A: Float32Array, M: number, K: number, tileRows: number,
  rowScale: Float64Array | null = null,
  out: Float32Array = new Float32Array(packedWeightsLength(M, K, tileRows)), outOffset = 0,
): Float32Array {
  const tiles = Math.ceil(M / tileRows);
  for (let t = 0; t < tiles; t++) {
    for (let i = 0; i < tileRows; i++) {
      const m = t * tileRows + i;
      const base = outOffset + t * K * tileRows + i;
      if (m >= M) {
        for (let k = 0; k < K; k++) out[base + k * tileRows] = 0;
        continue;
      }
      const scale = rowScale === null ? 1 : rowScale[m];
      for (let k = 0; k < K; k++) out[base + k * tileRows] = A[m * K + k] * scale;
    }
  }
  return out;
}
