// The main thread's side of the JavaScript backend (the contract: src/backends/backend.ts): the
// tensor core's 2×4 tiles (src/tensor/gemm.ts), its weight packing, and a plain SharedArrayBuffer.
// Winograd filters are stored as the plain folded 3×3 weights and transformed by the workers
// (src/backends/js/gemm.ts says why).

import { MR, NR } from '../../tensor/gemm.js';
import { packedWeightsLength, packWeights } from '../../tensor/packWeights.js';
import type { Backend } from '../backend.js';

export const jsBackend: Backend = {
  name: 'js',
  description: 'js',
  MR,
  NR,
  workerScratchFloats: 0,
  // F(4×4) leaves too little GEMM work per transformed filter below 28×28 (bench/README.md).
  winogradAlgorithm: (g) => (g.outHeight >= 28 && g.outWidth >= 28 ? 'winograd4x4' : 'winograd2x2'),
  packedConvLength(M, C, kh, kw, algorithm) {
    return algorithm === 'im2col' ? packedWeightsLength(M, C * kh * kw) : M * C * kh * kw;
  },
  packConv(weight, M, C, kh, kw, algorithm, scale, out, offset) {
    const K = C * kh * kw;
    if (algorithm === 'im2col') {
      packWeights(weight, M, K, out, offset, scale);
      return;
    }
    for (let m = 0; m < M; m++) {
      const s = scale === null ? 1 : scale[m];
      for (let k = 0; k < K; k++) out[offset + m * K + k] = weight[m * K + k] * s;
    }
  },
  createMemory(floats) {
    const shared = new SharedArrayBuffer(floats * 4);
    return { floats: new Float32Array(shared), shared };
  },
  workerOptions: { name: 'js' },
};
