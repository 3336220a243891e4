// The wasm backend's Winograd convolutions, F(2×2, 3×3) and F(4×4, 3×3) (the algorithm and the
// layouts: src/tensor/winograd.ts and winograd4x4.ts). One generator serves both: `m` is the
// output block (2 or 4), T = m + 2 the input tile, E = T² the elements (GEMMs).
//
//   winogradInput<m>   V = Bᵀ d B for panels of tiles, packed v[((ξ·panels + p)·C + c)·NR + j]
//   winogradGemm<m>    for each (row tile, panel): the E micro-kernel GEMMs M_ξ = U_ξ · V_ξ, then
//                      Y = Aᵀ M A + bias (+ residual) (ReLU) stored into the NCHW output
//
// U = G g Gᵀ is made once at load time (src/backends/wasm/wasmBackend.ts), packed per element as
// the GEMM's A: u[(ξ·tilesM + t)·C·MR + c·MR + i], tilesM = ⌈M / MR⌉.
//
// Both transforms work on four tiles at once, one per f32x4 lane: the input transform loads four
// tiles' patches into vectors (lane by lane) and transforms them together; the output
// transform reads the products of four columns (tiles) as one v128 per element. Every value is
// float32; every output's sums run in a fixed order (c ascending in the GEMM, then the matrices'
// fixed combination), so the result does not depend on the worker split or the batch.

import { FunctionBuilder, type Local } from '../assembler.js';
import { emitMicroKernel, microKernelLocals, type GemmShape } from './gemm.js';
import { kernelParams } from '../kernelSignatures.js';

/** G (T × 3), Bᵀ (T × T) and Aᵀ (m × T) of F(m×m, 3×3), as in src/tensor/winograd.ts and winograd4x4.ts. */
const MATRICES: Record<number, { G: number[][]; Bt: number[][]; At: number[][] }> = {
  2: {
    G: [[1, 0, 0], [1 / 2, 1 / 2, 1 / 2], [1 / 2, -1 / 2, 1 / 2], [0, 0, 1]],
    Bt: [[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]],
    At: [[1, 1, 1, 0], [0, 1, -1, -1]],
  },
  4: {
    G: [[1 / 4, 0, 0], [-1 / 6, -1 / 6, -1 / 6], [-1 / 6, 1 / 6, -1 / 6], [1 / 24, 1 / 12, 1 / 6], [1 / 24, -1 / 12, 1 / 6], [0, 0, 1]],
    Bt: [
      [4, 0, -5, 0, 1, 0], [0, -4, -4, 1, 1, 0], [0, 4, -4, -1, 1, 0],
      [0, -2, -1, 2, 1, 0], [0, 2, -1, -2, 1, 0], [0, 4, 0, -5, 0, 1],
    ],
    At: [[1, 1, 1, 1, 1, 0], [0, 1, -1, 2, -2, 0], [0, 1, 1, 4, 4, 0], [0, 1, -1, 8, -8, 1]],
  },
};

/** target = Σ coefficient·value over the nonzero coefficients, in order, on f32x4 locals. */
function emitCombination(f: FunctionBuilder, coefficients: number[], values: Local[], target: Local): void {
  let first = true;
  coefficients.forEach((coefficient, i) => {
    if (coefficient === 0) return;
    const magnitude = Math.abs(coefficient);
    f.get(values[i]);
    if (magnitude !== 1) f.f32x4(magnitude).op('f32x4.mul');
    if (first) {
      if (coefficient < 0) f.op('f32x4.neg');
      first = false;
    } else {
      f.op(coefficient < 0 ? 'f32x4.sub' : 'f32x4.add');
    }
  });
  if (first) f.f32x4(0);
  f.set(target);
}

/** out = L·X·Lᵀ for X a size×size matrix of v128 locals (row-major) and L (rows × size) constant. */
function emitTwoSided(f: FunctionBuilder, L: number[][], x: Local[], size: number, temp: Local[], out: Local[]): void {
  // temp[i][s] = Σ_r L[i][r]·x[r][s]  (L·X), then out[i][j] = Σ_s temp[i][s]·L[j][s]  ((L·X)·Lᵀ).
  const rows = L.length;
  for (let i = 0; i < rows; i++) {
    for (let s = 0; s < size; s++) {
      emitCombination(f, L[i], Array.from({ length: size }, (_, r) => x[r * size + s]), temp[i * size + s]);
    }
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < rows; j++) {
      emitCombination(f, L[j], Array.from({ length: size }, (_, s) => temp[i * size + s]), out[i * rows + j]);
    }
  }
}

/**
 * winogradFilters<m>(M, C, filters, scale, u): U = G (s·g) Gᵀ of every 3×3 filter g of
 * [M, C, 3, 3] at `filters`, s = scale[row] (float32; −1: none), packed as the GEMM's A at `u`
 * (the layout in the header; rows past M zero). Four input channels at a time, one per lane.
 * Runs once, when the weights are packed.
 */
export function emitWinogradFilters(m: 2 | 4, MR: number): FunctionBuilder {
  const T = m + 2;
  const E = T * T;
  const { G } = MATRICES[m];
  const f = new FunctionBuilder(`winogradFilters${m}`, kernelParams(`winogradFilters${m}`));
  const [M, C, filters, scale, u] = f.params;
  const rowScale = f.local('v128', 'rowScale');
  const tilesM = f.local('i32', 'tilesM');
  const row = f.local('i32', 'row');
  const c = f.local('i32', 'c');
  const e = f.local('i32', 'e');
  const at = f.local('i32', 'at');
  const elementBytes = f.local('i32', 'elementBytes');
  const source = [0, 1, 2, 3].map((l) => f.local('i32', `source${l}`));
  const g = Array.from({ length: 9 }, (_, k) => f.local('v128', `g${k}`));
  const temp = Array.from({ length: T * 3 }, (_, k) => f.local('v128', `s${k}`));
  const U = Array.from({ length: E }, (_, k) => f.local('v128', `u${k}`));
  f.get(M).i32(MR - 1).op('i32.add').i32(MR).op('i32.div_s').set(tilesM);
  // Bytes between element ξ's block and element ξ+1's: tilesM·C·MR floats.
  f.get(tilesM).get(C).op('i32.mul').i32(MR * 4).op('i32.mul').set(elementBytes);
  /** at = u + ((t·C + c)·MR + i)·4 for row = t·MR + i: element 0's place of filter (row, c). */
  const place = (): void => {
    f.get(u).get(row).i32(MR).op('i32.div_s').get(C).op('i32.mul').get(c).op('i32.add').i32(MR).op('i32.mul')
      .get(row).i32(MR).op('i32.rem_s').op('i32.add').i32(4).op('i32.mul').op('i32.add').set(at);
  };
  f.forRange(row, () => f.i32(0), () => f.get(tilesM).i32(MR).op('i32.mul'), () => {
    f.get(row).get(M).op('i32.lt_s').ifElse(() => {
      f.get(scale).i32(0).op('i32.ge_s').ifElse(() => {
        f.get(scale).get(row).i32(4).op('i32.mul').op('i32.add').memory('v128.load32_splat').set(rowScale);
      }, () => { f.f32x4(1).set(rowScale); });
      f.forRange(c, () => f.i32(0), () => f.get(C), () => {
        // Lane l: filter (row, c + l), or filter (row, c) again past C (computed, never stored).
        f.get(filters).get(row).get(C).op('i32.mul').get(c).op('i32.add').i32(36).op('i32.mul').op('i32.add').set(source[0]);
        source.slice(1).forEach((s, index) => {
          const l = index + 1;
          f.get(source[0]).i32(36 * l).op('i32.add').get(source[0]).get(c).i32(l).op('i32.add').get(C).op('i32.lt_s').op('select').set(s);
        });
        for (let k = 0; k < 9; k++) {
          f.get(source[0]).memory('f32.load', 4 * k).op('f32x4.splat');
          for (let l = 1; l < 4; l++) f.get(source[l]).memory('f32.load', 4 * k).lane('f32x4.replace_lane', l);
          f.get(rowScale).op('f32x4.mul').set(g[k]);
        }
        emitTwoSided(f, G, g, 3, temp, U);
        place();
        for (let x = 0; x < E; x++) {
          for (let l = 0; l < 4; l++) {
            const store = (): void => { f.get(at).get(U[x]).lane('f32x4.extract_lane', l).memory('f32.store', 4 * MR * l); };
            if (l === 0) store();
            else f.get(c).i32(l).op('i32.add').get(C).op('i32.lt_s').ifThen(store);
          }
          if (x < E - 1) f.get(at).get(elementBytes).op('i32.add').set(at);
        }
      }, 4);
    }, () => {
      // Rows past M: the zero padding of the last tile.
      f.forRange(c, () => f.i32(0), () => f.get(C), () => {
        place();
        f.forRange(e, () => f.i32(0), () => f.i32(E), () => {
          f.get(at).f32(0).memory('f32.store');
          f.get(at).get(elementBytes).op('i32.add').set(at);
        });
      });
    });
  });
  return f;
}

/**
 * winogradInput<m>(C, H, W, tilesW, tilesPerImage, N, panels, input, packed, panelStart, panelEnd,
 * imageStride, scratch): V for panels [panelStart, panelEnd) of the batch's N tiles (tile n is
 * tile n mod tilesPerImage of image n / tilesPerImage, images imageStride bytes apart). Scratch:
 * E·4 floats of this worker's own.
 */
export function emitWinogradInput(m: 2 | 4, NR: number): FunctionBuilder {
  const T = m + 2;
  const E = T * T;
  const { Bt } = MATRICES[m];
  const f = new FunctionBuilder(`winogradInput${m}`, kernelParams(`winogradInput${m}`));
  const [C, H, W, tilesW, tilesPerImage, N, panels, input, packed, panelStart, panelEnd, imageStride, scratch] = f.params;
  const p = f.local('i32', 'p');
  const quad = f.local('i32', 'quad');
  const c = f.local('i32', 'c');
  const n = f.local('i32', 'n');
  const tile = f.local('i32', 'tile');
  const ty = f.local('i32', 'ty');
  const y = f.local('i32', 'y');
  const xx = f.local('i32', 'x');
  const allInside = f.local('i32', 'allInside');
  const planeBytes = f.local('i32', 'planeBytes');
  const origin = [0, 1, 2, 3].map((l) => f.local('i32', `origin${l}`));
  const rows = [0, 1, 2, 3].map((l) => f.local('i32', `row${l}`));
  const at = f.local('i32', 'at');
  const lanes = [0, 1, 2, 3].map((l) => ({
    y0: f.local('i32', `y0_${l}`), x0: f.local('i32', `x0_${l}`), base: f.local('i32', `base${l}`), inside: f.local('i32', `inside${l}`),
  }));
  const d = Array.from({ length: E }, (_, e) => f.local('v128', `d${e}`));
  const t = Array.from({ length: E }, (_, e) => f.local('v128', `t${e}`));
  const v = Array.from({ length: E }, (_, e) => f.local('v128', `v${e}`));
  f.forRange(p, () => f.get(panelStart), () => f.get(panelEnd), () => {
    f.forRange(quad, () => f.i32(0), () => f.i32(NR / 4), () => {
      lanes.forEach((lane, l) => {
        // n = p·NR + 4·quad + l; its image, and its patch's top-left corner (padding 1).
        f.get(p).i32(NR).op('i32.mul').get(quad).i32(4).op('i32.mul').op('i32.add').i32(l).op('i32.add').tee(n).get(N).op('i32.lt_s').ifElse(() => {
          f.get(n).get(tilesPerImage).op('i32.rem_s').set(tile);
          f.get(input).get(n).get(tilesPerImage).op('i32.div_s').get(imageStride).op('i32.mul').op('i32.add').set(lane.base);
          f.get(tile).get(tilesW).op('i32.div_s').tee(ty).i32(m).op('i32.mul').i32(1).op('i32.sub').set(lane.y0);
          f.get(tile).get(ty).get(tilesW).op('i32.mul').op('i32.sub').i32(m).op('i32.mul').i32(1).op('i32.sub').set(lane.x0);
        }, () => {
          // A tile past N: every tap reads as zero.
          f.i32(-(1 << 24)).set(lane.y0).i32(0).set(lane.x0).get(input).set(lane.base);
        });
        f.get(lane.y0).i32(0).op('i32.ge_s').get(lane.x0).i32(0).op('i32.ge_s').op('i32.and')
          .get(lane.y0).i32(T).op('i32.add').get(H).op('i32.le_s').op('i32.and')
          .get(lane.x0).i32(T).op('i32.add').get(W).op('i32.le_s').op('i32.and').set(lane.inside);
      });
      // All four patches inside the image (all but the border tiles): each element's four lanes are
      // loaded straight into a v128 (splat, then replace lanes 1-3), with no checks and no trip
      // through memory. Otherwise each lane's patch is gathered, with checks, into the scratch.
      f.get(lanes[0].inside).get(lanes[1].inside).op('i32.and').get(lanes[2].inside).op('i32.and').get(lanes[3].inside).op('i32.and').set(allInside);
      lanes.forEach((lane, l) => {
        f.get(lane.base).get(lane.y0).get(W).op('i32.mul').get(lane.x0).op('i32.add').i32(4).op('i32.mul').op('i32.add').set(origin[l]);
      });
      f.get(H).get(W).op('i32.mul').i32(4).op('i32.mul').set(planeBytes);
      f.forRange(c, () => f.i32(0), () => f.get(C), () => {
        f.get(allInside).ifElse(() => {
          origin.forEach((o, l) => { f.get(o).get(c).get(planeBytes).op('i32.mul').op('i32.add').set(rows[l]); });
          for (let r = 0; r < T; r++) {
            for (let x = 0; x < T; x++) {
              f.get(rows[0]).memory('f32.load', 4 * x).op('f32x4.splat');
              for (let l = 1; l < 4; l++) f.get(rows[l]).memory('f32.load', 4 * x).lane('f32x4.replace_lane', l);
              f.set(d[r * T + x]);
            }
            if (r < T - 1) rows.forEach((row) => { f.get(row).get(W).i32(4).op('i32.mul').op('i32.add').set(row); });
          }
        }, () => {
          lanes.forEach((lane, l) => {
            // Gather the lane's T×T patch of channel c into scratch[ξ][l], zero outside the image.
            for (let r = 0; r < T; r++) {
              for (let x = 0; x < T; x++) {
                f.get(lane.y0).i32(r).op('i32.add').set(y);
                f.get(lane.x0).i32(x).op('i32.add').set(xx);
                f.get(y).get(H).op('i32.lt_u').get(xx).get(W).op('i32.lt_u').op('i32.and').ifElse(() => {
                  f.get(scratch).get(lane.base).get(c).get(H).op('i32.mul').get(y).op('i32.add').get(W).op('i32.mul').get(xx).op('i32.add')
                    .i32(4).op('i32.mul').op('i32.add').memory('f32.load').memory('f32.store', 16 * (r * T + x) + 4 * l);
                }, () => {
                  f.get(scratch).f32(0).memory('f32.store', 16 * (r * T + x) + 4 * l);
                });
              }
            }
          });
          for (let e = 0; e < E; e++) f.get(scratch).memory('v128.load', 16 * e).set(d[e]);
        });
        emitTwoSided(f, Bt, d, T, t, v);
        // V_ξ[c, p·NR + 4·quad …] at packed + (((ξ·panels + p)·C + c)·NR + 4·quad)·4
        f.get(packed).get(p).get(C).op('i32.mul').get(c).op('i32.add').i32(NR * 4).op('i32.mul').op('i32.add')
          .get(quad).i32(16).op('i32.mul').op('i32.add').set(at);
        for (let e = 0; e < E; e++) {
          f.get(at).get(v[e]).memory('v128.store');
          if (e < E - 1) f.get(at).get(panels).get(C).op('i32.mul').i32(NR * 4).op('i32.mul').op('i32.add').set(at);
        }
      });
    });
  });
  return f;
}

/**
 * winogradGemm<m>(M, C, N, panels, tilesW, tilesPerImage, OH, OW, u, v, c, tileStart, tileEnd,
 * bias, residual, relu, imageStride, scratch): output-channel row tiles [tileStart, tileEnd) of
 * every tile of the batch. Scratch, this worker's own: E·MR·NR floats of products, m²·4 floats of
 * outputs, then NR × 3 i32 of where each column's tile lies.
 */
export function emitWinogradGemm(m: 2 | 4, shape: GemmShape): FunctionBuilder {
  const { MR, NR } = shape;
  const T = m + 2;
  const E = T * T;
  const { At } = MATRICES[m];
  const f = new FunctionBuilder(`winogradGemm${m}`, kernelParams(`winogradGemm${m}`));
  const [M, C, N, panels, tilesW, tilesPerImage, OH, OW, u, v, out, tileStart, tileEnd, bias, residual, relu, imageStride, scratch] = f.params;
  const products = scratch;
  const outputs = f.local('i32', 'outputs');
  const where = f.local('i32', 'where');
  const p = f.local('i32', 'p');
  const t = f.local('i32', 't');
  const e = f.local('i32', 'e');
  const k = f.local('i32', 'k');
  const j = f.local('i32', 'j');
  const n = f.local('i32', 'n');
  const tile = f.local('i32', 'tile');
  const ty = f.local('i32', 'ty');
  const i = f.local('i32', 'i');
  const row = f.local('i32', 'row');
  const quad = f.local('i32', 'quad');
  const lane = f.local('i32', 'lane');
  const tilesM = f.local('i32', 'tilesM');
  const aAddress = f.local('i32', 'aAddress');
  const bAddress = f.local('i32', 'bAddress');
  const plane = f.local('i32', 'plane');
  const target = f.local('i32', 'target');
  const source = f.local('i32', 'source');
  const added = f.local('i32', 'added');
  const rowsLeft = f.local('i32', 'rowsLeft');
  const colsLeft = f.local('i32', 'colsLeft');
  const floor = f.local('f32', 'floor');
  const value = f.local('f32', 'value');
  const biasVector = f.local('v128', 'biasVector');
  const registers = microKernelLocals(f, shape);
  const mv = Array.from({ length: E }, (_, x) => f.local('v128', `m${x}`));
  const temp = Array.from({ length: m * T }, (_, x) => f.local('v128', `s${x}`));
  const y = Array.from({ length: m * m }, (_, x) => f.local('v128', `y${x}`));

  f.get(scratch).i32(E * MR * NR * 4).op('i32.add').tee(outputs).i32(m * m * 16).op('i32.add').set(where);
  f.get(M).i32(MR - 1).op('i32.add').i32(MR).op('i32.div_s').set(tilesM);
  // ReLU as max(·, floor): 0 clamps, −∞ leaves every value as it is.
  f.get(relu).ifElse(() => { f.f32(0).set(floor); }, () => { f.f32(-Infinity).set(floor); });
  /** The table of where each column (tile) of panel p lies, in the scratch. */
  const columnTable = (): void => {
    // Where each column's tile lies: byte offset of its top-left output in the image's plane 0,
    // and how many output rows and columns it has left (0 rows: a column past N).
    f.forRange(j, () => f.i32(0), () => f.i32(NR), () => {
      f.get(where).get(j).i32(12).op('i32.mul').op('i32.add').set(target);
      f.get(p).i32(NR).op('i32.mul').get(j).op('i32.add').tee(n).get(N).op('i32.lt_s').ifElse(() => {
        f.get(n).get(tilesPerImage).op('i32.rem_s').tee(tile).get(tilesW).op('i32.div_s').set(ty);
        f.get(target)
          .get(n).get(tilesPerImage).op('i32.div_s').get(imageStride).op('i32.mul')
          .get(ty).get(OW).op('i32.mul').get(tile).get(ty).get(tilesW).op('i32.mul').op('i32.sub').op('i32.add').i32(m * 4).op('i32.mul')
          .op('i32.add').memory('i32.store');
        f.get(target).get(OH).get(ty).i32(m).op('i32.mul').op('i32.sub').memory('i32.store', 4);
        f.get(target).get(OW).get(tile).get(ty).get(tilesW).op('i32.mul').op('i32.sub').i32(m).op('i32.mul').op('i32.sub').memory('i32.store', 8);
      }, () => {
        f.get(target).i32(0).memory('i32.store', 4);
      });
    });
  };
  /** Block (t, p): the E GEMMs into the products, then the output transform and the stores. */
  const block = (): void => {
      f.forRange(e, () => f.i32(0), () => f.i32(E), () => {
        f.get(u).get(e).get(tilesM).op('i32.mul').get(t).op('i32.add').get(C).op('i32.mul').i32(MR * 4).op('i32.mul').op('i32.add').set(aAddress);
        f.get(v).get(e).get(panels).op('i32.mul').get(p).op('i32.add').get(C).op('i32.mul').i32(NR * 4).op('i32.mul').op('i32.add').set(bAddress);
        emitMicroKernel(f, shape, registers, aAddress, bAddress, C, k);
        f.get(products).get(e).i32(MR * NR * 4).op('i32.mul').op('i32.add').set(target);
        registers.acc.forEach((rowAcc, r) => rowAcc.forEach((a, q) => { f.get(target).get(a).memory('v128.store', (r * NR + q * 4) * 4); }));
      });
      f.forRange(i, () => f.i32(0), () => f.i32(MR), () => {
        f.get(t).i32(MR).op('i32.mul').get(i).op('i32.add').tee(row).get(M).op('i32.lt_s').ifThen(() => {
          f.get(bias).i32(0).op('i32.ge_s').ifElse(() => {
            f.get(bias).get(row).i32(4).op('i32.mul').op('i32.add').memory('v128.load32_splat').set(biasVector);
          }, () => { f.f32x4(0).set(biasVector); });
          f.get(row).get(OH).op('i32.mul').get(OW).op('i32.mul').i32(4).op('i32.mul').set(plane);
          f.forRange(quad, () => f.i32(0), () => f.i32(NR / 4), () => {
            // The E products of four columns (tiles) of this row, one v128 each; Y = Aᵀ M A + bias.
            f.get(products).get(i).i32(NR).op('i32.mul').get(quad).i32(4).op('i32.mul').op('i32.add').i32(4).op('i32.mul').op('i32.add').set(source);
            for (let x = 0; x < E; x++) f.get(source).memory('v128.load', x * MR * NR * 4).set(mv[x]);
            emitTwoSided(f, At, mv, T, temp, y);
            for (let q = 0; q < m * m; q++) f.get(outputs).get(y[q]).get(biasVector).op('f32x4.add').memory('v128.store', 16 * q);
            f.forRange(lane, () => f.i32(0), () => f.i32(4), () => {
              f.get(where).get(quad).i32(4).op('i32.mul').get(lane).op('i32.add').i32(12).op('i32.mul').op('i32.add').set(source);
              f.get(source).memory('i32.load', 4).tee(rowsLeft).i32(0).op('i32.gt_s').ifThen(() => {
                f.get(source).memory('i32.load', 8).set(colsLeft);
                f.get(source).memory('i32.load').get(plane).op('i32.add').set(target);
                f.get(outputs).get(lane).i32(4).op('i32.mul').op('i32.add').set(source);
                emitScatter(f, m, { OW, out, residual, target, source, added, rowsLeft, colsLeft, floor, value });
              });
            });
          });
        });
      });
  };
  // Loop order, as in gemm(): the larger of this call's U tiles and V panels is streamed once in
  // the outer loop (panels outer at layer1, where V is megabytes; row tiles outer from layer3 on,
  // where U is, and the panels fit in L2). The column table is rebuilt for each panel visited.
  f.get(panels).i32(NR).op('i32.mul').get(tileEnd).get(tileStart).op('i32.sub').i32(MR).op('i32.mul').op('i32.le_s')
    .ifElse(() => {
      f.forRange(t, () => f.get(tileStart), () => f.get(tileEnd), () => {
        f.forRange(p, () => f.i32(0), () => f.get(panels), () => {
          columnTable();
          block();
        });
      });
    }, () => {
      f.forRange(p, () => f.i32(0), () => f.get(panels), () => {
        columnTable();
        f.forRange(t, () => f.get(tileStart), () => f.get(tileEnd), block);
      });
    });
  return f;
}

/**
 * Stores one tile's m×m outputs (outputs[q][lane] at source + 16·q) at out + target, adding the
 * residual at residual + target when there is one, then max(·, floor). Whole tiles store without
 * checks; tiles cut by the image's edge store only their rows < rowsLeft and columns < colsLeft.
 */
function emitScatter(
  f: FunctionBuilder, m: number,
  l: { OW: Local; out: Local; residual: Local; target: Local; source: Local; added: Local; rowsLeft: Local; colsLeft: Local; floor: Local; value: Local },
): void {
  const store = (qy: number, qx: number, withResidual: boolean): void => {
    f.get(l.source).memory('f32.load', 16 * (qy * m + qx)).set(l.value);
    if (withResidual) f.get(l.value).get(l.residual).get(l.added).op('i32.add').memory('f32.load', 4 * qx).op('f32.add').set(l.value);
    f.get(l.out).get(l.added).op('i32.add').get(l.value).get(l.floor).op('f32.max').memory('f32.store', 4 * qx);
  };
  const tileRows = (withResidual: boolean, checked: boolean): void => {
    f.get(l.target).set(l.added);
    for (let qy = 0; qy < m; qy++) {
      const rowBody = (): void => {
        for (let qx = 0; qx < m; qx++) {
          if (checked) f.i32(qx).get(l.colsLeft).op('i32.lt_s').ifThen(() => store(qy, qx, withResidual));
          else store(qy, qx, withResidual);
        }
      };
      if (checked) f.i32(qy).get(l.rowsLeft).op('i32.lt_s').ifThen(rowBody);
      else rowBody();
      if (qy < m - 1) f.get(l.added).get(l.OW).i32(4).op('i32.mul').op('i32.add').set(l.added);
    }
  };
  const whole = (): void => { f.get(l.rowsLeft).i32(m).op('i32.ge_s').get(l.colsLeft).i32(m).op('i32.ge_s').op('i32.and'); };
  f.get(l.residual).i32(0).op('i32.ge_s').ifElse(() => {
    whole();
    f.ifElse(() => tileRows(true, false), () => tileRows(true, true));
  }, () => {
    whole();
    f.ifElse(() => tileRows(false, false), () => tileRows(false, true));
  });
}
