// The GEMM's B operand as the backends pack it (src/tensor/gemm.ts), written the obvious way for
// the kernel tests: B [K, N] as NR-column panels, K-major inside a panel.

/** packed[p·K·NR + k·NR + j] = B[k, p·NR + j] (zero past N). */
export function packColumns(B: Float32Array, K: number, N: number, NR: number): Float32Array {
  const panels = Math.ceil(N / NR);
  const packed = new Float32Array(panels * K * NR);
  for (let p = 0; p < panels; p++) {
    for (let k = 0; k < K; k++) {
      for (let j = 0; j < NR && p * NR + j < N; j++) packed[(p * K + k) * NR + j] = B[k * N + p * NR + j];
    }
  }
  return packed;
}
