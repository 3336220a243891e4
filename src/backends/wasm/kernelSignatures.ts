// The parameters of every function the wasm module exports, by name, in order: the one list the
// generators declare their functions from (kernels/*.ts) and the callers call them through
// (bindKernels below, wasmPrimitives.ts, wasmBackend.ts). A call names each argument, so a
// parameter added, dropped or moved in a generator is a type error at every caller, not a silently
// shifted argument that both tsc and WebAssembly.validate would pass. All parameters are i32:
// counts, byte addresses, flags.

import type { ValueType } from './assembler.js';

const WINOGRAD_FILTERS = ['M', 'C', 'filters', 'scale', 'u'] as const;
const WINOGRAD_INPUT = [
  'C', 'H', 'W', 'tilesW', 'tilesPerImage', 'N', 'panels', 'input', 'packed', 'panelStart', 'panelEnd', 'imageStride', 'scratch',
] as const;
const WINOGRAD_GEMM = [
  'M', 'C', 'N', 'panels', 'tilesW', 'tilesPerImage', 'OH', 'OW', 'u', 'v', 'c', 'tileStart', 'tileEnd',
  'bias', 'residual', 'relu', 'imageStride', 'scratch',
] as const;

export const KERNEL_SIGNATURES = {
  gemm: ['M', 'N', 'K', 'a', 'b', 'c', 'tileStart', 'tileEnd', 'panelStart', 'panelEnd', 'bias', 'residual', 'relu', 'scratch'],
  im2col: ['C', 'H', 'W', 'kh', 'kw', 'stride', 'padding', 'OW', 'N', 'input', 'packed', 'panelStart', 'panelEnd'],
  winogradFilters2: WINOGRAD_FILTERS,
  winogradFilters4: WINOGRAD_FILTERS,
  winogradInput2: WINOGRAD_INPUT,
  winogradGemm2: WINOGRAD_GEMM,
  winogradInput4: WINOGRAD_INPUT,
  winogradGemm4: WINOGRAD_GEMM,
  maxPool2d: ['H', 'W', 'OH', 'OW', 'kernel', 'stride', 'padding', 'input', 'output', 'planeStart', 'planeEnd'],
  globalAvgPool: ['planeSize', 'input', 'output', 'planeStart', 'planeEnd'],
  linear: ['batch', 'K', 'M', 'x', 'weight', 'bias', 'y', 'rowStart', 'rowEnd'],
  relu: ['input', 'output', 'start', 'end'],
  add: ['a', 'b', 'output', 'start', 'end'],
  batchNorm: ['channels', 'planeSize', 'input', 'output', 'scale', 'shift', 'planeStart', 'planeEnd'],
} as const satisfies Record<string, readonly string[]>;

export type KernelName = keyof typeof KERNEL_SIGNATURES;

/** A kernel's arguments, each by its parameter's name. */
export type KernelArgs<N extends KernelName> = { readonly [P in (typeof KERNEL_SIGNATURES)[N][number]]: number };

/** A generator's parameter list for FunctionBuilder: the signature's names, all i32. */
export function kernelParams(name: KernelName): [string, ValueType][] {
  return KERNEL_SIGNATURES[name].map((param) => [param, 'i32']);
}

export type BoundKernels = { readonly [N in KernelName]: (args: KernelArgs<N>) => void };

/**
 * The instance's exports as functions of named arguments. Checks, once, that every kernel is
 * exported with as many parameters as its signature has.
 */
export function bindKernels(exports: Record<string, unknown>): BoundKernels {
  const bound: Partial<Record<KernelName, (args: Record<string, number>) => void>> = {};
  for (const name of Object.keys(KERNEL_SIGNATURES) as KernelName[]) {
    const params: readonly string[] = KERNEL_SIGNATURES[name];
    const fn = exports[name];
    if (typeof fn !== 'function') throw new Error(`backend wasm: the module exports no function ${name}`);
    if (fn.length !== params.length) {
      throw new Error(`backend wasm: ${name} takes ${fn.length} arguments, its signature lists ${params.length} (${params.join(', ')})`);
    }
    const call = fn as (...args: number[]) => void;
    bound[name] = (args) => call(...params.map((p) => args[p]));
  }
  return bound as BoundKernels;
}
