// `resnet18 serve`: a private image-classification API and web page on Node's own http server.
//
//   POST /api/classify         one image (raw body, or multipart field "image") → top classes
//   POST /api/classify/batch   several multipart "image" files → one result or error each, in order
//   GET  /api/health           liveness and queue length (never waits for the engine)
//   GET  /api/model            architecture, classes, labels, weights
//   GET  /api/explain?id=…     the step-through of an image classified recently (POST: of an upload)
//   GET  /                     the web page (and its files)
//   GET  /device/              the page that classifies on the device (browserAssets.ts), and
//   GET  /weights/resnet18.bin the weights it downloads once
//
// Every error is {"error": {"code", "message"}} with its HTTP status (httpError.ts). The event
// loop decodes and answers; the engine's workers compute (classificationService.ts). One line is
// logged per request. Before any of that, originPolicy.ts refuses requests for another Host name
// (DNS rebinding) and POSTs from pages of other origins.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setMaxListeners } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import type { Classifier } from '../classifier/classifier.js';
import { deviceRoutes } from './browserAssets.js';
import { ClassificationService, type ClassifyAnswer } from './classificationService.js';
import { ExplanationService } from './explanationService.js';
import { clientGone, HttpError, toHttpError } from './httpError.js';
import { OriginPolicy } from './originPolicy.js';
import { loadPageAssets, type PageAssets } from './pageAssets.js';
import { putEventLoopFirst, warmUpThreads } from './threadPriority.js';
import { readUpload, type ReadOptions, type UploadedFile, type UploadLimits } from './readUpload.js';
import { DEFAULT_UPLOAD_MEMORY_BYTES, UploadBudget } from './uploadBudget.js';
import { classifyOptions, MAX_TOP } from './requestOptions.js';

export interface ServerOptions {
  classifier: Classifier;
  /** Default 127.0.0.1: only this machine. "0.0.0.0" exposes the service. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Largest image upload (default 10 MB); a batch may carry up to 4× this in total. */
  maxUploadBytes?: number;
  /** Largest decoded image in pixels (default 40 million). */
  maxPixels?: number;
  /** Most images in one forward pass (default 8). */
  maxBatch?: number;
  /** Most images waiting for the engine before 503 (default 64). */
  maxQueue?: number;
  /** How long the first image of a batch waits for others, in ms (default 4). */
  maxWaitMs?: number;
  /** Cached results (default 1000; 0 disables the cache). */
  cacheEntries?: number;
  /** Bytes the cache may hold (default 64 MB). */
  cacheBytes?: number;
  /** Decode worker threads (default 1). */
  decodeWorkers?: number;
  /** Bytes of image decoding at once, across requests (default 256 MB). */
  decodeMemoryBytes?: number;
  /** Most files in one batch request (default 32). */
  maxBatchFiles?: number;
  /** Bytes of request bodies held at once across all connections (default 256 MB, at least one batch). */
  uploadMemoryBytes?: number;
  /** A request body must arrive within this many ms of its first byte (default 30 000). */
  uploadTimeoutMs?: number;
  /** close() waits this long for requests in flight, then cuts their connections (default 10 000 ms). */
  drainTimeoutMs?: number;
  /** Host names answered besides the address served (".example.com" admits subdomains, "*" any). */
  allowedHosts?: string[];
  /** Origins whose web pages may call the API (CORS); by default only the service's own page. */
  corsOrigins?: string[];
  /** Where the request log goes (default: stdout); () => {} silences it. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: Server;
  service: ClassificationService;
  /**
   * Graceful shutdown: stop accepting, finish requests in flight for up to drainTimeoutMs, cut the
   * connections still open after that, then resolve (the classifier stays open).
   */
  close(): Promise<void>;
}

/** What one request did, for its log line. */
interface RequestLog {
  hits: number;
  misses: number;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Cross-origin isolation: a page classifying on the device may then share memory with its workers.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const PAGE_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const maxUploadBytes = options.maxUploadBytes ?? 10_000_000;
  const uploadLimits: UploadLimits = { maxFileBytes: maxUploadBytes, maxBodyBytes: maxUploadBytes + 64 * 1024, maxFiles: 2 };
  // maxFiles 2, not 1: a second image is read far enough to answer "use /api/classify/batch".
  const maxBatchFiles = options.maxBatchFiles ?? 32;
  const batchLimits: UploadLimits = { maxFileBytes: maxUploadBytes, maxBodyBytes: 4 * maxUploadBytes, maxFiles: maxBatchFiles };
  const uploads = new UploadBudget(Math.max(options.uploadMemoryBytes ?? DEFAULT_UPLOAD_MEMORY_BYTES, batchLimits.maxBodyBytes));
  const uploadTimeoutMs = options.uploadTimeoutMs ?? 30_000;
  const classifier = options.classifier;
  const service = new ClassificationService(classifier, {
    maxBatch: options.maxBatch ?? 8,
    maxQueue: options.maxQueue ?? 64,
    maxWaitMs: options.maxWaitMs ?? 4,
    maxPixels: options.maxPixels ?? 40_000_000,
    cacheEntries: options.cacheEntries ?? 1000,
    cacheBytes: options.cacheBytes ?? 64 * 1024 * 1024,
    decodeWorkers: options.decodeWorkers,
    decodeMemoryBytes: options.decodeMemoryBytes,
  });
  const explanations = new ExplanationService(service);
  const host = options.host ?? '127.0.0.1';
  const policy = new OriginPolicy({ boundHost: host, allowedHosts: options.allowedHosts, corsOrigins: options.corsOrigins });
  const assets: PageAssets = await loadPageAssets();
  const device = deviceRoutes(
    { path: classifier.weights.path, stateDict: classifier.model.stateDict, labels: classifier.labels.zh ? undefined : classifier.labels.en },
    { 'Content-Security-Policy': PAGE_POLICY, ...SECURITY_HEADERS },
  );
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const started = Date.now();
  // How late the event loop ran over the last 10–20 s (/api/health's event_loop_max_ms): what a
  // request waits before the server even looks at it. Measured from when the server listens.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let previousLoopMax = 0;
  const loopWindow = setInterval(() => {
    previousLoopMax = loopDelay.max;
    loopDelay.reset();
    putEventLoopFirst();
  }, 10_000).unref();
  let closing = false;
  let inFlight = 0;
  let whenIdle: (() => void) | null = null;

  const modelInfo = {
    model: 'resnet18',
    architecture: 'resnet18',
    classes: classifier.numClasses,
    labels: { en: true, zh: classifier.labels.zh !== undefined },
    weights: {
      file: classifier.weights.path ? basename(classifier.weights.path) : null,
      source_file: classifier.weights.sourceFile ?? null,
      sha256: classifier.weights.sourceSha256 ?? null,
    },
    workers: classifier.model.workers,
    backend: classifier.model.backendName,
    backend_description: classifier.model.backendDescription,
    max_upload_bytes: maxUploadBytes,
    max_pixels: service.options.maxPixels,
    max_top: MAX_TOP,
    max_batch_files: maxBatchFiles,
  };

  /** Notes an answer for the log line and for GET /api/explain?id=. */
  function answered(answer: ClassifyAnswer, file: UploadedFile, record: RequestLog): ClassifyAnswer {
    explanations.remember(answer.id, file.bytes);
    if (answer.cached) record.hits++;
    else record.misses++;
    return answer;
  }

  async function route(request: IncomingMessage, response: ServerResponse, url: URL, record: RequestLog, signal: AbortSignal, reading: ReadOptions): Promise<void> {
    const preflight = policy.preflight(request);
    if (preflight) {
      response.writeHead(204, { ...preflight, ...SECURITY_HEADERS });
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(policy.check(request))) response.setHeader(name, value);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const path = url.pathname;
    const allow = (...methods: string[]): void => {
      if (!methods.includes(method ?? '')) {
        throw new HttpError(405, 'method_not_allowed', `${path} answers ${methods.join(', ')}, not ${request.method}`, {
          Allow: methods.includes('GET') ? [...methods, 'HEAD'].join(', ') : methods.join(', '),
        });
      }
    };
    switch (path) {
      case '/api/health':
        allow('GET');
        return sendJson(response, 200, {
          status: closing ? 'shutting_down' : 'ok',
          queue: service.queue.length,
          busy: service.queue.busy,
          admitted: service.pending,
          decoding: service.decoder.running,
          decode_waiting: service.decoder.queued,
          decode_memory_mb: Math.round(service.decoder.reservedBytes / 1e6),
          decode_memory_peak_mb: Math.round(service.decoder.peakReservedBytes / 1e6),
          decodes_run: service.decoder.decodesRun,
          upload_memory_mb: Math.round(uploads.heldBytes / (1024 * 1024) * 10) / 10,
          uploads_refused: uploads.refused,
          images_per_s: Number((service.meter.imagesPerSecond() ?? 0).toFixed(2)),
          event_loop_max_ms: Math.round(Math.max(previousLoopMax, loopDelay.max) / 1e5) / 10,
          batches_run: service.queue.batchesRun,
          images_run: service.queue.imagesRun,
          cached_results: service.cacheSize,
          explanations_computed: explanations.computed,
          explanations_stopped: explanations.stopped,
          uptime_s: Math.round((Date.now() - started) / 1000),
        });
      case '/api/model':
        allow('GET');
        return sendJson(response, 200, modelInfo);
      case '/api/classify': {
        allow('POST');
        const upload = await readUpload(request, uploadLimits, reading);
        const images = imageFiles(upload.files, 'image');
        if (images.length !== 1) {
          throw new HttpError(400, 'bad_request', images.length === 0
            ? "no image: send the file as the request body, or as the multipart field 'image'"
            : 'one image per request here; send several to /api/classify/batch');
        }
        return sendJson(response, 200, answered(await service.classify(images[0].bytes, classifyOptions(url.searchParams, upload.fields), signal), images[0], record));
      }
      case '/api/classify/batch': {
        allow('POST');
        const upload = await readUpload(request, batchLimits, reading);
        const images = imageFiles(upload.files, 'image');
        if (images.length === 0) throw new HttpError(400, 'bad_request', "no images: send them as multipart fields named 'image'");
        // The options are validated once, so a bad option is one 400 rather than an error per file;
        // the files are admitted together (one 503 if they do not fit) and decoded within the budget.
        const answers = await service.classifyMany(images.map((file) => file.bytes), classifyOptions(url.searchParams, upload.fields), signal);
        if (signal.aborted) throw clientGone();
        const results = answers.map((answer, i) => {
          const file = images[i].fileName ?? null;
          if (!(answer instanceof Error)) return { file, ...answered(answer, images[i], record) };
          const failure = toHttpError(answer);
          if (failure.status === 500) log(`error: ${answer.stack ?? answer.message}`);
          return { file, status: failure.status, error: { code: failure.code, message: failure.message } };
        });
        return sendJson(response, 200, { results, model: 'resnet18' });
      }
      case '/api/explain': {
        allow('GET', 'POST');
        let bytes: Uint8Array;
        let fields = new Map<string, string>();
        if (method === 'GET') {
          // It may start a computation on the engine: only this origin's pages may ask, as for a POST.
          policy.check(request, true);
          bytes = explanations.recall(url.searchParams.get('id') ?? '');
        } else {
          const upload = await readUpload(request, uploadLimits, reading);
          const images = imageFiles(upload.files, 'image');
          if (images.length !== 1) throw new HttpError(400, 'bad_request', "send one image, as the request body or as the multipart field 'image'");
          bytes = images[0].bytes;
          fields = upload.fields;
        }
        return sendJson(response, 200, await explanations.explain(bytes, classifyOptions(url.searchParams, fields, 5), signal));
      }
    }
    const picture = /^\/api\/explain\/([0-9a-f]{64}-[a-z-]+)\/([a-z0-9-]+)\.png$/.exec(path);
    if (picture) {
      allow('GET');
      const png = explanations.picture(picture[1], picture[2]);
      response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'private, max-age=3600', ...SECURITY_HEADERS });
      response.end(png);
      return;
    }
    if (path.startsWith('/api/')) throw new HttpError(404, 'not_found', `no API endpoint ${path}`);
    if (device.handles(path)) {
      allow('GET');
      await device.serve(path, request, response);
      return;
    }
    const asset = assets.get(path);
    if (!asset) throw new HttpError(404, 'not_found', `nothing at ${path}`);
    allow('GET');
    response.writeHead(200, {
      'Content-Type': asset.contentType,
      'Content-Length': asset.body.length,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': PAGE_POLICY,
      ...SECURITY_HEADERS,
    });
    response.end(asset.body);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const requestStarted = performance.now();
    const record: RequestLog = { hits: 0, misses: 0 };
    inFlight++;
    if (closing) response.setHeader('Connection', 'close');
    // Aborted when the client goes away before its answer: its queued work is dropped.
    const abandoned = new AbortController();
    // One listener per file of a batch request, and per stage: more than the default warning's 10.
    setMaxListeners(0, abandoned.signal);
    // The body's share of the upload budget, held until the request ends however it ends.
    const reservation = uploads.open();
    const reading: ReadOptions = {
      reservation,
      deadlineMs: uploadTimeoutMs,
      // Only a body that passed the size and budget checks is asked for (a 413 is never preceded by a 100).
      onAccepted: () => {
        if (/^100-continue$/i.test(request.headers.expect ?? '') && !response.headersSent) response.writeContinue();
      },
    };
    response.on('close', () => {
      reservation.release();
      if (!response.writableFinished) abandoned.abort(clientGone());
      const ms = (performance.now() - requestStarted).toFixed(1);
      // 499 (as nginx logs it): the client closed the connection before the answer was sent.
      const status = response.writableFinished ? response.statusCode : 499;
      log(`${new Date().toISOString()} ${request.method} ${printable(request.url ?? '')} ${status} ${ms}ms${cacheNote(record)}`);
      if (--inFlight === 0 && whenIdle) whenIdle();
    });
    // A write to a connection the client has reset: nothing to do but let it close.
    response.on('error', () => response.destroy());
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      url = new URL('http://localhost/');
    }
    route(request, response, url, record, abandoned.signal, reading).catch((error: unknown) => {
      const failure = toHttpError(error);
      if (failure.status === 500) log(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (response.headersSent || response.destroyed || failure.code === 'client_closed') {
        response.destroy();
        return;
      }
      if (!request.complete) {
        // The body was refused part-way: read and drop the rest so the client can read the answer;
        // the connection closes once it is sent. A body refused for lack of room or time is not
        // read on (128 refused 38 MB uploads drained kept the event loop 0.7 s late): 1 MB at most.
        response.setHeader('Connection', 'close');
        discard(request, failure.status === 503 || failure.status === 408 ? 1024 * 1024 : batchLimits.maxBodyBytes);
      }
      sendJson(response, failure.status, { error: { code: failure.code, message: failure.message } }, failure.headers);
    }).catch((error: unknown) => {
      // Even answering the error failed: never let that reach the process.
      log(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      response.destroy();
    });
  }
  const server = createServer({ requestTimeout: 60_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 }, handle);
  // `Expect: 100-continue` is answered by the route, once the body is accepted (reading.onAccepted).
  server.on('checkContinue', handle);
  // A request the HTTP parser cannot read (bad syntax, headers too large, too slow): answered with
  // a JSON error where the socket can still take one, never an uncaught error.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET' || (socket as { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const [status, code, reason] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'headers_too_large', 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'timeout', 'Request Timeout']
        : [400, 'bad_request', 'Bad Request'];
    const body = JSON.stringify({ error: { code, message: `the request could not be read (${error.code ?? error.message})` } });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        reject(error.code === 'EADDRINUSE'
          ? new Error(`port ${options.port ?? 8080} on ${host} is already in use (choose another with --port)`)
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? new Error(`cannot listen on ${host}: not an address of this machine`)
            : error);
      });
      server.listen(options.port ?? 8080, host, () => resolve());
    });
  } catch (error) {
    clearInterval(loopWindow);
    await service.close();
    throw error;
  }
  // The engine's, libuv's and libvips' threads yield to the event loop (threadPriority.ts).
  await warmUpThreads();
  putEventLoopFirst();
  loopDelay.enable();
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  let closed: Promise<void> | null = null;
  async function close(): Promise<void> {
    closing = true;
    closed ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight may finish, but not for ever: one client dripping its upload must not
      // hold the process after a SIGTERM. Past the deadline their connections are cut, which
      // aborts their work (the abandoned signal) as if they had hung up.
      let deadline: NodeJS.Timeout | undefined;
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          whenIdle = resolve;
          deadline = setTimeout(resolve, options.drainTimeoutMs ?? 10_000);
        });
        clearTimeout(deadline);
      }
      server.closeAllConnections();
      await service.queue.drained();
      await stopped;
      clearInterval(loopWindow);
      loopDelay.disable();
      await service.close();
    })();
    return closed;
  }

  return { url: `http://${shownHost}:${port}`, host, port, server, service, close };
}

/** Reads and drops the rest of a refused body; one far past any limit is cut off by closing the connection. */
function discard(request: IncomingMessage, limit: number): void {
  let seen = 0;
  request.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit) request.socket.destroy();
  });
  request.resume();
}

/** The uploaded files of one field (a raw body counts as "image"); another file field is an error. */
function imageFiles(files: UploadedFile[], field: string): UploadedFile[] {
  const other = files.find((f) => f.field !== field && f.field !== 'body');
  if (other) throw new HttpError(400, 'bad_request', `unexpected file field '${other.field}': send images as '${field}'`);
  return files;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...headers,
  });
  response.end(text);
}

/** " cache=hit", " cache=miss", or for a batch " cache=2hit/1miss"; nothing when no image was classified. */
function cacheNote({ hits, misses }: RequestLog): string {
  if (hits + misses === 0) return '';
  if (hits + misses === 1) return hits ? ' cache=hit' : ' cache=miss';
  return ` cache=${hits}hit/${misses}miss`;
}

/** A request path made safe for a log line: no control characters, bounded length. */
function printable(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

