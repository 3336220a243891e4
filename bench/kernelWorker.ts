// The kernels suite's worker: times a backend's own float32 primitives (src/backends/float32/) where the
// engine runs them — in a worker thread, over the backend's shared memory — for each distinct
// ResNet-18 convolution shape at 224×224, plus (wasm) the machine's f32x4 multiply-add ceiling.
// Posts one row per kernel and shape: median and min ms over `iterations` runs after one warm-up.

import { parentPort, workerData } from 'node:worker_threads';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { fillUniform } from '../src/model/counterRandom.js';
import { traceGraph } from '../src/model/graph.js';
import type { WorkerSetup } from '../src/runtime/messages.js';
import { setWorkerSetup } from '../src/backends/workerSetup.js';
import { gemmSizes } from '../src/tensor/im2col.js';
import { winogradApplies, winogradTiles } from '../src/tensor/winograd.js';
import { winograd4x4Tiles } from '../src/tensor/winograd4x4.js';
import { KERNEL_BENCH } from './kernelRegions.js';
import { simdCeiling } from './simdCeiling.js';

export interface KernelRow {
  backend: string;
  task: string;
  'median ms': string;
  'min ms': string;
  note: string;
}


const setup = workerData as WorkerSetup & { iterations: number; description: string };
// As an engine worker's entry does: the setup first, then the kernels (src/backends/workerSetup.ts).
setWorkerSetup(setup);
const { backendEntry } = await import('../src/backends/registry.js');
const { primitives, MR, NR } = backendEntry(setup.backend.name).workerFloat32(setup);
const kernels = primitives!;
const memory = new Float32Array(setup.memory instanceof SharedArrayBuffer ? setup.memory : setup.memory.buffer);
fillUniform(memory.subarray(0, KERNEL_BENCH.WORKER_SCRATCH), 'kernel bench memory', 0, 0.1);
const { WEIGHTS, INPUT, SCRATCH, OUTPUT } = KERNEL_BENCH;

function time(run: () => void): { median: number; min: number } {
  run();
  const ms: number[] = [];
  for (let i = 0; i < setup.iterations; i++) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[ms.length >> 1], min: ms[0] };
}

const rows: KernelRow[] = [];
const row = (task: string, t: { median: number; min: number }, flops = 0, note = ''): void => {
  rows.push({
    backend: setup.description, task, 'median ms': t.median.toFixed(2), 'min ms': t.min.toFixed(2),
    note: flops ? `${(flops / t.median / 1e6).toFixed(2)} GFLOP/s${note}` : note,
  });
};

if (setup.backend.name === 'wasm') {
  const ceiling = simdCeiling(setup.backend.fma ?? false);
  row('f32x4 multiply-add ceiling (12 independent accumulators)', time(() => ceiling.run()), ceiling.flops);
}

const seen = new Set<string>();
for (const node of traceGraph(IMAGENET_RESNET18, 224, 224).nodes) {
  if (node.op !== 'conv2d') continue;
  const g = node.geometry;
  const key = `${g.outChannels}×${g.inChannels}×${g.kernelHeight}×${g.kernelWidth}/${g.stride} on ${g.inHeight}×${g.inWidth}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const { K, N } = gemmSizes(g);
  const flops = 2 * g.outChannels * K * N;
  const panels = Math.ceil(N / NR);
  const tiles = Math.ceil(g.outChannels / MR);
  // The whole columns at once for timing (the engine packs ≤ 1 MB chunks): conv1's fit the scratch.
  row(`im2col ${key}`, time(() => kernels.im2col(g, INPUT, SCRATCH, 0, panels)));
  row(`gemm ${key}`, time(() => kernels.gemm(g.outChannels, N, K, WEIGHTS, SCRATCH, OUTPUT, 0, tiles, 0, panels, -1, -1, false)), flops);
  if (winogradApplies(g)) {
    for (const m of [2, 4] as const) {
      const wPanels = Math.ceil((m === 4 ? winograd4x4Tiles(g) : winogradTiles(g)).N / NR);
      row(`winograd${m}x${m} input ${key}`, time(() => kernels.winogradInput(m, g, INPUT, SCRATCH, 0, wPanels, 1, 0)));
      row(
        `winograd${m}x${m} gemm ${key}`,
        time(() => kernels.winogradGemm(m, g, WEIGHTS, SCRATCH, OUTPUT, 0, tiles, -1, -1, false, 1, 0)),
        flops, ' direct-equivalent',
      );
    }
  }
}
parentPort!.postMessage(rows);
