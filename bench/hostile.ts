// Hostile traffic against `resnet18 serve` over loopback, measuring issue 13's target table:
//
//   crash      the 88-byte unterminated multipart, then a fuzz corpus (truncated, flipped): statuses, alive
//   bombs      48 concurrent ~270-byte JPEGs declaring 6320×6320: peak RSS, statuses, /api/health latency
//   batch      one /api/classify/batch of 32 such files: peak RSS, /api/health latency
//   gifs       16 concurrent 27 KB GIFs of 6320×6320 (our own decoder): /api/health latency
//   abandoned  24 requests whose clients hang up right after sending: forward passes and decodes done
//   overload   48 clients against --max-queue 16: time to a 503, its Retry-After against the real wait
//   soak       16 clients, distinct photos, 90 s: errors, req/s, RSS over time, /api/health latency
//
// and issue 21's:
//   uploads    128 connections that send 38 MB of a 40 MB batch body and stop: peak RSS, health,
//              RSS a minute after they close
//   formats    4 tiny files each of progressive JPEG, WebP, Adam7 PNG, AVIF, with 1 and 4 decode
//              workers (--decode-memory-mb 600): peak RSS above idle against the peak reservation;
//              TMPDIR is an empty folder that must stay empty
//   avifs      one client's batch of 16 tiny 2800×2800 AVIFs, another client's photo each second:
//              that photo's answer time
//   explains   32 abandoned POST /api/explain, 32 GETs of one id, 32 concurrent explains: engine
//              work done, health
//   weights    200 clients that ask for the weights and never read: health; If-None-Match *, weak,
//              list; 100 Continue before a 413
//   drain      SIGTERM during an upload dripping 100 B/s: seconds to exit, exit code
// and against the command line (bench/hostileCli.ts, issue 21): a child process per run, its exit,
// first error line, time and peak RSS, killed past a cap:
//   checkpoint convert of a 3 MB .pth whose 6 storage entries inflate to 500 MiB more each
//   devices    classify / preprocess / verify on /dev/zero, stdin from it, a link to it, a FIFO,
//              and verify of a [3, 1, 4000000] tensor
//   drip       fetch-weights from a server sending a byte every 5 s (up to 150 s)
//   symlinks   export-web into a folder holding links to outside it
//
//   npx tsx bench/hostile.ts [--cases crash,bombs,...] [--weights FILE] [--soak-seconds 90] [--json]
//
// Each case starts its own server process (`node --import tsx src/cli.ts serve`, defaults except
// where the case says), with generated weights of the real ImageNet ResNet-18 shapes unless
// --weights is given. Peak RSS is the kernel's VmHWM of the server process, reset when the case
// starts (/proc/PID/clear_refs), or the highest VmRSS sampled every 10 ms where that is not allowed.
// Every request goes to 127.0.0.1; every case is bounded in requests and in time.

import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { writeBlob } from '../src/weights/blob.js';
import { declaredJpeg, uniformGif } from '../test/support/hostileImages.js';
import { checkpointCase, devicesCase, dripCase, symlinksCase } from './hostileCli.js';

const ALL = ['crash', 'bombs', 'batch', 'gifs', 'abandoned', 'overload', 'soak', 'uploads', 'formats', 'avifs', 'explains', 'weights', 'drain', 'checkpoint', 'devices', 'drip', 'symlinks'];
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: ALL.join(',') }, weights: { type: 'string' },
    'soak-seconds': { type: 'string', default: '90' }, json: { type: 'boolean' },
  },
});
const cases = values.cases!.split(',');
const scratch = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
const say = (line: string): void => {
  if (!values.json) console.log(line);
};

// ─── the server process ──────────────────────────────────────────────────────────────────────────

interface Server {
  url: string;
  port: number;
  child: ChildProcess;
}

let weightsPath = values.weights;
function weights(): string {
  if (!weightsPath) {
    weightsPath = join(scratch, 'resnet18.bin');
    writeFileSync(weightsPath, writeBlob(generateResNet18StateDict(IMAGENET_RESNET18, 1)));
  }
  return weightsPath;
}

async function startServe(extra: string[] = [], env: Record<string, string> = {}): Promise<Server> {
  const args = ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', '--weights', weights(), ...extra];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
      if (output.length > 1e5) output = output.slice(-1e4);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with code ${code}`)));
  });
  return { url, port: Number(new URL(url).port), child };
}

async function stopServe(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

function procStatus(pid: number, field: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** Peak RSS of the process from now on: VmHWM after a reset, else VmRSS sampled every 10 ms. */
function peakRss(pid: number): { stop: () => { peakMb: number; method: string } } {
  let reset = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    reset = false;
  }
  let sampled = procStatus(pid, 'VmRSS');
  const timer = setInterval(() => { sampled = Math.max(sampled, procStatus(pid, 'VmRSS')); }, 10);
  return {
    stop: () => {
      clearInterval(timer);
      return reset ? { peakMb: procStatus(pid, 'VmHWM'), method: 'VmHWM' } : { peakMb: sampled, method: 'sampled' };
    },
  };
}

/**
 * /api/health asked every 50 ms, one at a time, until stopped, from a process of its own (so the
 * load this bench generates does not delay the probe): the slowest answer, and the server's own
 * view, event_loop_max_ms (how late its event loop ran).
 */
function healthProbe(url: string): { stop: () => Promise<{ maxMs: number; p50Ms: number; probes: number; failures: number; over100: number; serverLoopMaxMs: number }> } {
  const script = `
    const latencies = []; let failures = 0; let loopMax = 0; let running = true;
    process.on('message', () => { running = false; });
    (async () => {
      while (running) {
        const started = performance.now();
        try {
          const response = await fetch(${JSON.stringify(`${url}/api/health`)}, { signal: AbortSignal.timeout(60000) });
          const health = await response.json();
          if (response.status !== 200) failures++;
          loopMax = Math.max(loopMax, health.event_loop_max_ms ?? 0);
        } catch { failures++; }
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 50));
      }
      process.send({ latencies, failures, loopMax }, () => process.exit(0));
    })();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const report = new Promise<{ latencies: number[]; failures: number; loopMax: number }>((resolve) => child.once('message', resolve as (m: unknown) => void));
  return {
    stop: async () => {
      child.send('stop');
      const { latencies, failures, loopMax } = await report;
      latencies.sort((a, b) => a - b);
      return {
        maxMs: latencies.at(-1) ?? NaN, p50Ms: latencies[Math.floor(latencies.length / 2)] ?? NaN, probes: latencies.length,
        failures, over100: latencies.filter((ms) => ms > 100).length, serverLoopMaxMs: loopMax,
      };
    },
  };
}

function describeHealth(h: Awaited<ReturnType<ReturnType<typeof healthProbe>['stop']>>): string {
  return `health max ${h.maxMs.toFixed(1)} ms, p50 ${h.p50Ms.toFixed(1)} ms, ${h.over100} of ${h.probes} over 100 ms (server's event loop at most ${h.serverLoopMaxMs} ms late)`;
}

async function health(url: string): Promise<Record<string, number>> {
  return (await fetch(`${url}/api/health`)).json() as Promise<Record<string, number>>;
}

/** POSTs exactly `body` and reads the answer (any status). */
function post(url: string, body: Buffer, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Length': body.length, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString(), ms: performance.now() - started }));
    });
    req.setTimeout(300_000, () => req.destroy(new Error('no answer in 300 s')));
    req.on('error', reject);
    req.end(body);
  });
}

function countStatuses(statuses: (number | string)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

function multipart(files: { bytes: Buffer; name: string }[], boundary: string): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

/** Distinct photos: the four samples, resized and re-encoded. */
async function photos(count: number): Promise<Buffer[]> {
  const samples = ['cat', 'coffee', 'astronaut', 'rocket'].map((name) => readFileSync(`samples/${name}.jpg`));
  return Promise.all(Array.from({ length: count }, (_, i) =>
    sharp(samples[i % 4]).resize(400 + (i % 97), undefined).jpeg({ quality: 60 + (i % 37) }).toBuffer()));
}

const bombs = (count: number): Promise<Buffer[]> =>
  Promise.all(Array.from({ length: count }, (_, i) => declaredJpeg(6320, 6320, `#${(0x102030 + i * 0x050301).toString(16).slice(-6)}`)));

// ─── the cases ───────────────────────────────────────────────────────────────────────────────────

const results: Record<string, unknown> = {};

async function crashCase(): Promise<void> {
  const server = await startServe();
  const statuses: number[] = [];
  const unterminated = Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nabc');
  const first = await post(`${server.url}/api/classify`, unterminated, { 'Content-Type': 'multipart/form-data; boundary=XyZ' });
  // The corpus: a valid single and batch body, truncated at 100 offsets and with 100 random flips.
  const [photo] = await photos(1);
  const boundary = 'benchBoundary42';
  const bodies = [multipart([{ bytes: photo, name: 'a.jpg' }], boundary), multipart([{ bytes: photo, name: 'a.jpg' }, { bytes: uniformGif(40, 30), name: 'b.gif' }], boundary)];
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < 200; i++) {
    const body = Buffer.from(bodies[i % 2]);
    const mutated = i < 100 ? body.subarray(0, Math.floor(random() * (body.length - 20))) : body;
    if (i >= 100) for (let f = 0; f < 3; f++) mutated[Math.floor(random() * mutated.length)] ^= 1 << Math.floor(random() * 8);
    const answer = await post(`${server.url}/api/classify${i % 2 ? '/batch' : ''}`, mutated, { 'Content-Type': `multipart/form-data; boundary=${boundary}` });
    statuses.push(answer.status);
  }
  const alive = (await fetch(`${server.url}/api/health`)).status === 200 && server.child.exitCode === null;
  results.crash = { unterminated: first.status, corpus: countStatuses(statuses), alive };
  say(`crash: the 88-byte unterminated multipart → ${first.status}; corpus of 200 → ${JSON.stringify(countStatuses(statuses))}; alive: ${alive}`);
  await stopServe(server);
}

async function bombsCase(): Promise<void> {
  const server = await startServe();
  const idle = procStatus(server.child.pid!, 'VmRSS');
  const files = await bombs(48);
  const peak = peakRss(server.child.pid!);
  const probe = healthProbe(server.url);
  const started = performance.now();
  const answers = await Promise.all(files.map((bytes) => post(`${server.url}/api/classify`, bytes)));
  const seconds = (performance.now() - started) / 1000;
  const healthMs = await probe.stop();
  const { peakMb, method } = peak.stop();
  const statuses = countStatuses(answers.map((a) => a.status));
  results.bombs = { bytes: files[0].length, idle_rss_mb: idle, peak_rss_mb: peakMb, peak_method: method, statuses, seconds, health: healthMs };
  say(`bombs: 48 × ${files[0].length}-byte JPEG declaring 6320×6320 → ${JSON.stringify(statuses)} in ${seconds.toFixed(1)} s; RSS idle ${idle.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB (${method}); ${describeHealth(healthMs)}`);
  await stopServe(server);
}

async function batchCase(): Promise<void> {
  const server = await startServe();
  const idle = procStatus(server.child.pid!, 'VmRSS');
  const files = await bombs(32);
  const body = multipart(files.map((bytes, i) => ({ bytes, name: `${i}.jpg` })), 'batchBoundary');
  const peak = peakRss(server.child.pid!);
  const probe = healthProbe(server.url);
  const answer = await post(`${server.url}/api/classify/batch`, body, { 'Content-Type': 'multipart/form-data; boundary=batchBoundary' });
  const healthMs = await probe.stop();
  const { peakMb, method } = peak.stop();
  const results32 = answer.status === 200 ? countStatuses((JSON.parse(answer.text).results as { status?: number }[]).map((r) => r.status ?? 200)) : {};
  results.batch = { body_bytes: body.length, status: answer.status, files: results32, seconds: answer.ms / 1000, idle_rss_mb: idle, peak_rss_mb: peakMb, peak_method: method, health: healthMs };
  say(`batch: 32 declared-6320×6320 JPEGs in one ${(body.length / 1024).toFixed(1)} KB request → ${answer.status} ${JSON.stringify(results32)} in ${(answer.ms / 1000).toFixed(1)} s; RSS idle ${idle.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB; ${describeHealth(healthMs)}`);
  await stopServe(server);
}

async function gifsCase(): Promise<void> {
  const server = await startServe();
  const files = Array.from({ length: 16 }, (_, i) => uniformGif(6320, 6320, [i * 15, 90, 200 - i * 10]));
  const peak = peakRss(server.child.pid!);
  const probe = healthProbe(server.url);
  const started = performance.now();
  const answers = await Promise.all(files.map((bytes) => post(`${server.url}/api/classify`, bytes)));
  const seconds = (performance.now() - started) / 1000;
  const healthMs = await probe.stop();
  const { peakMb } = peak.stop();
  const statuses = countStatuses(answers.map((a) => a.status));
  results.gifs = { bytes: files[0].length, statuses, seconds, peak_rss_mb: peakMb, health: healthMs };
  say(`gifs: 16 × ${(files[0].length / 1024).toFixed(1)} KB GIF of 6320×6320 → ${JSON.stringify(statuses)} in ${seconds.toFixed(1)} s; ${describeHealth(healthMs)}; peak RSS ${peakMb.toFixed(0)} MB`);
  await stopServe(server);
}

async function abandonedCase(): Promise<void> {
  const server = await startServe();
  const files = await photos(24);
  const before = await health(server.url);
  await Promise.all(files.map(async (bytes) => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /api/classify HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: ${bytes.length}\r\n\r\n`);
    socket.end(bytes, () => socket.destroy());
  }));
  // Let everything that was started finish.
  for (let settled = 0; settled < 20;) {
    const h = await health(server.url);
    settled = h.admitted === 0 && h.decoding === 0 && !h.busy ? settled + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  const after = await health(server.url);
  const forward = { batches: after.batches_run - before.batches_run, images: after.images_run - before.images_run, decodes: after.decodes_run - before.decodes_run };
  results.abandoned = forward;
  say(`abandoned: 24 requests whose clients hung up right after sending → ${forward.batches} forward passes (${forward.images} images), ${forward.decodes} decodes`);
  await stopServe(server);
}

async function overloadCase(): Promise<void> {
  const server = await startServe(['--max-queue', '16']);
  const files = await photos(400);
  await post(`${server.url}/api/classify`, files[399]); // warm-up
  const log: { start: number; end: number; status: number; retryAfter: number }[] = [];
  // 48 clients: more than the 16 waiting and 8 in a batch the server admits, so it stays full.
  // Refusals are judged from 15 s on, once the server has measured its throughput.
  const begin = performance.now();
  const deadline = begin + 50_000;
  let next = 0;
  let requests = 0;
  await Promise.all(Array.from({ length: 48 }, async () => {
    // A refused image is sent again after a second (not after Retry-After: the case measures the
    // server's estimate, so clients keep it full); an answered one is replaced by a new photo.
    let file = files[next++ % 398];
    while (performance.now() < deadline && requests++ < 3000) {
      const start = performance.now();
      const answer = await post(`${server.url}/api/classify`, file);
      log.push({ start, end: performance.now(), status: answer.status, retryAfter: Number(answer.headers['retry-after'] ?? NaN) });
      if (answer.status === 503) await new Promise((r) => setTimeout(r, 1000));
      else file = files[next++ % 398];
    }
  }));
  const refusals = log.filter((r) => r.status === 503);
  const answered = log.filter((r) => r.status === 200);
  // The real wait of a 503 at time t: until every image admitted before t has been answered.
  const ratios = refusals.filter((r) => r.start > begin + 15_000).map((r) => {
    const ahead = answered.filter((a) => a.start < r.start && a.end > r.end);
    const wait = ahead.length ? (Math.max(...ahead.map((a) => a.end)) - r.end) / 1000 : 0;
    return { retryAfter: r.retryAfter, wait, ratio: wait > 0 ? r.retryAfter / wait : NaN };
  }).filter((r) => r.wait > 0);
  const ms = refusals.map((r) => r.end - r.start).sort((a, b) => a - b);
  const sorted = ratios.map((r) => r.ratio).sort((a, b) => a - b);
  const q = (list: number[], p: number): number => list[Math.min(list.length - 1, Math.floor(p * list.length))];
  results.overload = {
    requests: log.length, statuses: countStatuses(log.map((r) => r.status)),
    refusal_ms: { p50: q(ms, 0.5), p99: q(ms, 0.99), max: ms.at(-1) },
    retry_after_over_wait: { min: sorted[0], p50: q(sorted, 0.5), max: sorted.at(-1), within_2x: sorted.filter((r) => r >= 0.5 && r <= 2).length, of: sorted.length },
  };
  say(`overload: ${log.length} requests ${JSON.stringify(countStatuses(log.map((r) => r.status)))}; 503 after p50 ${q(ms, 0.5).toFixed(1)} ms, p99 ${q(ms, 0.99).toFixed(1)} ms, max ${ms.at(-1)?.toFixed(1)} ms; Retry-After / real wait: min ${sorted[0]?.toFixed(2)}, p50 ${q(sorted, 0.5)?.toFixed(2)}, max ${sorted.at(-1)?.toFixed(2)} (${sorted.filter((r) => r >= 0.5 && r <= 2).length} of ${sorted.length} within 2×)`);
  await stopServe(server);
}

async function soakCase(): Promise<void> {
  const seconds = Number(values['soak-seconds']);
  const server = await startServe();
  const files = await photos(400);
  const rss: { t: number; mb: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => rss.push({ t: (performance.now() - started) / 1000, mb: procStatus(server.child.pid!, 'VmRSS') }), 1000);
  const probe = healthProbe(server.url);
  const statuses: number[] = [];
  const deadline = started + seconds * 1000;
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (performance.now() < deadline && next < files.length) {
      try {
        statuses.push((await post(`${server.url}/api/classify`, files[next++])).status);
      } catch {
        statuses.push(0);
      }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const healthMs = await probe.stop();
  const warm = rss.filter((s) => s.t >= Math.min(20, seconds / 3));
  const mean = warm.reduce((sum, s) => sum + s.mb, 0) / warm.length;
  const spread = { min: Math.min(...warm.map((s) => s.mb)), max: Math.max(...warm.map((s) => s.mb)), mean };
  const flat = Math.max(spread.max - mean, mean - spread.min) / mean;
  results.soak = { seconds: elapsed, requests: statuses.length, statuses: countStatuses(statuses), rps: statuses.length / elapsed, rss_after_warmup: spread, rss_deviation: flat, health: healthMs };
  say(`soak: 16 clients, ${elapsed.toFixed(0)} s, ${statuses.length} distinct photos → ${JSON.stringify(countStatuses(statuses))}, ${(statuses.length / elapsed).toFixed(2)} req/s; RSS after warm-up ${spread.min.toFixed(0)}–${spread.max.toFixed(0)} MB (±${(flat * 100).toFixed(1)} % of ${mean.toFixed(0)}); ${describeHealth(healthMs)}`);
  await stopServe(server);
}

async function uploadsCase(): Promise<void> {
  const server = await startServe();
  const pid = server.child.pid!;
  // Past start-up, as in the weights case.
  await post(`${server.url}/api/classify`, readFileSync('samples/cat.jpg'));
  await new Promise((r) => setTimeout(r, 3000));
  const idle = procStatus(pid, 'VmRSS');
  // 40 MB = 40 000 000 bytes: the batch limit (MB = 10^6 bytes), so the body is admitted and streams.
  const declared = 40e6;
  const sent = 38e6;
  // Files of 9.5 MB (each under the 10 MB file limit, so none is refused for its size).
  const part = (i: number): Buffer => Buffer.concat([Buffer.from(`${i ? '\r\n' : ''}--b\r\nContent-Disposition: form-data; name="image"; filename="${i}.jpg"\r\n\r\n`), Buffer.alloc(9.5 * 1024 * 1024, 'u')]);
  const body = Buffer.concat([0, 1, 2, 3, 4].map(part)).subarray(0, sent);
  const peak = peakRss(pid);
  const probe = healthProbe(server.url);
  const statuses: string[] = [];
  const sockets = await Promise.all(Array.from({ length: 128 }, async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    let answer = '';
    socket.on('data', (c: Buffer) => { answer += c.toString('latin1'); });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /api/classify/batch HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${declared}\r\n\r\n`);
    // Sends 38 MB as fast as the server reads it (or until it closes the connection), then stops.
    const until = performance.now() + 60_000;
    for (let written = 0; written < sent && !socket.destroyed && performance.now() < until; written += 1024 * 1024) {
      if (!socket.write(body.subarray(written, written + 1024 * 1024))) {
        await new Promise<void>((resolve) => {
          const done = (): void => { socket.off('drain', done); socket.off('close', done); resolve(); };
          socket.on('drain', done);
          socket.on('close', done);
        });
      }
    }
    statuses.push(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? (socket.destroyed ? 'closed' : 'none yet'));
    return socket;
  }));
  await new Promise((r) => setTimeout(r, 2_000));
  const during = procStatus(pid, 'VmRSS');
  const healthMs = await probe.stop();
  const { peakMb, method } = peak.stop();
  for (const socket of sockets) socket.destroy();
  // A minute after they close (the issue's measure of memory given back).
  await new Promise((r) => setTimeout(r, 60_000));
  const after = procStatus(pid, 'VmRSS');
  const alive = (await fetch(`${server.url}/api/health`)).status === 200;
  results.uploads = { idle_rss_mb: idle, peak_rss_mb: peakMb, peak_method: method, held_rss_mb: during, rss_60s_after_mb: after, statuses: countStatuses(statuses), health: healthMs, alive };
  say(`uploads: 128 × 38 MB of a 40 MB batch, then silence → ${JSON.stringify(countStatuses(statuses))}; RSS idle ${idle.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB (${method}), held ${during.toFixed(0)} MB, 60 s after closing ${after.toFixed(0)} MB; ${describeHealth(healthMs)}; alive ${alive}`);
  await stopServe(server);
}

/** `count` distinct images of one kind (distinct bytes do not share a computation). */
async function kinds(count: number): Promise<Record<string, Buffer[]>> {
  const colour = (i: number): string => `#${(0x203040 + i * 0x0a0b0c).toString(16).slice(-6)}`;
  const make = (width: number, height: number, i: number): sharp.Sharp => sharp({ create: { width, height, channels: 3, background: colour(i) } });
  const each = <T>(f: (i: number) => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: count }, (_, i) => f(i)));
  return {
    'progressive JPEG 6320² (≈500 B)': await each(async (i) => {
      const jpeg = await make(16, 16, i).jpeg({ progressive: true }).toBuffer();
      for (let at = 2; at + 9 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
        if (jpeg[at + 1] === 0xc2) { jpeg.writeUInt16BE(6320, at + 5); jpeg.writeUInt16BE(6320, at + 7); break; }
      }
      return jpeg;
    }),
    'WebP 6000²': await each((i) => make(6000, 6000, i).webp().toBuffer()),
    'Adam7 PNG 6000²': await each((i) => make(6000, 6000, i).png({ progressive: true }).toBuffer()),
    'AVIF 2800² (≈1 KB)': await each((i) => make(2800, 2800, i).avif({ effort: 0 }).toBuffer()),
  };
}

async function formatsCase(): Promise<void> {
  const files = await kinds(4);
  const empty = mkdtempSync(join(tmpdir(), 'bench-hostile-tmpdir-'));
  const rows: Record<string, unknown>[] = [];
  for (const workers of [1, 4]) {
    for (const [kind, images] of Object.entries(files)) {
      const server = await startServe(['--decode-workers', String(workers), '--decode-memory-mb', '600'], { TMPDIR: empty, TSX_DISABLE_CACHE: '1' });
      const pid = server.child.pid!;
      await post(`${server.url}/api/classify`, readFileSync('samples/cat.jpg')); // decode workers started
      const idle = procStatus(pid, 'VmRSS');
      const peak = peakRss(pid);
      const seen = new Set<string>();
      const watch = setInterval(() => { for (const name of readdirSync(empty)) seen.add(name); }, 5);
      const answers = await Promise.all(images.map((bytes) => post(`${server.url}/api/classify`, bytes)));
      clearInterval(watch);
      const { peakMb } = peak.stop();
      const reserved = (await health(server.url)).decode_memory_peak_mb;
      const row = { kind, workers, statuses: countStatuses(answers.map((a) => a.status)), above_idle_mb: Math.round(peakMb - idle), reserved_peak_mb: reserved, temp_files: [...seen] };
      rows.push(row);
      say(`formats: ${kind} × 4, ${workers} decode worker(s) → ${JSON.stringify(row.statuses)}; peak RSS above idle ${row.above_idle_mb} MB, reserved at most ${reserved} MB; files in TMPDIR: ${seen.size}`);
      await stopServe(server);
    }
  }
  rmSync(empty, { recursive: true, force: true });
  results.formats = rows;
}

async function avifsCase(): Promise<void> {
  const server = await startServe();
  const avifs = (await kinds(16))['AVIF 2800² (≈1 KB)'];
  const [photo, ...others] = await photos(12);
  await post(`${server.url}/api/classify`, photo);
  const body = multipart(avifs.map((bytes, i) => ({ bytes, name: `${i}.avif` })), 'avifBoundary');
  const started = performance.now();
  const batch = post(`${server.url}/api/classify/batch`, body, { 'Content-Type': 'multipart/form-data; boundary=avifBoundary' });
  const latencies: number[] = [];
  const statuses: number[] = [];
  let done = false;
  void batch.finally(() => { done = true; });
  for (const bytes of others) {
    if (done) break;
    await new Promise((r) => setTimeout(r, 1000));
    const answer = await post(`${server.url}/api/classify`, bytes);
    latencies.push(answer.ms);
    statuses.push(answer.status);
  }
  const batchAnswer = await batch;
  const seconds = (performance.now() - started) / 1000;
  results.avifs = { batch_status: batchAnswer.status, batch_seconds: seconds, photo_ms: latencies, photo_statuses: countStatuses(statuses) };
  say(`avifs: a batch of 16 × ${avifs[0].length}-byte AVIFs of 2800×2800 → ${batchAnswer.status} in ${seconds.toFixed(1)} s; meanwhile another client's photos → ${JSON.stringify(countStatuses(statuses))}, answered in max ${Math.max(...latencies).toFixed(0)} ms (${latencies.map((ms) => ms.toFixed(0)).join(', ')})`);
  await stopServe(server);
}

async function explainsCase(): Promise<void> {
  const server = await startServe();
  const files = await photos(65);
  // 32 POSTs whose clients hang up once sent.
  await Promise.all(files.slice(0, 32).map(async (bytes) => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /api/explain HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: ${bytes.length}\r\n\r\n`);
    socket.end(bytes, () => setTimeout(() => socket.destroy(), 200));
  }));
  for (let settled = 0; settled < 20;) {
    const h = await health(server.url);
    settled = h.admitted === 0 && !h.busy && h.queue === 0 ? settled + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  const abandoned = await health(server.url);
  // 32 GETs of one id not yet explained.
  const { id } = JSON.parse((await post(`${server.url}/api/classify`, files[32])).text) as { id: string };
  const gets = await Promise.all(Array.from({ length: 32 }, () => fetch(`${server.url}/api/explain?id=${id}`).then(async (r) => { await r.arrayBuffer(); return r.status; })));
  const afterGets = await health(server.url);
  // 32 concurrent explains of distinct photos, health probed meanwhile.
  const probe = healthProbe(server.url);
  const answers = await Promise.all(files.slice(33, 65).map((bytes) => post(`${server.url}/api/explain`, bytes)));
  const healthMs = await probe.stop();
  const after = await health(server.url);
  results.explains = {
    abandoned: { computed: abandoned.explanations_computed, stopped: abandoned.explanations_stopped },
    gets_of_one_id: { statuses: countStatuses(gets), computed: afterGets.explanations_computed - abandoned.explanations_computed },
    concurrent: { statuses: countStatuses(answers.map((a) => a.status)), computed: after.explanations_computed - afterGets.explanations_computed, health: healthMs },
  };
  say(`explains: 32 abandoned POSTs → ${abandoned.explanations_computed} computed, ${abandoned.explanations_stopped} stopped; 32 GETs of one id → ${JSON.stringify(countStatuses(gets))}, ${afterGets.explanations_computed - abandoned.explanations_computed} computed; 32 concurrent → ${JSON.stringify(countStatuses(answers.map((a) => a.status)))}, ${describeHealth(healthMs)}`);
  await stopServe(server);
}

async function weightsCase(): Promise<void> {
  const server = await startServe();
  // Past start-up (its first seconds run tsx's compiler and the engine's warm-up on the event
  // loop), so that the probe measures the attack.
  await (await fetch(`${server.url}/weights/resnet18.bin`, { method: 'HEAD' })).arrayBuffer();
  await new Promise((r) => setTimeout(r, 3000));
  const probe = healthProbe(server.url);
  await new Promise((r) => setTimeout(r, 1000));
  // 200 clients that ask for the weights and never read the answer.
  const sockets = await Promise.all(Array.from({ length: 200 }, async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`GET /weights/resnet18.bin HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    socket.pause();
    return socket;
  }));
  await new Promise((r) => setTimeout(r, 5000));
  const healthMs = await probe.stop();
  for (const socket of sockets) socket.destroy();
  const etag = (await fetch(`${server.url}/weights/resnet18.bin`, { method: 'HEAD' })).headers.get('etag')!;
  const conditional: Record<string, number> = {};
  for (const header of ['*', `W/${etag}`, `"0", ${etag}`]) {
    const answer = await fetch(`${server.url}/weights/resnet18.bin`, { headers: { 'If-None-Match': header } });
    conditional[header.length > 12 ? header.slice(0, 12) + '…' : header] = answer.status;
    await answer.arrayBuffer();
  }
  // Expect: 100-continue with a 500 MB Content-Length: the first line answered.
  const socket = connect(server.port, '127.0.0.1');
  let first = '';
  await new Promise<void>((resolve) => {
    socket.once('connect', () => socket.write(`POST /api/classify HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: ${500 * 1024 * 1024}\r\nExpect: 100-continue\r\n\r\n`));
    socket.on('data', (c: Buffer) => { first += c.toString('latin1'); if (first.includes('\r\n')) resolve(); });
    socket.on('error', () => resolve());
  });
  socket.destroy();
  results.weights = { health: healthMs, if_none_match: conditional, expect_continue_first_line: first.split('\r\n')[0] };
  say(`weights: 200 clients that never read → ${describeHealth(healthMs)}; If-None-Match → ${JSON.stringify(conditional)}; 500 MB with Expect: 100-continue → ${first.split('\r\n')[0]}`);
  await stopServe(server);
}

async function drainCase(): Promise<void> {
  const server = await startServe();
  const socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(`POST /api/classify HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Length: 1000000\r\n\r\n`);
  // 100 bytes a second.
  const drip = setInterval(() => socket.write(Buffer.alloc(10, 'd')), 100);
  await new Promise((r) => setTimeout(r, 2000));
  const started = performance.now();
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  server.child.kill('SIGTERM');
  const guard = setTimeout(() => server.child.kill('SIGKILL'), 120_000);
  const code = await exited;
  clearTimeout(guard);
  clearInterval(drip);
  socket.destroy();
  const seconds = (performance.now() - started) / 1000;
  results.drain = { exit_code: code, seconds };
  say(`drain: SIGTERM during an upload dripping 100 B/s → exit ${code} after ${seconds.toFixed(1)} s`);
}

const run: Record<string, () => Promise<void>> = {
  crash: crashCase, bombs: bombsCase, batch: batchCase, gifs: gifsCase, abandoned: abandonedCase, overload: overloadCase, soak: soakCase,
  uploads: uploadsCase, formats: formatsCase, avifs: avifsCase, explains: explainsCase, weights: weightsCase, drain: drainCase,
  checkpoint: async () => void (results.checkpoint = await checkpointCase(scratch, say)),
  devices: async () => void (results.devices = await devicesCase(scratch, weights(), say)),
  drip: async () => void (results.drip = await dripCase(scratch, say)),
  symlinks: async () => void (results.symlinks = await symlinksCase(scratch, weights(), say)),
};
try {
  for (const name of cases) {
    if (!run[name]) throw new Error(`unknown case '${name}' (cases: ${ALL.join(', ')})`);
    await run[name]();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(results, null, 2));
