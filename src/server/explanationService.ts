// The step-through for the web page's "How it sees": /api/explain decodes an image like a
// classification (admitted, in the decode pool: classificationService.ts), runs it through the
// reference plan (explain/explainImage.ts) as an exclusive job on the engine, and answers a small
// JSON document whose pictures are PNG URLs (/api/explain/<key>/<name>.png), not inline data.
//
// Recent uploads are remembered by their SHA-256 (bounded, in memory), so the page can ask for the
// explanation of an image it just classified without sending it again; recent explanations'
// pictures are kept the same way until the page has fetched them.
//
// Requests for the same image at once share one computation, which stops (between two steps) once
// every one of them has gone: 32 abandoned requests used to cost as much engine time as 32 answered.

import type { Prediction } from '../classifier/predictions.js';
import { explainImage, type Explanation } from '../explain/explainImage.js';
import type { GridImage } from '../explain/featureMapGrid.js';
import type { OutputStats } from '../model/model.js';
import { sha256, type ClassificationService } from './classificationService.js';
import { clientGone, HttpError } from './httpError.js';
import { LruCache } from './lruCache.js';
import type { ClassifyOptions } from './requestOptions.js';

interface GridJson {
  url: string;
  count: number;
  columns: number;
  rows: number;
  tile_width: number;
  tile_height: number;
  gap: number;
  scale: number;
}

export interface ExplainAnswer {
  id: string;
  model: 'resnet18';
  top: Prediction[];
  input: { url: string; width: number; height: number };
  filters: GridJson;
  stages: (GridJson & { name: string; module: string; shape: number[] })[];
  pooled: number[];
  steps: { name: string; op: string; kernel: string; output_shape: number[]; params: number; macs: number; ms: number; stats: OutputStats }[];
  timing_ms: { total: number };
}

interface Kept {
  explanation: Explanation;
  pictures: Map<string, Buffer>;
}

interface Computing {
  result: Promise<Kept>;
  controller: AbortController;
  users: number;
}

const UPLOADS_KEPT = 32;
const UPLOAD_BYTES_KEPT = 64 * 1024 * 1024;
const EXPLANATIONS_KEPT = 8;
const EXPLANATION_BYTES_KEPT = 48 * 1024 * 1024;

export class ExplanationService {
  private readonly uploads = new LruCache<Uint8Array>(UPLOADS_KEPT, UPLOAD_BYTES_KEPT);
  private readonly explanations = new LruCache<Kept>(EXPLANATIONS_KEPT, EXPLANATION_BYTES_KEPT);
  private readonly computing = new Map<string, Computing>();
  /** Explanations computed to the end, and stopped because nobody waited any more. */
  computed = 0;
  stopped = 0;

  constructor(private readonly classification: ClassificationService) {}

  /** Keeps an upload that was classified, so GET /api/explain?id= can find it. */
  remember(id: string, bytes: Uint8Array): void {
    this.uploads.set(id, bytes, bytes.byteLength);
  }

  recall(id: string): Uint8Array {
    const bytes = /^[0-9a-f]{64}$/.test(id) ? this.uploads.get(id) : undefined;
    if (!bytes) throw new HttpError(404, 'unknown_image', 'this server has no image with that id (any more): send the image with POST /api/explain');
    return bytes;
  }

  /** One of the PNGs of a recent explanation. */
  picture(key: string, name: string): Buffer {
    const png = this.explanations.get(key)?.pictures.get(name);
    if (!png) throw new HttpError(404, 'not_found', 'no such picture (explanations are kept only for a short while)');
    return png;
  }

  async explain(bytes: Uint8Array, options: ClassifyOptions, signal?: AbortSignal): Promise<ExplainAnswer> {
    const started = performance.now();
    const id = sha256(bytes);
    this.remember(id, bytes);
    const key = `${id}-${options.autoOrient ? 'oriented' : 'as-stored'}`;
    const kept = this.explanations.get(key) ?? await this.join(key, bytes, options.autoOrient, signal);
    const e = kept.explanation;
    const url = (name: string): string => `/api/explain/${key}/${name}.png`;
    const grid = (image: GridImage, name: string): GridJson => ({
      url: url(name), count: image.count, columns: image.columns, rows: image.rows,
      tile_width: image.tileWidth, tile_height: image.tileHeight, gap: image.gap, scale: image.scale,
    });
    const classifier = this.classification.classifier;
    const [top] = classifier.predict({ shape: [1, e.logits.length], data: e.logits }, { topK: options.top, lang: options.lang });
    return {
      id,
      model: 'resnet18',
      top,
      input: { url: url('input'), width: e.input.width, height: e.input.height },
      filters: grid(e.filters, 'conv1-filters'),
      stages: e.stages.map((stage) => ({ name: stage.name, module: stage.module, shape: stage.shape, ...grid(stage, stage.name) })),
      pooled: Array.from(e.pooled, (v) => Number(v.toPrecision(5))),
      steps: e.steps.map((s) => ({
        name: s.name, op: s.op, kernel: s.kernel, output_shape: s.outputShape, params: s.params, macs: s.macs, ms: Number(s.ms.toFixed(2)), stats: s.stats,
      })),
      timing_ms: { total: Math.round((performance.now() - started) * 10) / 10 },
    };
  }

  /** Waits for the computation of `key`, starting it if none is running; the last caller to leave stops it. */
  private join(key: string, bytes: Uint8Array, autoOrient: boolean, signal?: AbortSignal): Promise<Kept> {
    let shared = this.computing.get(key);
    if (!shared) {
      const controller = new AbortController();
      const result = this.compute(key, bytes, autoOrient, controller.signal).finally(() => this.computing.delete(key));
      result.catch(() => {});
      shared = { result, controller, users: 0 };
      this.computing.set(key, shared);
    }
    const joined = shared;
    joined.users++;
    if (!signal) return joined.result;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        if (--joined.users === 0) joined.controller.abort(clientGone());
        reject(signal.reason ?? clientGone());
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      joined.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private async compute(key: string, bytes: Uint8Array, autoOrient: boolean, signal: AbortSignal): Promise<Kept> {
    try {
      const { pre, done } = await this.classification.preprocess(bytes, autoOrient, signal);
      const classifier = this.classification.classifier;
      const explanation = await this.classification.queue.exclusive(() => explainImage(classifier, pre.tensor, { signal }), signal).finally(done);
      const pictures = new Map<string, Buffer>([['input', explanation.input.png], ['conv1-filters', explanation.filters.png]]);
      for (const stage of explanation.stages) pictures.set(stage.name, stage.png);
      const kept = { explanation, pictures };
      this.explanations.set(key, kept, [...pictures.values()].reduce((sum, png) => sum + png.length, 0));
      this.computed++;
      return kept;
    } catch (error) {
      if (signal.aborted) this.stopped++;
      throw error;
    }
  }
}
