// Every fast kernel against its plain reference, over many shapes: odd sizes, 1×1 and 7×7 kernels,
// stride 2, padding 0/1/3, batch > 1, channel counts that are not multiples of the GEMM tile.

import { describe, expect, it } from 'vitest';
import { batchNorm, batchNormNaive } from '../src/tensor/batchNorm.js';
import { conv2dNaive } from '../src/tensor/conv2d.js';
import { im2col, packedColumnsLength } from '../src/backends/js/im2col.js';
import { NR } from '../src/backends/js/jsTiles.js';
import { gemmNaive } from '../src/tensor/gemm.js';
import { globalAvgPool } from '../src/tensor/globalAvgPool.js';
import { convGeometry, gemmSizes, im2colNaive } from '../src/tensor/im2col.js';
import { linear } from '../src/tensor/linear.js';
import { maxPool2d } from '../src/backends/js/layers.js';
import { maxPool2dNaive } from '../src/tensor/maxPool2d.js';
import { softmax } from '../src/tensor/softmax.js';
import { topK } from '../src/tensor/topK.js';
import { expectClose } from './support/compare.js';
import { randomTensor } from './support/random.js';

// float32 results of a float64 sum against a float64 reference rounded to float32: a few ulps.
const TIGHT = 1e-6;

interface ConvCase {
  batch: number; cin: number; h: number; w: number; cout: number; kh: number; kw: number; stride: number; padding: number;
}

const convCases: ConvCase[] = [
  { batch: 1, cin: 3, h: 9, w: 9, cout: 4, kh: 3, kw: 3, stride: 1, padding: 1 },
  { batch: 2, cin: 5, h: 13, w: 11, cout: 7, kh: 3, kw: 3, stride: 2, padding: 1 },
  { batch: 1, cin: 3, h: 23, w: 19, cout: 9, kh: 7, kw: 7, stride: 2, padding: 3 },
  { batch: 3, cin: 17, h: 8, w: 8, cout: 6, kh: 1, kw: 1, stride: 2, padding: 0 },
  { batch: 1, cin: 6, h: 5, w: 7, cout: 5, kh: 1, kw: 1, stride: 1, padding: 0 },
  { batch: 2, cin: 4, h: 10, w: 6, cout: 3, kh: 5, kw: 3, stride: 1, padding: 0 },
  { batch: 1, cin: 2, h: 1, w: 1, cout: 13, kh: 1, kw: 1, stride: 1, padding: 0 },
  { batch: 1, cin: 8, h: 4, w: 4, cout: 16, kh: 3, kw: 3, stride: 1, padding: 3 },
  { batch: 2, cin: 33, h: 7, w: 7, cout: 18, kh: 3, kw: 3, stride: 1, padding: 1 },
  { batch: 1, cin: 1, h: 3, w: 2, cout: 1, kh: 3, kw: 2, stride: 3, padding: 0 },
];

describe('im2col', () => {
  it.each(convCases)('packs exactly the columns of the definition: $cin×$h×$w, $kh×$kw/$stride pad $padding', (c) => {
    const g = convGeometry(c.cin, c.h, c.w, c.cout, c.kh, c.kw, c.stride, c.padding);
    const input = randomTensor([c.cin, c.h, c.w], 'im2col input').data;
    const packed = new Float32Array(packedColumnsLength(g)).fill(NaN);
    const { K, N } = gemmSizes(g);
    const panels = Math.ceil(N / NR);
    // Two workers' halves written separately must make the whole.
    im2col(g, input, 0, packed, 0, 0, Math.floor(panels / 2));
    im2col(g, input, 0, packed, 0, Math.floor(panels / 2), panels);
    const plain = im2colNaive(g, input);
    for (let k = 0; k < K; k++) {
      for (let n = 0; n < panels * NR; n++) {
        const got = packed[Math.floor(n / NR) * K * NR + k * NR + (n % NR)];
        expect(got, `k=${k} n=${n}`).toBe(n < N ? plain[k * N + n] : 0);
      }
    }
  });
});

describe('conv2d geometry', () => {
  it('rejects a kernel larger than the padded input, naming both sizes', () => {
    expect(() => convGeometry(3, 2, 2, 2, 3, 3, 1, 0)).toThrow(/a 3×3 kernel with padding 0 does not fit a 2×2 input/);
    expect(() => conv2dNaive(randomTensor([1, 3, 2, 2], 'x'), randomTensor([2, 3, 3, 3], 'w'), null)).toThrow(/does not fit a 2×2 input/);
  });
});

describe('batchNorm', () => {
  it.each([[1, 3, 5, 5], [2, 17, 4, 3], [3, 1, 1, 1]])('equals the formula for [%i, %i, %i, %i]', (...shape) => {
    const c = shape[1];
    const p = {
      weight: randomTensor([c], 'bn weight', 0.5, 1).data,
      bias: randomTensor([c], 'bn bias').data,
      runningMean: randomTensor([c], 'bn mean').data,
      runningVar: randomTensor([c], 'bn var', 0.5, 1).data,
      eps: 1e-5,
    };
    const input = randomTensor(shape, 'bn input', 3);
    // The fast kernel uses float32 coefficients, as PyTorch does: a few ulps from the formula.
    expectClose(`batchNorm [${shape}]`, batchNorm(input, p).data, batchNormNaive(input, p).data, 1e-6);
  });
});

describe('maxPool2d', () => {
  it.each([
    [[1, 2, 9, 9], 3, 2, 1], [[2, 3, 10, 7], 3, 2, 1], [[1, 1, 4, 4], 2, 2, 0], [[1, 4, 5, 3], 3, 1, 1], [[1, 1, 1, 1], 3, 2, 1],
    [[2, 5, 13, 11], 5, 3, 2],
  ] as const)('equals the definition for %j, %i×%i stride %i pad %i', (shape, kernelSize, stride, padding) => {
    const input = randomTensor([...shape], 'pool input');
    const options = { kernelSize, stride, padding };
    expect(Array.from(maxPool2d(input, options).data)).toEqual(Array.from(maxPool2dNaive(input, options).data));
  });

  it('propagates a NaN wherever it stands in the window, as PyTorch does', () => {
    // One 3×3 window (no padding): NaN first, in the middle, last; -Inf and +Inf beside it.
    for (const at of [0, 4, 8]) {
      const data = new Float32Array([1, -Infinity, 3, 2, 5, 0, -1, 4, Infinity]);
      data[at] = NaN;
      const input = { shape: [1, 1, 3, 3], data };
      expect(maxPool2d(input, { kernelSize: 3 }).data[0], `NaN at ${at}`).toBeNaN();
      expect(maxPool2dNaive(input, { kernelSize: 3 }).data[0], `NaN at ${at}, naive`).toBeNaN();
    }
  });

  it('produces the shape PyTorch does: 112×112 → 56×56 for 3×3/2 pad 1', () => {
    expect(maxPool2d(randomTensor([1, 1, 112, 112], 'p'), { kernelSize: 3, stride: 2, padding: 1 }).shape).toEqual([1, 1, 56, 56]);
  });
});

describe('globalAvgPool, linear, softmax, topK', () => {
  it('averages each plane', () => {
    const input = randomTensor([2, 3, 4, 5], 'avg input');
    const out = globalAvgPool(input);
    expect(out.shape).toEqual([2, 3, 1, 1]);
    for (let p = 0; p < 6; p++) {
      const plane = Array.from(input.data.subarray(p * 20, p * 20 + 20));
      expect(out.data[p]).toBeCloseTo(plane.reduce((a, b) => a + b) / 20, 6);
    }
  });

  it('linear equals x·Wᵀ + b', () => {
    const x = randomTensor([3, 7], 'lin x');
    const w = randomTensor([5, 7], 'lin w');
    const b = randomTensor([5], 'lin b').data;
    const wt = new Float32Array(35);
    for (let m = 0; m < 5; m++) for (let k = 0; k < 7; k++) wt[k * 5 + m] = w.data[m * 7 + k];
    const expected = gemmNaive(x.data, wt, 3, 7, 5).map((v, i) => v + b[i % 5]);
    expectClose('linear', linear(x, w, b).data, expected, TIGHT);
  });

  it('softmax rows sum to one and survive large logits', () => {
    const out = softmax({ shape: [2, 3], data: Float32Array.from([1000, 1001, 1002, -1, 0, 1]) });
    expect(out.data[0] + out.data[1] + out.data[2]).toBeCloseTo(1, 6);
    expect(out.data[2]).toBeCloseTo(0.66524096, 6);
    expect(Array.from(out.data.subarray(3))).toEqual(Array.from(out.data.subarray(0, 3)));
  });

  it('topK returns the largest first, lower index first on ties', () => {
    expect(topK([0.1, 0.5, 0.2, 0.5, 0.9], 3)).toEqual([{ index: 4, value: 0.9 }, { index: 1, value: 0.5 }, { index: 3, value: 0.5 }]);
    expect(topK([3, 1, 2], 5).map((r) => r.index)).toEqual([0, 2, 1]);
    expect(() => topK([1], 0)).toThrow(/positive integer/);
  });
});
