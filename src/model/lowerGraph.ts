// Lowers the network's graph (graph.ts) to a plan (src/runtime/plan.ts): the steps the workers
// run, over numbered activation buffers, with the weights where weightLayout.ts put them.
//
//   reference  one step per layer, as torchvision runs them (the step-through, the per-layer goldens)
//   fused      one step per convolution with its BatchNorm, residual add and ReLU (fuseGraph.ts);
//              the other layers (max-pool, avg-pool, fc) one step each
//
// A fused step stands where its last layer stood in the forward pass, and says which torchvision
// layer its output equals ("layer1.0" for a block's second convolution), so the step-through and
// the goldens can compare it.

import { gemmSizes } from '../tensor/im2col.js';
import { WINOGRAD_ELEMENTS, winogradTiles } from '../tensor/winograd.js';
import { WINOGRAD_4X4_ELEMENTS, winograd4x4Tiles } from '../tensor/winograd4x4.js';
import { columnChunkPanels, type Plan, type Step } from '../runtime/plan.js';
import { fuseGraph, type FusedConv } from './fuseGraph.js';
import type { Graph, GraphNode } from './graph.js';
import type { WeightLayout } from './weightLayout.js';

/** The plan of `graph` over weights laid out by `layout` (its kind says fused or reference) for a backend with NR-column panels. */
export function lowerGraph(graph: Graph, layout: WeightLayout, NR: number): Plan {
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
  let scratchSize = 0;
  const winogradScratch = { perImage: 0, padding: 0 };

  const convStep = (node: GraphNode & { op: 'conv2d' }, group: FusedConv | null): void => {
    const g = node.geometry;
    const entry = layout.convs.get(node.name)!;
    const algorithm = entry.algorithm;
    if (algorithm === 'im2col') {
      const { K, N } = gemmSizes(g);
      scratchSize = Math.max(scratchSize, columnChunkPanels(K, Math.ceil(N / NR), NR) * K * NR);
    } else {
      // packed…InputLength(g, images) = E·C·NR·⌈images·tiles / NR⌉ ≤ E·C·tiles·images + E·C·NR.
      const [elements, tiles] = algorithm === 'winograd4x4'
        ? [WINOGRAD_4X4_ELEMENTS, winograd4x4Tiles(g).N]
        : [WINOGRAD_ELEMENTS, winogradTiles(g).N];
      winogradScratch.perImage = Math.max(winogradScratch.perImage, elements * g.inChannels * tiles);
      winogradScratch.padding = Math.max(winogradScratch.padding, elements * g.inChannels * NR);
    }
    const input = read(node.inputs[0]);
    const residual = group && group.residual >= 0 ? read(group.residual) : -1;
    const tail = group ? group.tail : nodes.indexOf(node);
    steps.push({
      op: 'conv2d', name: node.name, inputs: residual >= 0 ? [input, residual] : [input], output: buffer(tail),
      geometry: g, weights: entry.weights, algorithm, bias: entry.bias, residual, relu: group?.relu ?? false,
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
        steps.push({ op: 'batchNorm', ...base, output: buffer(id), channels, planeSize: h * w, scale: entry.scale, shift: entry.shift });
        return;
      }
      case 'relu':
        steps.push({ op: 'relu', ...base, output: buffer(id) });
        return;
      case 'add':
        steps.push({ op: 'add', ...base, output: buffer(id) });
        return;
      case 'maxPool2d':
        steps.push({ op: 'maxPool2d', ...base, output: buffer(id), geometry: node.geometry });
        return;
      case 'globalAvgPool': {
        const [channels, h, w] = nodes[node.inputs[0]].shape;
        steps.push({ op: 'globalAvgPool', ...base, output: buffer(id), channels, planeSize: h * w });
        return;
      }
      case 'linear': {
        const entry = layout.linears.get(node.name)!;
        steps.push({
          op: 'linear', ...base, output: buffer(id), inFeatures: node.inFeatures, outFeatures: node.outFeatures,
          weight: entry.weight, bias: entry.bias,
        });
        return;
      }
    }
  });
  return { steps, bufferShapes, input: 0, output: read(graph.output), scratchSize, winogradScratch };
}
