// `resnet18 export-web DIR`: a static site that classifies on the device — the page, the library
// bundle (resnet18.js, one ES module, and its worker), and the weights — for any static file
// server, with no Node behind it. The bundle is dist/browser/ (npm run build), or, run from the
// TypeScript sources, bundled afresh (src/server/browserAssets.ts).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { weightsPath } from '../classifier/classifier.js';
import { browserBundle } from '../server/browserAssets.js';
import { loadBlobFile } from '../weights/blobFile.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { parseOptions, stringOption } from './parseOptions.js';

const usage = `usage: resnet18 export-web DIR [--weights FILE]

Writes a static site into DIR that classifies photos in the visitor's browser, uploading nothing:
  index.html, app.js          the page
  resnet18.js                 the library, one ES module: import { loadModel } from './resnet18.js'
  resnet18-worker*.js         its Web Worker
  resnet18.bin                the weights (--weights FILE, else $RESNET18_WEIGHTS or weights/resnet18.bin)
  _headers, serve.json        the two headers that enable threads, for hosts that read these files
                              (Netlify, Cloudflare Pages; npx serve)
Serve DIR with any static file server. With the headers
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Embedder-Policy: require-corp
the engine runs one Web Worker per core; without them, on one thread (README: "In a web page").`;

export const HEADERS_FILE = `/*
  Cross-Origin-Opener-Policy: same-origin
  Cross-Origin-Embedder-Policy: require-corp
`;

/** The same headers for \`npx serve\` (its serve.json). */
export const SERVE_JSON = `${JSON.stringify({
  headers: [{
    source: '**/*',
    headers: [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }, { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' }],
  }],
}, null, 2)}\n`;

export const exportWebCommand: Command = {
  name: 'export-web',
  summary: 'write a static site that classifies on the device',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('export-web', args, { weights: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError(`export-web takes one folder, got ${positionals.length} (see: resnet18 export-web --help)`);
    const [target] = positionals;
    const weights = weightsPath(stringOption(values.weights));
    if (!existsSync(weights)) {
      throw new Error(`no weights at ${weights}. Get them with: resnet18 fetch-weights (or give --weights FILE)`);
    }
    const blob = loadBlobFile(weights);
    const bytes = readFileSync(weights);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const bundle = await browserBundle();
    mkdirSync(target, { recursive: true });
    for (const [name, body] of bundle) if (name !== 'index.html') writeFileSync(join(target, name), body);
    const page = new TextDecoder().decode(bundle.get('index.html'))
      .replace('<meta name="resnet18-weights-sha256" content="">', `<meta name="resnet18-weights-sha256" content="${sha256}">`);
    writeFileSync(join(target, 'index.html'), page);
    writeFileSync(join(target, 'resnet18.bin'), bytes);
    writeFileSync(join(target, '_headers'), HEADERS_FILE);
    writeFileSync(join(target, 'serve.json'), SERVE_JSON);
    const listing = readdirSync(target).sort().map((name) => `  ${name.padEnd(32)} ${(statSync(join(target, name)).size / 1e3).toFixed(0).padStart(7)} kB`);
    out.stdout(`wrote a static site to ${target} (weights: ResNet-18, ${blob.config.numClasses} classes, SHA-256 ${sha256.slice(0, 16)}…):\n` +
      `${listing.join('\n')}\nserve it with any static file server: npx serve ${target} sends the headers that enable threads ` +
      '(Cross-Origin-Opener-Policy: same-origin, Cross-Origin-Embedder-Policy: require-corp); without them it runs on one thread\n');
    return 0;
  },
};
