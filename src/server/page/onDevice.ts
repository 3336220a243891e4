// Classifying on this device: the page imports the server's copy of the browser library
// (/device/resnet18.js, the same `loadModel` any page can use), loads the weights once from
// /weights/resnet18.bin (with progress; the library keeps them in Cache Storage), and classifies
// the photo in the browser. Nothing is uploaded.

import type { Prediction } from './api.js';

const LIBRARY = '/device/resnet18.js';
const WEIGHTS = '/weights/resnet18.bin';

/** What the page uses of the library's model (src/browser/index.ts; not imported, it is another build). */
export interface DeviceModel {
  runtime: { backend: string; workers: number; where: string; crossOriginIsolated: boolean; note?: string };
  weights: { fromCache: boolean; bytes: number };
  preprocess(input: Blob | ImageData): Promise<{ tensor: unknown; image: { width: number; height: number; format: string } }>;
  classify(input: unknown, options: { topK: number; lang: 'en' | 'zh' | 'both' }): Promise<Prediction[]>;
}

/** A frame of the camera and its answer (the library's LiveFrame, src/browser/camera.ts). */
export interface LiveFrame {
  top: Prediction[];
  pixels: ImageData;
  timing_ms: { capture: number; preprocess: number; inference: number };
  fps: number;
  count: number;
}

export interface LiveClassification {
  pause(): void;
  resume(): void;
  stop(): void;
  readonly running: boolean;
}

export interface Library {
  loadModel(options: {
    weights: string;
    onProgress?: (progress: { loaded: number; total: number | null; fromCache: boolean }) => void;
  }): Promise<DeviceModel>;
  openCamera(options?: { facingMode?: 'environment' | 'user' }): Promise<MediaStream>;
  stopCamera(stream: MediaStream | null | undefined): void;
  classifyVideo(model: DeviceModel, video: HTMLVideoElement, options: {
    topK?: number; lang?: 'en' | 'zh' | 'both'; onFrame(frame: LiveFrame): void; onError?(error: Error): void;
  }): LiveClassification;
}

export type LoadProgress = { loaded: number; total: number | null; fromCache: boolean };

export interface DeviceRuntime {
  backend: string;
  workers: number;
  where: string;
  note?: string;
  /** Milliseconds from the import of the library to the model ready. */
  loadMs: number;
  fromCache: boolean;
}

export interface DeviceAnswer {
  top: Prediction[];
  image: { width: number; height: number; format: string };
  timing_ms: { preprocess: number; inference: number; total: number };
  runtime: DeviceRuntime;
}

/** A one-instruction SIMD128 module (i8x16.splat, i8x16.popcnt): the browser can run the wasm backend if it validates. */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

/** Whether this browser can classify on the device: WebAssembly with SIMD128, and module workers' basics. */
export function deviceCapable(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE) && typeof createImageBitmap === 'function';
  } catch {
    return false;
  }
}

let importing: Promise<Library> | null = null;

/** The browser library, imported once (the camera needs it even where the model cannot run). */
export function deviceLibrary(): Promise<Library> {
  importing ??= import(/* the server's bundle, not part of this build */ LIBRARY as string) as Promise<Library>;
  importing.catch(() => { importing = null; });
  return importing;
}

let loading: Promise<{ model: DeviceModel; runtime: DeviceRuntime }> | null = null;

/** The model, loaded at the first call (weights downloaded once); a failed load is tried again next time. */
export function deviceModel(onProgress: (progress: LoadProgress) => void): Promise<{ model: DeviceModel; runtime: DeviceRuntime }> {
  loading ??= (async () => {
    const started = performance.now();
    const library = await deviceLibrary();
    const model = await library.loadModel({ weights: WEIGHTS, onProgress });
    const r = model.runtime;
    const runtime: DeviceRuntime = {
      backend: r.backend, workers: r.workers, where: r.where, ...(r.note ? { note: r.note } : {}),
      loadMs: performance.now() - started, fromCache: model.weights.fromCache,
    };
    return { model, runtime };
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

/** Classifies on this device: decode and preprocess in the browser, then the engine's workers. */
export async function classifyOnDevice(file: Blob, top: number, onProgress: (progress: LoadProgress) => void): Promise<DeviceAnswer> {
  const { model, runtime } = await deviceModel(onProgress);
  const started = performance.now();
  const { tensor, image } = await model.preprocess(file);
  const preprocessed = performance.now();
  const predictions = await model.classify(tensor, { topK: top, lang: 'both' });
  const done = performance.now();
  return {
    top: predictions, image, runtime,
    timing_ms: { preprocess: preprocessed - started, inference: done - preprocessed, total: done - started },
  };
}

/** A format's name from a file's first bytes (for messages: "TIFF"), or null when it is none we know. */
export async function formatName(file: Blob): Promise<string | null> {
  const b = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const text = (from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));
  if (b[0] === 0xff && b[1] === 0xd8) return 'JPEG';
  if (text(1, 4) === 'PNG') return 'PNG';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'WebP';
  if (text(0, 3) === 'GIF') return 'GIF';
  if (text(0, 2) === 'BM') return 'BMP';
  if (text(0, 4) === 'II*\0' || text(0, 4) === 'MM\0*') return 'TIFF';
  if (text(4, 8) === 'ftyp') return text(8, 12).startsWith('avi') ? 'AVIF' : 'HEIF';
  return null;
}

/** Formats that browsers other than Safari do not decode: refused before the model is even loaded. */
export const NOT_IN_BROWSERS = new Set(['TIFF', 'HEIF']);

/**
 * An error of the in-browser engine as the page's error code and values, so that it is said in
 * the page's language: the library's ImageDecodeError codes ("empty", "corrupt", "too_large",
 * "unsupported_format"), else "device_failed" with the library's own message.
 */
export function deviceError(error: unknown, format: string | null): { code: string; values: Record<string, string> } {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (e && e.name === 'ImageDecodeError') {
    if (e.code === 'empty') return { code: 'empty_image', values: {} };
    if (e.code === 'corrupt') return { code: 'corrupt_image', values: {} };
    if (e.code === 'too_large') return { code: 'device_too_many_pixels', values: {} };
    if (e.code === 'unsupported_format') return format ? { code: 'device_cannot_decode', values: { format } } : { code: 'not_image', values: {} };
  }
  return { code: 'device_failed', values: { message: e && typeof e.message === 'string' ? e.message : String(error) } };
}
