// `resnet18 serve` for pages that classify on the device: the isolation headers on every answer
// (so the page's workers may share memory), the weights at /weights/resnet18.bin with ETag and
// Content-Length, and /device/, the page that classifies in the browser with nothing uploaded.

import { readFileSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { readBlob } from '../src/weights/blob.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const haveChromium = chromiumAvailable('the /device/ browser test');
const CAT = 'samples/cat.jpg';

describe('resnet18 serve, for classifying on the device', () => {
  let classifier: Classifier;
  let server: RunningServer;

  beforeAll(async () => {
    classifier = await loadModel({ weights: generateResNet18StateDict({ widths: [8, 16, 24, 32], numClasses: 1000 }, 9), workers: 1 });
    server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {} });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await classifier?.close();
  });

  it('sends the cross-origin isolation headers with the page', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  });

  it('serves its weights as a blob with Content-Length and an ETag, and 304 for a copy already held', async () => {
    const response = await fetch(`${server.url}/weights/resnet18.bin`);
    expect(response.status).toBe(200);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    const blob = readBlob(body);
    expect(blob.config.numClasses).toBe(1000);
    expect(blob.stateDict.get('fc.weight')!.data).toEqual(classifier.model.stateDict.get('fc.weight')!.data);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await fetch(`${server.url}/weights/resnet18.bin`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await fetch(`${server.url}/weights/resnet18.bin`, { method: 'POST' })).status).toBe(405);
  });

  it.skipIf(!haveChromium)('offers /device/, which classifies in Web Workers with the server\'s answer and uploads nothing', async () => {
    const browser: Browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => { requests.push(`${request.method()} ${new URL(request.url()).pathname}`); });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/device/`);
      await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('#runtime').innerText()).toMatch(/wasm simd128.*2 workers \(web workers\)\.$/);
      await page.setInputFiles('#file', CAT);
      await page.locator('#predictions li').nth(4).waitFor({ timeout: 60_000 });
      const expected = await classifier.classify(readFileSync(CAT), { topK: 5 });
      expect(await page.locator('#predictions .label').allInnerTexts()).toEqual(expected.map((p) => p.label));
      expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
      expect(requests.filter((r) => r.includes('/api/'))).toEqual([]);
      expect(requests.filter((r) => r === 'GET /weights/resnet18.bin')).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
