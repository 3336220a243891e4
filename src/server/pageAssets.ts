// The web page's files, served from memory: index.html, style sheets and images as they are in
// src/server/page/, and each page module (src/server/page/<name>.ts) as /<name>.js.
//
// Built (dist/), the modules come from dist/page/, compiled by `tsc -p src/server/page`. From
// source (tsx), they are transpiled here with TypeScript's transpileModule, so editing the page
// needs no build step. Only the files found in the page folder are served: a request can name
// nothing else.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Relative to this module in src/server/ and in dist/server/ alike. */
const PAGE_SOURCE_DIR = fileURLToPath(new URL('../../src/server/page/', import.meta.url));
const PAGE_BUILT_DIR = fileURLToPath(new URL('../page/', import.meta.url));
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface Asset {
  contentType: string;
  body: Buffer;
}

/** URL path ("/", "/app.js") → asset. */
export type PageAssets = Map<string, Asset>;

export async function loadPageAssets(): Promise<PageAssets> {
  const assets: PageAssets = new Map();
  if (!existsSync(PAGE_SOURCE_DIR)) return assets;
  const transpile = RUNNING_FROM_SOURCE ? await typeScriptTranspiler() : null;
  for (const file of readdirSync(PAGE_SOURCE_DIR)) {
    const extension = extname(file);
    const path = join(PAGE_SOURCE_DIR, file);
    if (extension === '.ts' && !file.endsWith('.d.ts')) {
      const name = `${file.slice(0, -3)}.js`;
      const built = join(PAGE_BUILT_DIR, name);
      const body = transpile ? Buffer.from(transpile(readFileSync(path, 'utf8'), file)) : existsSync(built) ? readFileSync(built) : null;
      if (body) assets.set(`/${name}`, { contentType: CONTENT_TYPES['.js'], body });
    } else if (CONTENT_TYPES[extension] && extension !== '.js') {
      assets.set(`/${file}`, { contentType: CONTENT_TYPES[extension], body: readFileSync(path) });
    }
  }
  const index = assets.get('/index.html');
  if (index) assets.set('/', index);
  return assets;
}

async function typeScriptTranspiler(): Promise<(source: string, fileName: string) => string> {
  const ts = (await import('typescript')).default;
  return (source, fileName) => ts.transpileModule(source, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 },
  }).outputText;
}
