// The full-size ResNet-18 against PyTorch, without a 45 MB fixture: both sides generate the same
// weights from the counter-based PRNG (src/model/generatedWeights.ts = tools/golden/
// generated_resnet18.py); PyTorch's logits and per-layer samples are in
// test/golden/resnet18_generated.json (tools/golden/make_engine_golden.py).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { fillUniform } from '../src/model/counterRandom.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { createResNet18, type ResNet18 } from '../src/model/model.js';
import { topK } from '../src/tensor/topK.js';
import { sizeOf, tensor, type Tensor } from '../src/tensor/tensor.js';
import { expectClose, expectIdentical } from './support/compare.js';
import { GOLDEN_BOUND } from './support/goldenBound.js';

interface Spec { shape: number[]; name: string; seed: number; scale: number; offset: number }
interface Layer {
  name: string; shape: number[]; min: number; max: number; mean: number; std: number; max_abs: number; zeros: number;
  samples: { index: number[]; value: number[] };
}
const golden = JSON.parse(readFileSync(new URL('./golden/resnet18_generated.json', import.meta.url), 'utf8')) as {
  seed: number; inputs: Spec[]; logits: number[][]; top5: number[][]; top1_probability: number[]; float64_vs_float32: number; layers: Layer[];
  weights: Record<string, { sha256: string; first: number[] }>;
};
const layers = new Map(golden.layers.map((l) => [l.name, l]));
/** Ten times PyTorch's own float32 error on these logits (support/goldenBound.ts). */
const BOUND = GOLDEN_BOUND;
const weights = generateResNet18StateDict(IMAGENET_RESNET18, golden.seed);

function goldenBatch(): Tensor {
  const size = sizeOf(golden.inputs[0].shape);
  const data = new Float32Array(size * golden.inputs.length);
  golden.inputs.forEach((s, n) => data.set(fillUniform(new Float32Array(size), s.name, s.seed, s.scale, s.offset), n * size));
  return tensor([golden.inputs.length, ...golden.inputs[0].shape.slice(1)], data);
}
const batch = goldenBatch();

describe('generated full-size weights', () => {
  it('are bit-identical to the ones PyTorch used (SHA-256 of every tensor)', () => {
    expect([...weights.keys()]).toEqual(Object.keys(golden.weights));
    for (const [name, t] of weights) {
      const digest = createHash('sha256').update(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)).digest('hex');
      if (digest !== golden.weights[name].sha256) {
        expect.fail(`${name}: generated values differ from PyTorch's; first values ours ${Array.from(t.data.slice(0, 4))} vs ${golden.weights[name].first}`);
      }
    }
  });
});

describe.each(['js', 'wasm'] as const)('ResNet-18 (full size, 1000 classes) on the %s backend against PyTorch', (backend) => {
  let model: ResNet18;
  beforeAll(async () => {
    model = await createResNet18({ weights, workers: 2, backend });
  });
  afterAll(() => model.close());

  it.each(['fused', 'reference'] as const)('%s plan: logits within 10× PyTorch\'s own float32 error of the largest logit, same top-5 order', async (plan) => {
    expect(BOUND).toBeGreaterThan(0);
    expect(BOUND).toBeLessThan(1e-5);
    const logits = await model.forward(batch, { plan });
    expect(logits.shape).toEqual([3, 1000]);
    golden.logits.forEach((expected, n) => {
      const ours = logits.data.subarray(n * 1000, (n + 1) * 1000);
      expectClose(`${plan} logits of image ${n}`, ours, expected, BOUND);
      expect(topK(ours, 5).map((r) => r.index), `${plan} top-5 of image ${n}`).toEqual(golden.top5[n]);
    });
  }, 60_000);

  it.each(['reference', 'fused'] as const)('%s plan: every layer within 10× PyTorch\'s float32 error of its largest value (64 samples and statistics)', async (plan) => {
    const seen: string[] = [];
    const totals = { params: 0, macs: 0 };
    for await (const step of model.steps(batch, { plan })) {
      totals.params += step.params;
      totals.macs += step.macs;
      if (step.name === 'softmax') {
        // Not a module of torchvision's model: checked against PyTorch's softmax of its logits.
        golden.top1_probability.forEach((p: number, n: number) => {
          const row = step.output.data.subarray(n * 1000, (n + 1) * 1000);
          expect(Math.abs(Math.max(...row) - p), `softmax top-1 of image ${n}`).toBeLessThan(1e-5);
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-5);
        });
        continue;
      }
      const layer = layers.get(step.equivalent);
      expect(layer, `PyTorch has a layer ${step.equivalent}`).toBeDefined();
      seen.push(step.equivalent);
      expect(step.output.shape, step.name).toEqual(layer!.shape);
      const tolerance = BOUND * layer!.max_abs;
      const sampled = layer!.samples.index.map((i) => step.output.data[i]);
      expectClose(`${plan} ${step.name} (= ${step.equivalent})`, sampled, layer!.samples.value, tolerance / Math.max(...layer!.samples.value.map(Math.abs)));
      let sum = 0;
      let min = Infinity;
      let max = -Infinity;
      for (const v of step.output.data) {
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      expect(Math.abs(sum / step.output.data.length - layer!.mean), `${step.name} mean`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(min - layer!.min), `${step.name} min`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(max - layer!.max), `${step.name} max`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(step.stats.mean - layer!.mean), `${step.name} stats.mean`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(step.stats.std - layer!.std), `${step.name} stats.std`).toBeLessThanOrEqual(tolerance);
      expect(step.stats.min).toBe(min);
      expect(step.stats.max).toBe(max);
      expect(Math.abs(step.stats.zeros - layer!.zeros), `${step.name} stats.zeros`).toBeLessThan(1e-3);
    }
    if (plan === 'reference') {
      expect(seen).toEqual(golden.layers.map((l) => l.name));
      // Counted by PyTorch on torchvision's resnet18(): sum(p.numel() for p in model.parameters()),
      // and conv + linear multiply-adds with forward hooks on a 224×224 input.
      expect(totals.params).toBe(11_689_512);
      expect(totals.macs).toBe(1_814_073_344);
    }
    else expect(seen.length).toBe(2 + 8 * 2 + 3 + 2);
  }, 120_000);

  it('gives bit-identical logits for an image alone on 1 worker and inside the batch on 2', async () => {
    const one = await createResNet18({ weights, workers: 1, backend });
    try {
      const size = sizeOf(golden.inputs[1].shape);
      const alone = await one.forward(tensor(golden.inputs[1].shape, batch.data.slice(size, 2 * size)));
      const inBatch = await model.forward(batch);
      expectIdentical('image 1 alone vs in the batch', alone, tensor([1, 1000], inBatch.data.slice(1000, 2000)));
    } finally {
      await one.close();
    }
  }, 60_000);
});
