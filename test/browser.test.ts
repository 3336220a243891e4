// The web page in a real browser: Debian's Chromium, driven by playwright-core, against the real
// server on an ephemeral port. It picks photos through the file input and reads what the page
// shows. Screenshots are saved in test-artifacts/ (git-ignored) for people to look at.
//
// The tests run in order on one page, as a person would use it: classify, switch language, change
// the number of classes, make mistakes, then open "How it sees".

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
const haveChromium = chromiumAvailable('browser tests');

/** The page's rounding (src/server/page/predictionBars.ts): one decimal, then " %". */
const percent = (p: Prediction): string => `${(p.probability * 100).toFixed(1)} %`;

describe.skipIf(!haveChromium)('the web page in Chromium', () => {
  let classifier: Classifier;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let expected: Prediction[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    classifier = await loadModel({ weights: generateResNet18StateDict(IMAGENET_RESNET18, 1), workers: 2 });
    server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {} });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US', colorScheme: 'light' });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    expected = await classifier.classify(readFileSync(CAT), { topK: 3, lang: 'both' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await classifier?.close();
  });

  const labels = (): Promise<string[]> => page.locator('#predictions .label').allInnerTexts();
  const percents = (): Promise<string[]> => page.locator('#predictions .percent').allInnerTexts();

  it('shows the top-3 of a photo picked with the file input: the labels, order and rounded percentages of the API', async () => {
    await page.goto(server.url);
    // These tests are of the server's API as the page uses it (test/webOnDevice.test.ts: the default, on the device).
    await page.click('#mode-server');
    expect(await page.getAttribute('#mode-server', 'aria-pressed')).toBe('true');
    await page.setInputFiles('#file', CAT);
    await page.locator('#predictions li').first().waitFor({ timeout: 30_000 });

    const response = await fetch(`${server.url}/api/classify?top=3&lang=both`, { method: 'POST', body: readFileSync(CAT) });
    const api = await response.json() as { top: Prediction[] };
    expect(api.top.map((p) => p.label)).toEqual(expected.map((p) => p.label));
    expect(await labels()).toEqual(api.top.map((p) => p.label));
    expect(await percents()).toEqual(api.top.map(percent));
    expect(await page.locator('#predictions .bar[role="meter"]').count()).toBe(3);

    const timing = await page.locator('#timing').innerText();
    expect(timing, 'one short label: "Inference 213 ms"').toMatch(/Inference\s+[\d.]+ ms/);
    expect(await page.locator('#timing > div').filter({ hasText: 'Inference' }).getAttribute('title'), 'the backend is in the tooltip')
      .toMatch(/^Computed on the server by (js|wasm simd128)/);
    expect(timing).toMatch(/451 × 300 JPEG/);
    expect(await page.locator('#spinner').isVisible()).toBe(false);
    expect(await page.getAttribute('#results-panel', 'aria-busy')).toBe('false');
    expect(await page.locator('#announcer').innerText()).toContain(expected[0].label);
    await page.screenshot({ path: `${ARTIFACTS}/web-classify.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${ARTIFACTS}/web-classify-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  }, 60_000);

  it('switches to Chinese without asking the server again', async () => {
    const requests: string[] = [];
    const record = (request: { url(): string }): void => { requests.push(request.url()); };
    page.on('request', record);
    await page.click('#lang-zh');
    expect(await labels()).toEqual(expected.map((p) => p.label_zh));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('#classify').innerText()).toBe('分类');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/web-classify-phone-zh.png`, fullPage: true });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.click('#lang-en');
    expect(await labels()).toEqual(expected.map((p) => p.label));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    page.off('request', record);
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
  });

  it('shows as many classes as asked for, at most 20', async () => {
    const five = await classifier.classify(readFileSync(CAT), { topK: 5, lang: 'en' });
    await page.fill('#top', '5');
    await page.press('#top', 'Enter');
    await expect.poll(() => page.locator('#predictions li').count(), { timeout: 30_000 }).toBe(5);
    expect(await labels()).toEqual(five.map((p) => p.label));
    await page.fill('#top', '99');
    await page.press('#top', 'Enter');
    await expect.poll(() => page.locator('#predictions li').count(), { timeout: 30_000 }).toBe(20);
    expect(await page.inputValue('#top')).toBe('20');
    await page.fill('#top', '3');
    await page.press('#top', 'Enter');
    await expect.poll(() => page.locator('#predictions li').count(), { timeout: 30_000 }).toBe(3);
  }, 60_000);

  it('explains, in words, files that are not photos it can read', async () => {
    // Declared as text: refused in the page, never uploaded.
    await page.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => page.locator('#error').innerText()).toMatch(/not an image/);
    // A text file passed off as an image: the server refuses it (415), the page says why.
    await page.setInputFiles('#file', { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some text, not a picture\n') });
    await expect.poll(() => page.locator('#error').innerText(), { timeout: 20_000 }).toMatch(/not an image in a format this server reads/);
    expect(await page.locator('#predictions li').count()).toBe(0);
    await page.click('#lang-zh');
    expect(await page.locator('#error').innerText()).toMatch(/不是服务器能读取的图片格式/);
    await page.click('#lang-en');
    // Larger than the server's limit: refused in the page, never uploaded.
    const uploads: string[] = [];
    const record = (request: { url(): string; method(): string }): void => { if (request.method() === 'POST') uploads.push(request.url()); };
    page.on('request', record);
    await page.setInputFiles('#file', { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(11_000_000) });
    await expect.poll(() => page.locator('#error').innerText()).toMatch(/11 MB; the limit is 10 MB/);
    page.off('request', record);
    expect(uploads).toEqual([]);
    // Declared as an image but cut short: the server cannot decode it.
    await page.setInputFiles('#file', { name: 'broken.jpg', mimeType: 'image/jpeg', buffer: readFileSync(CAT).subarray(0, 500) });
    await expect.poll(() => page.locator('#error').innerText(), { timeout: 20_000 }).toMatch(/damaged|cut short/);
    expect(await page.locator('#predictions li').count()).toBe(0);
    expect(await page.locator('#error').getAttribute('role')).toBe('alert');
  }, 60_000);

  it('shows that it is working while it waits, and says so when the server is busy or gone', async () => {
    await page.setInputFiles('#file', CAT);
    await page.locator('#predictions li').first().waitFor({ timeout: 30_000 });
    // Hold the next classify request until the busy state has been seen, then answer 503.
    let answer!: () => Promise<void>;
    const held = new Promise<void>((resolve) => {
      void page.route('**/api/classify**', (route) => {
        answer = () => route.fulfill({
          status: 503, headers: { 'Retry-After': '7' }, contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'busy', message: 'the queue is full' } }),
        });
        resolve();
      });
    });
    await page.click('#classify');
    await held;
    expect(await page.getAttribute('#results-panel', 'aria-busy')).toBe('true');
    expect(await page.isDisabled('#classify')).toBe(true);
    expect(await page.locator('#spinner').isVisible()).toBe(true);
    await answer();
    await expect.poll(() => page.locator('#error').innerText()).toMatch(/busy.*7 s/);
    expect(await page.isDisabled('#classify')).toBe(false);
    expect(await page.getAttribute('#results-panel', 'aria-busy')).toBe('false');
    // No answer at all.
    await page.unroute('**/api/classify**');
    await page.route('**/api/classify**', (route) => route.abort('connectionrefused'));
    await page.click('#classify');
    await expect.poll(() => page.locator('#error').innerText()).toMatch(/cannot be reached/);
    await page.unroute('**/api/classify**');
  }, 60_000);

  it('can be used with the keyboard: Enter on the focused drop zone opens the picker', async () => {
    // The picker's click is observed on the hidden input: whether headless Chromium then shows a
    // chooser is the browser's business.
    await page.evaluate(() => {
      const input = (globalThis as any).document.getElementById('file');
      input.addEventListener('click', () => { input.dataset.opened = 'yes'; }, { once: true });
    });
    await page.focus('#drop-zone');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('drop-zone');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#file', 'data-opened')).toBe('yes');
    expect(await page.getAttribute('#drop-zone', 'role')).toBe('button');
    await page.setInputFiles('#file', CAT);
    await page.locator('#predictions li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#error').isVisible()).toBe(false);
    expect(await labels()).toEqual(expected.map((p) => p.label));
  }, 60_000);

  it('takes a photo pasted from the clipboard or dropped on the page', async () => {
    const coffee = await classifier.classify(readFileSync('samples/coffee.jpg'), { topK: 3, lang: 'en' });
    const base64 = readFileSync('samples/coffee.jpg').toString('base64');
    // Events built in the page (the test project has no DOM types, hence the casts).
    const send = (kind: 'paste' | 'drop'): Promise<void> => page.evaluate(([kind, base64]) => {
      const g = globalThis as any;
      const bytes = Uint8Array.from(g.atob(base64), (c: string) => c.charCodeAt(0));
      const data = new g.DataTransfer();
      data.items.add(new g.File([bytes], 'coffee.jpg', { type: 'image/jpeg' }));
      const event = kind === 'paste'
        ? new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true })
        : new g.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      (kind === 'paste' ? g.document : g.document.getElementById('drop-zone')).dispatchEvent(event);
    }, [kind, base64] as const);

    await send('paste');
    await expect.poll(labels, { timeout: 30_000 }).toEqual(coffee.map((p) => p.label));
    expect(await page.locator('#file-name').innerText()).toMatch(/coffee\.jpg/);
    await page.setInputFiles('#file', CAT);
    await expect.poll(labels, { timeout: 30_000 }).toEqual(expected.map((p) => p.label));
    await send('drop');
    await expect.poll(labels, { timeout: 30_000 }).toEqual(coffee.map((p) => p.label));
    await page.setInputFiles('#file', CAT);
    await expect.poll(labels, { timeout: 30_000 }).toEqual(expected.map((p) => p.label));
  }, 60_000);

  it('shows how it sees: the input, the filters, every stage\'s feature maps, and a channel enlarged on click or by keyboard', async () => {
    // As if the server had forgotten the photo: the page sends it again with POST.
    await page.route('**/api/explain?id=*', (route) => route.fulfill({
      status: 404, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unknown_image', message: 'forgotten' } }),
    }));
    const explainPost = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/api/explain'));
    await page.click('#how');
    await explainPost;
    await page.unroute('**/api/explain?id=*');
    await page.locator('#how-content .grid-image').first().waitFor({ timeout: 60_000 });
    const images = page.locator('#how-content img');
    // The input, conv1's filters, and six stages.
    await expect.poll(() => images.count()).toBe(8);
    await expect.poll(() => images.evaluateAll((all) => all.every((img: any) => img.complete && img.naturalWidth > 0)), { timeout: 30_000 }).toBe(true);
    const headings = await page.locator('#how-content h3').allInnerTexts();
    for (const stage of ['conv1', 'maxpool', 'layer1', 'layer2', 'layer3', 'layer4']) expect(headings).toContain(stage);

    // Click the tile of channel 9 of layer1 (8 columns of 56-pixel tiles, 2-pixel gaps).
    const layer1 = page.locator('img[data-stage="layer1"]');
    const box = (await layer1.boundingBox())!;
    const natural = await layer1.evaluate((img: any) => img.naturalWidth as number);
    const scale = box.width / natural;
    await layer1.click({ position: { x: (2 + 1 * 58 + 28) * scale, y: (2 + 1 * 58 + 28) * scale } });
    const zoom = page.locator('#how-layer1 .zoom');
    expect(await zoom.getAttribute('data-channel')).toBe('9');
    expect(await zoom.locator('.zoom-caption').innerText()).toMatch(/Channel 9 of 64/);
    // The enlarged canvas holds the tile's pixels, not a blank. (Runs in the page; the test
    // project has no DOM types.)
    const shades = await zoom.locator('canvas').evaluate((c: any) => {
      const data: Uint8ClampedArray = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      return new Set(Array.from({ length: data.length / 4 }, (_, i) => data[i * 4])).size;
    });
    expect(shades).toBeGreaterThan(10);

    // By keyboard: arrow keys on the focused grid, or a channel number.
    await page.focus('#how-layer1 .grid-frame');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await zoom.getAttribute('data-channel')).toBe('18');
    expect(await page.getAttribute('#how-layer1 .grid-frame', 'aria-valuenow')).toBe('18');
    await zoom.locator('input').fill('63');
    expect(await zoom.getAttribute('data-channel')).toBe('63');

    // layer4's channels are the features fc reads; the top-5 starts with the top-3 shown above.
    expect(await page.locator('#how-layer4 .zoom-extra').innerText()).toMatch(/Average: [\d.]+/);
    expect(await page.locator('#how-fc .features li').count()).toBe(10);
    // A strongest feature is a layer4 channel's average: clicking it enlarges that channel.
    const strongest = page.locator('#how-fc .features button').first();
    const feature = (await strongest.locator('.feature-index').innerText()).replace('#', '');
    await strongest.click();
    expect(await page.locator('#how-layer4 .zoom').getAttribute('data-channel')).toBe(feature);
    const top = await page.locator('#how-fc .predictions .label').allInnerTexts();
    expect(top).toHaveLength(5);
    expect(top.slice(0, 3)).toEqual(expected.map((p) => p.label));
    await page.locator('#how-it-sees').screenshot({ path: `${ARTIFACTS}/web-how-it-sees.png` });

    // The steps table opens on request.
    await page.click('#how-content details.steps summary');
    expect(await page.locator('#how-content details.steps tbody tr').count()).toBeGreaterThan(60);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
