// resnet18-ts: the public library API.
//
// Most names are documented where they are declared. The engine's and the tensor core's names
// (src/model/, src/tensor/) are given their public documentation here instead, as documented
// aliases, so that the library's contract is written in one place and those folders can change
// without touching it. Nothing here may mention Node's own types (NodeJS.*, Buffer): the published
// .d.ts files must compile for consumers without @types/node.

import { createResNet18 as createEngine, ResNet18 as Engine, type EngineOptions as EngineOptionsOf, type ForwardOptions as ForwardOptionsOf, type StepOutput as StepOutputOf } from './model/model.js';
import { IMAGENET_RESNET18 as IMAGENET_CONFIG, type ResNet18Config as ResNet18ConfigOf } from './model/architecture.js';
import type { PlanKind as PlanKindOf } from './model/weightLayout.js';
import { sizeOf as sizeOfShape, type Tensor as TensorOf } from './tensor/tensor.js';
import { softmax as softmaxOf } from './tensor/softmax.js';
import { topK as topKOf, type Ranked as RankedOf } from './tensor/topK.js';

export {
  loadModel, Classifier, weightsPath, type LoadModelOptions, type PredictOptions, type WeightsInfo, type ClassifyInput,
} from './classifier/classifier.js';
export type { DownloadProgress, WeightsLoadProgress } from './classifier/ensureWeights.js';
export type { WeightsProgress } from './weights/progress.js';
export { weightsHome } from './classifier/weightsLocation.js';
export { preprocess, resizeAndCrop, type PreprocessResult, type RawPixels } from './image/preprocess.js';
export { decodeImage, ImageDecodeError, isImageHeader, type DecodeOptions, type ImageDecodeErrorCode } from './image/decodeImage.js';
export { pillowResize } from './image/pillowResize.js';
export { normalize, IMAGENET_MEAN, IMAGENET_STD } from './image/normalize.js';
export type { Prediction } from './classifier/predictions.js';
export { labelsFor, type Lang, type LabelSet } from './labels/labelSet.js';
export { IMAGENET_ENGLISH } from './labels/imagenetEnglish.js';
export { IMAGENET_CHINESE } from './labels/imagenetChinese.js';
export { parseLabels, readLabelsFile } from './labels/labelFile.js';
export { inferResNet18Config } from './model/architecture.js';
export { resnet18Parameters } from './model/parameters.js';
export { tensor } from './tensor/tensor.js';
export { readNpy, writeNpy } from './formats/npy.js';
export { readCheckpoint } from './weights/checkpoint.js';
export { readBlob, writeBlob } from './weights/blob.js';
export { loadBlobFile } from './weights/blobFile.js';
export { convertCheckpoint, type ConvertOptions, type ConvertResult } from './weights/convert.js';
export { downloadWeights, DEFAULT_WEIGHTS_URL, type DownloadOptions, type DownloadResult, type AbortSignalLike } from './weights/download.js';

/** A dense float32 array with a shape, row-major (the last dimension varies fastest); images are NCHW. */
export interface Tensor extends TensorOf {
  /** Dimensions, outermost first: [N, 3, H, W] for a batch of images, [N, classes] for logits. */
  readonly shape: readonly number[];
  /** The values, shape[0] × shape[1] × … of them, row-major. */
  readonly data: Float32Array;
}

/** A ResNet-18 state_dict: torchvision's parameter names ("layer1.0.bn1.running_var") → tensors. */
export type StateDict = Map<string, Tensor>;

/** The number of values a tensor of `shape` holds (the product of its dimensions; 1 for []). */
export const sizeOf: (shape: readonly number[]) => number = sizeOfShape;

/** Softmax over the last dimension (each row of logits [N, classes] → probabilities summing to 1), in float64, rounded once. */
export const softmax: (input: Tensor) => Tensor = softmaxOf;

/** One entry of topK()'s answer. */
export interface Ranked extends RankedOf {
  /** The position in the vector. */
  index: number;
  /** The value there. */
  value: number;
}

/** The `k` largest values of a vector with their indices, largest first; equal values keep the lower index first. */
export const topK: (values: ArrayLike<number>, k: number) => Ranked[] = topKOf;

/**
 * Which execution plan runs a forward pass: "fused" (the default of forward(): each BatchNorm folded
 * into the convolution before it, bias, residual add and ReLU applied as outputs are stored) or
 * "reference" (the default of steps(): every torchvision module a separate step).
 */
export type PlanKind = PlanKindOf;

/** The shape of a ResNet-18: torchvision's is IMAGENET_RESNET18; fine-tuned checkpoints change `numClasses`. */
export interface ResNet18Config extends ResNet18ConfigOf {
  /** Output channels of layer1..layer4; conv1 (the stem) has widths[0] channels. [64, 128, 256, 512] for torchvision's. */
  widths: readonly [number, number, number, number];
  /** The classes fc tells apart: the rows of fc.weight. 1000 for ImageNet. */
  numClasses: number;
}

/** torchvision's resnet18(): widths [64, 128, 256, 512], 1000 classes. */
export const IMAGENET_RESNET18: ResNet18Config = IMAGENET_CONFIG;

/** Options of forward() and steps(). */
export interface ForwardOptions extends ForwardOptionsOf {
  /** The execution plan; default "fused" for forward() (or the model's plan), "reference" for steps(). */
  plan?: PlanKind;
}

/** One module's output, as steps() yields it, with what it cost. */
export interface StepOutput extends StepOutputOf {
  /** The operation: "conv2d", "batchNorm", "relu", "maxPool2d", "add", "globalAvgPool", "linear" or "softmax". */
  op: string;
  /** The kernel that computed it, e.g. "Winograd F(4×4, 3×3), GEMM 4×8 f32 (f32x4 relaxed fma)". */
  kernel: string;
  /** That kernel's id in its backend's registry, e.g. "wasm conv2d winograd4x4 f32" ("softmax" for the last step). */
  kernelId: string;
  /** The shape of the step's (first) input, batch first. */
  inputShape: number[];
  /** The shape of its output, batch first. */
  outputShape: number[];
  /** The output itself (a copy: it stays valid after the next step). */
  output: Tensor;
}

/** Options of createResNet18(): the engine alone, without weights files or labels (loadModel() adds those). */
export type EngineOptions = EngineOptionsOf;

/**
 * The engine alone: ResNet-18 from a state_dict, on worker threads, with forward(), steps() and
 * close(). Most programs use loadModel(), which wraps it with weights files, labels and images.
 */
export const createResNet18: (options: EngineOptions) => Promise<ResNet18> = createEngine;

/**
 * The engine (what createResNet18() returns, and Classifier.model): weights packed into shared
 * memory and a pool of worker threads. `numClasses`, `config` (widths and classes), `defaultPlan`,
 * `workers` (thread count), `stateDict`; forward(), steps(), close().
 */
export const ResNet18 = Engine;
/** The engine: see the value of the same name. */
export type ResNet18 = Engine;
