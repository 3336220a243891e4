// The wasm backend's global average pool (the JavaScript kernel: src/tensor/globalAvgPool.ts):
// each plane's float32 sum in plane order, divided by its size.

import { FunctionBuilder } from '../assembler.js';
import { kernelParams } from '../kernelSignatures.js';

/** globalAvgPool(planeSize, input, output, planeStart, planeEnd): one float per plane, byte addresses. */
export function emitGlobalAvgPool(): FunctionBuilder {
  const f = new FunctionBuilder('globalAvgPool', kernelParams('globalAvgPool'));
  const [planeSize, input, output, planeStart, planeEnd] = f.params;
  const plane = f.local('i32', 'plane');
  const at = f.local('i32', 'at');
  const i = f.local('i32', 'i');
  const sum = f.local('f32', 'sum');
  f.forRange(plane, () => f.get(planeStart), () => f.get(planeEnd), () => {
    f.get(input).get(plane).get(planeSize).op('i32.mul').i32(4).op('i32.mul').op('i32.add').set(at);
    f.f32(0).set(sum);
    f.forRange(i, () => f.i32(0), () => f.get(planeSize), () => {
      f.get(sum).get(at).memory('f32.load').op('f32.add').set(sum);
      f.get(at).i32(4).op('i32.add').set(at);
    });
    f.get(output).get(plane).i32(4).op('i32.mul').op('i32.add').get(sum).get(planeSize).op('f32.convert_i32_s').op('f32.div').memory('f32.store');
  });
  return f;
}
