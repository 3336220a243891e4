// The library's front door: a ResNet-18 engine together with its weights file and class labels.
//
//   const model = await loadModel({ weights: 'weights/resnet18.bin' });
//   const logits = await model.forward(batch);              // [N, 3, H, W] → [N, classes]
//   const top = model.predict(logits, { topK: 5 });          // per image: [{ index, label, probability }]
//   const best = await model.classify('cat.jpg');           // an image file, bytes, pixels or tensor
//   await model.close();

import { existsSync } from 'node:fs';
import { createResNet18, type ForwardOptions, type PlanKind, type ResNet18, type StepOutput } from '../model/model.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import type { DecodeOptions } from '../image/decodeImage.js';
import { preprocess, type RawPixels } from '../image/preprocess.js';
import { labelsFor, type Lang, type LabelSet } from '../labels/labelSet.js';
import { loadBlobFile } from '../weights/blobFile.js';
import { ensureWeightsFile, type EnsureWeightsOptions } from './ensureWeights.js';
import { predictions, type Prediction } from './predictions.js';
import { weightsCandidates, weightsPlaces, weightsTarget, type Environment } from './weightsLocation.js';

/**
 * The weights file loadModel() would read, without downloading anything: `explicit`, else
 * $RESNET18_WEIGHTS, else a checkout's weights/resnet18.bin or the per-user cache's file
 * (weightsHome()), whichever exists — else the place the first-use download and fetch-weights write.
 */
export function weightsPath(explicit?: string, env: Environment = process.env): string {
  if (explicit !== undefined) return explicit;
  if (env.RESNET18_WEIGHTS) return env.RESNET18_WEIGHTS;
  const places = weightsPlaces(env);
  return weightsCandidates(places).find((path) => existsSync(path)) ?? weightsTarget(places);
}

export interface LoadModelOptions extends Omit<EnsureWeightsOptions, 'weights'> {
  /**
   * A weights file (written by fetch-weights or convert) or a state_dict (`Map` of tensors with
   * torchvision's names). Default: $RESNET18_WEIGHTS, else the weights found in a checkout's
   * weights/ or the per-user cache (weightsHome()), else torchvision's ImageNet weights, downloaded
   * into that cache on first use (unless `offline`).
   */
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
    const path = await ensureWeightsFile({ ...options, weights: options.weights });
    const blob = loadBlobFile(path);
    stateDict = blob.stateDict;
    stored = blob.labels;
    info = { path, sourceFile: blob.header.source?.fileName, sourceSha256: blob.header.source?.sha256 };
  }
  const model = await createResNet18({ weights: stateDict, workers: options.workers, plan: options.plan });
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
