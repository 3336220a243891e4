// The engine: ResNet-18 weights packed into shared memory, a pool of workers, and an activation
// arena, behind forward() and steps(). It imports nothing from Node: the platform starts the
// workers (src/runtime/workerHost.ts; model.ts is the engine on Node's worker threads,
// src/browser/ the engine in a web page).
//
// The computing is done by a backend (src/backends/backend.ts): plain JavaScript, or WebAssembly
// SIMD written at run time. The memory: one shared memory per worker pool (a SharedArrayBuffer, or
// a shared WebAssembly.Memory for wasm), laid out as
//
//   [each worker's scratch | fused weights | reference weights | arena: activations, then
//    im2col / Winograd scratch]
//
// and given to the workers when they start. The JavaScript kernels hold it in module-level
// constants — the only way V8 compiles the GEMM's loop with the array's base and length folded in
// (1.7× on the GEMM, bench/README.md) — and the wasm instances import it, so a pool's memory can
// never be replaced or grown in place. It is sized
// when the model is created for both weight sets and for the larger plan's arena at 224×224 and
// up to 16 images: pages never written cost no RAM, so reserving room for weights, batches or
// buffers a program never uses (the reference plan's, typically) is free — the operating system
// commits a page when it is first written. A forward pass that needs a larger arena (a bigger
// batch or image) starts a new pool on a memory just large enough, copying the weights packed so
// far: costly once per new size, never per inference. (The library's loadModel() wraps it with weights
// files, labels and images: classifier/classifier.ts.)
//
//   const model = await createResNet18({ weights: stateDict, workers: 2 });     // Node: model.ts
//   const logits = await model.forward(batch);      // [N, 3, H, W] → [N, classes]
//   await model.close();
//
// Calls are queued: one forward pass at a time uses all the workers.

import type { Backend, MemoryHandle } from '../backends/backend.js';
import { resolveBackend, type BackendChoice } from '../backends/resolveBackend.js';
import { bindPlan, type BoundPlan, type Plan, type Step } from '../runtime/plan.js';
import { WorkerPool } from '../runtime/workerPool.js';
import type { WorkerHost } from '../runtime/workerHost.js';
import { softmax } from '../tensor/softmax.js';
import { formatShape, tensor, type StateDict, type Tensor } from '../tensor/tensor.js';
import type { ResNet18Config } from './architecture.js';
import { checkStateDict } from './checkStateDict.js';
import { traceGraph, type Graph } from './graph.js';
import { lowerGraph } from './lowerGraph.js';
import { layoutWeights, packWeights, type PlanKind, type WeightLayout } from './weightLayout.js';

export type { PlanKind } from './weightLayout.js';

export interface EngineOptions {
  /** A ResNet-18 state_dict with torchvision's names (any widths, any class count). */
  weights: StateDict;
  /** Workers; default one per core (one where the host runs only one). */
  workers?: number;
  /** Execution plan of forward(); default "fused". */
  plan?: PlanKind;
  /**
   * The fused plan computes 3×3 stride-1 convolutions by Winograd F(2×2, 3×3) or F(4×4, 3×3), as
   * the backend chooses (default true); false: im2col + GEMM for every convolution. The reference
   * plan never uses Winograd.
   */
  winograd?: boolean;
  /** Which code computes: "wasm" (WebAssembly SIMD), "js", or "auto" (default: wasm where SIMD128 validates). */
  backend?: BackendChoice;
  /** wasm only: use the relaxed-SIMD fused multiply-add (default: where the runtime has it). */
  fma?: boolean;
}

export interface ForwardOptions {
  plan?: PlanKind;
}

/** One module's output, as steps() yields it. */
export interface StepOutput {
  /** torchvision's module path ("layer2.0.downsample.1"), "layer2.0.add", or a block's path for its output. */
  name: string;
  /**
   * The torchvision module whose output this step's output equals: the step's own name in the
   * reference plan; in the fused plan, e.g. "layer1.0" for the conv2 step that also adds and applies ReLU.
   */
  equivalent: string;
  op: string;
  /**
   * The kernel that computed it, as its backend describes it ("Winograd F(4×4, 3×3), GEMM 4×8
   * f32 (f32x4 relaxed fma)", "im2col + GEMM 2×4 f32 (f64 sums)", "max over windows f32"), and its
   * id in the backend's registry ("wasm conv2d winograd4x4 f32").
   */
  kernel: string;
  kernelId: string;
  inputShape: number[];
  outputShape: number[];
  /** Learned parameters of the module (conv and fc weights and biases, BatchNorm γ and β). */
  params: number;
  /** Multiply-adds per image (convolutions and the fully connected layer; 0 for the rest). */
  macs: number;
  /** Milliseconds the step took. */
  ms: number;
  /** Statistics of the output over the whole batch; `zeros` is the fraction of exact zeros. */
  stats: OutputStats;
  output: Tensor;
}

export interface OutputStats {
  min: number;
  max: number;
  mean: number;
  std: number;
  zeros: number;
}

interface Compiled {
  id: number;
  kind: PlanKind;
  plan: Plan;
  bound: BoundPlan;
}

/** The engine with its workers started by `host` (Node: createResNet18() in model.ts). */
export async function createEngine(host: WorkerHost, options: EngineOptions): Promise<ResNet18> {
  const tensors = new Map([...options.weights].map(([name, t]) => [name, { shape: t.shape, dtype: 'float32' }] as const));
  const { config } = checkStateDict(tensors, 'the weights');
  const backend = await resolveBackend(options.backend ?? 'auto', { fma: options.fma });
  const workers = options.workers ?? Math.min(host.defaultWorkers(), host.maxWorkers);
  return new ResNet18(options.weights, config, backend, host, workers, options.plan ?? 'fused', options.winograd ?? true);
}

/** Everything is placed on 64-byte boundaries in the memory. */
const ALIGN = 64;
const aligned = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** The input size and batch the memory is sized for up front (ImageNet's crop). */
const USUAL_SIZE = 224;
const USUAL_BATCH = 16;

export class ResNet18 {
  readonly numClasses: number;
  private pool: WorkerPool;
  /** The pool's memory, bytes (offsets below count bytes). */
  private memory: SharedArrayBuffer;
  /** What the workers are given to reach `memory`. */
  private shared: MemoryHandle;
  /** Where each weight set lies in the memory, and whether it has been packed there yet. */
  private readonly weightSets: Record<PlanKind, { layout: WeightLayout; base: number; packed: boolean }>;
  /** The network at the input size the weights are laid out for (layoutWeights says why). */
  private readonly usualGraph: Graph;
  private readonly arenaBase: number;
  private readonly compiled = new Map<string, Compiled>();
  private nextId = 0;
  /** Counts uses of the activation memory, so a step-through can tell whether another pass ran in between. */
  private memoryUses = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** The weights as given, with torchvision's names (the step-through draws conv1's). */
    readonly stateDict: StateDict,
    readonly config: ResNet18Config,
    private readonly backend: Backend,
    private readonly host: WorkerHost,
    private readonly workerCount: number,
    readonly defaultPlan: PlanKind,
    winograd: boolean,
  ) {
    this.numClasses = config.numClasses;
    this.usualGraph = traceGraph(config, USUAL_SIZE, USUAL_SIZE);
    const fused = layoutWeights(this.usualGraph, 'fused', backend, winograd);
    const reference = layoutWeights(this.usualGraph, 'reference', backend);
    const fusedBase = aligned(workerCount * backend.workerScratchBytes);
    const referenceBase = aligned(fusedBase + fused.length);
    this.arenaBase = aligned(referenceBase + reference.length);
    this.weightSets = {
      fused: { layout: fused, base: fusedBase, packed: false },
      reference: { layout: reference, base: referenceBase, packed: false },
    };
    const arena = Math.max(
      ...[fused, reference].map((layout) => bindPlan(lowerGraph(this.usualGraph, layout, backend.kernels), USUAL_BATCH, backend.kernels).arenaLength),
    );
    const memory = backend.createMemory(this.arenaBase + arena);
    this.memory = memory.buffer;
    this.shared = memory.shared;
    this.pool = this.startPool();
    this.packWeights(defaultPlan);
  }

  private startPool(): WorkerPool {
    const b = this.backend;
    return WorkerPool.start(this.host, this.workerCount, this.shared, b.workerOptions, b.workerScratchBytes, Math.max(...this.config.widths));
  }

  get workers(): number {
    return this.pool.size;
  }

  /** Where the workers run: "worker threads", "web workers" or "main thread" (src/runtime/workerHost.ts). */
  get workerHost(): string {
    return this.host.name;
  }

  /** Which backend computes: "js" or "wasm" (src/backends/backend.ts). */
  get backendName(): string {
    return this.backend.name;
  }

  /** What ran, for reports: "js", "wasm simd128" or "wasm simd128 + relaxed fma". */
  get backendDescription(): string {
    return this.backend.description;
  }

  /** Logits [N, classes] for a batch [N, 3, H, W] (or one image [3, H, W] → [1, classes]). */
  forward(input: Tensor, options: ForwardOptions = {}): Promise<Tensor> {
    const batch = asBatch(input);
    return this.enqueue(async () => {
      this.memoryUses++;
      const { id, plan, bound } = await this.compile(options.plan ?? this.defaultPlan, batch.shape);
      this.writeBuffer(bound, plan.input, batch.data);
      await this.pool.run(id, 0, bound.steps.length);
      return tensor([bound.batch, this.numClasses], this.readBuffer(bound, plan.output));
    });
  }

  /**
   * Runs a plan (default: reference, one step per torchvision module) one step at a time, yielding
   * each step's output (a copy) as soon as it is computed, then a last step "softmax" with the
   * probabilities — the step-through for people learning how the network sees, and the per-layer
   * golden tests.
   */
  async *steps(input: Tensor, options: ForwardOptions = {}): AsyncGenerator<StepOutput> {
    const batch = asBatch(input);
    let lastUse = -1;
    const { id, plan, bound } = await this.enqueue(async () => {
      const compiled = await this.compile(options.plan ?? 'reference', batch.shape);
      this.writeBuffer(compiled.bound, compiled.plan.input, batch.data);
      lastUse = ++this.memoryUses;
      return compiled;
    });
    const shapeOf = (buffer: number): number[] => [bound.batch, ...plan.bufferShapes[buffer]];
    let last: StepOutput | undefined;
    for (let i = 0; i < bound.steps.length; i++) {
      const step = bound.steps[i];
      const result = await this.enqueue(async () => {
        if (this.memoryUses !== lastUse) {
          // A forward pass between two steps reused the activation memory: put the input back
          // and redo the steps before this one (rare, and the results are the same bits).
          this.writeBuffer(bound, plan.input, batch.data);
          if (i > 0) await this.pool.run(id, 0, i);
        }
        const started = performance.now();
        await this.pool.run(id, i, i + 1);
        lastUse = ++this.memoryUses;
        const ms = performance.now() - started;
        const output = tensor(shapeOf(step.output), this.readBuffer(bound, step.output));
        const equivalent = step.equals ?? step.name;
        return {
          name: step.name, equivalent, op: step.op, kernel: this.backend.kernels.get(step.kernel).label, kernelId: step.kernel, inputShape: shapeOf(step.inputs[0]), outputShape: output.shape as number[],
          ...stepCost(step), ms, stats: outputStats(output.data), output,
        };
      });
      last = result;
      yield result;
    }
    // Last, softmax: the probabilities a person reads, computed here from fc's output (a 1000-value
    // row per image is too small to be worth the workers).
    const logits = last!;
    const started = performance.now();
    const probabilities = softmax(logits.output);
    yield {
      name: 'softmax', equivalent: 'softmax', op: 'softmax', kernel: 'softmax on the calling thread (float64 sums)', kernelId: 'softmax', inputShape: logits.outputShape, outputShape: logits.outputShape,
      params: 0, macs: 0, ms: performance.now() - started, stats: outputStats(probabilities.data), output: probabilities,
    };
  }

  /** Stops the worker threads. The model cannot be used afterwards. */
  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.pool.close();
  }

  /** The activations of buffer `id` (float32: the network's input and every layer's output), for the whole batch. */
  private readBuffer(bound: BoundPlan, id: number): Float32Array {
    return new Float32Array(this.memory, this.arenaBase + bound.offsets[id], (bound.sizes[id] * bound.batch) / 4).slice();
  }

  private writeBuffer(bound: BoundPlan, id: number, values: Float32Array): void {
    new Float32Array(this.memory, this.arenaBase + bound.offsets[id], values.length).set(values);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.queue.then(job, job);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Packs a weight set into its place in the memory, the first time a plan needs it. */
  private packWeights(kind: PlanKind): WeightLayout {
    const set = this.weightSets[kind];
    if (!set.packed) {
      packWeights(this.stateDict, this.usualGraph, set.layout, this.backend, this.memory, set.base);
      set.packed = true;
    }
    return set.layout;
  }

  /** The bound plan for this kind and input shape, built and sent to the workers on first use. */
  private async compile(kind: PlanKind, shape: readonly number[]): Promise<Compiled> {
    const [batch, , height, width] = shape;
    const key = `${kind} ${batch}×${height}×${width}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      const layout = this.packWeights(kind);
      const graph = height === USUAL_SIZE && width === USUAL_SIZE ? this.usualGraph : traceGraph(this.config, height, width);
      const plan = lowerGraph(graph, layout, this.backend.kernels);
      const bound = bindPlan(plan, batch, this.backend.kernels);
      if (this.arenaBase + bound.arenaLength > this.memory.byteLength) await this.growMemory(bound.arenaLength);
      compiled = { id: this.nextId++, kind, plan, bound };
      this.sendPlan(compiled);
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  private sendPlan(c: Compiled): void {
    this.pool.broadcast({ type: 'plan', id: c.id, plan: c.bound, weightsBase: this.weightSets[c.kind].base, arenaBase: this.arenaBase });
  }

  /**
   * A new memory with room for `arenaLength` floats of arena, the packed weights copied over, and
   * a new pool on it (the old workers' kernels are bound to the old memory for life).
   */
  private async growMemory(arenaLength: number): Promise<void> {
    const memory = this.backend.createMemory(this.arenaBase + arenaLength);
    for (const set of Object.values(this.weightSets)) {
      if (set.packed) new Uint8Array(memory.buffer).set(new Uint8Array(this.memory, set.base, set.layout.length), set.base);
    }
    await this.pool.close();
    this.memory = memory.buffer;
    this.shared = memory.shared;
    this.pool = this.startPool();
    for (const c of this.compiled.values()) this.sendPlan(c);
  }
}

/** Learned parameters and multiply-adds per image of one step, as torchvision counts them. */
export function stepCost(step: Step): { params: number; macs: number } {
  switch (step.op) {
    case 'conv2d': {
      const g = step.geometry;
      const perOutput = g.inChannels * g.kernelHeight * g.kernelWidth;
      const bias = step.weights[1] >= 0 ? g.outChannels : 0;
      return { params: g.outChannels * perOutput + bias, macs: g.outChannels * g.outHeight * g.outWidth * perOutput };
    }
    case 'batchNorm':
      return { params: 2 * step.channels, macs: 0 };
    case 'linear':
      return { params: step.outFeatures * step.inFeatures + step.outFeatures, macs: step.outFeatures * step.inFeatures };
    default:
      return { params: 0, macs: 0 };
  }
}

/** min, max, mean, std (population) and the fraction of zeros, in one float64 pass. */
export function outputStats(data: Float32Array): OutputStats {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let squares = 0;
  let zeros = 0;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    squares += v * v;
    if (v === 0) zeros++;
  }
  const mean = sum / data.length;
  return { min, max, mean, std: Math.sqrt(Math.max(squares / data.length - mean * mean, 0)), zeros: zeros / data.length };
}

/** Accepts [N, 3, H, W] or [3, H, W]; anything else is an error that says what was expected. */
function asBatch(input: Tensor): Tensor {
  const shape = input.shape.length === 3 ? [1, ...input.shape] : [...input.shape];
  if (shape.length !== 4 || shape[1] !== 3 || shape[0] < 1 || shape[2] < 1 || shape[3] < 1) {
    throw new Error(`ResNet-18 expects an input [N, 3, H, W] or [3, H, W], got ${formatShape(input.shape)}`);
  }
  if (input.data.length !== shape.reduce((a, b) => a * b, 1)) {
    throw new Error(`input ${formatShape(input.shape)} has ${input.data.length} values`);
  }
  return { shape, data: input.data };
}
