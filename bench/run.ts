// Benchmarks (tinybench). `npm run bench` runs them all; `npm run bench -- kernels` or `-- model`
// runs one suite. Numbers measured on this project's machine are kept in bench/README.md.
//
//   kernels     im2col + GEMM, Winograd F(2×2) and F(4×4) (input transform, fused GEMMs) of each
//               distinct ResNet-18 convolution shape, per backend, in a worker over the backend's
//               memory as the engine runs them; the wasm SIMD ceiling; the pools
//   model       the whole forward pass at batch 1 and 8 with 1 and 2 workers, per backend
//   layers      each step of the fused plan on one worker, per backend, against the SIMD ceiling
//   preprocess  decode + resize + crop + normalise of a ~2 MP and a ~12 MP JPEG, ours and Pillow's

import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { Bench } from 'tinybench';
import { preprocess } from '../src/image/preprocess.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateInput, generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { createResNet18 } from '../src/model/model.js';
import { maxPool2d } from '../src/backends/js/layers.js';
import { fillUniform } from '../src/model/counterRandom.js';
import { KERNEL_BENCH } from './kernelRegions.js';
import type { KernelRow } from './kernelWorker.js';
import { resolveBackend } from '../src/backends/resolveBackend.js';
import { simdCeiling } from './simdCeiling.js';

const suites = process.argv.slice(2);

/** A TypeScript worker through tsx's loader (bench/run.ts itself runs under tsx). */
function spawnTsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
const wanted = (name: string): boolean => suites.length === 0 || suites.includes(name);

function printTable(bench: Bench, unit: (name: string) => string): void {
  console.table(bench.tasks.map((task) => {
    const latency = task.result && 'latency' in task.result ? task.result.latency : undefined;
    return { task: task.name, 'median ms': latency?.p50?.toFixed(2), 'min ms': latency?.min?.toFixed(2), samples: latency?.samplesCount, note: unit(task.name) };
  }));
}

if (wanted('kernels')) {
  // Each backend's convolution kernels run in a worker over the backend's shared memory, as in the
  // engine (the JavaScript GEMM is ~2× slower over a typed array passed as an argument: bench/README.md).
  for (const choice of ['js', 'wasm'] as const) {
    const backend = await resolveBackend(choice);
    const memory = backend.createMemory(4 * KERNEL_BENCH.FLOATS);
    const rows = await new Promise<KernelRow[]>((resolve, reject) => {
      const worker = spawnTsWorker(new URL('./kernelWorker.ts', import.meta.url), {
        index: 0, workers: 1, barrier: new SharedArrayBuffer(8), memory: memory.shared, backend: backend.workerOptions,
        scratch: 4 * KERNEL_BENCH.WORKER_SCRATCH, winogradChannels: 512, iterations: 5, description: backend.description,
      });
      worker.once('message', (result: KernelRow[]) => void worker.terminate().then(() => resolve(result)));
      worker.once('error', reject);
    });
    console.table(rows);
  }
  const bench = new Bench({ iterations: 5, warmupIterations: 1 });
  const pooled = { shape: [1, 64, 112, 112], data: fillUniform(new Float32Array(64 * 112 * 112), 'pool', 0, 1) };
  bench.add('maxPool2d 3×3/2 on 64×112×112', () => void maxPool2d(pooled, { kernelSize: 3, stride: 2, padding: 1 }));
  await bench.run();
  printTable(bench, () => '');
}

if (wanted('preprocess')) {
  // JPEGs made from the sample cat photo, enlarged (quality 90), in a temporary folder.
  const folder = mkdtempSync(join(tmpdir(), 'bench-preprocess-'));
  const files: [string, string][] = [];
  for (const [label, width, height] of [['2 MP', 1732, 1155], ['12 MP', 4243, 2828]] as const) {
    const file = join(folder, `${label.replace(' ', '')}.jpg`);
    await sharp(new URL('../samples/cat.jpg', import.meta.url).pathname).resize(width, height).jpeg({ quality: 90 }).toFile(file);
    files.push([`${label} ${width}×${height}`, file]);
  }
  const bench = new Bench({ iterations: 7, warmupIterations: 1 });
  for (const [label, file] of files) bench.add(`ours ${label}`, async () => void (await preprocess(file)));
  await bench.run();
  const pillow = spawnSync('/usr/bin/python3', [new URL('./pillowPreprocess.py', import.meta.url).pathname, ...files.map((f) => f[1])], { encoding: 'utf8' });
  const theirs = pillow.status === 0 ? pillow.stdout.trim().split('\n').map((l) => JSON.parse(l) as { median_ms: number }) : [];
  printTable(bench, (name) => {
    const i = files.findIndex(([label]) => name.endsWith(label));
    return theirs[i] ? `Pillow + torchvision: ${theirs[i].median_ms.toFixed(1)} ms` : 'Pillow: not installed (python3-torchvision)';
  });
  rmSync(folder, { recursive: true, force: true });
}

if (wanted('model')) {
  const weights = generateResNet18StateDict(IMAGENET_RESNET18, 0);
  // wasm with and without the relaxed-SIMD fused multiply-add (where the runtime has it).
  const runs = [['js', 1], ['js', 2], ['wasm', 1], ['wasm', 2], ['wasm', 1, false], ['wasm', 2, false]] as const;
  for (const [backend, workers, fma] of runs) {
    const model = await createResNet18({ weights, workers, backend, fma: backend === 'wasm' ? fma : undefined });
    const bench = new Bench({ iterations: 5, warmupIterations: 1 });
    for (const batch of [1, 8]) {
      const input = generateInput([batch, 3, 224, 224], 'bench input', 0);
      bench.add(`${model.backendDescription}: forward batch ${batch}, ${workers} worker${workers > 1 ? 's' : ''}`, async () => void (await model.forward(input)));
    }
    await bench.run();
    printTable(bench, (name) => {
      const batch = Number(/batch (\d+)/.exec(name)![1]);
      const task = bench.tasks.find((t) => t.name === name);
      const median = task?.result && 'latency' in task.result ? task.result.latency.p50 : undefined;
      return median ? `${(median / batch).toFixed(0)} ms/image` : '';
    });
    await model.close();
  }
}

if (wanted('layers')) {
  // Each step of the fused plan at batch 1 on one worker, per backend: the median over 7 passes of
  // the step's own time (steps() times each step alone), its multiply-adds as GFLOP/s, and that as
  // a share of this machine's f32x4 multiply-add ceiling measured in the same run.
  const weights = generateResNet18StateDict(IMAGENET_RESNET18, 0);
  const input = generateInput([1, 3, 224, 224], 'bench input', 0);
  const ceilingRun = simdCeiling((await resolveBackend('wasm')).workerOptions.fma ?? false);
  const ceilingMs = Math.min(...Array.from({ length: 5 }, () => { const s = performance.now(); ceilingRun.run(); return performance.now() - s; }));
  const ceiling = ceilingRun.flops / ceilingMs / 1e6;
  const times = new Map<string, Map<string, number>>();
  let macs = new Map<string, number>();
  for (const backend of ['js', 'wasm'] as const) {
    const model = await createResNet18({ weights, workers: 1, backend });
    const samples = new Map<string, number[]>();
    for (let pass = 0; pass < 8; pass++) {
      for await (const step of model.steps(input, { plan: 'fused' })) {
        if (pass === 0) continue;
        samples.set(step.name, [...(samples.get(step.name) ?? []), step.ms]);
        macs.set(step.name, step.macs);
      }
    }
    times.set(backend, new Map([...samples].map(([name, ms]) => [name, ms.sort((a, b) => a - b)[ms.length >> 1]])));
    await model.close();
  }
  console.log(`f32x4 multiply-add ceiling, one thread: ${ceiling.toFixed(1)} GFLOP/s`);
  console.log('| step | MMACs | js ms | js GFLOP/s | wasm ms | wasm GFLOP/s | wasm % of ceiling |');
  console.log('|---|---|---|---|---|---|---|');
  const total = { js: 0, wasm: 0 };
  for (const [name, m] of macs) {
    const js = times.get('js')!.get(name)!;
    const wasm = times.get('wasm')!.get(name)!;
    total.js += js;
    total.wasm += wasm;
    const rate = (ms: number): string => (m ? (2 * m / ms / 1e6).toFixed(1) : '—');
    console.log(`| ${name} | ${(m / 1e6).toFixed(1)} | ${js.toFixed(2)} | ${rate(js)} | ${wasm.toFixed(2)} | ${rate(wasm)} | ${m ? ((2 * m / wasm / 1e6 / ceiling) * 100).toFixed(0) + ' %' : '—'} |`);
  }
  console.log(`| total | ${([...macs.values()].reduce((a, b) => a + b, 0) / 1e6).toFixed(0)} | ${total.js.toFixed(1)} | | ${total.wasm.toFixed(1)} | | |`);
  macs = new Map();
}
