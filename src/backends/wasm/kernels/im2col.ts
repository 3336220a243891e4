// The wasm backend's im2col: packs one image's convolution patches into the GEMM's NR-column
// panels (the layout of src/tensor/im2col.ts, with this backend's NR):
//
//   packed[panel·K·NR + k·NR + j] = input[c, oy·s − p + ky, ox·s − p + kx]   (0 outside the image
//                                   and for columns past N),  k = (c·kh + ky)·kw + kx,  n = oy·OW + ox
//
// Per panel, each column's patch origin is computed once into locals; the k loop then writes NR
// floats per step. A panel of columns on one output row, all inside the image, is copied with
// vector loads (the inner part of conv1's, and of every stride-1 or -2 convolution's, columns);
// otherwise a column whose whole patch lies inside the image is copied without bounds checks, and
// only columns near the border check each tap.

import { FunctionBuilder } from '../assembler.js';
import { kernelParams } from '../kernelSignatures.js';

/**
 * im2col(C, H, W, kh, kw, stride, padding, OW, N, input, packed, panelStart, panelEnd):
 * panels [panelStart, panelEnd) of the packed columns of one image at byte address `input`,
 * panel p written at packed + p·K·NR·4 (the caller offsets `packed` for chunks).
 */
export function emitIm2col(NR: number): FunctionBuilder {
  const f = new FunctionBuilder('im2col', kernelParams('im2col'));
  const [C, H, W, kh, kw, stride, padding, OW, N, input, packed, panelStart, panelEnd] = f.params;
  const p = f.local('i32', 'p');
  const n = f.local('i32', 'n');
  const c = f.local('i32', 'c');
  const ky = f.local('i32', 'ky');
  const kx = f.local('i32', 'kx');
  const y = f.local('i32', 'y');
  const x = f.local('i32', 'x');
  const out = f.local('i32', 'out');
  const plane = f.local('i32', 'plane');
  const run = f.local('i32', 'run');
  const originY = Array.from({ length: NR }, (_, j) => f.local('i32', `originY${j}`));
  const originX = Array.from({ length: NR }, (_, j) => f.local('i32', `originX${j}`));
  /** 1 when column j's whole patch is inside the image: no checks needed. */
  const inside = Array.from({ length: NR }, (_, j) => f.local('i32', `inside${j}`));
  f.forRange(p, () => f.get(panelStart), () => f.get(panelEnd), () => {
    for (let j = 0; j < NR; j++) {
      // Columns past N get an origin far above the image: every tap reads as zero.
      f.get(p).i32(NR).op('i32.mul').i32(j).op('i32.add').tee(n).get(N).op('i32.lt_s').ifElse(() => {
        f.get(n).get(OW).op('i32.div_s').get(stride).op('i32.mul').get(padding).op('i32.sub').set(originY[j]);
        f.get(n).get(OW).op('i32.rem_s').get(stride).op('i32.mul').get(padding).op('i32.sub').set(originX[j]);
      }, () => {
        f.i32(-(1 << 24)).set(originY[j]).i32(0).set(originX[j]);
      });
      f.get(originY[j]).i32(0).op('i32.ge_s')
        .get(originX[j]).i32(0).op('i32.ge_s').op('i32.and')
        .get(originY[j]).get(kh).op('i32.add').get(H).op('i32.le_s').op('i32.and')
        .get(originX[j]).get(kw).op('i32.add').get(W).op('i32.le_s').op('i32.and')
        .set(inside[j]);
    }
    // out = packed + p·K·NR·4, K = C·kh·kw
    f.get(packed).get(p).get(C).op('i32.mul').get(kh).op('i32.mul').get(kw).op('i32.mul').i32(4 * NR).op('i32.mul').op('i32.add').set(out);
    // A run: all NR columns inside the image and on one output row, so each k's NR values lie
    // `stride` apart in one input row. Stride 1: two v128 copies; stride 2: four v128 loads and the
    // even lanes kept (i8x16.shuffle). The loads may read up to 3 floats past the last tap
    // (inside the memory, never stored).
    f.get(stride).i32(2).op('i32.le_s');
    for (let j = 0; j < NR; j++) f.get(inside[j]).op('i32.and');
    f.get(originY[0]).get(originY[NR - 1]).op('i32.eq').op('i32.and').set(run);
    f.get(run).ifElse(() => {
      f.forRange(c, () => f.i32(0), () => f.get(C), () => {
        f.get(input).get(c).get(H).op('i32.mul').get(W).op('i32.mul').get(originY[0]).get(W).op('i32.mul').op('i32.add').get(originX[0]).op('i32.add')
          .i32(4).op('i32.mul').op('i32.add').set(plane);
        f.forRange(ky, () => f.i32(0), () => f.get(kh), () => {
          f.get(plane).get(ky).get(W).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(x);
          f.forRange(kx, () => f.i32(0), () => f.get(kw), () => {
            f.get(stride).i32(1).op('i32.eq').ifElse(() => {
              for (let q = 0; q < NR / 4; q++) f.get(out).get(x).memory('v128.load', 16 * q).memory('v128.store', 16 * q);
            }, () => {
              for (let q = 0; q < NR / 4; q++) {
                f.get(out).get(x).memory('v128.load', 32 * q).get(x).memory('v128.load', 32 * q + 16)
                  .shuffle([0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27]).memory('v128.store', 16 * q);
              }
            });
            f.get(x).i32(4).op('i32.add').set(x);
            f.get(out).i32(4 * NR).op('i32.add').set(out);
          });
        });
      });
    }, () => {
      f.forRange(c, () => f.i32(0), () => f.get(C), () => {
        f.get(input).get(c).get(H).op('i32.mul').get(W).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(plane);
        f.forRange(ky, () => f.i32(0), () => f.get(kh), () => {
          f.forRange(kx, () => f.i32(0), () => f.get(kw), () => {
            for (let j = 0; j < NR; j++) {
              f.get(inside[j]).ifElse(() => {
                f.get(out).get(plane).get(originY[j]).get(ky).op('i32.add').get(W).op('i32.mul').get(originX[j]).op('i32.add').get(kx).op('i32.add')
                  .i32(4).op('i32.mul').op('i32.add').memory('f32.load').memory('f32.store', 4 * j);
              }, () => {
                f.get(originY[j]).get(ky).op('i32.add').set(y);
                f.get(originX[j]).get(kx).op('i32.add').set(x);
                // (unsigned) y < H and x < W: also false for negative y, x.
                f.get(y).get(H).op('i32.lt_u').get(x).get(W).op('i32.lt_u').op('i32.and').ifElse(() => {
                  f.get(out).get(plane).get(y).get(W).op('i32.mul').get(x).op('i32.add').i32(4).op('i32.mul').op('i32.add')
                    .memory('f32.load').memory('f32.store', 4 * j);
                }, () => {
                  f.get(out).f32(0).memory('f32.store', 4 * j);
                });
              });
            }
            f.get(out).i32(4 * NR).op('i32.add').set(out);
          });
        });
      });
    });
  });
  return f;
}
