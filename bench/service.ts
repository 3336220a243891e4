// Load benchmark of `resnet18 serve` over loopback: requests per second and p50/p99 latency at
// several numbers of concurrent clients, then the server's RSS after 100 and after 1000 requests.
//
//   npx tsx bench/service.ts [--weights FILE] [--seconds 30] [--clients 1,4,16] [--workers N]
//
// The server runs in its own process, as `resnet18 serve` with the cache off (every request is a
// real inference). Without --weights, it uses generated weights of the real ImageNet shapes. The
// memory phase uses a narrow ResNet-18 so that 1000 real inferences take seconds, not minutes: it
// measures the service (uploads, queue, batches, cache), whose memory does not depend on width.
// Every request is bounded in time and count, and goes only to 127.0.0.1.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { IMAGENET_RESNET18, type ResNet18Config } from '../src/model/architecture.js';
import { generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { writeBlob } from '../src/weights/blob.js';

const { values } = parseArgs({
  options: {
    weights: { type: 'string' }, seconds: { type: 'string', default: '30' }, clients: { type: 'string', default: '1,4,16' },
    workers: { type: 'string' }, json: { type: 'boolean' },
  },
});
const seconds = Number(values.seconds);
const clientCounts = values.clients!.split(',').map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'bench-service-'));

function generatedBlob(name: string, config: ResNet18Config): string {
  const path = join(scratch, name);
  writeFileSync(path, writeBlob(generateResNet18StateDict(config, 1)));
  return path;
}

interface Server {
  url: string;
  process: ChildProcess;
}

async function startServe(weights: string, extra: string[] = []): Promise<Server> {
  const args = ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', '--weights', weights, '--cache-size', '0', '--max-queue', '1000', ...extra];
  if (values.workers) args.push('--workers', values.workers);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
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
  return { url, process: child };
}

async function stopServe(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** Distinct uploads: the four samples, re-encoded at several qualities. */
async function uploads(count: number): Promise<Buffer[]> {
  const samples = ['cat', 'coffee', 'astronaut', 'rocket'].map((name) => readFileSync(`samples/${name}.jpg`));
  return Promise.all(Array.from({ length: count }, (_, i) => sharp(samples[i % 4]).jpeg({ quality: 60 + (i % 40) }).toBuffer()));
}

async function classify(url: string, body: Buffer): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/classify`, { method: 'POST', body, signal: AbortSignal.timeout(120_000) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

/** `clients` loops posting images back to back for `seconds`; latency of each request. */
async function load(url: string, images: Buffer[], clients: number, seconds: number, maxRequests = Infinity) {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline && next < maxRequests) {
      latencies.push(await classify(url, images[next++ % images.length]));
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { clients, requests: latencies.length, seconds: elapsed, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const images = await uploads(40);
const results: Record<string, unknown> = {};
try {
  const server = await startServe(values.weights ?? generatedBlob('resnet18.bin', IMAGENET_RESNET18));
  await load(server.url, images, 2, 0, 4); // warm-up
  const levels = [];
  for (const clients of clientCounts) {
    const level = await load(server.url, images, clients, seconds);
    levels.push(level);
    if (!values.json) console.log(`${clients} clients: ${level.requests} requests in ${level.seconds.toFixed(1)} s, ${level.rps.toFixed(2)} req/s, p50 ${level.p50.toFixed(0)} ms, p99 ${level.p99.toFixed(0)} ms`);
  }
  results.latency = levels;
  await stopServe(server);

  const narrow = await startServe(generatedBlob('narrow.bin', { widths: [8, 16, 32, 64], numClasses: 1000 }));
  await load(narrow.url, images, 4, 600, 100);
  const after100 = rssMb(narrow.process.pid!);
  await load(narrow.url, images, 4, 600, 900);
  const after1000 = rssMb(narrow.process.pid!);
  results.memory = { rss_mb_after_100: after100, rss_mb_after_1000: after1000 };
  if (!values.json) console.log(`RSS after 100 requests: ${after100.toFixed(1)} MB; after 1000: ${after1000.toFixed(1)} MB`);
  await stopServe(narrow);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(results));
