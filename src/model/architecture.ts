// ResNet-18 as torchvision builds it (torchvision/models/resnet.py, BasicBlock, layers [2, 2, 2, 2]):
// its configuration (widths, classes) and its blocks as data. The forward pass is resnet.ts; every
// parameter's state_dict name and shape is read from it (parameters.ts).
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
