// Gathers concurrent requests into micro-batches for the engine.
//
// A request's preprocessed image waits here. When the engine is free, the waiting images (up to
// maxBatch) go through one forward pass together; the first image of a batch waits at most
// maxWaitMs for company. While a batch runs, new images queue up and form the next batch, so under
// load the workers never sit idle between requests, and the event loop (which only decodes and
// answers) never computes a layer. The queue is bounded: past maxQueue waiting images, submit()
// refuses with 503 and a Retry-After from the throughput measured over recent batches
// (throughput.ts).
//
// An image whose signal aborts (its client hung up) leaves the queue at once; if its batch is
// already running, its caller is answered at once and the batch goes on for the others.
//
// Batching never changes an answer: the engine's logits are bit-identical for an image alone or
// inside a batch. Other uses of the engine (the step-through) queue up as exclusive jobs, which run
// alone in their turn: no batch can interleave with them.

import type { Tensor } from '../tensor/tensor.js';
import { HttpError } from './httpError.js';
import { ThroughputMeter } from './throughput.js';

/** What runs a batch: [N, 3, H, W] → logits [N, classes] (Classifier.forward). */
export type Forward = (batch: Tensor) => Promise<Tensor>;

export interface BatchingOptions {
  maxBatch: number;
  maxQueue: number;
  maxWaitMs: number;
  /** Where answered images are counted for Retry-After (default: a meter of its own). */
  meter?: ThroughputMeter;
}

export interface Inference {
  logits: Float32Array;
  /** Milliseconds waiting for the engine, then computing this image's batch. */
  queueMs: number;
  inferenceMs: number;
  batchSize: number;
}

interface Waiting {
  image: Tensor;
  queuedAt: number;
  resolve: (result: Inference) => void;
  reject: (error: Error) => void;
}

interface ExclusiveJob {
  job: () => Promise<void>;
}

export class BatchingQueue {
  private readonly waiting: (Waiting | ExclusiveJob)[] = [];
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly meter: ThroughputMeter;
  /** Images in the batch running now. */
  private runningImages = 0;
  private runningStarted = 0;
  private batchBuffer: Float32Array | null = null;
  private idle: (() => void)[] = [];
  /** Forward passes run, and the images they carried (their ratio is the mean batch size). */
  batchesRun = 0;
  imagesRun = 0;

  constructor(private readonly forward: Forward, private readonly options: BatchingOptions) {
    this.meter = options.meter ?? new ThroughputMeter();
  }

  /** Images waiting for a batch (not counting the batch running). */
  get length(): number {
    return this.waiting.length;
  }

  get busy(): boolean {
    return this.running;
  }

  /** Images in the forward pass running now. */
  get inference(): number {
    return this.runningImages;
  }

  /** How long the forward pass running now has been running, in ms (0 when none is). */
  get inferenceMs(): number {
    return this.runningImages > 0 ? performance.now() - this.runningStarted : 0;
  }

  /** One image [3, H, W] → its logits, once its batch has run (or the signal's reason, once it aborts). */
  submit(image: Tensor, signal?: AbortSignal): Promise<Inference> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.waiting.length >= this.options.maxQueue) return Promise.reject(this.busyError());
    return new Promise((resolve, reject) => {
      if (!this.options.meter) this.meter.started();
      const entry: Waiting = { image, queuedAt: performance.now(), resolve, reject };
      if (signal) {
        const onAbort = (): void => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) {
            this.waiting.splice(at, 1);
            if (!this.options.meter) this.meter.finished(0, 1);
            if (!this.running && this.waiting.length === 0) for (const idle of this.idle.splice(0)) idle();
          }
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        entry.resolve = (result) => {
          signal.removeEventListener('abort', onAbort);
          resolve(result);
        };
        entry.reject = (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        };
      }
      this.waiting.push(entry);
      this.schedule();
    });
  }

  /**
   * Runs `job` alone on the engine, in its turn in the queue (bounded like images). A job whose
   * signal aborts while it waits leaves the queue without running (one running sees the signal).
   */
  exclusive<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.waiting.length >= this.options.maxQueue) return Promise.reject(this.busyError());
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.waiting.indexOf(entry);
        if (at < 0) return; // running: the job itself watches the signal
        this.waiting.splice(at, 1);
        if (!this.running && this.waiting.length === 0) for (const idle of this.idle.splice(0)) idle();
        reject(signal!.reason);
      };
      const entry: ExclusiveJob = {
        job: () => {
          signal?.removeEventListener('abort', onAbort);
          return job().then(resolve, reject);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
      this.schedule();
    });
  }

  /** Resolves once nothing is waiting or running (for graceful shutdown). */
  drained(): Promise<void> {
    if (!this.running && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private busyError(): HttpError {
    const seconds = this.meter.secondsFor(this.waiting.length + this.runningImages + 1);
    return new HttpError(503, 'busy', `the server is busy (${this.waiting.length} requests waiting); try again in ${seconds} s`, { 'Retry-After': String(seconds) });
  }

  private schedule(): void {
    if (this.running || this.waiting.length === 0) return;
    if (this.waiting.length >= this.options.maxBatch || this.options.maxWaitMs <= 0) {
      this.clearTimer();
      void this.runBatch();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.runBatch();
      }, this.options.maxWaitMs);
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async runBatch(): Promise<void> {
    if (this.running || this.waiting.length === 0) return;
    // (Images whose clients left were removed from `waiting` when they aborted.)
    this.running = true;
    const first = this.waiting[0];
    if ('job' in first) {
      this.waiting.shift();
      await first.job();
      this.finishRun();
      return;
    }
    // The images at the front of the queue, up to maxBatch, stopping at an exclusive job.
    let count = 1;
    while (count < this.options.maxBatch && count < this.waiting.length && !('job' in this.waiting[count])) count++;
    const batch = this.waiting.splice(0, count) as Waiting[];
    const started = performance.now();
    this.runningImages = batch.length;
    this.runningStarted = started;
    try {
      const logits = await this.forward(this.stack(batch.map((w) => w.image)));
      const inferenceMs = performance.now() - started;
      this.batchesRun++;
      this.imagesRun += batch.length;
      if (!this.options.meter) this.meter.finished(batch.length);
      const classes = logits.shape[1];
      batch.forEach((w, i) => w.resolve({
        logits: logits.data.slice(i * classes, (i + 1) * classes),
        queueMs: started - w.queuedAt,
        inferenceMs,
        batchSize: batch.length,
      }));
    } catch (error) {
      if (!this.options.meter) this.meter.finished(0, batch.length);
      for (const w of batch) w.reject(error as Error);
    } finally {
      this.runningImages = 0;
      this.finishRun();
    }
  }

  private finishRun(): void {
    this.running = false;
    // Requests that arrived during the run have waited long enough: run them at once.
    if (this.waiting.length > 0) {
      this.clearTimer();
      void this.runBatch();
    } else {
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  /**
   * [3, H, W] images of one size → a batch [N, 3, H, W], in one buffer reused by every batch (the
   * engine copies its input before forward() resolves, and one batch runs at a time): a new 4.8 MB
   * array per batch of 8 made the event loop pause for garbage collection.
   */
  private stack(images: Tensor[]): Tensor {
    const size = images[0].data.length;
    if (!this.batchBuffer || this.batchBuffer.length < size * images.length) {
      this.batchBuffer = new Float32Array(size * Math.max(images.length, this.options.maxBatch));
    }
    const data = this.batchBuffer.subarray(0, size * images.length);
    images.forEach((image, i) => data.set(image.data, i * size));
    return { shape: [images.length, ...images[0].shape], data };
  }
}
