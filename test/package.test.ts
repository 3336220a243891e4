// The package as a user gets it: `npm pack`, installed into a new project with no registry (only
// the tarball and the dependencies already in npm's cache, pinned by a lockfile made from ours),
// then a strict TypeScript consumer type-checked without @types/node by this project's tsc and
// run, the installed `resnet18` command, and the examples in examples/, each run as a user would.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertCheckpoint } from '../src/weights/convert.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const checkpoints = new URL('./golden/checkpoints/', import.meta.url);
const CHECKPOINT = readFileSync(new URL('mini_zip.pth', checkpoints));
const PREFIX: string = JSON.parse(readFileSync(new URL('manifest.json', checkpoints), 'utf8')).files['mini_zip.pth'].sha256.slice(0, 8);
const photo = fileURLToPath(new URL('./golden/images/photo_500x375.jpg', import.meta.url));
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

const scratch = mkdtempSync(join(tmpdir(), 'package-test-'));
const app = join(scratch, 'app');
/** A weights cache already holding the mini model, for the examples. */
const filledHome = join(scratch, 'filled-home');
let tarballFiles: string[] = [];
let installLog: { status: number | null; stdout: string; stderr: string };
let server: Server;
let weightsUrl: string;
let downloads = 0;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program in the consumer project with only the given RESNET18_* variables set. Not
 * spawnSync: the weights server lives in this process, and must keep answering meanwhile.
 */
function runInApp(command: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RESNET18_')));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: app, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh, empty weights cache folder. */
function freshHome(): string {
  return mkdtempSync(join(scratch, 'home-'));
}

beforeAll(async () => {
  // Pack (npm runs the "prepack" build, which also leaves "prepare" out of the packed
  // package.json: tools/packManifest.mjs), as `npm publish` would.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const tarball = join(scratch, packed[0].filename as string);
  tarballFiles = (packed[0].files as { path: string }[]).map((f) => f.path);

  // The consumer project: the tarball, and our production dependencies pinned as our lockfile
  // pins them, so that `npm ci --offline` takes everything from npm's cache.
  mkdirSync(app);
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
  const ours = lock.packages[''];
  const spec = `file:${tarball}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies: { 'resnet18-ts': spec } },
    'node_modules/resnet18-ts': {
      version: ours.version, resolved: spec, license: ours.license, dependencies: ours.dependencies, bin: ours.bin, engines: ours.engines,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean; devOptional?: boolean }>)) {
    if (path === '' || entry.dev) continue;
    const { devOptional: _, ...kept } = entry;
    packages[path] = kept;
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'resnet18-ts': spec } }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
  installLog = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: app, encoding: 'utf8' });
  if (installLog.status !== 0) throw new Error(`npm ci in the consumer failed: ${installLog.stderr}`);
  cpSync(join(repo, 'examples'), join(app, 'examples'), { recursive: true });

  mkdirSync(filledHome);
  convertCheckpoint(fileURLToPath(new URL('mini_zip.pth', checkpoints)), join(filledHome, 'resnet18.bin'));

  server = createServer((req, res) => {
    if (req.url === `/models/mini-${PREFIX}.pth`) {
      downloads++;
      res.writeHead(200, { 'content-length': CHECKPOINT.length });
      res.end(CHECKPOINT);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  weightsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/mini-${PREFIX}.pth`;
}, 600_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the build, its types, README, LICENSE and CHANGELOG, and no source maps, sources, tests or tools', () => {
    expect(tarballFiles).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/page/app.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']));
    expect(tarballFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(tarballFiles.filter((f) => /^(test|tools|bench|examples|weights)\//.test(f) || (f.startsWith('src/') && !f.startsWith('src/server/page/')))).toEqual([]);
  });

  it('has no "prepare" script for npm to warn about on install, and packing leaves the repository\'s package.json as it was', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'resnet18-ts', 'package.json'), 'utf8'));
    expect(Object.keys(manifest.scripts)).not.toContain('prepare');
    expect(`${installLog.stdout}${installLog.stderr}`).not.toMatch(/resnet18-ts@[^\n]*\(prepare/);
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts.prepare).toBe('node tools/build.mjs');
    expect(existsSync(join(repo, 'package.json.prepack.tmp'))).toBe(false);
  });

  it('type-checks a strict TypeScript consumer without @types/node, and the consumer downloads the weights on first use, then runs offline', async () => {
    // No @types/node, no DOM: a consumer declares the two globals it uses.
    writeFileSync(join(app, 'consumer.ts'), `
import { loadModel, tensor, weightsHome, type DownloadProgress, type Prediction, type StepOutput, type Tensor } from 'resnet18-ts';
declare const console: { log(text: string): void };

const downloads: DownloadProgress[] = [];
const model = await loadModel({ workers: 1, weightsUrl: ${JSON.stringify(weightsUrl)}, onDownloadProgress: (p) => downloads.push(p) });
try {
  const top: Prediction[] = await model.classify(${JSON.stringify(photo)}, { topK: 3, lang: 'en' });
  const logits: Tensor = await model.forward(tensor([1, 3, 224, 224]));
  const names: string[] = [];
  for await (const step of model.steps(${JSON.stringify(photo)})) names.push((step as StepOutput).name);
  console.log(JSON.stringify({ home: weightsHome(), top, classes: logits.shape[1], last: names.at(-1), downloaded: downloads.at(-1) ?? null }));
} finally {
  await model.close();
}
`);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [],
        strict: true, skipLibCheck: false, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, outDir: 'out',
      },
      files: ['consumer.ts'],
    }));
    const checked = await runInApp(process.execPath, [tsc, '-p', '.']);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);

    const home = freshHome();
    const before = downloads;
    const first = await runInApp(process.execPath, ['out/consumer.js'], { RESNET18_HOME: home });
    expect(first.stderr).toBe('');
    const answer = JSON.parse(first.stdout);
    expect(answer).toMatchObject({ home, classes: 10, last: 'softmax', downloaded: { url: weightsUrl, path: join(home, 'resnet18.bin'), bytes: CHECKPOINT.length } });
    expect(answer.top).toHaveLength(3);
    expect(downloads - before).toBe(1);
    expect(existsSync(join(app, 'node_modules', 'resnet18-ts', 'weights'))).toBe(false);

    const offline = await runInApp(process.execPath, ['out/consumer.js'], { RESNET18_HOME: home, RESNET18_OFFLINE: '1' });
    expect(JSON.parse(offline.stdout)).toMatchObject({ top: answer.top, downloaded: null });
    expect(downloads - before).toBe(1);
  });

  it('installs a resnet18 command whose fetch-weights and convert write to the cache, not node_modules, and whose hints say npx resnet18', async () => {
    const bin = join(app, 'node_modules', '.bin', 'resnet18');
    const empty = freshHome();
    const missing = await runInApp(bin, ['classify', photo], { RESNET18_HOME: empty, RESNET18_OFFLINE: '1' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Get torchvision's ImageNet weights once, online, with: npx resnet18 fetch-weights (it writes ${join(empty, 'resnet18.bin')})`);

    const home = freshHome();
    const fetched = await runInApp(bin, ['fetch-weights', '--url', weightsUrl], { RESNET18_HOME: home });
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toContain(`wrote ${join(home, 'resnet18.bin')}`);
    expect(existsSync(join(app, 'node_modules', 'resnet18-ts', 'weights'))).toBe(false);
    const classified = await runInApp(bin, ['classify', photo, '--json', '--top', '1'], { RESNET18_HOME: home, RESNET18_OFFLINE: '1' });
    expect(classified.code).toBe(0);
    expect(JSON.parse(classified.stdout).top[0].label).toMatch(/^class \d$/);
    const converted = freshHome();
    const convert = await runInApp(bin, ['convert', fileURLToPath(new URL('mini_zip.pth', checkpoints))], { RESNET18_HOME: converted });
    expect(convert.code).toBe(0);
    expect(convert.stdout).toContain(`wrote ${join(converted, 'resnet18.bin')}`);
    expect(existsSync(join(app, 'node_modules', 'resnet18-ts', 'weights'))).toBe(false);
    expect((await runInApp(bin, ['--version'])).stdout).toBe(`resnet18-ts ${JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version}\n`);
  });
});

describe('examples/', () => {
  const env = { RESNET18_HOME: filledHome, RESNET18_OFFLINE: '1' };

  it('classify.mjs prints the top 3 classes of each image', async () => {
    const r = await runInApp(process.execPath, ['examples/classify.mjs', photo], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${photo}\\n(  +[\\d.]+ %  class \\d\\n){3}$`));
  });

  it('batch-folder.mjs writes one JSON line per image of a folder, skipping other files', async () => {
    const folder = mkdtempSync(join(scratch, 'photos-'));
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) cpSync(photo, join(folder, name));
    writeFileSync(join(folder, 'notes.txt'), 'not a photo');
    const r = await runInApp(process.execPath, ['examples/batch-folder.mjs', folder], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['a.jpg', 'b.jpg', 'c.jpg'].map((n) => join(folder, n)));
    expect(new Set(lines.map((l) => l.label)).size).toBe(1); // the same photo three times
  });

  it('http-handler.mjs answers a POSTed image with its top classes, and a non-image or ?top=abc with a 400 that says what it got', async () => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RESNET18_')));
    const child = spawn(process.execPath, ['examples/http-handler.mjs'], { cwd: app, env: { ...clean, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (text: string) => {
          out += text;
          const match = /listening on (\S+)/.exec(out);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`the example exited with ${code} before listening`)));
      });
      const good = await fetch(`${url}?top=2`, { method: 'POST', body: readFileSync(photo) });
      expect(good.status).toBe(200);
      const { top } = (await good.json()) as { top: { label: string }[] };
      expect(top).toHaveLength(2);
      expect(top[0].label).toMatch(/^class \d$/);
      const notANumber = await fetch(`${url}?top=abc`, { method: 'POST', body: readFileSync(photo) });
      expect(notANumber.status).toBe(400);
      expect(((await notANumber.json()) as { error: string }).error).toBe('topK must be a whole number of at least 1, got NaN');
      const bad = await fetch(url, { method: 'POST', body: 'hello' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/not an image in a supported format/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('npm install -g . in a fresh clone', () => {
  it('installs a working resnet18 command: the clone gets its dependencies and its build first', async () => {
    // The repository's files as a clone has them (tracked, plus new ones not ignored), and no
    // node_modules or dist/.
    const clone = join(scratch, 'clone');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
      .split('\0').filter((f) => f && existsSync(join(repo, f)) && !f.startsWith('test/'));
    for (const file of files) cpSync(join(repo, file), join(clone, file), { recursive: true });
    const prefix = join(scratch, 'global');
    const installed = spawn('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '.'], { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    installed.stdout.setEncoding('utf8').on('data', (t: string) => (log += t));
    installed.stderr.setEncoding('utf8').on('data', (t: string) => (log += t));
    const code = await new Promise((resolve) => installed.on('close', resolve));
    expect(code, log).toBe(0);

    const bin = join(prefix, 'bin', 'resnet18');
    const home = freshHome();
    const weights = join(home, 'w.bin');
    convertCheckpoint(fileURLToPath(new URL('mini_zip.pth', checkpoints)), weights);
    const r = await runInApp(bin, ['classify', photo, '--weights', weights, '--json', '--top', '1']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).top[0].label).toMatch(/^class \d$/);
    const missing = await runInApp(bin, ['classify', photo], { RESNET18_HOME: home, RESNET18_OFFLINE: '1' });
    expect(missing.stderr).toContain('once, online, with: resnet18 fetch-weights');
  }, 600_000);
});
