// Turns a ResNet-18 state_dict into the packed weights the workers compute from, written into the
// engine's one shared memory at a given base (src/model/engine.ts lays that memory out).
//
//   fused      every BatchNorm folded into the convolution before it, once, here:
//                w'[o] = w[o]·s[o],  b'[o] = β[o] − μ[o]·s[o],  s[o] = γ[o] / √(σ²[o] + ε)
//              (computed in float64, rounded once), so a conv + BN + ReLU is one GEMM pass.
//              With `winograd`, each 3×3 stride-1 convolution's folded filters are stored as the
//              backend keeps them for Winograd (plain for js, transformed for wasm).
//   reference  convolutions without bias and BatchNorm kept separate as per-channel scale and
//              shift, every module a step of its own as torchvision runs it (the step-through).
//
// Layout of a packed weight set: for each convolution in forward order its packed weights (the
// backend's packConv: src/backends/backend.ts), then (fused)
// its bias or (reference) its BatchNorm scale and shift, then fc.weight [classes, features] and
// fc.bias. Every entry starts on a 16-float (64-byte) boundary.

import type { Backend, ConvAlgorithm } from '../backends/backend.js';
import { winogradApplies } from '../backends/backend.js';
import { batchNormCoefficients } from '../tensor/batchNorm.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import { BATCH_NORM_EPS, resnet18Convolutions, type ResNet18Config } from './architecture.js';
import { resnet18ConvGeometries } from './resnet18Plan.js';

export type PlanKind = 'fused' | 'reference';

export interface PackedConv {
  /** Offset of the packed weights, in the backend's layout for `algorithm`. */
  weights: number;
  algorithm: ConvAlgorithm;
  /** fused: offset of the folded bias. */
  bias: number;
  /** reference: offsets of the BatchNorm's scale and shift. */
  scale: number;
  shift: number;
}

/** Where each tensor of a packed weight set goes, as offsets from the set's base; `length` floats in all. */
export interface PackedResNet18 {
  kind: PlanKind;
  length: number;
  convs: Map<string, PackedConv>;
  fc: { weight: number; bias: number };
}

const ALIGN = 16;
const aligned = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/**
 * The input size each convolution's algorithm is chosen for (ImageNet's crop): the packed weights
 * depend on it, so it is fixed when the weights are laid out; any input size then runs correctly.
 */
const CHOSEN_FOR = 224;

/**
 * The layout alone (no weights needed), so the shared memory can be sized before packing. With
 * `winograd`, the fused plan's 3×3 stride-1 convolutions use the backend's Winograd variant.
 */
export function layoutResNet18(config: ResNet18Config, kind: PlanKind, backend: Backend, winograd = false): PackedResNet18 {
  const geometries = resnet18ConvGeometries(config, CHOSEN_FOR, CHOSEN_FOR);
  const features = config.widths[3];
  let length = 0;
  const layout = new Map<string, PackedConv>();
  for (const c of resnet18Convolutions(config)) {
    const g = geometries.get(c.name)!;
    const algorithm: ConvAlgorithm = winograd && kind === 'fused' && winogradApplies(g) ? backend.winogradAlgorithm(g) : 'im2col';
    const entry: PackedConv = { weights: length, algorithm, bias: -1, scale: -1, shift: -1 };
    length += aligned(backend.packedConvLength(c.outChannels, c.inChannels, c.kernelSize, c.kernelSize, algorithm));
    if (kind === 'fused') {
      entry.bias = length;
      length += aligned(c.outChannels);
    } else {
      entry.scale = length;
      entry.shift = length + aligned(c.outChannels);
      length += 2 * aligned(c.outChannels);
    }
    layout.set(c.name, entry);
  }
  const fc = { weight: length, bias: length + aligned(config.numClasses * features) };
  length = fc.bias + aligned(config.numClasses);
  return { kind, length, convs: layout, fc };
}

/** Packs the weights into `buffer` at `base` following `layout` (from layoutResNet18, same backend). */
export function packResNet18(
  stateDict: StateDict, config: ResNet18Config, layout: PackedResNet18, backend: Backend, buffer: Float32Array, base: number,
): void {
  const get = (name: string): Tensor => {
    const t = stateDict.get(name);
    if (!t) throw new Error(`state_dict has no "${name}"`);
    return t;
  };
  const fused = layout.kind === 'fused';
  for (const c of resnet18Convolutions(config)) {
    const entry = layout.convs.get(c.name)!;
    const { scale, shift } = batchNormCoefficients({
      weight: get(`${c.batchNorm}.weight`).data,
      bias: get(`${c.batchNorm}.bias`).data,
      runningMean: get(`${c.batchNorm}.running_mean`).data,
      runningVar: get(`${c.batchNorm}.running_var`).data,
      eps: BATCH_NORM_EPS,
    });
    const weight = get(`${c.name}.weight`).data;
    backend.packConv(weight, c.outChannels, c.inChannels, c.kernelSize, c.kernelSize, entry.algorithm, fused ? scale : null, buffer, base + entry.weights);
    if (fused) {
      buffer.set(shift, base + entry.bias);
    } else {
      buffer.set(scale, base + entry.scale);
      buffer.set(shift, base + entry.shift);
    }
  }
  buffer.set(get('fc.weight').data, base + layout.fc.weight);
  buffer.set(get('fc.bias').data, base + layout.fc.bias);
}
