// What a broken client or an attacker sends, on loopback: multipart bodies truncated at many
// offsets, bytes flipped at random, connections cut part-way through a part. The server must
// answer each with an error it chose (4xx), or see the disconnect, and keep answering
// /api/health after every case. Bounded: a fixed, seeded set of about 200 small requests.

import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { randomStateDict } from './support/random.js';

const FORMATS = 'test/golden/images/formats';
const jpeg = readFileSync(`${FORMATS}/jpeg_odd_37x29.jpg`);
const gif = readFileSync(`${FORMATS}/gif_interlaced_40x30.gif`);
const bmp = readFileSync(`${FORMATS}/bmp_pal4_37x29.bmp`);

const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';

/** A multipart/form-data body, built by hand so that every byte is known. */
function multipart(files: { bytes: Uint8Array; name: string }[], fields: Record<string, string> = {}): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="image"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(file.bytes), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

const single = multipart([{ bytes: jpeg, name: 'a.jpg' }], { top: '3' });
const batch = multipart([{ bytes: jpeg, name: 'a.jpg' }, { bytes: gif, name: 'b.gif' }, { bytes: bmp, name: 'c.bmp' }], { lang: 'both' });
/** The body is complete only once the closing delimiter "--BOUNDARY--" has arrived. */
const complete = (body: Buffer): number => body.lastIndexOf(`--${BOUNDARY}--`) + BOUNDARY.length + 4;

/** A small deterministic PRNG (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Offsets spread over the whole body, plus every offset near each boundary line. */
function cutOffsets(body: Buffer, count: number, next: () => number): number[] {
  const offsets = new Set<number>([0, 1, 2]);
  for (let at = body.indexOf(`--${BOUNDARY}`); at >= 0; at = body.indexOf(`--${BOUNDARY}`, at + 1)) {
    for (const d of [-2, -1, 0, 1, 2, BOUNDARY.length + 2, BOUNDARY.length + 3, BOUNDARY.length + 4]) offsets.add(at + d);
  }
  while (offsets.size < count) offsets.add(Math.floor(next() * body.length));
  return [...offsets].filter((o) => o >= 0 && o < complete(body)).sort((a, b) => a - b);
}

let classifier: Classifier;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  classifier = await loadModel({ weights: randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7), workers: 1 });
  server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: (line) => logged.push(line) });
});

afterAll(async () => {
  await server?.close();
  await classifier?.close();
});

/** POSTs exactly these bytes (Content-Length = their length) and reads the answer. */
function send(path: string, body: Buffer): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`, 'Content-Length': body.length },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        try {
          resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) });
        } catch {
          reject(new Error(`answer ${response.statusCode} is not JSON: ${text.slice(0, 200)}`));
        }
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer within 10 s to ${body.length} bytes`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function healthAnswers(): Promise<void> {
  const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { status: string }).status).toBe('ok');
}

describe('malformed multipart uploads', () => {
  it('answers the 88-byte unterminated part with 400 bad_request, and stays up', async () => {
    const body = Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nabc');
    const answer = await new Promise<{ status: number; json: any }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/classify`, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' } }, (response) => {
        let text = '';
        response.on('data', (c) => { text += c; });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
      });
      req.setTimeout(10_000, () => req.destroy(new Error('no answer within 10 s')));
      req.on('error', reject);
      req.end(body);
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe('bad_request');
    expect(answer.json.error.message).toMatch(/Unexpected end of form/);
    await healthAnswers();
  });

  it('answers the uncut bodies with 200 (the fuzz cases start from valid requests)', async () => {
    expect((await send('/api/classify', single)).status).toBe(200);
    const answer = await send('/api/classify/batch', batch);
    expect(answer.status).toBe(200);
    expect(answer.json.results.map((r: { top?: unknown }) => r.top !== undefined)).toEqual([true, true, true]);
  });

  for (const [name, path, body] of [['single', '/api/classify', single], ['batch', '/api/classify/batch', batch]] as const) {
    it(`answers a ${name} body truncated at any offset before its closing boundary with a 4xx JSON error`, async () => {
      const offsets = cutOffsets(body, 60, random(name.length));
      expect(offsets.length).toBeGreaterThan(40);
      for (const offset of offsets) {
        const answer = await send(path, body.subarray(0, offset));
        expect({ offset, status: answer.status }).toEqual({ offset, status: 400 });
        expect(answer.json.error.code).toBe('bad_request');
        await healthAnswers();
      }
    }, 120_000);

    it(`answers a ${name} body with random bytes flipped with a JSON answer, never a 5xx`, async () => {
      // A flipped byte inside the image may still decode (200); anywhere else it must be a 4xx.
      const next = random(100 + name.length);
      const statuses = new Map<number, number>();
      for (let i = 0; i < 40; i++) {
        const flipped = Buffer.from(body);
        const flips = 1 + Math.floor(next() * 3);
        for (let f = 0; f < flips; f++) flipped[Math.floor(next() * flipped.length)] ^= 1 << Math.floor(next() * 8);
        const answer = await send(path, flipped);
        expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500), `case ${i}: ${answer.status} ${JSON.stringify(answer.json)}`).toBe(true);
        if (answer.status !== 200) expect(answer.json.error.code).toMatch(/\w/);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        await healthAnswers();
      }
      expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    }, 120_000);
  }

  it('sees connections cut part-way through a part (reset or half-closed), and stays up', async () => {
    const next = random(42);
    const cuts = 24;
    for (let i = 0; i < cuts; i++) {
      const body = i % 2 ? batch : single;
      const path = i % 2 ? '/api/classify/batch' : '/api/classify';
      const offset = 1 + Math.floor(next() * (complete(body) - 2));
      const before = logged.length;
      const socket = connect(server.port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n`);
      socket.write(body.subarray(0, offset));
      await new Promise((r) => setTimeout(r, 5));
      // Half of them reset the connection, half close their side and wait for an answer.
      if (i % 4 < 2) socket.resetAndDestroy();
      else socket.end();
      // The server logs the request as closed by the client (499) once it has seen the cut.
      while (!logged.slice(before).some((line) => line.includes(` ${path} 499 `))) await new Promise((r) => setTimeout(r, 5));
      socket.destroy();
      await healthAnswers();
    }
  }, 120_000);
});
