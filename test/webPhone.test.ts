// The web page on a phone (390×844, touch only), in Debian's Chromium against the real server, in
// English and in Chinese: the answer is scrolled into view, "How it sees" fits the screen's width
// (its layer chips and steps table scroll inside their own boxes, the page does not), and its help
// says "tap", not "click… arrow keys"; the model starts downloading before the first photo, and the
// wait says so. Screenshots go to test-artifacts/ (git-ignored):
// web-phone-<lang>-answer.png, web-phone-<lang>-how.png.

import { mkdirSync } from 'node:fs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const ARTIFACTS = 'test-artifacts';
const CAT = 'samples/cat.jpg';
const PHONE = { width: 390, height: 844 };
const haveChromium = chromiumAvailable('phone-size page tests');

describe.skipIf(!haveChromium)('the web page on a phone', () => {
  let classifier: Classifier;
  let server: RunningServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    classifier = await loadModel({ weights: generateResNet18StateDict(IMAGENET_RESNET18, 1), workers: 2 });
    server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {} });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await classifier?.close();
  });

  async function phonePage(lang: 'en' | 'zh'): Promise<Page> {
    const page = await browser.newPage({
      viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1,
      locale: lang === 'zh' ? 'zh-CN' : 'en-US', colorScheme: 'light',
    });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    return page;
  }

  /** How far the page itself is wider than the screen (0 when nothing sticks out on the right). */
  const overflow = (page: Page): Promise<number> => page.evaluate(() => {
    const root = (globalThis as any).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  /** The right edge of every element matched, in CSS pixels. */
  const rightEdges = (page: Page, selector: string): Promise<number[]> =>
    page.locator(selector).evaluateAll((all) => all.map((e: any) => e.getBoundingClientRect().right as number));

  it('starts downloading the model when "On this device" is the mode, and says so while a photo waits for it', async () => {
    const page = await phonePage('en');
    try {
      // The weights request arrives before any photo is chosen; it is held until the photo waits.
      let release!: () => Promise<void>;
      const held = new Promise<void>((resolve) => {
        void page.route('**/weights/resnet18.bin', (route) => {
          release = () => route.continue();
          resolve();
        });
      });
      await page.reload();
      await held;
      await page.setInputFiles('#file', CAT);
      await expect.poll(() => page.locator('#spinner').innerText()).toBe('Downloading the model (once)…');
      await page.click('#lang-zh');
      expect(await page.locator('#spinner').innerText()).toBe('正在下载模型（只需一次）…');
      await release();
      await page.locator('#predictions li').first().waitFor({ timeout: 90_000 });
      expect(await page.locator('#spinner').isVisible()).toBe(false);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it.each(['en', 'zh'] as const)('scrolls to the answer, and "How it sees" fits the screen with touch wording (%s)', async (lang) => {
    const page = await phonePage(lang);
    try {
      // On the server, so that the test does not wait for the on-device model (webOnDevice.test.ts covers that).
      await page.click('#mode-server');
      await page.setInputFiles('#file', CAT);
      await page.locator('#predictions li').first().waitFor({ timeout: 60_000 });
      // The answer's first line is on screen without the visitor scrolling.
      await expect.poll(() => page.locator('#predictions li').first().evaluate((e: any) => {
        const box = e.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= (globalThis as any).innerHeight;
      }), { timeout: 5_000 }).toBe(true);
      expect(await page.evaluate(() => (globalThis as any).scrollY)).toBeGreaterThan(0);
      // "Inference" is one short label: the backend is in its tooltip, not wrapped over five lines.
      const inference = page.locator('#timing > div').filter({ hasText: lang === 'en' ? 'Inference' : '推理' });
      expect((await inference.boundingBox())!.height).toBeLessThan(60);
      expect(await inference.getAttribute('title')).toMatch(/wasm|js/);
      await page.screenshot({ path: `${ARTIFACTS}/web-phone-${lang}-answer.png` });

      await page.click('#how');
      await page.locator('#how-content .grid-image').first().waitFor({ timeout: 60_000 });
      await page.click('#how-content details.steps summary');
      expect(await overflow(page), 'nothing sticks out on the right of the page').toBe(0);
      for (const right of await rightEdges(page, '#how-content .pipeline, #how-content .table-wrap, #how-content .stage-body')) {
        expect(right).toBeLessThanOrEqual(PHONE.width);
      }
      // Nothing is hidden behind a sideways scroll either: the chips wrap, each step is a short paragraph.
      for (const selector of ['#how-content .table-wrap', '#how-content .pipeline ol']) {
        expect(await page.locator(selector).evaluate((e: any) => e.scrollWidth - e.clientWidth), selector).toBe(0);
      }
      const intro = await page.locator('#how-it-sees > .hint').innerText();
      expect(intro).toMatch(lang === 'en' ? /Tap a tile to enlarge it\.$/ : /轻触小图即可放大。$/);
      expect(intro).not.toMatch(/arrow keys|方向键|[Cc]lick|点击/);
      await page.screenshot({ path: `${ARTIFACTS}/web-phone-${lang}-how.png`, fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
