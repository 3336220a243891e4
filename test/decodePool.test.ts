// Decoding off the event loop: the decode pool's worker threads give exactly the tensors the
// library's preprocess() gives, start work only when its memory fits the budget (in order), and
// drop work whose client has gone.

import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageDecodeError } from '../src/image/imageDecodeError.js';
import { decodeMemoryBytes, readImageHeader } from '../src/image/imageHeader.js';
import { preprocess } from '../src/image/preprocess.js';
import { DecodePool } from '../src/server/decodePool.js';
import { declaredJpeg } from './support/hostileImages.js';

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
