// ResNet-18 as torchvision builds it (torchvision/models/resnet.py, BasicBlock, layers [2, 2, 2, 2]),
// described as data: every parameter's state_dict name and shape, in state_dict order.
//
// torchvision's model has widths [64, 128, 256, 512] and 1000 classes. The same topology with
// other widths (a "mini ResNet-18" for small test checkpoints) or another class count (fine-tuned
// checkpoints) is described by the same function; `inferResNet18Config` reads both back from shapes.

export interface ResNet18Config {
  /** Output channels of layer1..layer4; conv1 (the stem) has widths[0] channels. */
  widths: readonly [number, number, number, number];
  numClasses: number;
}

export const IMAGENET_RESNET18: ResNet18Config = { widths: [64, 128, 256, 512], numClasses: 1000 };

/** BatchNorm2d's default eps, used by every BatchNorm in torchvision's ResNet. */
export const BATCH_NORM_EPS = 1e-5;

export interface ParameterSpec {
  name: string;
  shape: number[];
}

/** The four tensors of a BatchNorm2d over `channels`, as named in a state_dict. */
function batchNormParameters(prefix: string, channels: number): ParameterSpec[] {
  return ['weight', 'bias', 'running_mean', 'running_var'].map((p) => ({ name: `${prefix}.${p}`, shape: [channels] }));
}

/** One BasicBlock: conv3x3 → bn → relu → conv3x3 → bn, plus (first block of layer2..4) a 1×1 stride-2 downsample. */
export interface BlockSpec {
  /** e.g. "layer2.0" */
  name: string;
  inChannels: number;
  outChannels: number;
  stride: 1 | 2;
  hasDownsample: boolean;
}

export function resnet18Blocks(config: ResNet18Config): BlockSpec[] {
  const blocks: BlockSpec[] = [];
  let inChannels = config.widths[0];
  config.widths.forEach((outChannels, layer) => {
    for (let b = 0; b < 2; b++) {
      const stride = layer > 0 && b === 0 ? 2 : 1;
      blocks.push({
        name: `layer${layer + 1}.${b}`,
        inChannels,
        outChannels,
        stride,
        hasDownsample: stride !== 1 || inChannels !== outChannels,
      });
      inChannels = outChannels;
    }
  });
  return blocks;
}

/** A convolution and the BatchNorm that follows it, as torchvision names them. */
export interface ConvSpec {
  /** "conv1", "layer1.0.conv2", "layer2.0.downsample.0", … */
  name: string;
  /** "bn1", "layer1.0.bn2", "layer2.0.downsample.1", … */
  batchNorm: string;
  inChannels: number;
  outChannels: number;
  kernelSize: number;
  stride: number;
  padding: number;
}

/** Every convolution in forward order: the 7×7 stem, then per block conv1, conv2 and the downsample. */
export function resnet18Convolutions(config: ResNet18Config): ConvSpec[] {
  const stem = config.widths[0];
  const convs: ConvSpec[] = [
    { name: 'conv1', batchNorm: 'bn1', inChannels: 3, outChannels: stem, kernelSize: 7, stride: 2, padding: 3 },
  ];
  for (const { name, inChannels, outChannels, stride, hasDownsample } of resnet18Blocks(config)) {
    convs.push({ name: `${name}.conv1`, batchNorm: `${name}.bn1`, inChannels, outChannels, kernelSize: 3, stride, padding: 1 });
    convs.push({ name: `${name}.conv2`, batchNorm: `${name}.bn2`, inChannels: outChannels, outChannels, kernelSize: 3, stride: 1, padding: 1 });
    if (hasDownsample) {
      convs.push({
        name: `${name}.downsample.0`, batchNorm: `${name}.downsample.1`,
        inChannels, outChannels, kernelSize: 1, stride, padding: 0,
      });
    }
  }
  return convs;
}

/** Every learned parameter and BatchNorm statistic, in torchvision's state_dict order (num_batches_tracked omitted). */
export function resnet18Parameters(config: ResNet18Config): ParameterSpec[] {
  const params: ParameterSpec[] = [];
  for (const conv of resnet18Convolutions(config)) {
    params.push({ name: `${conv.name}.weight`, shape: [conv.outChannels, conv.inChannels, conv.kernelSize, conv.kernelSize] });
    params.push(...batchNormParameters(conv.batchNorm, conv.outChannels));
  }
  params.push({ name: 'fc.weight', shape: [config.numClasses, config.widths[3]] });
  params.push({ name: 'fc.bias', shape: [config.numClasses] });
  return params;
}

/**
 * Reads widths and class count back from a state_dict's shapes (conv1 and layerN.0.conv1 weights, fc.weight).
 * Only the shapes it needs are looked at; checking every name and shape is `checkStateDict`'s job.
 */
export function inferResNet18Config(shapeOf: (name: string) => readonly number[] | undefined): ResNet18Config {
  const dim0 = (name: string): number => {
    const shape = shapeOf(name);
    if (!shape || shape.length === 0) throw new Error(`not a ResNet-18 state_dict: "${name}" is missing`);
    return shape[0];
  };
  const widths: [number, number, number, number] = [
    dim0('layer1.0.conv1.weight'),
    dim0('layer2.0.conv1.weight'),
    dim0('layer3.0.conv1.weight'),
    dim0('layer4.0.conv1.weight'),
  ];
  return { widths, numClasses: dim0('fc.weight') };
}
