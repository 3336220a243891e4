// resnet18-ts in a web page: the same engine as on Node, with nothing uploaded.
//
//   import { loadModel } from './resnet18.js';       // or 'resnet18-ts/browser'
//   const model = await loadModel({ weights: 'resnet18.bin', onProgress: (p) => … });
//   const top = await model.classify(file, { topK: 5, lang: 'both' });   // File, <img>, canvas, ImageData, tensor
//   for await (const step of model.steps(file)) …                         // every module's output
//   classifyVideo(model, video, { onFrame: (f) => … })                     // a camera, live (camera.ts)
//   await model.close();
//
// Threads: with cross-origin isolation (the page served with Cross-Origin-Opener-Policy:
// same-origin and Cross-Origin-Embedder-Policy: require-corp) the workers are Web Workers sharing
// one memory, as on Node. Without it a page has no SharedArrayBuffer to share, so the engine runs
// one worker on the page's own thread (wasm backend) and `model.runtime.note` says so.

import { createEngine, type ForwardOptions, type PlanKind, type ResNet18, type StepOutput } from '../model/engine.js';
import { checkPredictOptions, predictions, type Prediction } from '../classifier/predictions.js';
import { labelsFor, type Lang, type LabelSet } from '../labels/labelSet.js';
import { rawToRgb, windowToTensor, type RawPixels } from '../image/pixelsToTensor.js';
import type { ImageFormat } from '../image/formats.js';
import { inThreadHost } from '../runtime/inThreadHost.js';
import { hasSimd128 } from '../backends/wasm/simdSupport.js';
import type { BackendChoice } from '../backends/resolveBackend.js';
import { readBlob } from '../weights/blob.js';
import type { Tensor } from '../tensor/tensor.js';
import { imagePixels, imageWindow, type ImageInput } from './imagePixels.js';
import { loadWeights, type WeightsProgress, type WeightsSource } from './loadWeights.js';
import { webWorkerHost } from './webWorkerHost.js';

export type { Prediction } from '../classifier/predictions.js';
export type { Lang } from '../labels/labelSet.js';
export type { StepOutput, PlanKind } from '../model/engine.js';
export type { Tensor } from '../tensor/tensor.js';
export type { RawPixels } from '../image/pixelsToTensor.js';
export type { ImageInput } from './imagePixels.js';
export type { WeightsProgress, WeightsSource } from './loadWeights.js';
export { tensor } from '../tensor/tensor.js';
export { WEIGHTS_CACHE } from './loadWeights.js';
export { CameraError, cameraError, classifyVideo, openCamera, stopCamera } from './camera.js';
export type { CameraProblem, FrameClassifier, LiveClassification, LiveFrame, LiveOptions, OpenCameraOptions } from './camera.js';

export interface LoadModelOptions {
  /** The weights blob: its URL (fetched once, then kept in Cache Storage), a Blob/File, or its bytes. */
  weights: WeightsSource;
  /** The blob's SHA-256 (hex), if known: the cache is looked up by it and a download checked against it. */
  sha256?: string;
  /** Workers; default one per core where the page is cross-origin isolated, else 1 (see the header). */
  workers?: number;
  /** "auto" (default: wasm where SIMD128 validates), "wasm" or "js" (js needs cross-origin isolation). */
  backend?: BackendChoice;
  /** Called as the weights arrive. */
  onProgress?: (progress: WeightsProgress) => void;
  /** Where the worker script is; default resnet18-worker.js beside this module. */
  workerUrl?: string | URL;
  /** Class names, one per class; default those in the blob, else ImageNet's for 1000 classes. */
  labels?: readonly string[];
  /** Keep the weights in Cache Storage (default true). */
  cache?: boolean;
  plan?: PlanKind;
}

/** What ran, and why. */
export interface RuntimeInfo {
  /** "wasm simd128", "wasm simd128 + relaxed fma" or "js". */
  backend: string;
  workers: number;
  /** "web workers" or "main thread". */
  where: string;
  crossOriginIsolated: boolean;
  /** Set when the engine runs with less than it could: why, and what would change it. */
  note?: string;
}

export interface WeightsInfo {
  sha256: string | null;
  bytes: number;
  fromCache: boolean;
  notCached?: string;
}

export interface ClassifyOptions {
  topK?: number;
  lang?: Lang;
  /** Apply the EXIF orientation of an encoded image (torchvision does not; default false). */
  autoOrient?: boolean;
}

/** An image (ImageInput) or a preprocessed tensor [3, H, W] / [1, 3, H, W]. */
export type ClassifyInput = ImageInput | Tensor;

export interface Preprocessed {
  /** [3, 224, 224], normalised as torchvision's ImageNet transform makes it. */
  tensor: Tensor;
  image: { width: number; height: number; format: ImageFormat | 'raw' };
}

const isolated = (): boolean => globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';

export async function loadModel(options: LoadModelOptions): Promise<Classifier> {
  const weights = await loadWeights(options.weights, { sha256: options.sha256, onProgress: options.onProgress, cache: options.cache });
  const blob = readBlob(weights.bytes, weightsName(options.weights));
  const choice = options.backend ?? 'auto';
  let note: string | undefined;
  let model: ResNet18;
  if (isolated()) {
    const workerUrl = options.workerUrl ?? new URL('./resnet18-worker.js', import.meta.url);
    model = await createEngine(webWorkerHost(workerUrl), { weights: blob.stateDict, workers: options.workers, backend: choice, plan: options.plan });
  } else {
    if (choice === 'js' || !hasSimd128()) {
      throw new Error(
        `${choice === 'js' ? 'backend js' : 'this browser has no WebAssembly SIMD128, so the engine needs backend js, which'} ` +
        'needs cross-origin isolation (SharedArrayBuffer): serve the page with the headers ' +
        'Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp',
      );
    }
    note = 'This page is not cross-origin isolated, so there is no SharedArrayBuffer for Web Workers: the engine runs ' +
      `one worker on the page's own thread${options.workers && options.workers > 1 ? ` (not the ${options.workers} asked for)` : ''}. ` +
      'Serve the page with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp for threads.';
    model = await createEngine(inThreadHost, { weights: blob.stateDict, workers: 1, backend: choice, plan: options.plan });
  }
  try {
    const labels = labelsFor(model.numClasses, options.labels ?? blob.labels, options.labels ? 'the labels given' : weightsName(options.weights));
    const runtime: RuntimeInfo = {
      backend: model.backendDescription, workers: model.workers, where: model.workerHost,
      crossOriginIsolated: isolated(), ...(note ? { note } : {}),
    };
    const info: WeightsInfo = {
      sha256: weights.sha256, bytes: weights.bytes.length, fromCache: weights.fromCache,
      ...(weights.notCached ? { notCached: weights.notCached } : {}),
    };
    return new Classifier(model, labels, runtime, info);
  } catch (error) {
    await model.close();
    throw error;
  }
}

function weightsName(source: WeightsSource): string {
  if (typeof source === 'string' || source instanceof URL) return String(source);
  if (typeof File !== 'undefined' && source instanceof File) return source.name;
  return 'the weights';
}

export class Classifier {
  constructor(
    readonly model: ResNet18,
    readonly labels: LabelSet,
    readonly runtime: RuntimeInfo,
    readonly weights: WeightsInfo,
  ) {}

  get numClasses(): number {
    return this.model.numClasses;
  }

  /** Logits [N, classes] for a batch [N, 3, H, W]. */
  forward(input: Tensor, options?: ForwardOptions): Promise<Tensor> {
    return this.model.forward(input, options);
  }

  /**
   * An image → torchvision's [3, 224, 224] tensor: decoded by the browser, then resized, cropped and
   * normalised as PIL does, reading only the pixels the crop needs (imageWindow).
   */
  async preprocess(input: ImageInput, options: { autoOrient?: boolean } = {}): Promise<Preprocessed> {
    const { window, format } = await imageWindow(input, options);
    return { tensor: windowToTensor(window), image: { width: window.fullWidth, height: window.fullHeight, format } };
  }

  /** Top-k predictions for one image or tensor. */
  async classify(input: ClassifyInput, options: ClassifyOptions = {}): Promise<Prediction[]> {
    checkPredictOptions(options);
    const [top] = this.predict(await this.forward(await this.tensorOf(input, options)), options);
    return top;
  }

  /** Top-k labelled predictions for each image of logits [N, classes]. */
  predict(logits: Tensor, options: Omit<ClassifyOptions, 'autoOrient'> = {}): Prediction[][] {
    const { topK, lang } = checkPredictOptions(options);
    return predictions(logits, this.labels, topK, lang);
  }

  /** Every module's output for one image or tensor, in torchvision's order, then softmax (see the Node library). */
  async *steps(input: ClassifyInput, options: ForwardOptions & { autoOrient?: boolean } = {}): AsyncGenerator<StepOutput> {
    yield* this.model.steps(await this.tensorOf(input, options), options);
  }

  /** Stops the workers. */
  close(): Promise<void> {
    return this.model.close();
  }

  private async tensorOf(input: ClassifyInput, options: { autoOrient?: boolean }): Promise<Tensor> {
    if ('shape' in input && 'data' in input && input.data instanceof Float32Array) return input as Tensor;
    return (await this.preprocess(input as ImageInput, options)).tensor;
  }
}

/** RGB pixels the transform would start from (for measuring a browser's decoding against PIL's). */
export async function decodedRgb(input: ImageInput, options: { autoOrient?: boolean } = {}): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { pixels } = await imagePixels(input, options);
  return rawToRgb(pixels as RawPixels);
}
