// The wasm backend's fully connected layer (the JavaScript kernel: src/tensor/linear.ts):
// y[n, m] = Σ_k x[n, k]·W[m, k] + b[m]. Four partial sums run in the f32x4 lanes over k in steps
// of four (lane l takes k ≡ l mod 4), are added lane 0 + 1 + 2 + 3, then the tail k ≥ 4·⌊K/4⌋ in
// order, then the bias: a fixed order for every output, whatever rows a worker has.

import { FunctionBuilder } from '../assembler.js';
import { kernelParams } from '../kernelSignatures.js';

/**
 * linear(batch, K, M, x, weight, bias, y, rowStart, rowEnd): output columns (classes)
 * [rowStart, rowEnd) of every image; bias −1 for none; byte addresses.
 */
export function emitLinear(): FunctionBuilder {
  const f = new FunctionBuilder('linear', kernelParams('linear'));
  const [batch, K, M, x, weight, bias, y, rowStart, rowEnd] = f.params;
  const m = f.local('i32', 'm');
  const n = f.local('i32', 'n');
  const k = f.local('i32', 'k');
  const wRow = f.local('i32', 'wRow');
  const xRow = f.local('i32', 'xRow');
  const whole = f.local('i32', 'whole');
  const partial = f.local('v128', 'partial');
  const sum = f.local('f32', 'sum');
  f.get(K).i32(-4).op('i32.and').set(whole);
  f.forRange(m, () => f.get(rowStart), () => f.get(rowEnd), () => {
    f.get(weight).get(m).get(K).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(wRow);
    f.forRange(n, () => f.i32(0), () => f.get(batch), () => {
      f.get(x).get(n).get(K).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(xRow);
      f.f32x4(0).set(partial);
      f.forRange(k, () => f.i32(0), () => f.get(whole), () => {
        f.get(partial)
          .get(xRow).get(k).i32(4).op('i32.mul').op('i32.add').memory('v128.load')
          .get(wRow).get(k).i32(4).op('i32.mul').op('i32.add').memory('v128.load')
          .op('f32x4.mul').op('f32x4.add').set(partial);
      }, 4);
      f.get(partial).lane('f32x4.extract_lane', 0).get(partial).lane('f32x4.extract_lane', 1).op('f32.add')
        .get(partial).lane('f32x4.extract_lane', 2).op('f32.add').get(partial).lane('f32x4.extract_lane', 3).op('f32.add').set(sum);
      f.forRange(k, () => f.get(whole), () => f.get(K), () => {
        f.get(sum)
          .get(xRow).get(k).i32(4).op('i32.mul').op('i32.add').memory('f32.load')
          .get(wRow).get(k).i32(4).op('i32.mul').op('i32.add').memory('f32.load')
          .op('f32.mul').op('f32.add').set(sum);
      });
      f.get(bias).i32(0).op('i32.ge_s').ifThen(() => {
        f.get(sum).get(bias).get(m).i32(4).op('i32.mul').op('i32.add').memory('f32.load').op('f32.add').set(sum);
      });
      f.get(y).get(n).get(M).op('i32.mul').get(m).op('i32.add').i32(4).op('i32.mul').op('i32.add').get(sum).memory('f32.store');
    });
  });
  return f;
}
