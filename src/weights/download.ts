// Downloading a checkpoint over HTTP(S), verifying it and storing it as a weights blob.
//
// The checkpoint is streamed into memory while being hashed (SHA-256), then checked the way
// torch.hub checks it: torchvision's file names carry the first hex digits of the file's SHA-256
// ("resnet18-f37072fd.pth" → the digest must start with f37072fd). Only a complete, verified and
// successfully converted download is written, atomically, to `outPath`; an interrupted, short or
// wrong download leaves no file and no temporary file behind. The .pth itself is not kept.
//
// Three clocks bound a download: the socket's idle timeout (no byte for `timeoutMs`), a stall
// rule (fewer than MIN_BYTES_PER_WINDOW bytes in a window of `timeoutMs`: a server dripping a byte
// every 5 s never trips the idle timeout), and an overall deadline (`deadlineMs`, redirects
// included). Progress is reported every second even when nothing arrives, with the current rate,
// so that a stall shows while it lasts.

import { createHash } from 'node:crypto';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { parseCheckpoint } from './checkpoint.js';
import { writeCheckpointAsBlob, type ConvertResult } from './convert.js';

/** torchvision's ImageNet ResNet-18 checkpoint (IMAGENET1K_V1, 46.8 MB): what loadModel() and fetch-weights download by default. */
export const DEFAULT_WEIGHTS_URL = 'https://download.pytorch.org/models/resnet18-f37072fd.pth';

/** Options of downloadWeights(). */
export interface DownloadOptions {
  /** Defaults to torchvision's ResNet-18 ImageNet weights (DEFAULT_WEIGHTS_URL). */
  url?: string;
  /** Expected start of the hex SHA-256 (or the full digest). Defaults to the hash in the URL's file name. */
  sha256Prefix?: string;
  /** Where the weights blob is written. */
  outPath: string;
  /** Class names to store in the blob (e.g. the 1000 ImageNet labels). */
  labels?: readonly string[];
  /**
   * Called as data arrives, and every second while none does; `total` is the Content-Length when
   * the server sends one; `rate` is how fast the bytes came over the last second or so.
   */
  onProgress?: (bytes: number, total: number | undefined, rate: DownloadRate) => void;
  /** Give up when no data arrives for this long (ms), or less than 1 KiB in a window this long. Default 30 000. */
  timeoutMs?: number;
  /** Give up when the whole download has not arrived within this long (ms), redirects included. Default 900 000 (15 minutes). */
  deadlineMs?: number;
  /** Default 5, as browsers and torch.hub's urllib roughly do. */
  maxRedirects?: number;
  /** Refuse downloads larger than this (bytes). Default 1 GiB. */
  maxBytes?: number;
  /** Stops the download when aborted (an AbortController's signal). */
  signal?: AbortSignalLike;
}

/**
 * What the download uses of an AbortSignal, spelled out so that the published types need neither
 * the DOM library nor @types/node (Node's and the DOM's AbortSignal both fit).
 */
export interface AbortSignalLike {
  /** Whether abort() was called. */
  readonly aborted: boolean;
  /** Registers the download's abort handler. */
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  /** Removes it when the download ends. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** How the download is going, for a progress display. */
export interface DownloadRate {
  /** Since the download started. */
  elapsedMs: number;
  /** Over the last second or so. */
  bytesPerSecond: number;
}

/** A window of `timeoutMs` in which fewer bytes than this arrive is a stall. */
const MIN_BYTES_PER_WINDOW = 1024;
/** Not fewer hex digits of a digest identify a file: --sha256 and file names alike (torch.hub's have 8). */
export const MIN_DIGEST_DIGITS = 6;

/** What downloadWeights() wrote, and from where. */
export interface DownloadResult extends ConvertResult {
  /** The URL the file finally came from, after redirects. */
  url: string;
  /** The checkpoint's size. */
  downloadedBytes: number;
}

/** torch.hub's convention (HASH_REGEX = "-([a-f0-9]*)\."): the hex digits after the first "-" of the file name. */
export function digestPrefixFromUrl(url: string): string | undefined {
  const fileName = fileNameOf(url);
  const match = /-([a-f0-9]+)\./.exec(fileName);
  return match ? match[1] : undefined;
}

/** The file name a URL ends with ("resnet18-f37072fd.pth"), as torch.hub names its copy. */
export function fileNameOf(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'download.pth';
}

/**
 * Downloads a ResNet-18 checkpoint (default: torchvision's), checks its SHA-256 against the prefix
 * in its file name (or `sha256Prefix`), converts it and writes the weights file `outPath`
 * atomically. Nothing is written unless the whole download arrives, verifies and converts.
 */
export async function downloadWeights(options: DownloadOptions): Promise<DownloadResult> {
  const url = options.url ?? DEFAULT_WEIGHTS_URL;
  const expected = (options.sha256Prefix ?? digestPrefixFromUrl(url))?.toLowerCase();
  if (!expected) {
    throw new Error(`cannot verify ${url}: its file name has no SHA-256 prefix (like "resnet18-f37072fd.pth"); pass sha256Prefix`);
  }
  if (options.sha256Prefix === undefined && expected.length < MIN_DIGEST_DIGITS) {
    throw new Error(`cannot verify ${url}: its file name carries only ${expected.length} hex digit${expected.length > 1 ? 's' : ''} ` +
      `of the SHA-256 ("${expected}"), too few to identify a file (${MIN_DIGEST_DIGITS} or more); pass sha256Prefix`);
  }
  if (!/^[0-9a-f]{6,64}$/.test(expected)) throw new Error(`sha256Prefix "${expected}" is not ${MIN_DIGEST_DIGITS} to 64 hex digits`);

  const started = Date.now();
  const clock = { started, deadline: started + (options.deadlineMs ?? 15 * 60_000) };
  const fetched = await fetchVerified(new URL(url), options, options.maxRedirects ?? 5, clock);
  if (!fetched.sha256.startsWith(expected)) {
    throw new Error(`the download of ${url} is not the expected file: its SHA-256 is ${fetched.sha256}, which does not start with ` +
      `${expected}. Nothing was saved. Try again; if it persists, the server is serving a different file.`);
  }
  const fileName = fileNameOf(url);
  const checkpoint = parseCheckpoint(fetched.bytes, `${fileName} (downloaded from ${fetched.url})`);
  const result = writeCheckpointAsBlob(checkpoint, { fileName, sha256: fetched.sha256 }, options.outPath, { labels: options.labels });
  return { ...result, url: fetched.url, downloadedBytes: fetched.bytes.length };
}

interface Fetched {
  bytes: Uint8Array;
  sha256: string;
  url: string;
}

/** GETs `url` into memory, following redirects, hashing as it goes; rejects on any incomplete transfer. */
function fetchVerified(url: URL, options: DownloadOptions, redirectsLeft: number, clock: { started: number; deadline: number }): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 2 ** 30;
  const get = url.protocol === 'https:' ? httpsGet : url.protocol === 'http:' ? httpGet : undefined;
  if (!get) return Promise.reject(new Error(`cannot download ${url.href}: only http and https URLs are supported`));
  if (options.signal?.aborted) return Promise.reject(new Error(`download of ${url.href} aborted`));

  return new Promise<Fetched>((resolve, reject) => {
    let settled = false;
    let received = 0;
    let total: number | undefined;
    const got = (): string => `got ${received} of ${total ?? 'an unknown number of'} bytes`;
    const settle = (error: Error | undefined, value?: Fetched | Promise<Fetched>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadlineTimer);
      clearInterval(ticker);
      options.signal?.removeEventListener('abort', onAbort);
      if (error) {
        request.destroy();
        reject(error);
      } else {
        resolve(value!);
      }
    };
    const onAbort = (): void => settle(new Error(`download of ${url.href} aborted`));
    const deadlineTimer = setTimeout(() => settle(new Error(`download of ${url.href} did not finish within ` +
      `${(clock.deadline - clock.started) / 1000} s (${got()}). Nothing was saved; try again, or later.`)), Math.min(2 ** 31 - 1, Math.max(0, clock.deadline - Date.now())));

    // Once the body starts: progress every second (or sooner for short timeouts), and the stall rule.
    let ticker: ReturnType<typeof setInterval> | undefined;
    let bytesPerSecond: number | undefined;
    let bodyStarted = 0;
    const watchBody = (): void => {
      const tickMs = Math.min(1000, Math.max(10, timeoutMs / 4));
      bodyStarted = Date.now();
      let last = { at: bodyStarted, received: 0 };
      let window = last;
      ticker = setInterval(() => {
        const now = Date.now();
        bytesPerSecond = ((received - last.received) * 1000) / Math.max(1, now - last.at);
        last = { at: now, received };
        options.onProgress?.(received, total, { elapsedMs: now - clock.started, bytesPerSecond });
        if (now - window.at < timeoutMs) return;
        if (received - window.received < MIN_BYTES_PER_WINDOW) {
          settle(new Error(`download of ${url.href} stalled: ${received - window.received} bytes in the last ` +
            `${((now - window.at) / 1000).toFixed(1)} s (${got()}). Nothing was saved; try again, or later.`));
        }
        window = last;
      }, tickMs);
    };

    const request = get(url, { headers: { 'user-agent': 'resnet18-ts' } }, (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        response.resume();
        if (redirectsLeft === 0) return settle(new Error(`download of ${url.href} failed: too many redirects`));
        return settle(undefined, fetchVerified(new URL(location, url), options, redirectsLeft - 1, clock));
      }
      if (status !== 200) {
        response.resume();
        return settle(new Error(`download of ${url.href} failed: HTTP ${status} ${response.statusMessage ?? ''}`.trimEnd()));
      }

      const lengthHeader = response.headers['content-length'];
      total = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
      if (total !== undefined && total > maxBytes) {
        return settle(new Error(`download of ${url.href} refused: it is ${total} bytes, more than the limit of ${maxBytes}`));
      }
      const hash = createHash('sha256');
      // With a Content-Length the file goes straight into one buffer of its size; otherwise chunks are joined at the end.
      const whole = total !== undefined ? new Uint8Array(total) : undefined;
      const chunks: Uint8Array[] = [];
      watchBody();

      response.on('data', (chunk: Buffer) => {
        if (settled) return;
        const limit = total ?? maxBytes;
        if (received + chunk.length > limit) {
          return settle(new Error(total !== undefined
            ? `download of ${url.href} failed: the server sent more than the announced ${total} bytes`
            : `download of ${url.href} refused: it is more than the limit of ${maxBytes} bytes`));
        }
        hash.update(chunk);
        if (whole) whole.set(chunk, received);
        else chunks.push(new Uint8Array(chunk));
        received += chunk.length;
        const now = Date.now();
        // Before the first tick, the rate since the body started.
        const rate = bytesPerSecond ?? (received * 1000) / Math.max(1, now - bodyStarted);
        options.onProgress?.(received, total, { elapsedMs: now - clock.started, bytesPerSecond: rate });
      });
      const interrupted = (why: string): Error => new Error(`download of ${url.href} was interrupted (${why}): ${got()}. Nothing was saved; try again.`);
      response.on('error', (e) => settle(interrupted(e.message)));
      // 'close' comes after 'end' for a complete body, or alone when the connection is cut.
      response.on('close', () => {
        if (!response.complete || (total !== undefined && received !== total)) return settle(interrupted('connection closed'));
        let bytes = whole;
        if (!bytes) {
          bytes = new Uint8Array(received);
          let at = 0;
          for (const c of chunks) {
            bytes.set(c, at);
            at += c.length;
          }
        }
        settle(undefined, { bytes, sha256: hash.digest('hex'), url: url.href });
      });
    });
    request.setTimeout(timeoutMs, () => settle(new Error(`download of ${url.href} timed out: no data for ${timeoutMs / 1000} s`)));
    request.on('error', (e) => settle(new Error(`download of ${url.href} failed: ${e.message}`)));
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
