// resnet18-ts: the public library API.

export {
  loadModel, Classifier, weightsPath, type LoadModelOptions, type PredictOptions, type WeightsInfo, type ClassifyInput,
} from './classifier/classifier.js';
export { preprocess, resizeAndCrop, type PreprocessResult, type RawPixels } from './image/preprocess.js';
export { decodeImage, ImageDecodeError, isImageHeader, type DecodeOptions } from './image/decodeImage.js';
export { pillowResize } from './image/pillowResize.js';
export { normalize, IMAGENET_MEAN, IMAGENET_STD } from './image/normalize.js';
export type { Prediction } from './classifier/predictions.js';
export { labelsFor, type Lang, type LabelSet } from './labels/labelSet.js';
export { IMAGENET_ENGLISH } from './labels/imagenetEnglish.js';
export { IMAGENET_CHINESE } from './labels/imagenetChinese.js';
export { parseLabels, readLabelsFile } from './labels/labelFile.js';
export { createResNet18, ResNet18, type EngineOptions, type ForwardOptions, type StepOutput, type PlanKind } from './model/model.js';
export { IMAGENET_RESNET18, resnet18Parameters, inferResNet18Config, type ResNet18Config } from './model/architecture.js';
export { tensor, sizeOf, type Tensor, type StateDict } from './tensor/tensor.js';
export { softmax } from './tensor/softmax.js';
export { topK, type Ranked } from './tensor/topK.js';
export { readNpy, writeNpy } from './formats/npy.js';
export { readCheckpoint } from './weights/checkpoint.js';
export { readBlob, writeBlob } from './weights/blob.js';
export { loadBlobFile } from './weights/blobFile.js';
export { convertCheckpoint } from './weights/convert.js';
export { downloadWeights, DEFAULT_WEIGHTS_URL } from './weights/download.js';
