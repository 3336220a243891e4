// The resnet18 process writing into a pipe whose reader goes away (`resnet18 classify dir | head -1`):
// it must end quietly, exit code 0 and nothing on stderr, whether the reader leaves before the
// first line or in the middle of the output.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNpy } from '../src/formats/npy.js';
import { writeBlob } from '../src/weights/blob.js';
import { randomStateDict, randomTensor } from './support/random.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const image = fileURLToPath(new URL('./golden/images/photo_500x375.jpg', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-pipes-'));
const blob = join(dir, 'w.bin');
const inputs = join(dir, 'inputs');

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Bytes the reader took before it went away. */
  read: number;
}

/**
 * Runs the CLI with stdout a pipe, and closes the reading end: at once ('before'), or after the
 * first chunk arrives ('after first chunk'), as `head -1` does.
 */
function runClosingStdout(args: string[], when: 'before' | 'after first chunk'): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    if (when === 'before') {
      child.stdout.destroy();
    } else {
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout.destroy();
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, read }));
  });
}

beforeAll(() => {
  // 1000 classes, so that `--logits` prints ~10 kB per image: 30 images are far more than a pipe
  // holds (64 kB), and the command is still writing when the reader goes away.
  writeFileSync(blob, writeBlob(randomStateDict({ widths: [4, 4, 4, 4], numClasses: 1000 })));
  mkdirSync(inputs);
  const x = writeNpy(randomTensor([3, 64, 64], 'pipe input'));
  for (let i = 0; i < 30; i++) writeFileSync(join(inputs, `x${String(i).padStart(2, '0')}.npy`), x);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A TCP port free right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('a closed stdout', () => {
  it('ends classify quietly with exit 0 when the reader leaves after the first chunk (classify dir | head -1)', async () => {
    const r = await runClosingStdout(['classify', inputs, '--weights', blob, '--logits', '--workers', '1'], 'after first chunk');
    expect(r.read).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, signal: null });
  });

  it.each([
    ['classify', ['classify', inputs, '--weights', blob, '--workers', '1']],
    ['explain', ['explain', image, '--weights', blob, '--workers', '1']],
    ['preprocess', ['preprocess', image, '-o', join(dir, 'x.npy')]],
    ['bench', ['bench', '--size', '32', '--iterations', '1', '--workers', '1']],
  ])('ends %s quietly with exit 0 when stdout is closed before it writes', async (_, args) => {
    const r = await runClosingStdout(args, 'before');
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, signal: null });
  });

  it('keeps serve answering without its request log, and lets SIGTERM stop it with exit 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--port', String(port), '--weights', blob, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 300) throw new Error(`serve did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (let i = 0; i < 3; i++) {
      const answer = await fetch(`${base}/api/classify`, { method: 'POST', body: readFileSync(image) });
      expect(answer.status).toBe(200);
    }
    child.kill('SIGTERM');
    expect(await ended).toBe(0);
    expect(stderr).toBe('');
  });
});
