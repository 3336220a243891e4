// The weights in a web page: from a URL (fetched with progress, kept in the Cache Storage API so a
// second visit does not download them again), a Blob/File, or bytes already in memory.
//
// The cache ("resnet18-ts-weights-v1") holds each weights file once, under its SHA-256, and for
// each URL a small record of which SHA-256 it served and its ETag:
//
//   https://resnet18-ts.invalid/sha256/<hex>    the blob's bytes
//   https://resnet18-ts.invalid/url/<url>       {"sha256", "etag"}
//
// (.invalid names are never fetched: they are keys, not addresses.) With `sha256` given, the file
// is looked up by it and a download is checked against it. Without, a URL seen before is
// revalidated with one HEAD request when it had an ETag (a changed file is downloaded again; an
// unreachable server means the cached copy is used). Browsers give Cache Storage and
// crypto.subtle only to secure contexts (https, localhost): elsewhere the file is simply
// downloaded each time.

export type WeightsSource = string | URL | ArrayBuffer | ArrayBufferView | Blob;

import type { WeightsProgress } from '../weights/progress.js';

/** { loaded, total, fromCache }: the shape the Node library's onProgress has too. */
export type { WeightsProgress };

export interface LoadedWeights {
  bytes: Uint8Array<ArrayBuffer>;
  /** SHA-256 of the bytes, hex, where it was computed or known. */
  sha256: string | null;
  /** Whether the bytes came from Cache Storage rather than the network. */
  fromCache: boolean;
  /** Why the weights are not cached, when they are not. */
  notCached?: string;
}

export interface LoadWeightsOptions {
  sha256?: string;
  onProgress?: (progress: WeightsProgress) => void;
  /** Use Cache Storage (default true). */
  cache?: boolean;
}

export const WEIGHTS_CACHE = 'resnet18-ts-weights-v1';
const KEYS = 'https://resnet18-ts.invalid';
const hashKey = (sha256: string): string => `${KEYS}/sha256/${sha256}`;
const urlKey = (url: URL): string => `${KEYS}/url/${encodeURIComponent(url.href)}`;

interface UrlRecord {
  sha256: string;
  etag: string | null;
}

export async function loadWeights(source: WeightsSource, options: LoadWeightsOptions = {}): Promise<LoadedWeights> {
  const progress = options.onProgress ?? (() => {});
  if (source instanceof Blob) {
    const bytes = new Uint8Array(await source.arrayBuffer());
    progress({ loaded: bytes.length, total: bytes.length, fromCache: false });
    return { bytes, sha256: null, fromCache: false, notCached: 'given as a Blob' };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const view = source instanceof ArrayBuffer ? new Uint8Array(source) : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    const bytes = new Uint8Array(view.length);
    bytes.set(view);
    return { bytes, sha256: null, fromCache: false, notCached: 'given as bytes' };
  }

  const url = new URL(String(source), globalThis.location?.href);
  const expected = options.sha256?.toLowerCase() ?? null;
  let store: Cache | null = null;
  let notCached: string | undefined;
  if (options.cache === false) notCached = 'caching was turned off';
  else if (typeof caches === 'undefined' || !globalThis.crypto?.subtle) notCached = 'Cache Storage needs a secure context (https or localhost)';
  else store = await caches.open(WEIGHTS_CACHE).catch((error: Error) => { notCached = `Cache Storage refused: ${error.message}`; return null; });

  if (store) {
    const known = expected ?? await knownSha256(store, url);
    const hit = known ? await store.match(hashKey(known)) : undefined;
    if (hit) return { bytes: await readBody(hit, url, true, progress), sha256: known, fromCache: true };
  }

  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`cannot download the weights from ${url.href}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new Error(`cannot download the weights from ${url.href}: HTTP ${response.status} ${response.statusText}`.trim());
  const bytes = await readBody(response, url, false, progress);
  const sha256 = store || expected ? await sha256Hex(bytes) : null;
  if (expected && sha256 !== expected) {
    throw new Error(`the weights from ${url.href} have SHA-256 ${sha256}, not the expected ${expected}; the file is not the one asked for`);
  }
  if (store && sha256) {
    try {
      await store.put(hashKey(sha256), new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.length) } }));
      const record: UrlRecord = { sha256, etag: response.headers.get('ETag') };
      await store.put(urlKey(url), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
    } catch (error) {
      notCached = `Cache Storage refused the file: ${(error as Error).message}`;
    }
  }
  return { bytes, sha256, fromCache: false, ...(notCached ? { notCached } : {}) };
}

/** The SHA-256 a URL served last time, if it still serves the same file (same ETag) or cannot be asked. */
async function knownSha256(store: Cache, url: URL): Promise<string | null> {
  const entry = await store.match(urlKey(url));
  if (!entry) return null;
  const record = await entry.json() as UrlRecord;
  if (!record.etag) return record.sha256;
  try {
    const head = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    if (!head.ok) return record.sha256;
    const etag = head.headers.get('ETag');
    return etag === null || etag === record.etag ? record.sha256 : null;
  } catch {
    return record.sha256;
  }
}

/** A response's body with progress; into one buffer of Content-Length bytes when that is known. */
async function readBody(
  response: Response, url: URL, fromCache: boolean, progress: (p: WeightsProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const length = Number(response.headers.get('Content-Length'));
  const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const total = Number.isSafeInteger(length) && length > 0 && !encoded ? length : null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    progress({ loaded: bytes.length, total: bytes.length, fromCache });
    return bytes;
  }
  const reader = response.body.getReader();
  let buffer = new Uint8Array(total ?? 1 << 20);
  let loaded = 0;
  progress({ loaded, total, fromCache });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, loaded + value.length));
      grown.set(buffer.subarray(0, loaded));
      buffer = grown;
    }
    buffer.set(value, loaded);
    loaded += value.length;
    progress({ loaded, total, fromCache });
  }
  if (total !== null && loaded !== total) throw new Error(`the weights from ${url.href} were cut short: ${loaded} of ${total} bytes`);
  return loaded === buffer.length ? buffer : buffer.slice(0, loaded);
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
