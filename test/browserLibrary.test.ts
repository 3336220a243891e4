// The browser library (resnet18-ts/browser) in a real browser: Debian's Chromium, driven by
// playwright-core, loading the esbuild bundle from a static server on loopback, with and without
// the cross-origin isolation headers. It classifies the sample photos on the device and holds the
// answers to the Node library's; it checks where the page's requests go, and that a reload takes
// the weights from Cache Storage. Last, it measures how far the browser's decoding of the golden
// images is from PIL's (the table in the README; also written to test-artifacts/).

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { preprocess, loadRgb } from '../src/image/preprocess.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { tensor } from '../src/tensor/tensor.js';
import { topK } from '../src/tensor/topK.js';
import { writeBlob } from '../src/weights/blob.js';
import { BUNDLE_BUDGET_BYTES, buildBrowser } from '../tools/build/browser.js';
import { expectClose } from './support/compare.js';
import { startStaticServer, type StaticServer } from './support/staticServer.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const ARTIFACTS = 'test-artifacts';
const haveChromium = chromiumAvailable('browser library tests');

const SAMPLES = readdirSync('samples').filter((f) => f.endsWith('.jpg')).sort();
const GOLDEN = 'test/golden/images';
interface GoldenImage { file: string; format: string; mode?: string; note?: string; rgb_sha256: string; tensor_sha256: string }
const manifest = JSON.parse(readFileSync(join(GOLDEN, 'manifest.json'), 'utf8')) as { images: GoldenImage[]; formats: GoldenImage[] };
const goldenImages = [...manifest.images, ...manifest.formats];
const autoOrient = (JSON.parse(readFileSync(join(GOLDEN, 'manifest.json'), 'utf8')) as { auto_orient: { file: string; size: number[]; rgb_sha256: string }[] }).auto_orient;

// What Chromium's decoding (src/browser/imagePixels.ts) gives, per kind of golden image, as measured.
const EXACT = 'bit-exact with PIL, same top-5 as Node';
const WITHIN_ONE = 'CMYK: within 1 of PIL (another CMYK → RGB rounding), same top-5';
const UNDECODABLE = 'TIFF: Chromium cannot decode it, and says so';
const expectedFidelity = (g: GoldenImage): string =>
  g.format === 'TIFF' ? UNDECODABLE : g.mode === 'CMYK' ? WITHIN_ONE : EXACT;
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
  let bundle: { files: Record<string, number>; total: number };
  let files: Map<string, Uint8Array>;
  let node: Classifier;
  let browser: Browser;

  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'resnet18-bundle-'));
    bundle = await buildBrowser(bundleDir);
    files = new Map<string, Uint8Array>();
    for (const f of readdirSync(bundleDir)) files.set(`/${f}`, readFileSync(join(bundleDir, f)));
    // The test's own page, not the static site's (which the bundle folder holds too).
    files.set('/index.html', Buffer.from(INDEX));
    files.set(WEIGHTS, writeBlob(stateDict));
    for (const f of SAMPLES) files.set(`/samples/${f}`, readFileSync(join('samples', f)));
    for (const g of goldenImages) files.set(`/golden/${g.file}`, readFileSync(join(GOLDEN, g.file)));
    node = await loadModel({ weights: stateDict, workers: 2 });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  it(`is one ES module and its worker, ${BUNDLE_BUDGET_BYTES / 1e3} kB at most without the weights`, () => {
    expect(Object.keys(bundle.files)).toContain('resnet18.js');
    expect(Object.keys(bundle.files)).toContain('resnet18-worker.js');
    expect(Object.keys(bundle.files)).toContain('app.js');
    expect(bundle.total).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
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

  describe('decoding the golden images, against PIL', () => {
    let server: StaticServer;
    let page: Page;
    const rows: FidelityRow[] = [];

    beforeAll(async () => {
      server = await startStaticServer(files, { isolated: false });
      page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => (globalThis as any).document.title === 'ready');
      await page.evaluate(async (weights) => {
        const g = globalThis as any;
        g.model = await g.lib.loadModel({ weights });
      }, WEIGHTS.slice(1));
    }, 120_000);
    afterAll(async () => {
      await page?.evaluate(() => (globalThis as any).model?.close());
      await page?.close();
      await server?.close();
      if (rows.length > 0) {
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, 'browser-decoding.md'), `${fidelityTable(rows)}\n\n${fidelityDetails(rows)}\n`);
      }
    });

    it.each(goldenImages.map((g) => [g.file, expectedFidelity(g), g] as const))('%s: %s', async (file, fidelity, g) => {
      const bytes = files.get(`/golden/${file}`)!;
      const { rgb } = await loadRgb(bytes);
      expect(sha256(rgb.data), 'the reference is PIL\'s convert(\'RGB\')').toBe(g.rgb_sha256);
      const reference = (await preprocess(bytes)).tensor;
      expect(sha256(reference.data), 'the reference is torchvision\'s tensor').toBe(g.tensor_sha256);
      const seen = await page.evaluate(async (file) => {
        const g = globalThis as any;
        const base64 = (bytes: Uint8Array): string => {
          let text = '';
          for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return g.btoa(text);
        };
        const blob = await (await fetch(`golden/${file}`)).blob();
        try {
          const rgb = await g.lib.decodedRgb(blob);
          const { tensor } = await g.model.preprocess(blob);
          const top = await g.model.classify(blob, { topK: 5 });
          return {
            width: rgb.width, height: rgb.height, rgb: base64(rgb.data),
            tensor: base64(new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength)),
            top: top.map((p: { index: number }) => p.index),
          };
        } catch (error) {
          return { error: (error as Error).message };
        }
      }, file);
      if ('error' in seen) {
        rows.push({ file, format: g.format, mode: g.mode ?? '', note: g.note ?? '', decoded: false, error: seen.error });
        expect(fidelity).toBe(UNDECODABLE);
        expect(seen.error).toMatch(/could not be decoded by the browser|not an image this browser can decode/);
        return;
      }
      const ours = new Uint8Array(Buffer.from(seen.rgb, 'base64'));
      const oursTensor = new Float32Array(new Uint8Array(Buffer.from(seen.tensor, 'base64')).buffer);
      const sameSize = seen.width === rgb.width && seen.height === rgb.height;
      let differing = 0;
      let maxPixel = 0;
      if (sameSize) {
        for (let i = 0; i < ours.length; i++) {
          const d = Math.abs(ours[i] - rgb.data[i]);
          if (d > 0) differing++;
          if (d > maxPixel) maxPixel = d;
        }
      }
      let maxTensor = 0;
      for (let i = 0; i < reference.data.length; i++) maxTensor = Math.max(maxTensor, Math.abs(oursTensor[i] - reference.data[i]));
      const expected = topK(Array.from((await node.forward(reference)).data), 5).map((r) => r.index);
      rows.push({
        file, format: g.format, mode: g.mode ?? '', note: g.note ?? '', decoded: true, sameSize,
        size: `${seen.width}×${seen.height}`, differing, bytes: ours.length, maxPixel, maxTensor, sameTop5: seen.top.join() === expected.join(),
      });
      expect(sameSize, `${file}: decoded as ${seen.width}×${seen.height}, PIL ${rgb.width}×${rgb.height}`).toBe(true);
      expect(fidelity).not.toBe(UNDECODABLE);
      if (fidelity === EXACT) {
        expect(differing, `${file}: bytes differing from PIL's`).toBe(0);
        expect(sha256(oursTensor), `${file}: the tensor is torchvision's`).toBe(g.tensor_sha256);
      }
      if (fidelity === WITHIN_ONE) expect(maxPixel).toBeLessThanOrEqual(1);
      expect(seen.top, `${file}: top-5`).toEqual(expected);
    }, 60_000);

    it.each(autoOrient.map((g) => [g.file, g] as const))('%s with autoOrient: the pixels of PIL\'s ImageOps.exif_transpose', async (file, g) => {
      const seen = await page.evaluate(async (file) => {
        const lib = (globalThis as any).lib;
        const rgb = await lib.decodedRgb(await (await fetch(`golden/${file}`)).blob(), { autoOrient: true });
        return { width: rgb.width, height: rgb.height, data: Array.from(rgb.data as Uint8Array) };
      }, file);
      expect([seen.width, seen.height]).toEqual(g.size);
      expect(sha256(Uint8Array.from(seen.data))).toBe(g.rgb_sha256);
    });
  });
});

interface FidelityRow {
  file: string;
  format: string;
  mode: string;
  note: string;
  decoded: boolean;
  error?: string;
  sameSize?: boolean;
  size?: string;
  differing?: number;
  bytes?: number;
  maxPixel?: number;
  maxTensor?: number;
  sameTop5?: boolean;
}

/** One line per format: how many Chromium decodes, how many bit-exact, the largest differences. */
function fidelityTable(rows: FidelityRow[]): string {
  const lines = ['| format | golden images | decoded by Chromium | pixels identical to PIL | largest pixel difference (of 255) | largest tensor difference | same top-5 as Node |', '|---|---|---|---|---|---|---|'];
  for (const format of [...new Set(rows.map((r) => r.format))]) {
    const all = rows.filter((r) => r.format === format);
    const decoded = all.filter((r) => r.decoded);
    const exact = decoded.filter((r) => r.sameSize && r.differing === 0);
    const maxPixel = Math.max(0, ...decoded.map((r) => r.maxPixel ?? 0));
    const maxTensor = Math.max(0, ...decoded.map((r) => r.maxTensor ?? 0));
    lines.push(`| ${format} | ${all.length} | ${decoded.length} | ${exact.length} | ${decoded.length ? maxPixel : '–'} | ${decoded.length ? maxTensor.toFixed(4) : '–'} | ${decoded.length ? `${decoded.filter((r) => r.sameTop5).length} of ${decoded.length}` : '–'} |`);
  }
  return lines.join('\n');
}

function fidelityDetails(rows: FidelityRow[]): string {
  const lines = ['| image | PIL mode | what | Chromium | bytes differing | largest pixel difference | largest tensor difference | same top-5 |', '|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(r.decoded
      ? `| ${r.file} | ${r.mode} | ${r.note} | ${r.size} | ${r.differing} of ${r.bytes} | ${r.maxPixel} | ${r.maxTensor!.toFixed(4)} | ${r.sameTop5 ? 'yes' : 'no'} |`
      : `| ${r.file} | ${r.mode} | ${r.note} | not decoded | | | | |`);
  }
  return lines.join('\n');
}
