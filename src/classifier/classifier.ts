// The library's front door: a ResNet-18 engine together with its weights file and class labels.
//
//   const model = await loadModel({ weights: 'weights/resnet18.bin' });
//   const logits = await model.forward(batch);              // [N, 3, H, W] → [N, classes]
//   const top = model.predict(logits, { topK: 5 });          // per image: [{ index, label, probability }]
//   const best = await model.classify('cat.jpg');           // an image file, bytes, pixels or tensor
//   await model.close();

import { existsSync, statSync } from 'node:fs';
import { createResNet18, type ForwardOptions, type PlanKind, type ResNet18, type StepOutput } from '../model/model.js';
import type { StateDict, Tensor } from '../tensor/tensor.js';
import type { DecodeOptions } from '../image/decodeImage.js';
import { labelsFor, type Lang, type LabelSet } from '../labels/labelSet.js';
import { loadBlobFile } from '../weights/blobFile.js';
import type { BackendChoice } from '../backends/resolveBackend.js';
import { ensureWeightsFile, type EnsureWeightsOptions } from './ensureWeights.js';
import { inputTensor, type ClassifyInput } from './inputTensor.js';
import { checkPredictOptions, predictions, type Prediction } from './predictions.js';
import { describeValue } from './describeValue.js';

export type { ClassifyInput } from './inputTensor.js';
import { weightsCandidates, weightsPlaces, weightsTarget, type Environment } from './weightsLocation.js';

/**
 * The weights file loadModel() would read, without downloading anything: `explicit`, else
 * $RESNET18_WEIGHTS, else a checkout's weights/resnet18.bin or the per-user cache's file
 * (weightsHome()), whichever exists — else the place the first-use download and fetch-weights write.
 * A PyTorch checkpoint named here is returned as named; loadModel() reads its converted copy.
 */
export function weightsPath(explicit?: string, env: Environment = process.env): string {
  if (explicit !== undefined) return explicit;
  if (env.RESNET18_WEIGHTS) return env.RESNET18_WEIGHTS;
  const places = weightsPlaces(env);
  return weightsCandidates(places).find((path) => existsSync(path)) ?? weightsTarget(places);
}

/** Options of loadModel(): which weights, labels, worker threads and plan. Every field is optional. */
export interface LoadModelOptions extends Omit<EnsureWeightsOptions, 'weights'> {
  /**
   * A weights file (written by fetch-weights or convert), a PyTorch checkpoint (.pth: converted
   * once into the per-user cache, then read from there), or a state_dict (`Map` of tensors with
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
  /**
   * Which code computes: "wasm" (WebAssembly SIMD written by this package at run time), "js"
   * (plain JavaScript), or "auto" (default: wasm wherever the runtime validates SIMD128).
   */
  backend?: BackendChoice;
}

/** Options of predict() and classify(): how many classes, and in which language. */
export interface PredictOptions {
  /** How many classes to return, most probable first (at most the model's class count). Default 5. */
  topK?: number;
  /**
   * "en" (default): `label` only; "zh" or "both": also `label_zh`, the Chinese name, for models with
   * ImageNet's classes (the CLI prints the Chinese name alone for "zh"; the objects are the same).
   */
  lang?: Lang;
}

/** Where the weights came from, for people and for the service's /api/model. */
export interface WeightsInfo {
  /** The weights file read; undefined when loadModel() was given a state_dict. */
  path?: string;
  /** The PyTorch checkpoint's file name the weights were converted from, when recorded. */
  sourceFile?: string;
  /** That checkpoint's SHA-256 (hex), when recorded. */
  sourceSha256?: string;
}

/** Checks loadModel()'s options that the engine would otherwise take on trust. */
function checkLoadOptions(options: LoadModelOptions): void {
  const { workers, plan } = options;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 256)) {
    throw new RangeError(`workers must be a whole number from 1 to 256, got ${describeValue(workers)}`);
  }
  if (plan !== undefined && plan !== 'fused' && plan !== 'reference') {
    throw new RangeError(`plan must be "fused" or "reference", got ${describeValue(plan)}`);
  }
  if (options.weights !== undefined && typeof options.weights !== 'string' && !(options.weights instanceof Map)) {
    throw new TypeError('weights must be the path of a weights file or a .pth checkpoint, or a state_dict (a Map from torchvision\'s parameter names to tensors)');
  }
}

/**
 * Loads ResNet-18 with its weights and class names and starts its worker threads.
 *
 * Without `weights`, the weights are found in the default places ($RESNET18_WEIGHTS, a checkout's
 * weights/resnet18.bin, the per-user cache: see weightsHome()) or, the first time, downloaded from
 * torchvision (46.8 MB, SHA-256 checked) and converted into the cache — unless `offline` or
 * RESNET18_OFFLINE=1, which make a missing file an error saying how to get it.
 *
 * @example
 *   const model = await loadModel();
 *   console.log(await model.classify('cat.jpg'));   // [{ index: 281, label: 'tabby', probability: 0.87 }, …]
 *   await model.close();
 */
export async function loadModel(options: LoadModelOptions = {}): Promise<Classifier> {
  checkLoadOptions(options);
  let stateDict: StateDict;
  let stored: readonly string[] | undefined;
  let info: WeightsInfo = {};
  if (typeof options.weights === 'object') {
    stateDict = options.weights;
  } else {
    let downloaded = false;
    const onProgress = options.onProgress;
    const path = await ensureWeightsFile({
      ...options, weights: options.weights, onProgress: onProgress && ((p) => { downloaded = true; onProgress(p); }),
    });
    const blob = loadBlobFile(path);
    if (onProgress && !downloaded) {
      const size = statSync(path).size;
      onProgress({ loaded: size, total: size, fromCache: true, path });
    }
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

/** A loaded ResNet-18 with its class names: what loadModel() returns. Call close() when done. */
export class Classifier {
  /** Use loadModel(), which checks the weights and labels, rather than this constructor. */
  constructor(
    /** The engine: worker threads and weights in shared memory. */
    readonly model: ResNet18,
    /** The class names, in logit order. */
    readonly labels: LabelSet,
    /** Where the weights came from. */
    readonly weights: WeightsInfo,
  ) {}

  /** How many classes the model tells apart: 1000 for ImageNet, any count for a fine-tuned checkpoint. */
  get numClasses(): number {
    return this.model.numClasses;
  }

  /**
   * Logits [N, classes] of a batch of preprocessed images [N, 3, H, W] (or one image [3, H, W]).
   * Results are bit-identical whatever the batch size and worker count. Calls are queued: one
   * forward pass at a time uses all the workers. `plan` defaults to the one loadModel() was given.
   */
  forward(input: Tensor, options?: ForwardOptions): Promise<Tensor> {
    return this.model.forward(input, options);
  }

  /**
   * Runs one input through the network a module at a time, in torchvision's order (conv1, bn1,
   * relu, maxpool, each block's conv1 … add, relu, avgpool, fc, softmax), yielding each module's
   * output with its shape, parameters, multiply-adds, time and statistics. Takes what classify()
   * takes; `plan` defaults to "reference" (every module separately).
   */
  async *steps(input: ClassifyInput, options: ForwardOptions & DecodeOptions = {}): AsyncGenerator<StepOutput> {
    yield* this.model.steps(await inputTensor(input, options), options);
  }

  /**
   * Top-k predictions for one input: a file path or bytes of an image (preprocessed as torchvision
   * does) or of a .npy tensor, raw RGB(A) pixels, or a preprocessed tensor [3, H, W] / [1, 3, H, W].
   * Options: topK (default 5), lang (default "en"), autoOrient (default false), maxPixels (default 100 M).
   */
  async classify(input: ClassifyInput, options: PredictOptions & DecodeOptions = {}): Promise<Prediction[]> {
    checkPredictOptions(options);
    const t = await inputTensor(input, options);
    const [top] = this.predict(await this.forward(t), options);
    return top;
  }

  /** Top-k labelled predictions for each image of logits [N, classes]; topK default 5, lang default "en". */
  predict(logits: Tensor, options: PredictOptions = {}): Prediction[][] {
    const { topK, lang } = checkPredictOptions(options);
    return predictions(logits, this.labels, topK, lang);
  }

  /** Stops the worker threads. A program that forgets to call it still exits. */
  close(): Promise<void> {
    return this.model.close();
  }
}
