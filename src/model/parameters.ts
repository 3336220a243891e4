// Every parameter a ResNet-18 of a given configuration has, as its state_dict names them: read
// from the forward pass itself (resnet.ts, traced by graph.ts), so the list cannot drift from the
// network that runs. checkStateDict.ts holds a file to it; generatedWeights.ts fills it.

import type { ResNet18Config } from './architecture.js';
import { graphParameters, traceGraph, type ParameterSpec } from './graph.js';

export type { ParameterSpec } from './graph.js';

/** Every learned parameter and BatchNorm statistic, in torchvision's state_dict order (num_batches_tracked omitted). */
export function resnet18Parameters(config: ResNet18Config): ParameterSpec[] {
  // A parameter's shape does not depend on the input size: the smallest that every layer fits.
  return graphParameters(traceGraph(config, 32, 32));
}
