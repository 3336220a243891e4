// resnet18-ts: the public library API.

export { loadModel, ResNet18, type LoadModelOptions, type ForwardOptions, type StepOutput, type PlanKind } from './model/model.js';
export {
  IMAGENET_RESNET18, resnet18Parameters, inferResNet18Config, type ResNet18Config,
} from './model/architecture.js';
export { tensor, sizeOf, type Tensor, type StateDict } from './tensor/tensor.js';
export { softmax } from './tensor/softmax.js';
export { topK, type Ranked } from './tensor/topK.js';
