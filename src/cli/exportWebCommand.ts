// `resnet18 export-web DIR`: a static site that classifies on the device — the page, the library
// bundle (resnet18.js, one ES module, and its worker), and the weights — for any static file
// server, with no Node behind it. The bundle is dist/browser/ (npm run build), or, run from the
// TypeScript sources, bundled afresh (src/server/browserAssets.ts).
//
// DIR may already hold files, some of them symbolic links (a previous export, or someone else's
// doing). Each file is written as a new file beside its name and renamed over it
// (writeFileAtomic): a link there is replaced, never followed, so nothing outside DIR is
// overwritten or created through it.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { weightsPath } from '../classifier/classifier.js';
import { browserBundle } from '../server/browserAssets.js';
import { writeFileAtomic } from '../weights/atomicWrite.js';
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
    const text = (s: string): Uint8Array => new TextEncoder().encode(s);
    const page = new TextDecoder().decode(bundle.get('index.html'))
      .replace('<meta name="resnet18-weights-sha256" content="">', `<meta name="resnet18-weights-sha256" content="${sha256}">`);
    const files = new Map<string, Uint8Array>([...bundle].filter(([name]) => name !== 'index.html'));
    files.set('index.html', text(page)).set('resnet18.bin', bytes).set('_headers', text(HEADERS_FILE)).set('serve.json', text(SERVE_JSON));
    for (const [name, body] of files) writeFileAtomic(join(target, name), body);
    // lstat: another entry of DIR may be a link to anywhere (even a loop); it is listed as the link it is.
    const listing = readdirSync(target).sort().map((name) => `  ${name.padEnd(32)} ${(lstatSync(join(target, name)).size / 1e3).toFixed(0).padStart(7)} kB`);
    out.stdout(`wrote a static site to ${target} (weights: ResNet-18, ${blob.config.numClasses} classes, SHA-256 ${sha256.slice(0, 16)}…):\n` +
      `${listing.join('\n')}\nserve it with any static file server: npx serve ${target} sends the headers that enable threads ` +
      '(Cross-Origin-Opener-Policy: same-origin, Cross-Origin-Embedder-Policy: require-corp); without them it runs on one thread\n');
    return 0;
  },
};
