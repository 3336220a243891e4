// The main thread's side of the wasm backend: tile sizes, algorithm choice, weight packing and the
// shared WebAssembly.Memory (the contract: src/backends/backend.ts).
//
// Winograd's transformed filters U = G g Gᵀ are made here once, at load time, and stored packed
// as the GEMM's A for each element ξ:
//
//   u[(ξ·tilesM + t)·C·MR + c·MR + i] = U_ξ[t·MR + i, c]        tilesM = ⌈M / MR⌉, rows past M zero
//
// U is E/9 times the filters (16/9 for F(2×2), 36/9 for F(4×4)). The JavaScript backend transforms
// in the worker instead, where that costs ~1 % of its slower GEMM; here it would cost far more.
// F(4×4) where the output is at least 14×14 (layer1-3 at 224×224: 4× fewer multiplications;
// layer3's 14×14 measured 10 % faster than with F(2×2)), F(2×2) for layer4's 7×7 (few 4×4 tiles,
// and U 4× the filters would add ~85 MB).

import { packedWeightsLength, packWeights } from '../../tensor/packWeights.js';
import { transformFilter } from '../../tensor/winograd.js';
import { transformFilter4x4 } from '../../tensor/winograd4x4.js';
import type { Backend, ConvAlgorithm } from '../backend.js';
import { hasRelaxedSimd } from './simdSupport.js';
import { setV8Flag } from './v8Flags.js';
import { buildWasmModule } from './wasmModule.js';
import { WASM_MR, WASM_NR, WASM_SCRATCH_FLOATS } from './wasmTiles.js';
import { webAssembly } from './webAssemblyApi.js';

const PAGE_FLOATS = 65536 / 4;

function elements(algorithm: ConvAlgorithm): number {
  return algorithm === 'winograd4x4' ? 36 : 16;
}

/**
 * U of every filter, packed (see the header), from weight [M, C, 3, 3] times scale[m]. One row tile
 * at a time: its C·MR filters are transformed into `tile` ([c·MR + i][ξ]), then written out
 * element by element as contiguous runs of C·MR floats (writing each filter's E values straight to
 * their E places, a page apart, made packing 5× slower).
 */
function packWinogradFilters(
  weight: Float32Array, M: number, C: number, algorithm: ConvAlgorithm, scale: Float64Array | null,
  out: Float32Array, offset: number,
): void {
  const E = elements(algorithm);
  const tilesM = Math.ceil(M / WASM_MR);
  const run = C * WASM_MR;
  const filter = new Float32Array(9);
  const u = new Float64Array(36);
  const tile = new Float32Array(run * E);
  for (let t = 0; t < tilesM; t++) {
    for (let i = 0; i < WASM_MR; i++) {
      const m = t * WASM_MR + i;
      for (let c = 0; c < C; c++) {
        const at = (c * WASM_MR + i) * E;
        if (m >= M) {
          tile.fill(0, at, at + E);
          continue;
        }
        // The folded filter is rounded to float32 first, as the JavaScript backend stores it.
        const s = scale === null ? 1 : scale[m];
        for (let k = 0; k < 9; k++) filter[k] = weight[(m * C + c) * 9 + k] * s;
        if (E === 36) transformFilter4x4(filter, 0, u);
        else transformFilter(filter, 0, 1, u);
        for (let e = 0; e < E; e++) tile[at + e] = u[e];
      }
    }
    for (let e = 0; e < E; e++) {
      const base = offset + (e * tilesM + t) * run;
      for (let x = 0; x < run; x++) out[base + x] = tile[x * E + e];
    }
  }
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
  // Compiled once, here, in V8's background threads while the caller packs the weights; every
  // worker instantiates the same module (posted to it) instead of generating and compiling its own.
  const module = await webAssembly!.compile(buildWasmModule({ MR: WASM_MR, NR: WASM_NR, fma }).encode());
  return {
    name: 'wasm',
    description: fma ? 'wasm simd128 + relaxed fma' : 'wasm simd128',
    MR: WASM_MR,
    NR: WASM_NR,
    workerScratchFloats: WASM_SCRATCH_FLOATS,
    winogradAlgorithm: (g) => (g.outHeight >= 14 && g.outWidth >= 14 ? 'winograd4x4' : 'winograd2x2'),
    packedConvLength(M, C, kh, kw, algorithm) {
      if (algorithm === 'im2col') return packedWeightsLength(M, C * kh * kw, WASM_MR);
      return elements(algorithm) * Math.ceil(M / WASM_MR) * WASM_MR * C;
    },
    packConv(weight, M, C, kh, kw, algorithm, scale, out, offset) {
      if (algorithm === 'im2col') packWeights(weight, M, C * kh * kw, out, offset, scale, WASM_MR);
      else packWinogradFilters(weight, M, C, algorithm, scale, out, offset);
    },
    createMemory(floats) {
      const pages = Math.max(1, Math.ceil(floats / PAGE_FLOATS));
      const memory = new webAssembly!.Memory({ initial: pages, maximum: pages, shared: true });
      return { floats: new Float32Array(memory.buffer), shared: memory };
    },
    workerOptions: { name: 'wasm', fma, module },
  };
}
