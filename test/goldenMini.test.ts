// A mini ResNet-18 (torchvision's topology and names, widths 4/8/12/16, 10 classes) saved by
// torch.save in both formats: convert → load → forward must give PyTorch's logits
// (test/golden/mini_resnet18.json, made by tools/golden/make_checkpoints.py).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { fillUniform } from '../src/model/counterRandom.js';
import { topK } from '../src/tensor/topK.js';
import { sizeOf, tensor } from '../src/tensor/tensor.js';
import { convertCheckpoint } from '../src/weights/convert.js';
import { expectClose } from './support/compare.js';
import { GOLDEN_BOUND } from './support/goldenBound.js';

interface InputSpec { name: string; seed: number; scale: number; offset: number; shape: number[] }
const golden = JSON.parse(readFileSync(new URL('./golden/mini_resnet18.json', import.meta.url), 'utf8')) as {
  cases: { batch: number; input: InputSpec; logits: number[][] }[];
};
const checkpoints = new URL('./golden/checkpoints/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'mini-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['mini_zip.pth', 'mini_legacy.pth'])('%s converted to a blob', (file) => {
  const blob = join(dir, `${file}.bin`);
  convertCheckpoint(new URL(file, checkpoints).pathname, blob);

  // One model per backend, loaded from the blob, runs every case on both plans.
  const cases = golden.cases.flatMap((c) => (['fused', 'reference'] as const).map((plan) => [c.batch, plan, c] as const));
  describe.each(['js', 'wasm'] as const)('on the %s backend', (backend) => {
    let model: Classifier;
    beforeAll(async () => {
      model = await loadModel({ weights: blob, workers: 2, backend });
    });
    afterAll(() => model.close());

    it.each(cases)(
      'matches PyTorch logits at batch %i (%s plan) within 10× PyTorch\'s float32 error of the largest logit, same top-5',
      async (_, plan, c) => {
        const { name, seed, scale, offset, shape } = c.input;
        const input = tensor(shape, fillUniform(new Float32Array(sizeOf(shape)), name, seed, scale, offset));
        const logits = await model.forward(input, { plan });
        expect(logits.shape).toEqual([c.batch, 10]);
        c.logits.forEach((expected, n) => {
          const ours = logits.data.subarray(n * 10, (n + 1) * 10);
          expectClose(`${file} image ${n} logits`, ours, expected, GOLDEN_BOUND);
          expect(topK(ours, 5).map((r) => r.index)).toEqual(topK(expected, 5).map((r) => r.index));
        });
      },
    );
  });
});
