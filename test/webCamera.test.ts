// The page's Camera view in Debian's Chromium with a fake camera: Chromium plays a Y4M file
// (--use-file-for-fake-video-capture), which this test writes from a sample photo, and grants the
// camera without asking (--use-fake-ui-for-media-stream). The page classifies the frames in the
// browser; the test checks the answer against the Node library on the very pixels the page
// classified (the frozen frame, read back losslessly), records every request to check that no frame
// leaves the page, and checks that the camera is released when the view is left or the tab hidden.
// The problems a visitor may meet (permission refused, no camera, an insecure page, no WebAssembly
// SIMD) are produced by replacing the browser's functions in a fresh page before its script runs.
// Screenshots: test-artifacts/web-camera*.png.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Browser, type JSHandle, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import type { Prediction } from '../src/classifier/predictions.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';
import { fakeCameraArgs, y4mFromPhoto } from './support/fakeCamera.js';

const ARTIFACTS = 'test-artifacts';
const haveChromium = chromiumAvailable('camera page tests');

describe.skipIf(!haveChromium)('the Camera view, with Chromium\'s fake camera', () => {
  let classifier: Classifier;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let folder: string;
  const requests: { method: string; path: string; body: number }[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    folder = mkdtempSync(join(tmpdir(), 'resnet18-camera-'));
    const video = join(folder, 'cat.y4m');
    writeFileSync(video, await y4mFromPhoto('samples/cat.jpg', 640, 480, 2));
    classifier = await loadModel({ weights: generateResNet18StateDict(IMAGENET_RESNET18, 1), workers: 2 });
    server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {} });
    browser = await launchChromium(fakeCameraArgs(video));
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US', colorScheme: 'light' });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      requests.push({ method: request.method(), path: new URL(request.url()).pathname, body: request.postDataBuffer()?.length ?? 0 });
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await classifier?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const overlayLabels = (): Promise<string[]> => page.locator('#camera-top .label').allInnerTexts();
  const framesSeen = (): Promise<number> => page.locator('#camera-stats').innerText().then((text) => parseFloat(text) || 0);
  /** The frozen frame's pixels, as the lossless PNG the page made of them. */
  const stillPng = async (): Promise<Buffer> => {
    const url = await page.evaluate(() => (globalThis as any).document.getElementById('camera-still').toDataURL('image/png') as string);
    return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  };
  const cameraTrack = (): Promise<JSHandle> => page.evaluateHandle(() => (globalThis as any).document.getElementById('camera-video').srcObject.getVideoTracks()[0]);
  const trackState = (track: JSHandle): Promise<string> => track.evaluate((t: any) => t.readyState as string);

  let frozenTop: Prediction[];

  it('classifies the camera live in the browser: the top 3 over the picture with the frames per second and the inference time', async () => {
    await page.goto(server.url);
    await page.click('#source-camera');
    expect(await page.getAttribute('#source-camera', 'aria-pressed')).toBe('true');
    expect(await page.locator('#drop-zone').isVisible()).toBe(false);
    expect(await page.locator('#mode-hint').innerText()).toMatch(/no frame is uploaded/);
    await page.locator('#camera-top li').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('#camera-top li').count()).toBe(3);
    // A few frames, so that frames per second are counted.
    await expect.poll(framesSeen, { timeout: 30_000 }).toBeGreaterThan(0);
    const stats = await page.locator('#camera-stats').innerText();
    expect(stats).toMatch(/^[\d.]+ fps · inference \d+ ms$/);
    console.log(`camera in Chromium (2 workers, fake 640×480 camera): ${stats}`);
    expect(await page.evaluate(() => (globalThis as any).document.getElementById('camera-video').videoWidth)).toBe(640);
    await page.screenshot({ path: `${ARTIFACTS}/web-camera.png`, fullPage: true });
  }, 150_000);

  it('freezes the frame the answer is about: its top-1 is the Node library\'s top-1 on the same pixels', async () => {
    const live = await overlayLabels();
    await page.click('#camera-freeze');
    await page.locator('#camera-still').waitFor({ state: 'visible' });
    await page.locator('#predictions li').first().waitFor();
    expect(await page.locator('#camera-freeze').innerText()).toBe('Resume');
    const png = await stillPng();
    expect((await sharp(png).metadata()).width).toBe(640);
    frozenTop = await classifier.classify(png, { topK: 3, lang: 'both' });
    const overlay = await overlayLabels();
    expect(overlay[0], 'the top-1 over the frozen frame').toBe(frozenTop[0].label);
    expect(await page.locator('#predictions .label').allInnerTexts()).toEqual(frozenTop.map((p) => p.label));
    // Not only the same order: the same probabilities, to the page's rounding (one decimal of a
    // percent), so a frame preprocessed in any other way than the photo's would be caught.
    const shown = (await page.locator('#predictions .percent').allInnerTexts()).map((text) => parseFloat(text));
    shown.forEach((value, i) => expect(Math.abs(value - frozenTop[i].probability * 100), `${frozenTop[i].label}: ${value} %`).toBeLessThanOrEqual(0.1001));
    // The fake camera shows the same picture in every frame: the live answer was this one too.
    expect(live[0]).toBe(frozenTop[0].label);
    expect(await page.locator('#timing').innerText()).toMatch(/640 × 480 Camera frame/);
    // The camera is released while the frame is frozen.
    expect(await page.evaluate(() => (globalThis as any).document.getElementById('camera-video').srcObject)).toBeNull();
    await page.screenshot({ path: `${ARTIFACTS}/web-camera-frozen.png`, fullPage: true });
  }, 60_000);

  it('uploads nothing: no request carries image data while the camera is classified', () => {
    expect(requests.filter((r) => r.method !== 'GET' || r.body > 0 || r.path.startsWith('/api/classify') || r.path.startsWith('/api/explain'))).toEqual([]);
    const paths = new Set(requests.map((r) => r.path));
    for (const path of paths) expect(path).toMatch(/^\/($|[\w.-]+\.(js|css|svg)$|api\/model$|device\/[\w.-]+\.js$|weights\/resnet18\.bin$)/);
  });

  it('opens "How it sees" on the frozen frame (which sends it to the server, as the page says)', async () => {
    expect(await page.locator('#how-note').innerText()).toMatch(/computed on the server/);
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/api/explain'));
    await page.click('#how');
    const request = await sent;
    expect(request.headers()['content-type']).toBe('image/png');
    await page.locator('#how-content .stage').first().waitFor({ timeout: 60_000 });
    const top = page.locator('#how-content .predictions .label').first();
    expect(await top.innerText()).toBe(frozenTop[0].label);
    await page.click('#how');
  }, 90_000);

  it('speaks Chinese over the picture', async () => {
    await page.click('#lang-zh');
    expect(await overlayLabels().then((labels) => labels[0])).toBe(frozenTop[0].label_zh);
    expect(await page.locator('#camera-freeze').innerText()).toBe('继续');
    expect(await page.locator('#source-camera').innerText()).toBe('摄像头');
    expect(await page.locator('#camera-stats').innerText()).toMatch(/已定格 · 推理 \d+ 毫秒/);
    await page.click('#camera-freeze');
    await expect.poll(() => page.locator('#camera-stats').innerText(), { timeout: 30_000 }).toMatch(/^[\d.]+ 帧\/秒 · 推理 \d+ 毫秒$/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}/web-camera-phone-zh.png`, fullPage: true });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.click('#lang-en');
  }, 60_000);

  it('releases the camera while the tab is hidden, and takes it again when it shows', async () => {
    const track = await cameraTrack();
    expect(await trackState(track)).toBe('live');
    const visibility = (state: 'hidden' | 'visible'): Promise<void> => page.evaluate((state) => {
      const d = (globalThis as any).document;
      Object.defineProperty(d, 'visibilityState', { value: state, configurable: true });
      d.dispatchEvent(new (globalThis as any).Event('visibilitychange'));
    }, state);
    await visibility('hidden');
    expect(await trackState(track)).toBe('ended');
    await visibility('visible');
    await expect.poll(() => page.evaluate(() => (globalThis as any).document.getElementById('camera-video').srcObject?.getVideoTracks()[0]?.readyState ?? null)).toBe('live');
    await page.evaluate(() => { delete (globalThis as any).document.visibilityState; });
  }, 60_000);

  it('stops the camera track when the Camera view is left, and shows the photo view as it was', async () => {
    await expect.poll(framesSeen, { timeout: 30_000 }).toBeGreaterThan(0);
    const track = await cameraTrack();
    await page.click('#source-photo');
    expect(await trackState(track)).toBe('ended');
    expect(await page.evaluate(() => (globalThis as any).document.getElementById('camera-video').srcObject)).toBeNull();
    expect(await page.locator('#camera').isVisible()).toBe(false);
    expect(await page.locator('#drop-zone').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  /** A fresh page whose browser functions are replaced by `script` before the page's own run. */
  async function pageWith(script: string): Promise<Page> {
    const fresh = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
    await fresh.addInitScript(script);
    await fresh.goto(server.url);
    await fresh.click('#source-camera');
    return fresh;
  }

  it.each([
    ['the permission is refused', `navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))`, /permission to use the camera was refused/],
    ['there is no camera', `navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))`, /No camera was found/],
    ['the camera is in use', `navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'))`, /another program may be using it/],
    ['the page is not secure', `Object.defineProperty(window, 'isSecureContext', { value: false })`, /only to secure pages.*https:\/\/.*localhost/],
  ])('says what to do when %s', async (_, script, text) => {
    const fresh = await pageWith(script);
    try {
      await expect.poll(() => fresh.locator('#camera-message').innerText(), { timeout: 30_000 }).toMatch(text);
      expect(await fresh.locator('#camera-message').getAttribute('role')).toBe('alert');
      expect(await fresh.isDisabled('#camera-freeze')).toBe(true);
      await fresh.click('#lang-zh');
      expect(await fresh.locator('#camera-message').innerText()).toMatch(/摄像头/);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('without WebAssembly SIMD, offers to classify one snapshot on the server, and sends nothing until asked', async () => {
    const posts: string[] = [];
    const fresh = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
    try {
      fresh.on('request', (request) => { if (request.method() === 'POST') posts.push(new URL(request.url()).pathname); });
      await fresh.addInitScript('WebAssembly.validate = () => false');
      await fresh.goto(server.url);
      await fresh.click('#source-camera');
      await expect.poll(() => fresh.locator('#camera-message').innerText(), { timeout: 30_000 }).toMatch(/no WebAssembly SIMD.*snapshot/);
      await fresh.locator('#camera-snapshot').waitFor();
      expect(posts).toEqual([]);
      await fresh.click('#camera-snapshot');
      await fresh.locator('#predictions li').first().waitFor({ timeout: 30_000 });
      expect(posts).toEqual(['/api/classify']);
      expect(await fresh.locator('#predictions li').count()).toBe(3);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
