// The engine in Chromium next to Node, in one run: ms per 224×224 image (batch 1, the median of
// `ITERATIONS` forward passes after two warm-ups) for each backend with 1 and 2 workers, the page
// served cross-origin isolated from loopback; then, with the weights already in Cache Storage,
// the time from navigation to the first answer for a photo. Full-size ResNet-18 with generated
// weights (45 MB blob). Numbers go to bench/README.md ("In the browser").
//
//   npx tsx bench/browser.ts

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateInput, generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { createResNet18 } from '../src/model/model.js';
import { writeBlob } from '../src/weights/blob.js';
import { startStaticServer } from '../test/support/staticServer.js';
import { bundleBrowser } from '../tools/build/browser.js';

const ITERATIONS = 10;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const stateDict = generateResNet18StateDict(IMAGENET_RESNET18, 0);
const input = generateInput([1, 3, 224, 224]);
const files = new Map<string, Uint8Array>();
for (const [name, body] of await bundleBrowser()) files.set(`/${name}`, body);
files.set('/index.html', Buffer.from('<!doctype html><meta charset="utf-8"><title>loading</title><script type="module">' +
  'import * as lib from "./resnet18.js"; window.lib = lib; document.title = "ready";</script>'));
files.set('/first.html', Buffer.from('<!doctype html><meta charset="utf-8"><title>loading</title><script type="module">' +
  'import { loadModel } from "./resnet18.js"; const t0 = performance.timeOrigin;' +
  'const model = await loadModel({ weights: "resnet18.bin" }); const blob = await (await fetch("cat.jpg")).blob();' +
  'const top = await model.classify(blob); window.firstAnswer = { ms: performance.now(), label: top[0].label, fromCache: model.weights.fromCache };' +
  'document.title = "done";</script>'));
files.set('/resnet18.bin', writeBlob(stateDict));
files.set('/cat.jpg', readFileSync('samples/cat.jpg'));

const rows: { where: string; backend: string; workers: number; 'ms per image': string }[] = [];
const server = await startStaticServer(files, { isolated: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => (globalThis as any).document.title === 'ready');
  for (const backend of ['wasm', 'js'] as const) {
    for (const workers of [1, 2]) {
      const node = await createResNet18({ weights: stateDict, workers, backend });
      const nodeMs: number[] = [];
      for (let i = 0; i < ITERATIONS + 2; i++) {
        const started = performance.now();
        await node.forward(input);
        if (i >= 2) nodeMs.push(performance.now() - started);
      }
      await node.close();
      const browserMs = await page.evaluate(async ({ backend, workers, iterations, data }) => {
        const lib = (globalThis as any).lib;
        const model = await lib.loadModel({ weights: 'resnet18.bin', backend, workers });
        const x = lib.tensor([1, 3, 224, 224], Float32Array.from(data));
        const ms: number[] = [];
        for (let i = 0; i < iterations + 2; i++) {
          const started = performance.now();
          await model.forward(x);
          if (i >= 2) ms.push(performance.now() - started);
        }
        const description = model.runtime.backend;
        await model.close();
        return { ms, description };
      }, { backend, workers, iterations: ITERATIONS, data: Array.from(input.data) });
      rows.push({ where: 'Node 20', backend, workers, 'ms per image': median(nodeMs).toFixed(0) });
      rows.push({ where: 'Chromium', backend: browserMs.description, workers, 'ms per image': median(browserMs.ms).toFixed(0) });
      console.table(rows.slice(-2));
    }
  }
  // Weights now in Cache Storage: navigation → the first photo's answer.
  const first: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${server.url}/first.html`);
    await page.waitForFunction(() => (globalThis as any).document.title === 'done', undefined, { timeout: 120_000 });
    const answer = await page.evaluate(() => (globalThis as any).firstAnswer) as { ms: number; fromCache: boolean };
    if (!answer.fromCache) throw new Error('the weights did not come from the cache');
    first.push(answer.ms);
  }
  console.table(rows);
  console.log(`page load → first answer, weights cached, 2 workers, wasm: median ${median(first).toFixed(0)} ms of ${first.map((m) => m.toFixed(0)).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
