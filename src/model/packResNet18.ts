// Turns a ResNet-18 state_dict into the packed weights the workers compute from, written into the
// engine's one shared memory at a given base (src/model/model.ts lays that memory out).
//
//   fused      every BatchNorm folded into the convolution before it, once, here:
//                w'[o] = w[o]·s[o],  b'[o] = β[o] − μ[o]·s[o],  s[o] = γ[o] / √(σ²[o] + ε)
//              (computed in float64, rounded once), so a conv + BN + ReLU is one GEMM pass.
//              With `winograd`, each 3×3 stride-1 convolution's folded filters are stored plain,
//              [Cout, Cin, 3, 3], for the workers' Winograd kernel to transform as it goes
//              (src/runtime/sharedMemoryGemm.ts says why).
//   reference  convolutions without bias and BatchNorm kept separate as per-channel scale and
//              shift, every module a step of its own as torchvision runs it (the step-through).
//
// Layout of a packed weight set: for each convolution in forward order its packWeights() tiles, then (fused)
// its bias or (reference) its BatchNorm scale and shift, then fc.weight [classes, features] and
// fc.bias. Every entry starts on a 16-float (64-byte) boundary.

import { batchNormCoefficients } from '../tensor/batchNorm.js';
import { packedWeightsLength, packWeights } from '../tensor/packWeights.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import { BATCH_NORM_EPS, resnet18Convolutions, type ConvSpec, type ResNet18Config } from './architecture.js';

/** out[m·K + k] = weight[m·K + k]·scale[m], in float64 and rounded once (BatchNorm folding). */
function scaleFilters(weight: Float32Array, M: number, K: number, out: Float32Array, outOffset: number, scale: Float64Array): void {
  for (let m = 0; m < M; m++) {
    for (let k = 0; k < K; k++) out[outOffset + m * K + k] = weight[m * K + k] * scale[m];
  }
}

/** Winograd F(2×2, 3×3) computes 3×3 convolutions with stride 1 and padding 1. */
function winogradSuits(c: ConvSpec): boolean {
  return c.kernelSize === 3 && c.stride === 1 && c.padding === 1;
}

export type PlanKind = 'fused' | 'reference';

export interface PackedConv {
  /** Offset of the packed weights: packWeights() layout, or plain [Cout, Cin, 3, 3] if `winograd`. */
  weights: number;
  winograd: boolean;
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

/** The layout alone (no weights needed), so the shared memory can be sized before packing. */
export function layoutResNet18(config: ResNet18Config, kind: PlanKind, winograd = false): PackedResNet18 {
  const convs = resnet18Convolutions(config);
  const features = config.widths[3];
  let length = 0;
  const layout = new Map<string, PackedConv>();
  for (const c of convs) {
    const K = c.inChannels * c.kernelSize * c.kernelSize;
    const useWinograd = winograd && kind === 'fused' && winogradSuits(c);
    const entry: PackedConv = { weights: length, winograd: useWinograd, bias: -1, scale: -1, shift: -1 };
    length += aligned(useWinograd ? c.outChannels * K : packedWeightsLength(c.outChannels, K));
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

/** Packs the weights into `buffer` at `base` following `layout` (from layoutResNet18). */
export function packResNet18(stateDict: StateDict, config: ResNet18Config, layout: PackedResNet18, buffer: Float32Array, base: number): void {
  const get = (name: string): Tensor => {
    const t = stateDict.get(name);
    if (!t) throw new Error(`state_dict has no "${name}"`);
    return t;
  };
  const kind = layout.kind;
  for (const c of resnet18Convolutions(config)) {
    const entry = layout.convs.get(c.name)!;
    const K = c.inChannels * c.kernelSize * c.kernelSize;
    const { scale, shift } = batchNormCoefficients({
      weight: get(`${c.batchNorm}.weight`).data,
      bias: get(`${c.batchNorm}.bias`).data,
      runningMean: get(`${c.batchNorm}.running_mean`).data,
      runningVar: get(`${c.batchNorm}.running_var`).data,
      eps: BATCH_NORM_EPS,
    });
    const weight = get(`${c.name}.weight`).data;
    if (entry.winograd) {
      scaleFilters(weight, c.outChannels, K, buffer, base + entry.weights, scale);
      buffer.set(shift, base + entry.bias);
    } else if (kind === 'fused') {
      packWeights(weight, c.outChannels, K, buffer, base + entry.weights, scale);
      buffer.set(shift, base + entry.bias);
    } else {
      packWeights(weight, c.outChannels, K, buffer, base + entry.weights);
      buffer.set(scale, base + entry.scale);
      buffer.set(shift, base + entry.shift);
    }
  }
  buffer.set(get('fc.weight').data, base + layout.fc.weight);
  buffer.set(get('fc.bias').data, base + layout.fc.bias);
}
