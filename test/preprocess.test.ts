// Preprocessing against PIL + torchvision (test/golden/images, made by
// tools/golden/make_image_golden.py), checked layer by layer so a failure says where it starts:
//
//   decode    our decodeImage + convertToRgb vs PIL's Image.open(f).convert('RGB')   (rgb_sha256)
//   resize    our Resize(256) + CenterCrop(224) vs torchvision's on PIL               (*.expected.png)
//   tensor    our ToTensor + Normalize vs torchvision's                               (tensor_sha256)
//
// The maximum difference allowed is 0 everywhere. Every fixture — JPEG (baseline, progressive,
// 4:4:4, 4:2:2, grey, CMYK with and without the Adobe marker, ICC-tagged), PNG (8/16-bit RGB, RGBA,
// grey, grey + alpha, 1/2/4-bit, palette with and without transparency, tRNS, Adam7, ICC-tagged),
// WebP (lossy, lossless, alpha), GIF (first frame, transparency, interlace, frames at an offset),
// TIFF (RGB, grey, CMYK, 16-bit grey, 1-bit, palette, RGBA) and BMP (1/4/8/24/32-bit, top-down,
// OS/2, bit fields) — decodes to exactly PIL's bytes. No decode case differs from PIL. AVIF has no
// PIL reference (Pillow 9.4 cannot open it); it is checked against the pixels it was encoded from.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/classifier/classifier.js';
import { centerCrop, centerCropOffsets, roundHalfToEven } from '../src/image/centerCrop.js';
import { convertToRgb } from '../src/image/convertToRgb.js';
import { decodeImage, ImageDecodeError, isImageHeader } from '../src/image/decodeImage.js';
import { normalizationTable, normalize } from '../src/image/normalize.js';
import { pillowResize, pillowResizeReference, pillowResizeWindow, sourceWindow } from '../src/image/pillowResize.js';
import { cropSource, pixelsToTensor, windowToTensor } from '../src/image/pixelsToTensor.js';
import { loadRgb, preprocess, resizeAndCrop } from '../src/image/preprocess.js';
import { resizedSize } from '../src/image/resize.js';
import type { RgbImage } from '../src/image/rgbImage.js';
import { topK } from '../src/tensor/topK.js';
import { convertCheckpoint } from '../src/weights/convert.js';
import { expectClose } from './support/compare.js';
import { stream } from './support/imageFixtures.js';
import { GOLDEN_BOUND } from './support/goldenBound.js';

interface ImageCase {
  file: string;
  size: [number, number];
  mode: string;
  format: string;
  rgb_sha256: string;
  tensor_sha256: string;
  expected?: string;
  rgb?: string;
  note?: string;
}
interface Manifest {
  /** Images of a few hundred pixels, with PIL's 224×224 crop as reference (`expected`). */
  images: ImageCase[];
  /** Small images in formats/, one per decoding rule, with PIL's decoded RGB as reference (`rgb`). */
  formats: ImageCase[];
  resize: { name: string; seed: number; size: [number, number]; to: [number, number]; sha256: string }[];
  center_crop: { name: string; seed: number; size: [number, number]; sha256: string }[];
  normalize: { mean: number[]; std: number[]; values: number[] };
  auto_orient: { file: string; size: [number, number]; rgb_sha256: string; tensor_sha256: string }[];
  end_to_end: { file: string; logits: number[] }[];
}

const dir = new URL('./golden/images/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
const fixture = (file: string): Buffer => readFileSync(new URL(file, dir));
const allImages = [...manifest.images, ...manifest.formats];
const sha256 = (bytes: Uint8Array | Float32Array): string =>
  createHash('sha256').update(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).digest('hex');
const prng = (name: string, seed: number, w: number, h: number): RgbImage => ({ width: w, height: h, data: stream(name, seed, w * h * 3) });

/** Where two RGB images differ, for a failure message ("" if they are equal). */
function describeDifference(what: string, ours: Uint8Array, reference: Uint8Array, width: number): string {
  if (ours.length !== reference.length) return `${what}: ${ours.length} bytes, reference ${reference.length}`;
  let differing = 0;
  let maxDiff = 0;
  let first = -1;
  for (let i = 0; i < reference.length; i++) {
    const d = Math.abs(ours[i] - reference[i]);
    if (d > 0) {
      differing++;
      maxDiff = Math.max(maxDiff, d);
      if (first < 0) first = i;
    }
  }
  if (differing === 0) return '';
  const p = Math.floor(first / 3);
  return `${what}: ${differing} of ${reference.length} bytes differ, max by ${maxDiff}; first at pixel ` +
    `(${p % width}, ${Math.floor(p / width)}) channel ${first % 3}: ours ${ours[first]}, PIL ${reference[first]}`;
}

const pngPixels = async (file: string): Promise<Uint8Array> => new Uint8Array(await sharp(fixture(file)).removeAlpha().raw().toBuffer());

describe('Pillow\'s bilinear resize', () => {
  it.each(manifest.resize.map((c) => [`${c.size.join('×')} → ${c.to.join('×')}`, c] as const))('%s: the same bytes as PIL, fast and reference', (_, c) => {
    const image = prng(c.name, c.seed, c.size[0], c.size[1]);
    expect(sha256(pillowResizeReference(image, c.to[0], c.to[1]).data), 'reference').toBe(c.sha256);
    expect(sha256(pillowResize(image, c.to[0], c.to[1]).data), 'fast').toBe(c.sha256);
  });

  it('computes any region exactly as the whole resize cropped (zeros outside), over many shapes', () => {
    const shapes: [number, number, number, number][] = [
      [97, 61, 300, 190], [61, 97, 40, 33], [1, 1, 5, 3], [13, 7, 13, 50], [50, 9, 17, 9], [2, 300, 256, 38400], [333, 5, 20, 1],
    ];
    let trial = 0;
    for (const [w, h, tw, th] of shapes) {
      const image = prng('region', trial, w, h);
      const whole = pillowResizeReference(image, tw, th);
      for (const [l, t, rw, rh] of [[0, 0, tw, th], [3, 1, 5, 4], [-2, -3, tw + 5, 4], [tw - 1, th - 1, 3, 3], [tw >> 1, th >> 1, 1, 1]]) {
        const region = pillowResize(image, tw, th, { left: l, top: t, width: rw, height: rh });
        for (let y = 0; y < rh; y++) {
          for (let x = 0; x < rw; x++) {
            const inside = x + l >= 0 && x + l < tw && y + t >= 0 && y + t < th;
            for (let c = 0; c < 3; c++) {
              const want = inside ? whole.data[((y + t) * tw + x + l) * 3 + c] : 0;
              if (region.data[(y * rw + x) * 3 + c] !== want) {
                expect.fail(`${w}×${h} → ${tw}×${th}, region ${rw}×${rh}+${l}+${t}: pixel (${x}, ${y}) channel ${c} is ${region.data[(y * rw + x) * 3 + c]}, whole resize has ${want}`);
              }
            }
          }
        }
      }
      trial++;
    }
  });
});

describe('the resize of a window of the image (only the pixels a crop reads, RGB or RGBA)', () => {
  /** The rectangle `r` of `image`, with `channels` channels (alpha 255). */
  const windowOf = (image: RgbImage, r: { left: number; top: number; width: number; height: number }, channels: 3 | 4) => {
    const data = new Uint8Array(r.width * r.height * channels).fill(255);
    for (let y = 0; y < r.height; y++) {
      for (let x = 0; x < r.width; x++) {
        for (let c = 0; c < 3; c++) data[(y * r.width + x) * channels + c] = image.data[((y + r.top) * image.width + x + r.left) * 3 + c];
      }
    }
    return { data, channels, fullWidth: image.width, fullHeight: image.height, ...r };
  };

  it('gives the whole resize\'s bytes from just sourceWindow()\'s pixels, over many shapes and regions, RGB and RGBA', () => {
    const shapes: [number, number, number, number][] = [[97, 61, 300, 190], [61, 97, 40, 33], [13, 7, 13, 50], [50, 9, 17, 9], [640, 480, 341, 256], [333, 5, 20, 1]];
    let trial = 0;
    for (const [w, h, tw, th] of shapes) {
      const image = prng('window', trial++, w, h);
      for (const region of [{ left: 0, top: 0, width: tw, height: th }, { left: 3, top: 1, width: 5, height: 4 }, { left: tw >> 2, top: th >> 2, width: tw >> 1, height: Math.max(1, th >> 1) }]) {
        const want = pillowResize(image, tw, th, region);
        const source = sourceWindow(w, h, tw, th, region);
        for (const channels of [3, 4] as const) {
          const got = pillowResizeWindow(windowOf(image, source, channels), tw, th, region);
          expect(sha256(got.data), `${w}×${h} → ${tw}×${th}, region ${JSON.stringify(region)}, ${channels} channels`).toBe(sha256(want.data));
        }
      }
    }
  });

  it('makes torchvision\'s tensor from cropSource()\'s pixels of a large photo, and from RGBA in place', () => {
    const image = prng('crop source', 1, 1203, 901);
    const source = cropSource(image.width, image.height);
    expect(source.width * source.height, 'fewer pixels than the whole image').toBeLessThan(image.width * image.height);
    const want = sha256(normalize(resizeAndCrop(image)).data);
    expect(sha256(windowToTensor(windowOf(image, source, 4)).data)).toBe(want);
    const rgba = windowOf(image, { left: 0, top: 0, width: image.width, height: image.height }, 4);
    expect(sha256(pixelsToTensor({ data: rgba.data, width: image.width, height: image.height, channels: 4 }).data)).toBe(want);
  });

  it('refuses a window that lacks pixels the resize reads, naming them', () => {
    const image = prng('short window', 2, 400, 300);
    const source = cropSource(400, 300);
    const short = windowOf(image, { ...source, width: source.width - 1 }, 3);
    expect(() => windowToTensor(short)).toThrow(/reads columns \d+–\d+ and rows \d+–\d+, outside the \d+×\d+ window/);
  });
});

describe('torchvision\'s Resize(256) and CenterCrop(224) arithmetic', () => {
  it('sizes the short side to 256 and truncates the long side', () => {
    expect(resizedSize(500, 375, 256)).toEqual({ width: 341, height: 256 });
    expect(resizedSize(257, 411, 256)).toEqual({ width: 256, height: 409 });
    expect(resizedSize(900, 31, 256)).toEqual({ width: 7432, height: 256 });
    expect(resizedSize(300, 300, 256)).toEqual({ width: 256, height: 256 });
    expect(resizedSize(1, 50, 256)).toEqual({ width: 256, height: 12800 });
  });

  it('rounds crop offsets half to even, as Python\'s round(), and pads small images', () => {
    expect([16.5, 17.5, 2.5, 3.5, 0.5, 1.2, 1.7].map(roundHalfToEven)).toEqual([16, 18, 2, 4, 0, 1, 2]);
    expect(centerCropOffsets(257, 409, 224)).toEqual({ left: 16, top: 92 });
    expect(centerCropOffsets(100, 223, 224)).toEqual({ left: -62, top: 0 });
  });

  it.each(manifest.center_crop.map((c) => [c.size.join('×'), c] as const))('CenterCrop(224) of %s: the same bytes as torchvision', (_, c) => {
    expect(sha256(centerCrop(prng(c.name, c.seed, c.size[0], c.size[1]), 224).data)).toBe(c.sha256);
  });
});

describe('ToTensor + Normalize', () => {
  it('gives torchvision\'s float32 value for every intensity in every channel', () => {
    const ours = normalizationTable(manifest.normalize.mean, manifest.normalize.std);
    const reference = Float32Array.from(manifest.normalize.values);
    const wrong = [...ours.keys()].filter((i) => ours[i] !== reference[i]);
    expect(wrong.map((i) => `channel ${i >> 8} value ${i & 255}: ours ${ours[i]}, torch ${reference[i]}`)).toEqual([]);
  });
});

describe('decoding, as PIL\'s Image.open(f).convert(\'RGB\')', () => {
  it.each(allImages.map((m) => [`${m.file} (PIL ${m.format} ${m.mode}${m.note ? `: ${m.note}` : ''})`, m] as const))('%s', async (_, m) => {
    const decoded = await decodeImage(fixture(m.file));
    const rgb = convertToRgb(decoded);
    expect([rgb.width, rgb.height]).toEqual(m.size);
    if (sha256(rgb.data) === m.rgb_sha256) return;
    const detail = m.rgb ? describeDifference(m.file, rgb.data, await pngPixels(m.rgb), rgb.width) : `${m.file}: decoded bytes differ from PIL's`;
    expect.fail(detail);
  });
});

describe('the whole transform, as torchvision\'s', () => {
  it.each(allImages.map((m) => [m.file, m] as const))('%s: crop and tensor identical', async (_, m) => {
    const bytes = fixture(m.file);
    if (m.expected) {
      const { rgb } = await loadRgb(bytes);
      const detail = describeDifference(`${m.file} after Resize + CenterCrop`, resizeAndCrop(rgb).data, await pngPixels(m.expected), 224);
      if (detail) expect.fail(detail);
    }
    const { tensor, image } = await preprocess(bytes);
    expect(tensor.shape).toEqual([3, 224, 224]);
    expect(image).toEqual({ width: m.size[0], height: m.size[1], format: m.format.toLowerCase() });
    expect(sha256(tensor.data), 'normalised tensor').toBe(m.tensor_sha256);
  });

  it('gives the same tensor for a path, bytes, and raw RGB or RGBA pixels', async () => {
    const file = fileURLToPath(new URL('photo_500x375.jpg', dir));
    const fromPath = await preprocess(file);
    const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const rgba = await preprocess({ data, width: info.width, height: info.height, channels: 4 });
    const rgb = await preprocess({ data: (await loadRgb(file)).rgb.data, width: 500, height: 375, channels: 3 });
    for (const other of [rgba, rgb]) expect(sha256(other.tensor.data)).toBe(sha256(fromPath.tensor.data));
    expect(rgba.image).toEqual({ width: 500, height: 375, format: 'raw' });
  });
});

describe('EXIF orientation', () => {
  it.each(manifest.auto_orient.map((c) => [c.file, c] as const))('%s: ignored by default, as torchvision; applied with autoOrient as ImageOps.exif_transpose', async (_, c) => {
    const bytes = fixture(c.file);
    const plain = allImages.find((m) => m.file === c.file)!;
    expect((await preprocess(bytes)).image).toMatchObject({ width: plain.size[0], height: plain.size[1] });
    const turned = await loadRgb(bytes, { autoOrient: true });
    expect([turned.rgb.width, turned.rgb.height]).toEqual(c.size);
    expect(sha256(turned.rgb.data), 'pixels').toBe(c.rgb_sha256);
    expect(sha256((await preprocess(bytes, { autoOrient: true })).tensor.data), 'tensor').toBe(c.tensor_sha256);
  });
});

describe('AVIF (no PIL reference: Pillow 9.4 cannot open it)', () => {
  it('decodes a lossless AVIF to the pixels it was made from', async () => {
    const { rgb } = await loadRgb(fixture('rgb_100x60.png'));
    const avif = await sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } }).avif({ lossless: true }).toBuffer();
    expect(isImageHeader(avif.subarray(0, 64))).toBe(true);
    const decoded = await loadRgb(avif);
    expect(decoded.format).toBe('avif');
    expect(describeDifference('AVIF', decoded.rgb.data, rgb.data, rgb.width)).toBe('');
  });
});

describe('bad input', () => {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  // A well-formed PNG declaring 100000 × 100000 RGB pixels: signature, IHDR with a valid CRC, a small
  // IDAT (the deflated start of the first rows), IEND. Decoding it would need 30 GB.
  const pngBomb = (): Buffer => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(100_000, 0);
    ihdr.writeUInt32BE(100_000, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr), chunk('IDAT', deflateSync(new Uint8Array(300_001 * 4))), chunk('IEND', new Uint8Array(0)),
    ]);
  };
  // A real JPEG whose frame header (SOF0) is patched to say 60000 × 60000.
  const jpegBomb = (): Buffer => {
    const jpeg = Buffer.from(fixture('photo_500x375.jpg'));
    for (let i = 2; i < jpeg.length;) {
      const marker = jpeg[i + 1];
      if (marker === 0xc0 || marker === 0xc2) {
        jpeg.writeUInt16BE(60_000, i + 5);
        jpeg.writeUInt16BE(60_000, i + 7);
        return jpeg;
      }
      i += 2 + jpeg.readUInt16BE(i + 2);
    }
    throw new Error('no SOF in the fixture');
  };
  const gifBomb = (): Buffer => {
    const gif = Buffer.from(fixture('formats/gif_interlaced_40x30.gif'));
    gif.writeUInt16LE(65_000, 6);
    gif.writeUInt16LE(65_000, 8);
    return gif;
  };
  const bmpBomb = (): Buffer => {
    const bmp = Buffer.from(fixture('formats/bmp_rgb24_37x29.bmp'));
    bmp.writeInt32LE(100_000, 18);
    bmp.writeInt32LE(100_000, 22);
    return bmp;
  };
  const bmpRle = (): Buffer => {
    const bmp = Buffer.from(fixture('formats/bmp_pal8_37x29.bmp'));
    bmp.writeUInt32LE(1, 30);
    return bmp;
  };
  const jpeg = fixture('photo_500x375.jpg');
  const gif = fixture('formats/gif_transparent_40x30.gif');
  const zip = zipSync({ 'photo.jpg': new Uint8Array(jpeg), 'notes.txt': new TextEncoder().encode('hello') });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty', /empty/],
    ['text renamed .jpg', Buffer.from('this is not a picture\n'), 'unsupported_format', /supported format \(JPEG, PNG, WebP, GIF, TIFF, BMP, AVIF\); it looks like text/],
    ['random bytes', stream('random bytes', 0, 4096), 'unsupported_format', /not an image in a supported format/],
    ['a zip', zip, 'unsupported_format', /ZIP archive/],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'unsupported_format', /SVG/],
    ['an RLE-compressed BMP', bmpRle(), 'unsupported_format', /RLE/],
    ['a truncated JPEG', jpeg.subarray(0, jpeg.length >> 1), 'corrupt', /JPEG/],
    ['a truncated GIF', gif.subarray(0, gif.length - 60), 'corrupt', /GIF/],
    ['a truncated BMP', fixture('formats/bmp_rgb24_37x29.bmp').subarray(0, 500), 'corrupt', /BMP/],
    ['a PNG declaring 100000×100000 pixels', pngBomb(), 'too_large', /100000×100000/],
    ['a JPEG declaring 60000×60000 pixels', jpegBomb(), 'too_large', /60000×60000/],
    ['a GIF declaring 65000×65000 pixels', gifBomb(), 'too_large', /65000×65000/],
    ['a BMP declaring 100000×100000 pixels', bmpBomb(), 'too_large', /100000×100000/],
  ] as const)('refuses %s quickly, with the right code and message', async (_, bytes, code, message) => {
    const started = performance.now();
    const error = await decodeImage(bytes).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImageDecodeError);
    expect((error as ImageDecodeError).code).toBe(code);
    expect((error as Error).message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('names the file in errors, and honours maxPixels', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'preprocess-')), 'holiday.jpg');
    writeFileSync(path, 'not really a photo');
    await expect(preprocess(path)).rejects.toThrow(/holiday\.jpg: not an image in a supported format/);
    const error = await preprocess(jpeg, { maxPixels: 100_000 }).then(() => null, (e: unknown) => e);
    expect((error as ImageDecodeError).code).toBe('too_large');
    expect((await preprocess(jpeg, { maxPixels: 500 * 375 })).tensor.shape).toEqual([3, 224, 224]);
  });

  it('recognises image files by their first 64 bytes, not their names', () => {
    for (const m of allImages) expect(isImageHeader(fixture(m.file).subarray(0, 64)), m.file).toBe(true);
    for (const other of [Buffer.from('hello world, plain text here'), zip.subarray(0, 64), Buffer.from('<svg></svg>'), new Uint8Array(0)]) {
      expect(isImageHeader(other)).toBe(false);
    }
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
  it.each(manifest.end_to_end.map((g) => [g.file, g] as const))('%s: the mini ResNet-18\'s logits within 10× PyTorch\'s float32 error, same top-5', async (_, g) => {
    const blob = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'mini.bin');
    convertCheckpoint(fileURLToPath(new URL('../checkpoints/mini_zip.pth', dir)), blob);
    const model = await loadModel({ weights: blob, workers: 2 });
    try {
      const { tensor } = await preprocess(fileURLToPath(new URL(g.file, dir)));
      const logits = await model.forward(tensor);
      expectClose(`${g.file} logits`, logits.data, g.logits, GOLDEN_BOUND);
      const top = await model.classify(fileURLToPath(new URL(g.file, dir)), { topK: 5 });
      expect(top.map((p) => p.index)).toEqual(topK(g.logits, 5).map((r) => r.index));
      expect(top[0].label).toBe(`class ${top[0].index}`);
      // The same image as bytes, as decoded RGBA pixels and as a tensor gives the same answer.
      const bytes = fixture(g.file);
      const rgba = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const raw = { data: rgba.data, width: rgba.info.width, height: rgba.info.height, channels: 4 as const };
      for (const input of [bytes, raw, tensor]) expect(await model.classify(input, { topK: 5 })).toEqual(top);
    } finally {
      await model.close();
    }
  });
});
