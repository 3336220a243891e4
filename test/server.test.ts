// The service over real HTTP on an ephemeral port: answers, every error status, the cache,
// micro-batching under concurrency, health while busy, and graceful shutdown.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Classifier, loadModel } from '../src/classifier/classifier.js';
import { IMAGENET_CHINESE } from '../src/labels/imagenetChinese.js';
import { startServer, type RunningServer, type ServerOptions } from '../src/server/server.js';
import { writeBlob } from '../src/weights/blob.js';
import { randomStateDict } from './support/random.js';
import { gatedClassifier } from './support/gatedClassifier.js';

const cat = readFileSync('samples/cat.jpg');
const rocket = readFileSync('samples/rocket.jpg');
const coffee = readFileSync('samples/coffee.jpg');
const astronaut = readFileSync('samples/astronaut.jpg');
const samples = [cat, rocket, coffee, astronaut];

/** A narrow ResNet-18 with ImageNet's 1000 classes (so English and Chinese labels): fast, and real. */
const weights = randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7);

let classifier: Classifier;
const servers: RunningServer[] = [];

beforeAll(async () => {
  classifier = await loadModel({ weights, workers: 2 });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await classifier.close();
});

async function serve(options: Partial<ServerOptions> = {}, model: Classifier = classifier): Promise<RunningServer> {
  const server = await startServer({ classifier: model, host: '127.0.0.1', port: 0, log: () => {}, ...options });
  servers.push(server);
  return server;
}


function form(files: { bytes: Uint8Array; name: string; field?: string }[], fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const file of files) body.append(file.field ?? 'image', new Blob([file.bytes]), file.name);
  return body;
}

async function post(url: string, body: Uint8Array | FormData | string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(url, { method: 'POST', body, headers });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function health(server: RunningServer): Promise<any> {
  return (await fetch(`${server.url}/api/health`)).json();
}

/** A valid JPEG of exactly `size` bytes: a small one with comment (COM) segments added after its start marker. */
function jpegOfSize(size: number): Buffer {
  const small = readFileSync('test/golden/images/formats/jpeg_odd_37x29.jpg');
  const segments: Buffer[] = [];
  let room = size - small.length;
  while (room > 0) {
    if (room < 4) throw new Error(`cannot pad a JPEG by ${room} bytes`);
    // A segment is 4 bytes of marker and length, then up to 65533 bytes; never leave 1–3 bytes over.
    let payload = Math.min(room - 4, 65533);
    if (room - 4 - payload > 0 && room - 4 - payload < 4) payload -= 4;
    const segment = Buffer.alloc(4 + payload, 0x20);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(payload + 2, 2);
    segments.push(segment);
    room -= segment.length;
  }
  return Buffer.concat([small.subarray(0, 2), ...segments, small.subarray(2)]);
}

async function expected(bytes: Uint8Array, topK = 3) {
  return (await classifier.classify(bytes, { topK, lang: 'both' }));
}

describe('POST /api/classify', () => {
  let server: RunningServer;
  beforeAll(async () => { server = await serve(); });

  it('classifies a multipart upload as the library does, answering JSON in UTF-8', async () => {
    const { status, headers, json } = await post(`${server.url}/api/classify?lang=both`, form([{ bytes: cat, name: 'cat.jpg' }]));
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.top).toEqual(await expected(cat));
    expect(json.top).toHaveLength(3);
    expect(json.top[0].label_zh).toBe(IMAGENET_CHINESE[json.top[0].index]);
    expect(json.image).toEqual({ width: 451, height: 300, format: 'jpeg' });
    expect(json.model).toBe('resnet18');
    expect(json.cached).toBe(false);
    for (const key of ['decode', 'preprocess', 'inference', 'total']) expect(json.timing_ms[key]).toBeGreaterThanOrEqual(0);
  });

  it('classifies a raw request body, with options from the query', async () => {
    const { status, json } = await post(`${server.url}/api/classify?top=5&lang=en`, rocket, { 'Content-Type': 'image/jpeg' });
    expect(status).toBe(200);
    expect(json.top).toHaveLength(5);
    expect(json.top.map((p: { index: number }) => p.index)).toEqual((await expected(rocket, 5)).map((p) => p.index));
    expect(json.top[0].label_zh).toBeUndefined();
  });

  it('takes options from form fields too, and zh adds label_zh', async () => {
    const { json } = await post(`${server.url}/api/classify`, form([{ bytes: coffee, name: 'c.jpg' }], { top: '1', lang: 'zh' }));
    expect(json.top).toHaveLength(1);
    expect(json.top[0].label_zh).toBe(IMAGENET_CHINESE[json.top[0].index]);
  });

  it('answers a repeated image from the cache, whatever top and lang are', async () => {
    const first = await post(`${server.url}/api/classify`, astronaut);
    const again = await post(`${server.url}/api/classify?top=4`, astronaut);
    expect(first.json.cached).toBe(false);
    expect(again.json.cached).toBe(true);
    expect(again.json.id).toBe(first.json.id);
    expect(again.json.top.slice(0, 3)).toEqual(first.json.top);
    // autoOrient can change the pixels, so it is part of the key.
    const oriented = await post(`${server.url}/api/classify?autoOrient=true`, astronaut);
    expect(oriented.json.cached).toBe(false);
  });
});

describe('errors', () => {
  let server: RunningServer;
  beforeAll(async () => { server = await serve({ maxUploadBytes: 1024 * 1024, maxPixels: 300 * 300 }); });

  const cases: [string, () => Promise<{ status: number; json: any }>, number, string][] = [
    ['an empty body', () => post(`${server.url}/api/classify`, new Uint8Array(0)), 400, 'empty_image'],
    ['a truncated JPEG', () => post(`${server.url}/api/classify`, cat.subarray(0, 600)), 400, 'corrupt_image'],
    ['a text file', () => post(`${server.url}/api/classify`, readFileSync('package.json')), 415, 'unsupported_format'],
    ['a body over the upload limit', () => post(`${server.url}/api/classify`, new Uint8Array(1024 * 1024 + 1)), 413, 'too_large'],
    ['a multipart file over the limit', () => post(`${server.url}/api/classify`, form([{ bytes: new Uint8Array(1024 * 1024 + 1), name: 'big.jpg' }])), 413, 'too_large'],
    ['an image with too many pixels', () => post(`${server.url}/api/classify`, rocket), 413, 'too_many_pixels'],
    ['top out of range', () => post(`${server.url}/api/classify?top=21`, cat), 400, 'bad_request'],
    ['an unknown lang', () => post(`${server.url}/api/classify?lang=fr`, cat), 400, 'bad_request'],
    ['no image field', () => post(`${server.url}/api/classify`, form([], { top: '3' })), 400, 'bad_request'],
    ['a file under another field name', () => post(`${server.url}/api/classify`, form([{ bytes: cat, name: 'a.jpg', field: 'photo' }])), 400, 'bad_request'],
    ['two images to the single endpoint', () => post(`${server.url}/api/classify`, form([{ bytes: cat, name: 'a.jpg' }, { bytes: cat, name: 'b.jpg' }])), 400, 'bad_request'],
    ['a broken multipart body', () => post(`${server.url}/api/classify`, '--x\r\nnonsense', { 'Content-Type': 'multipart/form-data; boundary=x' }), 400, 'bad_request'],
  ];
  for (const [what, send, status, code] of cases) {
    it(`answers ${status} ${code} for ${what}`, async () => {
      const answer = await send();
      expect(answer.status).toBe(status);
      expect(answer.json.error.code).toBe(code);
      expect(answer.json.error.message).toMatch(/\w/);
    });
  }

  it('accepts an image of exactly --max-upload-mb, as a raw body and as a multipart file', async () => {
    const exact = jpegOfSize(1024 * 1024);
    expect(exact.length).toBe(1024 * 1024);
    const raw = await post(`${server.url}/api/classify`, exact);
    expect(raw.status).toBe(200);
    const multipart = await post(`${server.url}/api/classify`, form([{ bytes: exact, name: 'exact.jpg' }]));
    expect(multipart.status).toBe(200);
    expect(multipart.json.top).toEqual(raw.json.top);
    // One byte more is refused on both paths.
    const over = jpegOfSize(1024 * 1024 + 1);
    expect((await post(`${server.url}/api/classify`, over)).status).toBe(413);
    expect((await post(`${server.url}/api/classify`, form([{ bytes: over, name: 'over.jpg' }]))).status).toBe(413);
  });

  it('answers 404 for unknown paths and 405 with Allow for wrong methods', async () => {
    const missing = await fetch(`${server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).error.code).toBe('not_found');
    const wrong = await fetch(`${server.url}/api/classify`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(((await wrong.json()) as any).error.code).toBe('method_not_allowed');
    expect((await fetch(`${server.url}/api/health`, { method: 'DELETE' })).status).toBe(405);
  });

  it('never serves files outside the page folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/server.ts', '/page/index.html']) {
      expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    }
  });
});

describe('POST /api/classify/batch', () => {
  it('answers one result or error per file, in order', async () => {
    const server = await serve();
    const { status, json } = await post(`${server.url}/api/classify/batch?lang=both`, form([
      { bytes: cat, name: 'cat.jpg' },
      { bytes: readFileSync('package.json'), name: 'notes.txt' },
      { bytes: rocket, name: '../../etc/passwd' },
      { bytes: new Uint8Array(0), name: 'empty.png' },
    ]));
    expect(status).toBe(200);
    // A client's path is cut to its last part: only a label, never a place on disk.
    expect(json.results.map((r: { file: string }) => r.file)).toEqual(['cat.jpg', 'notes.txt', 'passwd', 'empty.png']);
    expect(json.results[0].top).toEqual(await expected(cat));
    expect(json.results[1]).toMatchObject({ status: 415, error: { code: 'unsupported_format' } });
    expect(json.results[2].top).toEqual(await expected(rocket));
    expect(json.results[3]).toMatchObject({ status: 400, error: { code: 'empty_image' } });
  });

  it('refuses a batch with more files than allowed', async () => {
    const server = await serve({ maxBatchFiles: 2 });
    const answer = await post(`${server.url}/api/classify/batch`, form([cat, cat, cat].map((bytes, i) => ({ bytes, name: `${i}.jpg` }))));
    expect(answer.status).toBe(413);
  });
});

describe('under load', () => {
  it('answers 50 concurrent requests correctly, gathering them into batches while the engine is busy', async () => {
    // The engine is held busy by its first pass until others have queued: a fast engine on an
    // idle machine could otherwise finish each image before the next one is decoded.
    const { model, release, started } = gatedClassifier(classifier);
    const server = await serve({ cacheEntries: 0, maxBatch: 8 }, model);
    // 50 different images (identical uploads in flight would share one inference).
    const images = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      sharp(samples[i % 4]).rotate(90 * (i % 3)).jpeg({ quality: 50 + i }).toBuffer()));
    const wanted = await Promise.all(images.map((bytes) => expected(bytes)));
    const pending = Promise.all(images.map((bytes, i) =>
      post(`${server.url}/api/classify?lang=both`, form([{ bytes, name: `${i}.jpg` }]))));
    await started;
    for (let i = 0; i < 200 && (await health(server)).queue < 8; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    release();
    const answers = await pending;
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.json.top).toEqual(wanted[i]);
    });
    const status = await health(server);
    expect(status.images_run).toBe(50);
    expect(status.batches_run).toBeLessThan(50);
  }, 60_000);

  it('answers health while the engine is busy, and 503 with Retry-After when the queue is full', async () => {
    const { model, release, started } = gatedClassifier(classifier);
    const server = await serve({ maxQueue: 2, maxBatch: 1, cacheEntries: 0 }, model);
    const first = post(`${server.url}/api/classify`, cat);
    await started;
    const queued = [post(`${server.url}/api/classify`, rocket), post(`${server.url}/api/classify`, coffee)];
    // Wait until both are in the queue (they decode first).
    while ((await health(server)).queue < 2) await new Promise((r) => setTimeout(r, 10));
    expect(await health(server)).toMatchObject({ status: 'ok', busy: true, queue: 2 });
    const refused = await post(`${server.url}/api/classify`, astronaut);
    expect(refused.status).toBe(503);
    expect(refused.json.error.code).toBe('busy');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    release();
    for (const answer of await Promise.all([first, ...queued])) expect(answer.status).toBe(200);
  });
});

describe('/api/explain', () => {
  it('explains an image classified before, by its id, with PNG pictures at the URLs it gives', async () => {
    const server = await serve();
    const classified = await post(`${server.url}/api/classify`, coffee);
    const response = await fetch(`${server.url}/api/explain?id=${classified.json.id}&lang=both`);
    expect(response.status).toBe(200);
    const explanation: any = await response.json();
    expect(explanation.top).toHaveLength(5);
    // The step-through runs the reference plan (BatchNorm as its own step), so probabilities agree
    // with the fused plan's to float32 rounding, not bit for bit.
    const classes = await expected(coffee, 5);
    expect(explanation.top.map((p: { index: number }) => p.index)).toEqual(classes.map((p) => p.index));
    explanation.top.forEach((p: { probability: number; label_zh: string }, i: number) => {
      expect(p.probability).toBeCloseTo(classes[i].probability, 5);
      expect(p.label_zh).toBe(classes[i].label_zh);
    });
    expect(explanation.stages.map((s: { name: string }) => s.name)).toEqual(['conv1', 'maxpool', 'layer1', 'layer2', 'layer3', 'layer4']);
    expect(explanation.stages[0]).toMatchObject({ module: 'relu', shape: [8, 112, 112], count: 8 });
    expect(explanation.pooled).toHaveLength(16);
    expect(explanation.steps.map((s: { name: string }) => s.name)).toContain('layer2.0.downsample.1');
    // Each step says which kernel computed it (the reference plan: im2col + GEMM for every convolution).
    expect(explanation.steps.find((s: { name: string }) => s.name === 'conv1').kernel).toMatch(/^im2col \+ GEMM/);
    for (const url of [explanation.input.url, explanation.filters.url, ...explanation.stages.map((s: { url: string }) => s.url)]) {
      const picture = await fetch(`${server.url}${url}`);
      expect(picture.headers.get('content-type')).toBe('image/png');
      expect((await sharp(Buffer.from(await picture.arrayBuffer())).metadata()).format).toBe('png');
    }
    // Small: pictures are URLs, not inline data.
    expect(JSON.stringify(explanation).length).toBeLessThan(20_000);
  }, 30_000);

  it('answers 404 unknown_image for an id it does not know, and explains a POSTed image', async () => {
    const server = await serve();
    const unknown = await fetch(`${server.url}/api/explain?id=${'0'.repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).error.code).toBe('unknown_image');
    const posted = await post(`${server.url}/api/explain`, form([{ bytes: rocket, name: 'r.jpg' }], { top: '2' }));
    expect(posted.status).toBe(200);
    expect(posted.json.top.map((p: { label: string }) => p.label)).toEqual((await expected(rocket, 2)).map((p) => p.label));
    expect((await fetch(`${server.url}/api/explain/${'0'.repeat(64)}-as-stored/conv1.png`)).status).toBe(404);
    expect((await post(`${server.url}/api/explain`, readFileSync('package.json'))).status).toBe(415);
  }, 30_000);
});

describe('graceful shutdown', () => {
  it('stops accepting, then finishes every request in flight before close() resolves', async () => {
    const { model, release, started } = gatedClassifier(classifier);
    const server = await serve({ cacheEntries: 0, maxBatch: 1 }, model);
    const inFlight = [cat, rocket, coffee].map((bytes) => post(`${server.url}/api/classify`, bytes));
    await started;
    while ((await health(server)).queue < 2) await new Promise((r) => setTimeout(r, 10));
    let closed = false;
    const closing = server.close().then(() => { closed = true; });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    release();
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await closing;
    expect(closed).toBe(true);
  });
});

describe('GET /api/model and the page', () => {
  it('describes the model, its labels and its weights', async () => {
    const server = await serve({ maxUploadBytes: 5 * 1024 * 1024 });
    const info: any = await (await fetch(`${server.url}/api/model`)).json();
    expect(info).toMatchObject({ model: 'resnet18', architecture: 'resnet18', classes: 1000, labels: { en: true, zh: true }, max_upload_bytes: 5 * 1024 * 1024, max_top: 20 });
  });

  it('serves the web page with a content security policy', async () => {
    const server = await serve();
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toMatch(/<html/i);
    const script = await fetch(`${server.url}/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toMatch(/from '\.\/api\.js'/);
  });
});

describe('resnet18 serve', () => {
  it('starts on the port asked for, serves, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    const blob = join(dir, 'small.bin');
    writeFileSync(blob, writeBlob(weights));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', '--weights', blob, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await post(`${url}/api/classify`, cat);
    expect(answer.json.top).toEqual((await expected(cat)).map(({ label_zh: _, ...p }) => p));
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stdout).toMatch(/POST \/api\/classify 200 [\d.]+ms cache=miss/);
    expect(stdout).toMatch(/stopped/);
  }, 30_000);

  it('refuses a port that is taken with a clear message', async () => {
    const server = await serve();
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    const blob = join(dir, 'small.bin');
    writeFileSync(blob, writeBlob(weights));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(server.port), '--weights', blob, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/already in use/);
  }, 30_000);
});
