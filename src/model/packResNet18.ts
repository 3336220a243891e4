// Turns a ResNet-18 state_dict into the one shared Float32Array the workers compute from.
//
//   fused      every BatchNorm folded into the convolution before it, once, here:
//                w'[o] = w[o]·s[o],  b'[o] = β[o] − μ[o]·s[o],  s[o] = γ[o] / √(σ²[o] + ε)
//              (computed in float64, rounded once), so a conv + BN + ReLU is one GEMM pass.
//   reference  convolutions without bias and BatchNorm kept separate as per-channel scale and
//              shift, every module a step of its own as torchvision runs it (the step-through).
//
// Layout of the array: for each convolution in forward order its packWeights() tiles, then (fused)
// its bias or (reference) its BatchNorm scale and shift, then fc.weight [classes, features] and
// fc.bias. Every entry starts on a 16-float (64-byte) boundary.

import { batchNormCoefficients } from '../tensor/batchNorm.js';
import { packedWeightsLength, packWeights } from '../tensor/packWeights.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import { BATCH_NORM_EPS, resnet18Convolutions, type ResNet18Config } from './architecture.js';

export type PlanKind = 'fused' | 'reference';

export interface PackedConv {
  /** Offset of the packed weights. */
  weights: number;
  /** fused: offset of the folded bias. */
  bias: number;
  /** reference: offsets of the BatchNorm's scale and shift. */
  scale: number;
  shift: number;
}

export interface PackedResNet18 {
  kind: PlanKind;
  /** Backed by a SharedArrayBuffer: every worker reads the same memory. */
  buffer: Float32Array<SharedArrayBuffer>;
  convs: Map<string, PackedConv>;
  fc: { weight: number; bias: number };
}

const ALIGN = 16;
const aligned = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

export function packResNet18(stateDict: StateDict, config: ResNet18Config, kind: PlanKind): PackedResNet18 {
  const get = (name: string): Tensor => {
    const t = stateDict.get(name);
    if (!t) throw new Error(`state_dict has no "${name}"`);
    return t;
  };
  const convs = resnet18Convolutions(config);
  const features = config.widths[3];

  // Sizes first, so the shared memory is allocated once and packed into directly.
  let length = 0;
  const layout = new Map<string, PackedConv>();
  for (const c of convs) {
    const K = c.inChannels * c.kernelSize * c.kernelSize;
    const entry: PackedConv = { weights: length, bias: -1, scale: -1, shift: -1 };
    length += aligned(packedWeightsLength(c.outChannels, K));
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

  const buffer = new Float32Array(new SharedArrayBuffer(length * 4));
  for (const c of convs) {
    const entry = layout.get(c.name)!;
    const K = c.inChannels * c.kernelSize * c.kernelSize;
    const { scale, shift } = batchNormCoefficients({
      weight: get(`${c.batchNorm}.weight`).data,
      bias: get(`${c.batchNorm}.bias`).data,
      runningMean: get(`${c.batchNorm}.running_mean`).data,
      runningVar: get(`${c.batchNorm}.running_var`).data,
      eps: BATCH_NORM_EPS,
    });
    const weight = get(`${c.name}.weight`).data;
    if (kind === 'fused') {
      packWeights(weight, c.outChannels, K, buffer, entry.weights, scale);
      buffer.set(shift, entry.bias);
    } else {
      packWeights(weight, c.outChannels, K, buffer, entry.weights);
      buffer.set(scale, entry.scale);
      buffer.set(shift, entry.shift);
    }
  }
  buffer.set(get('fc.weight').data, fc.weight);
  buffer.set(get('fc.bias').data, fc.bias);
  return { kind, buffer, convs: layout, fc };
}
