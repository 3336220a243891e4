// The model for classify, explain, serve and verify: the weights named by --weights, else
// $RESNET18_WEIGHTS, else the default places — downloading torchvision's on first use, with a
// line and a progress bar on stderr, unless RESNET18_OFFLINE=1 (classifier/ensureWeights.ts).
// A PyTorch checkpoint named there is converted once into the cache, with a line saying so.

import { resolve } from 'node:path';
import { loadModel, type Classifier, type LoadModelOptions } from '../classifier/classifier.js';
import { ensureWeightsFile } from '../classifier/ensureWeights.js';
import { weightsPlaces } from '../classifier/weightsLocation.js';
import type { Output } from './output.js';
import { megabytes, progressBar } from './progressBar.js';

/** Loads the model with the weights file `weights` (the --weights flag, if given) and `options`. */
export async function openModel(out: Output, weights: string | undefined, options: Omit<LoadModelOptions, 'weights'> = {}): Promise<Classifier> {
  const bar = progressBar(out, 'downloading');
  let announced = false;
  const path = await ensureWeightsFile({
    weights,
    onProgress: ({ url, path, loaded, total }) => {
      if (!announced) {
        announced = true;
        out.stderr(`resnet18: no weights yet: downloading ${url} into ${path} (once)\n`);
      }
      bar.update(loaded, total ?? undefined, total ? `${megabytes(loaded)} of ${megabytes(total)}` : megabytes(loaded));
    },
    onConvert: (checkpoint, weightsFile) => {
      out.stderr(`resnet18: converting the checkpoint ${checkpoint} into ${weightsFile} (once; later runs read that file)\n`);
    },
    ...options,
  }, out.env, weightsPlaces(out.env)).finally(() => bar.finish());
  return loadModel({ ...options, weights: path });
}

/** After writing weights to the default place: a note when $RESNET18_WEIGHTS will make classify read another file. */
export function noteIfShadowed(out: Output, written: string): void {
  const named = out.env.RESNET18_WEIGHTS;
  if (named && resolve(named) !== resolve(written)) {
    out.stderr(`note: RESNET18_WEIGHTS is set, so classify and loadModel() read ${named}, not ${written}\n`);
  }
}
