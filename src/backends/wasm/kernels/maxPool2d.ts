// The wasm backend's max-pool (the JavaScript kernel: src/tensor/maxPool2d.ts): the maximum over
// each window clamped to the image, so padding never wins. f32.max propagates NaN, as PyTorch does.
// A 3×3 window wholly inside the image (all but the border of ResNet's pool) is read without loops
// or clamping: nine loads, eight maxima. The order of the maxima does not matter: max is exact.

import { FunctionBuilder } from '../assembler.js';

/**
 * maxPool2d(H, W, OH, OW, kernel, stride, padding, input, output, planeStart, planeEnd): planes
 * [planeStart, planeEnd) of the N·C planes, byte addresses.
 */
export function emitMaxPool2d(): FunctionBuilder {
  const f = new FunctionBuilder('maxPool2d', [
    ['H', 'i32'], ['W', 'i32'], ['OH', 'i32'], ['OW', 'i32'], ['kernel', 'i32'], ['stride', 'i32'], ['padding', 'i32'],
    ['input', 'i32'], ['output', 'i32'], ['planeStart', 'i32'], ['planeEnd', 'i32'],
  ]);
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
      f.forRange(ox, () => f.i32(0), () => f.get(OW), () => {
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
      });
    });
  });
  return f;
}
