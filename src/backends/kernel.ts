// The kernel contract: what a backend offers for each op in each data type, as typed descriptors.
//
// A plan step (src/runtime/plan.ts) names the descriptor that computes it (`kernel`, an id such as
// "wasm conv2d winograd4x4 f32"), chosen once per layer when the weights are laid out. A descriptor
// owns everything its algorithm needs to know:
//
//   supports(step)          whether it can compute this layer (e.g. Winograd: 3×3, stride 1, padding 1)
//   packedBytes / pack      the layout of its weights in the shared memory, written once at load
//   scratchBytes            the shared scratch a step needs, for a batch of images
//   run(step, at, share)    one worker's share of the step; `share.sync()` is the barrier between
//                           phases (all workers run every step and take the part their index selects)
//
// The runtime only resolves a step's buffers and weights to byte addresses, calls run() on every
// worker and waits at the barrier after each step: it knows no algorithm, tile or data type. The
// memory is bytes to it and to the model.
//
// The same factory makes a backend's descriptors on the main thread (where they plan and pack) and
// in each worker (where they run): one source for both.

import type { ConvGeometry } from '../tensor/im2col.js';
import type { Step } from './step.js';

/** The number types a kernel computes in. */
export type DType = 'float32';

/** Bytes of one element of each data type. */
export const BYTES_PER_ELEMENT: Record<DType, number> = { float32: 4 };

export type OpName = Step['op'];

/** The step type of an op. */
export type StepOf<O extends OpName> = Extract<Step, { op: O }>;

/** Byte addresses of what a step reads and writes, in the pool's one memory. */
export interface StepAddresses {
  /** The step's input buffers (its `inputs`, in order). */
  inputs: number[];
  output: number;
  /** The step's weights (its `weights`, in order); -1 where the step has none there. */
  weights: number[];
  /** Bytes per image of the first input and of the output: images lie back to back. */
  inputStride: number;
  outputStride: number;
  /** The shared scratch every worker of the pool sees (the plan's scratch). */
  scratch: number;
  /** This worker's own scratch. */
  workerScratch: number;
  batch: number;
}

/** One worker's place among the pool's workers during a step. */
export interface WorkerShare {
  /** This worker's index, 0 … workers − 1. */
  worker: number;
  workers: number;
  /** Waits until every worker has reached this call: the barrier between phases of a step. */
  sync(): void;
}

/** The part [start, end) of `total` items that worker `w` of `n` takes: contiguous, sizes differ by ≤ 1. */
export function shareOf(total: number, share: WorkerShare): [number, number] {
  const { worker: w, workers: n } = share;
  return [Math.floor((total * w) / n), Math.floor((total * (w + 1)) / n)];
}

interface DescriptorBase<O extends OpName> {
  /** Unique in the registry: "<backend> <op> <algorithm> <dtype>". */
  readonly id: string;
  readonly op: O;
  readonly dtype: DType;
  /** What a person is told ran: "im2col + GEMM 4×8 f32", "Winograd F(4×4, 3×3), GEMM 2×4 f64 sums". */
  readonly label: string;
  /** Bytes of shared scratch a step of this kernel needs for `batch` images (0 for most). */
  scratchBytes(step: StepOf<O>, batch: number): number;
  /** One worker's share of the step. Only in a worker: on the main thread it throws. */
  run(step: StepOf<O>, at: StepAddresses, share: WorkerShare): void;
}

/** A convolution's kernel: it also lays out and packs the filters (BatchNorm folded in). */
export interface ConvKernel extends DescriptorBase<'conv2d'> {
  /** Whether it transforms the filters (Winograd), so that only plans that allow it use it. */
  readonly winograd: boolean;
  supports(g: ConvGeometry): boolean;
  packedBytes(g: ConvGeometry): number;
  /**
   * Writes the filters weight [M, C, kh, kw] (each output channel's times scale[m] if given:
   * BatchNorm folding, float64, rounded once) at byte `offset` of `memory`. Main thread only.
   */
  pack(weight: Float32Array, scale: Float64Array | null, g: ConvGeometry, memory: ArrayBufferLike, offset: number): void;
}

/** The kernel of a layer that is not a convolution. */
export type OpKernel<O extends Exclude<OpName, 'conv2d'>> = DescriptorBase<O>;

export type KernelDescriptor = ConvKernel | { [O in Exclude<OpName, 'conv2d'>]: OpKernel<O> }[Exclude<OpName, 'conv2d'>];

/** The registry of one backend's descriptors, by id, with lookups by op and dtype. */
export class KernelSet {
  private readonly byId = new Map<string, KernelDescriptor>();

  constructor(readonly descriptors: readonly KernelDescriptor[]) {
    for (const d of descriptors) {
      if (this.byId.has(d.id)) throw new Error(`two kernels are registered as "${d.id}"`);
      this.byId.set(d.id, d);
    }
  }

  get(id: string): KernelDescriptor {
    const d = this.byId.get(id);
    if (!d) throw new Error(`no kernel "${id}" (this backend has ${[...this.byId.keys()].join(', ')})`);
    return d;
  }

  /** The convolution kernels of a data type, in the backend's order of preference. */
  convolutions(dtype: DType): ConvKernel[] {
    return this.descriptors.filter((d): d is ConvKernel => d.op === 'conv2d' && d.dtype === dtype);
  }

  /** The one kernel of a non-convolution op in a data type. */
  forOp<O extends Exclude<OpName, 'conv2d'>>(op: O, dtype: DType): OpKernel<O> {
    const d = this.descriptors.find((k) => k.op === op && k.dtype === dtype);
    if (!d) throw new Error(`no ${dtype} kernel for ${op}`);
    return d as OpKernel<O>;
  }
}
