// downloadWeights against a local HTTP server on 127.0.0.1: success, redirects, and every failure
// (wrong checksum, cut connection, 404, redirect loop, timeout, abort) leaving nothing behind.

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBlobFile } from '../src/weights/blobFile.js';
import { DEFAULT_WEIGHTS_URL, digestPrefixFromUrl, downloadWeights } from '../src/weights/download.js';

const DIR = new URL('./golden/checkpoints/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as {
  config: { widths: number[]; numClasses: number };
  reference: { float32: Record<string, { sha256: string }> };
  files: Record<string, { sha256: string }>;
};
const CHECKPOINT = readFileSync(new URL('mini_zip.pth', DIR));
const SHA256 = manifest.files['mini_zip.pth'].sha256;
const PREFIX = SHA256.slice(0, 8);
const GOOD = `/models/mini-${PREFIX}.pth`;
const HTML = Buffer.from('<!DOCTYPE html><html><body>Please log in</body></html>');
const HTML_PREFIX = createHash('sha256').update(HTML).digest('hex').slice(0, 8);

let server: Server;
let base: string;
const scratch = mkdtempSync(join(tmpdir(), 'download-test-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === GOOD || url === '/models/mini-00000000.pth') {
      res.writeHead(200, { 'content-length': CHECKPOINT.length, 'content-type': 'application/octet-stream' });
      res.end(CHECKPOINT);
    } else if (url === `/chunked/mini-${PREFIX}.pth`) {
      res.writeHead(200); // no Content-Length: chunked transfer encoding
      for (let at = 0; at < CHECKPOINT.length; at += 10_000) res.write(CHECKPOINT.subarray(at, at + 10_000));
      res.end();
    } else if (url === `/cut/mini-${PREFIX}.pth`) {
      res.writeHead(200, { 'content-length': CHECKPOINT.length });
      res.write(CHECKPOINT.subarray(0, CHECKPOINT.length >> 1), () => res.socket?.destroy());
    } else if (url === `/redirect/mini-${PREFIX}.pth`) {
      res.writeHead(302, { location: GOOD });
      res.end();
    } else if (url === `/loop/mini-${PREFIX}.pth`) {
      res.writeHead(301, { location: url });
      res.end();
    } else if (url === `/html/page-${HTML_PREFIX}.pth`) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HTML);
    } else if (url === `/silent/mini-${PREFIX}.pth`) {
      // never answers
    } else if (url === `/drip/mini-${PREFIX}.pth` || url === `/trickle/mini-${PREFIX}.pth`) {
      // A byte every 20 ms (under the stall rule's 1 KiB a window), or 2 KB every 50 ms (over it,
      // but 105 KB take 2.6 s): neither ever goes quiet long enough for the idle timeout.
      const [size, every] = url.startsWith('/drip/') ? [1, 20] : [2000, 50];
      res.writeHead(200, { 'content-length': CHECKPOINT.length });
      let at = 0;
      const timer = setInterval(() => {
        res.write(CHECKPOINT.subarray(at, at + size));
        at += size;
        if (at >= CHECKPOINT.length) clearInterval(timer);
      }, every);
      res.on('close', () => clearInterval(timer));
    } else if (url === `/pause/mini-${PREFIX}.pth`) {
      res.writeHead(200, { 'content-length': CHECKPOINT.length });
      res.write(CHECKPOINT.subarray(0, 1000)); // then nothing
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh empty directory per test, so "nothing left behind" can be checked with readdir. */
function freshDir(): string {
  return mkdtempSync(join(scratch, 'case-'));
}

async function failure(path: string, extra: Partial<Parameters<typeof downloadWeights>[0]> = {}): Promise<{ message: string; left: string[] }> {
  const dir = freshDir();
  const error = await downloadWeights({ url: base + path, outPath: join(dir, 'resnet18.bin'), ...extra }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return { message: (error as Error).message, left: readdirSync(dir) };
}

describe('digestPrefixFromUrl', () => {
  it("takes the hex digits after the file name's dash, as torch.hub does", () => {
    expect(digestPrefixFromUrl(DEFAULT_WEIGHTS_URL)).toBe('f37072fd');
    expect(digestPrefixFromUrl('https://download.pytorch.org/models/resnet18-5c106cde.pth')).toBe('5c106cde');
    expect(digestPrefixFromUrl('https://example.com/weights.pth')).toBeUndefined();
  });
});

describe('downloadWeights', () => {
  it('downloads, verifies the SHA-256 prefix from the file name, converts and writes the blob (and only it)', async () => {
    const dir = freshDir();
    const out = join(dir, 'resnet18.bin');
    const progress: [number, number | undefined][] = [];
    const result = await downloadWeights({ url: base + GOOD, outPath: out, onProgress: (b, t) => progress.push([b, t]) });
    expect(result).toMatchObject({ outPath: out, sha256: SHA256, downloadedBytes: CHECKPOINT.length, config: manifest.config });
    expect(progress[progress.length - 1]).toEqual([CHECKPOINT.length, CHECKPOINT.length]);
    expect(readdirSync(dir)).toEqual(['resnet18.bin']);
    const blob = loadBlobFile(out);
    expect(blob.header.source).toEqual({ fileName: `mini-${PREFIX}.pth`, sha256: SHA256 });
    const fc = blob.stateDict.get('fc.weight')!.data;
    expect(createHash('sha256').update(new Uint8Array(fc.buffer, fc.byteOffset, fc.byteLength)).digest('hex'))
      .toBe(manifest.reference.float32['fc.weight'].sha256);
  });

  it('accepts a full digest, a redirect, and a body without Content-Length', async () => {
    const dir = freshDir();
    await downloadWeights({ url: `${base}/redirect/mini-${PREFIX}.pth`, sha256Prefix: SHA256, outPath: join(dir, 'a.bin') });
    await downloadWeights({ url: `${base}/chunked/mini-${PREFIX}.pth`, outPath: join(dir, 'b.bin') });
    expect(readdirSync(dir).sort()).toEqual(['a.bin', 'b.bin']);
  });

  it('rejects a file whose SHA-256 does not start with the expected digits, leaving nothing', async () => {
    const { message, left } = await failure('/models/mini-00000000.pth');
    expect(message).toMatch(new RegExp(`its SHA-256 is ${SHA256}, which does not start with 00000000\\. Nothing was saved`));
    expect(left).toEqual([]);
  });

  it('rejects a connection cut in the middle of the body, leaving nothing', async () => {
    const { message, left } = await failure(`/cut/mini-${PREFIX}.pth`);
    expect(message).toMatch(new RegExp(`was interrupted \\(.*\\): got \\d+ of ${CHECKPOINT.length} bytes\\. Nothing was saved`));
    expect(left).toEqual([]);
  });

  it('reports an HTTP error status, leaving nothing', async () => {
    const { message, left } = await failure(`/missing/mini-${PREFIX}.pth`);
    expect(message).toBe(`download of ${base}/missing/mini-${PREFIX}.pth failed: HTTP 404 Not Found`);
    expect(left).toEqual([]);
  });

  it('gives up after 5 redirects', async () => {
    const { message, left } = await failure(`/loop/mini-${PREFIX}.pth`);
    expect(message).toMatch(/failed: too many redirects/);
    expect(left).toEqual([]);
  });

  it('times out when the server sends nothing', async () => {
    const { message, left } = await failure(`/silent/mini-${PREFIX}.pth`, { timeoutMs: 200 });
    expect(message).toMatch(/timed out: no data for 0\.2 s/);
    expect(left).toEqual([]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { message, left } = await failure(`/silent/mini-${PREFIX}.pth`, { signal: controller.signal });
    expect(message).toMatch(/aborted/);
    expect(left).toEqual([]);
  });

  it('gives up on a server dripping a byte every 20 ms: less than 1 KiB in a window of timeoutMs is a stall', async () => {
    const { message, left } = await failure(`/drip/mini-${PREFIX}.pth`, { timeoutMs: 300 });
    expect(message).toMatch(/stalled: \d+ bytes in the last 0\.\d s \(got \d+ of 105225 bytes\)\. Nothing was saved/);
    expect(left).toEqual([]);
  });

  it('gives up at the overall deadline on a server too slow to finish, though never stalled', async () => {
    const { message, left } = await failure(`/trickle/mini-${PREFIX}.pth`, { timeoutMs: 300, deadlineMs: 800 });
    expect(message).toMatch(/did not finish within 0\.8 s \(got \d+ of 105225 bytes\)/);
    expect(left).toEqual([]);
  });

  it('reports progress while nothing arrives, with the rate showing the stall', async () => {
    const reports: { bytes: number; rate: number }[] = [];
    const { message } = await failure(`/pause/mini-${PREFIX}.pth`, {
      timeoutMs: 400, onProgress: (bytes, _, rate) => reports.push({ bytes, rate: rate.bytesPerSecond }),
    });
    expect(message).toMatch(/timed out|stalled/);
    const quiet = reports.filter((r) => r.bytes === 1000 && r.rate === 0);
    expect(quiet.length, JSON.stringify(reports)).toBeGreaterThanOrEqual(2);
  });

  it('refuses a file name with fewer than 6 hex digits of the digest, as --sha256 does', async () => {
    const { message } = await failure('/models/resnet18-4.pth');
    expect(message).toBe(`cannot verify ${base}/models/resnet18-4.pth: its file name carries only 1 hex digit of the SHA-256 ("4"), ` +
      'too few to identify a file (6 or more); pass sha256Prefix');
    expect((await failure('/models/resnet18-4.pth', { sha256Prefix: 'abc' })).message).toBe('sha256Prefix "abc" is not 6 to 64 hex digits');
  });

  it('refuses a URL without a digest in its name unless one is given', async () => {
    const { message } = await failure('/weights.pth');
    expect(message).toMatch(/its file name has no SHA-256 prefix .* pass sha256Prefix/);
  });

  it('writes nothing when the verified file is not a checkpoint', async () => {
    const { message, left } = await failure(`/html/page-${HTML_PREFIX}.pth`);
    expect(message).toMatch(/page-[0-9a-f]{8}\.pth \(downloaded from .*\) is not a PyTorch checkpoint: .*HTML/);
    expect(left).toEqual([]);
  });
});
