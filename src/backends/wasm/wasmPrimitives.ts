// The worker's side of the wasm backend: instantiates the kernels' module (wasmModule.ts; compiled
// once by the main thread, or built here when none is given) over the engine's shared
// WebAssembly.Memory and adapts its exports to the float32 primitives (src/backends/float32/
// primitives.ts). Offsets arrive in floats and go to the kernels in bytes.

import type { BackendWorkerOptions } from '../backend.js';
import type { Float32Primitives } from '../float32/primitives.js';
import { winograd4x4Tiles } from '../../tensor/winograd4x4.js';
import { winogradTiles } from '../../tensor/winograd.js';
import { WASM_MR, WASM_NR } from './wasmTiles.js';
import { buildWasmModule } from './wasmModule.js';
import { webAssembly, type WasmMemory } from './webAssemblyApi.js';

type Export = (...args: number[]) => void;

/**
 * Kernels over `memory`, with this worker's scratch at float offset `scratch` (WASM_SCRATCH_FLOATS
 * floats: wasmTiles.ts).
 */
export function createWasmPrimitives(memory: WasmMemory, options: BackendWorkerOptions, scratch: number): Float32Primitives {
  if (!webAssembly) throw new Error('backend wasm: this runtime has no WebAssembly');
  const module = options.module ?? new webAssembly.Module(buildWasmModule({ MR: WASM_MR, NR: WASM_NR, fma: options.fma ?? false }).encode());
  const exports = new webAssembly.Instance(module, { env: { memory } }).exports as Record<string, Export>;
  const s = scratch * 4;
  const bytes = (offset: number): number => (offset < 0 ? -1 : offset * 4);
  return {
    im2col(g, input, packed, panelStart, panelEnd) {
      exports.im2col(
        g.inChannels, g.inHeight, g.inWidth, g.kernelHeight, g.kernelWidth, g.stride, g.padding,
        g.outWidth, g.outHeight * g.outWidth, input * 4, packed * 4, panelStart, panelEnd,
      );
    },
    gemm(M, N, K, a, b, c, tileStart, tileEnd, panelStart, panelEnd, bias, residual, relu) {
      exports.gemm(M, N, K, a * 4, b * 4, c * 4, tileStart, tileEnd, panelStart, panelEnd, bytes(bias), bytes(residual), relu ? 1 : 0, s);
    },
    winogradInput(m, g, input, packed, panelStart, panelEnd, images, imageStride) {
      const { tilesW, N } = m === 4 ? winograd4x4Tiles(g) : winogradTiles(g);
      const panels = Math.ceil((images * N) / WASM_NR);
      exports[`winogradInput${m}`](
        g.inChannels, g.inHeight, g.inWidth, tilesW, N, images * N, panels,
        input * 4, packed * 4, panelStart, panelEnd, imageStride * 4, s,
      );
    },
    winogradGemm(m, g, weights, packed, output, tileStart, tileEnd, bias, residual, relu, images, imageStride) {
      const { tilesW, N } = m === 4 ? winograd4x4Tiles(g) : winogradTiles(g);
      const panels = Math.ceil((images * N) / WASM_NR);
      exports[`winogradGemm${m}`](
        g.outChannels, g.inChannels, images * N, panels, tilesW, N, g.outHeight, g.outWidth,
        weights * 4, packed * 4, output * 4, tileStart, tileEnd, bytes(bias), bytes(residual), relu ? 1 : 0, imageStride * 4, s,
      );
    },
    batchNorm(input, output, channels, planeSize, scale, shift, planeStart, planeEnd) {
      exports.batchNorm(channels, planeSize, input * 4, output * 4, scale * 4, shift * 4, planeStart, planeEnd);
    },
    relu(input, output, start, end) {
      exports.relu(input * 4, output * 4, start, end);
    },
    add(a, b, output, start, end) {
      exports.add(a * 4, b * 4, output * 4, start, end);
    },
    maxPool2d(g, input, output, planeStart, planeEnd) {
      exports.maxPool2d(g.inHeight, g.inWidth, g.outHeight, g.outWidth, g.kernelSize, g.stride, g.padding, input * 4, output * 4, planeStart, planeEnd);
    },
    globalAvgPool(input, output, planeSize, planeStart, planeEnd) {
      exports.globalAvgPool(planeSize, input * 4, output * 4, planeStart, planeEnd);
    },
    linear(input, batch, inFeatures, weight, bias, output, outFeatures, rowStart, rowEnd) {
      exports.linear(batch, inFeatures, outFeatures, input * 4, weight * 4, bytes(bias), output * 4, rowStart, rowEnd);
    },
  };
}
