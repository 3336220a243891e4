// The engine (engine.ts) on Node: its workers are worker_threads. The browser's is in src/browser/.
//
//   const model = await createResNet18({ weights: stateDict, workers: 2 });
//   const logits = await model.forward(batch);      // [N, 3, H, W] → [N, classes]
//   await model.close();

import { nodeWorkerHost } from '../runtime/nodeWorkerHost.js';
import { createEngine, type EngineOptions, type ResNet18 } from './engine.js';

export * from './engine.js';

export function createResNet18(options: EngineOptions): Promise<ResNet18> {
  return createEngine(nodeWorkerHost, options);
}
