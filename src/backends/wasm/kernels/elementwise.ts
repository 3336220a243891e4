// The wasm backend's element-wise ops, which only the reference plan runs (the fused plan does
// them in the convolutions' epilogues): ReLU, the residual add, and BatchNorm as x·scale + shift
// (the JavaScript kernels: src/tensor/relu.ts, add.ts, batchNorm.ts). One value at a time, in
// float32.

import { FunctionBuilder } from '../assembler.js';
import { kernelParams } from '../kernelSignatures.js';

/** relu(input, output, start, end): elements [start, end), byte addresses of element 0. */
export function emitRelu(): FunctionBuilder {
  const f = new FunctionBuilder('relu', kernelParams('relu'));
  const [input, output, start, end] = f.params;
  const i = f.local('i32', 'i');
  const x = f.local('f32', 'x');
  f.forRange(i, () => f.get(start), () => f.get(end), () => {
    f.get(input).get(i).i32(4).op('i32.mul').op('i32.add').memory('f32.load').set(x);
    // x < 0 ? 0 : x — keeps −0 and NaN as they are, like the JavaScript kernel.
    f.get(x).f32(0).op('f32.lt').ifThen(() => { f.f32(0).set(x); });
    f.get(output).get(i).i32(4).op('i32.mul').op('i32.add').get(x).memory('f32.store');
  });
  return f;
}

/** add(a, b, output, start, end): output = a + b over elements [start, end). */
export function emitAdd(): FunctionBuilder {
  const f = new FunctionBuilder('add', kernelParams('add'));
  const [a, b, output, start, end] = f.params;
  const i = f.local('i32', 'i');
  const at = f.local('i32', 'at');
  f.forRange(i, () => f.get(start), () => f.get(end), () => {
    f.get(i).i32(4).op('i32.mul').set(at);
    f.get(output).get(at).op('i32.add')
      .get(a).get(at).op('i32.add').memory('f32.load').get(b).get(at).op('i32.add').memory('f32.load').op('f32.add')
      .memory('f32.store');
  });
  return f;
}

/**
 * batchNorm(channels, planeSize, input, output, scale, shift, planeStart, planeEnd):
 * y = x·scale[c] + shift[c] for planes [planeStart, planeEnd) of the N·C planes.
 */
export function emitBatchNorm(): FunctionBuilder {
  const f = new FunctionBuilder('batchNorm', kernelParams('batchNorm'));
  const [channels, planeSize, input, output, scale, shift, planeStart, planeEnd] = f.params;
  const plane = f.local('i32', 'plane');
  const i = f.local('i32', 'i');
  const at = f.local('i32', 'at');
  const s = f.local('f32', 's');
  const t = f.local('f32', 't');
  f.forRange(plane, () => f.get(planeStart), () => f.get(planeEnd), () => {
    f.get(scale).get(plane).get(channels).op('i32.rem_s').i32(4).op('i32.mul').tee(at).op('i32.add').memory('f32.load').set(s);
    f.get(shift).get(at).op('i32.add').memory('f32.load').set(t);
    f.forRange(i, () => f.get(plane).get(planeSize).op('i32.mul'), () => f.get(plane).i32(1).op('i32.add').get(planeSize).op('i32.mul'), () => {
      f.get(i).i32(4).op('i32.mul').set(at);
      f.get(output).get(at).op('i32.add').get(input).get(at).op('i32.add').memory('f32.load').get(s).op('f32.mul').get(t).op('f32.add')
        .memory('f32.store');
    });
  });
  return f;
}
