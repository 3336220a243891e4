// Which layers of the graph (graph.ts) the fused plan computes in one step: a convolution with the
// BatchNorm after it folded into its weights and bias, and, when they follow, the residual add and
// the ReLU applied as each output is stored (the kernels' epilogue).
//
//   conv → bn → relu                    one step (the stem, each block's first convolution)
//   conv → bn → add(·, identity) → relu one step reading `identity` (each block's second convolution)
//   conv → bn                           one step (the downsample)
//
// A layer is absorbed only when it is the sole reader of the one before: an output that something
// else also reads must be kept. The add is absorbed into the branch that is its first operand
// (resnet.ts: add(out, identity)); the identity must then be computed before the fused step, which
// it is, since the step is placed where the group's last layer was.

import { consumersOf, type Graph } from './graph.js';

export interface FusedConv {
  conv: number;
  /** The BatchNorm folded into it, or -1. */
  batchNorm: number;
  /** The value added before the ReLU (the identity), or -1. */
  residual: number;
  relu: boolean;
  /** The last layer the step computes: its output is the step's. */
  tail: number;
}

/** For each convolution's node id, its fused step. */
export function fuseGraph(graph: Graph): Map<number, FusedConv> {
  const consumers = consumersOf(graph);
  const { nodes } = graph;
  /** The node that alone reads `id` if it has this op, else -1. */
  const soleReader = (id: number, op: string): number => {
    const readers = consumers[id];
    return readers.length === 1 && nodes[readers[0]].op === op && id !== graph.output ? readers[0] : -1;
  };
  const fused = new Map<number, FusedConv>();
  nodes.forEach((node, id) => {
    if (node.op !== 'conv2d') return;
    const group: FusedConv = { conv: id, batchNorm: -1, residual: -1, relu: false, tail: id };
    const bn = soleReader(id, 'batchNorm');
    if (bn >= 0) group.batchNorm = group.tail = bn;
    const add = soleReader(group.tail, 'add');
    if (add >= 0 && nodes[add].inputs[0] === group.tail && soleReader(add, 'relu') >= 0) {
      group.residual = nodes[add].inputs[1];
      group.tail = soleReader(add, 'relu');
      group.relu = true;
    } else {
      const relu = soleReader(group.tail, 'relu');
      if (relu >= 0) {
        group.tail = relu;
        group.relu = true;
      }
    }
    fused.set(id, group);
  });
  return fused;
}
