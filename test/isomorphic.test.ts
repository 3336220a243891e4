// The core runs in browsers as it runs in Node: nothing reachable from the browser's entry points
// imports a Node built-in, and the engine works on the in-thread worker host that browsers without
// cross-origin isolation use.

import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/model/engine.js';
import { createResNet18 } from '../src/model/model.js';
import { inThreadHost } from '../src/runtime/inThreadHost.js';
import type { ResNet18Config } from '../src/model/architecture.js';
import { nodeImportsReachable } from './support/importGraph.js';
import { expectIdentical } from './support/compare.js';
import { randomStateDict, randomTensor } from './support/random.js';

/** What a web page's bundle and its worker are built from. */
export const BROWSER_ENTRIES = [
  'src/browser/index.ts',
  'src/browser/workerEntry.ts',
  'src/model/engine.ts',
  'src/runtime/worker.ts',
  'src/runtime/inThreadHost.ts',
  'src/backends/workerSetup.ts',
  'src/weights/blob.ts',
  'src/labels/labelSet.ts',
  'src/classifier/predictions.ts',
  'src/image/pixelsToTensor.ts',
];

describe('the isomorphic core', () => {
  it('reaches no node: import from any browser entry point', async () => {
    const found = await nodeImportsReachable(BROWSER_ENTRIES);
    expect(found.map((f) => `${f.builtin} via ${f.chain.join(' → ')}`)).toEqual([]);
  });

  it('is checked by a walk that does see node: imports where they are (the Node entry)', async () => {
    const found = await nodeImportsReachable(['src/model/model.ts']);
    expect(found.map((f) => f.builtin)).toContain('node:worker_threads');
    expect(found.find((f) => f.builtin === 'node:os')?.chain).toEqual(['src/model/model.ts', 'src/runtime/nodeWorkerHost.ts']);
  });
});

describe('the engine on the in-thread host (browsers without cross-origin isolation)', () => {
  const MINI: ResNet18Config = { widths: [8, 16, 24, 32], numClasses: 10 };
  const weights = randomStateDict(MINI);
  const input = randomTensor([2, 3, 40, 36], 'in-thread input', 3);

  it('gives wasm logits bit-identical to one worker thread\'s', async () => {
    const here = await createEngine(inThreadHost, { weights, backend: 'wasm' });
    const threaded = await createResNet18({ weights, workers: 1, backend: 'wasm' });
    try {
      expect(here.workers).toBe(1);
      expect(here.workerHost).toBe('main thread');
      expectIdentical('in-thread vs worker-thread logits', await here.forward(input), await threaded.forward(input));
    } finally {
      await here.close();
      await threaded.close();
    }
  });

  it('refuses more than one worker, and the js backend, saying why', async () => {
    await expect(createEngine(inThreadHost, { weights, backend: 'wasm', workers: 2 })).rejects.toThrow(/at most 1/);
    const js = await createEngine(inThreadHost, { weights, backend: 'js' });
    try {
      await expect(js.forward(input)).rejects.toThrow(/backend js: its kernels run only in a worker/);
    } finally {
      await js.close();
    }
  });
});
