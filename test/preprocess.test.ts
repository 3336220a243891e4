// Preprocessing against PIL + torchvision (test/golden/images, made by
// tools/golden/make_image_golden.py): the resized and cropped pixels and the normalised tensor must
// be identical — maximum difference 0 — for every format sharp and PIL decode the same way.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage, ImageDecodeError, isImageHeader } from '../src/image/decodeImage.js';
import { centerCropOffsets, resizedSize, roundHalfToEven } from '../src/image/centerCrop.js';
import { pillowResize } from '../src/image/pillowResize.js';
import { preprocess, resizeAndCrop } from '../src/image/preprocess.js';
import { loadModel } from '../src/classifier/classifier.js';
import { topK } from '../src/tensor/topK.js';
import { convertCheckpoint } from '../src/weights/convert.js';
import { expectClose } from './support/compare.js';
import { stream } from './support/imageFixtures.js';

const dir = new URL('./golden/images/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
  images: { file: string; expected: string; size: [number, number]; mode: string; tensor_sha256: string }[];
  resize: { name: string; seed: number; size: [number, number]; to: [number, number]; sha256: string }[];
};
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('Pillow\'s bilinear resize', () => {
  it.each(manifest.resize.map((c) => [`${c.size.join('×')} → ${c.to.join('×')}`, c] as const))('%s gives PIL\'s bytes', (_, c) => {
    const [w, h] = c.size;
    const image = { width: w, height: h, data: stream(c.name, c.seed, w * h * 3) };
    const out = pillowResize(image, c.to[0], c.to[1]);
    expect(sha256(out.data)).toBe(c.sha256);
  });

  it('computes a region exactly as the whole image cropped', () => {
    const image = { width: 97, height: 61, data: stream('region', 0, 97 * 61 * 3) };
    const whole = pillowResize(image, 300, 190);
    const region = pillowResize(image, 300, 190, { left: 37, top: 11, width: 50, height: 40 });
    for (let y = 0; y < 40; y++) {
      const a = whole.data.subarray(((11 + y) * 300 + 37) * 3, ((11 + y) * 300 + 87) * 3);
      expect(Buffer.from(region.data.subarray(y * 150, y * 150 + 150)).equals(Buffer.from(a)), `row ${y}`).toBe(true);
    }
  });
});

describe('torchvision\'s Resize(256) and CenterCrop(224) arithmetic', () => {
  it('sizes the short side to 256 and truncates the long side', () => {
    expect(resizedSize(500, 375, 256)).toEqual({ width: 341, height: 256 });
    expect(resizedSize(257, 411, 256)).toEqual({ width: 256, height: 409 });
    expect(resizedSize(900, 31, 256)).toEqual({ width: 7432, height: 256 });
  });

  it('rounds crop offsets half to even, as Python\'s round()', () => {
    expect([16.5, 17.5, 2.5, 3.5, 0.5, 1.2, 1.7].map(roundHalfToEven)).toEqual([16, 18, 2, 4, 0, 1, 2]);
    expect(centerCropOffsets(257, 409, 224)).toEqual({ left: 16, top: 92 });
  });
});

describe('preprocessing against PIL + torchvision', () => {
  it.each(manifest.images.map((m) => [`${m.file} (${m.mode})`, m] as const))('%s: pixels and tensor identical', async (_, m) => {
    const bytes = readFileSync(new URL(m.file, dir));
    const decoded = await decodeImage(bytes);
    expect([decoded.width, decoded.height]).toEqual(m.size);
    const ours = resizeAndCrop(decoded);
    const expected = await sharp(readFileSync(new URL(m.expected, dir))).removeAlpha().raw().toBuffer();
    let differing = 0;
    let maxDiff = 0;
    let first = -1;
    for (let i = 0; i < expected.length; i++) {
      const d = Math.abs(ours.data[i] - expected[i]);
      if (d > 0) {
        differing++;
        if (first < 0) first = i;
        maxDiff = Math.max(maxDiff, d);
      }
    }
    if (differing > 0) {
      const p = Math.floor(first / 3);
      expect.fail(`${m.file}: ${differing} of ${expected.length} bytes differ from PIL's, max by ${maxDiff}; ` +
        `first at pixel (${p % 224}, ${Math.floor(p / 224)}): ours ${ours.data[first]} vs PIL ${expected[first]}`);
    }
    const { tensor, image } = await preprocess(bytes);
    expect(tensor.shape).toEqual([3, 224, 224]);
    expect(image).toEqual({ width: m.size[0], height: m.size[1], format: expect.any(String) });
    expect(sha256(new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength)), 'normalised tensor').toBe(m.tensor_sha256);
  });
});

describe('EXIF orientation', () => {
  const { auto_orient: rotated } = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
    auto_orient: { file: string; size: [number, number]; tensor_sha256: string };
  };

  it('is ignored by default, as torchvision does, and applied with autoOrient as ImageOps.exif_transpose does', async () => {
    const bytes = readFileSync(new URL(rotated.file, dir));
    const plain = await preprocess(bytes);
    expect([plain.image.width, plain.image.height]).toEqual([320, 240]);
    const turned = await preprocess(bytes, { autoOrient: true });
    expect([turned.image.width, turned.image.height]).toEqual(rotated.size);
    const digest = sha256(new Uint8Array(turned.tensor.data.buffer, turned.tensor.data.byteOffset, turned.tensor.data.byteLength));
    expect(digest).toBe(rotated.tensor_sha256);
  });
});

describe('bad images', () => {
  const png100k = (): Uint8Array => {
    // A well-formed PNG that declares 100000 × 100000 RGB pixels: signature, IHDR, a small IDAT
    // (deflated zeros: the start of the first rows), IEND. Decoding it would need 30 GB.
    const chunk = (type: string, data: Uint8Array): Buffer => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(100_000, 0);
    ihdr.writeUInt32BE(100_000, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr), chunk('IDAT', deflateSync(new Uint8Array(300_001 * 4))), chunk('IEND', new Uint8Array(0)),
    ]);
  };
  const jpeg = readFileSync(new URL('photo_500x375.jpg', dir));

  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['text renamed .jpg', Buffer.from('this is not a picture\n'), 'unsupported_format'],
    ['random bytes', stream('random bytes', 0, 4096), 'unsupported_format'],
    ['a zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]), 'unsupported_format'],
    ['a truncated JPEG', jpeg.subarray(0, jpeg.length >> 1), 'corrupt'],
    ['a PNG declaring 100000×100000 pixels', png100k(), 'too_large'],
  ] as const)('refuses %s, quickly, with the right code', async (_, bytes, code) => {
    const started = performance.now();
    const error = await decodeImage(bytes).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImageDecodeError);
    expect((error as ImageDecodeError).code).toBe(code);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('recognises image files by their first bytes', () => {
    for (const m of manifest.images) expect(isImageHeader(readFileSync(new URL(m.file, dir)).subarray(0, 64)), m.file).toBe(true);
    expect(isImageHeader(Buffer.from('hello world, plain text here'))).toBe(false);
  });
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('images end to end against PyTorch', () => {
  const golden = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')).end_to_end as { file: string; logits: number[] }[];

  it.each(golden.map((g) => [g.file, g] as const))('%s: the mini ResNet-18\'s logits within 1e-4, same top-5', async (_, g) => {
    const blob = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'mini.bin');
    convertCheckpoint(fileURLToPath(new URL('../checkpoints/mini_zip.pth', dir)), blob);
    const model = await loadModel({ weights: blob, workers: 2 });
    try {
      const { tensor } = await preprocess(fileURLToPath(new URL(g.file, dir)));
      const logits = await model.forward(tensor);
      expectClose(`${g.file} logits`, logits.data, g.logits, 1e-4);
      const top = await model.classify(fileURLToPath(new URL(g.file, dir)), { topK: 5 });
      expect(top.map((p) => p.index)).toEqual(topK(g.logits, 5).map((r) => r.index));
      expect(top[0].label).toBe(`class ${top[0].index}`);
      // The same image as bytes, as decoded RGBA pixels and as a tensor gives the same answer.
      const bytes = readFileSync(new URL(g.file, dir));
      const rgba = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const raw = { data: rgba.data, width: rgba.info.width, height: rgba.info.height, channels: 4 as const };
      for (const input of [bytes, raw, tensor]) expect(await model.classify(input, { topK: 5 })).toEqual(top);
    } finally {
      await model.close();
    }
  });
});
