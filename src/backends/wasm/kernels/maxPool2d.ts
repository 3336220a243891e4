// The wasm backend's max-pool (the JavaScript kernel: src/tensor/maxPool2d.ts): the maximum over
// each window clamped to the image, so padding never wins. f32.max propagates NaN, as PyTorch does.
// Four 3×3 stride-2 windows side by side, wholly inside the image (all but the border of ResNet's
// pool), are done at once in f32x4 lanes; other whole 3×3 windows are read without loops or
// clamping. The order of the maxima does not matter: max is exact.

import { FunctionBuilder } from '../assembler.js';
import { kernelParams } from '../kernelSignatures.js';

/** i8x16.shuffle lanes: floats 0, 2 of the first vector and 0, 2 of the second; 1, 3 and 1, 3. */
const EVEN = [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27];
const ODD = [4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31];

/**
 * maxPool2d(H, W, OH, OW, kernel, stride, padding, input, output, planeStart, planeEnd): planes
 * [planeStart, planeEnd) of the N·C planes, byte addresses.
 */
export function emitMaxPool2d(): FunctionBuilder {
  const f = new FunctionBuilder('maxPool2d', kernelParams('maxPool2d'));
  const [H, W, OH, OW, kernel, stride, padding, input, output, planeStart, planeEnd] = f.params;
  const plane = f.local('i32', 'plane');
  const base = f.local('i32', 'base');
  const out = f.local('i32', 'out');
  const oy = f.local('i32', 'oy');
  const ox = f.local('i32', 'ox');
  const y0 = f.local('i32', 'y0');
  const y1 = f.local('i32', 'y1');
  const x0 = f.local('i32', 'x0');
  const x1 = f.local('i32', 'x1');
  const iy = f.local('i32', 'iy');
  const ix = f.local('i32', 'ix');
  const best = f.local('f32', 'best');
  const window = f.local('v128', 'window');
  /** target = clamp(start, 0) or min(start + kernel, limit) */
  const clampLow = (o: typeof oy, target: typeof oy): void => {
    f.get(o).get(stride).op('i32.mul').get(padding).op('i32.sub').set(target);
    f.get(target).i32(0).op('i32.lt_s').ifThen(() => { f.i32(0).set(target); });
  };
  const clampHigh = (o: typeof oy, limit: typeof oy, target: typeof oy): void => {
    f.get(o).get(stride).op('i32.mul').get(padding).op('i32.sub').get(kernel).op('i32.add').set(target);
    f.get(target).get(limit).op('i32.gt_s').ifThen(() => { f.get(limit).set(target); });
  };
  f.forRange(plane, () => f.get(planeStart), () => f.get(planeEnd), () => {
    f.get(input).get(plane).get(H).op('i32.mul').get(W).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(base);
    f.get(output).get(plane).get(OH).op('i32.mul').get(OW).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(out);
    f.forRange(oy, () => f.i32(0), () => f.get(OH), () => {
      clampLow(oy, y0);
      clampHigh(oy, H, y1);
      // Across the row: four outputs at once where ResNet's pool (3×3, stride 2) has four whole
      // windows side by side; one at a time (clamped at the border) elsewhere.
      f.i32(0).set(ox);
      f.block(() => {
        f.loop(() => {
          f.get(ox).get(OW).op('i32.ge_s').brIf(1);
          // x0 = first window's left column; four whole windows: x0 ≥ 0, x0 + 9 ≤ W, rows whole.
          f.get(ox).get(stride).op('i32.mul').get(padding).op('i32.sub').set(x0);
          f.get(kernel).i32(3).op('i32.eq').get(stride).i32(2).op('i32.eq').op('i32.and')
            .get(y1).get(y0).op('i32.sub').i32(3).op('i32.eq').op('i32.and')
            .get(x0).i32(0).op('i32.ge_s').op('i32.and')
            .get(x0).i32(9).op('i32.add').get(W).op('i32.le_s').op('i32.and')
            .get(ox).i32(4).op('i32.add').get(OW).op('i32.le_s').op('i32.and')
            .ifElse(() => {
              // Per input row: columns x0 … x0+9 as v128s; lanes l of `even`, `odd`, `next` are
              // columns x0+2l, x0+2l+1, x0+2l+2: the row's part of window l.
              f.get(base).get(y0).get(W).op('i32.mul').get(x0).op('i32.add').i32(4).op('i32.mul').op('i32.add').set(iy);
              for (let r = 0; r < 3; r++) {
                f.get(iy).memory('v128.load').get(iy).memory('v128.load', 16).shuffle(EVEN)
                  .get(iy).memory('v128.load').get(iy).memory('v128.load', 16).shuffle(ODD).op('f32x4.max')
                  .get(iy).memory('v128.load', 8).get(iy).memory('v128.load', 24).shuffle(EVEN).op('f32x4.max');
                if (r > 0) f.get(window).op('f32x4.max');
                f.set(window);
                if (r < 2) f.get(iy).get(W).i32(4).op('i32.mul').op('i32.add').set(iy);
              }
              f.get(out).get(window).memory('v128.store');
              f.get(out).i32(16).op('i32.add').set(out);
              f.get(ox).i32(4).op('i32.add').set(ox);
            }, () => {
                clampLow(ox, x0);
                clampHigh(ox, W, x1);
                // Whole 3×3 window: y1 − y0 = x1 − x0 = kernel = 3.
                f.get(kernel).i32(3).op('i32.eq')
                  .get(y1).get(y0).op('i32.sub').i32(3).op('i32.eq').op('i32.and')
                  .get(x1).get(x0).op('i32.sub').i32(3).op('i32.eq').op('i32.and')
                  .ifElse(() => {
                    f.get(base).get(y0).get(W).op('i32.mul').get(x0).op('i32.add').i32(4).op('i32.mul').op('i32.add').set(iy);
                    f.get(iy).memory('f32.load').set(best);
                    for (let r = 0; r < 3; r++) {
                      for (let c = r === 0 ? 1 : 0; c < 3; c++) f.get(best).get(iy).memory('f32.load', 4 * c).op('f32.max').set(best);
                      if (r < 2) f.get(iy).get(W).i32(4).op('i32.mul').op('i32.add').set(iy);
                    }
                  }, () => {
                    f.f32(-Infinity).set(best);
                    f.forRange(iy, () => f.get(y0), () => f.get(y1), () => {
                      f.forRange(ix, () => f.get(x0), () => f.get(x1), () => {
                        f.get(best).get(base).get(iy).get(W).op('i32.mul').get(ix).op('i32.add').i32(4).op('i32.mul').op('i32.add')
                          .memory('f32.load').op('f32.max').set(best);
                      });
                    });
                  });
                f.get(out).get(best).memory('f32.store');
                f.get(out).i32(4).op('i32.add').set(out);
                f.get(ox).i32(1).op('i32.add').set(ox);
            });
          f.br(0);
        });
      });
    });
  });
  return f;
}
