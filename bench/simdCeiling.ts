// The machine's WebAssembly SIMD ceiling: a loop of independent f32x4 multiply-adds on 12
// accumulators (no loads, no dependency chains longer than the loop), emitted by our assembler.
// Kernels' GFLOP/s are reported against it in bench/README.md.

import { FunctionBuilder, ModuleBuilder } from '../src/backends/wasm/assembler.js';
import { emitMultiplyAdd } from '../src/backends/wasm/kernels/gemm.js';
import { webAssembly } from '../src/backends/wasm/webAssemblyApi.js';

const ACCUMULATORS = 12;
const ITERATIONS = 2_000_000;

export function simdCeiling(fma: boolean): { run: () => void; flops: number } {
  const f = new FunctionBuilder('ceiling', [['n', 'i32']], ['f32']);
  const [n] = f.params;
  const a = f.local('v128', 'a');
  const b = f.local('v128', 'b');
  const acc = Array.from({ length: ACCUMULATORS }, (_, i) => f.local('v128', `acc${i}`));
  f.f32x4(1.0000001).set(a).f32x4(0.9999999).set(b);
  f.loop(() => {
    for (const x of acc) emitMultiplyAdd(f, fma, x, () => f.get(a), () => f.get(b));
    f.get(n).i32(1).op('i32.sub').tee(n).brIf(0);
  });
  // Use every accumulator so none is optimised away.
  f.get(acc[0]);
  for (const x of acc.slice(1)) f.get(x).op('f32x4.add');
  f.lane('f32x4.extract_lane', 0);
  const module = new ModuleBuilder();
  module.add(f);
  const memory = new webAssembly!.Memory({ initial: 1, maximum: 1, shared: true });
  const instance = new webAssembly!.Instance(new webAssembly!.Module(module.encode()), { env: { memory } });
  const ceiling = instance.exports.ceiling as (n: number) => number;
  return { run: () => void ceiling(ITERATIONS), flops: ITERATIONS * ACCUMULATORS * 8 };
}
