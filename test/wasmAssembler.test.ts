// The WebAssembly assembler the wasm backend writes its kernels with: its encodings against the
// binary format's specification, modules that validate and run, and the text it prints for people.

import { describe, expect, it } from 'vitest';
import { FunctionBuilder, ModuleBuilder, signedLeb128, unsignedLeb128 } from '../src/backends/wasm/assembler.js';
import { hasRelaxedSimd, hasSimd128 } from '../src/backends/wasm/simdSupport.js';
import { bindKernels, KERNEL_SIGNATURES, type KernelName } from '../src/backends/wasm/kernelSignatures.js';
import { buildWasmModule, wasmKernelFunctions } from '../src/backends/wasm/wasmModule.js';
import { webAssembly } from '../src/backends/wasm/webAssemblyApi.js';

/** The bytes one instruction adds to a function body. */
function bytesOf(emit: (f: FunctionBuilder) => void): number[] {
  const empty = new FunctionBuilder('f', []).encodeBody();
  const f = new FunctionBuilder('f', []);
  emit(f);
  const body = f.encodeBody();
  // body = size, 0 local groups, instructions…, end; the empty one is [2, 0, 0x0b].
  expect(empty).toEqual([2, 0, 0x0b]);
  return body.slice(2, -1);
}

function instantiate(fn: FunctionBuilder): Record<string, (...args: number[]) => number> {
  const module = new ModuleBuilder();
  module.add(fn);
  const memory = new webAssembly!.Memory({ initial: 1, maximum: 1, shared: true });
  return new webAssembly!.Instance(new webAssembly!.Module(module.encode()), { env: { memory } }).exports as Record<string, (...args: number[]) => number>;
}

describe('LEB128', () => {
  it('encodes unsigned integers 7 bits a byte, low bits first', () => {
    expect(unsignedLeb128(0)).toEqual([0]);
    expect(unsignedLeb128(127)).toEqual([0x7f]);
    expect(unsignedLeb128(128)).toEqual([0x80, 0x01]);
    expect(unsignedLeb128(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(unsignedLeb128(2 ** 32 - 1)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(() => unsignedLeb128(-1)).toThrow(/non-negative/);
  });

  it('encodes signed integers in two\'s complement, stopping at the sign bit', () => {
    expect(signedLeb128(0)).toEqual([0]);
    expect(signedLeb128(-1)).toEqual([0x7f]);
    expect(signedLeb128(63)).toEqual([0x3f]);
    expect(signedLeb128(64)).toEqual([0xc0, 0x00]);
    expect(signedLeb128(-64)).toEqual([0x40]);
    expect(signedLeb128(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(signedLeb128(-(2 ** 31))).toEqual([0x80, 0x80, 0x80, 0x80, 0x78]);
  });
});

describe('instruction encodings (the specification\'s opcodes)', () => {
  it('writes plain, memory and SIMD instructions byte for byte', () => {
    expect(bytesOf((f) => f.i32(-2))).toEqual([0x41, 0x7e]);
    expect(bytesOf((f) => f.f32(1))).toEqual([0x43, 0x00, 0x00, 0x80, 0x3f]);
    expect(bytesOf((f) => f.op('i32.add'))).toEqual([0x6a]);
    expect(bytesOf((f) => f.memory('f32.load', 8))).toEqual([0x2a, 0x02, 0x08]);
    expect(bytesOf((f) => f.memory('v128.load', 16))).toEqual([0xfd, 0x00, 0x04, 0x10]);
    expect(bytesOf((f) => f.memory('v128.load32_splat'))).toEqual([0xfd, 0x09, 0x02, 0x00]);
    expect(bytesOf((f) => f.memory('v128.store', 200))).toEqual([0xfd, 0x0b, 0x04, 0xc8, 0x01]);
    expect(bytesOf((f) => f.op('f32x4.add'))).toEqual([0xfd, 0xe4, 0x01]);
    expect(bytesOf((f) => f.op('f32x4.mul'))).toEqual([0xfd, 0xe6, 0x01]);
    expect(bytesOf((f) => f.op('f32x4.max'))).toEqual([0xfd, 0xe9, 0x01]);
    expect(bytesOf((f) => f.op('f32x4.relaxed_madd'))).toEqual([0xfd, 0x85, 0x02]);
    expect(bytesOf((f) => f.lane('f32x4.extract_lane', 3))).toEqual([0xfd, 0x1f, 0x03]);
    expect(bytesOf((f) => f.loop(() => f.br(0)))).toEqual([0x03, 0x40, 0x0c, 0x00, 0x0b]);
  });
});

describe('modules', () => {
  it('runs a function with locals, a counted loop and f32x4 arithmetic', () => {
    // Σ_{i<n} (i + 0.5)·2, four lanes at a time, then lane 2.
    const f = new FunctionBuilder('sum', [['n', 'i32']], ['f32']);
    const i = f.local('i32', 'i');
    const acc = f.local('v128', 'acc');
    f.forRange(i, () => f.i32(0), () => f.get(f.param('n')), () => {
      f.get(acc).get(i).op('f32.convert_i32_s').f32(0.5).op('f32.add').op('f32x4.splat').f32x4(2).op('f32x4.mul').op('f32x4.add').set(acc);
    });
    f.get(acc).lane('f32x4.extract_lane', 2);
    expect(instantiate(f).sum(10)).toBe(100);
    expect(instantiate(f).sum(0)).toBe(0);
  });

  it('has SIMD128 here, and every kernel module validates with and without the fused multiply-add', async () => {
    expect(hasSimd128()).toBe(true);
    for (const fma of [false, ...((await hasRelaxedSimd()) ? [true] : [])]) {
      const bytes = buildWasmModule({ MR: 4, NR: 8, fma }).encode();
      expect(webAssembly!.validate(bytes), `fma ${fma}`).toBe(true);
    }
    // Other tile shapes too: the generators are not tied to 4×8.
    for (const [MR, NR] of [[1, 4], [3, 8], [6, 12]]) expect(webAssembly!.validate(buildWasmModule({ MR, NR, fma: false }).encode())).toBe(true);
  });

  it('prints each kernel as WAT-like text: its signature, locals and one instruction a line', () => {
    const gemm = wasmKernelFunctions({ MR: 4, NR: 8, fma: true }).find((f) => f.name === 'gemm')!.toText();
    expect(gemm.split('\n')[0]).toMatch(/^\(func \$gemm \(param \$M i32\) .*\(param \$scratch i32\)$/);
    expect(gemm).toContain('(local $acc3_1 v128)');
    expect(gemm).toMatch(/^\s+v128\.load32_splat offset=12$/m);
    expect(gemm).toMatch(/^\s+f32x4\.relaxed_madd$/m);
    expect(buildWasmModule({ MR: 4, NR: 8, fma: false }).toText()).toMatch(/^\(module\n {2}\(import "env" "memory" \(memory 1 65536 shared\)\)/);
  });
});

describe('typed kernel interface', () => {
  it('accepts only the opcodes its tables name (a misspelt opcode does not type-check)', () => {
    const f = new FunctionBuilder('typo', []);
    // Never called: the check is the type checker's (npm run typecheck covers the tests).
    // @ts-expect-error 'f32x4.madd_typo' is not an opcode
    const misspelt = (): unknown => f.op('f32x4.madd_typo');
    expect(typeof misspelt).toBe('function');
  });

  it('refuses a local declared twice in one function, parameters included', () => {
    const f = new FunctionBuilder('twice', [['n', 'i32']]);
    f.local('i32', 'i');
    expect(() => f.local('f32', 'i')).toThrow(/local \$i is declared twice/);
    expect(() => f.local('i32', 'n')).toThrow(/local \$n is declared twice/);
  });

  it('declares every local of every generated kernel once, and each kernel\'s parameters are its signature', () => {
    for (const fma of [false, true]) {
      for (const fn of wasmKernelFunctions({ MR: 4, NR: 8, fma })) {
        const declared = fn.toText().split('\n').filter((line) => /^\s+\(local /.test(line));
        expect(new Set(declared).size, `${fn.name}: locals declared once`).toBe(declared.length);
        expect(fn.params.map((p) => p.name), fn.name).toEqual([...KERNEL_SIGNATURES[fn.name as KernelName]]);
      }
    }
    expect(wasmKernelFunctions({ MR: 4, NR: 8, fma: false }).map((f) => f.name).sort()).toEqual(Object.keys(KERNEL_SIGNATURES).sort());
  });

  it('binds the exports by parameter name and refuses a module whose kernel takes a different number of arguments', () => {
    const kernels = wasmKernelFunctions({ MR: 4, NR: 8, fma: false });
    const module = new ModuleBuilder();
    for (const fn of kernels) module.add(fn);
    const memory = new webAssembly!.Memory({ initial: 1, maximum: 1, shared: true });
    const exports = new webAssembly!.Instance(new webAssembly!.Module(module.encode()), { env: { memory } }).exports;
    const k = bindKernels(exports);
    // relu over 4 floats at byte 0 into byte 64: named arguments, in any order.
    new Float32Array(memory.buffer).set([-1, 2, -3, 4]);
    k.relu({ end: 4, start: 0, output: 64, input: 0 });
    expect(Array.from(new Float32Array(memory.buffer, 64, 4))).toEqual([0, 2, 0, 4]);
    // The same module with relu given one parameter more: refused when bound.
    const shifted = new ModuleBuilder();
    for (const fn of kernels) {
      if (fn.name !== 'relu') shifted.add(fn);
      else shifted.add(new FunctionBuilder('relu', [['input', 'i32'], ['output', 'i32'], ['start', 'i32'], ['end', 'i32'], ['extra', 'i32']]));
    }
    const other = new webAssembly!.Instance(new webAssembly!.Module(shifted.encode()), { env: { memory } }).exports;
    expect(() => bindKernels(other)).toThrow(/relu takes 5 arguments, its signature lists 4/);
  });
});

describe('the generated kernels, as text', () => {
  // A change to a generator shows up here as a reviewable diff of the committed text (the variant
  // with the fused multiply-add, which the runtimes here run; the other differs only in it).
  it('match the committed module text (resnet18 kernels --fma)', async () => {
    await expect(`${buildWasmModule({ MR: 4, NR: 8, fma: true }).toText()}\n`).toMatchFileSnapshot('golden/kernels/resnet18-kernels-fma.wat');
  });
});
