// Every float32 primitive of both backends fed NaN, ±Infinity, −0 and denormals, against the
// plain references; and the GEMM at sizes around every multiple of its tile, for the backends'
// own MR × NR and for every tile shape the wasm generator can emit. A kernel that drops a NaN, turns
// an Infinity into a finite number, or mishandles a tile's edge fails here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../src/backends/backend.js';
import { resolveBackend } from '../src/backends/resolveBackend.js';
import { bindKernels } from '../src/backends/wasm/kernelSignatures.js';
import { buildWasmModule } from '../src/backends/wasm/wasmModule.js';
import { webAssembly } from '../src/backends/wasm/webAssemblyApi.js';
import { hasRelaxedSimd } from '../src/backends/wasm/simdSupport.js';
import { add } from '../src/tensor/add.js';
import { conv2dNaive } from '../src/tensor/conv2d.js';
import { gemmNaive } from '../src/tensor/gemm.js';
import { globalAvgPool } from '../src/tensor/globalAvgPool.js';
import { convGeometry, gemmSizes, im2colNaive } from '../src/tensor/im2col.js';
import { linear } from '../src/tensor/linear.js';
import { maxPool2dNaive, poolGeometry } from '../src/tensor/maxPool2d.js';
import { packWeights } from '../src/backends/float32/packWeights.js';
import { relu } from '../src/tensor/relu.js';
import { tensor, type Tensor } from '../src/tensor/tensor.js';
import { winogradTiles } from '../src/tensor/winograd.js';
import { winograd4x4Tiles } from '../src/tensor/winograd4x4.js';
import { expectClose } from './support/compare.js';
import { KernelHarness } from './support/kernelHarness.js';
import { packColumns } from './support/packColumns.js';
import { randomTensor } from './support/random.js';

const DENORMAL = 1e-40;
const SPECIALS = [NaN, Infinity, -Infinity, -0, DENORMAL, -DENORMAL];

/** A random tensor with the special values written at spread-out positions (a fixed pattern). */
function withSpecials(shape: number[], name: string, every = 7): Tensor {
  const t = randomTensor(shape, name);
  for (let i = 3, s = 0; i < t.data.length; i += every + (s % 5), s++) t.data[i] = SPECIALS[s % SPECIALS.length];
  return t;
}

function kind(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return 'finite';
}

/**
 * NaN exactly where the reference has NaN, the same infinities where it has infinities, and the
 * finite values within `relative` of the largest finite reference value.
 */
function expectSameSpecials(name: string, ours: ArrayLike<number>, reference: ArrayLike<number>, relative: number): void {
  expect(ours.length, `${name}: length`).toBe(reference.length);
  const finiteOurs: number[] = [];
  const finiteReference: number[] = [];
  let specials = 0;
  for (let i = 0; i < reference.length; i++) {
    if (kind(ours[i]) !== kind(reference[i])) expect.fail(`${name}: [${i}] is ${ours[i]}, the reference ${reference[i]}`);
    if (kind(reference[i]) === 'finite') {
      finiteOurs.push(ours[i]);
      finiteReference.push(reference[i]);
    } else specials++;
  }
  expect(specials, `${name}: the case has non-finite outputs to check`).toBeGreaterThan(0);
  expectClose(name, finiteOurs, finiteReference, relative);
}

describe.each(['js', 'wasm'] as const)('the %s backend\'s kernels with NaN, ±Infinity, −0 and denormals', (name) => {
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

  it('gemm propagates NaN and infinities as the plain product does, with bias, residual and ReLU', async () => {
    const [M, N, K] = [11, 21, 9];
    const A = withSpecials([M, K], 'special A', 13);
    const B = withSpecials([K, N], 'special B', 17);
    const bias = randomTensor([M], 'bias');
    const residual = withSpecials([M, N], 'special residual', 29);
    // ReLU as the kernels do it: x < 0 ? 0 : x (NaN stays NaN).
    const expected = gemmNaive(A.data, B.data, M, K, N).map((v, i) => {
      const x = v + bias.data[Math.floor(i / N)] + residual.data[i];
      return x < 0 ? 0 : x;
    });
    h.reset();
    const a = h.place(backend.float32.packedGemmFloats(M, K));
    backend.float32.packGemm(A.data, M, K, null, h.memory, a);
    const packedB = packColumns(B.data, K, N, backend.float32.NR);
    const b = h.place(packedB.length, packedB);
    const biasAt = h.place(M, bias.data);
    const residualAt = h.place(M * N, residual.data);
    const c = h.place(M * N);
    await h.call('gemm', M, N, K, a, b, c, 0, Math.ceil(M / backend.float32.MR), 0, Math.ceil(N / backend.float32.NR), biasAt, residualAt, true);
    expectSameSpecials('gemm', h.read(c, M * N), expected, 1e-5);
    untouched();
  });

  it('im2col copies every value bit for bit, NaN, −0 and denormals included', async () => {
    const g = convGeometry(3, 9, 10, 4, 3, 3, 2, 1);
    const { K, N } = gemmSizes(g);
    const input = withSpecials([3, 9, 10], 'special im2col input', 5);
    const expected = packColumns(im2colNaive(g, input.data), K, N, backend.float32.NR);
    h.reset();
    const inputAt = h.place(input.data.length, input.data);
    const packed = h.place(expected.length);
    await h.call('im2col', g, inputAt, packed, 0, Math.ceil(N / backend.float32.NR));
    const ours = h.read(packed, expected.length);
    expect(Array.from(new Uint32Array(ours.buffer))).toEqual(Array.from(new Uint32Array(expected.buffer)));
    untouched();
  });

  it.each([2, 4] as const)('Winograd F(m×m), m = %i, makes every output non-finite that the direct convolution does, and matches it elsewhere', async (m) => {
    // Winograd mixes a tile's inputs before multiplying: a NaN or Infinity spreads to its whole
    // output tile, never less. Finite outputs of tiles without one match the direct convolution.
    const [C, H, W, M] = [4, 10, 13, 5];
    const g = convGeometry(C, H, W, M, 3, 3, 1, 1);
    const input = randomTensor([1, C, H, W], 'winograd special input');
    for (const [i, v] of [[17, NaN], [300, Infinity], [401, -Infinity], [55, -0], [77, DENORMAL]] as const) input.data[i] = v;
    const weight = randomTensor([M, C, 3, 3], 'winograd weight', 0.5);
    const expected = conv2dNaive(input, weight, null, { padding: 1 }).data;
    h.reset();
    const w = h.place(backend.float32.packedWinogradFloats(m, M, C));
    backend.float32.packWinograd(m, weight.data, M, C, null, h.memory, w);
    const inputAt = h.place(input.data.length, input.data);
    const panels = Math.ceil((m === 4 ? winograd4x4Tiles(g) : winogradTiles(g)).N / backend.float32.NR);
    const v = h.place(panels * backend.float32.NR * C * (m + 2) ** 2);
    const output = h.place(expected.length);
    await h.call('winogradInput', m, g, inputAt, v, 0, panels, 1, 0);
    await h.call('winogradGemm', m, g, w, v, output, 0, Math.ceil(M / backend.float32.MR), -1, -1, false, 1, 0);
    const ours = h.read(output, expected.length);
    let finite = 0;
    for (let i = 0; i < expected.length; i++) {
      if (!Number.isFinite(expected[i])) expect(Number.isFinite(ours[i]), `output ${i}: reference ${expected[i]}, ours ${ours[i]}`).toBe(false);
      else if (Number.isFinite(ours[i])) {
        finite++;
        expect(Math.abs(ours[i] - expected[i]), `output ${i}`).toBeLessThanOrEqual(1e-4 * (1 + Math.abs(expected[i])));
      }
    }
    expect(finite, 'most tiles hold no special value').toBeGreaterThan(expected.length / 2);
    untouched();
  });

  it('max-pool, global average pool, fc, ReLU, add and BatchNorm carry NaN and infinities as their references do', async () => {
    const x = withSpecials([2, 3, 11, 9], 'special pool input', 11);
    h.reset();
    const xAt = h.place(x.data.length, x.data);

    // Wide enough for the wasm kernel's four windows at a time; the NaN must win wherever it stands.
    const pg = poolGeometry(3, 11, 9, 3, 2, 1);
    const pooled = h.place(2 * 3 * pg.outHeight * pg.outWidth);
    await h.call('maxPool2d', pg, xAt, pooled, 0, 6);
    const expectedPool = maxPool2dNaive(x, { kernelSize: 3, stride: 2, padding: 1 }).data;
    expectSameSpecials('maxPool2d', h.read(pooled, expectedPool.length), expectedPool, 0);
    const wide = withSpecials([1, 2, 13, 40], 'special wide pool input', 19);
    const wideAt = h.place(wide.data.length, wide.data);
    const wg = poolGeometry(2, 13, 40, 3, 2, 1);
    const wideOut = h.place(2 * wg.outHeight * wg.outWidth);
    await h.call('maxPool2d', wg, wideAt, wideOut, 0, 2);
    const wideExpected = maxPool2dNaive(wide, { kernelSize: 3, stride: 2, padding: 1 }).data;
    expectSameSpecials('maxPool2d 13×40', h.read(wideOut, wideExpected.length), wideExpected, 0);

    const means = h.place(6);
    await h.call('globalAvgPool', xAt, means, 99, 0, 6);
    expectSameSpecials('globalAvgPool', h.read(means, 6), globalAvgPool(x).data, 1e-6);

    const weight = randomTensor([13, 99], 'fc weight');
    weight.data[5] = NaN;
    const b = randomTensor([13], 'fc bias');
    const wAt = h.place(weight.data.length, weight.data);
    const bAt = h.place(13, b.data);
    const y = h.place(26);
    await h.call('linear', xAt, 2, 99, wAt, bAt, y, 13, 0, 13);
    const flat = tensor([6, 99], x.data).data.subarray(0, 2 * 99);
    const expectedFc = linear(tensor([2, 99], flat), weight, b.data).data;
    expectSameSpecials('linear', h.read(y, 26), expectedFc, 1e-6);

    const r = h.place(x.data.length);
    await h.call('relu', xAt, r, 0, x.data.length);
    const expectedRelu = relu(x).data;
    expectSameSpecials('relu', h.read(r, x.data.length), expectedRelu, 0);
    const sum = h.place(x.data.length);
    await h.call('add', xAt, r, sum, 0, x.data.length);
    expectSameSpecials('add', h.read(sum, x.data.length), add(x, tensor(x.shape, expectedRelu)).data, 1e-7);

    const scale = h.place(3, [0.5, -2, 3]);
    const shift = h.place(3, [1, 0.25, -4]);
    const normed = h.place(x.data.length);
    await h.call('batchNorm', xAt, normed, 3, 99, scale, shift, 0, 6);
    const k = [0.5, -2, 3], s = [1, 0.25, -4];
    const expectedNorm = x.data.map((v, i) => v * k[Math.floor(i / 99) % 3] + s[Math.floor(i / 99) % 3]);
    expectSameSpecials('batchNorm', h.read(normed, x.data.length), expectedNorm, 1e-6);
    untouched();
  });

  it('gemm is exact to the plain product at every size around a multiple of its MR × NR tile, however the work is split', async () => {
    const { MR, NR } = backend.float32;
    const around = (t: number): number[] => [1, t - 1, t, t + 1, 2 * t - 1, 2 * t + 1].filter((v) => v >= 1);
    for (const M of around(MR)) {
      for (const N of around(NR)) {
        for (const K of [1, 3, 8]) {
          const A = randomTensor([M, K], `A ${M}×${K}`);
          const B = randomTensor([K, N], `B ${K}×${N}`);
          h.reset();
          const a = h.place(backend.float32.packedGemmFloats(M, K));
          backend.float32.packGemm(A.data, M, K, null, h.memory, a);
          const packedB = packColumns(B.data, K, N, NR);
          const b = h.place(packedB.length, packedB);
          const c = h.place(M * N);
          const tiles = Math.ceil(M / MR);
          const panels = Math.ceil(N / NR);
          // Two workers' shares of rows, each over all panels.
          await h.call('gemm', M, N, K, a, b, c, 0, tiles >> 1, 0, panels, -1, -1, false);
          await h.call('gemm', M, N, K, a, b, c, tiles >> 1, tiles, 0, panels, -1, -1, false);
          expectClose(`gemm ${M}×${N}×${K}`, h.read(c, M * N), gemmNaive(A.data, B.data, M, K, N), 1e-6);
          untouched();
        }
      }
    }
  });
});

describe('the wasm GEMM generator at every tile shape it emits', () => {
  // MR rows × NR columns (NR a multiple of the 4 lanes), with and without the fused multiply-add;
  // each module run, not only validated, at sizes around its tiles.
  const SHAPES = [1, 2, 3, 4, 5, 6].flatMap((MR) => [4, 8, 12, 16].map((NR) => [MR, NR] as const));

  it.each(SHAPES)('MR %i × NR %i matches the plain product with bias, residual and ReLU', async (MR, NR) => {
    const variants = [false, ...((await hasRelaxedSimd()) ? [true] : [])];
    for (const fma of variants) {
      const memory = new webAssembly!.Memory({ initial: 16, maximum: 16, shared: true });
      const floats = new Float32Array(memory.buffer);
      const k = bindKernels(new webAssembly!.Instance(new webAssembly!.Module(buildWasmModule({ MR, NR, fma }).encode()), { env: { memory } }).exports);
      for (const M of [MR - 1, MR, MR + 1, 2 * MR + 1].filter((v) => v >= 1)) {
        for (const N of [NR - 1, NR, NR + 1, 2 * NR + 3]) {
          const K = 5;
          const A = randomTensor([M, K], `A ${MR}×${NR}`);
          const B = randomTensor([K, N], `B ${MR}×${NR}`);
          const bias = randomTensor([M], 'bias');
          const residual = randomTensor([M, N], 'residual');
          const expected = gemmNaive(A.data, B.data, M, K, N).map((v, i) => Math.max(0, v + bias.data[Math.floor(i / N)] + residual.data[i]));
          // Layout in floats: A at 0, B at 4096, bias at 8192, residual at 8448, C at 12288 with a
          // guard after it, the worker's scratch at 16384.
          floats.fill(1234.5);
          floats.set(packWeights(A.data, M, K, MR), 0);
          floats.set(packColumns(B.data, K, N, NR), 4096);
          floats.set(bias.data, 8192);
          floats.set(residual.data, 8448);
          k.gemm({
            M, N, K, a: 0, b: 4096 * 4, c: 12288 * 4, tileStart: 0, tileEnd: Math.ceil(M / MR), panelStart: 0, panelEnd: Math.ceil(N / NR),
            bias: 8192 * 4, residual: 8448 * 4, relu: 1, scratch: 16384 * 4,
          });
          const name = `${MR}×${NR}${fma ? ' fma' : ''}: ${M}×${N}×${K}`;
          expectClose(name, floats.slice(12288, 12288 + M * N), expected, 1e-6);
          expect(floats[12288 + M * N], `${name}: the float after C`).toBe(1234.5);
        }
      }
    }
  });
});
