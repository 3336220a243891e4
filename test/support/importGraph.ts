// Which Node built-ins a module's import graph reaches, as esbuild bundling it for a browser sees
// it: static imports, dynamic import() with a literal, and re-exports. Each hit comes with the chain
// of files that leads to it, so a failure says where to cut.

import { build, type Metafile } from 'esbuild';

export interface NodeImport {
  /** "node:fs", … */
  builtin: string;
  /** Entry first, the importing file last. */
  chain: string[];
}

export async function nodeImportsReachable(entries: string[]): Promise<NodeImport[]> {
  const result = await build({
    entryPoints: entries, bundle: true, write: false, metafile: true, logLevel: 'silent',
    platform: 'browser', format: 'esm', outdir: 'graph-out', splitting: true,
    // Node built-ins, with or without the node: prefix, are kept as imports so they can be listed.
    external: ['node:*'],
    plugins: [{
      name: 'bare-builtins',
      setup(b) {
        const builtins = /^(fs|path|os|url|crypto|http|https|worker_threads|v8|child_process|stream|zlib|util|events|buffer)(\/.*)?$/;
        b.onResolve({ filter: builtins }, (args) => ({ path: `node:${args.path}`, external: true }));
      },
    }],
  });
  return walk(result.metafile, entries);
}

function walk(metafile: Metafile, entries: string[]): NodeImport[] {
  const found: NodeImport[] = [];
  const seen = new Set<string>();
  const queue: string[][] = entries.map((e) => [e]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1];
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      if (imported.external && imported.path.startsWith('node:')) found.push({ builtin: imported.path, chain });
      else if (!imported.external) queue.push([...chain, imported.path]);
    }
  }
  return found;
}
