// Every fast kernel against its plain reference, over many shapes: odd sizes, 1×1 and 7×7 kernels,
// stride 2, padding 0/1/3, batch > 1, channel counts that are not multiples of the GEMM tile.

import { describe, expect, it } from 'vitest';
import { add } from '../src/tensor/add.js';
import { batchNorm, batchNormNaive } from '../src/tensor/batchNorm.js';
import { conv2d, conv2dNaive, packConv2d } from '../src/tensor/conv2d.js';
import { gemmNaive, gemmPacked, MR, NO_EPILOGUE, NR } from '../src/tensor/gemm.js';
import { globalAvgPool } from '../src/tensor/globalAvgPool.js';
import { convGeometry, gemmSizes, im2col, im2colNaive, packedColumnsLength } from '../src/tensor/im2col.js';
import { linear } from '../src/tensor/linear.js';
import { maxPool2d, maxPool2dNaive } from '../src/tensor/maxPool2d.js';
import { packWeights } from '../src/tensor/packWeights.js';
import { relu } from '../src/tensor/relu.js';
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

const label = (c: ConvCase): string =>
  `[${c.batch},${c.cin},${c.h},${c.w}] * ${c.cout}×${c.kh}×${c.kw} stride ${c.stride} pad ${c.padding}`;

describe('gemmPacked', () => {
  it.each([
    [1, 1, 1], [4, 4, 4], [5, 3, 7], [13, 17, 9], [64, 27, 30], [3, 100, 2],
  ])('equals the plain triple loop for M=%i K=%i N=%i', (M, K, N) => {
    const A = randomTensor([M, K], `gemm A ${M}x${K}`).data;
    const B = randomTensor([K, N], `gemm B ${K}x${N}`).data;
    const packedA = packWeights(A, M, K);
    const panels = Math.ceil(N / NR);
    const packedB = new Float32Array(panels * NR * K);
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) packedB[Math.floor(n / NR) * K * NR + k * NR + (n % NR)] = B[k * N + n];
    const C = new Float32Array(M * N);
    gemmPacked(M, N, K, packedA, 0, packedB, 0, C, 0, 0, Math.ceil(M / MR), NO_EPILOGUE);
    expectClose('C', C, gemmNaive(A, B, M, K, N), TIGHT);
  });
});

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

describe('conv2d', () => {
  it.each(convCases.map((c) => [label(c), c] as const))('equals the direct definition for %s', (_, c) => {
    const input = randomTensor([c.batch, c.cin, c.h, c.w], `conv input ${label(c)}`);
    const weight = randomTensor([c.cout, c.cin, c.kh, c.kw], `conv weight ${label(c)}`, 0.5);
    const bias = randomTensor([c.cout], `conv bias ${label(c)}`).data;
    const options = { stride: c.stride, padding: c.padding };
    const expected = conv2dNaive(input, weight, bias, options);
    const actual = conv2d(input, packConv2d(weight, bias, options));
    expect(actual.shape).toEqual(expected.shape);
    expectClose(label(c), actual.data, expected.data, TIGHT);
  });

  it('applies residual and ReLU in the epilogue exactly as separate add and relu would', () => {
    const input = randomTensor([2, 6, 9, 9], 'epilogue input');
    const weight = randomTensor([10, 6, 3, 3], 'epilogue weight', 0.3);
    const residual = randomTensor([2, 10, 9, 9], 'epilogue residual');
    const packed = packConv2d(weight, null, { padding: 1 });
    const fusedOut = conv2d(input, packed, { residual, relu: true });
    const separate = relu(add(conv2dNaive(input, weight, null, { padding: 1 }), residual));
    expectClose('conv + residual + relu', fusedOut.data, separate.data, TIGHT);
    expect(fusedOut.data.some((v) => v === 0)).toBe(true);
  });

  it('folds a per-channel scale into the packed weights (BatchNorm folding)', () => {
    const input = randomTensor([1, 4, 6, 6], 'fold input');
    const weight = randomTensor([5, 4, 3, 3], 'fold weight');
    const scale = Float64Array.from([0.5, 2, -1, 3, 0.25]);
    const scaled = weight.data.map((v, i) => v * scale[Math.floor(i / 36)]);
    const expected = conv2dNaive(input, { shape: weight.shape, data: scaled }, null, { padding: 1 });
    expectClose('folded', conv2d(input, packConv2d(weight, null, { padding: 1 }, scale)).data, expected.data, TIGHT);
  });

  it('rejects an input with the wrong channel count and a kernel larger than the input', () => {
    const packed = packConv2d(randomTensor([2, 3, 3, 3], 'w'), null);
    expect(() => conv2d(randomTensor([1, 4, 5, 5], 'x'), packed)).toThrow(/expects input \[N, 3, H, W\], got \[1, 4, 5, 5\]/);
    expect(() => conv2d(randomTensor([1, 3, 2, 2], 'x'), packed)).toThrow(/does not fit a 2×2 input/);
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
