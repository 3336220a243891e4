// What a page needs to classify on the device, as the server hands it out: the browser library
// (resnet18.js, its worker, the static site's page; tools/build/browser.ts) and the weights file.
//
// The library comes from dist/browser/ (npm run build). Run from the TypeScript sources, it is
// bundled in memory with esbuild instead, so it is always what the sources say (esbuild is a
// development dependency: an installed package has dist/ and never needs it).

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBlob } from '../weights/blob.js';
import type { StateDict } from '../tensor/tensor.js';
import { HttpError } from './httpError.js';

const BUILT = fileURLToPath(new URL('../../dist/browser/', import.meta.url));

/** File name → contents: resnet18.js, resnet18-worker*.js, app.js, index.html (no source maps). */
export async function browserBundle(): Promise<Map<string, Uint8Array>> {
  let files: Map<string, Uint8Array>;
  if (import.meta.url.endsWith('.ts')) {
    const tool = new URL('../../tools/build/browser.ts', import.meta.url).href;
    const { bundleBrowser } = await import(tool) as { bundleBrowser(): Promise<Map<string, Uint8Array>> };
    files = await bundleBrowser();
  } else {
    if (!existsSync(join(BUILT, 'resnet18.js'))) throw new Error(`no browser bundle in ${BUILT}: build it with npm run build`);
    files = new Map(readdirSync(BUILT).map((name) => [name, readFileSync(join(BUILT, name))]));
  }
  for (const name of [...files.keys()]) if (name.endsWith('.map')) files.delete(name);
  return files;
}

export interface WeightsAsset {
  body: Uint8Array;
  /** A strong ETag: the file's SHA-256. */
  etag: string;
  sha256: string;
}

/**
 * The weights blob the server runs, as a browser downloads it: the file, or the state_dict written
 * as one. The file is read and hashed in 1 MB pieces, the event loop served between them: read and
 * hashed whole, 46.8 MB held /api/health for 258 ms.
 */
export async function weightsAsset(weights: { path?: string; stateDict: StateDict; labels?: readonly string[] }): Promise<WeightsAsset> {
  const hash = createHash('sha256');
  let body: Uint8Array;
  if (weights.path) {
    const pieces: Buffer[] = [];
    for await (const piece of createReadStream(weights.path, { highWaterMark: 1024 * 1024 })) {
      hash.update(piece as Buffer);
      pieces.push(piece as Buffer);
    }
    body = Buffer.concat(pieces);
  } else {
    body = writeBlob(weights.stateDict, { labels: weights.labels });
    for (let at = 0; at < body.length; at += 1024 * 1024) {
      hash.update(body.subarray(at, at + 1024 * 1024));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const sha256 = hash.digest('hex');
  return { body, etag: `"${sha256}"`, sha256 };
}

/**
 * Whether an If-None-Match header names this strong ETag: "*", a list, weak forms (W/"…") are
 * compared weakly, as RFC 9110 asks for If-None-Match.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Weights downloads sent at once; others wait their turn (see sendInPieces). */
const SENDING_AT_ONCE = 8;
/** A download the client has taken nothing of for this long is cut, so it frees its turn. */
const STALL_MS = 30_000;

/**
 * Sends a large body in 64 KB pieces, one per connection per turn of the event loop, each after the
 * client has taken the one before, at most SENDING_AT_ONCE bodies at once. Written in one call, or
 * piece after piece as each is accepted, a client that never reads has the kernel fill its socket
 * buffers (about 10 MB on loopback) without the event loop turning: 200 such clients stalled
 * /api/health for 0.8–2 s. Now at most 8 such buffers fill, and a client that stops reading for
 * STALL_MS loses its connection.
 */
function sender(): (response: ServerResponse, body: Uint8Array) => Promise<void> {
  let sending = 0;
  // Waiting downloads; a finished one hands its turn to the first (sending stays the same).
  const turns: { response: ServerResponse; go: () => void }[] = [];
  return async (response, body) => {
    if (sending < SENDING_AT_ONCE) {
      sending++;
    } else {
      const turn = await new Promise<boolean>((resolve) => {
        const waiter = { response, go: () => resolve(true) };
        turns.push(waiter);
        response.once('close', () => {
          const at = turns.indexOf(waiter);
          if (at >= 0) turns.splice(at, 1);
          resolve(false);
        });
      });
      // Gone while waiting: it never had a turn.
      if (!turn) return;
      if (response.destroyed) {
        handOn();
        return;
      }
    }
    try {
      const PIECE = 64 * 1024;
      for (let at = 0; at < body.length && !response.destroyed; at += PIECE) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!response.write(body.subarray(at, at + PIECE))) await drained(response);
      }
      if (!response.destroyed) response.end();
    } finally {
      handOn();
    }
  };

  function handOn(): void {
    const next = turns.shift();
    if (next) next.go();
    else sending--;
  }
}

/** Resolves once the response can take more, or has closed; cuts it if that takes STALL_MS. */
function drained(response: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const stalled = setTimeout(() => response.destroy(), STALL_MS);
    const done = (): void => {
      clearTimeout(stalled);
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/** Where the server offers the weights to browsers (with ETag and Content-Length, for progress). */
export const WEIGHTS_URL = '/weights/resnet18.bin';
/** The page that classifies on the device (the static site's page, src/browser/site/), and the library beside it. */
export const DEVICE_PREFIX = '/device/';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * The server's routes for classifying on the device: GET /weights/resnet18.bin and /device/…
 * (its page, app.js, resnet18.js, the worker). The bundle is made and the weights read at the
 * first request for them, not at start. `headers` go on every answer.
 */
export function deviceRoutes(source: { path?: string; stateDict: StateDict; labels?: readonly string[] }, headers: Record<string, string>) {
  let bundle: Promise<Map<string, Uint8Array>> | undefined;
  // Read and hashed from the start, off the requests' path (see weightsAsset).
  const weights = weightsAsset(source);
  weights.catch(() => {});
  const getWeights = (): Promise<WeightsAsset> => weights;
  const sendInPieces = sender();
  return {
    handles: (path: string): boolean => path === WEIGHTS_URL || path === '/device' || path.startsWith(DEVICE_PREFIX),
    async serve(path: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
      if (path === WEIGHTS_URL) {
        const w = await getWeights();
        if (matchesEtag(request.headers['if-none-match'], w.etag)) {
          response.writeHead(304, { ETag: w.etag, ...headers }).end();
          return;
        }
        response.writeHead(200, {
          'Content-Type': 'application/octet-stream', 'Content-Length': w.body.length, ETag: w.etag, 'Cache-Control': 'no-cache', ...headers,
        });
        if (request.method === 'HEAD') response.end();
        else await sendInPieces(response, w.body);
        return;
      }
      if (path === '/device') {
        response.writeHead(301, { Location: DEVICE_PREFIX, ...headers }).end();
        return;
      }
      bundle ??= browserBundle();
      const files = await bundle.catch((error: Error) => {
        bundle = undefined;
        throw new HttpError(404, 'not_found', `the on-device page is not available: ${error.message}`);
      });
      const name = path.slice(DEVICE_PREFIX.length) || 'index.html';
      let body = name.includes('/') ? undefined : files.get(name);
      if (!body) throw new HttpError(404, 'not_found', `nothing at ${path}`);
      if (name === 'index.html') {
        body = new TextEncoder().encode(new TextDecoder().decode(body)
          .replace('<meta name="resnet18-weights" content="resnet18.bin">', `<meta name="resnet18-weights" content="${WEIGHTS_URL}">`)
          .replace('<meta name="resnet18-weights-sha256" content="">', `<meta name="resnet18-weights-sha256" content="${(await getWeights()).sha256}">`));
      }
      response.writeHead(200, {
        'Content-Type': TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream', 'Content-Length': body.length,
        'Cache-Control': 'no-cache', ...headers,
      });
      response.end(body);
    },
  };
}
