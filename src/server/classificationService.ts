// From an uploaded file to the service's answer, with the work admitted before it is done:
//
//   1. the cache, keyed by the upload's SHA-256 (a hit costs nothing more)
//   2. admission: at most maxQueue images waiting (admitted, not yet answered, not in the forward
//      pass running); past that, 503 at once, with a Retry-After from the measured throughput
//      (throughput.ts): a refusal costs a hash, never a decode
//   3. the image header (imageHeader.ts): format, size, frames. Too many pixels → 413, before any
//      pixel is decoded
//   4. decoding and preprocessing in the decode pool's worker threads, within its memory budget
//      (decodePool.ts): what does not fit waits, in order
//   5. inference in the engine's workers, through the batching queue
//
// Every step takes the request's AbortSignal: a client that hangs up leaves the memory queue, the
// decode queue and the batching queue at once, and a running batch does not wait for it.
//
// The cache keeps logits, not answers: they depend only on the bytes and autoOrient, so a repeat
// with another top or lang is still a hit. Identical uploads in flight at once share one
// computation, which is dropped only when every request sharing it has gone.

import { createHash } from 'node:crypto';
import type { Classifier } from '../classifier/classifier.js';
import type { Prediction } from '../classifier/predictions.js';
import type { ImageFormat } from '../image/formats.js';
import { AVIF_MAX_PIXELS, decodeMemoryBytes, decodesSlowly, readImageHeader, type ImageHeader } from '../image/imageHeader.js';
import { ImageDecodeError, tooLarge } from '../image/imageDecodeError.js';
import { BatchingQueue, type BatchingOptions } from './batchingQueue.js';
import { DecodePool, type Preprocessed } from './decodePool.js';
import { clientGone, HttpError } from './httpError.js';
import { LruCache } from './lruCache.js';
import type { ClassifyOptions } from './requestOptions.js';
import { ThroughputMeter } from './throughput.js';

export interface ClassifyAnswer {
  /** The SHA-256 of the upload, hex: names the image for /api/explain. */
  id: string;
  top: Prediction[];
  image: { width: number; height: number; format: ImageFormat | 'raw' };
  timing_ms: { decode: number; preprocess: number; queue: number; inference: number; total: number };
  cached: boolean;
  model: 'resnet18';
}

interface Computed {
  logits: Float32Array;
  image: ClassifyAnswer['image'];
}

type Timing = Omit<ClassifyAnswer['timing_ms'], 'total'>;

interface Shared {
  result: Promise<{ computed: Computed; timing: Timing }>;
  controller: AbortController;
  users: number;
}

export interface ServiceOptions extends BatchingOptions {
  /** Largest decoded image, in pixels (a decompression-bomb guard). */
  maxPixels: number;
  cacheEntries: number;
  cacheBytes: number;
  /** Decode worker threads (default 1). */
  decodeWorkers?: number;
  /** Bytes of image decoding at once (default 256 MB). */
  decodeMemoryBytes?: number;
}

/** Bytes a cached result takes: its logits plus a generous allowance for the key and object. */
const ENTRY_OVERHEAD_BYTES = 256;

export class ClassificationService {
  readonly queue: BatchingQueue;
  readonly decoder: DecodePool;
  readonly meter = new ThroughputMeter();
  private readonly cache: LruCache<Computed>;
  private readonly inFlight = new Map<string, Shared>();
  /** Images admitted and not yet answered or dropped. */
  private admitted = 0;

  constructor(readonly classifier: Classifier, readonly options: ServiceOptions) {
    this.queue = new BatchingQueue((batch) => classifier.forward(batch), { ...options, meter: this.meter });
    this.cache = new LruCache(options.cacheEntries, options.cacheBytes);
    this.decoder = new DecodePool({ workers: options.decodeWorkers, memoryBytes: options.decodeMemoryBytes });
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  /** Images admitted and not yet answered: waiting for memory, decoding, or waiting for the engine. */
  get pending(): number {
    return this.admitted;
  }

  async classify(bytes: Uint8Array, options: ClassifyOptions, signal?: AbortSignal): Promise<ClassifyAnswer> {
    const [answer] = await this.classifyMany([bytes], options, signal);
    if (answer instanceof Error) throw answer;
    return answer;
  }

  /**
   * Several uploads of one request: an answer or an error for each, in order. They are admitted
   * together (a 503 refuses the whole request), then decoded within the shared memory budget.
   */
  async classifyMany(uploads: Uint8Array[], options: ClassifyOptions, signal?: AbortSignal): Promise<(ClassifyAnswer | Error)[]> {
    const started = performance.now();
    const key = (id: string): string => `${id} ${options.autoOrient ? 'oriented' : 'as-stored'}`;
    const ids = uploads.map(sha256);
    // What each upload needs: nothing (a cached result), a share of a computation in flight (an
    // identical upload, in this request or another), or a new computation. New ones are admitted
    // together before anything is read from them, so that a refusal costs no more than hashing.
    type Plan = { hit: Computed } | { join: string };
    const plans: Plan[] = [];
    const fresh = new Map<string, Uint8Array>();
    for (const [i, id] of ids.entries()) {
      const k = key(id);
      const hit = this.cache.get(k);
      if (hit) {
        plans.push({ hit });
        continue;
      }
      if (!this.inFlight.has(k)) fresh.set(k, uploads[i]);
      plans.push({ join: k });
    }
    this.admit(fresh.size);
    for (const [k, bytes] of fresh) this.startComputation(k, bytes, options.autoOrient);

    return Promise.all(plans.map(async (plan, i): Promise<ClassifyAnswer | Error> => {
      let computed: Computed;
      let timing: Timing = { decode: 0, preprocess: 0, queue: 0, inference: 0 };
      if ('hit' in plan) {
        computed = plan.hit;
      } else {
        try {
          ({ computed, timing } = await this.join(plan.join, signal));
        } catch (error) {
          return error as Error;
        }
        this.cache.set(plan.join, computed, computed.logits.byteLength + ENTRY_OVERHEAD_BYTES);
      }
      const [top] = this.classifier.predict({ shape: [1, computed.logits.length], data: computed.logits }, { topK: options.top, lang: options.lang });
      return {
        id: ids[i],
        top,
        image: computed.image,
        timing_ms: { ...roundAll(timing), total: round(performance.now() - started) },
        cached: 'hit' in plan,
        model: 'resnet18',
      };
    }));
  }

  /**
   * Decodes one image for a job that is not a classification (the step-through), admitted and
   * budgeted like one; `done` must be called when the job has finished.
   */
  async preprocess(bytes: Uint8Array, autoOrient: boolean, signal?: AbortSignal): Promise<{ pre: Preprocessed; done: () => void }> {
    this.admit(1);
    let left = false;
    const done = (answered: boolean): void => {
      if (!left) this.leave(answered ? 1 : 0, answered ? 0 : 1);
      left = true;
    };
    try {
      const pre = await this.decode(bytes, autoOrient, signal);
      return { pre, done: () => done(true) };
    } catch (error) {
      done(false);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.decoder.close();
  }

  /** The header (a 413 before any pixel), then decoding in the pool, within its budget, in the lane the format calls for. */
  private async decode(bytes: Uint8Array, autoOrient: boolean, signal?: AbortSignal): Promise<Preprocessed> {
    const header: ImageHeader = await readImageHeader(bytes);
    const maxPixels = header.format === 'avif' ? Math.min(AVIF_MAX_PIXELS, this.options.maxPixels) : this.options.maxPixels;
    if (header.width * header.height > maxPixels) {
      const refusal = tooLarge(header.width, header.height, maxPixels);
      if (maxPixels < this.options.maxPixels) {
        throw new ImageDecodeError('too_large', `${refusal.message}, the limit for AVIF, which decodes about ten times slower than JPEG`);
      }
      throw refusal;
    }
    return this.decoder.preprocess(bytes, { autoOrient, maxPixels }, decodeMemoryBytes(header), signal, decodesSlowly(header));
  }

  /** Counts `count` new images in, or refuses them all with 503 and the wait the measured throughput implies. */
  private admit(count: number): void {
    if (count === 0) return;
    const waiting = this.admitted - this.queue.inference;
    if (waiting + count > this.options.maxQueue) {
      // The images waiting (and these) at the measured rate, after what is left of the batch running.
      const rate = this.meter.imagesPerSecond() ?? 1;
      const running = Math.max(0, this.queue.inference / rate - this.queue.inferenceMs / 1000);
      const seconds = Math.min(3600, Math.max(1, Math.ceil(running + (waiting + count) / rate)));
      throw new HttpError(503, 'busy', `the server is busy (${waiting} images waiting); try again in ${seconds} s`, { 'Retry-After': String(seconds) });
    }
    this.admitted += count;
    this.meter.started(count);
  }

  private leave(answered: number, dropped: number): void {
    this.admitted -= answered + dropped;
    this.meter.finished(answered, dropped);
  }

  /** Header (413 before any pixel), decode within the budget, inference: one upload's computation, shared by identical uploads. */
  private startComputation(key: string, bytes: Uint8Array, autoOrient: boolean): void {
    const controller = new AbortController();
    const signal = controller.signal;
    const result = (async () => {
      try {
        const pre = await this.decode(bytes, autoOrient, signal);
        const inference = await this.queue.submit(pre.tensor, signal);
        this.leave(1, 0);
        return {
          computed: { logits: inference.logits, image: pre.image },
          timing: { decode: pre.decodeMs, preprocess: pre.preprocessMs, queue: inference.queueMs, inference: inference.inferenceMs },
        };
      } catch (error) {
        this.leave(0, 1);
        throw error;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    // Every user awaits it through join(); this keeps an abandoned one from being "unhandled".
    result.catch(() => {});
    this.inFlight.set(key, { result, controller, users: 0 });
  }

  /** Waits for a computation in flight; a caller that aborts stops waiting at once, and the last one to go cancels it. */
  private join(key: string, signal?: AbortSignal): Promise<{ computed: Computed; timing: Timing }> {
    const shared = this.inFlight.get(key);
    if (!shared) return Promise.reject(new Error(`no computation in flight for ${key}`));
    shared.users++;
    if (!signal) return shared.result;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        if (--shared.users === 0) shared.controller.abort(clientGone());
        reject(signal.reason ?? clientGone());
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      shared.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function roundAll<T extends Record<string, number>>(timing: T): T {
  return Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, round(v)])) as T;
}
