// Choosing a backend: "wasm" where the runtime validates WebAssembly SIMD128, else "js"; or the
// one asked for, with an error that says why it cannot run.

import type { Backend, BackendName } from './backend.js';
import { jsBackend } from './js/jsBackend.js';
import { hasSimd128 } from './wasm/simdSupport.js';
import { createWasmBackend } from './wasm/wasmBackend.js';

export type BackendChoice = BackendName | 'auto';

export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'wasm', 'js'];

export async function resolveBackend(choice: BackendChoice, options: { fma?: boolean } = {}): Promise<Backend> {
  if (!BACKEND_CHOICES.includes(choice)) {
    throw new Error(`backend must be one of ${BACKEND_CHOICES.join(', ')}, got ${JSON.stringify(choice)}`);
  }
  if (choice === 'js') return jsBackend;
  if (choice === 'auto' && !hasSimd128()) return jsBackend;
  if (!hasSimd128()) throw new Error('backend wasm: this runtime has no WebAssembly SIMD128; use backend js');
  return createWasmBackend(options);
}
