// ResNet-18's forward pass as a plan (see runtime/plan.ts), for an input of height × width.
//
//   input [3, H, W]
//   conv1 7×7/2 → bn1 → relu            [w1, H/2, W/2]
//   maxpool 3×3/2                        [w1, H/4, W/4]
//   layer1 … layer4, two BasicBlocks each:
//     out = relu(bn2(conv2(relu(bn1(conv1(x))))) + identity)
//     identity = x, or downsample(x) = bn(conv1×1/2(x)) in the first block of layer2 … layer4
//                                      [w4, H/32, W/32]
//   avgpool (adaptive, to 1×1)           [w4]
//   fc                                   [classes]
//
// The reference plan has one step per torchvision module; the fused plan one step per
// convolution, with BatchNorm folded in and the residual add and ReLU done as each output is stored.

import { convGeometry, gemmSizes, type ConvGeometry } from '../tensor/im2col.js';
import { WINOGRAD_ELEMENTS, winogradTiles } from '../tensor/winograd.js';
import { WINOGRAD_4X4_ELEMENTS, winograd4x4Tiles } from '../tensor/winograd4x4.js';
import { poolGeometry } from '../tensor/maxPool2d.js';
import { columnChunkPanels, type Plan, type Step } from '../runtime/plan.js';
import { resnet18Blocks, resnet18Convolutions, type ConvSpec, type ResNet18Config } from './architecture.js';
import type { PackedResNet18 } from './packResNet18.js';

/** Every convolution's geometry for an input of height × width, by torchvision name. */
export function resnet18ConvGeometries(config: ResNet18Config, height: number, width: number): Map<string, ConvGeometry> {
  const specs = new Map(resnet18Convolutions(config).map((c) => [c.name, c]));
  const geometries = new Map<string, ConvGeometry>();
  const conv = (name: string, h: number, w: number): ConvGeometry => {
    const c = specs.get(name)!;
    const g = convGeometry(c.inChannels, h, w, c.outChannels, c.kernelSize, c.kernelSize, c.stride, c.padding);
    geometries.set(name, g);
    return g;
  };
  const stem = conv('conv1', height, width);
  let { outHeight: h, outWidth: w } = poolGeometry(stem.outChannels, stem.outHeight, stem.outWidth, 3, 2, 1);
  for (const block of resnet18Blocks(config)) {
    const first = conv(`${block.name}.conv1`, h, w);
    conv(`${block.name}.conv2`, first.outHeight, first.outWidth);
    if (block.hasDownsample) conv(`${block.name}.downsample.0`, h, w);
    h = first.outHeight;
    w = first.outWidth;
  }
  return geometries;
}

/** Where a fused step's output can be compared with torchvision: the module whose output it equals. */
export type StepWithEquivalent = Step & { equals?: string };

/** The plan for an input of height × width, over weights packed by a backend with NR-column panels. */
export function buildResNet18Plan(config: ResNet18Config, packed: PackedResNet18, NR: number, height: number, width: number): Plan {
  const convSpecs = new Map(resnet18Convolutions(config).map((c) => [c.name, c]));
  const fused = packed.kind === 'fused';
  const bufferShapes: number[][] = [];
  const steps: StepWithEquivalent[] = [];
  let scratchSize = 0;
  const winogradScratch = { perImage: 0, padding: 0 };
  const buffer = (shape: number[]): number => bufferShapes.push(shape) - 1;

  /** conv (+ folded BN, residual, ReLU when fused; bare conv when reference). */
  const conv = (name: string, input: number, options: { residual?: number; relu?: boolean; equals?: string } = {}): number => {
    const spec: ConvSpec = convSpecs.get(name)!;
    const [cin, h, w] = bufferShapes[input];
    const g = convGeometry(cin, h, w, spec.outChannels, spec.kernelSize, spec.kernelSize, spec.stride, spec.padding);
    const entry = packed.convs.get(name)!;
    const { K, N } = gemmSizes(g);
    const columns = columnChunkPanels(K, Math.ceil(N / NR), NR) * K * NR;
    const algorithm = entry.algorithm;
    if (algorithm === 'im2col') scratchSize = Math.max(scratchSize, columns);
    else {
      // packed…InputLength(g, images) = E·C·NR·⌈images·tiles / NR⌉ ≤ E·C·tiles·images + E·C·NR.
      const [elements, tiles] = algorithm === 'winograd4x4'
        ? [WINOGRAD_4X4_ELEMENTS, winograd4x4Tiles(g).N]
        : [WINOGRAD_ELEMENTS, winogradTiles(g).N];
      winogradScratch.perImage = Math.max(winogradScratch.perImage, elements * cin * tiles);
      winogradScratch.padding = Math.max(winogradScratch.padding, elements * cin * NR);
    }
    const output = buffer([g.outChannels, g.outHeight, g.outWidth]);
    const residual = fused ? options.residual ?? -1 : -1;
    steps.push({
      op: 'conv2d', name, inputs: residual >= 0 ? [input, residual] : [input], output, geometry: g,
      weights: entry.weights, algorithm, bias: fused ? entry.bias : -1, residual, relu: fused && (options.relu ?? false),
      ...(fused && options.equals ? { equals: options.equals } : {}),
    });
    return output;
  };
  const batchNorm = (convName: string, input: number): number => {
    const spec = convSpecs.get(convName)!;
    const [c, h, w] = bufferShapes[input];
    const output = buffer([c, h, w]);
    const entry = packed.convs.get(convName)!;
    steps.push({ op: 'batchNorm', name: spec.batchNorm, inputs: [input], output, channels: c, planeSize: h * w, scale: entry.scale, shift: entry.shift });
    return output;
  };
  const relu = (name: string, input: number): number => {
    const output = buffer([...bufferShapes[input]]);
    steps.push({ op: 'relu', name, inputs: [input], output });
    return output;
  };
  /** Conv → BN → (ReLU): one fused step, or two or three reference steps. */
  const convBlock = (name: string, input: number, reluName: string | null, equals?: string): number => {
    if (fused) return conv(name, input, { relu: reluName !== null, equals: equals ?? reluName ?? undefined });
    const normalised = batchNorm(name, conv(name, input));
    return reluName === null ? normalised : relu(reluName, normalised);
  };

  const input = buffer([3, height, width]);
  let x = convBlock('conv1', input, 'relu');
  {
    const [c, h, w] = bufferShapes[x];
    const g = poolGeometry(c, h, w, 3, 2, 1);
    const output = buffer([c, g.outHeight, g.outWidth]);
    steps.push({ op: 'maxPool2d', name: 'maxpool', inputs: [x], output, geometry: g });
    x = output;
  }
  for (const block of resnet18Blocks(config)) {
    const b = block.name;
    const hidden = convBlock(`${b}.conv1`, x, `${b}.relu`);
    const downsample = (): number => (block.hasDownsample ? convBlock(`${b}.downsample.0`, x, null, `${b}.downsample.1`) : x);
    if (fused) {
      // The downsample runs first: conv2's epilogue adds it.
      x = conv(`${b}.conv2`, hidden, { residual: downsample(), relu: true, equals: b });
    } else {
      // torchvision's order: conv2, bn2, then the downsample, then the add.
      const normalised = batchNorm(`${b}.conv2`, conv(`${b}.conv2`, hidden));
      const identity = downsample();
      const sum = buffer([...bufferShapes[normalised]]);
      steps.push({ op: 'add', name: `${b}.add`, inputs: [normalised, identity], output: sum });
      x = relu(b, sum);
    }
  }
  const [features, h, w] = bufferShapes[x];
  const pooled = buffer([features, 1, 1]);
  steps.push({ op: 'globalAvgPool', name: 'avgpool', inputs: [x], output: pooled, channels: features, planeSize: h * w });
  const logits = buffer([config.numClasses]);
  steps.push({
    op: 'linear', name: 'fc', inputs: [pooled], output: logits,
    inFeatures: features, outFeatures: config.numClasses, weight: packed.fc.weight, bias: packed.fc.bias,
  });
  return { steps, bufferShapes, input, output: logits, scratchSize, winogradScratch };
}
