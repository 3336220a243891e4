// Which WebAssembly SIMD this runtime has: SIMD128 (the wasm backend needs it) and relaxed SIMD's
// f32x4.relaxed_madd (a fused multiply-add, used when present). Each is asked of the runtime with
// WebAssembly.validate on a one-instruction function, written by our own assembler.
//
// Node 20 has relaxed SIMD behind a flag: v8.setFlagsFromString('--experimental-wasm-relaxed-simd')
// before the first compile turns it on for this thread and for workers started afterwards.

import { FunctionBuilder, ModuleBuilder } from './assembler.js';
import { setV8Flag } from './v8Flags.js';
import { webAssembly } from './webAssemblyApi.js';

function validates(body: (f: FunctionBuilder) => void): boolean {
  const module = new ModuleBuilder();
  const f = new FunctionBuilder('probe', []);
  body(f);
  module.add(f);
  try {
    return webAssembly !== undefined && webAssembly.validate(module.encode());
  } catch {
    return false;
  }
}

/** f32x4.add of two constants, dropped. */
export function hasSimd128(): boolean {
  return validates((f) => f.f32x4(1).f32x4(2).op('f32x4.add').op('drop'));
}

let relaxedFlagTried = false;

/** f32x4.relaxed_madd of three constants, dropped; on Node, after enabling the flag once. */
export async function hasRelaxedSimd(): Promise<boolean> {
  const probe = (): boolean => validates((f) => f.f32x4(1).f32x4(2).f32x4(3).op('f32x4.relaxed_madd').op('drop'));
  if (probe()) return true;
  if (!relaxedFlagTried) {
    relaxedFlagTried = true;
    if (setV8Flag('--experimental-wasm-relaxed-simd')) return probe();
  }
  return false;
}
