// Where each layer's weights lie in the engine's shared memory, and packing them there from a
// state_dict (src/model/engine.ts lays out the memory around them).
//
//   fused      every BatchNorm folded into the convolution before it (fuseGraph.ts), once, here:
//                w'[o] = w[o]·s[o],  b'[o] = β[o] − μ[o]·s[o],  s[o] = γ[o] / √(σ²[o] + ε)
//              (computed in float64, rounded once), so a conv + BN + ReLU is one GEMM pass. With
//              `winograd`, each 3×3 stride-1 convolution's folded filters are stored as the
//              backend keeps them for Winograd (plain for js, transformed for wasm).
//   reference  convolutions without bias and BatchNorm kept separate as per-channel scale and
//              shift, every layer a step of its own as torchvision runs it (the step-through).
//
// Layout, in the graph's order: each convolution's packed weights (the backend's packConv:
// src/backends/backend.ts) and, fused, its folded bias; reference, each BatchNorm's scale and
// shift; then the linear layer's weight [classes, features] and bias. Every entry starts on a
// 16-float (64-byte) boundary.

import type { Backend, ConvAlgorithm } from '../backends/backend.js';
import { winogradApplies } from '../backends/backend.js';
import { batchNormCoefficients } from '../tensor/batchNorm.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import { BATCH_NORM_EPS } from './architecture.js';
import { fuseGraph } from './fuseGraph.js';
import type { Graph } from './graph.js';

export type PlanKind = 'fused' | 'reference';

export interface PackedConv {
  /** Offset of the packed weights, in the backend's layout for `algorithm`. */
  weights: number;
  algorithm: ConvAlgorithm;
  /** fused: offset of the folded bias, or -1. */
  bias: number;
}

/** Where each tensor of a packed weight set goes, as float offsets from the set's base; `length` floats in all. */
export interface WeightLayout {
  kind: PlanKind;
  length: number;
  /** By the convolution's name. */
  convs: Map<string, PackedConv>;
  /** reference: by the BatchNorm's name. */
  batchNorms: Map<string, { scale: number; shift: number }>;
  /** By the linear layer's name. */
  linears: Map<string, { weight: number; bias: number }>;
}

const ALIGN = 16;
const aligned = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/**
 * The layout alone (no weights needed), so the shared memory can be sized before packing. The
 * algorithm of each convolution is chosen for the graph's input size (the engine traces it at
 * ImageNet's 224×224): the packed weights depend on it; any input size then runs correctly.
 */
export function layoutWeights(graph: Graph, kind: PlanKind, backend: Backend, winograd = false): WeightLayout {
  const fused = kind === 'fused' ? fuseGraph(graph) : null;
  const layout: WeightLayout = { kind, length: 0, convs: new Map(), batchNorms: new Map(), linears: new Map() };
  const reserve = (floats: number): number => {
    const at = layout.length;
    layout.length += aligned(floats);
    return at;
  };
  graph.nodes.forEach((node, id) => {
    if (node.op === 'conv2d') {
      const g = node.geometry;
      const algorithm: ConvAlgorithm = winograd && fused && winogradApplies(g) ? backend.winogradAlgorithm(g) : 'im2col';
      const weights = reserve(backend.packedConvLength(g.outChannels, g.inChannels, g.kernelHeight, g.kernelWidth, algorithm));
      const bias = fused && fused.get(id)!.batchNorm >= 0 ? reserve(g.outChannels) : -1;
      layout.convs.set(node.name, { weights, algorithm, bias });
    } else if (node.op === 'batchNorm' && !fused) {
      layout.batchNorms.set(node.name, { scale: reserve(node.shape[0]), shift: reserve(node.shape[0]) });
    } else if (node.op === 'linear') {
      layout.linears.set(node.name, { weight: reserve(node.outFeatures * node.inFeatures), bias: reserve(node.outFeatures) });
    }
  });
  return layout;
}

/** Packs the weights into `buffer` at `base` following `layout` (from layoutWeights, same graph and backend). */
export function packWeights(
  stateDict: StateDict, graph: Graph, layout: WeightLayout, backend: Backend, buffer: Float32Array, base: number,
): void {
  const get = (name: string): Tensor => {
    const t = stateDict.get(name);
    if (!t) throw new Error(`state_dict has no "${name}"`);
    return t;
  };
  const coefficients = (name: string): { scale: Float64Array; shift: Float64Array } => batchNormCoefficients({
    weight: get(`${name}.weight`).data,
    bias: get(`${name}.bias`).data,
    runningMean: get(`${name}.running_mean`).data,
    runningVar: get(`${name}.running_var`).data,
    eps: BATCH_NORM_EPS,
  });
  const fused = layout.kind === 'fused' ? fuseGraph(graph) : null;
  graph.nodes.forEach((node, id) => {
    if (node.op === 'conv2d') {
      const entry = layout.convs.get(node.name)!;
      const g = node.geometry;
      const batchNorm = fused ? fused.get(id)!.batchNorm : -1;
      const folded = batchNorm >= 0 ? coefficients(graph.nodes[batchNorm].name) : null;
      backend.packConv(
        get(`${node.name}.weight`).data, g.outChannels, g.inChannels, g.kernelHeight, g.kernelWidth, entry.algorithm,
        folded?.scale ?? null, buffer, base + entry.weights,
      );
      if (folded) buffer.set(folded.shift, base + entry.bias);
    } else if (node.op === 'batchNorm' && !fused) {
      const entry = layout.batchNorms.get(node.name)!;
      const { scale, shift } = coefficients(node.name);
      buffer.set(scale, base + entry.scale);
      buffer.set(shift, base + entry.shift);
    } else if (node.op === 'linear') {
      const entry = layout.linears.get(node.name)!;
      buffer.set(get(`${node.name}.weight`).data, base + entry.weight);
      buffer.set(get(`${node.name}.bias`).data, base + entry.bias);
    }
  });
}
