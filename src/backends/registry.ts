// The backends, listed once: what `resolveBackend`, the command line's --backend and its help, the
// benchmarks and the workers read. Adding a backend is a line here and a folder beside this file.

import type { Backend, BackendName } from './backend.js';
import { jsBackend, jsFloat32Parts } from './js/jsBackend.js';
import { gemmMemoryIs } from './js/gemm.js';
import { createJsPrimitives } from './js/jsPrimitives.js';
import { float32Kernels } from './float32/float32Kernels.js';
import type { Float32Parts } from './float32/primitives.js';
import { KernelSet } from './kernel.js';
import { hasSimd128 } from './wasm/simdSupport.js';
import { createWasmBackend, wasmFloat32Parts } from './wasm/wasmBackend.js';
import { createWasmPrimitives } from './wasm/wasmPrimitives.js';
import { isWasmMemory } from './wasm/webAssemblyApi.js';
import type { KernelSetup } from './workerSetup.js';

export interface BackendEntry {
  name: BackendName;
  /** One line for --help. */
  summary: string;
  /** Whether this runtime can run it, and what to say when it cannot. */
  available(): boolean;
  unavailable: string;
  /** The main thread's side, or an error saying why it cannot run here. */
  create(options: { fma?: boolean }): Promise<Backend>;
  /** A worker's float32 configuration with its primitives, over the memory it was started with. */
  workerFloat32(setup: KernelSetup): Float32Parts;
}

/** In the order `auto` tries them. */
export const BACKENDS: readonly BackendEntry[] = [
  {
    name: 'wasm',
    summary: 'WebAssembly SIMD that the engine writes at run time (default where the runtime has SIMD128)',
    available: hasSimd128,
    unavailable: 'backend wasm: this runtime has no WebAssembly SIMD128; use backend js',
    create: (options) => createWasmBackend(options),
    workerFloat32(setup) {
      if (!isWasmMemory(setup.memory)) throw new Error('backend wasm: the worker was not given a WebAssembly.Memory');
      const primitives = createWasmPrimitives(setup.memory, setup.backend, setup.scratch >> 2);
      return wasmFloat32Parts(setup.backend.fma ?? false, primitives, null);
    },
  },
  {
    name: 'js',
    summary: 'plain JavaScript, float64 sums: the readable reference and the fallback',
    available: () => true,
    unavailable: '',
    create: async () => jsBackend,
    workerFloat32(setup) {
      const memory = setup.memory;
      if (typeof SharedArrayBuffer !== 'function' || !(memory instanceof SharedArrayBuffer)) {
        throw new Error('backend js: the worker was not given a SharedArrayBuffer');
      }
      if (!gemmMemoryIs(memory)) {
        throw new Error('backend js: its kernels run only in a worker started on this memory (not on the calling thread); use backend wasm here');
      }
      return jsFloat32Parts(createJsPrimitives(new Float32Array(memory)));
    },
  },
];

export function backendEntry(name: BackendName): BackendEntry {
  const entry = BACKENDS.find((b) => b.name === name);
  if (!entry) throw new Error(`no backend "${name}"`);
  return entry;
}

/** A worker's kernels for the backend it was started with. */
export function createWorkerKernels(setup: KernelSetup): KernelSet {
  return new KernelSet(float32Kernels(backendEntry(setup.backend.name).workerFloat32(setup)));
}
