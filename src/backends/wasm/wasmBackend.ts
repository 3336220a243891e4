// The main thread's side of the wasm backend: tile sizes, algorithm choice, weight packing and the
// shared WebAssembly.Memory (the contract: src/backends/backend.ts).
//
// Winograd's transformed filters U = G g Gᵀ are made once, at load time (by the module's own
// winogradFilters kernel), and stored packed as the GEMM's A for each element ξ:
//
//   u[(ξ·tilesM + t)·C·MR + c·MR + i] = U_ξ[t·MR + i, c]        tilesM = ⌈M / MR⌉, rows past M zero
//
// U is E/9 times the filters (16/9 for F(2×2), 36/9 for F(4×4)). The JavaScript backend transforms
// in the worker instead, where that costs ~1 % of its slower GEMM; here it would cost far more.
// F(4×4) where the output is at least 28×28 (layer1, layer2 at 224×224: 4× fewer multiplications),
// F(2×2) below: layer3 measured ~10 % faster with F(4×4), but its U would be 16 MB larger, and
// layer4's 85 MB larger.

import { packedWeightsLength, packWeights } from '../float32/packWeights.js';
import type { Backend } from '../backend.js';
import { float32Kernels } from '../float32/float32Kernels.js';
import type { Float32Parts, Float32Primitives } from '../float32/primitives.js';
import { KernelSet } from '../kernel.js';
import { hasRelaxedSimd } from './simdSupport.js';
import { setV8Flag } from './v8Flags.js';
import { bindKernels, type BoundKernels } from './kernelSignatures.js';
import { buildWasmModule } from './wasmModule.js';
import { WASM_MR, WASM_NR, WASM_SCRATCH_FLOATS } from './wasmTiles.js';
import { webAssembly } from './webAssemblyApi.js';

const PAGE_BYTES = 65536;
const PAGE_FLOATS = PAGE_BYTES / 4;

/** Elements of the transformed tile of F(m×m, 3×3): (m + 2)². */
function elements(m: 2 | 4): number {
  return (m + 2) * (m + 2);
}

/** Floats of the temporary memory U is made in (2 MB): a chunk of filters, their scales and U. */
const FILTER_SCRATCH_FLOATS = 512 * 1024;

/**
 * The module instantiated on the main thread over a memory of its own, made on first use and
 * grown (a new one) only if a layer needs more: instantiating costs milliseconds, once.
 */
export class FilterPacker {
  private current: { floats: number; scratch: Float32Array; kernels: BoundKernels } | null = null;

  constructor(private readonly module: object) {}

  get(floats: number): { scratch: Float32Array; kernels: BoundKernels } {
    if (!this.current || this.current.floats < floats) {
      const pages = Math.ceil(floats / PAGE_FLOATS);
      const memory = new webAssembly!.Memory({ initial: pages, maximum: pages, shared: true });
      const kernels = bindKernels(new webAssembly!.Instance(this.module, { env: { memory } }).exports);
      this.current = { floats: pages * PAGE_FLOATS, scratch: new Float32Array(memory.buffer), kernels };
    }
    return this.current;
  }
}

/**
 * U of every filter, packed (see the header), from weight [M, C, 3, 3] times scale[m], made by the
 * module's own winogradFilters<m> kernel (SIMD, four filters at once, BatchNorm's scale applied
 * in float32) in a temporary memory, a chunk of row tiles at a time: the filters and scales are
 * copied in, transformed, and each element's run of U copied into place (one-time JavaScript
 * loops over millions of weights run unoptimized: a copy loop alone took 200 ms).
 */
function packWinogradFilters(
  packer: FilterPacker, weight: Float32Array, M: number, C: number, m: 2 | 4, scale: Float64Array | null,
  out: Float32Array, offset: number,
): void {
  const E = elements(m);
  const tilesM = Math.ceil(M / WASM_MR);
  const perRow = 1 + C * 9 + E * C;
  const chunkRows = Math.max(WASM_MR, Math.floor(FILTER_SCRATCH_FLOATS / perRow / WASM_MR) * WASM_MR);
  const { scratch, kernels } = packer.get(Math.min(chunkRows, tilesM * WASM_MR) * perRow);
  const transform = kernels[`winogradFilters${m}`];
  for (let m0 = 0; m0 < M; m0 += chunkRows) {
    const rows = Math.min(chunkRows, M - m0);
    // [filters of the chunk | their scales | U of the chunk], copied in and out with set().
    const filters = rows * C * 9;
    scratch.set(weight.subarray(m0 * C * 9, m0 * C * 9 + filters), 0);
    if (scale !== null) scratch.set(scale.subarray(m0, m0 + rows), filters);
    const tiles = Math.ceil(rows / WASM_MR);
    transform({ M: rows, C, filters: 0, scale: scale === null ? -1 : filters * 4, u: (filters + rows) * 4 });
    const run = tiles * C * WASM_MR;
    for (let e = 0; e < E; e++) {
      const from = filters + rows + e * run;
      out.set(scratch.subarray(from, from + run), offset + (e * tilesM + m0 / WASM_MR) * C * WASM_MR);
    }
  }
}

/** The kernels' module, emitted and compiled once per process for each FMA choice. */
const compiled = new Map<boolean, Promise<object>>();

function compiledModule(fma: boolean): Promise<object> {
  let module = compiled.get(fma);
  if (!module) {
    module = webAssembly!.compile(buildWasmModule({ MR: WASM_MR, NR: WASM_NR, fma }).encode());
    compiled.set(fma, module);
  }
  return module;
}

let tieringSet = false;

/**
 * On Node, compile with V8's optimizing tier only (--no-liftoff). By default V8 first compiles
 * wasm with its baseline compiler and optimizes a function only once it has run hot for a while:
 * the kernels called once per forward pass (max-pool, pools, fc, small layers) then stay
 * unoptimized for many passes, and the first passes are slow. Set once, before the first compile;
 * workers started afterwards see it too. (Browsers keep their own tiering.)
 */
function compileOptimized(): void {
  if (tieringSet) return;
  tieringSet = true;
  setV8Flag('--no-liftoff');
}

/**
 * The wasm backend, or an error saying why it cannot run here. `fma`: use f32x4.relaxed_madd
 * (default: when the runtime validates it).
 */
export async function createWasmBackend(options: { fma?: boolean } = {}): Promise<Backend> {
  const relaxed = await hasRelaxedSimd();
  if (options.fma === true && !relaxed) throw new Error('backend wasm: this runtime has no relaxed SIMD (f32x4.relaxed_madd)');
  const fma = options.fma ?? relaxed;
  compileOptimized();
  // Compiled once per process (compiledModule), in V8's background threads; every worker
  // instantiates the same module (posted to it) instead of generating and compiling its own.
  const module = await compiledModule(fma);
  const parts = wasmFloat32Parts(fma, null, new FilterPacker(module));
  return {
    name: 'wasm',
    description: fma ? 'wasm simd128 + relaxed fma' : 'wasm simd128',
    kernels: new KernelSet(float32Kernels(parts)),
    float32: parts,
    workerScratchBytes: 4 * WASM_SCRATCH_FLOATS,
    createMemory(bytes) {
      const pages = Math.max(1, Math.ceil(bytes / PAGE_BYTES));
      const memory = new webAssembly!.Memory({ initial: pages, maximum: pages, shared: true });
      return { buffer: memory.buffer, shared: memory };
    },
    workerOptions: { name: 'wasm', fma, module },
  };
}

/**
 * The backend's float32 parts: with a worker's primitives, or (main thread) none and the packer
 * that transforms Winograd filters at load time.
 */
export function wasmFloat32Parts(fma: boolean, primitives: Float32Primitives | null, packer: FilterPacker | null): Float32Parts {
  return {
    backend: 'wasm',
    MR: WASM_MR,
    NR: WASM_NR,
    arithmetic: fma ? 'f32x4 relaxed fma' : 'f32x4',
    primitives,
    packedGemmFloats: (M, K) => packedWeightsLength(M, K, WASM_MR),
    packGemm: (weight, M, K, scale, out, offset) => void packWeights(weight, M, K, WASM_MR, scale, out, offset),
    packedWinogradFloats: (m, M, C) => elements(m) * Math.ceil(M / WASM_MR) * WASM_MR * C,
    packWinograd(m, weight, M, C, scale, out, offset) {
      if (!packer) throw new Error('backend wasm: filters are packed on the main thread');
      packWinogradFilters(packer, weight, M, C, m, scale, out, offset);
    },
    // F(4×4) where the output is at least 28×28 (the header says why).
    prefersWinograd4x4: (g) => g.outHeight >= 28 && g.outWidth >= 28,
  };
}
