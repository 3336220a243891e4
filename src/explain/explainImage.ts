// What the step-through shows for one image: every module's numbers, and pictures of what the
// network computed — the input as it sees it, conv1's filters, each stage's feature maps — plus the
// 512 pooled features and the logits they lead to. Used by `resnet18 explain --maps` and by the
// service's /api/explain (the web page's "How it sees").

import type { Classifier } from '../classifier/classifier.js';
import type { PlanKind, StepOutput } from '../model/model.js';
import { formatShape, type Tensor } from '../tensor/tensor.js';
import { featureMapGrid, type GridImage } from './featureMapGrid.js';
import { filterGrid } from './filterGrid.js';
import { inputImage } from './inputImage.js';

/** A step of the step-through without its tensor. */
export type StepSummary = Omit<StepOutput, 'output' | 'equivalent'>;

/** One stage's feature maps: name as people say it, the torchvision module whose output it is. */
export interface StageMaps extends GridImage {
  name: string;
  module: string;
  /** [C, H, W] */
  shape: number[];
}

export interface Explanation {
  steps: StepSummary[];
  input: { png: Buffer; width: number; height: number };
  filters: GridImage;
  stages: StageMaps[];
  /** avgpool's output: the features fc reads. */
  pooled: Float32Array;
  logits: Float32Array;
}

/**
 * The stages drawn, by the module whose output is shown: conv1 after its BatchNorm and ReLU (the
 * top-level `relu`), maxpool, and each layer's last block.
 */
export function stageModule(stage: string, stepNames: readonly string[]): string | undefined {
  if (stage === 'conv1') return 'relu';
  if (stage === 'maxpool') return 'maxpool';
  return stepNames.filter((name) => new RegExp(`^${stage}\\.\\d+$`).test(name)).at(-1);
}

export const STAGES = ['conv1', 'maxpool', 'layer1', 'layer2', 'layer3', 'layer4'] as const;

/** The steps whose outputs explainImage uses: the stages' modules (stageModule), avgpool and fc. */
const KEPT_OUTPUT = /^(relu|maxpool|avgpool|fc|layer\d+\.\d+)$/;

/**
 * Runs one image [3, H, W] or [1, 3, H, W] through a plan (default the reference plan: every
 * module a step) and draws what it saw. In the fused plan a stage's picture is the output of the
 * step that computes its module. `signal`: stop between two steps once nobody waits.
 */
export async function explainImage(
  model: Classifier, input: Tensor, options: { labelTiles?: boolean; plan?: PlanKind; signal?: AbortSignal } = {},
): Promise<Explanation> {
  if (!(input.shape.length === 3 || (input.shape.length === 4 && input.shape[0] === 1))) {
    throw new Error(`explainImage takes one image [3, H, W] or [1, 3, H, W], got ${formatShape(input.shape)}`);
  }
  const [channels, height, width] = input.shape.slice(-3);
  const image: Tensor = { shape: [1, channels, height, width], data: input.data };
  const steps: StepSummary[] = [];
  const outputs = new Map<string, Tensor>();
  const equivalents: string[] = [];
  for await (const step of model.steps(image, { plan: options.plan ?? 'reference' })) {
    // Nobody waits any more (the service's client hung up): stop between two steps.
    options.signal?.throwIfAborted();
    const { output, equivalent, ...summary } = step;
    steps.push(summary);
    equivalents.push(equivalent);
    // Only the outputs drawn or read below are kept: the others (tens of MB in all) are garbage at once.
    if (KEPT_OUTPUT.test(equivalent)) outputs.set(equivalent, output);
  }
  const names = equivalents;
  // One grid at a time, the event loop served between them: drawn back to back, the five grids
  // kept a server's event loop busy for tens of ms per explanation.
  const maps: StageMaps[] = [];
  for (const name of STAGES) {
    await new Promise((resolve) => setImmediate(resolve));
    options.signal?.throwIfAborted();
    const module = stageModule(name, names);
    const output = module ? outputs.get(module) : undefined;
    if (!module || !output) throw new Error(`the step-through has no output for stage ${name}`);
    const [, c, h, w] = output.shape;
    maps.push({ name, module, shape: [c, h, w], ...await featureMapGrid(output.data, 0, c, h, w, options) });
  }
  const conv1 = model.model.stateDict.get('conv1.weight');
  if (!conv1) throw new Error('the model has no conv1.weight');
  const [picture, filters] = await Promise.all([inputImage(input.data, height, width), filterGrid(conv1, options)]);
  return {
    steps,
    input: picture,
    filters,
    stages: maps,
    pooled: outputs.get('avgpool')!.data,
    logits: outputs.get('fc')!.data,
  };
}
