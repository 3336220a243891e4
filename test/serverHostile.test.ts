// Issue 21's service attacks, small enough to run in the suite (bench/hostile.ts runs them at full
// size and measures memory and latency): unfinished uploads held against one budget across all
// connections, a deadline on the whole body counted from its first byte, no `100 Continue` before
// a 413, a shutdown that no client can hold off, explanations shared while computing and stopped
// once nobody waits, and started only by this origin's pages.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Classifier, loadModel } from '../src/classifier/classifier.js';
import { startServer, type RunningServer, type ServerOptions } from '../src/server/server.js';
import { writeBlob } from '../src/weights/blob.js';
import { gatedClassifier } from './support/gatedClassifier.js';
import { randomStateDict } from './support/random.js';

let classifier: Classifier;
const servers: RunningServer[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  classifier = await loadModel({ weights: randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7), workers: 1 });
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => s.close()));
  await classifier?.close();
});

async function serve(options: Partial<ServerOptions> = {}, model: Classifier = classifier): Promise<RunningServer> {
  const server = await startServer({ classifier: model, host: '127.0.0.1', port: 0, log: () => {}, ...options });
  servers.push(server);
  return server;
}

async function health(server: RunningServer): Promise<any> {
  return (await fetch(`${server.url}/api/health`)).json();
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 10));
}

/** A raw connection that sends `head` (and whatever else the test writes), collecting what comes back. */
async function open(server: RunningServer, head: string): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  const socket = connect(server.port, '127.0.0.1');
  sockets.push(socket);
  socket.on('error', () => {});
  let text = '';
  socket.on('data', (chunk: Buffer) => { text += chunk.toString('latin1'); });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(head);
  return { socket, received: () => text, closed };
}

function postHead(server: RunningServer, path: string, headers: string): string {
  return `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n${headers}\r\n`;
}

describe('unfinished uploads', () => {
  it('refuses a body that does not fit in the upload budget with 503 before reading it, and frees the budget when a connection closes', async () => {
    // 64 KB per file, so a batch may be 256 KB, and the budget is that: one 200 KB body fills it.
    const server = await serve({ maxUploadBytes: 64 * 1024, uploadMemoryBytes: 256 * 1024 });
    const batch = '/api/classify/batch';
    const type = 'Content-Type: multipart/form-data; boundary=x\r\n';
    const holder = await open(server, postHead(server, batch, `${type}Content-Length: 200000\r\n`));
    holder.socket.write(Buffer.alloc(100_000, 'a'));
    await until(async () => (await health(server)).upload_memory_mb > 0);

    const refused = await open(server, postHead(server, batch, `${type}Content-Length: 200000\r\n`));
    await until(async () => refused.received().includes('\r\n\r\n{'));
    expect(refused.received()).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused.received()).toMatch(/Retry-After: 1/i);
    expect(refused.received()).toMatch(/"code":"busy"/);

    // A body without a length is held to the budget as it streams in.
    const chunked = await open(server, postHead(server, batch, `${type}Transfer-Encoding: chunked\r\n`));
    chunked.socket.write(`${(120_000).toString(16)}\r\n${'b'.repeat(120_000)}\r\n`);
    await until(async () => chunked.received().includes('\r\n\r\n{'));
    expect(chunked.received()).toMatch(/^HTTP\/1\.1 503 /);

    holder.socket.destroy();
    await until(async () => (await health(server)).upload_memory_mb === 0);
    const form = new FormData();
    for (const name of ['a', 'b', 'c']) form.append('image', new Blob([new Uint8Array(50_000)]), `${name}.jpg`);
    const after = await fetch(`${server.url}${batch}`, { method: 'POST', body: form });
    // Read whole now the budget is free (the bytes are no image: 200 with a per-file error).
    expect(after.status).toBe(200);
    expect((await health(server)).uploads_refused).toBe(2);
  });

  it('cuts a body that has not arrived within its deadline with 408, however steadily it drips', async () => {
    const server = await serve({ uploadTimeoutMs: 400 });
    const drip = await open(server, postHead(server, '/api/classify', 'Content-Length: 1000\r\n'));
    // A byte every 50 ms: never idle, never done.
    const timer = setInterval(() => drip.socket.write('x'), 50);
    const started = performance.now();
    await drip.closed;
    clearInterval(timer);
    expect(drip.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(drip.received()).toMatch(/"code":"timeout"/);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await health(server)).upload_memory_mb).toBe(0);
  });

  it('answers 413 to an over-long Expect: 100-continue request without a 100 first, and 100 to one that fits', async () => {
    const server = await serve();
    const big = await open(server, postHead(server, '/api/classify', `Content-Length: ${500 * 1024 * 1024}\r\nExpect: 100-continue\r\n`));
    await until(async () => big.received().includes('\r\n\r\n{'));
    expect(big.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(big.received()).not.toMatch(/100 Continue/);

    const small = await open(server, postHead(server, '/api/classify', 'Content-Length: 3\r\nExpect: 100-continue\r\n'));
    await until(async () => small.received().includes('100 Continue'));
    expect(small.received()).toMatch(/^HTTP\/1\.1 100 Continue/);
    small.socket.write('abc');
    await until(async () => small.received().includes('\r\n\r\n{'));
    expect(small.received()).toMatch(/HTTP\/1\.1 415 /);
  });
});

describe('shutdown', () => {
  it('cuts the connections still open when the drain deadline passes, and resolves close()', async () => {
    const server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: () => {}, drainTimeoutMs: 300, uploadTimeoutMs: 60_000 });
    const drip = await open(server, postHead(server, '/api/classify', 'Content-Length: 100000\r\n'));
    const timer = setInterval(() => drip.socket.write('x'), 50);
    await until(async () => (await health(server)).upload_memory_mb > 0);
    const started = performance.now();
    await server.close();
    clearInterval(timer);
    await drip.closed;
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('resnet18 serve: a SIGTERM the moment the port accepts, during a dripping upload, exits 0 after --drain-timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-drain-'));
    try {
      const blob = join(dir, 'small.bin');
      writeFileSync(blob, writeBlob(randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7)));
      const port = await new Promise<number>((resolve) => {
        const probe = createTcpServer().listen(0, '127.0.0.1', () => {
          const { port: free } = probe.address() as { port: number };
          probe.close(() => resolve(free));
        });
      });
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port), '--weights', blob, '--workers', '1', '--drain-timeout', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (chunk) => { stdout += chunk; });
      const exit = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
      // The first connection the port accepts: before "listening on" is printed.
      let socket: Socket | null = null;
      while (!socket) {
        socket = await new Promise<Socket | null>((resolve) => {
          const attempt = connect(port, '127.0.0.1');
          attempt.once('connect', () => resolve(attempt));
          attempt.once('error', () => resolve(null));
        });
        if (!socket) await new Promise((r) => setTimeout(r, 5));
      }
      sockets.push(socket);
      socket.on('error', () => {});
      socket.write(`POST /api/classify HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100000\r\n\r\nxx`);
      child.kill('SIGTERM');
      const drip = setInterval(() => socket!.write('x'), 50);
      const [code, signal] = await exit;
      clearInterval(drip);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(stdout).toMatch(/SIGTERM: finishing requests in flight \(at most 1 s\)/);
      expect(stdout).toMatch(/stopped/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('explanations', () => {
  const cat = readFileSync('samples/cat.jpg');

  it('computes one explanation for concurrent GETs of one id', async () => {
    const server = await serve();
    const { id } = await (await fetch(`${server.url}/api/classify`, { method: 'POST', body: cat })).json() as { id: string };
    const answers = await Promise.all(Array.from({ length: 4 }, () => fetch(`${server.url}/api/explain?id=${id}`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect((await health(server)).explanations_computed).toBe(1);
  }, 30_000);

  it('stops an explanation once every client asking for it has hung up: the engine never runs it', async () => {
    const { model, release, started } = gatedClassifier(classifier);
    const server = await serve({ cacheEntries: 0 }, model);
    // A classification holds the engine, so the explanation waits for its turn.
    const busy = fetch(`${server.url}/api/classify`, { method: 'POST', body: readFileSync('samples/rocket.jpg') });
    await started;
    const clients = await Promise.all([0, 1, 2].map(() => open(server, postHead(server, '/api/explain', `Content-Length: ${cat.length}\r\n`))));
    for (const client of clients) client.socket.write(cat);
    // Three requests, one computation waiting for the engine.
    await until(async () => (await health(server)).queue === 1);
    for (const client of clients) client.socket.destroy();
    await until(async () => (await health(server)).queue === 0);
    release();
    expect((await busy).status).toBe(200);
    const after = await health(server);
    expect({ computed: after.explanations_computed, stopped: after.explanations_stopped }).toEqual({ computed: 0, stopped: 1 });
  }, 30_000);

  it('refuses to start an explanation by GET for a page of another origin, as it refuses a POST', async () => {
    const server = await serve();
    const { id } = await (await fetch(`${server.url}/api/classify`, { method: 'POST', body: cat })).json() as { id: string };
    const crossSite = await fetch(`${server.url}/api/explain?id=${id}`, { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as any).error.code).toBe('cross_origin');
    const otherOrigin = await fetch(`${server.url}/api/explain?id=${id}`, { headers: { Origin: 'http://evil.example' } });
    expect(otherOrigin.status).toBe(403);
    expect((await health(server)).explanations_computed).toBe(0);
    expect((await fetch(`${server.url}/api/explain?id=${id}`, { headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
  }, 30_000);
});

describe('the weights for the on-device page', () => {
  it('answers 304 to If-None-Match of *, a weak ETag, or a list holding its ETag; 200 to another', async () => {
    const server = await serve();
    const first = await fetch(`${server.url}/weights/resnet18.bin`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await first.arrayBuffer()).byteLength).toBe(Number(first.headers.get('content-length')));
    const status = async (ifNoneMatch: string): Promise<number> => {
      const answer = await fetch(`${server.url}/weights/resnet18.bin`, { headers: { 'If-None-Match': ifNoneMatch } });
      await answer.arrayBuffer();
      return answer.status;
    };
    expect(await status(etag)).toBe(304);
    expect(await status('*')).toBe(304);
    expect(await status(`W/${etag}`)).toBe(304);
    expect(await status(`"0000", ${etag}`)).toBe(304);
    expect(await status('"0000"')).toBe(200);
  }, 30_000);
});

describe('AVIF', () => {
  /** A small AVIF whose 'ispe' box declares width×height (the header is all the server reads before refusing). */
  async function declaredAvif(width: number, height: number): Promise<Buffer> {
    const avif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#446688' } }).avif({ effort: 0 }).toBuffer();
    const at = avif.indexOf('ispe');
    if (at < 0) throw new Error("no 'ispe' box in the AVIF sharp made");
    avif.writeUInt32BE(width, at + 8);
    avif.writeUInt32BE(height, at + 12);
    return avif;
  }

  it('refuses an AVIF over its own limit of 8 megapixels with 413, before decoding it', async () => {
    const server = await serve();
    const answer = await fetch(`${server.url}/api/classify`, { method: 'POST', body: await declaredAvif(4000, 2500) });
    expect(answer.status).toBe(413);
    const body = await answer.json() as any;
    expect(body.error.code).toBe('too_many_pixels');
    expect(body.error.message).toMatch(/4000×2500 = 10.0 megapixels, more than the limit of 8.0 megapixels, the limit for AVIF/);
    expect((await health(server)).decodes_run).toBe(0);
  }, 30_000);
});
