// `resnet18 export-web`: the static site it writes, served by a plain static file server (no Node
// behind it) and opened in Chromium, classifies a photo on the device with the Node library's
// answer, with threads when the host sends the isolation headers and on one thread when it does
// not; it asks nothing of any other origin and uploads nothing; a reload reads the weights from
// the browser's cache.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { HEADERS_FILE } from '../src/cli/exportWebCommand.js';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { writeBlob } from '../src/weights/blob.js';
import { startStaticServer } from './support/staticServer.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';
import { fakeCameraArgs, y4mFromPhoto } from './support/fakeCamera.js';

const ARTIFACTS = 'test-artifacts';
const haveChromium = chromiumAvailable('export-web browser tests');
const CAT = 'samples/cat.jpg';

describe.skipIf(!haveChromium)('resnet18 export-web', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-web-'));
  const site = join(dir, 'site');
  const weights = join(dir, 'mini.bin');
  let node: Classifier;
  let browser: Browser;
  let files: Map<string, Uint8Array>;
  let stdout = '';

  beforeAll(async () => {
    writeFileSync(weights, writeBlob(generateResNet18StateDict({ widths: [8, 16, 24, 32], numClasses: 1000 }, 5)));
    const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t), stderrIsTTY: false, env: {} };
    expect(await main(['export-web', site, '--weights', weights], out)).toBe(0);
    files = new Map(readdirSync(site).map((name) => [`/${name}`, readFileSync(join(site, name))]));
    node = await loadModel({ weights, workers: 1 });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the page, the library as one ES module, its worker, the weights and the headers file', () => {
    const names = [...files.keys()];
    for (const name of ['/index.html', '/app.js', '/resnet18.js', '/resnet18-worker.js', '/resnet18.bin', '/_headers', '/serve.json']) expect(names).toContain(name);
    expect(readFileSync(join(site, 'resnet18.bin'))).toEqual(readFileSync(weights));
    expect(readFileSync(join(site, '_headers'), 'utf8')).toBe(HEADERS_FILE);
    expect(JSON.parse(readFileSync(join(site, 'serve.json'), 'utf8')).headers[0].headers).toContainEqual({ key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' });
    expect(readFileSync(join(site, 'app.js'), 'utf8')).toMatch(/from\s*"\.\/resnet18\.js"/);
    expect(stdout).toMatch(/wrote a static site to .*site/);
  });

  it.each([
    { isolated: true, engine: /2 workers \(web workers\)/ },
    { isolated: false, engine: /^Engine: wasm simd128[^,]*, 1 worker \(main thread\)\.$/ },
  ])('classifies a photo on the device as the Node library does (isolation headers: $isolated), and reads the weights from the cache after a reload', async ({ isolated, engine }) => {
    const server = await startStaticServer(files, { isolated });
    const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, colorScheme: 'light' });
    const requests: string[] = [];
    context.on('request', (request) => { requests.push(`${request.method()} ${request.url()}`); });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    try {
      await page.goto(`${server.url}/`);
      await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('#runtime').innerText()).toMatch(engine);
      // Whether the host sends the isolation headers is the site owner's business: the console says it, the page does not.
      expect(await page.locator('body').innerText()).not.toMatch(/cross-origin|isolat/i);
      expect(consoleLines.some((line) => /not cross-origin isolated/.test(line))).toBe(!isolated);
      expect(await page.getAttribute('link[rel="icon"]', 'href')).toMatch(/^data:image\/svg\+xml,/);
      expect(await page.locator('#status').innerText()).toMatch(/weights downloaded/);
      await page.setInputFiles('#file', CAT);
      await page.locator('#predictions li').nth(4).waitFor({ timeout: 60_000 });
      const expected = await node.classify(readFileSync(CAT), { topK: 5, lang: 'both' });
      expect(await page.locator('#predictions .label').allInnerTexts()).toEqual(expected.map((p) => p.label));
      expect(await page.locator('#predictions .percent').allInnerTexts()).toEqual(expected.map((p) => `${(p.probability * 100).toFixed(1)} %`));
      expect(await page.locator('#timing').innerText()).toMatch(/^Classified in \d+ ms on this device\.$/);
      expect(await page.getAttribute('#timing', 'title')).toMatch(/^Computed in this browser by wasm simd128/);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `web-on-device${isolated ? '' : '-one-thread'}.png`), fullPage: true });
      // The other language, without classifying again.
      await page.click('#lang');
      expect(await page.locator('h1').innerText()).toBe('ResNet-18 图像分类');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await page.locator('#predictions .label').allInnerTexts()).toEqual(expected.map((p) => p.label_zh ?? p.label));
      expect(await page.locator('#timing').innerText()).toMatch(/^在本设备上分类，用时 \d+ 毫秒。$/);
      if (!isolated) await page.screenshot({ path: join(ARTIFACTS, 'web-export-zh.png'), fullPage: true });
      // What the browser cannot read is said in the page's language too.
      await page.setInputFiles('#file', 'test/golden/images/image_290x300.tiff');
      await expect.poll(() => page.locator('#error').innerText(), { timeout: 30_000 }).toMatch(/^此浏览器无法把这个文件当作图片读取/);
      await page.click('#lang');
      expect(await page.locator('#error').innerText()).toMatch(/^This browser cannot read that file as an image .*TIFF does not/);

      await page.reload();
      await page.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('#status').innerText()).toMatch(/weights from the cache/);
      expect(server.requests.filter((r) => r.endsWith(' /resnet18.bin'))).toEqual(['GET /resnet18.bin']);
      // Every request is to the page's origin (the preview's blob: URL too: it names memory in the page).
      expect(requests.filter((r) => new URL(r.split(' ')[1]).origin !== server.url)).toEqual([]);
      expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);

  it('classifies the camera live on the device (a fake camera playing a photo), freezes a frame as the Node library answers it, and releases the camera when stopped', async () => {
    const y4m = join(dir, 'cat.y4m');
    writeFileSync(y4m, await y4mFromPhoto(CAT, 640, 480, 2));
    const cameraBrowser = await launchChromium(fakeCameraArgs(y4m));
    const server = await startStaticServer(files, { isolated: true });
    try {
      const page = await cameraBrowser.newPage({ viewport: { width: 900, height: 1000 }, colorScheme: 'light' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/`);
      await page.click('#camera-toggle');
      await page.locator('#camera-top li').first().waitFor({ timeout: 90_000 });
      await expect.poll(() => page.locator('#camera-stats').innerText(), { timeout: 30_000 }).toMatch(/^(?!0\.0 )[\d.]+ fps · inference \d+ ms$/);
      const track = await page.evaluateHandle(() => (globalThis as any).document.getElementById('camera-video').srcObject.getVideoTracks()[0]);
      await page.click('#camera-freeze');
      await page.locator('#camera-still').waitFor({ state: 'visible' });
      expect(await track.evaluate((t: any) => t.readyState)).toBe('ended');
      const url = await page.evaluate(() => (globalThis as any).document.getElementById('camera-still').toDataURL('image/png') as string);
      const expected = await node.classify(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'), { topK: 3 });
      expect((await page.locator('#camera-top .label').allInnerTexts())[0], 'the top-1 over the frozen frame').toBe(expected[0].label);
      await page.screenshot({ path: join(ARTIFACTS, 'web-site-camera.png'), fullPage: true });
      await page.click('#camera-freeze');
      await page.locator('#camera-video').waitFor({ state: 'visible' });
      await expect.poll(() => page.evaluate(() => (globalThis as any).document.getElementById('camera-video').srcObject?.getVideoTracks()[0]?.readyState ?? null)).toBe('live');
      const again = await page.evaluateHandle(() => (globalThis as any).document.getElementById('camera-video').srcObject.getVideoTracks()[0]);
      await page.click('#camera-toggle');
      expect(await again.evaluate((t: any) => t.readyState)).toBe('ended');
      expect(await page.locator('#camera').isVisible()).toBe(false);
      expect(server.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await cameraBrowser.close();
      await server.close();
    }
  }, 150_000);
});
