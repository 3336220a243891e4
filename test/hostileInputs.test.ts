// Hostile files around the command line (issue 21, items 9 and 11). Inputs that never end or cost
// gigabytes, given to the commands that read files whole: /dev/zero as a file, as stdin and behind
// a symbolic link in a references folder; a named pipe nobody writes to; a tensor of 1×N pixels.
// Each is refused at once with an error that names it, and nothing hangs: a FIFO left open by a
// regression is unblocked in afterAll. And symbolic links planted in export-web's folder, which
// must be replaced, never followed.

import { spawn } from 'node:child_process';
import { closeSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { readInputFile, readInputFileSync, readStreamBounded } from '../src/formats/inputFile.js';
import { writeNpy } from '../src/formats/npy.js';
import { tensor } from '../src/tensor/tensor.js';
import { writeBlob } from '../src/weights/blob.js';
import { randomStateDict } from './support/random.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hostile-inputs-'));
const weights = join(dir, 'w.bin');
const fifo = join(dir, 'fifo');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, env: {} };
  const code = await main(args, out);
  return { code, stdout, stderr };
}

/** The CLI in a child process with stdin opened on `stdinPath`, killed after 20 s at most. */
function runWithStdin(args: string[], stdinPath: string): Promise<{ code: number | null; stderr: string }> {
  const stdin = openSync(stdinPath, 'r');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: [stdin, 'ignore', 'pipe'] });
    closeSync(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

beforeAll(() => {
  writeFileSync(weights, writeBlob(randomStateDict({ widths: [4, 4, 4, 4], numClasses: 10 })));
  const made = spawn('mkfifo', [fifo], { stdio: 'ignore' });
  return new Promise<void>((resolve, reject) => made.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`mkfifo exited ${code}`)))));
});

afterAll(() => {
  // A regression would leave a reader blocked in open() on the FIFO: opening its writing end frees it.
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO: nobody is waiting on it, as it should be.
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('files that never end are refused before reading, naming what they are', () => {
  it('classify /dev/zero and classify of a FIFO answer at once with an error per input', async () => {
    const r = await run(['classify', '/dev/zero', fifo, '--weights', weights]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/dev/zero: is a character device (like /dev/zero or a terminal), not a file: it might never end');
    expect(r.stderr).toContain(`${fifo}: is a named pipe (FIFO), not a file: it might never end`);
  });

  it('preprocess /dev/zero and a FIFO: a clear error, nothing written', async () => {
    for (const input of ['/dev/zero', fifo]) {
      const r = await run(['preprocess', input, '-o', join(dir, 'never.npy')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^resnet18 preprocess: ${input}: is a (character device|named pipe)`));
    }
  });

  it('convert and --weights of /dev/zero or a FIFO', async () => {
    expect((await run(['convert', '/dev/zero', '-o', join(dir, 'never.bin')])).stderr)
      .toBe('resnet18 convert: cannot read checkpoint /dev/zero: is a character device (like /dev/zero or a terminal), not a file: it might never end\n');
    const npy = join(dir, 'x.npy');
    writeFileSync(npy, writeNpy(tensor([3, 8, 8], new Float32Array(192))));
    expect((await run(['classify', npy, '--weights', fifo])).stderr).toMatch(/cannot open weights file .*fifo: is a named pipe \(FIFO\)/);
  });

  it('verify of a references folder whose manifest or input tensor is a symbolic link to /dev/zero', async () => {
    const refs = join(dir, 'refs');
    mkdirSync(join(refs, 'inputs'), { recursive: true });
    writeFileSync(join(refs, 'logits.npy'), writeNpy(tensor([10], new Float32Array(10))));
    symlinkSync('/dev/zero', join(refs, 'inputs', 'zero.npy'));
    writeFileSync(join(refs, 'manifest.json'), JSON.stringify({
      format: 'resnet18-ts references 1', numClasses: 10, images: [{ name: 'zero', input: 'inputs/zero.npy', logits: 'logits.npy' }],
    }));
    const r = await run(['verify', refs, '--weights', weights]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('zero.npy: is a character device');
    // --weights goes the way classify's does (a weights file, or a checkpoint converted once).
    expect((await run(['verify', refs, '--weights', '/dev/zero'])).stderr).toBe(
      'resnet18 verify: cannot open weights file /dev/zero: is a character device (like /dev/zero or a terminal), not a file: it might never end\n');

    const linked = join(dir, 'linked');
    mkdirSync(linked);
    symlinkSync('/dev/zero', join(linked, 'manifest.json'));
    expect((await run(['verify', linked, '--weights', weights])).stderr).toMatch(/manifest\.json: is a character device/);
  });

  it('stdin from /dev/zero is refused at once (a child process, 20 s at most)', async () => {
    const r = await runWithStdin(['preprocess', '-', '-o', join(dir, 'never.npy')], '/dev/zero');
    expect(r.stderr).toBe('resnet18 preprocess: stdin is a character device (like /dev/zero), not a file or a pipe: it might never end\n');
    expect(r.code).toBe(1);
  });
});

describe('what is read is bounded', () => {
  it('a stream (stdin) that gives more than the limit is cut with an error', async () => {
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) yield Buffer.alloc(64 * 1024);
    }
    const stream = Readable.from(endless());
    await expect(readStreamBounded(stream, 'stdin', 2 ** 20)).rejects.toThrow('stdin is larger than 1 MiB, more than any input this tool reads; refusing it');
    expect(stream.destroyed).toBe(true);
  });

  it('a file over the limit is refused by its size, and one under it reads whole', async () => {
    const file = join(dir, 'big.bin');
    writeFileSync(file, new Uint8Array(3 * 2 ** 20 + 5).fill(7));
    await expect(readInputFile(file, 2 ** 20)).rejects.toThrow(`${file}: is larger than 1 MiB`);
    expect(() => readInputFileSync(file, 2 ** 20)).toThrow(`${file}: is larger than 1 MiB`);
    expect((await readInputFile(file, 4 * 2 ** 20)).length).toBe(3 * 2 ** 20 + 5);
    expect(readInputFileSync(file, 4 * 2 ** 20).every((b) => b === 7)).toBe(true);
  });
});

describe('tensors with a side too long for the network (a [3, 1, 4000000] tensor took 3.4 GB)', () => {
  it('classify and verify refuse a [3, 1, 5000] tensor with the same words', async () => {
    const long = join(dir, 'long.npy');
    writeFileSync(long, writeNpy(tensor([3, 1, 5000], new Float32Array(15000))));
    const words = 'tensor [3, 1, 5000] is 1×5000 pixels per image, a side longer than 4096; ImageNet models take 224×224';
    expect((await run(['classify', long, '--weights', weights])).stderr).toContain(words);

    const refs = join(dir, 'long-refs');
    mkdirSync(refs);
    writeFileSync(join(refs, 'long.npy'), writeNpy(tensor([3, 1, 5000], new Float32Array(15000))));
    writeFileSync(join(refs, 'logits.npy'), writeNpy(tensor([10], new Float32Array(10))));
    writeFileSync(join(refs, 'manifest.json'), JSON.stringify({
      format: 'resnet18-ts references 1', numClasses: 10, images: [{ name: 'long', input: 'long.npy', logits: 'logits.npy' }],
    }));
    const r = await run(['verify', refs, '--weights', weights]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(words);
  });

  it('still takes a long but modest tensor such as [3, 8, 4096]', async () => {
    const wide = join(dir, 'wide.npy');
    writeFileSync(wide, writeNpy(tensor([3, 8, 4096], new Float32Array(3 * 8 * 4096))));
    const r = await run(['classify', wide, '--weights', weights, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('export-web DIR with symbolic links already in it', () => {
  it('replaces the links with its files: a link\'s target is not overwritten, a dangling link creates nothing', async () => {
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim.txt'), 'keep me');
    const site = join(dir, 'site');
    mkdirSync(site);
    symlinkSync(join(outside, 'victim.txt'), join(site, 'resnet18.bin'));
    symlinkSync(join(outside, 'created.html'), join(site, 'index.html')); // dangling
    symlinkSync(join(site, 'loop'), join(site, 'loop')); // a loop, listed as it is
    const r = await run(['export-web', site, '--weights', weights]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(outside, 'created.html'))).toBe(false);
    for (const name of ['resnet18.bin', 'index.html']) expect(lstatSync(join(site, name)).isFile(), name).toBe(true);
    expect(readFileSync(join(site, 'resnet18.bin'))).toEqual(readFileSync(weights));
  }, 60_000);
});
