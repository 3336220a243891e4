// Every kernel the engine's workers run, per backend, against the plain references in src/tensor/,
// in the style of ggml's test-backend-ops: generated shapes with remainders (M, N, K and the tile
// counts not multiples of the backend's MR × NR), run in a real worker thread over the backend's
// own memory, every buffer fenced by canary floats that no kernel may touch.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../src/backends/backend.js';
import { resolveBackend } from '../src/backends/resolveBackend.js';
import { conv2dNaive } from '../src/tensor/conv2d.js';
import { gemmNaive } from '../src/tensor/gemm.js';
import { convGeometry, gemmSizes, im2colNaive } from '../src/tensor/im2col.js';
import { maxPool2dNaive, poolGeometry } from '../src/tensor/maxPool2d.js';
import { tensor } from '../src/tensor/tensor.js';
import { winogradTiles } from '../src/tensor/winograd.js';
import { winograd4x4Tiles } from '../src/tensor/winograd4x4.js';
import { expectClose, expectIdentical } from './support/compare.js';
import { KernelHarness } from './support/kernelHarness.js';
import { packColumns } from './support/packColumns.js';
import { randomTensor } from './support/random.js';

/** [M, N, K]: single elements, odd remainders, one exact multiple of every tile size. */
const GEMM_CASES: [number, number, number][] = [[1, 1, 1], [5, 3, 7], [13, 29, 17], [37, 21, 13], [64, 96, 64]];

/** [C, H, W, Cout, k, stride, padding]: small ones all border, wide ones with runs of whole panels. */
const CONV_CASES: [number, number, number, number, number, number, number][] = [
  [3, 23, 19, 5, 7, 2, 3], [5, 9, 11, 7, 3, 1, 1], [6, 10, 10, 9, 1, 2, 0], [4, 8, 5, 3, 3, 2, 1],
  [2, 12, 40, 3, 3, 1, 1], [2, 12, 40, 3, 3, 2, 1], [3, 10, 40, 4, 1, 2, 0], [3, 30, 61, 4, 7, 2, 3],
];

/** [C, H, W, Cout, images]: odd sizes so tiles are cut at the image's edge, and one wide enough for runs of whole tiles. */
const WINOGRAD_CASES: [number, number, number, number, number][] = [
  [5, 9, 11, 7, 1], [16, 13, 6, 12, 3], [3, 4, 4, 5, 2], [8, 1, 1, 6, 1], [4, 20, 37, 5, 2],
];

describe.each(['js', 'wasm'] as const)('the %s backend\'s kernels', (name) => {
  let backend: Backend;
  let h: KernelHarness;
  beforeAll(async () => {
    backend = await resolveBackend(name);
    h = new KernelHarness(backend);
  });
  afterAll(async () => {
    await h.close();
  });
  const untouched = (): void => expect(h.trampledCanary(), 'a kernel wrote outside its buffers').toBeNull();

  it.each(GEMM_CASES)('gemm %i×%i×%i with bias, residual and ReLU matches the plain product, the same bits however rows and panels are split', async (M, N, K) => {
    const A = randomTensor([M, K], `A ${M}×${K}`);
    const B = randomTensor([K, N], `B ${K}×${N}`);
    const bias = randomTensor([M], 'bias');
    const residual = randomTensor([M, N], 'residual');
    const expected = gemmNaive(A.data, B.data, M, K, N).map((v, i) => Math.max(0, v + bias.data[Math.floor(i / N)] + residual.data[i]));
    h.reset();
    const a = h.place(backend.float32.packedGemmFloats(M, K));
    backend.float32.packGemm(A.data, M, K, null, h.memory, a);
    const packedB = packColumns(B.data, K, N, backend.float32.NR);
    const b = h.place(packedB.length, packedB);
    const biasAt = h.place(M, bias.data);
    const residualAt = h.place(M * N, residual.data);
    const whole = h.place(M * N);
    const split = h.place(M * N);
    const tiles = Math.ceil(M / backend.float32.MR);
    const panels = Math.ceil(N / backend.float32.NR);
    await h.call('gemm', M, N, K, a, b, whole, 0, tiles, 0, panels, biasAt, residualAt, true);
    expectClose('gemm', h.read(whole, M * N), expected, 1e-5);
    // Two workers' shares: rows split at t, panels split at p (B offset by the first share's panels).
    const t = tiles >> 1;
    const p = panels >> 1;
    for (const [t0, t1] of [[0, t], [t, tiles]]) {
      for (const [p0, p1] of [[0, p], [p, panels]]) {
        await h.call('gemm', M, N, K, a, b + p0 * K * backend.float32.NR, split, t0, t1, p0, p1, biasAt, residualAt, true);
      }
    }
    expectIdentical('gemm split in four', tensor([M, N], h.read(split, M * N)), tensor([M, N], h.read(whole, M * N)));
    untouched();
  });

  it.each(CONV_CASES)('im2col packs exactly the columns of the definition: %i×%i×%i → %i, kernel %i, stride %i, padding %i', async (C, H, W, Cout, k, stride, padding) => {
    const g = convGeometry(C, H, W, Cout, k, k, stride, padding);
    const { K, N } = gemmSizes(g);
    const input = randomTensor([C, H, W], 'im2col input');
    const expected = packColumns(im2colNaive(g, input.data), K, N, backend.float32.NR);
    h.reset();
    const inputAt = h.place(input.data.length, input.data);
    const packed = h.place(expected.length);
    const panels = Math.ceil(N / backend.float32.NR);
    await h.call('im2col', g, inputAt, packed, 0, panels >> 1);
    await h.call('im2col', g, inputAt, packed, panels >> 1, panels);
    expectIdentical('im2col', tensor([expected.length], h.read(packed, expected.length)), tensor([expected.length], expected));
    untouched();
  });

  it.each([2, 4] as const)('Winograd F(m×m, 3×3), m = %i, with bias, residual and ReLU matches the direct convolution, however the output channels are split', async (m) => {
    for (const [C, H, W, M, images] of WINOGRAD_CASES) {
      const g = convGeometry(C, H, W, M, 3, 3, 1, 1);
      const input = randomTensor([images, C, H, W], 'Winograd input');
      const weight = randomTensor([M, C, 3, 3], 'Winograd weight', 0.5);
      const bias = randomTensor([M], 'bias');
      const residual = randomTensor([images, M, H, W], 'residual');
      const direct = conv2dNaive(input, weight, bias.data, { padding: 1 });
      const expected = direct.data.map((v, i) => Math.max(0, v + residual.data[i]));
      h.reset();
      const w = h.place(backend.float32.packedWinogradFloats(m, M, C));
      backend.float32.packWinograd(m, weight.data, M, C, null, h.memory, w);
      const inputAt = h.place(input.data.length, input.data);
      const tilesPerImage = (m === 4 ? winograd4x4Tiles(g) : winogradTiles(g)).N;
      const panels = Math.ceil((images * tilesPerImage) / backend.float32.NR);
      const v = h.place(panels * backend.float32.NR * C * (m + 2) ** 2);
      const biasAt = h.place(M, bias.data);
      const residualAt = h.place(residual.data.length, residual.data);
      const whole = h.place(expected.length);
      const split = h.place(expected.length);
      await h.call('winogradInput', m, g, inputAt, v, 0, panels, images, C * H * W);
      const tiles = Math.ceil(M / backend.float32.MR);
      await h.call('winogradGemm', m, g, w, v, whole, 0, tiles, biasAt, residualAt, true, images, M * H * W);
      expectClose(`F(${m}×${m}) ${C}×${H}×${W} → ${M}, ${images} images`, h.read(whole, expected.length), expected, 1e-5);
      await h.call('winogradGemm', m, g, w, v, split, 0, tiles >> 1, biasAt, residualAt, true, images, M * H * W);
      await h.call('winogradGemm', m, g, w, v, split, tiles >> 1, tiles, biasAt, residualAt, true, images, M * H * W);
      expectIdentical('split output channels', tensor([expected.length], h.read(split, expected.length)), tensor([expected.length], h.read(whole, expected.length)));
      untouched();
    }
  });

  it.each(['im2col', 'winograd2x2', 'winograd4x4'] as const)('packs weights times a per-channel scale (BatchNorm folding) for %s', async (algorithm) => {
    const [C, H, W, M] = [5, 9, 11, 7];
    const g = convGeometry(C, H, W, M, 3, 3, 1, 1);
    const input = randomTensor([1, C, H, W], 'fold input');
    const weight = randomTensor([M, C, 3, 3], 'fold weight', 0.5);
    const scale = Float64Array.from([0.5, 2, -1, 3, 0.25, 1.5, -0.75]);
    const scaled = tensor(weight.shape, weight.data.map((v, i) => v * scale[Math.floor(i / (C * 9))]));
    const expected = conv2dNaive(input, scaled, null, { padding: 1 });
    h.reset();
    const m = algorithm === 'winograd4x4' ? 4 : 2;
    const w = h.place(algorithm === 'im2col' ? backend.float32.packedGemmFloats(M, C * 9) : backend.float32.packedWinogradFloats(m, M, C));
    if (algorithm === 'im2col') backend.float32.packGemm(weight.data, M, C * 9, scale, h.memory, w);
    else backend.float32.packWinograd(m, weight.data, M, C, scale, h.memory, w);
    const inputAt = h.place(input.data.length, input.data);
    const output = h.place(expected.data.length);
    const tiles = Math.ceil(M / backend.float32.MR);
    if (algorithm === 'im2col') {
      const { K, N } = gemmSizes(g);
      const panels = Math.ceil(N / backend.float32.NR);
      const columns = h.place(panels * K * backend.float32.NR);
      await h.call('im2col', g, inputAt, columns, 0, panels);
      await h.call('gemm', M, N, K, w, columns, output, 0, tiles, 0, panels, -1, -1, false);
    } else {
      const panels = Math.ceil((m === 4 ? winograd4x4Tiles(g) : winogradTiles(g)).N / backend.float32.NR);
      const v = h.place(panels * backend.float32.NR * C * (m + 2) ** 2);
      await h.call('winogradInput', m, g, inputAt, v, 0, panels, 1, 0);
      await h.call('winogradGemm', m, g, w, v, output, 0, tiles, -1, -1, false, 1, 0);
    }
    expectClose(`folded ${algorithm}`, h.read(output, expected.data.length), expected.data, 1e-5);
    untouched();
  });

  it('max-pool, global average pool, fc, ReLU, add and BatchNorm match their references', async () => {
    const x = randomTensor([2, 3, 11, 9], 'pool input', 2, -1);
    h.reset();
    const xAt = h.place(x.data.length, x.data);
    const pg = poolGeometry(3, 11, 9, 3, 2, 1);
    const pooled = h.place(2 * 3 * pg.outHeight * pg.outWidth);
    await h.call('maxPool2d', pg, xAt, pooled, 0, 6);
    const expectedPool = maxPool2dNaive(x, { kernelSize: 3, stride: 2, padding: 1 });
    expectIdentical('maxPool2d', tensor(expectedPool.shape, h.read(pooled, expectedPool.data.length)), expectedPool);
    // Wide enough for runs of four whole windows side by side (ResNet's pool), and an odd width.
    for (const width of [40, 41]) {
      const wide = randomTensor([1, 2, 13, width], `wide pool input ${width}`, 2, -1);
      const wideAt = h.place(wide.data.length, wide.data);
      const wg = poolGeometry(2, 13, width, 3, 2, 1);
      const wideOut = h.place(2 * wg.outHeight * wg.outWidth);
      await h.call('maxPool2d', wg, wideAt, wideOut, 0, 2);
      const wideExpected = maxPool2dNaive(wide, { kernelSize: 3, stride: 2, padding: 1 });
      expectIdentical(`maxPool2d ${13}×${width}`, tensor(wideExpected.shape, h.read(wideOut, wideExpected.data.length)), wideExpected);
    }

    const means = h.place(6);
    await h.call('globalAvgPool', xAt, means, 99, 0, 6);
    const expectedMeans = Array.from({ length: 6 }, (_, p) => x.data.slice(p * 99, (p + 1) * 99).reduce((s, v) => s + v, 0) / 99);
    expectClose('globalAvgPool', h.read(means, 6), expectedMeans, 1e-6);

    // fc: [2, 99] · [13, 99]ᵀ + b, rows split in two calls.
    const weight = randomTensor([13, 99], 'fc weight');
    const b = randomTensor([13], 'fc bias');
    const wAt = h.place(weight.data.length, weight.data);
    const bAt = h.place(13, b.data);
    const y = h.place(26);
    await h.call('linear', xAt, 2, 99, wAt, bAt, y, 13, 0, 6);
    await h.call('linear', xAt, 2, 99, wAt, bAt, y, 13, 6, 13);
    const expectedFc = Array.from({ length: 26 }, (_, i) => {
      const n = Math.floor(i / 13), o = i % 13;
      let s = b.data[o];
      for (let k = 0; k < 99; k++) s += x.data[n * 99 + k] * weight.data[o * 99 + k];
      return s;
    });
    expectClose('linear', h.read(y, 26), expectedFc, 1e-6);

    const r = h.place(x.data.length);
    await h.call('relu', xAt, r, 0, x.data.length);
    expectIdentical('relu', tensor(x.shape, h.read(r, x.data.length)), tensor(x.shape, x.data.map((v) => (v < 0 ? 0 : v))));
    const sum = h.place(x.data.length);
    await h.call('add', xAt, r, sum, 0, x.data.length);
    expectClose('add', h.read(sum, x.data.length), x.data.map((v) => v + (v < 0 ? 0 : v)), 1e-7);

    const scale = h.place(3, [0.5, -2, 3]);
    const shift = h.place(3, [1, 0.25, -4]);
    const normed = h.place(x.data.length);
    await h.call('batchNorm', xAt, normed, 3, 99, scale, shift, 0, 6);
    const k = [0.5, -2, 3], s = [1, 0.25, -4];
    expectClose('batchNorm', h.read(normed, x.data.length), x.data.map((v, i) => v * k[Math.floor(i / 99) % 3] + s[Math.floor(i / 99) % 3]), 1e-6);
    untouched();
  });
});
