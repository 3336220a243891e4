// The service's JSON API as the page uses it (src/server/server.ts answers it). Every failure
// becomes an ApiError with the server's error code, or "network" when there was no answer.

export interface Prediction {
  index: number;
  label: string;
  label_zh?: string;
  probability: number;
}

export interface ModelInfo {
  model: string;
  classes: number;
  labels: { en: boolean; zh: boolean };
  weights: { file: string | null; sha256: string | null };
  max_upload_bytes: number;
  max_top: number;
  /** What computes: "js", "wasm simd128" or "wasm simd128 + relaxed fma". */
  backend_description?: string;
}

export interface ClassifyAnswer {
  id: string;
  top: Prediction[];
  image: { width: number; height: number; format: string };
  timing_ms: { decode: number; preprocess: number; inference: number; total: number };
  cached: boolean;
}

/** A PNG from /api/explain: served at `url`, or inline as base64 in `png`. */
export interface Picture {
  url?: string;
  png?: string;
}

/** A grid PNG of tiles: tile c at col = c % columns, row = floor(c / columns). */
export interface Grid extends Picture {
  count: number;
  columns: number;
  rows: number;
  tile_width: number;
  tile_height: number;
  gap: number;
  scale: number;
}

export interface Stage extends Grid {
  name: string;
  module: string;
  shape: number[];
}

export interface Step {
  name: string;
  op: string;
  output_shape: number[];
  params: number;
  macs: number;
  ms: number;
  stats: { min: number; max: number; mean: number; std: number; zeros: number };
}

export interface Explanation {
  top: Prediction[];
  input: Picture & { width: number; height: number };
  filters: Grid;
  stages: Stage[];
  pooled: number[];
  steps: Step[];
}

/** The address to give an <img> for a picture, whichever way the server sent it. */
export function pictureSource(picture: Picture): string {
  return picture.url ?? `data:image/png;base64,${picture.png ?? ''}`;
}

export class ApiError extends Error {
  /** `retryAfter`: the seconds of a 503's Retry-After header. */
  constructor(readonly code: string, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError('network', 'no answer from the server');
  }
  const body = await response.json().catch(() => null) as { error?: { code: string; message: string } } | null;
  if (!response.ok || body === null) {
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    throw new ApiError(body?.error?.code ?? 'unknown', body?.error?.message ?? `HTTP ${response.status}`, retryAfter);
  }
  return body as T;
}

export function modelInfo(): Promise<ModelInfo> {
  return request('/api/model');
}

export function classify(file: Blob, top: number): Promise<ClassifyAnswer> {
  return request(`/api/classify?top=${top}&lang=both`, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
  });
}

/** The step-through of an image the server has seen (by id), or of the file itself if it has forgotten it. */
export async function explain(id: string, file: Blob): Promise<Explanation> {
  // A photo classified on the device was never sent: the server has no id for it.
  if (id.startsWith('device-')) return explainUpload(file);
  try {
    return await request(`/api/explain?id=${encodeURIComponent(id)}&lang=both`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'unknown_image') throw error;
    return explainUpload(file);
  }
}

function explainUpload(file: Blob): Promise<Explanation> {
  return request('/api/explain?lang=both', { method: 'POST', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream' } });
}
