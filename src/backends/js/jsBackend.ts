// The JavaScript backend: 2×4 GEMM tiles with float64 sums (jsTiles.ts, gemm.ts), its
// weight packing, and a plain SharedArrayBuffer. Winograd filters are stored as the plain folded
// 3×3 weights and transformed by the workers (js/gemm.ts says why).

import { packedWeightsLength, packWeights } from '../float32/packWeights.js';
import { MR, NR } from './jsTiles.js';
import type { Backend } from '../backend.js';
import { float32Kernels } from '../float32/float32Kernels.js';
import type { Float32Parts, Float32Primitives } from '../float32/primitives.js';
import { KernelSet } from '../kernel.js';

/** The backend's float32 parts: with the worker's primitives, or (main thread) none. */
export function jsFloat32Parts(primitives: Float32Primitives | null): Float32Parts {
  return {
    backend: 'js',
    MR,
    NR,
    arithmetic: 'f64 sums',
    primitives,
    packedGemmFloats: (M, K) => packedWeightsLength(M, K, MR),
    packGemm: (weight, M, K, scale, out, offset) => void packWeights(weight, M, K, MR, scale, out, offset),
    packedWinogradFloats: (_m, M, C) => M * C * 9,
    packWinograd(_m, weight, M, C, scale, out, offset) {
      for (let m = 0; m < M; m++) {
        const s = scale === null ? 1 : scale[m];
        for (let k = 0; k < C * 9; k++) out[offset + m * C * 9 + k] = weight[m * C * 9 + k] * s;
      }
    },
    // F(4×4) leaves too little GEMM work per transformed filter below 28×28 (bench/README.md).
    prefersWinograd4x4: (g) => g.outHeight >= 28 && g.outWidth >= 28,
  };
}

const mainThreadParts = jsFloat32Parts(null);

export const jsBackend: Backend = {
  name: 'js',
  description: 'js',
  kernels: new KernelSet(float32Kernels(mainThreadParts)),
  float32: mainThreadParts,
  workerScratchBytes: 0,
  createMemory(bytes) {
    const buffer = new SharedArrayBuffer(Math.ceil(bytes / 64) * 64);
    return { buffer, shared: buffer };
  },
  workerOptions: { name: 'js' },
};
