// The wasm backend's GEMM: C = A · B (+ bias) (+ residual) (then ReLU), emitted as WebAssembly
// SIMD by emitGemm(). The layouts are the JavaScript backend's (src/tensor/gemm.ts) with this
// backend's tile sizes:
//
//   A  packed weights, MR-row tiles, K-major:   a[t·K·MR + k·MR + i]  = A[t·MR + i, k]
//   B  packed columns, NR-column panels:         b[p·K·NR + k·NR + j]  = B[k, p·NR + j]
//   C  row-major [M, N] (one NCHW output plane per row), and the residual likewise
//
// The micro-kernel keeps an MR × NR block of C in MR·NR/4 f32x4 locals for the whole K loop. Per k
// it loads two v128 of B (NR = 8) and splats MR floats of A: MR·2 multiply-adds of four lanes.
// V8 keeps wasm locals in the 16 xmm registers of x64 while they fit: 4×8 needs 8 accumulators +
// 2 B + 1 A = 11 (bench/README.md has the MR study).
//
// Determinism: every C[m, n] is Σ_k A[m, k]·B[k, n] accumulated in float32 in k order (one lane
// of one accumulator), then + bias, + residual, ReLU — the same operations whether the block is
// whole or cut by the matrix edge, and whatever rows or panels a worker is given. Nothing depends
// on the split, so results are bit-identical for any worker count and batch.

import { FunctionBuilder, type Local } from '../assembler.js';
import { kernelParams } from '../kernelSignatures.js';

export interface GemmShape {
  /** Rows of A per tile. */
  MR: number;
  /** Columns of B per panel: a multiple of 4 (f32x4 lanes). */
  NR: number;
  /** f32x4.relaxed_madd (one rounding) instead of f32x4.mul then f32x4.add (two). */
  fma: boolean;
}

/** acc = acc + a·b for v128 locals, by the chosen multiply-add. */
export function emitMultiplyAdd(f: FunctionBuilder, fma: boolean, acc: Local, a: () => void, b: () => void): void {
  if (fma) {
    a();
    b();
    f.get(acc).op('f32x4.relaxed_madd').set(acc);
  } else {
    f.get(acc);
    a();
    b();
    f.op('f32x4.mul').op('f32x4.add').set(acc);
  }
}

/** The micro-kernel's registers: MR × NR/4 accumulators, NR/4 vectors of B, one splat of A. */
export interface MicroKernelLocals {
  acc: Local[][];
  b: Local[];
  a: Local;
}

export function microKernelLocals(f: FunctionBuilder, shape: GemmShape): MicroKernelLocals {
  const vectors = shape.NR / 4;
  return {
    acc: Array.from({ length: shape.MR }, (_, i) => Array.from({ length: vectors }, (_, q) => f.local('v128', `acc${i}_${q}`))),
    b: Array.from({ length: vectors }, (_, q) => f.local('v128', `b${q}`)),
    a: f.local('v128', 'aSplat'),
  };
}

/**
 * The micro-kernel alone: acc[i][q] = Σ_k A-tile[k, i] · B-panel[k, 4q … 4q+3] over K (≥ 1),
 * with `aAddress` and `bAddress` the tile's and panel's byte addresses (advanced by the loop).
 */
export function emitMicroKernel(
  f: FunctionBuilder, shape: GemmShape, { acc, b, a }: MicroKernelLocals, aAddress: Local, bAddress: Local, K: Local, k: Local,
): void {
  const { MR, NR, fma } = shape;
  const vectors = NR / 4;
  for (const row of acc) for (const v of row) f.f32x4(0).set(v);
  f.get(K).set(k);
  f.loop(() => {
    for (let q = 0; q < vectors; q++) f.get(bAddress).memory('v128.load', 16 * q).set(b[q]);
    for (let i = 0; i < MR; i++) {
      f.get(aAddress).memory('v128.load32_splat', 4 * i).set(a);
      for (let q = 0; q < vectors; q++) emitMultiplyAdd(f, fma, acc[i][q], () => f.get(a), () => f.get(b[q]));
    }
    f.get(aAddress).i32(4 * MR).op('i32.add').set(aAddress);
    f.get(bAddress).i32(4 * NR).op('i32.add').set(bAddress);
    f.get(k).i32(1).op('i32.sub').tee(k).brIf(0);
  });
}

/**
 * gemm(M, N, K, a, b, c, tileStart, tileEnd, panelStart, panelEnd, bias, residual, relu, scratch):
 * rows tiles [tileStart, tileEnd) × column panels [panelStart, panelEnd) of C. Addresses are in
 * bytes; B holds only those panels (panel p at b + (p − panelStart)·K·NR·4); bias and residual
 * are −1 when absent; scratch is MR·NR floats of this worker's own, for blocks cut by the edge.
 */
export function emitGemm(shape: GemmShape): FunctionBuilder {
  const { MR, NR } = shape;
  const f = new FunctionBuilder('gemm', kernelParams('gemm'));
  const [M, N, K, a, b, c, tileStart, tileEnd, panelStart, panelEnd] = f.params;
  const p = f.local('i32', 'p');
  const t = f.local('i32', 't');
  const k = f.local('i32', 'k');
  const aAddress = f.local('i32', 'aAddress');
  const bAddress = f.local('i32', 'bAddress');
  const cols = f.local('i32', 'cols');
  const registers = microKernelLocals(f, shape);
  const epilogue = {
    M, N, c, t, p, cols,
    row: f.local('i32', 'row'), offset: f.local('i32', 'offset'), j: f.local('i32', 'j'), x: f.local('f32', 'x'),
  };
  /** Block (t, p): the micro-kernel over all of K, then the epilogue (emitted once per loop order, its locals declared once). */
  const block = (): void => {
    // cols = min(NR, N − p·NR)
    f.get(N).get(p).i32(NR).op('i32.mul').op('i32.sub').set(cols);
    f.get(cols).i32(NR).op('i32.gt_s').ifThen(() => { f.i32(NR).set(cols); });
    f.get(a).get(t).get(K).op('i32.mul').i32(4 * MR).op('i32.mul').op('i32.add').set(aAddress);
    f.get(b).get(p).get(panelStart).op('i32.sub').get(K).op('i32.mul').i32(4 * NR).op('i32.mul').op('i32.add').set(bAddress);
    emitMicroKernel(f, shape, registers, aAddress, bAddress, K, k);
    emitGemmEpilogue(f, shape, registers.acc, epilogue);
  };
  // Loop order: whichever of this call's A tiles and B panels is larger is streamed through once,
  // in the outer loop; the smaller is re-read from cache for each of its blocks. (Panels outer for
  // early layers, many columns; tiles outer for late ones, whose weights are megabytes and whose
  // few panels fit in L2 — panel-outer re-read all of layer4's weights once per panel.) The blocks
  // and their arithmetic are the same either way.
  f.get(panelEnd).get(panelStart).op('i32.sub').i32(NR).op('i32.mul')
    .get(tileEnd).get(tileStart).op('i32.sub').i32(MR).op('i32.mul').op('i32.le_s')
    .ifElse(() => {
      f.forRange(t, () => f.get(tileStart), () => f.get(tileEnd), () => {
        f.forRange(p, () => f.get(panelStart), () => f.get(panelEnd), block);
      });
    }, () => {
      f.forRange(p, () => f.get(panelStart), () => f.get(panelEnd), () => {
        f.forRange(t, () => f.get(tileStart), () => f.get(tileEnd), block);
      });
    });
  return f;
}

/**
 * Stores the block (tile t, panel p) through the epilogue: for each valid row, + bias (splat),
 * then whole panels as v128 (+ residual, ReLU), or, at the right edge, lane by lane through the
 * scratch with the same additions in the same order.
 */
function emitGemmEpilogue(
  f: FunctionBuilder, shape: GemmShape, acc: Local[][],
  v: { M: Local; N: Local; c: Local; t: Local; p: Local; cols: Local; row: Local; offset: Local; j: Local; x: Local },
): void {
  const { MR, NR } = shape;
  const bias = f.param('bias');
  const residual = f.param('residual');
  const relu = f.param('relu');
  const scratch = f.param('scratch');
  const { row, offset, j, x } = v;
  for (let i = 0; i < MR; i++) {
    // row = t·MR + i; stop at M (rows past M are the zero padding of the last tile).
    f.get(v.t).i32(MR).op('i32.mul').i32(i).op('i32.add').tee(row).get(v.M).op('i32.lt_s').ifThen(() => {
      f.get(bias).i32(0).op('i32.ge_s').ifThen(() => {
        for (const accumulator of acc[i]) {
          f.get(accumulator).get(bias).get(row).i32(4).op('i32.mul').op('i32.add').memory('v128.load32_splat').op('f32x4.add').set(accumulator);
        }
      });
      // offset = (row·N + p·NR)·4: the block row's first element in C and in the residual.
      f.get(row).get(v.N).op('i32.mul').get(v.p).i32(NR).op('i32.mul').op('i32.add').i32(4).op('i32.mul').set(offset);
      f.get(v.cols).i32(NR).op('i32.eq').ifElse(() => {
        acc[i].forEach((accumulator, q) => {
          f.get(residual).i32(0).op('i32.ge_s').ifThen(() => {
            f.get(accumulator).get(residual).get(offset).op('i32.add').memory('v128.load', 16 * q).op('f32x4.add').set(accumulator);
          });
          f.get(relu).ifThen(() => { f.get(accumulator).f32x4(0).op('f32x4.max').set(accumulator); });
          f.get(v.c).get(offset).op('i32.add').get(accumulator).memory('v128.store', 16 * q);
        });
      }, () => {
        acc[i].forEach((accumulator, q) => { f.get(scratch).get(accumulator).memory('v128.store', 16 * q); });
        f.forRange(j, () => f.i32(0), () => f.get(v.cols), () => {
          f.get(scratch).get(j).i32(4).op('i32.mul').op('i32.add').memory('f32.load').set(x);
          f.get(residual).i32(0).op('i32.ge_s').ifThen(() => {
            f.get(x).get(residual).get(offset).op('i32.add').get(j).i32(4).op('i32.mul').op('i32.add').memory('f32.load').op('f32.add').set(x);
          });
          f.get(relu).ifThen(() => { f.get(x).f32(0).op('f32.max').set(x); });
          f.get(v.c).get(offset).op('i32.add').get(j).i32(4).op('i32.mul').op('i32.add').get(x).memory('f32.store');
        });
      });
    });
  }
}
