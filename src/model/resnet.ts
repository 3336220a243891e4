// ResNet's forward pass, written once, as torchvision's resnet.py computes it.
//
// The function below is the whole network. It computes nothing itself: every layer is a call on
// an `ops` object, and what a call does depends on the object given.
//
//   referenceOps (referenceOps.ts)   computes each layer with the plain references of src/tensor/
//                                    over a state_dict: the readable model, the tests' oracle
//   traceOps (graph.ts)              records each call as a node of a graph, with its shapes: what
//                                    the planner lowers to the engine's fused steps (plan.ts)
//
// Every layer is named as in torchvision's state_dict ("layer2.0.downsample.0"); a layer's weights
// are found by its name. Shapes per image:
//
//   input [3, H, W]
//   conv1 7×7/2 → bn1 → relu            [w1, H/2, W/2]
//   maxpool 3×3/2                        [w1, H/4, W/4]
//   layer1 … layer4, BasicBlocks:        [w1 … w4, H/4 … H/32, W/4 … W/32]
//     out = relu(bn2(conv2(relu(bn1(conv1(x))))) + identity)
//     identity = x, or downsample(x) = bn(conv1×1/s(x)) where the shape changes
//   avgpool (adaptive, to 1×1)           [w4, 1, 1]
//   fc                                   [classes]

import { resnet18Blocks, type BlockSpec, type ResNet18Config } from './architecture.js';

export interface ConvOptions {
  outChannels: number;
  kernelSize: number;
  stride: number;
  padding: number;
}

export interface PoolOptions {
  kernelSize: number;
  stride: number;
  padding: number;
}

/** The layers a ResNet is made of. `T` is whatever the ops object passes between layers. */
export interface LayerOps<T> {
  /** `${name}.weight` [outChannels, inChannels, k, k], no bias (torchvision's ResNet has none). */
  conv2d(name: string, x: T, options: ConvOptions): T;
  /** `${name}.weight`, `.bias`, `.running_mean`, `.running_var`, eps 1e-5 (inference: running statistics). */
  batchNorm(name: string, x: T): T;
  relu(name: string, x: T): T;
  maxPool2d(name: string, x: T, options: PoolOptions): T;
  add(name: string, a: T, b: T): T;
  /** Adaptive average pooling to 1×1: the mean of each channel's plane. */
  globalAvgPool(name: string, x: T): T;
  /** `${name}.weight` [outFeatures, inFeatures] and `${name}.bias`, over the flattened input. */
  linear(name: string, x: T, outFeatures: number): T;
}

/** The logits of `x` (torchvision's ResNet.forward). */
export function resnetForward<T>(ops: LayerOps<T>, config: ResNet18Config, x: T): T {
  x = ops.conv2d('conv1', x, { outChannels: config.widths[0], kernelSize: 7, stride: 2, padding: 3 });
  x = ops.batchNorm('bn1', x);
  x = ops.relu('relu', x);
  x = ops.maxPool2d('maxpool', x, { kernelSize: 3, stride: 2, padding: 1 });
  for (const block of resnet18Blocks(config)) x = basicBlock(ops, block, x);
  x = ops.globalAvgPool('avgpool', x);
  return ops.linear('fc', x, config.numClasses);
}

/**
 * torchvision's BasicBlock.forward. Its one ReLU module runs twice: the first output is named
 * "<block>.relu", the second (the block's output) by the block's own name.
 */
function basicBlock<T>(ops: LayerOps<T>, block: BlockSpec, x: T): T {
  const b = block.name;
  let out = ops.conv2d(`${b}.conv1`, x, { outChannels: block.outChannels, kernelSize: 3, stride: block.stride, padding: 1 });
  out = ops.batchNorm(`${b}.bn1`, out);
  out = ops.relu(`${b}.relu`, out);
  out = ops.conv2d(`${b}.conv2`, out, { outChannels: block.outChannels, kernelSize: 3, stride: 1, padding: 1 });
  out = ops.batchNorm(`${b}.bn2`, out);
  let identity = x;
  if (block.hasDownsample) {
    identity = ops.conv2d(`${b}.downsample.0`, x, { outChannels: block.outChannels, kernelSize: 1, stride: block.stride, padding: 0 });
    identity = ops.batchNorm(`${b}.downsample.1`, identity);
  }
  out = ops.add(`${b}.add`, out, identity);
  return ops.relu(b, out);
}
