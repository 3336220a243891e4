// Bundles the browser library with esbuild: resnet18.js (one ES module exporting loadModel,
// src/browser/index.ts) and its worker, resnet18-worker.js (with the kernels in a chunk it imports
// once it knows its memory: src/runtime/workerSetup.ts says why); beside them the static site's
// page, index.html and app.js (src/browser/site/), which `resnet18 export-web` copies with the
// weights. `npm run build` writes them to dist/browser/; run from the TypeScript sources, `serve`
// and `export-web` bundle them in memory instead (bundleBrowser), so they always match the sources.
// Fails if anything reaches a Node built-in, or if the library passes its size budget.
//
//   npx tsx tools/build/browser.ts [OUTDIR]       (npm run build does this)

import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page's whole library, without the weights (issue 12's budget). */
export const BUNDLE_BUDGET_BYTES = 300_000;

const root = fileURLToPath(new URL('../../', import.meta.url));

/** File name → contents, source maps included. */
export async function bundleBrowser(): Promise<Map<string, Uint8Array>> {
  const common: BuildOptions = {
    bundle: true, format: 'esm', platform: 'browser', target: ['es2022'], minify: true, sourcemap: true,
    legalComments: 'none', logLevel: 'warning', absWorkingDir: root, write: false, outdir: join(root, 'dist/browser'),
  };
  const results = await Promise.all([
    build({ ...common, entryPoints: { resnet18: 'src/browser/index.ts' } }),
    build({ ...common, entryPoints: { 'resnet18-worker': 'src/browser/workerEntry.ts' }, splitting: true, chunkNames: 'resnet18-worker-[hash]' }),
    // The static site's page: it imports the library as any page would.
    build({
      ...common, entryPoints: { app: 'src/browser/site/app.ts' },
      plugins: [{
        name: 'library-as-sibling',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './resnet18.js', external: true }));
        },
      }],
    }),
  ]);
  const files = new Map<string, Uint8Array>();
  for (const result of results) for (const file of result.outputFiles ?? []) files.set(file.path.slice(file.path.lastIndexOf('/') + 1), file.contents);
  files.set('index.html', readFileSync(join(root, 'src/browser/site/index.html')));
  return files;
}

function withoutSourceMapComment(body: Uint8Array): Uint8Array {
  return new TextEncoder().encode(new TextDecoder().decode(body).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}

/** The library's size: its .js files, the page's own (app.js) not counted. */
export function librarySize(files: Map<string, Uint8Array>): number {
  let total = 0;
  for (const [name, body] of files) if (name.startsWith('resnet18') && name.endsWith('.js')) total += body.length;
  return total;
}

export async function buildBrowser(outdir = join(root, 'dist/browser')): Promise<{ files: Record<string, number>; total: number }> {
  const bundle = await bundleBrowser();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const files: Record<string, number> = {};
  for (const [name, body] of bundle) {
    // The package ships no source maps (they would point at sources it does not ship): the maps
    // stay with the bundles `serve` and `export-web` make from the sources.
    if (name.endsWith('.map')) continue;
    writeFileSync(join(outdir, name), name.endsWith('.js') ? withoutSourceMapComment(body) : body);
    if (name.endsWith('.js')) files[name] = body.length;
  }
  return { files, total: librarySize(bundle) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, total } = await buildBrowser(process.argv[2]);
  // The report goes to stderr: this runs as npm's "prepare", whose stdout `npm pack --json` owns.
  for (const [name, size] of Object.entries(files)) console.error(`  ${name.padEnd(36)} ${(size / 1e3).toFixed(1)} kB`);
  console.error(`  the browser library, without the weights: ${(total / 1e3).toFixed(1)} kB (budget ${BUNDLE_BUDGET_BYTES / 1e3} kB)`);
  if (total > BUNDLE_BUDGET_BYTES) {
    console.error(`the browser library is ${(total / 1e3).toFixed(1)} kB, over its ${BUNDLE_BUDGET_BYTES / 1e3} kB budget`);
    process.exit(1);
  }
}
