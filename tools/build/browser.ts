// Bundles the browser library with esbuild: dist/browser/resnet18.js (one ES module exporting
// loadModel, src/browser/index.ts) and its worker, dist/browser/resnet18-worker.js (with the
// kernels in a chunk it imports once it knows its memory: src/runtime/workerSetup.ts says why);
// beside them the static site's page, index.html and app.js (src/browser/site/), which
// `resnet18 export-web` copies with the weights.
// Fails if anything reaches a Node built-in, or if the two together pass the size budget.
//
//   npx tsx tools/build/browser.ts [OUTDIR]       (npm run build does this)

import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page's whole library, without the weights (issue 12's budget). */
export const BUNDLE_BUDGET_BYTES = 300 * 1024;

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function buildBrowser(outdir = join(root, 'dist/browser')): Promise<{ files: Record<string, number>; total: number }> {
  rmSync(outdir, { recursive: true, force: true });
  const common: BuildOptions = {
    bundle: true, format: 'esm', platform: 'browser', target: ['es2022'], minify: true, sourcemap: true,
    legalComments: 'none', logLevel: 'warning', absWorkingDir: root,
  };
  await build({ ...common, entryPoints: { resnet18: 'src/browser/index.ts' }, outdir });
  await build({
    ...common, entryPoints: { 'resnet18-worker': 'src/browser/workerEntry.ts' }, outdir,
    splitting: true, chunkNames: 'resnet18-worker-[hash]',
  });
  // The static site's page (resnet18 export-web): it imports the library as any page would.
  await build({
    ...common, entryPoints: { app: 'src/browser/site/app.ts' }, outdir,
    plugins: [{
      name: 'library-as-sibling',
      setup(b) {
        b.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './resnet18.js', external: true }));
      },
    }],
  });
  copyFileSync(join(root, 'src/browser/site/index.html'), join(outdir, 'index.html'));
  const files: Record<string, number> = {};
  for (const name of readdirSync(outdir)) if (name.endsWith('.js')) files[name] = statSync(join(outdir, name)).size;
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  return { files, total };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, total } = await buildBrowser(process.argv[2]);
  for (const [name, size] of Object.entries(files)) console.log(`  ${name.padEnd(36)} ${(size / 1024).toFixed(1)} KB`);
  console.log(`  browser bundle, without the weights: ${(total / 1024).toFixed(1)} KB (budget ${BUNDLE_BUDGET_BYTES / 1024} KB)`);
  if (total > BUNDLE_BUDGET_BYTES) {
    console.error(`the browser bundle is ${(total / 1024).toFixed(1)} KB, over its ${BUNDLE_BUDGET_BYTES / 1024} KB budget`);
    process.exit(1);
  }
}
