// Admission before work, decoding off the event loop, and cancellation, over real HTTP: an image
// is refused from its header before it is decoded, a full queue is refused before decoding, a
// batch is decoded within the memory budget, /api/health answers while large images decode, and
// the work of clients that hang up is dropped. Images are small files that decode to large ones
// (test/support/hostileImages.ts), kept to a few megapixels so that the tests stay short.

import { connect, type Socket } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Classifier, loadModel } from '../src/classifier/classifier.js';
import { startServer, type RunningServer, type ServerOptions } from '../src/server/server.js';
import { declaredJpeg, uniformGif } from './support/hostileImages.js';
import { randomStateDict } from './support/random.js';
import { gatedClassifier } from './support/gatedClassifier.js';

let classifier: Classifier;
const servers: RunningServer[] = [];

beforeAll(async () => {
  classifier = await loadModel({ weights: randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7), workers: 1 });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await classifier?.close();
});

async function serve(options: Partial<ServerOptions> = {}, model: Classifier = classifier, log: string[] = []): Promise<RunningServer> {
  const server = await startServer({ classifier: model, host: '127.0.0.1', port: 0, log: (line) => log.push(line), ...options });
  servers.push(server);
  return server;
}


async function health(server: RunningServer): Promise<any> {
  return (await fetch(`${server.url}/api/health`)).json();
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 10));
}

async function post(url: string, body: Uint8Array | FormData): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(url, { method: 'POST', body });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

/** Sends a raw-body classify request on its own socket and leaves it open (to hang up later). */
async function sendAndHold(server: RunningServer, body: Uint8Array): Promise<Socket> {
  const socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(`POST /api/classify HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\n\r\n`);
  socket.write(body);
  return socket;
}

/** Distinct small JPEGs (distinct uploads do not share a computation). */
function photos(count: number): Promise<Buffer[]> {
  const cat = readFileSync('samples/cat.jpg');
  return Promise.all(Array.from({ length: count }, (_, i) => sharp(cat).resize(64 + i, 48).jpeg().toBuffer()));
}

describe('admission before work', () => {
  it('refuses a 300-byte JPEG declaring more pixels than --max-megapixels with 413, without decoding it', async () => {
    const server = await serve({ maxPixels: 30_000_000 });
    const bomb = await declaredJpeg(6320, 6320);
    const answer = await post(`${server.url}/api/classify`, bomb);
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('too_many_pixels');
    expect(answer.json.error.message).toMatch(/6320×6320/);
    expect((await health(server)).decodes_run).toBe(0);
  });

  it('answers 503 with Retry-After when the queue is full, before decoding the refused image', async () => {
    const { model, release, started } = gatedClassifier(classifier);
    const server = await serve({ maxQueue: 2, maxBatch: 1, cacheEntries: 0 }, model);
    const [a, b, c, d] = await photos(4);
    const accepted = [post(`${server.url}/api/classify`, a)];
    await started;
    accepted.push(post(`${server.url}/api/classify`, b), post(`${server.url}/api/classify`, c));
    await until(async () => (await health(server)).queue === 2);
    const refused = await post(`${server.url}/api/classify`, d);
    expect(refused.status).toBe(503);
    expect(refused.json.error.code).toBe('busy');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Three images decoded (the running one and the two waiting), not the refused fourth.
    expect((await health(server)).decodes_run).toBe(3);
    release();
    for (const answer of await Promise.all(accepted)) expect(answer.status).toBe(200);
  });

  it('refuses a whole batch request with one 503 when its files do not fit in the queue', async () => {
    const server = await serve({ maxQueue: 3 });
    const body = new FormData();
    for (const [i, bytes] of (await photos(4)).entries()) body.append('image', new Blob([bytes]), `${i}.jpg`);
    const answer = await post(`${server.url}/api/classify/batch`, body);
    expect(answer.status).toBe(503);
    expect((await health(server)).decodes_run).toBe(0);
  });

  it('decodes a batch request within the memory budget: one 1500×1000 image at a time in 16 MB, two in 64 MB', async () => {
    // Each needs about 13 MB by its header (1500 · 1000 · 3 bytes, + 10 %, + 8 MB).
    const images = await Promise.all(Array.from({ length: 4 }, (_, i) => sharp({ create: { width: 1500, height: 1000, channels: 3, background: { r: 10 * i, g: 100, b: 50 } } }).png().toBuffer()));
    const body = (): FormData => {
      const form = new FormData();
      for (const [i, bytes] of images.entries()) form.append('image', new Blob([bytes]), `${i}.png`);
      return form;
    };
    const tight = await serve({ decodeWorkers: 2, decodeMemoryBytes: 16 * 1024 * 1024 });
    const answer = await post(`${tight.url}/api/classify/batch`, body());
    expect(answer.status).toBe(200);
    expect(answer.json.results.every((r: { top?: unknown }) => r.top)).toBe(true);
    const one = tight.service.decoder.peakReservedBytes;
    expect(one).toBeLessThanOrEqual(16 * 1024 * 1024);
    const roomy = await serve({ decodeWorkers: 2, decodeMemoryBytes: 64 * 1024 * 1024 });
    expect((await post(`${roomy.url}/api/classify/batch`, body())).status).toBe(200);
    expect(roomy.service.decoder.peakReservedBytes).toBe(2 * one);
  });
});

describe('decoding off the event loop', () => {
  it('answers /api/health while large GIFs are being decoded by our own decoder', async () => {
    const server = await serve({ decodeWorkers: 1, cacheEntries: 0 });
    const gifs = [0, 1, 2].map((i) => uniformGif(3000, 3000, [i * 50, 100, 200]));
    const answers = gifs.map((gif) => post(`${server.url}/api/classify`, gif));
    // Answered while a GIF decodes in the worker: on the main thread, it could not be.
    await until(async () => (await health(server)).decoding === 1);
    for (const answer of await Promise.all(answers)) {
      expect(answer.status).toBe(200);
      expect(answer.json.image).toEqual({ width: 3000, height: 3000, format: 'gif' });
    }
  }, 60_000);
});

describe.skipIf(process.platform !== 'linux')('the event loop first (Linux thread priorities)', () => {
  it('runs every thread of the process but the event loop\'s at nice 10, decode workers included', async () => {
    const server = await serve({ decodeWorkers: 2 });
    // A decode worker lowers itself once it has started: make sure both have.
    await post(`${server.url}/api/classify/batch`, (() => {
      const form = new FormData();
      form.append('image', new Blob([readFileSync('samples/cat.jpg')]), 'a.jpg');
      form.append('image', new Blob([readFileSync('samples/rocket.jpg')]), 'b.jpg');
      return form;
    })());
    const nice = readdirSync('/proc/self/task').map((tid) => ({ tid: Number(tid), nice: getPriority(Number(tid)) }));
    expect(nice.find((t) => t.tid === process.pid)?.nice).toBe(0);
    const comm = (tid: number): string => { try { return readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim(); } catch { return '?'; } };
    expect(nice.filter((t) => t.tid !== process.pid && t.nice < 10).map((t) => ({ ...t, name: comm(t.tid) }))).toEqual([]);
    // The engine's workers, the decode workers, libuv's and V8's threads.
    expect(nice.length).toBeGreaterThan(6);
    expect((await health(server)).event_loop_max_ms).toBeGreaterThanOrEqual(0);
  });
});

describe('cancellation', () => {
  it('drops the queued inference of clients that hang up: no forward pass runs for them', async () => {
    const { model, release, started } = gatedClassifier(classifier);
    const server = await serve({ maxBatch: 1, cacheEntries: 0 }, model);
    const [first, ...rest] = await photos(7);
    const kept = post(`${server.url}/api/classify`, first);
    await started;
    const sockets = await Promise.all(rest.map((bytes) => sendAndHold(server, bytes)));
    await until(async () => (await health(server)).queue === 6);
    for (const socket of sockets) socket.destroy();
    await until(async () => (await health(server)).admitted === 1);
    expect((await health(server)).queue).toBe(0);
    release();
    expect((await kept).status).toBe(200);
    expect((await health(server)).images_run).toBe(1);
  });

  it('drops the queued decodes of clients that hang up: only the one already decoding finishes', async () => {
    const server = await serve({ decodeWorkers: 1, cacheEntries: 0 });
    const sockets = await Promise.all([0, 1, 2, 3, 4].map((i) => sendAndHold(server, uniformGif(3000, 3000, [i * 40, 10, 10]))));
    await until(async () => {
      const h = await health(server);
      return h.decoding === 1 && h.decode_waiting === 4;
    });
    for (const socket of sockets) socket.destroy();
    await until(async () => (await health(server)).admitted === 0);
    await until(async () => (await health(server)).decoding === 0);
    const after = await health(server);
    expect(after.decodes_run).toBe(1);
    expect(after.images_run).toBe(0);
  }, 60_000);

  it('answers a client that hangs up during its batch at once; the batch goes on for the others', async () => {
    const { model, release, started } = gatedClassifier(classifier);
    const log: string[] = [];
    const server = await serve({ maxBatch: 2, maxWaitMs: 2_000, cacheEntries: 0 }, model, log);
    const [a, b] = await photos(2);
    const kept = post(`${server.url}/api/classify`, a);
    const leaving = await sendAndHold(server, b);
    await started;
    expect((await health(server)).queue).toBe(0);
    leaving.destroy();
    // Logged as closed by the client while the batch is still held at the gate.
    await until(async () => log.some((line) => / POST \/api\/classify 499 /.test(line)));
    release();
    const answer = await kept;
    expect(answer.status).toBe(200);
    expect((await health(server)).batches_run).toBe(1);
  });
});
