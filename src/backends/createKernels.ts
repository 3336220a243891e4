// A worker's kernels for the backend it was started with (src/backends/backend.ts).

import type { WorkerSetup } from '../runtime/messages.js';
import type { Kernels } from './backend.js';
import { gemmMemoryIs } from './js/gemm.js';
import { createJsKernels } from './js/jsKernels.js';
import { MR as JS_MR, NR as JS_NR } from '../tensor/gemm.js';
import { createWasmKernels } from './wasm/wasmKernels.js';
import { isWasmMemory } from './wasm/webAssemblyApi.js';
import { WASM_MR, WASM_NR } from './wasm/wasmTiles.js';

export function createKernels(setup: WorkerSetup): { kernels: Kernels; MR: number; NR: number } {
  const { memory, backend } = setup;
  if (backend.name === 'wasm') {
    if (!isWasmMemory(memory)) throw new Error('backend wasm: the worker was not given a WebAssembly.Memory');
    return { kernels: createWasmKernels(memory, backend, setup.scratch), MR: WASM_MR, NR: WASM_NR };
  }
  if (typeof SharedArrayBuffer !== 'function' || !(memory instanceof SharedArrayBuffer)) {
    throw new Error('backend js: the worker was not given a SharedArrayBuffer');
  }
  if (!gemmMemoryIs(memory)) {
    throw new Error('backend js: its kernels run only in a worker started on this memory (not on the calling thread); use backend wasm here');
  }
  return { kernels: createJsKernels(new Float32Array(memory)), MR: JS_MR, NR: JS_NR };
}
