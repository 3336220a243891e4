// `resnet18 serve`: the classification API and web page on localhost, until SIGINT or SIGTERM,
// which shut it down gracefully (stop accepting, finish requests in flight, stop the workers).

import { availableParallelism } from 'node:os';
import { openModel } from './openModel.js';
import { readLabelsFile } from '../labels/labelFile.js';
import { startServer } from '../server/server.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { StdoutClosed, type Output } from './output.js';
import { backendOption, integerOption, parseOptions, stringOption } from './parseOptions.js';

const usage = `usage: resnet18 serve [--port 8080] [--host 127.0.0.1] [--weights FILE] [--workers N] [--backend B] [--labels FILE]
                     [--max-upload-mb 10] [--max-megapixels 40] [--max-batch 8] [--max-queue 64] [--cache-size 1000]
                     [--decode-workers N] [--decode-memory-mb 256] [--upload-memory-mb 256] [--drain-timeout 10]
                     [--allowed-hosts NAME,...] [--cors-origin ORIGIN,...]

Serves the web page at / and the JSON API:
  POST /api/classify          an image as the request body or as multipart field 'image';
                              options top (1-20, default 3), lang (en, zh, both), autoOrient
  POST /api/classify/batch    several multipart 'image' files: {"results": [...]}, one result or error
                              each, in order, each with "file" (the client's file name, or null)
  GET  /api/health            status and queue length
  GET  /api/model             architecture, classes, labels and weights
  GET  /api/explain?id=ID     the step-through of an image classified recently (ID from its answer):
                              every module's numbers and URLs of PNG feature maps; POST /api/explain
                              with the image works too
  --host ADDRESS     address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for all)
  --port N           TCP port (default 8080; 0 picks a free one)
  --weights FILE     a weights file or a PyTorch checkpoint (.pth: converted once into the cache);
                     default $RESNET18_WEIGHTS, else the one fetch-weights writes (torchvision's are
                     downloaded there on first use unless RESNET18_OFFLINE=1)
  --labels FILE      class names (one per line, or a JSON array) instead of the stored ones
  --workers N        engine worker threads (default one per core)
  --backend B        auto (default: wasm where WebAssembly SIMD runs), wasm or js
  --max-upload-mb N  largest image upload in MB (default 10); a batch request may carry 4× that
  --max-megapixels N largest decoded image (default 40)
  --max-batch N      most images per forward pass when requests arrive together (default 8)
  --max-queue N      most images admitted and not yet answered before answering 503 (default 64)
  --decode-workers N threads that decode images, beside the engine's (default: half the cores, 1 to 4)
  --decode-memory-mb N  memory for decoding images at once, estimated from their headers (default
                     256); an image that does not fit waits, one larger than this runs alone
  --upload-memory-mb N  memory for request bodies being received, across all connections (default
                     256, at least one batch); a body that does not fit is answered 503 with
                     Retry-After. A body must arrive within 30 s of its first byte (else 408)
  --drain-timeout S  on SIGINT or SIGTERM, how long requests in flight may finish before their
                     connections are cut and the process exits (default 10 s)
  --cache-size N     results remembered by the SHA-256 of the upload (default 1000; 0 disables)
  --allowed-hosts L  Host names to answer besides the address served, comma-separated (the name
                     clients use behind a proxy; '.example.com' admits subdomains). Other names
                     are refused, which stops DNS rebinding
  --cors-origin L    origins whose web pages may call the API, comma-separated
                     (e.g. https://app.example.com); by default only this server's own page`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web page and the JSON API',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('serve', args, {
      port: { type: 'string' }, host: { type: 'string' }, weights: { type: 'string' }, workers: { type: 'string' }, backend: { type: 'string' },
      labels: { type: 'string' }, 'max-upload-mb': { type: 'string' }, 'max-megapixels': { type: 'string' },
      'max-batch': { type: 'string' }, 'max-queue': { type: 'string' }, 'cache-size': { type: 'string' },
      'allowed-hosts': { type: 'string' }, 'cors-origin': { type: 'string' },
      'decode-workers': { type: 'string' }, 'decode-memory-mb': { type: 'string' },
      'upload-memory-mb': { type: 'string' }, 'drain-timeout': { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got '${positionals[0]}' (see: resnet18 serve --help)`);
    const port = integerOption(values.port, '--port', 8080, 0, 65535);
    const host = stringOption(values.host) ?? '127.0.0.1';
    const workers = integerOption(values.workers, '--workers', availableParallelism(), 1, 64);
    const backend = backendOption(values.backend);
    const maxUploadMb = integerOption(values['max-upload-mb'], '--max-upload-mb', 10, 1, 1024);
    const maxMegapixels = integerOption(values['max-megapixels'], '--max-megapixels', 40, 1, 1000);
    const maxBatch = integerOption(values['max-batch'], '--max-batch', 8, 1, 64);
    const maxQueue = integerOption(values['max-queue'], '--max-queue', 64, 1, 100_000);
    const cacheEntries = integerOption(values['cache-size'], '--cache-size', 1000, 0, 10_000_000);
    const decodeWorkers = integerOption(values['decode-workers'], '--decode-workers', Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2))), 1, 64);
    const decodeMemoryMb = integerOption(values['decode-memory-mb'], '--decode-memory-mb', 256, 16, 1_000_000);
    const uploadMemoryMb = integerOption(values['upload-memory-mb'], '--upload-memory-mb', 256, 1, 1_000_000);
    const drainSeconds = integerOption(values['drain-timeout'], '--drain-timeout', 10, 0, 86_400);
    const allowedHosts = listOption(values['allowed-hosts']);
    const corsOrigins = listOption(values['cors-origin']);
    for (const origin of corsOrigins) {
      if (!/^https?:\/\/[^/\s]+$/i.test(origin)) throw new UsageError(`--cors-origin takes origins like https://app.example.com (scheme and host, no path), got '${origin}'`);
    }
    const labelsPath = stringOption(values.labels);
    const labels = labelsPath ? readLabelsFile(labelsPath) : undefined;

    const classifier = await openModel(out, stringOption(values.weights), { workers, backend, labels, labelsSource: labelsPath });
    // The signal handlers go in before the server listens: a SIGTERM that arrives while it starts
    // (or in its first moments of answering) shuts it down like any other, instead of killing it.
    let stopSignal: NodeJS.Signals | null = null;
    let onStop: (() => void) | null = null;
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second signal while shutting down stops at once.
      process.once(signal, () => process.exit(130));
      stopSignal = signal;
      onStop?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    let server;
    try {
      server = await startServer({
        classifier, host, port, maxUploadBytes: maxUploadMb * 1e6, maxPixels: maxMegapixels * 1_000_000,
        maxBatch, maxQueue, cacheEntries, allowedHosts, corsOrigins, decodeWorkers, decodeMemoryBytes: decodeMemoryMb * 1e6,
        uploadMemoryBytes: uploadMemoryMb * 1e6, drainTimeoutMs: drainSeconds * 1000,
        log: (line) => logLine(out, line),
      });
    } catch (error) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await classifier.close();
      throw error;
    }
    const running = server;
    logLine(out, `resnet18 serve: listening on ${running.url} (${classifier.numClasses} classes, ${classifier.model.workers} workers, ${classifier.model.backendDescription}); Ctrl+C stops`);

    if (stopSignal === null) await new Promise<void>((resolve) => { onStop = resolve; });
    logLine(out, `resnet18 serve: ${stopSignal}: finishing requests in flight (at most ${drainSeconds} s), then stopping`);
    await running.close();
    await classifier.close();
    logLine(out, 'resnet18 serve: stopped');
    return 0;
  },
};

/** A request's log line; once stdout's reader has gone (`serve | head`), the service goes on without its log. */
function logLine(out: Output, line: string): void {
  try {
    out.stdout(`${line}\n`);
  } catch (error) {
    if (!(error instanceof StdoutClosed)) throw error;
  }
}

/** A comma-separated flag as its non-empty items. */
function listOption(value: unknown): string[] {
  return (stringOption(value) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}
