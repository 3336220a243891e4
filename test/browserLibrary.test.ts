// The browser library (resnet18-ts/browser) in a real browser: Debian's Chromium, driven by
// playwright-core, loading the esbuild bundle from a static server on loopback, with and without
// the cross-origin isolation headers. It classifies the sample photos on the device and holds the
// answers to the Node library's; it checks where the page's requests go, and that a reload takes
// the weights from Cache Storage. Last, it measures how far the browser's decoding of the golden
// images is from PIL's (the table in the README; also written to test-artifacts/).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { preprocess, loadRgb } from '../src/image/preprocess.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { tensor } from '../src/tensor/tensor.js';
import { topK } from '../src/tensor/topK.js';
import { writeBlob } from '../src/weights/blob.js';
import { buildBrowser } from '../tools/build/browser.js';
import { expectClose } from './support/compare.js';
import { startStaticServer, type StaticServer } from './support/staticServer.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);

const SAMPLES = readdirSync('samples').filter((f) => f.endsWith('.jpg')).sort();
const GOLDEN = 'test/golden/images';
interface GoldenImage { file: string; format: string; mode?: string; note?: string; rgb_sha256: string; tensor_sha256: string }
const manifest = JSON.parse(readFileSync(join(GOLDEN, 'manifest.json'), 'utf8')) as { images: GoldenImage[]; formats: GoldenImage[] };
const goldenImages = [...manifest.images, ...manifest.formats];
const sha256 = (bytes: Uint8Array | Float32Array): string =>
  createHash('sha256').update(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).digest('hex');

/** A small ResNet-18 with ImageNet's 1000 classes: a 415 KB weights blob. */
const stateDict = generateResNet18StateDict({ widths: [8, 16, 24, 32], numClasses: 1000 }, 12);
const WEIGHTS = '/weights/mini.bin';

/** The page: the bundle, exposed to the test as window.lib. */
const INDEX = '<!doctype html><meta charset="utf-8"><title>loading</title>' +
  '<script type="module">import * as lib from "./resnet18.js"; window.lib = lib; document.title = "ready";</script>';

interface PageAnswer {
  runtime: { backend: string; workers: number; where: string; crossOriginIsolated: boolean; note?: string };
  weights: { fromCache: boolean; sha256: string | null; bytes: number };
  photos: { file: string; top: number[]; tensor: number[]; logits: number[] }[];
  progress: number;
}

/** Loads the model in the page, classifies the photos (fetched from the same server) and closes it. */
function classifyInPage(page: Page, photos: string[], workers: number): Promise<PageAnswer> {
  return page.evaluate(async ({ photos, workers, weights }) => {
    const lib = (globalThis as any).lib;
    let progress = 0;
    const model = await lib.loadModel({ weights, workers, onProgress: (p: { loaded: number }) => { progress = p.loaded; } });
    const answers = [];
    for (const file of photos) {
      const blob = await (await fetch(`samples/${file}`)).blob();
      const top = await model.classify(blob, { topK: 5 });
      const { tensor } = await model.preprocess(blob);
      const logits = await model.forward(tensor);
      answers.push({ file, top: top.map((p: { index: number }) => p.index), tensor: Array.from(tensor.data as Float32Array), logits: Array.from(logits.data as Float32Array) });
    }
    const answer = { runtime: model.runtime, weights: model.weights, photos: answers, progress };
    await model.close();
    return answer;
  }, { photos, workers, weights: WEIGHTS.slice(1) });
}

describe.skipIf(!haveChromium)('the browser library in Chromium', () => {
  let bundleDir: string;
  let files: Map<string, Uint8Array>;
  let node: Classifier;
  let browser: Browser;

  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'resnet18-bundle-'));
    await buildBrowser(bundleDir);
    files = new Map<string, Uint8Array>([['/index.html', Buffer.from(INDEX)], [WEIGHTS, writeBlob(stateDict)]]);
    for (const f of readdirSync(bundleDir)) files.set(`/${f}`, readFileSync(join(bundleDir, f)));
    for (const f of SAMPLES) files.set(`/samples/${f}`, readFileSync(join('samples', f)));
    for (const g of goldenImages) files.set(`/golden/${g.file}`, readFileSync(join(GOLDEN, g.file)));
    node = await loadModel({ weights: stateDict, workers: 2 });
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  describe.each([
    { isolated: true, workers: 2, where: 'web workers' },
    { isolated: false, workers: 1, where: 'main thread' },
  ])('served $where (cross-origin isolated: $isolated)', ({ isolated, workers, where }) => {
    let server: StaticServer;
    let context: BrowserContext;
    let page: Page;
    const requested: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      server = await startStaticServer(files, { isolated });
      context = await browser.newContext();
      context.on('request', (request) => { requested.push(`${request.method()} ${request.url()}`); });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.setDefaultTimeout(60_000);
    });
    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    const open = async (): Promise<void> => {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => (globalThis as any).document.title === 'ready');
    };

    it(`classifies the sample photos on the device: Node's top-5, and logits within 1e-4 of Node's for the same tensor`, async () => {
      await open();
      const answer = await classifyInPage(page, SAMPLES, workers);
      expect(answer.runtime.where).toBe(where);
      expect(answer.runtime.workers).toBe(workers);
      expect(answer.runtime.crossOriginIsolated).toBe(isolated);
      expect(answer.runtime.backend).toMatch(/^wasm simd128/);
      if (isolated) expect(answer.runtime.note).toBeUndefined();
      else expect(answer.runtime.note).toMatch(/not cross-origin isolated.*one worker on the page's own thread.*Cross-Origin-Embedder-Policy: require-corp/);
      expect(answer.weights).toMatchObject({ fromCache: false, bytes: files.get(WEIGHTS)!.length, sha256: sha256(files.get(WEIGHTS)!) });
      expect(answer.progress).toBe(files.get(WEIGHTS)!.length);
      for (const photo of answer.photos) {
        const bytes = files.get(`/samples/${photo.file}`)!;
        const expected = await node.classify(bytes, { topK: 5 });
        expect(photo.top, `${photo.file}: top-5`).toEqual(expected.map((p) => p.index));
        const logits = await node.forward(tensor([1, 3, 224, 224], Float32Array.from(photo.tensor)));
        expectClose(`${photo.file}: browser vs Node logits`, photo.logits, logits.data, 1e-4);
      }
      expect(pageErrors).toEqual([]);
    }, 180_000);

    it('sends every request to its own origin, and uploads nothing', () => {
      expect(requested.length).toBeGreaterThan(SAMPLES.length);
      expect(requested.filter((r) => !r.split(' ')[1].startsWith(`${server.url}/`))).toEqual([]);
      expect(requested.filter((r) => !r.startsWith('GET ') && !r.startsWith('HEAD '))).toEqual([]);
    });

    it('takes the weights from Cache Storage after a reload: no second download', async () => {
      const downloads = (): number => server.requests.filter((r) => r === `GET ${WEIGHTS}`).length;
      expect(downloads()).toBe(1);
      await page.reload();
      await page.waitForFunction(() => (globalThis as any).document.title === 'ready');
      const answer = await classifyInPage(page, SAMPLES.slice(0, 1), workers);
      expect(answer.weights.fromCache).toBe(true);
      expect(answer.weights.sha256).toBe(sha256(files.get(WEIGHTS)!));
      expect(downloads()).toBe(1);
      const expected = await node.classify(files.get(`/samples/${SAMPLES[0]}`)!, { topK: 5 });
      expect(answer.photos[0].top).toEqual(expected.map((p) => p.index));
    }, 120_000);
  });
});
