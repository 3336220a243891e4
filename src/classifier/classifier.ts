// The library's front door: a ResNet-18 engine together with its weights file and class labels.
//
//   const model = await loadModel({ weights: 'weights/resnet18.bin' });
//   const logits = await model.forward(batch);              // [N, 3, H, W] → [N, classes]
//   const top = model.predict(logits, { topK: 5 });          // per image: [{ index, label, probability }]
//   const best = await model.classify('cat.jpg');           // an image file, bytes, pixels or tensor
//   await model.close();

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createResNet18, type ForwardOptions, type PlanKind, type ResNet18, type StepOutput } from '../model/model.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import type { DecodeOptions } from '../image/decodeImage.js';
import { preprocess, type RawPixels } from '../image/preprocess.js';
import { labelsFor, type Lang, type LabelSet } from '../labels/labelSet.js';
import { loadBlobFile } from '../weights/blobFile.js';
import type { BackendChoice } from '../backends/resolveBackend.js';
import { predictions, type Prediction } from './predictions.js';

/** weights/resnet18.bin inside this package (beside src/ or dist/), where fetch-weights writes. */
export const DEFAULT_WEIGHTS_PATH = fileURLToPath(new URL('../../weights/resnet18.bin', import.meta.url));

/** The weights file to use: an explicit path, else $RESNET18_WEIGHTS, else the default. */
export function weightsPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return explicit ?? (env.RESNET18_WEIGHTS || DEFAULT_WEIGHTS_PATH);
}

export interface LoadModelOptions {
  /** A weights blob path (default: $RESNET18_WEIGHTS or weights/resnet18.bin) or a state_dict. */
  weights?: string | StateDict;
  /**
   * Class names, one per class; default: those stored in the blob, else ImageNet's (English and
   * Chinese) for a 1000-class model, else "class 0", "class 1", …
   */
  labels?: readonly string[];
  /** Where `labels` came from, for error messages ("labels.txt"). */
  labelsSource?: string;
  /** Worker threads; default one per core. */
  workers?: number;
  /** Execution plan of forward(); default "fused". */
  plan?: PlanKind;
  /**
   * Which code computes: "wasm" (WebAssembly SIMD written by this package at run time), "js"
   * (plain JavaScript), or "auto" (default: wasm wherever the runtime validates SIMD128).
   */
  backend?: BackendChoice;
}

/** What classify() accepts: a file path, encoded image bytes, raw pixels, or a preprocessed tensor. */
export type ClassifyInput = string | Uint8Array | RawPixels | Tensor;

async function inputTensor(input: ClassifyInput, options: DecodeOptions): Promise<Tensor> {
  if (typeof input === 'object' && 'shape' in input) return input;
  return (await preprocess(input, options)).tensor;
}

export interface PredictOptions {
  topK?: number;
  lang?: Lang;
}

/** Where the weights came from, for people and for the service's /api/model. */
export interface WeightsInfo {
  path?: string;
  sourceFile?: string;
  sourceSha256?: string;
}

export async function loadModel(options: LoadModelOptions = {}): Promise<Classifier> {
  let stateDict: StateDict;
  let stored: readonly string[] | undefined;
  let info: WeightsInfo = {};
  if (typeof options.weights === 'object') {
    stateDict = options.weights;
  } else {
    const path = weightsPath(options.weights);
    if (!existsSync(path)) {
      throw new Error(
        `no weights at ${path}. Get torchvision's ImageNet weights with: npx tsx src/cli.ts fetch-weights ` +
          `(or convert a checkpoint: npx tsx src/cli.ts convert model.pth -o ${path})`,
      );
    }
    const blob = loadBlobFile(path);
    stateDict = blob.stateDict;
    stored = blob.labels;
    info = { path, sourceFile: blob.header.source?.fileName, sourceSha256: blob.header.source?.sha256 };
  }
  const model = await createResNet18({ weights: stateDict, workers: options.workers, plan: options.plan, backend: options.backend });
  try {
    const labels = options.labels
      ? labelsFor(model.numClasses, options.labels, options.labelsSource ?? 'the labels given')
      : labelsFor(model.numClasses, stored, info.path);
    return new Classifier(model, labels, info);
  } catch (error) {
    await model.close();
    throw error;
  }
}

export class Classifier {
  constructor(
    readonly model: ResNet18,
    readonly labels: LabelSet,
    readonly weights: WeightsInfo,
  ) {}

  get numClasses(): number {
    return this.model.numClasses;
  }

  forward(input: Tensor, options?: ForwardOptions): Promise<Tensor> {
    return this.model.forward(input, options);
  }

  steps(input: Tensor, options?: ForwardOptions): AsyncGenerator<StepOutput> {
    return this.model.steps(input, options);
  }

  /**
   * Top-k predictions for one input: a file path or the bytes of an encoded image (preprocessed as
   * torchvision does), raw RGB pixels, or a preprocessed tensor [3, H, W] / [1, 3, H, W].
   */
  async classify(input: ClassifyInput, options: PredictOptions & DecodeOptions = {}): Promise<Prediction[]> {
    const t = await inputTensor(input, options);
    const [top] = this.predict(await this.forward(t), options);
    return top;
  }

  /** Top-k labelled predictions for each image of logits [N, classes]. */
  predict(logits: Tensor, options: PredictOptions = {}): Prediction[][] {
    return predictions(logits, this.labels, options.topK ?? 5, options.lang ?? 'en');
  }

  close(): Promise<void> {
    return this.model.close();
  }
}
