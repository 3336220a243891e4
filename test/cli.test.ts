// The resnet18 command as a user meets it: convert, fetch-weights (from a local server), classify
// of .npy tensors, and clear one-line errors with the right exit codes.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { fillUniform } from '../src/model/counterRandom.js';
import { readNpy, writeNpy } from '../src/formats/npy.js';
import { sizeOf, tensor } from '../src/tensor/tensor.js';
import { IMAGENET_CHINESE } from '../src/labels/imagenetChinese.js';
import { IMAGENET_ENGLISH } from '../src/labels/imagenetEnglish.js';
import { writeBlob } from '../src/weights/blob.js';
import { randomStateDict } from './support/random.js';

const checkpoints = new URL('./golden/checkpoints/', import.meta.url);
const golden = JSON.parse(readFileSync(new URL('./golden/mini_resnet18.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
const blob = join(dir, 'mini.bin');

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, env };
  const code = await main(args, out);
  return { code, stdout, stderr };
}

function npy(name: string, shape: number[], spec = golden.cases[1].input): string {
  const data = fillUniform(new Float32Array(sizeOf(spec.shape)), spec.name, spec.seed, spec.scale, spec.offset);
  const path = join(dir, name);
  writeFileSync(path, writeNpy(tensor(shape, data.subarray(0, sizeOf(shape)))));
  return path;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resnet18 convert', () => {
  it('writes a weights file from a PyTorch checkpoint and says what it wrote', async () => {
    const r = await run(['convert', fileURLToPath(new URL('mini_legacy.pth', checkpoints)), '-o', blob]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote .*mini\.bin .*ResNet-18, widths 4\/8\/12\/16, 10 classes/);
    expect(existsSync(blob)).toBe(true);
  });

  it('stores labels given with --labels, and refuses a count that does not match', async () => {
    const labels = join(dir, 'labels.txt');
    writeFileSync(labels, Array.from({ length: 10 }, (_, i) => `thing ${i}`).join('\n') + '\n');
    const labelled = join(dir, 'labelled.bin');
    expect((await run(['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints)), '-o', labelled, '--labels', labels])).code).toBe(0);
    const r = await run(['classify', npy('one.npy', [3, 224, 224]), '--weights', labelled, '--json', '--top', '1']);
    expect(JSON.parse(r.stdout).top[0].label).toMatch(/^thing \d$/);

    writeFileSync(labels, 'a\nb\n');
    const bad = await run(['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints)), '-o', join(dir, 'never.bin'), '--labels', labels]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/labels.txt has 2 labels but the checkpoint has 10 classes/);
    expect(existsSync(join(dir, 'never.bin'))).toBe(false);
  });

  it('refuses a file that is not a checkpoint, and a checkpoint with a forbidden global, writing nothing', async () => {
    const text = join(dir, 'notes.pth');
    writeFileSync(text, 'hello, this is not a checkpoint');
    for (const file of [text, fileURLToPath(new URL('mini_forbidden.pth', checkpoints))]) {
      const out = join(dir, 'refused.bin');
      const r = await run(['convert', file, '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^resnet18 convert: /);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('resnet18 classify (.npy)', () => {
  beforeAll(async () => {
    if (!existsSync(blob)) await run(['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints)), '-o', blob]);
  });

  it('prints PyTorch\'s top classes and logits for a batch file, one JSON line per image', async () => {
    const r = await run(['classify', npy('four.npy', [4, 3, 224, 224]), '--weights', blob, '--json', '--logits', '--top', '3', '--batch', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([0, 1, 2, 3].map((i) => expect.stringMatching(new RegExp(`four\\.npy#${i}$`))));
    lines.forEach((line, n) => {
      const expected: number[] = golden.cases[1].logits[n];
      const best = expected.indexOf(Math.max(...expected));
      expect(line.top[0].index).toBe(best);
      expect(line.top).toHaveLength(3);
      expect(line.logits).toHaveLength(10);
      line.logits.forEach((v: number, i: number) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-4 * 105));
    });
  });

  it('prints labels given at run time with --labels, and refuses a count that does not match', async () => {
    const labels = join(dir, 'run-labels.json');
    writeFileSync(labels, JSON.stringify(Array.from({ length: 10 }, (_, i) => `kind ${i}`)));
    const r = await run(['classify', npy('one.npy', [3, 224, 224]), '--weights', blob, '--labels', labels, '--json', '--top', '1']);
    expect(JSON.parse(r.stdout).top[0].label).toMatch(/^kind \d$/);
    writeFileSync(labels, '["a", "b"]');
    const bad = await run(['classify', npy('one.npy', [3, 224, 224]), '--weights', blob, '--labels', labels]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/run-labels\.json has 2 labels but the checkpoint has 10 classes/);
  });

  it('prints ImageNet\'s Chinese names with --lang zh, both names with --lang both, label_zh in JSON', async () => {
    const imagenetLike = join(dir, 'imagenet-like.bin');
    writeFileSync(imagenetLike, writeBlob(randomStateDict({ widths: [4, 4, 4, 4], numClasses: 1000 })));
    const input = npy('one.npy', [3, 224, 224]);
    const json = await run(['classify', input, '--weights', imagenetLike, '--json', '--top', '2', '--lang', 'zh']);
    const top = JSON.parse(json.stdout).top;
    expect(top[0].label).toBe(IMAGENET_ENGLISH[top[0].index]);
    expect(top[0].label_zh).toBe(IMAGENET_CHINESE[top[0].index]);
    const en = await run(['classify', input, '--weights', imagenetLike, '--json', '--top', '2']);
    expect(JSON.parse(en.stdout).top[0].label_zh).toBeUndefined();
    const zhTable = await run(['classify', input, '--weights', imagenetLike, '--top', '1', '--lang', 'zh']);
    expect(zhTable.stdout).toContain(IMAGENET_CHINESE[top[0].index]);
    expect(zhTable.stdout).not.toContain(IMAGENET_ENGLISH[top[0].index]);
    const both = await run(['classify', input, '--weights', imagenetLike, '--top', '1', '--lang', 'both']);
    expect(both.stdout).toContain(`${IMAGENET_ENGLISH[top[0].index]} (${IMAGENET_CHINESE[top[0].index]})`);
    expect((await run(['classify', input, '--lang', 'fr'])).stderr).toMatch(/--lang must be en, zh or both, got 'fr'/);
  });

  it('reads the weights path from RESNET18_WEIGHTS', async () => {
    const r = await run(['classify', npy('one.npy', [3, 224, 224]), '--top', '2'], { RESNET18_WEIGHTS: blob });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/one\.npy\n\s+1\.\s+[\d.]+ %/);
  });

  it('reports each bad input on its own line, goes on with the rest, and exits 1', async () => {
    const wrongDtype = join(dir, 'f64.npy');
    // A float64 file: our float32 writer's output with the header's dtype patched and 8-byte values.
    const f32 = Buffer.from(writeNpy(tensor([3])));
    const header = f32.subarray(0, f32.length - 12);
    header.write('<f8', header.indexOf('<f4'), 'latin1');
    writeFileSync(wrongDtype, Buffer.concat([header, Buffer.alloc(24)]));
    const good = npy('good.npy', [3, 224, 224]);
    const r = await run(['classify', join(dir, 'missing.npy'), npy('hwc.npy', [224, 224, 3]), wrongDtype, good, '--weights', blob]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.npy: no such file/);
    expect(r.stderr).toMatch(/hwc\.npy: tensor is \[224, 224, 3\], expected \[3, 224, 224\] or \[N, 3, 224, 224\]/);
    expect(r.stderr).toMatch(/f64\.npy: dtype is float64/);
    expect(r.stdout).toMatch(/good\.npy\n/);
  });

  it('says how to get weights when there are none', async () => {
    const r = await run(['classify', npy('one.npy', [3, 224, 224])], { RESNET18_WEIGHTS: join(dir, 'nothing-here.bin') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no weights at .*nothing-here\.bin \(from RESNET18_WEIGHTS\)\. Get torchvision's ImageNet weights there with: npx tsx src\/cli\.ts fetch-weights -o .*nothing-here\.bin/);
  });

  it.each([
    [['classify'], /needs at least one input/],
    [['classify', 'x.npy', '--top', 'zero'], /--top must be a whole number from 1 to 1000, got 'zero'/],
    [['classify', 'x.npy', '--colour'], /unknown option '--colour'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('resnet18 classify and preprocess (images)', () => {
  const images = new URL('./golden/images/', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', images), 'utf8'));
  beforeAll(async () => {
    if (!existsSync(blob)) await run(['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints)), '-o', blob]);
  });

  it('classifies an image file like PyTorch does', async () => {
    const g = manifest.end_to_end[0];
    const r = await run(['classify', fileURLToPath(new URL(g.file, images)), '--weights', blob, '--json', '--top', '3']);
    expect(r.code).toBe(0);
    const best = g.logits.indexOf(Math.max(...g.logits));
    expect(JSON.parse(r.stdout).top[0].index).toBe(best);
  });

  it('classifies the images of a directory, recognised by content, skipping other files', async () => {
    const r = await run(['classify', fileURLToPath(images), '--weights', blob, '--json', '--top', '1']);
    expect(r.code).toBe(0);
    const inputs = r.stdout.trim().split('\n').map((l) => JSON.parse(l).input as string);
    expect(inputs).toHaveLength(manifest.images.length * 2); // each image and its expected crop (a PNG)
    expect(inputs.some((i) => i.endsWith('manifest.json'))).toBe(false);
    expect(r.stderr).toBe(`${fileURLToPath(images)}: skipped 1 file that is not an image or a .npy tensor (manifest.json)\n`);
  });

  it('preprocess writes torchvision\'s tensor as .npy, bit for bit', async () => {
    const m = manifest.images.find((i: { file: string }) => i.file === 'photo_500x375.jpg');
    const out = join(dir, 'pre.npy');
    const r = await run(['preprocess', fileURLToPath(new URL(m.file, images)), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[3, 224, 224\] float32 from a 500×375 jpeg image/);
    const t = readNpy(readFileSync(out), out);
    const digest = createHash('sha256').update(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)).digest('hex');
    expect(digest).toBe(m.tensor_sha256);
    expect((await run(['preprocess', join(dir, 'absent.jpg'), '-o', out])).stderr).toMatch(/absent\.jpg/);
    expect((await run(['preprocess', fileURLToPath(new URL(m.file, images))])).code).toBe(2);
  });
});

describe('resnet18 explain', () => {
  beforeAll(async () => {
    if (!existsSync(blob)) await run(['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints)), '-o', blob]);
  });

  it('describes every module in torchvision\'s order, with shapes, parameters, MACs and statistics', async () => {
    const image = fileURLToPath(new URL('./golden/images/photo_500x375.jpg', import.meta.url));
    const r = await run(['explain', image, '--weights', blob, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const names = doc.steps.map((s: { name: string }) => s.name);
    expect(names.slice(0, 4)).toEqual(['conv1', 'bn1', 'relu', 'maxpool']);
    expect(names.slice(4, 11)).toEqual(['layer1.0.conv1', 'layer1.0.bn1', 'layer1.0.relu', 'layer1.0.conv2', 'layer1.0.bn2', 'layer1.0.add', 'layer1.0']);
    expect(names).toContain('layer2.0.downsample.1');
    expect(names.slice(-3)).toEqual(['avgpool', 'fc', 'softmax']);
    const conv1 = doc.steps[0];
    expect(conv1).toMatchObject({ op: 'conv2d', input_shape: [1, 3, 224, 224], output_shape: [1, 4, 112, 112], params: 4 * 3 * 49, macs: 4 * 112 * 112 * 147 });
    expect(Object.keys(conv1.stats)).toEqual(['min', 'max', 'mean', 'std', 'zeros']);
    const relu = doc.steps[2];
    expect(relu.stats.min).toBe(0);
    expect(relu.stats.zeros).toBeGreaterThan(0);
    expect(doc.top).toHaveLength(5);
    // The mini model's logits for this photo, from PyTorch (test/golden/images/manifest.json).
    const manifest = JSON.parse(readFileSync(new URL('./golden/images/manifest.json', import.meta.url), 'utf8'));
    const logits: number[] = manifest.end_to_end.find((e: { file: string }) => e.file === 'photo_500x375.jpg').logits;
    expect(doc.top[0].index).toBe(logits.indexOf(Math.max(...logits)));
    const table = await run(['explain', image, '--weights', blob]);
    expect(table.stdout).toMatch(/^module\s+op\s+output\s+params\s+MACs/);
    expect(table.stdout).toMatch(/total: [\d,]+ parameters, [\d.]+ G multiply-adds/);
    expect((await run(['explain', join(dir, 'missing.jpg'), '--weights', blob])).stderr).toMatch(/missing\.jpg/);
  });
});

describe('resnet18 fetch-weights (from a local server)', () => {
  let server: Server;
  let base: string;
  const checkpoint = readFileSync(new URL('mini_zip.pth', checkpoints));
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', checkpoints), 'utf8'));
  const prefix: string = manifest.files['mini_zip.pth'].sha256.slice(0, 8);
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === `/models/mini-${prefix}.pth`) {
        res.writeHead(200, { 'content-length': checkpoint.length });
        res.end(checkpoint);
      } else if (req.url === '/models/mini-deadbeef.pth') {
        res.writeHead(200, { 'content-length': checkpoint.length });
        res.end(checkpoint);
      } else if (req.url === `/pause/mini-${prefix}.pth`) {
        res.writeHead(200, { 'content-length': checkpoint.length });
        res.write(checkpoint.subarray(0, 1000)); // then nothing
      } else if (req.url === `/cut/mini-${prefix}.pth`) {
        res.writeHead(200, { 'content-length': checkpoint.length });
        res.write(checkpoint.subarray(0, 1000), () => res.socket?.destroy());
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads, verifies against the hash in the file name, converts, and the result classifies', async () => {
    const out = join(dir, 'fetched', 'w.bin');
    const r = await run(['fetch-weights', '--url', `${base}/models/mini-${prefix}.pth`, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`sha256 ${prefix}.*verified`));
    expect((await run(['classify', npy('one.npy', [3, 224, 224]), '--weights', out])).code).toBe(0);
  });

  it('refuses a file name whose digest prefix is shorter than --sha256 allows (6 hex digits)', async () => {
    const r = await run(['fetch-weights', '--url', `${base}/models/resnet18-4.pth`, '-o', join(dir, 'never.bin')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/its file name carries only 1 hex digit of the SHA-256 \("4"\), too few to identify a file; give the expected digest \(6 to 64 hex digits\) with --sha256 HEX/);
    expect(existsSync(join(dir, 'never.bin'))).toBe(false);
  });

  it('shows the stall in its progress line, and gives up at --deadline leaving no file', async () => {
    let stderr = '';
    const out: Output = { stdout: () => {}, stderr: (t) => void (stderr += t), stderrIsTTY: true, env: {} };
    const target = join(dir, 'paused.bin');
    expect(await main(['fetch-weights', '--url', `${base}/pause/mini-${prefix}.pth`, '-o', target, '--deadline', '2'], out)).toBe(1);
    expect(stderr).toMatch(/1% 0\.0 MB of 0\.1 MB, stalled: \d+ B\/s, 1 s in/);
    expect(stderr).toMatch(/did not finish within 2 s \(got 1000 of \d+ bytes\)\. Nothing was saved/);
    expect(existsSync(target)).toBe(false);
  });

  it('converts PyTorch\'s own copy of the file when torch.hub has one, with no download', async () => {
    const torchHome = join(dir, 'torch-home');
    mkdirSync(join(torchHome, 'hub', 'checkpoints'), { recursive: true });
    writeFileSync(join(torchHome, 'hub', 'checkpoints', `mini-${prefix}.pth`), checkpoint);
    const out = join(dir, 'from-hub', 'w.bin');
    // The URL's server would answer 404: only the local copy can make this succeed.
    const r = await run(['fetch-weights', '--url', `${base}/absent/mini-${prefix}.pth`, '-o', out], { TORCH_HOME: torchHome });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^found PyTorch's copy .*torch-home\/hub\/checkpoints\/mini-[0-9a-f]{8}\.pth, sha256 verified: nothing downloaded\nwrote .*w\.bin\n$/);
    expect((await run(['classify', npy('one.npy', [3, 224, 224]), '--weights', out])).code).toBe(0);
  });

  it.each([
    ['a wrong checksum', '/models/mini-deadbeef.pth', /deadbeef/],
    ['a connection cut mid-way', `/cut/mini-${'PREFIX'}.pth`, /./],
    ['a 404', '/models/missing-12345678.pth', /404/],
  ])('leaves no file behind after %s, and offers the ways that need no download', async (_, path, message) => {
    const target = join(dir, `failed-${Math.random().toString(36).slice(2)}`);
    const r = await run(['fetch-weights', '--url', `${base}${path.replace('PREFIX', prefix)}`, '-o', join(target, 'w.bin')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Without download\.pytorch\.org, any of these works: copy resnet18-f37072fd\.pth from elsewhere and run .* convert resnet18-f37072fd\.pth -o .*w\.bin .*fetch-weights --url https:\/\/MIRROR\/resnet18-f37072fd\.pth --sha256 f37072fd -o .*RESNET18_WEIGHTS/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
  });
});

describe('resnet18 --help', () => {
  it.each([[['--help']], [['classify', '--help']]])('ends with a newline: %j', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\S\n$/);
  });
});

describe('the resnet18 process', () => {
  it('prints one line and no stack trace on an error, and the stack with --verbose', () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const plain = spawnSync(process.execPath, ['--import', 'tsx', cli, 'convert', join(dir, 'absent.pth')], { encoding: 'utf8' });
    expect(plain.status).toBe(1);
    expect(plain.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^resnet18 convert: cannot read checkpoint .*absent\.pth/)]);
    const verbose = spawnSync(process.execPath, ['--import', 'tsx', cli, 'convert', join(dir, 'absent.pth'), '--verbose'], { encoding: 'utf8' });
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });
});

describe('resnet18 classify: directories, order and hostile tensors', () => {
  beforeAll(async () => {
    if (!existsSync(blob)) await run(['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints)), '-o', blob]);
  });

  it('classifies the tensors in a directory by content, sorted, subdirectories only with --recursive', async () => {
    const tree = join(dir, 'tree');
    const sub = join(tree, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(tree, 'b.data'), readFileSync(npy('t1.npy', [3, 224, 224]))); // a tensor without the .npy name
    writeFileSync(join(tree, 'a.npy'), readFileSync(npy('t2.npy', [3, 224, 224])));
    writeFileSync(join(tree, 'notes.txt'), 'not an input');
    writeFileSync(join(sub, 'c.npy'), readFileSync(npy('t3.npy', [3, 224, 224])));
    const flat = await run(['classify', tree, '--weights', blob, '--json', '--top', '1']);
    expect(flat.code).toBe(0);
    expect(flat.stdout.trim().split('\n').map((l) => JSON.parse(l).input)).toEqual([join(tree, 'a.npy'), join(tree, 'b.data')]);
    const deep = await run(['classify', tree, '--recursive', '--weights', blob, '--json', '--top', '1']);
    expect(deep.stdout.trim().split('\n').map((l) => JSON.parse(l).input)).toEqual([join(tree, 'a.npy'), join(tree, 'b.data'), join(sub, 'c.npy')]);
  });

  it('keeps the order of the inputs when errors are mixed into batches', async () => {
    const good = npy('order.npy', [3, 224, 224]);
    const r = await run(['classify', good, join(dir, 'nope.npy'), good, good, '--weights', blob, '--json', '--batch', '2', '--top', '1']);
    expect(r.code).toBe(1);
    const inputs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(inputs.map((l) => l.input)).toEqual([good, join(dir, 'nope.npy'), good, good]);
    expect(inputs[1].error).toMatch(/no such file/);
  });

  it('refuses NaN values, huge images and non-tensor files, one clear line each', async () => {
    const nan = join(dir, 'nan.npy');
    const values = new Float32Array(3 * 8 * 8);
    values[70] = NaN;
    writeFileSync(nan, writeNpy(tensor([3, 8, 8], values)));
    const text = join(dir, 'photo.jpg');
    writeFileSync(text, 'not really a photo');
    const r = await run(['classify', nan, text, '--weights', blob]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nan\.npy: tensor holds NaN at flat index 70/);
    expect(r.stderr).toMatch(/photo\.jpg: not an image in a supported format \(JPEG, PNG, WebP/);
    const big = join(dir, 'big.npy');
    writeFileSync(big, writeNpy(tensor([3, 2100, 2100])));
    const r2 = await run(['classify', big, '--weights', blob]);
    rmSync(big);
    expect(r2.stderr).toMatch(/more than 4 Mpx/);
  });
});
