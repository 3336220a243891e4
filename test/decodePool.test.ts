// Decoding off the event loop: the decode pool's worker threads give exactly the tensors the
// library's preprocess() gives, start work only when its memory fits the budget (in order), and
// drop work whose client has gone.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageDecodeError } from '../src/image/imageDecodeError.js';
import { decodeMemoryBytes, decodesSlowly, readImageHeader } from '../src/image/imageHeader.js';
import { preprocess } from '../src/image/preprocess.js';
import { DecodePool } from '../src/server/decodePool.js';
import { declaredJpeg, uniformGif } from './support/hostileImages.js';

const IMAGES = 'test/golden/images';
const FORMATS = `${IMAGES}/formats`;
const encoded = [
  ...readdirSync(IMAGES).filter((f) => /\.(jpg|png|gif|tiff|webp|bmp)$/.test(f) && !f.includes('.expected.')).map((f) => `${IMAGES}/${f}`),
  ...readdirSync(FORMATS).filter((f) => !f.endsWith('.rgb.png')).map((f) => `${FORMATS}/${f}`),
  'samples/cat.jpg',
];

const pools: DecodePool[] = [];
function pool(options: ConstructorParameters<typeof DecodePool>[0]): DecodePool {
  const p = new DecodePool(options);
  pools.push(p);
  return p;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

/** A PNG of w×h random-ish pixels: decoding it takes a moment and w·h·3 bytes. */
async function png(width: number, height: number, seed: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761 + seed * 97) >>> 24;
  return sharp(data, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
}

describe('DecodePool', () => {
  it(`gives bit-identical tensors and sizes to preprocess() for all ${encoded.length} test images`, async () => {
    expect(encoded.length).toBeGreaterThan(60);
    const decoder = pool({ workers: 2 });
    for (const file of encoded) {
      const bytes = readFileSync(file);
      const library = await preprocess(bytes);
      const pooled = await decoder.preprocess(bytes, { autoOrient: false, maxPixels: 100_000_000 }, 1);
      expect({ file, image: pooled.image }).toEqual({ file, image: library.image });
      expect(pooled.tensor.shape).toEqual([3, 224, 224]);
      const same = Buffer.from(pooled.tensor.data.buffer).equals(Buffer.from(library.tensor.data.buffer));
      expect({ file, same }).toEqual({ file, same: true });
    }
  }, 120_000);

  it('applies autoOrient as the library does, and fails with the library\'s error codes and messages', async () => {
    const decoder = pool({ workers: 1 });
    const rotated = readFileSync(`${FORMATS}/exif_transpose5_40x30.jpg`);
    const pooled = await decoder.preprocess(rotated, { autoOrient: true, maxPixels: 1e8 }, 1);
    const library = await preprocess(rotated, { autoOrient: true });
    expect(pooled.image).toEqual(library.image);
    expect(Buffer.from(pooled.tensor.data.buffer).equals(Buffer.from(library.tensor.data.buffer))).toBe(true);
    for (const bad of [readFileSync('samples/cat.jpg').subarray(0, 600), readFileSync('package.json'), new Uint8Array(0), readFileSync(`${FORMATS}/gif_interlaced_40x30.gif`).subarray(0, 300)]) {
      const expected = (await preprocess(bad).catch((e: unknown) => e)) as ImageDecodeError;
      const got = (await decoder.preprocess(bad, { autoOrient: false, maxPixels: 1e8 }, 1).catch((e: unknown) => e)) as ImageDecodeError;
      expect(got).toBeInstanceOf(ImageDecodeError);
      expect({ code: got.code, message: got.message }).toEqual({ code: expected.code, message: expected.message });
    }
  });

  it('starts a task only when its memory fits beside the running ones, in arrival order', async () => {
    const decoder = pool({ workers: 3, memoryBytes: 100 });
    const image = await png(600, 400, 1);
    const tasks = [60, 60, 30].map((memory) => decoder.preprocess(image, { autoOrient: false, maxPixels: 1e8 }, memory));
    // 60 runs; 60 more would be 120 > 100, so it waits, and the 30 behind it is not let overtake.
    expect({ running: decoder.running, queued: decoder.queued, reserved: decoder.reservedBytes }).toEqual({ running: 1, queued: 2, reserved: 60 });
    await Promise.all(tasks);
    // The second and third then ran together (60 + 30 ≤ 100), never all three.
    expect(decoder.peakReservedBytes).toBe(90);
  });

  it('runs a task larger than the whole budget alone', async () => {
    const decoder = pool({ workers: 2, memoryBytes: 100 });
    const image = await png(200, 200, 2);
    const tasks = [500, 10].map((memory) => decoder.preprocess(image, { autoOrient: false, maxPixels: 1e8 }, memory));
    expect({ running: decoder.running, queued: decoder.queued }).toEqual({ running: 1, queued: 1 });
    await Promise.all(tasks);
    expect(decoder.peakReservedBytes).toBe(500);
  });

  it('drops a waiting task whose signal aborts, and answers an aborted running one at once', async () => {
    const decoder = pool({ workers: 1 });
    const image = await png(1500, 1000, 3);
    const running = new AbortController();
    const waiting = new AbortController();
    const first = decoder.preprocess(image, { autoOrient: false, maxPixels: 1e8 }, 1, running.signal);
    const second = decoder.preprocess(image, { autoOrient: false, maxPixels: 1e8 }, 1, waiting.signal);
    const third = decoder.preprocess(image, { autoOrient: false, maxPixels: 1e8 }, 1);
    waiting.abort(new Error('client gone (waiting)'));
    running.abort(new Error('client gone (running)'));
    await expect(second).rejects.toThrow('client gone (waiting)');
    await expect(first).rejects.toThrow('client gone (running)');
    await third;
    // The running one finished in its worker; the waiting one never started.
    expect(decoder.decodesRun).toBe(2);
  });
});

describe('readImageHeader', () => {
  it('gives the size decoding gives, for every test image, without decoding', async () => {
    for (const file of encoded) {
      const bytes = readFileSync(file);
      const header = await readImageHeader(bytes);
      const { image } = await preprocess(bytes);
      expect({ file, size: [header.format, header.width, header.height] }).toEqual({ file, size: [image.format, image.width, image.height] });
    }
  });

  it('counts the frames of an animated GIF, and reads a 6320×6320 JPEG header from a few hundred bytes', async () => {
    expect((await readImageHeader(readFileSync(`${IMAGES}/animated_260x270.gif`))).frames).toBeGreaterThan(1);
    expect((await readImageHeader(readFileSync(`${FORMATS}/gif_interlaced_40x30.gif`))).frames).toBe(1);
    const bomb = await declaredJpeg(6320, 6320);
    expect(bomb.length).toBeLessThan(1000);
    const header = await readImageHeader(bomb);
    expect(header).toMatchObject({ format: 'jpeg', width: 6320, height: 6320, frames: 1, decodesToRgb: true });
    // About 3 bytes per pixel of RGB, plus the margin.
    expect(decodeMemoryBytes(header)).toBeGreaterThan(6320 * 6320 * 3);
    expect(decodeMemoryBytes(header)).toBeLessThan(6320 * 6320 * 4);
  });

  it('refuses what decoding refuses: empty, unsupported', async () => {
    await expect(readImageHeader(new Uint8Array(0))).rejects.toMatchObject({ code: 'empty' });
    await expect(readImageHeader(readFileSync('package.json'))).rejects.toMatchObject({ code: 'unsupported_format' });
  });
});

describe('DecodePool against hostile images (issue 21)', () => {
  it('decodes a slow image in a lane of its own: a photo sent after it is answered first, with one worker', async () => {
    const decoder = pool({ workers: 1 });
    const cat = readFileSync('samples/cat.jpg');
    // Both lanes' workers started first, so that the race below is between decodes, not start-ups.
    await Promise.all([decoder.preprocess(cat, { autoOrient: false, maxPixels: 1e8 }, 1), decoder.preprocess(cat, { autoOrient: false, maxPixels: 1e8 }, 1, undefined, true)]);
    // Our own GIF decoder on 25 megapixels: seconds, against a fraction of one for the photo.
    const slow = decoder.preprocess(uniformGif(5000, 5000), { autoOrient: false, maxPixels: 1e8 }, 1, undefined, true);
    const order: string[] = [];
    void slow.then(() => order.push('slow'));
    await decoder.preprocess(await sharp(cat).resize(300).jpeg().toBuffer(), { autoOrient: false, maxPixels: 1e8 }, 1).then(() => order.push('photo'));
    await slow;
    expect(order).toEqual(['photo', 'slow']);
  }, 60_000);

  it('reserves what each format really takes: progressive JPEG coefficients, Adam7 PNG passes, WebP and AVIF decoders', async () => {
    const size = { width: 2000, height: 1500, channels: 3 as const, background: '#3366aa' };
    const header = async (image: sharp.Sharp) => readImageHeader(await image.toBuffer());
    const baseline = await header(sharp({ create: size }).jpeg());
    const progressive420 = await header(sharp({ create: size }).jpeg({ progressive: true }));
    const progressive444 = await header(sharp({ create: size }).jpeg({ progressive: true, chromaSubsampling: '4:4:4' }));
    const png = await header(sharp({ create: size }).png());
    const adam7 = await header(sharp({ create: size }).png({ progressive: true }));
    const webp = await header(sharp({ create: size }).webp());
    const avif = await header(sharp({ create: size }).avif({ effort: 0 }));
    const perPixel = (h: Awaited<ReturnType<typeof header>>): number => (decodeMemoryBytes(h) - 8 * 1024 * 1024) / (2000 * 1500);
    // Measured peaks (bench/hostile.ts formats): 3.5, 6.3, 10.0, 6.0, 10.2–12.4, 18.4 bytes per pixel.
    expect(perPixel(baseline)).toBeCloseTo(3.3, 1);
    expect(perPixel(progressive420)).toBeGreaterThanOrEqual(6.3);
    expect(perPixel(progressive444)).toBeGreaterThanOrEqual(10);
    expect(perPixel(png)).toBeCloseTo(3.3, 1);
    expect(perPixel(adam7)).toBeGreaterThanOrEqual(6);
    expect(perPixel(webp)).toBeGreaterThanOrEqual(12.4);
    expect(perPixel(avif)).toBeGreaterThanOrEqual(18.4);
    expect([baseline, png, webp].map(decodesSlowly)).toEqual([false, false, false]);
    expect(decodesSlowly(avif)).toBe(true);
  }, 60_000);

  it('keeps decoded pixels off the disk: a 6000×6000 WebP decodes with TMPDIR an empty folder that stays empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decode-disk-'));
    const empty = join(dir, 'tmp');
    const webp = join(dir, 'big.webp');
    try {
      // Decoded, 108 MB of RGB: past libvips' default disc threshold of 100 MB.
      writeFileSync(webp, await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#336699' } }).webp().toBuffer());
      mkdirSync(empty);
      const script = `
        import { readFileSync } from 'node:fs';
        import { DecodePool } from './src/server/decodePool.ts';
        import { readImageHeader, decodeMemoryBytes } from './src/image/imageHeader.ts';
        const bytes = readFileSync(${JSON.stringify(webp)});
        const pool = new DecodePool({ workers: 1 });
        const pre = await pool.preprocess(bytes, { autoOrient: false, maxPixels: 1e8 }, decodeMemoryBytes(await readImageHeader(bytes)));
        console.log(pre.image.width, pre.image.height);
        await pool.close();`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TMPDIR: empty, TSX_DISABLE_CACHE: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (chunk) => { out += chunk; });
      child.stderr.on('data', (chunk) => { out += chunk; });
      const seen = new Set<string>();
      const watch = setInterval(() => { for (const name of readdirSync(empty)) seen.add(name); }, 2);
      const code = await new Promise((resolve) => child.on('exit', resolve));
      clearInterval(watch);
      for (const name of readdirSync(empty)) seen.add(name);
      expect(out.trim()).toBe('6000 6000');
      expect(code).toBe(0);
      expect([...seen]).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
