// The engine's two plans against the naive model, determinism across worker counts and batch
// sizes, and the library API's contract (shapes, errors, closing, exiting without close()).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResNet18Config } from '../src/model/architecture.js';
import type { BackendName } from '../src/backends/backend.js';
import { createResNet18, type ResNet18 } from '../src/model/model.js';
import { tensor, type Tensor } from '../src/tensor/tensor.js';
import { softmax } from '../src/tensor/softmax.js';
import { expectClose, expectIdentical } from './support/compare.js';
import { naiveResNet18 } from './support/naiveResNet18.js';
import { randomStateDict, randomTensor } from './support/random.js';

const MINI: ResNet18Config = { widths: [8, 16, 24, 32], numClasses: 10 };
const weights = randomStateDict(MINI);
const batch = randomTensor([3, 3, 45, 38], 'model input', 2);
const naive = naiveResNet18(weights, MINI, batch);
/** The naive model's logits for an input, computed once however many backends are tested on it. */
const naiveLogits = new Map<Tensor, Float32Array>();
function naiveFc(input: Tensor): Float32Array {
  if (!naiveLogits.has(input)) naiveLogits.set(input, naiveResNet18(weights, MINI, input).get('fc')!.data);
  return naiveLogits.get(input)!;
}
const large = randomTensor([3, 3, 120, 116], 'model input 120x116', 2);
const larger = randomTensor([1, 3, 960, 952], 'model input 960x952', 2);

const models: ResNet18[] = [];
/** The backend the enclosing describe.each is testing. */
let backend: BackendName = 'js';
async function model(workers: number, options: { winograd?: boolean } = {}): Promise<ResNet18> {
  const m = await createResNet18({ weights, workers, backend, ...options });
  models.push(m);
  return m;
}
afterAll(async () => {
  await Promise.all(models.map((m) => m.close()));
});

function image(t: Tensor, n: number): Tensor {
  const size = t.data.length / t.shape[0];
  return tensor([1, ...t.shape.slice(1)], t.data.slice(n * size, (n + 1) * size));
}

describe.each(['js', 'wasm'] as const)('on the %s backend', (name) => {
  beforeAll(() => {
    backend = name;
  });

  describe('ResNet-18 plans on a mini model with odd input sizes', () => {
    it.each(['fused', 'reference'] as const)('the %s plan matches the naive model within 1e-5 of the largest logit', async (plan) => {
      const m = await model(2);
      const logits = await m.forward(batch, { plan });
      expect(logits.shape).toEqual([3, 10]);
      expectClose(`${plan} logits`, logits.data, naive.get('fc')!.data, 1e-5);
    });

    it('computes the same logits with and without Winograd within 1e-6 of the largest logit', async () => {
      const direct = await model(2, { winograd: false });
      const withWinograd = await (await model(2)).forward(batch);
      const withoutWinograd = await direct.forward(batch);
      const d = expectClose('Winograd vs direct logits', withWinograd.data, withoutWinograd.data, 1e-6);
      expect(d.maxAbsDiff, 'the two fused plans are different computations').toBeGreaterThan(0);
    });

    it('yields every module of the reference plan in torchvision order, each equal to the naive module', async () => {
      const m = await model(2);
      const names: string[] = [];
      for await (const step of m.steps(batch)) {
        names.push(step.name);
        if (step.name === 'softmax') {
          expectClose('softmax', step.output.data, softmax(naive.get('fc')!).data, 1e-6);
          continue;
        }
        const expected = naive.get(step.name);
        expect(expected, `naive model has ${step.name}`).toBeDefined();
        expect(step.output.shape).toEqual(step.name === 'fc' ? [3, 10] : expected!.shape);
        expectClose(step.name, step.output.data, expected!.data, 1e-5);
      }
      expect(names.slice(0, 9)).toEqual(['conv1', 'bn1', 'relu', 'maxpool', 'layer1.0.conv1', 'layer1.0.bn1', 'layer1.0.relu', 'layer1.0.conv2', 'layer1.0.bn2']);
      expect(names).toContain('layer2.0.downsample.0');
      expect(names).toContain('layer2.0.downsample.1');
      expect(names.slice(-5)).toEqual(['layer4.1.add', 'layer4.1', 'avgpool', 'fc', 'softmax']);
      // stem 4, eight blocks of 7, three downsamples of 2, avgpool, fc and softmax
      expect(names.length).toBe(4 + 8 * 7 + 3 * 2 + 3);
    });
  });

  describe('determinism', () => {
    it('gives bit-identical logits for 1, 2 and 3 workers and for an image alone or inside a batch of 8', async () => {
      const batch8 = randomTensor([8, 3, 45, 38], 'model input', 2);
      const reference = await (await model(1)).forward(batch8);
      for (const workers of [2, 3]) {
        expectIdentical(`${workers} workers`, await (await model(workers)).forward(batch8), reference);
      }
      const m = await model(2);
      for (let n = 0; n < 8; n++) {
        const alone = await m.forward(image(batch8, n));
        expectIdentical(`image ${n} alone`, alone, image(reference, n));
      }
    });

    it('gives the same logits when called again and when calls overlap', async () => {
      const m = await model(2);
      const [a, b, c] = await Promise.all([m.forward(batch), m.forward(image(batch, 1)), m.forward(batch)]);
      expectIdentical('repeat', c, a);
      expectIdentical('interleaved single image', b, image(a, 1));
    });

    it('gives a step-through the same outputs when forward passes run between its steps', async () => {
      const m = await model(2);
      const alone: Tensor[] = [];
      for await (const step of m.steps(image(batch, 0))) alone.push(step.output);
      let i = 0;
      for await (const step of m.steps(image(batch, 0))) {
        await Promise.all([m.forward(image(batch, 1)), m.forward(batch, { plan: 'reference' })]);
        expectIdentical(`step ${step.name} with forward passes in between`, step.output, alone[i++]);
      }
      expect(i).toBe(alone.length);
    });
  });

  describe('Winograd F(4×4, 3×3), used where a 3×3 convolution\'s output is at least 28×28 at 224×224 (layer1, layer2)', () => {
    // 120×116: layer1's output is 30×29 and layer2's 15×15, both F(4×4) with partial tiles at both edges.

    it('matches the naive model within 1e-5, and the plan without Winograd within 1e-5, of the largest logit', async () => {
      const direct = await model(2, { winograd: false });
      const logits = await (await model(2)).forward(large);
      expectClose('fused plan at 120×116', logits.data, naiveFc(large), 1e-5);
      const d = expectClose('Winograd vs direct logits at 120×116', logits.data, (await direct.forward(large)).data, 1e-5);
      expect(d.maxAbsDiff, 'the two fused plans are different computations').toBeGreaterThan(0);
    }, 30_000);

    it('gives bit-identical logits for 1, 2 and 3 workers and for an image alone or inside the batch', async () => {
      const reference = await (await model(1)).forward(large);
      for (const workers of [2, 3]) expectIdentical(`${workers} workers`, await (await model(workers)).forward(large), reference);
      const m = await model(3);
      for (let n = 0; n < 3; n++) expectIdentical(`image ${n} alone`, await m.forward(image(large, n)), image(reference, n));
    }, 30_000);
  });

  describe('shared memory', () => {
    it('grows for an input larger than it was sized for, and plans compiled before keep working', async () => {
      const m = await model(2);
      const before = await m.forward(batch);
      // Memory is reserved for up to 16 images of 224×224; one of 960×952 (18 times the area) needs
      // more: a new pool on a new memory.
      const logits = await m.forward(larger);
      expectClose('logits after growing', logits.data, naiveFc(larger), 1e-5);
      expectIdentical('the first input again', await m.forward(batch), before);
    }, 60_000);
  });
});

describe('library API', () => {
  it('accepts a single image [3, H, W] and returns [1, classes]', async () => {
    const m = await model(1);
    const logits = await m.forward(tensor([3, 45, 38], batch.data.slice(0, 3 * 45 * 38)));
    expect(logits.shape).toEqual([1, 10]);
  });

  it('rejects inputs that are not [N, 3, H, W] with a message naming the shape', async () => {
    const m = await model(1);
    expect(() => m.forward(tensor([1, 4, 8, 8]))).toThrow(/expects an input \[N, 3, H, W\] or \[3, H, W\], got \[1, 4, 8, 8\]/);
    expect(() => m.forward({ shape: [1, 3, 8, 8], data: new Float32Array(5) })).toThrow(/has 5 values/);
  });

  it('refuses weights that are not a ResNet-18, listing every problem', async () => {
    const broken = new Map(weights);
    broken.delete('layer3.1.bn2.running_var');
    broken.set('fc.bias', tensor([11]));
    broken.set('extra.weight', tensor([1]));
    await expect(createResNet18({ weights: broken, workers: 1 })).rejects.toThrow(
      /3 problems[\s\S]*missing +layer3.1.bn2.running_var[\s\S]*wrong shape +fc.bias: expected \[10\], got \[11\][\s\S]*unexpected +extra.weight/,
    );
  });

  it('cannot be used after close()', async () => {
    const m = await createResNet18({ weights, workers: 1 });
    await m.close();
    expect(() => m.forward(batch)).not.toThrow();
    await expect(m.forward(batch)).rejects.toThrow(/closed/);
  });

  it('lets a process that never calls close() exit by itself', () => {
    const script = fileURLToPath(new URL('./support/forgetToClose.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('logits [1, 10]');
    expect(result.status).toBe(0);
  });
});

describe('state_dict sizes', () => {
  it('refuses a state_dict claiming more than 268 M parameters before materialising anything', async () => {
    const shapes = new Map<string, { shape: number[]; dtype: string }>([
      ['layer1.0.conv1.weight', { shape: [64, 64, 3, 3], dtype: 'float32' }],
      ['layer2.0.conv1.weight', { shape: [128, 64, 3, 3], dtype: 'float32' }],
      ['layer3.0.conv1.weight', { shape: [256, 128, 3, 3], dtype: 'float32' }],
      ['layer4.0.conv1.weight', { shape: [512, 256, 3, 3], dtype: 'float32' }],
      ['fc.weight', { shape: [1_000_000, 512], dtype: 'float32' }],
    ]);
    const { checkStateDict } = await import('../src/model/checkStateDict.js');
    expect(() => checkStateDict(shapes, 'hostile.pth')).toThrow(/hostile\.pth describes a ResNet-18 .* 1000000 classes: \d+ parameters, more than the 268435456/);
  });
});
