// The step-through's pictures: the grid layout the web page relies on, pixels that are the
// channels' values, conv1's filters, the input, and `resnet18 explain --maps`.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { featureMapGrid, GAP_GREY, gridLayout, gridSize, tileOrigin } from '../src/explain/featureMapGrid.js';
import { filterGrid } from '../src/explain/filterGrid.js';
import { inputImage } from '../src/explain/inputImage.js';
import { stageModule } from '../src/explain/explainImage.js';
import { normalize } from '../src/image/normalize.js';
import { rgbImage } from '../src/image/rgbImage.js';
import { writeBlob } from '../src/weights/blob.js';
import { randomStateDict } from './support/random.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';
import { pathToFileURL } from 'node:url';

/** A PNG's own pixels: grey PNGs as one channel (sharp's raw output would expand them to RGB). */
async function decode(png: Buffer): Promise<{ data: Buffer; width: number; height: number; channels: number }> {
  const { channels } = await sharp(png).metadata();
  const pipeline = channels === 1 ? sharp(png).extractChannel(0) : sharp(png);
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: channels ?? info.channels };
}

describe('grid layout', () => {
  it('lays 64 channels 8×8, 128 and 256 16 wide, 512 32 wide, and enlarges small maps to at least 28 px', () => {
    expect(gridLayout(64, 112, 112)).toEqual({ count: 64, columns: 8, rows: 8, tileWidth: 112, tileHeight: 112, gap: 2, scale: 1 });
    expect(gridLayout(128, 28, 28)).toMatchObject({ columns: 16, rows: 8, scale: 1 });
    expect(gridLayout(256, 14, 14)).toMatchObject({ columns: 16, rows: 16, scale: 2, tileWidth: 28 });
    expect(gridLayout(512, 7, 7)).toMatchObject({ columns: 32, rows: 16, scale: 4, tileWidth: 28, tileHeight: 28 });
    expect(gridLayout(3, 5, 9)).toMatchObject({ columns: 2, rows: 2, scale: 6, tileWidth: 54, tileHeight: 30 });
  });

  it('places channel c at col c % columns, row c / columns, after the gaps', () => {
    const layout = gridLayout(64, 56, 56);
    expect(tileOrigin(layout, 0)).toEqual({ x: 2, y: 2 });
    expect(tileOrigin(layout, 9)).toEqual({ x: 2 + 58, y: 2 + 58 });
    expect(tileOrigin(layout, 63)).toEqual({ x: 2 + 7 * 58, y: 2 + 7 * 58 });
    expect(gridSize(layout)).toEqual({ width: 2 + 8 * 58, height: 2 + 8 * 58 });
  });
});

describe('feature map grid', () => {
  it('draws each channel stretched to its own min..max, enlarged by whole pixels, a constant channel black', async () => {
    // Three channels of 2×3: a ramp, a ramp ×100 shifted, and all zeros.
    const values = new Float32Array([0, 1, 2, 3, 4, 5, -100, 0, 100, 200, 300, 400, 0, 0, 0, 0, 0, 0]);
    const grid = await featureMapGrid(values, 0, 3, 2, 3);
    expect(grid).toMatchObject({ columns: 2, rows: 2, scale: 14, tileWidth: 42, tileHeight: 28 });
    const image = await decode(grid.png);
    expect([image.width, image.height, image.channels]).toEqual([2 + 2 * 44, 2 + 2 * 30, 1]);
    const expected = [0, 51, 102, 153, 204, 255];
    for (const channel of [0, 1]) {
      const { x, y } = tileOrigin(grid, channel);
      for (let i = 0; i < 6; i++) {
        const px = x + (i % 3) * 14 + 7;
        const py = y + Math.floor(i / 3) * 14 + 7;
        expect(image.data[py * image.width + px]).toBe(expected[i]);
      }
    }
    const blank = tileOrigin(grid, 2);
    expect(image.data[(blank.y + 5) * image.width + blank.x + 5]).toBe(0);
    expect(image.data[0]).toBe(GAP_GREY);
    // The fourth cell of the 2×2 grid is empty: gap grey.
    const empty = tileOrigin(grid, 3);
    expect(image.data[(empty.y + 5) * image.width + empty.x + 5]).toBe(GAP_GREY);
  });

  it('reads one image of a batch from its offset', async () => {
    const values = new Float32Array(2 * 4).map((_, i) => (i < 4 ? 7 : i));
    const image = await decode((await featureMapGrid(values, 4, 1, 2, 2)).png);
    const { x, y } = tileOrigin(gridLayout(1, 2, 2), 0);
    expect(image.data[y * image.width + x]).toBe(0);
    expect(image.data[(y + 27) * image.width + x + 27]).toBe(255);
  });
});

describe('conv1 filters', () => {
  it('draws each filter in colour around mid-grey, scaled by its own largest weight', async () => {
    const weights = new Float32Array(2 * 3 * 7 * 7);
    weights[0] = 0.5; // filter 0, red, pixel (0, 0): its largest weight
    weights[49] = -0.5; // filter 0, green, pixel (0, 0)
    weights[147 + 2 * 49 + 48] = 3; // filter 1, blue, pixel (6, 6)
    const grid = await filterGrid({ shape: [2, 3, 7, 7], data: weights });
    expect(grid).toMatchObject({ count: 2, columns: 2, rows: 1, scale: 8, tileWidth: 56 });
    const image = await decode(grid.png);
    expect(image.channels).toBe(3);
    const at = (x: number, y: number): number[] => [...image.data.subarray((y * image.width + x) * 3, (y * image.width + x) * 3 + 3)];
    const f0 = tileOrigin(grid, 0);
    expect(at(f0.x + 3, f0.y + 3)).toEqual([255, 0, 128]);
    expect(at(f0.x + 20, f0.y + 20)).toEqual([128, 128, 128]);
    const f1 = tileOrigin(grid, 1);
    expect(at(f1.x + 55, f1.y + 55)).toEqual([128, 128, 255]);
  });
});

describe('input picture', () => {
  it('turns the normalised tensor back into the pixels it was made from', async () => {
    const rgb = rgbImage(4, 3);
    rgb.data.forEach((_, i) => { rgb.data[i] = (i * 37) % 256; });
    const picture = await inputImage(normalize(rgb).data, 3, 4);
    const image = await decode(picture.png);
    expect([...image.data]).toEqual([...rgb.data]);
  });
});

describe('stages', () => {
  it('shows conv1 after its ReLU and each layer at its last block', () => {
    const names = ['conv1', 'bn1', 'relu', 'maxpool', 'layer1.0', 'layer1.1.conv1', 'layer1.1', 'layer2.0', 'layer2.1'];
    expect(stageModule('conv1', names)).toBe('relu');
    expect(stageModule('maxpool', names)).toBe('maxpool');
    expect(stageModule('layer1', names)).toBe('layer1.1');
    expect(stageModule('layer2', names)).toBe('layer2.1');
    expect(stageModule('layer3', names)).toBeUndefined();
  });
});

describe('resnet18 explain --maps', () => {
  async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out: Output = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stderrIsTTY: false, env: {} };
    const code = await main(args, out);
    return { code, stdout, stderr };
  }
  const dir = mkdtempSync(join(tmpdir(), 'explain-maps-'));
  const weights = join(dir, 'small.bin');
  writeFileSync(weights, writeBlob(randomStateDict({ widths: [8, 8, 16, 16], numClasses: 10 })));

  it('writes the input, the filters, a grid per stage and an index.html that shows them in order', async () => {
    const maps = join(dir, 'maps', 'cat');
    const { code, stdout, stderr } = await run(['explain', 'samples/cat.jpg', '--maps', maps, '--weights', weights, '--workers', '1']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/wrote 9 files/);
    expect(stdout).toMatch(/layer4\.1\.conv2/);
    const files = ['input.png', 'conv1-filters.png', '1-conv1.png', '2-maxpool.png', '3-layer1.png', '4-layer2.png', '5-layer3.png', '6-layer4.png'];
    const html = readFileSync(join(maps, 'index.html'), 'utf8');
    let last = -1;
    for (const file of files) {
      expect(existsSync(join(maps, file))).toBe(true);
      const at = html.indexOf(`src="${file}"`);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    const layer4 = await sharp(join(maps, '6-layer4.png')).metadata();
    const layout = gridLayout(16, 7, 7);
    expect([layer4.width, layer4.height]).toEqual([gridSize(layout).width, gridSize(layout).height]);
    // Shown at their natural pixel size, so the channel numbers stay readable.
    expect(html).toContain(`src="6-layer4.png" alt="16 feature maps of layer4" width="${layer4.width}" height="${layer4.height}"`);
    const conv1 = await sharp(join(maps, '1-conv1.png')).metadata();
    expect(html).toContain(`src="1-conv1.png" alt="8 feature maps of conv1" width="${conv1.width}" height="${conv1.height}"`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each(['js', 'wasm'])('names the kernel of every step; --plan fused shows the fused steps with their Winograd or im2col kernels (%s backend)', async (backend) => {
    const json = async (plan: string): Promise<{ steps: { name: string; op: string; kernel: string }[]; top: { index: number }[] }> => {
      const { code, stdout, stderr } = await run(['explain', 'samples/cat.jpg', '--json', '--plan', plan, '--weights', weights, '--workers', '2', '--backend', backend]);
      expect(code, stderr).toBe(0);
      return JSON.parse(stdout);
    };
    const reference = await json('reference');
    const fused = await json('fused');
    expect(reference.steps.find((s) => s.name === 'layer1.0.conv1')!.kernel).toMatch(/^im2col \+ GEMM/);
    expect(reference.steps.find((s) => s.name === 'maxpool')!.kernel).toMatch(/max over windows/);
    // Fused: one step per convolution (BatchNorm, add and ReLU in its epilogue); 3×3 stride-1 layers by Winograd.
    expect(fused.steps.map((s) => s.op)).not.toContain('batchNorm');
    expect(fused.steps.find((s) => s.name === 'layer1.0.conv1')!.kernel).toMatch(/^Winograd F\(4×4, 3×3\)/);
    expect(fused.steps.find((s) => s.name === 'layer4.0.conv2')!.kernel).toMatch(/^Winograd F\(2×2, 3×3\)/);
    expect(fused.steps.find((s) => s.name === 'layer2.0.conv1')!.kernel).toMatch(/^im2col \+ GEMM/);
    expect(fused.steps.length).toBeLessThan(reference.steps.length);
    expect(fused.top[0].index).toBe(reference.top[0].index);
  });

  it.skipIf(!chromiumAvailable('explain --maps page test'))('enlarges the channel whose tile is clicked, opened from the disk', async () => {
    const maps = join(dir, 'maps', 'click');
    expect((await run(['explain', 'samples/cat.jpg', '--maps', maps, '--weights', weights, '--workers', '1'])).code).toBe(0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(maps, 'index.html')).href);
      // layer1 of this model: 8 channels of 56×56 in 4 columns; channel 5 is column 1, row 1.
      const layer1 = page.locator('img[src="3-layer1.png"]');
      const box = (await layer1.boundingBox())!;
      expect(box.width).toBe(gridSize(gridLayout(8, 56, 56)).width);
      await layer1.click({ position: { x: 2 + 58 + 28, y: 2 + 58 + 28 } });
      expect(await page.locator('#zoom').evaluate((d: any) => d.open)).toBe(true);
      expect(await page.locator('#zoom p').innerText()).toBe('layer1: channel 5 of 8');
      expect(await page.locator('#zoom canvas').evaluate((c: any) => [c.width, c.height])).toEqual([280, 280]);
      await page.locator('#zoom').click();
      expect(await page.locator('#zoom').evaluate((d: any) => d.open)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('refuses a --maps path that is a file, before computing anything', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await run(['explain', 'samples/cat.jpg', '--maps', file, '--weights', weights]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a directory/);
  });
});
