// A classifier whose forward passes wait until release() is called: a busy engine on demand, for
// the service's queueing, batching and overload tests.

import { Classifier } from '../../src/classifier/classifier.js';
import type { Tensor } from '../../src/tensor/tensor.js';

export function gatedClassifier(base: Classifier): { model: Classifier; release: () => void; started: Promise<void> } {
  let release!: () => void;
  let signalStarted!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const started = new Promise<void>((resolve) => { signalStarted = resolve; });
  const model = new (class extends Classifier {
    override async forward(input: Tensor): Promise<Tensor> {
      signalStarted();
      await gate;
      return super.forward(input);
    }
  })(base.model, base.labels, base.weights);
  return { model, release, started };
}
