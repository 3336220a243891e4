// Decoding off the event loop: a few worker threads (decodeWorker.ts) turn uploads into tensors, so
// the main thread only reads requests and writes answers. Our GIF and BMP decoders, convert('RGB')
// and the resize are plain JavaScript: on the main thread, sixteen large GIFs stalled /api/health
// for 20 s.
//
// Memory is budgeted: each task says how much decoding it will take (imageHeader.ts,
// decodeMemoryBytes), and starts only when a worker is free and its bytes fit beside those of the
// tasks running. Tasks start in arrival order (a large image is not overtaken forever by small
// ones). One task larger than the whole budget runs alone, so peak memory is about
// max(budget, largest image) however many requests arrive.
//
// Two lanes: images that decode slowly for their file size (AVIF, very large images:
// imageHeader.ts, decodesSlowly) wait and run apart, on workers of their own (half as many as the
// others, at least one), so that one client's batch of tiny 8000×5000 AVIFs, seconds of CPU each,
// does not hold up everyone's photos. Both lanes share the memory budget; within a lane, tasks
// start in arrival order, and a photo never waits for a slow image that is only queued.
//
// A task whose signal aborts while it waits is dropped; one already running finishes in its worker
// (it cannot be interrupted) but its caller is answered at once and the result thrown away.

import { Worker } from 'node:worker_threads';
import type { ImageFormat } from '../image/formats.js';
import { ImageDecodeError } from '../image/imageDecodeError.js';
import { tensor, type Tensor } from '../tensor/tensor.js';
import type { DecodeReply, DecodeRequest } from './decodeWorker.js';
import { COMPUTE_NICE } from './threadPriority.js';

export interface DecodePoolOptions {
  /** Worker threads (default 1). */
  workers?: number;
  /** Bytes of decoding allowed at once (default 256 MB). */
  memoryBytes?: number;
}

export interface Preprocessed {
  /** [3, 224, 224], normalised: what preprocess() gives. */
  tensor: Tensor;
  image: { width: number; height: number; format: ImageFormat };
  decodeMs: number;
  preprocessMs: number;
}

interface Task {
  id: number;
  bytes: Uint8Array;
  autoOrient: boolean;
  maxPixels: number;
  memory: number;
  lane: Lane;
  signal?: AbortSignal;
  onAbort?: () => void;
  resolve: (result: Preprocessed) => void;
  reject: (error: unknown) => void;
}

type Lane = 'fast' | 'slow';

interface Slot {
  worker: Worker;
  lane: Lane;
  task: Task | null;
}

export const DEFAULT_DECODE_MEMORY_BYTES = 256e6;

/**
 * Starts the worker entry: built JavaScript directly, TypeScript sources through tsx's loader. The
 * worker lowers its priority first (threadPriority.ts), so that the thread tsx's loader starts
 * inherits it.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./decodeWorker.js', here));
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./decodeWorker.ts', here).href;
  const lower = process.platform === 'linux' ? `try { require('node:os').setPriority(${COMPUTE_NICE}); } catch {}` : '';
  const bootstrap = `${lower} import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export class DecodePool {
  readonly memoryBytes: number;
  /** Started on first need, up to `workers` (a server that never decodes starts none). */
  private readonly slots: Slot[] = [];
  private readonly workers: Record<Lane, number>;
  private readonly waiting: Record<Lane, Task[]> = { fast: [], slow: [] };
  private reserved = 0;
  private peak = 0;
  private completed = 0;
  private nextId = 1;
  private closed = false;

  constructor(options: DecodePoolOptions = {}) {
    const workers = options.workers ?? 1;
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`decode workers must be a positive integer, got ${workers}`);
    this.workers = { fast: workers, slow: Math.max(1, Math.floor(workers / 2)) };
    this.memoryBytes = options.memoryBytes ?? DEFAULT_DECODE_MEMORY_BYTES;
  }

  /** Tasks decoding now, and waiting for a worker or for memory. */
  get running(): number {
    return this.slots.filter((s) => s.task).length;
  }

  get queued(): number {
    return this.waiting.fast.length + this.waiting.slow.length;
  }

  /** Bytes reserved by the tasks running. */
  get reservedBytes(): number {
    return this.reserved;
  }

  /** The most bytes reserved at once so far. */
  get peakReservedBytes(): number {
    return this.peak;
  }

  /** Tasks that have run to the end in a worker (decoded, or failed to), abandoned or not. */
  get decodesRun(): number {
    return this.completed;
  }

  /** Decodes and preprocesses `bytes` in a worker (of the slow lane if `slow`), once `memory` bytes fit in the budget. */
  preprocess(bytes: Uint8Array, options: { autoOrient: boolean; maxPixels: number }, memory: number, signal?: AbortSignal, slow = false): Promise<Preprocessed> {
    if (this.closed) return Promise.reject(new Error('the decode pool has been closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Preprocessed>((resolve, reject) => {
      const task: Task = { id: this.nextId++, bytes, ...options, memory, lane: slow ? 'slow' : 'fast', signal, resolve, reject };
      const waiting = this.waiting[task.lane];
      if (signal) {
        task.onAbort = () => {
          const at = waiting.indexOf(task);
          if (at >= 0) waiting.splice(at, 1);
          reject(signal.reason);
          // A task removed from the head may let the next one start.
          this.pump();
        };
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      waiting.push(task);
      this.pump();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const task of [...this.waiting.fast.splice(0), ...this.waiting.slow.splice(0)]) this.settle(task, new Error('the decode pool has been closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private startSlot(lane: Lane): Slot {
    const slot: Slot = { worker: spawnWorker(), lane, task: null };
    slot.worker.unref();
    slot.worker.on('message', (reply: DecodeReply) => this.finish(slot, reply));
    slot.worker.on('error', (error) => this.lose(slot, error));
    slot.worker.on('exit', (code) => this.lose(slot, new Error(`decode worker exited (code ${code})`)));
    return slot;
  }

  /** Starts waiting tasks of each lane, in order, while a worker of the lane is free and the head task's memory fits. */
  private pump(): void {
    this.pumpLane('fast');
    this.pumpLane('slow');
  }

  private pumpLane(lane: Lane): void {
    const waiting = this.waiting[lane];
    while (!this.closed && waiting.length > 0) {
      const task = waiting[0];
      if (this.reserved > 0 && this.reserved + task.memory > this.memoryBytes) return;
      let slot = this.slots.find((s) => s.lane === lane && !s.task);
      if (!slot && this.slots.filter((s) => s.lane === lane).length < this.workers[lane]) this.slots.push(slot = this.startSlot(lane));
      if (!slot) return;
      waiting.shift();
      slot.task = task;
      this.reserved += task.memory;
      this.peak = Math.max(this.peak, this.reserved);
      slot.worker.ref();
      const request: DecodeRequest = { id: task.id, bytes: task.bytes, autoOrient: task.autoOrient, maxPixels: task.maxPixels };
      slot.worker.postMessage(request);
    }
  }

  private finish(slot: Slot, reply: DecodeReply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    this.release(slot);
    this.completed++;
    if (reply.ok) {
      this.settle(task, null, {
        tensor: tensor([3, 224, 224], reply.data),
        image: { width: reply.width, height: reply.height, format: reply.format as ImageFormat },
        decodeMs: reply.decodeMs,
        preprocessMs: reply.preprocessMs,
      });
    } else if (reply.error.decodeCode) {
      // The worker's message already names nothing but the problem (no source is passed to it).
      this.settle(task, new ImageDecodeError(reply.error.decodeCode, reply.error.message));
    } else {
      this.settle(task, new Error(`decoding failed: ${reply.error.message}`));
    }
    this.pump();
  }

  /** A worker died (a bug, or out of memory): its task fails, and a new worker takes its place. */
  private lose(slot: Slot, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || this.closed) return;
    const task = slot.task;
    this.release(slot);
    this.slots[at] = this.startSlot(slot.lane);
    void slot.worker.terminate();
    if (task) this.settle(task, new Error(`decode worker failed: ${error.message}`));
    this.pump();
  }

  private release(slot: Slot): void {
    if (slot.task) this.reserved -= slot.task.memory;
    slot.task = null;
    slot.worker.unref();
  }

  private settle(task: Task, error: unknown, result?: Preprocessed): void {
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    if (task.signal?.aborted) return; // already answered when it aborted
    if (error) task.reject(error);
    else task.resolve(result!);
  }
}
