// The wasm backend's module: every kernel the workers run, emitted by the TypeScript functions in
// kernels/, assembled into one module over the engine's shared memory. Emitted and compiled once
// per process on the main thread (a few milliseconds: wasmBackend.ts) and posted to every worker;
// never stored: there is no .wasm file.
//
//   npx tsx src/cli.ts kernels [name]      prints the module, or one kernel, as WAT-like text

import { ModuleBuilder, type FunctionBuilder } from './assembler.js';
import { emitAdd, emitBatchNorm, emitRelu } from './kernels/elementwise.js';
import { emitGemm, type GemmShape } from './kernels/gemm.js';
import { emitGlobalAvgPool } from './kernels/globalAvgPool.js';
import { emitIm2col } from './kernels/im2col.js';
import { emitLinear } from './kernels/linear.js';
import { emitMaxPool2d } from './kernels/maxPool2d.js';
import { emitWinogradFilters, emitWinogradGemm, emitWinogradInput } from './kernels/winograd.js';

/** The kernels of one module, in export order. */
export function wasmKernelFunctions(shape: GemmShape): FunctionBuilder[] {
  return [
    emitGemm(shape),
    emitIm2col(shape.NR),
    emitWinogradFilters(2, shape.MR),
    emitWinogradFilters(4, shape.MR),
    emitWinogradInput(2, shape.NR),
    emitWinogradGemm(2, shape),
    emitWinogradInput(4, shape.NR),
    emitWinogradGemm(4, shape),
    emitMaxPool2d(),
    emitGlobalAvgPool(),
    emitLinear(),
    emitRelu(),
    emitAdd(),
    emitBatchNorm(),
  ];
}

export function buildWasmModule(shape: GemmShape): ModuleBuilder {
  const module = new ModuleBuilder();
  for (const fn of wasmKernelFunctions(shape)) module.add(fn);
  return module;
}
