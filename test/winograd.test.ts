// Winograd F(2×2, 3×3) and F(4×4, 3×3) against the direct convolution: the plain algorithms
// (conv2dWinogradNaive, conv2dWinograd4x4Naive), which use no backend's kernel. The backends'
// packed kernels are held to the direct convolution in test/backendKernels.test.ts, and the fused
// plans in test/model.test.ts.

import { describe, expect, it } from 'vitest';
import { conv2dNaive } from '../src/tensor/conv2d.js';
import { convGeometry } from '../src/tensor/im2col.js';
import type { Tensor } from '../src/tensor/tensor.js';
import { conv2dWinogradNaive, winogradApplies } from '../src/tensor/winograd.js';
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

describe('Winograd F(2×2, 3×3)', () => {
  it.each(cases.map((c) => [label(c), c] as const))('equals the direct convolution within 1e-6 of the largest output for %s', (_, c) => {
    const { input, weight, bias } = data(c);
    const expected = conv2dNaive(input, weight, bias, { padding: 1 });
    const actual = conv2dWinogradNaive(input, weight, bias);
    expect(actual.shape).toEqual(expected.shape);
    expectClose(label(c), actual.data, expected.data, WINOGRAD_BOUND);
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
