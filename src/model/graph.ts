// The network as a graph: resnetForward() (resnet.ts) run with tracing ops, which compute nothing
// and record each layer as a node with its shapes. The planner lowers the graph to the engine's
// steps (plan.ts), the weight layout packs what its nodes name (weightLayout.ts), and the
// state_dict check reads every parameter's name and shape from it (architecture.ts): one
// traversal of the network, written once.
//
// Values are node ids: node 0 is the input image; node i > 0 is the output of layer i. Shapes are
// per image ([C, H, W], or [features] after fc).

import { convGeometry, type ConvGeometry } from '../tensor/im2col.js';
import { poolGeometry, type PoolGeometry } from '../tensor/maxPool2d.js';
import { formatShape } from '../tensor/tensor.js';
import type { ResNet18Config } from './architecture.js';
import { resnetForward, type LayerOps } from './resnet.js';

interface NodeBase {
  /** torchvision's name of the layer ("layer2.0.downsample.0"), "input" for node 0. */
  name: string;
  /** Ids of the nodes read. */
  inputs: number[];
  /** Per-image shape of the output. */
  shape: number[];
}

export type GraphNode =
  | (NodeBase & { op: 'input' })
  | (NodeBase & { op: 'conv2d'; geometry: ConvGeometry })
  | (NodeBase & { op: 'batchNorm' })
  | (NodeBase & { op: 'relu' })
  | (NodeBase & { op: 'add' })
  | (NodeBase & { op: 'maxPool2d'; geometry: PoolGeometry })
  | (NodeBase & { op: 'globalAvgPool' })
  | (NodeBase & { op: 'linear'; inFeatures: number; outFeatures: number });

export interface Graph {
  /** In the order the forward pass calls them: every node after the nodes it reads. */
  nodes: GraphNode[];
  /** The logits' node. */
  output: number;
}

/** The graph of the network for an input of height × width. */
export function traceGraph(config: ResNet18Config, height: number, width: number): Graph {
  const nodes: GraphNode[] = [{ op: 'input', name: 'input', inputs: [], shape: [3, height, width] }];
  const push = (node: GraphNode): number => nodes.push(node) - 1;
  const chw = (id: number): [number, number, number] => {
    const shape = nodes[id].shape;
    if (shape.length !== 3) throw new Error(`${nodes[id].name} has shape ${formatShape(shape)}, not [C, H, W]`);
    return shape as [number, number, number];
  };
  const ops: LayerOps<number> = {
    conv2d(name, x, o) {
      const [c, h, w] = chw(x);
      const geometry = convGeometry(c, h, w, o.outChannels, o.kernelSize, o.kernelSize, o.stride, o.padding);
      return push({ op: 'conv2d', name, inputs: [x], shape: [o.outChannels, geometry.outHeight, geometry.outWidth], geometry });
    },
    batchNorm: (name, x) => push({ op: 'batchNorm', name, inputs: [x], shape: chw(x) }),
    relu: (name, x) => push({ op: 'relu', name, inputs: [x], shape: [...nodes[x].shape] }),
    maxPool2d(name, x, o) {
      const geometry = poolGeometry(...chw(x), o.kernelSize, o.stride, o.padding);
      return push({ op: 'maxPool2d', name, inputs: [x], shape: [geometry.channels, geometry.outHeight, geometry.outWidth], geometry });
    },
    add(name, a, b) {
      if (formatShape(nodes[a].shape) !== formatShape(nodes[b].shape)) {
        throw new Error(`${name}: adding ${formatShape(nodes[a].shape)} and ${formatShape(nodes[b].shape)}`);
      }
      return push({ op: 'add', name, inputs: [a, b], shape: [...nodes[a].shape] });
    },
    globalAvgPool: (name, x) => push({ op: 'globalAvgPool', name, inputs: [x], shape: [chw(x)[0], 1, 1] }),
    linear(name, x, outFeatures) {
      const inFeatures = nodes[x].shape.reduce((a, b) => a * b, 1);
      return push({ op: 'linear', name, inputs: [x], shape: [outFeatures], inFeatures, outFeatures });
    },
  };
  const output = resnetForward(ops, config, 0);
  return { nodes, output };
}

/** The ids of the nodes that read each node. */
export function consumersOf(graph: Graph): number[][] {
  const consumers = graph.nodes.map((): number[] => []);
  graph.nodes.forEach((node, id) => node.inputs.forEach((input) => consumers[input].push(id)));
  return consumers;
}

export interface ParameterSpec {
  name: string;
  shape: number[];
}

/**
 * Every learned parameter and BatchNorm statistic the graph's layers read, as a state_dict names
 * them, in the order torchvision's state_dict lists them (num_batches_tracked omitted).
 */
export function graphParameters(graph: Graph): ParameterSpec[] {
  const params: ParameterSpec[] = [];
  for (const node of graph.nodes) {
    if (node.op === 'conv2d') {
      const g = node.geometry;
      params.push({ name: `${node.name}.weight`, shape: [g.outChannels, g.inChannels, g.kernelHeight, g.kernelWidth] });
    } else if (node.op === 'batchNorm') {
      for (const p of ['weight', 'bias', 'running_mean', 'running_var']) params.push({ name: `${node.name}.${p}`, shape: [node.shape[0]] });
    } else if (node.op === 'linear') {
      params.push({ name: `${node.name}.weight`, shape: [node.outFeatures, node.inFeatures] });
      params.push({ name: `${node.name}.bias`, shape: [node.outFeatures] });
    }
  }
  return params;
}
