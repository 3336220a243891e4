// Lowers the network's graph (graph.ts) to a plan (src/runtime/plan.ts): the steps the workers
// run, over numbered activation buffers, with the weights where weightLayout.ts put them.
//
//   reference  one step per layer, as torchvision runs them (the step-through, the per-layer goldens)
//   fused      one step per convolution with its BatchNorm, residual add and ReLU (fuseGraph.ts);
//              the other layers (max-pool, avg-pool, fc) one step each
//
// A fused step stands where its last layer stood in the forward pass, and says which torchvision
// layer its output equals ("layer1.0" for a block's second convolution), so the step-through and
// the goldens can compare it. Every step names the backend kernel that computes it: a
// convolution's was chosen when its weights were laid out (weightLayout.ts); the other layers have
// one kernel per op and data type.

import { BYTES_PER_ELEMENT, type KernelSet } from '../backends/kernel.js';
import type { Plan, Step } from '../runtime/plan.js';
import { sizeOf } from '../tensor/tensor.js';
import { fuseGraph, type FusedConv } from './fuseGraph.js';
import type { Graph, GraphNode } from './graph.js';
import type { WeightLayout } from './weightLayout.js';

/** The plan of `graph` over weights laid out by `layout` (its kind says fused or reference), with the backend's `kernels`. */
export function lowerGraph(graph: Graph, layout: WeightLayout, kernels: KernelSet): Plan {
  const dtype = 'float32';
  const { nodes } = graph;
  const fused = layout.kind === 'fused' ? fuseGraph(graph) : new Map<number, FusedConv>();
  /** The fused step a layer is part of (absorbed layers only), by node id. */
  const absorbedInto = new Map<number, FusedConv>();
  for (const group of fused.values()) {
    for (const id of [group.batchNorm, group.tail]) if (id >= 0 && id !== group.conv) absorbedInto.set(id, group);
    if (group.residual >= 0) absorbedInto.set(nodes[group.tail].inputs[0], group);
  }
  const bufferShapes: number[][] = [nodes[0].shape];
  /** The buffer holding each node's output, once computed. */
  const bufferOf = new Map<number, number>([[0, 0]]);
  const buffer = (id: number): number => {
    const b = bufferShapes.push([...nodes[id].shape]) - 1;
    bufferOf.set(id, b);
    return b;
  };
  const read = (id: number): number => {
    const b = bufferOf.get(id);
    if (b === undefined) throw new Error(`plan: ${nodes[id].name} is read before it is computed`);
    return b;
  };
  const steps: Step[] = [];
  const kernel = (op: Exclude<Step['op'], 'conv2d'>): { kernel: string; dtype: typeof dtype } => ({ kernel: kernels.forOp(op, dtype).id, dtype });

  const convStep = (node: GraphNode & { op: 'conv2d' }, group: FusedConv | null): void => {
    const entry = layout.convs.get(node.name)!;
    const input = read(node.inputs[0]);
    const residual = group && group.residual >= 0 ? read(group.residual) : -1;
    const tail = group ? group.tail : nodes.indexOf(node);
    steps.push({
      op: 'conv2d', name: node.name, inputs: residual >= 0 ? [input, residual] : [input], output: buffer(tail),
      kernel: entry.kernel, dtype, weights: [entry.weights, entry.bias], geometry: node.geometry, relu: group?.relu ?? false,
      ...(group && group.tail !== group.conv ? { equals: nodes[group.tail].name } : {}),
    });
  };

  nodes.forEach((node, id) => {
    const group = absorbedInto.get(id);
    if (group) {
      // Computed by its convolution's step, which stands where the group's last layer is.
      if (id === group.tail) convStep(nodes[group.conv] as GraphNode & { op: 'conv2d' }, group);
      return;
    }
    const base = { name: node.name, inputs: node.inputs.map(read) };
    switch (node.op) {
      case 'input':
        return;
      case 'conv2d': {
        const own = fused.get(id);
        // A fused convolution whose group goes on is placed at its tail (above).
        if (!own || own.tail === id) convStep(node, own ?? null);
        return;
      }
      case 'batchNorm': {
        const entry = layout.batchNorms.get(node.name)!;
        const [channels, h, w] = node.shape;
        steps.push({ op: 'batchNorm', ...base, ...kernel('batchNorm'), output: buffer(id), weights: [entry.scale, entry.shift], channels, planeSize: h * w });
        return;
      }
      case 'relu':
        steps.push({ op: 'relu', ...base, ...kernel('relu'), output: buffer(id), weights: [] });
        return;
      case 'add':
        steps.push({ op: 'add', ...base, ...kernel('add'), output: buffer(id), weights: [] });
        return;
      case 'maxPool2d':
        steps.push({ op: 'maxPool2d', ...base, ...kernel('maxPool2d'), output: buffer(id), weights: [], geometry: node.geometry });
        return;
      case 'globalAvgPool': {
        const [channels, h, w] = nodes[node.inputs[0]].shape;
        steps.push({ op: 'globalAvgPool', ...base, ...kernel('globalAvgPool'), output: buffer(id), weights: [], channels, planeSize: h * w });
        return;
      }
      case 'linear': {
        const entry = layout.linears.get(node.name)!;
        steps.push({
          op: 'linear', ...base, ...kernel('linear'), output: buffer(id), weights: [entry.weight, entry.bias],
          inFeatures: node.inFeatures, outFeatures: node.outFeatures,
        });
        return;
      }
    }
  });
  const bufferBytes = bufferShapes.map((shape) => BYTES_PER_ELEMENT[dtype] * sizeOf(shape));
  return { steps, bufferShapes, bufferBytes, input: 0, output: read(graph.output) };
}
