// Which kernel computes each convolution, where each layer's weights lie in the engine's shared
// memory, and packing them there from a state_dict (src/model/engine.ts lays out the memory
// around them).
//
//   fused      every BatchNorm folded into the convolution before it (fuseGraph.ts), once, here:
//                w'[o] = w[o]·s[o],  b'[o] = β[o] − μ[o]·s[o],  s[o] = γ[o] / √(σ²[o] + ε)
//              (computed in float64, rounded once), so a conv + BN + ReLU is one GEMM pass. Each
//              convolution gets the backend's first kernel that supports it (Winograd where it
//              applies, if allowed), which stores the folded filters in its own layout.
//   reference  convolutions without bias by im2col + GEMM and BatchNorm kept separate as
//              per-channel scale and shift, every layer a step of its own as torchvision runs it
//              (the step-through).
//
// Layout, in the graph's order: each convolution's packed filters (its kernel's `pack`) and, fused,
// its folded bias; reference, each BatchNorm's scale and shift; then the linear layer's weight
// [classes, features] and bias. Byte offsets; every entry starts on a 64-byte boundary.

import type { Backend } from '../backends/backend.js';
import type { ConvKernel } from '../backends/kernel.js';
import { batchNormCoefficients } from '../tensor/batchNorm.js';
import type { ConvGeometry } from '../tensor/im2col.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import { BATCH_NORM_EPS } from './architecture.js';
import { fuseGraph } from './fuseGraph.js';
import type { Graph } from './graph.js';

export type PlanKind = 'fused' | 'reference';

export interface PackedConv {
  /** The kernel that computes it (its descriptor's id), and its packed filters' byte offset. */
  kernel: string;
  weights: number;
  /** fused: byte offset of the folded bias, or -1. */
  bias: number;
}

/** Where each tensor of a packed weight set goes, as byte offsets from the set's base; `length` bytes in all. */
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

const ALIGN = 64;
const aligned = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** The backend's first float32 convolution kernel that computes `g` (Winograd ones only if allowed). */
export function chooseConvKernel(backend: Backend, g: ConvGeometry, winograd: boolean): ConvKernel {
  const kernel = backend.kernels.convolutions('float32').find((k) => (winograd || !k.winograd) && k.supports(g));
  if (!kernel) throw new Error(`backend ${backend.name} has no float32 kernel for a ${g.kernelHeight}×${g.kernelWidth}/${g.stride} convolution`);
  return kernel;
}

/**
 * The layout alone (no weights needed), so the shared memory can be sized before packing. The
 * kernel of each convolution is chosen for the graph's input size (the engine traces it at
 * ImageNet's 224×224): the packed weights depend on it; any input size then runs correctly.
 */
export function layoutWeights(graph: Graph, kind: PlanKind, backend: Backend, winograd = false): WeightLayout {
  const fused = kind === 'fused' ? fuseGraph(graph) : null;
  const layout: WeightLayout = { kind, length: 0, convs: new Map(), batchNorms: new Map(), linears: new Map() };
  const reserve = (bytes: number): number => {
    const at = layout.length;
    layout.length += aligned(bytes);
    return at;
  };
  graph.nodes.forEach((node, id) => {
    if (node.op === 'conv2d') {
      const kernel = chooseConvKernel(backend, node.geometry, winograd && fused !== null);
      const weights = reserve(kernel.packedBytes(node.geometry));
      const bias = fused && fused.get(id)!.batchNorm >= 0 ? reserve(4 * node.geometry.outChannels) : -1;
      layout.convs.set(node.name, { kernel: kernel.id, weights, bias });
    } else if (node.op === 'batchNorm' && !fused) {
      layout.batchNorms.set(node.name, { scale: reserve(4 * node.shape[0]), shift: reserve(4 * node.shape[0]) });
    } else if (node.op === 'linear') {
      layout.linears.set(node.name, { weight: reserve(4 * node.outFeatures * node.inFeatures), bias: reserve(4 * node.outFeatures) });
    }
  });
  return layout;
}

/** Packs the weights into `memory` at byte `base` following `layout` (from layoutWeights, same graph and backend). */
export function packWeights(
  stateDict: StateDict, graph: Graph, layout: WeightLayout, backend: Backend, memory: SharedArrayBuffer, base: number,
): void {
  const get = (name: string): Tensor => {
    const t = stateDict.get(name);
    if (!t) throw new Error(`state_dict has no "${name}"`);
    return t;
  };
  const write = (values: ArrayLike<number>, offset: number): void => new Float32Array(memory, base + offset, values.length).set(values);
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
      const kernel = backend.kernels.get(entry.kernel) as ConvKernel;
      const batchNorm = fused ? fused.get(id)!.batchNorm : -1;
      const folded = batchNorm >= 0 ? coefficients(graph.nodes[batchNorm].name) : null;
      kernel.pack(get(`${node.name}.weight`).data, folded?.scale ?? null, node.geometry, memory, base + entry.weights);
      if (folded) write(folded.shift, entry.bias);
    } else if (node.op === 'batchNorm' && !fused) {
      const entry = layout.batchNorms.get(node.name)!;
      const { scale, shift } = coefficients(node.name);
      write(scale, entry.scale);
      write(shift, entry.shift);
    } else if (node.op === 'linear') {
      const entry = layout.linears.get(node.name)!;
      write(get(`${node.name}.weight`).data, entry.weight);
      write(get(`${node.name}.bias`).data, entry.bias);
    }
  });
}
