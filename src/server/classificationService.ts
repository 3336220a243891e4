// From an uploaded file to the service's answer: decode and preprocess on the event loop's side
// (sharp decodes off-thread; resizing touches only the 224×224 pixels kept), inference in the
// worker pool through the batching queue, and a cache of results keyed by the upload's SHA-256.
//
// The cache keeps logits, not answers: they depend only on the bytes and autoOrient, so a repeat
// with another top or lang is still a hit. Identical uploads in flight at once share one inference.

import { createHash } from 'node:crypto';
import type { Classifier } from '../classifier/classifier.js';
import type { Prediction } from '../classifier/predictions.js';
import type { ImageFormat } from '../image/formats.js';
import { normalize } from '../image/normalize.js';
import { loadRgb, resizeAndCrop } from '../image/preprocess.js';
import { BatchingQueue, type BatchingOptions } from './batchingQueue.js';
import { LruCache } from './lruCache.js';
import type { ClassifyOptions } from './requestOptions.js';

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

export interface ServiceOptions extends BatchingOptions {
  /** Largest decoded image, in pixels (a decompression-bomb guard). */
  maxPixels: number;
  cacheEntries: number;
  cacheBytes: number;
}

/** Bytes a cached result takes: its logits plus a generous allowance for the key and object. */
const ENTRY_OVERHEAD_BYTES = 256;

export class ClassificationService {
  readonly queue: BatchingQueue;
  private readonly cache: LruCache<Computed>;
  private readonly inFlight = new Map<string, Promise<{ computed: Computed; timing: Omit<ClassifyAnswer['timing_ms'], 'total'> }>>();

  constructor(readonly classifier: Classifier, readonly options: ServiceOptions) {
    this.queue = new BatchingQueue((batch) => classifier.forward(batch), options);
    this.cache = new LruCache(options.cacheEntries, options.cacheBytes);
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  async classify(bytes: Uint8Array, options: ClassifyOptions): Promise<ClassifyAnswer> {
    const started = performance.now();
    const id = sha256(bytes);
    const key = `${id} ${options.autoOrient ? 'oriented' : 'as-stored'}`;
    const hit = this.cache.get(key);
    let computed: Computed;
    let timing = { decode: 0, preprocess: 0, queue: 0, inference: 0 };
    if (hit) {
      computed = hit;
    } else {
      let running = this.inFlight.get(key);
      if (!running) {
        running = this.compute(bytes, options.autoOrient).finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, running);
      }
      ({ computed, timing } = await running);
      this.cache.set(key, computed, computed.logits.byteLength + ENTRY_OVERHEAD_BYTES);
    }
    const logits = { shape: [1, computed.logits.length], data: computed.logits };
    const [top] = this.classifier.predict(logits, { topK: options.top, lang: options.lang });
    return {
      id,
      top,
      image: computed.image,
      timing_ms: { ...roundAll(timing), total: round(performance.now() - started) },
      cached: hit !== undefined,
      model: 'resnet18',
    };
  }

  private async compute(bytes: Uint8Array, autoOrient: boolean) {
    const t0 = performance.now();
    const { rgb, format } = await loadRgb(bytes, { autoOrient, maxPixels: this.options.maxPixels });
    const t1 = performance.now();
    const image = normalize(resizeAndCrop(rgb));
    const t2 = performance.now();
    const inference = await this.queue.submit(image);
    return {
      computed: { logits: inference.logits, image: { width: rgb.width, height: rgb.height, format } },
      timing: { decode: t1 - t0, preprocess: t2 - t1, queue: inference.queueMs, inference: inference.inferenceMs },
    };
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
