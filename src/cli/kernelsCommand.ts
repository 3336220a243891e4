// `resnet18 kernels [name]`: prints the WebAssembly the engine writes for itself, as WAT-like text.

import type { Command } from './main.js';
import { UsageError } from './cliError.js';
import { parseOptions } from './parseOptions.js';
import { buildWasmModule, wasmKernelFunctions } from '../backends/wasm/wasmModule.js';
import { WASM_MR, WASM_NR } from '../backends/wasm/wasmTiles.js';

const usage = `usage: resnet18 kernels [NAME] [--fma] [--list]

Prints the WebAssembly the wasm backend writes for itself at run time (no compiler, no .wasm file):
the whole module, or the kernel NAME (gemm, im2col, winogradInput4, winogradGemm4, …), as WAT-like
text, one instruction a line.
  --list    the kernels' names only
  --fma     the variant with f32x4.relaxed_madd (used where the runtime has relaxed SIMD)`;

export const kernelsCommand: Command = {
  name: 'kernels',
  summary: 'print the WebAssembly kernels the engine writes',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('kernels', args, { fma: { type: 'boolean' }, list: { type: 'boolean' } });
    if (positionals.length > 1) throw new UsageError(`kernels takes at most one name, got ${positionals.length}`);
    const shape = { MR: WASM_MR, NR: WASM_NR, fma: values.fma === true };
    const functions = wasmKernelFunctions(shape);
    if (values.list) {
      out.stdout(`${functions.map((f) => f.name).join('\n')}\n`);
      return 0;
    }
    if (positionals.length === 0) {
      out.stdout(`${buildWasmModule(shape).toText()}\n`);
      return 0;
    }
    const fn = functions.find((f) => f.name === positionals[0]);
    if (!fn) throw new UsageError(`no kernel '${positionals[0]}'; the kernels are ${functions.map((f) => f.name).join(', ')}`);
    out.stdout(`${fn.toText()}\n`);
    return 0;
  },
};
