// The worker's side of the wasm backend: instantiates the kernels' module (wasmModule.ts; compiled
// once by the main thread, or built here when none is given) over the engine's shared
// WebAssembly.Memory and adapts its exports to the float32 primitives (src/backends/float32/
// primitives.ts). Offsets arrive in floats and go to the kernels in bytes.

import type { BackendWorkerOptions } from '../backend.js';
import type { Float32Primitives } from '../float32/primitives.js';
import { winograd4x4Tiles } from '../../tensor/winograd4x4.js';
import { winogradTiles } from '../../tensor/winograd.js';
import { WASM_MR, WASM_NR } from './wasmTiles.js';
import { bindKernels } from './kernelSignatures.js';
import { buildWasmModule } from './wasmModule.js';
import { webAssembly, type WasmMemory } from './webAssemblyApi.js';

/**
 * Kernels over `memory`, with this worker's scratch at float offset `scratch` (WASM_SCRATCH_FLOATS
 * floats: wasmTiles.ts).
 */
export function createWasmPrimitives(memory: WasmMemory, options: BackendWorkerOptions, scratch: number): Float32Primitives {
  if (!webAssembly) throw new Error('backend wasm: this runtime has no WebAssembly');
  const module = options.module ?? new webAssembly.Module(buildWasmModule({ MR: WASM_MR, NR: WASM_NR, fma: options.fma ?? false }).encode());
  const k = bindKernels(new webAssembly.Instance(module, { env: { memory } }).exports);
  const scratchBytes = scratch * 4;
  const bytes = (offset: number): number => (offset < 0 ? -1 : offset * 4);
  return {
    im2col(g, input, packed, panelStart, panelEnd) {
      k.im2col({
        C: g.inChannels, H: g.inHeight, W: g.inWidth, kh: g.kernelHeight, kw: g.kernelWidth, stride: g.stride, padding: g.padding,
        OW: g.outWidth, N: g.outHeight * g.outWidth, input: input * 4, packed: packed * 4, panelStart, panelEnd,
      });
    },
    gemm(M, N, K, a, b, c, tileStart, tileEnd, panelStart, panelEnd, bias, residual, relu) {
      k.gemm({
        M, N, K, a: a * 4, b: b * 4, c: c * 4, tileStart, tileEnd, panelStart, panelEnd,
        bias: bytes(bias), residual: bytes(residual), relu: relu ? 1 : 0, scratch: scratchBytes,
      });
    },
    winogradInput(m, g, input, packed, panelStart, panelEnd, images, imageStride) {
      const { tilesW, N } = m === 4 ? winograd4x4Tiles(g) : winogradTiles(g);
      const panels = Math.ceil((images * N) / WASM_NR);
      k[`winogradInput${m}`]({
        C: g.inChannels, H: g.inHeight, W: g.inWidth, tilesW, tilesPerImage: N, N: images * N, panels,
        input: input * 4, packed: packed * 4, panelStart, panelEnd, imageStride: imageStride * 4, scratch: scratchBytes,
      });
    },
    winogradGemm(m, g, weights, packed, output, tileStart, tileEnd, bias, residual, relu, images, imageStride) {
      const { tilesW, N } = m === 4 ? winograd4x4Tiles(g) : winogradTiles(g);
      const panels = Math.ceil((images * N) / WASM_NR);
      k[`winogradGemm${m}`]({
        M: g.outChannels, C: g.inChannels, N: images * N, panels, tilesW, tilesPerImage: N, OH: g.outHeight, OW: g.outWidth,
        u: weights * 4, v: packed * 4, c: output * 4, tileStart, tileEnd, bias: bytes(bias), residual: bytes(residual),
        relu: relu ? 1 : 0, imageStride: imageStride * 4, scratch: scratchBytes,
      });
    },
    batchNorm(input, output, channels, planeSize, scale, shift, planeStart, planeEnd) {
      k.batchNorm({ channels, planeSize, input: input * 4, output: output * 4, scale: scale * 4, shift: shift * 4, planeStart, planeEnd });
    },
    relu(input, output, start, end) {
      k.relu({ input: input * 4, output: output * 4, start, end });
    },
    add(a, b, output, start, end) {
      k.add({ a: a * 4, b: b * 4, output: output * 4, start, end });
    },
    maxPool2d(g, input, output, planeStart, planeEnd) {
      k.maxPool2d({
        H: g.inHeight, W: g.inWidth, OH: g.outHeight, OW: g.outWidth, kernel: g.kernelSize, stride: g.stride, padding: g.padding,
        input: input * 4, output: output * 4, planeStart, planeEnd,
      });
    },
    globalAvgPool(input, output, planeSize, planeStart, planeEnd) {
      k.globalAvgPool({ planeSize, input: input * 4, output: output * 4, planeStart, planeEnd });
    },
    linear(input, batch, inFeatures, weight, bias, output, outFeatures, rowStart, rowEnd) {
      k.linear({ batch, K: inFeatures, M: outFeatures, x: input * 4, weight: weight * 4, bias: bytes(bias), y: output * 4, rowStart, rowEnd });
    },
  };
}
