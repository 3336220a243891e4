// The kernels suite's worker: times the engine's own kernels where the engine runs them — in a
// worker thread, over one SharedArrayBuffer the kernel modules hold as constants
// (src/runtime/sharedMemoryGemm.ts) — for each distinct ResNet-18 convolution shape.
// Posts one row per shape: median and min ms over `iterations` runs after one warm-up.

import { parentPort, workerData } from 'node:worker_threads';
import { IMAGENET_RESNET18, resnet18Convolutions } from '../src/model/architecture.js';
import { fillUniform } from '../src/model/counterRandom.js';
import type { WorkerSetup } from '../src/runtime/messages.js';
import { gemmShared, winograd4x4GemmShared, winogradGemmShared } from '../src/runtime/sharedMemoryGemm.js';
import { MR, NR } from '../src/tensor/gemm.js';
import { convGeometry, gemmSizes, im2col } from '../src/tensor/im2col.js';
import { winogradApplies, winogradInputTransform, winogradTiles } from '../src/tensor/winograd.js';
import { winograd4x4InputTransform, winograd4x4Tiles } from '../src/tensor/winograd4x4.js';

export interface KernelRow {
  task: string;
  'median ms': string;
  'min ms': string;
  note: string;
}

const setup = workerData as WorkerSetup & { iterations: number };
const memory = new Float32Array(setup.memory);
fillUniform(memory, 'kernel bench memory', 0, 0.1);
// Regions of the memory: weights, input, scratch (columns or V), output.
const WEIGHTS = 0;
const INPUT = 2_400_000;
const SCRATCH = 3_300_000;
const OUTPUT = 5_200_000;

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
    task, 'median ms': t.median.toFixed(2), 'min ms': t.min.toFixed(2),
    note: flops ? `${(flops / t.median / 1e6).toFixed(2)} GFLOP/s${note}` : note,
  });
};

const seen = new Set<string>();
let current = 224;
let blockInput = 224;
for (const c of resnet18Convolutions(IMAGENET_RESNET18)) {
  // Spatial size entering each convolution: conv1 at 224, layer1 at 56 after the stem.
  let inSize = current;
  if (c.name === 'conv1') current = 56;
  else if (c.name.endsWith('.conv1')) {
    blockInput = inSize = current;
    current = blockInput / c.stride;
  } else if (c.name.endsWith('downsample.0')) inSize = blockInput;
  const g = convGeometry(c.inChannels, inSize, inSize, c.outChannels, c.kernelSize, c.kernelSize, c.stride, c.padding);
  const key = `${c.outChannels}×${c.inChannels}×${c.kernelSize}×${c.kernelSize}/${c.stride} on ${inSize}×${inSize}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const { K, N } = gemmSizes(g);
  const flops = 2 * c.outChannels * K * N;
  const panels = Math.ceil(N / NR);
  const tiles = Math.ceil(c.outChannels / MR);
  row(`im2col ${key}`, time(() => im2col(g, memory, INPUT, memory, SCRATCH, 0, panels)));
  row(`gemm ${key}`, time(() => gemmShared(c.outChannels, N, K, WEIGHTS, SCRATCH, OUTPUT, 0, tiles, 0, panels, -1, -1, false)), flops);
  if (winogradApplies(g)) {
    const wPanels = Math.ceil(winogradTiles(g).N / NR);
    row(`winograd input ${key}`, time(() => winogradInputTransform(g, memory, INPUT, memory, SCRATCH, 0, wPanels)));
    row(
      `winograd gemm ${key}`,
      time(() => winogradGemmShared(g, WEIGHTS, SCRATCH, OUTPUT, 0, tiles, -1, -1, false, 1, 0)),
      flops, ' direct-equivalent',
    );
    const w4Panels = Math.ceil(winograd4x4Tiles(g).N / NR);
    row(`winograd4x4 input ${key}`, time(() => winograd4x4InputTransform(g, memory, INPUT, memory, SCRATCH, 0, w4Panels)));
    row(
      `winograd4x4 gemm ${key}`,
      time(() => winograd4x4GemmShared(g, WEIGHTS, SCRATCH, OUTPUT, 0, tiles, -1, -1, false, 1, 0)),
      flops, ' direct-equivalent',
    );
  }
}
parentPort!.postMessage(rows);
