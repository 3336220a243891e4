// The main page's switch between classifying on this device and on the server, in Debian's
// Chromium (playwright-core) against the real server. On the device (the default where the browser
// has WebAssembly SIMD) the page imports /device/resnet18.js, downloads /weights/resnet18.bin
// once, and classifies in the browser: the test records every request and checks that the photo
// is never uploaded. Then "On the server" classifies the same photo through /api/classify.
// The screenshot test-artifacts/web-on-device.png shows the page classifying on the device.

import { mkdirSync, readFileSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import type { Prediction } from '../src/classifier/predictions.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const ARTIFACTS = 'test-artifacts';
const CAT = 'samples/cat.jpg';
const COFFEE = 'samples/coffee.jpg';
const TIFF = 'test/golden/images/image_290x300.tiff';
const haveChromium = chromiumAvailable('on-device page tests');

const percent = (p: Prediction): string => `${(p.probability * 100).toFixed(1)} %`;

describe.skipIf(!haveChromium)('the web page classifies on this device or on the server', () => {
  let classifier: Classifier;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let expected: Prediction[];
  let api: Prediction[];
  const requests: { method: string; path: string }[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    classifier = await loadModel({ weights: generateResNet18StateDict(IMAGENET_RESNET18, 1), workers: 2 });
    server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {} });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US', colorScheme: 'light' });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => { requests.push({ method: request.method(), path: new URL(request.url()).pathname }); });
    expected = await classifier.classify(readFileSync(CAT), { topK: 3, lang: 'both' });
    const response = await fetch(`${server.url}/api/classify?top=3&lang=both`, { method: 'POST', body: readFileSync(CAT) });
    api = (await response.json() as { top: Prediction[] }).top;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await classifier?.close();
  });

  const labels = (): Promise<string[]> => page.locator('#predictions .label').allInnerTexts();
  const uploads = (): string[] => requests.filter((r) => r.method !== 'GET' || r.path.startsWith('/api/classify') || r.path.startsWith('/api/explain')).map((r) => `${r.method} ${r.path}`);

  it('opens on the device, downloads the weights once, and classifies the photo in the browser with nothing uploaded', async () => {
    await page.goto(server.url);
    expect(await page.getAttribute('#mode-device', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('#mode-server', 'aria-pressed')).toBe('false');
    expect(await page.locator('#mode-hint').innerText()).toMatch(/not uploaded/);
    expect(await page.locator('#drop-hint').innerText(), 'what this mode reads, per mode').toBe('JPEG, PNG, WebP, GIF, BMP or AVIF (TIFF: on the server)');
    // The weights are on their way as soon as the mode is "On this device", before any photo.
    await expect.poll(() => requests.filter((r) => r.path === '/weights/resnet18.bin').length, { timeout: 30_000 }).toBe(1);

    await page.setInputFiles('#file', CAT);
    await page.locator('#predictions li').first().waitFor({ timeout: 90_000 });
    expect(api.map((p) => p.label)).toEqual(expected.map((p) => p.label));
    expect(await labels()).toEqual(expected.map((p) => p.label));
    const shown = (await page.locator('#predictions .percent').allInnerTexts()).map((text) => parseFloat(text));
    shown.forEach((value, i) => expect(Math.abs(value - expected[i].probability * 100)).toBeLessThanOrEqual(0.1001));

    const timing = await page.locator('#timing').innerText();
    expect(timing, 'one short label: "Inference 213 ms"').toMatch(/Inference\s+[\d.]+ ms/);
    const details = /^Computed in this browser by wasm simd128[^,]* on (1 worker|\d+ workers) \((web workers|main thread)\)$/;
    expect(await page.locator('#timing > div').filter({ hasText: 'Inference' }).getAttribute('title'), 'backend and workers in the tooltip').toMatch(details);
    expect(await page.locator('#footer').innerText()).toMatch(/in this browser: wasm simd128[^,]*, (1 worker|\d+ workers)/);
    expect(timing).toMatch(/Decode \+ preprocess\s+[\d.]+ ms/);
    expect(timing).toMatch(/451 × 300 JPEG/);
    expect(timing).toMatch(/on this device, nothing uploaded/);
    expect(await page.locator('#device-text').innerText()).toMatch(/^Model ready in this browser in \d+ ms \(weights downloaded\): wasm simd128/);
    expect(await page.locator('#how').isVisible()).toBe(true);
    expect(await page.locator('#how-note').innerText()).toMatch(/computed on the server/);

    expect(uploads(), 'no photo leaves the page on the device').toEqual([]);
    expect(requests.filter((r) => r.path === '/device/resnet18.js')).toHaveLength(1);
    expect(requests.filter((r) => r.path === '/weights/resnet18.bin')).toHaveLength(1);
    expect(await page.evaluate(() => (globalThis as any).crossOriginIsolated)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/web-on-device.png`, fullPage: true });
  }, 120_000);

  it('classifies the next photo with the model it has, in either language', async () => {
    const coffee = await classifier.classify(readFileSync(COFFEE), { topK: 3, lang: 'both' });
    await page.setInputFiles('#file', COFFEE);
    await expect.poll(labels, { timeout: 60_000 }).toEqual(coffee.map((p) => p.label));
    await page.click('#lang-zh');
    expect(await page.locator('#mode-device').innerText()).toBe('在本设备上');
    expect(await page.locator('#mode-server').innerText()).toBe('在服务器上');
    expect(await labels()).toEqual(coffee.map((p) => p.label_zh));
    expect(await page.locator('#timing').innerText()).toMatch(/在本设备上计算，未上传/);
    await page.click('#lang-en');
    await page.setInputFiles('#file', CAT);
    await expect.poll(labels, { timeout: 60_000 }).toEqual(expected.map((p) => p.label));
    expect(requests.filter((r) => r.path === '/weights/resnet18.bin'), 'the weights are downloaded once').toHaveLength(1);
    expect(uploads()).toEqual([]);
  }, 120_000);

  it('switches to "On the server", which classifies the photo through /api/classify', async () => {
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/api/classify'));
    await page.click('#mode-server');
    await sent;
    expect(await page.getAttribute('#mode-server', 'aria-pressed')).toBe('true');
    expect(await page.locator('#mode-hint').innerText()).toMatch(/uploaded to it/);
    await expect.poll(() => page.locator('#timing').innerText(), { timeout: 30_000 }).toMatch(/Decode\s+[\d.]+ ms/);
    expect(await page.locator('#timing').innerText()).toMatch(/Inference\s+[\d.]+ ms/);
    expect(await page.locator('#drop-hint').innerText()).toBe('JPEG, PNG, WebP, GIF, TIFF, BMP or AVIF, up to 10 MB');
    expect(await labels()).toEqual(api.map((p) => p.label));
    expect(await page.locator('#predictions .percent').allInnerTexts()).toEqual(api.map(percent));
    expect(await page.locator('#device-status').isVisible()).toBe(false);
    expect(await page.locator('#how-note').isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('says a TIFF cannot be read in this browser, in either language, and classifies it on the server when asked', async () => {
    await page.click('#mode-device');
    const tiff = readFileSync(TIFF);
    const onServer = await classifier.classify(tiff, { topK: 3, lang: 'both' });
    const before = uploads().length;
    await page.setInputFiles('#file', { name: 'scan.tiff', mimeType: 'image/tiff', buffer: tiff });
    await expect.poll(() => page.locator('#error').innerText(), { timeout: 30_000 })
      .toMatch(/^This browser cannot read TIFF images, so it cannot classify this one on the device\. The server can\./);
    expect(uploads().length, 'nothing was sent without being asked').toBe(before);
    await page.click('#lang-zh');
    expect(await page.locator('#error').innerText()).toMatch(/^此浏览器无法读取 TIFF 图片/);
    expect(await page.locator('#error button').innerText()).toBe('在服务器上分类');
    await page.click('#lang-en');
    await page.screenshot({ path: `${ARTIFACTS}/web-tiff-on-device.png` });
    await page.click('#error button');
    await expect.poll(labels, { timeout: 30_000 }).toEqual(onServer.map((p) => p.label));
    expect(await page.getAttribute('#mode-server', 'aria-pressed')).toBe('true');
    expect(uploads().slice(before)).toEqual(['POST /api/classify']);
    expect(await page.locator('#error').isVisible()).toBe(false);
  }, 60_000);

  it('says in Chinese what the in-browser engine could not read', async () => {
    await page.click('#mode-device');
    await page.click('#lang-zh');
    // A JPEG cut short: the browser's decoder fails; the page says so in its own words.
    await page.setInputFiles('#file', { name: 'broken.jpg', mimeType: 'image/jpeg', buffer: readFileSync(CAT).subarray(0, 300) });
    await expect.poll(() => page.locator('#error').innerText(), { timeout: 30_000 }).toBe('这张图片已损坏或不完整，无法读取。');
    await page.click('#lang-en');
    expect(await page.locator('#error').innerText()).toBe('That image is damaged or cut short, so it cannot be read.');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
