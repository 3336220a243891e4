// The web page in a real browser: Debian's Chromium, driven by playwright-core, against the real
// server on an ephemeral port. It picks a photo through the file input and reads what the page
// shows. Screenshots are saved in test-artifacts/ for people to look at.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import type { Prediction } from '../src/classifier/predictions.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { startServer, type RunningServer } from '../src/server/server.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
if (!haveChromium) console.warn(`browser tests skipped: no ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('the web page in Chromium', () => {
  let classifier: Classifier;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let expected: Prediction[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    classifier = await loadModel({ weights: generateResNet18StateDict(IMAGENET_RESNET18, 1), workers: 2 });
    server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {} });
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(30_000);
    expected = await classifier.classify(readFileSync('samples/cat.jpg'), { topK: 3, lang: 'both' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await classifier?.close();
  });

  const labels = (): Promise<string[]> => page.locator('#predictions .label').allInnerTexts();
  const percents = (): Promise<string[]> => page.locator('#predictions .percent').allInnerTexts();

  it('shows the top-3 of a photo picked with the file input, as the library computes them', async () => {
    await page.goto(server.url);
    await page.setInputFiles('#file', 'samples/cat.jpg');
    await page.locator('#predictions li').first().waitFor({ timeout: 30_000 });
    expect(await labels()).toEqual(expected.map((p) => p.label));
    expect(await percents()).toEqual(expected.map((p) => `${(p.probability * 100).toFixed(1)} %`));
    expect(await page.locator('#timing').innerText()).toMatch(/inference [\d.]+ ms/);
    expect(await page.locator('#spinner').isVisible()).toBe(false);
    expect(await page.locator('#announcer').innerText()).toContain(expected[0].label);
    await page.screenshot({ path: `${ARTIFACTS}/web-classify.png`, fullPage: true });
  }, 60_000);

  it('switches to Chinese without asking the server again', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.click('#lang-zh');
    expect(await labels()).toEqual(expected.map((p) => p.label_zh));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('#classify').innerText()).toBe('分类');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/web-classify-phone-zh.png`, fullPage: true });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.click('#lang-en');
    expect(await labels()).toEqual(expected.map((p) => p.label));
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
  });

  it('shows how it sees: the input, the filters, every stage\'s feature maps, and a channel enlarged on click', async () => {
    await page.click('#how');
    await page.locator('#how-content .grid-image').first().waitFor({ timeout: 60_000 });
    const images = page.locator('#how-content img');
    // The input, conv1's filters, and six stages.
    await expect.poll(() => images.count()).toBe(8);
    await expect.poll(() => images.evaluateAll((all) => all.every((img: any) => img.complete && img.naturalWidth > 0))).toBe(true);
    const headings = await page.locator('#how-content h3').allInnerTexts();
    for (const stage of ['conv1', 'maxpool', 'layer1', 'layer2', 'layer3', 'layer4']) expect(headings).toContain(stage);
    // Click the tile of channel 9 of layer1 (8 columns of 56-pixel tiles, 2-pixel gaps).
    const layer1 = page.locator('img[data-stage="layer1"]');
    const box = (await layer1.boundingBox())!;
    const natural = await layer1.evaluate((img: any) => img.naturalWidth as number);
    const scale = box.width / natural;
    await layer1.click({ position: { x: (2 + 1 * 58 + 28) * scale, y: (2 + 1 * 58 + 28) * scale } });
    const zoom = page.locator('img[data-stage="layer1"] + .zoom');
    expect(await zoom.getAttribute('data-channel')).toBe('9');
    expect(await zoom.locator('span').innerText()).toMatch(/channel 9 of 64/);
    // The enlarged canvas holds the tile's pixels, not a blank.
    // (Runs in the page; the test project has no DOM types.)
    const drawn = await zoom.locator('canvas').evaluate((c: any) => {
      const data: Uint8ClampedArray = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      return new Set(Array.from({ length: data.length / 4 }, (_, i) => data[i * 4])).size;
    });
    expect(drawn).toBeGreaterThan(10);
    // The same by keyboard: a channel number.
    await zoom.locator('input').fill('63');
    expect(await zoom.getAttribute('data-channel')).toBe('63');
    const top = await page.locator('#how-content .predictions .label').allInnerTexts();
    expect(top.slice(0, 3)).toEqual(expected.map((p) => p.label));
    await page.locator('#how-it-sees').screenshot({ path: `${ARTIFACTS}/web-how-it-sees.png` });
  }, 90_000);

  it('explains a file that is not an image, before and after upload', async () => {
    // Declared as text: refused in the page.
    await page.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => page.locator('#error').innerText()).toMatch(/not an image/);
    // Declared as an image but broken: refused by the server, explained in words.
    await page.setInputFiles('#file', { name: 'broken.jpg', mimeType: 'image/jpeg', buffer: readFileSync('samples/cat.jpg').subarray(0, 500) });
    await expect.poll(() => page.locator('#error').innerText(), { timeout: 20_000 }).toMatch(/damaged|cut short/);
    expect(await page.locator('#predictions li').count()).toBe(0);
  }, 60_000);

  it('can be used with the keyboard: the drop zone is focusable and labelled', async () => {
    // Enter on the focused drop zone opens the file picker (the picker's click is observed on the
    // hidden input: whether headless Chromium then shows a chooser is the browser's business).
    await page.evaluate(() => {
      const input = (globalThis as any).document.getElementById('file');
      input.addEventListener('click', () => { input.dataset.opened = 'yes'; }, { once: true });
    });
    await page.focus('#drop-zone');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('drop-zone');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#file', 'data-opened')).toBe('yes');
    expect(await page.getAttribute('#drop-zone', 'role')).toBe('button');
    await page.setInputFiles('#file', 'samples/coffee.jpg');
    await page.locator('#predictions li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#error').isVisible()).toBe(false);
    expect(await page.locator('#predictions .bar[role="meter"]').count()).toBe(3);
  }, 60_000);
});
