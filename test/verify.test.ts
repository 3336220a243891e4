// `resnet18 verify`: the engine against logits recorded with PyTorch. The project's own golden
// data (test/golden: the mini model on photos and on generated inputs, the full-size model on
// generated weights) goes through the command as a user's references would; a perturbed logit
// makes it fail; and, where PyTorch is installed, tools/reference/record_references.py records a
// folder that the command then accepts.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { compareLogits } from '../src/cli/verifyCommand.js';
import { writeNpy } from '../src/formats/npy.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { fillUniform } from '../src/model/counterRandom.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { sizeOf, tensor } from '../src/tensor/tensor.js';
import { writeBlob } from '../src/weights/blob.js';

const golden = new URL('./golden/', import.meta.url);
const miniCheckpoint = fileURLToPath(new URL('checkpoints/mini_zip.pth', golden));
const scratch = mkdtempSync(join(tmpdir(), 'verify-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** What --weights model.pth prints the first time: the checkpoint is converted once into the cache (RESNET18_HOME). */
const CONVERTED_ONCE = /^(resnet18: converting the checkpoint \S+\.pth into \S+\.bin \(once; later runs read that file\)\n)?$/;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, env: { RESNET18_HOME: join(scratch, 'home') } };
  const code = await main(args, out);
  return { code, stdout, stderr };
}

interface Entry { name: string; logits: number[]; input?: Float32Array; image?: string }

/** A references folder in the format record_references.py writes. */
function referencesFolder(name: string, entries: Entry[], checkpoint?: { file: string; sha256: string }): string {
  const dir = join(scratch, name);
  for (const sub of ['inputs', 'logits', 'images']) mkdirSync(join(dir, sub), { recursive: true });
  const images = entries.map((e) => {
    writeFileSync(join(dir, 'logits', `${e.name}.npy`), writeNpy(tensor([e.logits.length], Float32Array.from(e.logits))));
    const entry: Record<string, string> = { name: e.name, logits: `logits/${e.name}.npy` };
    if (e.input) {
      writeFileSync(join(dir, 'inputs', `${e.name}.npy`), writeNpy(tensor([3, 224, 224], e.input)));
      entry.input = `inputs/${e.name}.npy`;
    }
    if (e.image) {
      cpSync(e.image, join(dir, 'images', e.name));
      entry.image = `images/${e.name}`;
    }
    return entry;
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 'resnet18-ts references 1', checkpoint, numClasses: entries[0].logits.length, images }));
  return dir;
}

/** The mini model's golden data: PyTorch's logits for three photos and for four generated inputs. */
function miniReferences(name: string): string {
  const photos = JSON.parse(readFileSync(new URL('images/manifest.json', golden), 'utf8')).end_to_end as { file: string; logits: number[] }[];
  const mini = JSON.parse(readFileSync(new URL('mini_resnet18.json', golden), 'utf8'));
  const batch = mini.cases.find((c: { batch: number }) => c.batch === 4);
  const all = fillUniform(new Float32Array(sizeOf(batch.input.shape)), batch.input.name, batch.input.seed, batch.input.scale, batch.input.offset);
  const size = 3 * 224 * 224;
  return referencesFolder(name, [
    ...photos.map((p) => ({ name: p.file.replace(/\//g, '_'), logits: p.logits, image: fileURLToPath(new URL(`images/${p.file}`, golden)) })),
    ...batch.logits.map((logits: number[], i: number) => ({ name: `generated-${i}`, logits, input: all.slice(i * size, (i + 1) * size) })),
  ]);
}

describe('compareLogits', () => {
  const reference = Float32Array.from([10, 9, 8, 7, 6, 5, 0]);
  it('passes within tolerance × the largest |logit|, and reports where the largest difference is', () => {
    const ours = Float32Array.from([10, 9, 8, 7, 6, 5.0009, 0]);
    expect(compareLogits(ours, reference, 1e-4)).toMatchObject({ at: 5, limit: 1e-3, sameTop: true, pass: true });
  });

  it('fails beyond it', () => {
    const ours = Float32Array.from([10, 9, 8, 7, 6, 5.002, 0]);
    expect(compareLogits(ours, reference, 1e-4)).toMatchObject({ at: 5, sameTop: true, pass: false });
  });

  it('lets two classes whose reference logits are within the limit swap places, but no others', () => {
    const tied = Float32Array.from([10, 9, 8, 7.0004, 7.0002, 5, 0]);
    expect(compareLogits(Float32Array.from([10, 9, 8, 7.0002, 7.0004, 5, 0]), tied, 1e-4)).toMatchObject({ sameTop: true, pass: true });
    expect(compareLogits(Float32Array.from([9, 10, 8, 7, 6, 5, 0]), reference, 1e-4)).toMatchObject({ top: [1, 0, 2, 3, 4], sameTop: false, pass: false });
  });
});

describe('resnet18 verify', () => {
  it('passes the project\'s mini-model golden data: photos through our decoding and preprocessing, generated tensors as given', async () => {
    const r = await run(['verify', miniReferences('mini'), '--weights', miniCheckpoint, '--workers', '1']);
    expect(r.stderr).toMatch(CONVERTED_ONCE);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(rows).toHaveLength(7);
    expect(rows.filter((l) => / image  .*top-5 same   pass$/.test(l))).toHaveLength(3);
    expect(rows.filter((l) => / tensor .*top-5 same   pass$/.test(l))).toHaveLength(4);
    expect(r.stdout).toMatch(/all 7 images pass\n$/);
  });

  it('passes the project\'s full-size golden data (generated ImageNet-shaped weights, 1000 classes)', async () => {
    const full = JSON.parse(readFileSync(new URL('resnet18_generated.json', golden), 'utf8'));
    const weights = join(scratch, 'generated.bin');
    writeFileSync(weights, writeBlob(generateResNet18StateDict(IMAGENET_RESNET18, full.seed)));
    const dir = referencesFolder('full', full.inputs.map((s: { name: string; seed: number; scale: number; offset: number; shape: number[] }, i: number) => ({
      name: `image-${i}`, logits: full.logits[i], input: fillUniform(new Float32Array(sizeOf(s.shape)), s.name, s.seed, s.scale, s.offset),
    })));
    const r = await run(['verify', dir, '--weights', weights, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1).map((l) => [l.image, l.pass, l.top5_same])).toEqual([['image-0', true, true], ['image-1', true, true], ['image-2', true, true]]);
    expect(lines.at(-1)).toEqual({ images: 3, passed: 3, failed: 0, tolerance: 1e-4 });
  });

  it('fails, with exit code 1, an image whose logit is off by more than the tolerance, and names it', async () => {
    const dir = miniReferences('perturbed');
    const path = join(dir, 'logits', 'generated-2.npy');
    const bytes = Buffer.from(readFileSync(path));
    const at = bytes.length - 4 * 3; // the 8th of 10 logits
    bytes.writeFloatLE(bytes.readFloatLE(at) + 0.05, at);
    writeFileSync(path, bytes);
    const r = await run(['verify', dir, '--weights', miniCheckpoint, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {2}generated-2 +tensor {2}max \|Δ\| 5\.0e-2 at class 7 \(limit 1\.0e-2\) .* FAIL\n/);
    expect(r.stdout.match(/FAIL/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/1 of 7 images fail\n$/);
  });

  it('says how to make references when the folder has none, and refuses weights with another class count', async () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const none = await run(['verify', empty, '--weights', miniCheckpoint]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/manifest\.json does not exist: record references with tools\/reference\/record_references\.py/);
    const thousand = referencesFolder('thousand', [{ name: 'x', logits: Array.from({ length: 1000 }, () => 0), input: new Float32Array(3 * 224 * 224) }]);
    const mismatch = await run(['verify', thousand, '--weights', miniCheckpoint]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/the weights have 10 classes but the references 1000/);
    expect((await run(['verify', thousand, '--tolerance', 'tiny'])).stderr).toMatch(/--tolerance must be a number/);
  });
});

describe('tools/reference/record_references.py', () => {
  const python = '/usr/bin/python3';
  const torch = spawnSync(python, ['-c', 'import torch, torchvision, numpy, PIL'], { encoding: 'utf8' });
  // PyTorch is not needed for the tests (CI has none): without it this is reported as skipped.
  it.skipIf(torch.status !== 0)('records references for a checkpoint and images that verify then passes', async () => {
    const out = join(scratch, 'recorded');
    const script = fileURLToPath(new URL('../tools/reference/record_references.py', import.meta.url));
    const photo = fileURLToPath(new URL('images/photo_500x375.jpg', golden));
    const recorded = spawnSync(python, [script, miniCheckpoint, photo, fileURLToPath(new URL('../samples/', import.meta.url)), '-o', out], { encoding: 'utf8' });
    expect(recorded.stderr).toMatch(CONVERTED_ONCE);
    expect(recorded.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.checkpoint).toEqual({ file: 'mini_zip.pth', sha256: JSON.parse(readFileSync(new URL('checkpoints/manifest.json', golden), 'utf8')).files['mini_zip.pth'].sha256 });
    expect(manifest.images.map((i: { name: string }) => i.name)).toEqual(['photo_500x375.jpg', 'astronaut.jpg', 'cat.jpg', 'coffee.jpg', 'rocket.jpg']);
    const r = await run(['verify', out, '--weights', miniCheckpoint, '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/all 5 images pass\n$/);
  });
});
