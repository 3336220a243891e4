// One way in: steps(), classify() and explain take the same inputs (paths, bytes, pixels, tensors,
// .npy files, stdin in the CLI); bad option values get a clear error in the library as in the CLI;
// an input that yields no image is an error; messages name each file once and name CLI flags.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import type { ClassifyInput } from '../src/classifier/inputTensor.js';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { writeNpy } from '../src/formats/npy.js';
import { preprocess } from '../src/image/preprocess.js';
import { tensor, type Tensor } from '../src/tensor/tensor.js';
import { convertCheckpoint } from '../src/weights/convert.js';
import { readCheckpoint } from '../src/weights/checkpoint.js';

const checkpoint = fileURLToPath(new URL('./golden/checkpoints/mini_zip.pth', import.meta.url));
const photo = fileURLToPath(new URL('./golden/images/photo_500x375.jpg', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'inputs-test-'));
const blob = join(dir, 'mini.bin');
const npyPath = join(dir, 'photo.npy');
let model: Classifier;
let photoTensor: Tensor;

beforeAll(async () => {
  convertCheckpoint(checkpoint, blob);
  model = await loadModel({ weights: blob, workers: 1 });
  photoTensor = (await preprocess(photo)).tensor;
  writeFileSync(npyPath, writeNpy(photoTensor));
});

afterAll(async () => {
  await model.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[], stdin?: Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, env: {},
    readStdin: stdin && (async () => stdin),
  };
  const code = await main(args, out);
  return { code, stdout, stderr };
}

async function fcOutput(input: ClassifyInput): Promise<number[]> {
  for await (const step of model.steps(input)) if (step.name === 'fc') return Array.from(step.output.data);
  throw new Error('no fc step');
}

describe('steps() takes what classify() takes', () => {
  it('gives the same fc output for a path, its bytes, its tensor, the tensor as [1, 3, H, W], and a .npy path or bytes', async () => {
    const expected = await fcOutput(photoTensor);
    for (const input of [photo, readFileSync(photo), tensor([1, 3, 224, 224], photoTensor.data), npyPath, readFileSync(npyPath)]) {
      expect(await fcOutput(input)).toEqual(expected);
    }
  });

  it('takes raw RGB pixels as classify does', async () => {
    const pixels = { data: Uint8Array.from({ length: 32 * 24 * 3 }, (_, i) => (i * 37) % 256), width: 32, height: 24, channels: 3 as const };
    expect(await fcOutput(pixels)).toEqual(await fcOutput((await preprocess(pixels)).tensor));
    const [top] = await model.classify(pixels, { topK: 1 });
    const fc = await fcOutput(pixels);
    expect(top.index).toBe(fc.indexOf(Math.max(...fc)));
  });

  it('names a missing file in words, not with a TypeError', async () => {
    await expect(fcOutput(join(dir, 'absent.jpg'))).rejects.toThrow(new Error(`${join(dir, 'absent.jpg')}: no such file`));
  });

  it('refuses a batch or a channels-last tensor with the shape it wanted', async () => {
    await expect(model.classify(tensor([2, 3, 8, 8]))).rejects.toThrow(/tensor is \[2, 3, 8, 8\], expected one image \[3, H, W\] or \[1, 3, H, W\] \(a batch: pass it to forward\(\)/);
    await expect(model.classify(tensor([8, 8, 3]))).rejects.toThrow(/transpose it to 3×H×W/);
  });
});

describe('library options are checked', () => {
  it.each([
    [{ lang: 'xx' }, /^lang must be "en", "zh" or "both", got "xx"$/],
    [{ topK: 0 }, /^topK must be a whole number of at least 1, got 0$/],
    [{ topK: 2.5 }, /^topK must be a whole number of at least 1, got 2\.5$/],
    // Number('abc'), as from ?top=abc in examples/http-handler.mjs: said as NaN, not as JSON's null.
    [{ topK: Number('abc') }, /^topK must be a whole number of at least 1, got NaN$/],
    [{ topK: Infinity }, /^topK must be a whole number of at least 1, got Infinity$/],
    [{ topK: '3' }, /^topK must be a whole number of at least 1, got "3"$/],
  ])('classify() and predict() refuse %j', async (options, message) => {
    await expect(model.classify(photoTensor, options as object)).rejects.toThrow(message);
    expect(() => model.predict(tensor([1, 10]), options as object)).toThrow(message);
  });

  it.each([
    [{ workers: 0 }, /^workers must be a whole number from 1 to 256, got 0$/],
    [{ workers: NaN }, /^workers must be a whole number from 1 to 256, got NaN$/],
    [{ plan: 'fast' }, /^plan must be "fused" or "reference", got "fast"$/],
  ])('loadModel() refuses %j before starting anything', async (options, message) => {
    await expect(loadModel({ weights: blob, ...(options as object) })).rejects.toThrow(message);
  });

  it('readCheckpoint() takes a path, and names bytes without a file name "the checkpoint"', () => {
    expect(readCheckpoint(checkpoint).config.numClasses).toBe(10);
    expect(() => readCheckpoint(new Uint8Array(0))).toThrow(/^the checkpoint is empty \(0 bytes\)/);
    expect(() => readCheckpoint(join(dir, 'absent.pth'))).toThrow(/^cannot read checkpoint .*absent\.pth/);
  });
});

describe('the CLI takes the same inputs', () => {
  it('classify - reads an image from stdin and answers as for the file', async () => {
    const fromFile = await run(['classify', photo, '--weights', blob, '--json']);
    const fromStdin = await run(['classify', '-', '--weights', blob, '--json'], readFileSync(photo));
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual({ ...JSON.parse(fromFile.stdout), input: '-' });
  });

  it('explain takes a .npy tensor and stdin, with --top and --lang', async () => {
    const npy = await run(['explain', npyPath, '--weights', blob, '--json', '--top', '3', '--lang', 'both', '--workers', '1']);
    expect(npy.code).toBe(0);
    const fromNpy = JSON.parse(npy.stdout);
    expect(fromNpy.top).toHaveLength(3);
    const image = await run(['explain', '-', '--weights', blob, '--json', '--top', '3', '--workers', '1'], readFileSync(photo));
    expect(JSON.parse(image.stdout).top).toEqual(fromNpy.top);
    expect((await run(['explain', npyPath, '--weights', blob, '--lang', 'xx'])).stderr).toMatch(/--lang must be en, zh or both, got 'xx'/);
  });

  it('an empty directory, or one with no images, is an error with exit 1', async () => {
    const empty = join(dir, 'empty');
    const notes = join(dir, 'notes');
    mkdirSync(empty);
    mkdirSync(notes);
    writeFileSync(join(notes, 'readme.txt'), 'no pictures here');
    const r1 = await run(['classify', empty, '--weights', blob]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toBe(`${empty}: is an empty directory\n`);
    const r2 = await run(['classify', notes, '--weights', blob, '--json']);
    expect(r2.code).toBe(1);
    expect(JSON.parse(r2.stdout)).toEqual({ input: notes, error: 'has no images or .npy tensors' });
    const batch0 = join(dir, 'none.npy');
    writeFileSync(batch0, writeNpy(tensor([0, 3, 8, 8])));
    expect((await run(['classify', batch0, '--weights', blob])).stderr).toMatch(/none\.npy: tensor \[0, 3, 8, 8\] is a batch of no images/);
  });

  it('preprocess and explain name a bad file once', async () => {
    const absent = join(dir, 'absent.jpg');
    const text = join(dir, 'text.jpg');
    writeFileSync(text, 'not a photo');
    for (const args of [['preprocess', absent, '-o', join(dir, 'x.npy')], ['explain', absent, '--weights', blob],
      ['preprocess', text, '-o', join(dir, 'x.npy')], ['explain', text, '--weights', blob]]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr.split(args[1]).length - 1).toBe(1);
    }
  });

  it('messages name CLI flags, not library options', async () => {
    const bigPng = join(dir, 'big.png');
    writeFileSync(bigPng, await sharp({ create: { width: 1200, height: 1000, channels: 3, background: '#808080' } }).png().toBuffer());
    const big = await run(['classify', bigPng, '--weights', blob, '--max-megapixels', '1']);
    expect(big.code).toBe(1);
    expect(big.stderr).toBe(`${bigPng}: image is 1200×1000 = 1.2 megapixels, more than the limit of 1.0 megapixels (if it is genuine, raise --max-megapixels)\n`);
    const unverifiable = await run(['fetch-weights', '--url', 'http://127.0.0.1:9/weights.pth', '-o', join(dir, 'never.bin')]);
    expect(unverifiable.code).toBe(2);
    expect(unverifiable.stderr).toMatch(/has no SHA-256 prefix .*give the expected digest with --sha256 HEX/);
    expect(big.stderr + unverifiable.stderr).not.toMatch(/maxPixels|sha256Prefix/);
  });
});

describe('the CLI describes itself', () => {
  it('--version prints package.json\'s version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `resnet18-ts ${version}\n`, stderr: '' });
  });

  it('--help texts mention --verbose, BMP, stdin and /api/explain', async () => {
    expect((await run(['--help'])).stdout).toMatch(/--verbose/);
    const classify = (await run(['classify', '--help'])).stdout;
    expect(classify).toMatch(/BMP/);
    expect(classify).toMatch(/- for one image\s+or tensor read from stdin/);
    expect(classify).toMatch(/\{"input", "error"\}/);
    expect((await run(['serve', '--help'])).stdout).toMatch(/\/api\/explain/);
    expect((await run(['explain', '--help'])).stdout).toMatch(/--top K[\s\S]*--lang/);
  });
});
