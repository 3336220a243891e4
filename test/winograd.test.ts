// Winograd F(2×2, 3×3) against the direct convolution: the plain algorithm (conv2dWinogradNaive)
// and the packed layouts the workers' kernel reads (packWinogradWeights, winogradInputTransform).
// F(4×4, 3×3) (conv2dWinograd4x4Naive) likewise. The engine's fused kernels themselves are held to
// the direct plan in test/model.test.ts.

import { describe, expect, it } from 'vitest';
import { conv2dNaive } from '../src/tensor/conv2d.js';
import { MR, NR } from '../src/tensor/gemm.js';
import { convGeometry } from '../src/tensor/im2col.js';
import { packedWeightsLength } from '../src/tensor/packWeights.js';
import { tensor, type Tensor } from '../src/tensor/tensor.js';
import {
  conv2dWinogradNaive, packedWinogradInputLength, packedWinogradWeightsLength, packWinogradWeights,
  winogradApplies, winogradInputTransform, winogradOutputTransform, winogradTiles,
} from '../src/tensor/winograd.js';
import { conv2dWinograd4x4Naive } from '../src/tensor/winograd4x4.js';
import { expectClose } from './support/compare.js';
import { randomTensor } from './support/random.js';

// Winograd rounds U and V (up to 4× and 2.25× the input and weight magnitudes) to float32 before
// the float64 products, so it is not a few-ulp match like the direct GEMM: these cases measure
// up to 9.7e-8 of the largest output; the bound leaves 10×.
const WINOGRAD_BOUND = 1e-6;
// F(4×4, 3×3) rounds U and V from values up to ~100× the inputs: up to 1.1e-6 measured here
// (a 64-channel 56×56 image included); the bound leaves ~10×.
const WINOGRAD_4X4_BOUND = 1e-5;

const cases = [
  { batch: 1, cin: 3, h: 9, w: 9, cout: 4 },
  { batch: 2, cin: 5, h: 13, w: 11, cout: 7 },
  { batch: 1, cin: 1, h: 1, w: 1, cout: 3 },
  { batch: 1, cin: 2, h: 2, w: 3, cout: 5 },
  { batch: 2, cin: 33, h: 7, w: 7, cout: 18 },
  { batch: 1, cin: 64, h: 14, w: 14, cout: 16 },
];
type Case = (typeof cases)[number];
const label = (c: Case): string => `[${c.batch},${c.cin},${c.h},${c.w}] * ${c.cout}×3×3 pad 1`;

function data(c: Case): { input: Tensor; weight: Tensor; bias: Float32Array } {
  return {
    input: randomTensor([c.batch, c.cin, c.h, c.w], `winograd input ${label(c)}`),
    weight: randomTensor([c.cout, c.cin, 3, 3], `winograd weight ${label(c)}`, 0.5),
    bias: randomTensor([c.cout], `winograd bias ${label(c)}`).data,
  };
}

/**
 * C = A·B read straight from the packed layouts (src/tensor/gemm.ts): A in MR-row tiles, B in
 * NR-column panels, each product summed over k in float64.
 */
function packedProduct(M: number, N: number, K: number, a: Float32Array, aOffset: number, b: Float32Array, bOffset: number, C: Float32Array): void {
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let sum = 0;
      for (let k = 0; k < K; k++) {
        sum += a[aOffset + Math.floor(m / MR) * K * MR + k * MR + (m % MR)] * b[bOffset + Math.floor(n / NR) * K * NR + k * NR + (n % NR)];
      }
      C[m * N + n] = sum;
    }
  }
}

describe('Winograd F(2×2, 3×3)', () => {
  it.each(cases.map((c) => [label(c), c] as const))('equals the direct convolution within 1e-6 of the largest output for %s', (_, c) => {
    const { input, weight, bias } = data(c);
    const expected = conv2dNaive(input, weight, bias, { padding: 1 });
    const actual = conv2dWinogradNaive(input, weight, bias);
    expect(actual.shape).toEqual(expected.shape);
    expectClose(label(c), actual.data, expected.data, WINOGRAD_BOUND);
  });

  it.each(cases.map((c) => [label(c), c] as const))('packs U and V so that 16 packed GEMMs reproduce the plain algorithm for %s', (_, c) => {
    const { input, weight } = data(c);
    const g = convGeometry(c.cin, c.h, c.w, c.cout, 3, 3, 1, 1);
    const { tilesW, N } = winogradTiles(g);
    const panels = Math.ceil(N / NR);
    const U = new Float32Array(packedWinogradWeightsLength(c.cout, c.cin));
    packWinogradWeights(weight.data, c.cout, c.cin, U, 0);
    const V = new Float32Array(packedWinogradInputLength(g));
    const out = tensor([c.batch, c.cout, c.h, c.w]);
    const products = new Float32Array(c.cout * N);
    const M = new Float64Array(16 * c.cout * N);
    const y = new Float64Array(4);
    for (let n = 0; n < c.batch; n++) {
      winogradInputTransform(g, input.data, n * c.cin * c.h * c.w, V, 0, 0, panels);
      for (let e = 0; e < 16; e++) {
        packedProduct(c.cout, N, c.cin, U, e * packedWeightsLength(c.cout, c.cin), V, e * panels * c.cin * NR, products);
        for (let i = 0; i < c.cout * N; i++) M[i * 16 + e] = products[i];
      }
      for (let m = 0; m < c.cout; m++) {
        for (let t = 0; t < N; t++) {
          winogradOutputTransform(M, (m * N + t) * 16, 1, y);
          const oy = 2 * Math.floor(t / tilesW), ox = 2 * (t % tilesW);
          for (let q = 0; q < 4; q++) {
            const yy = oy + (q >> 1), xx = ox + (q & 1);
            if (yy < c.h && xx < c.w) out.data[((n * c.cout + m) * c.h + yy) * c.w + xx] = y[q];
          }
        }
      }
    }
    expectClose(label(c), out.data, conv2dWinogradNaive(input, weight, null).data, 1e-6);
  });

  it.each([...cases, { batch: 1, cin: 64, h: 56, w: 56, cout: 4 }].map((c) => [label(c), c] as const))(
    'F(4×4, 3×3) equals the direct convolution within 1e-5 of the largest output for %s', (_, c) => {
      const { input, weight, bias } = data(c);
      const expected = conv2dNaive(input, weight, bias, { padding: 1 });
      const actual = conv2dWinograd4x4Naive(input, weight, bias);
      expect(actual.shape).toEqual(expected.shape);
      expectClose(label(c), actual.data, expected.data, WINOGRAD_4X4_BOUND);
    },
  );

  it('applies to 3×3 convolutions with stride 1 and padding 1 only', () => {
    expect(winogradApplies(convGeometry(4, 8, 8, 4, 3, 3, 1, 1))).toBe(true);
    expect(winogradApplies(convGeometry(4, 8, 8, 4, 3, 3, 2, 1))).toBe(false);
    expect(winogradApplies(convGeometry(4, 8, 8, 4, 3, 3, 1, 0))).toBe(false);
    expect(winogradApplies(convGeometry(4, 8, 8, 4, 1, 1, 1, 0))).toBe(false);
  });
});
