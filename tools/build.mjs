// Compiles src/ into dist/ (the web page's script into dist/page/, the browser library's types into
// dist/types/) and bundles the browser library into dist/browser/ (tools/build/browser.ts):
// `npm run build`, and npm's
// "prepare" step, which runs on `npm ci`, `npm pack` and `npm install -g .`. dist/ is emptied
// first, so files of renamed or deleted sources are never published.
//
// `npm install -g .` in a fresh clone is the odd one: npm links the folder into the global
// node_modules without installing its dependencies there or in the folder, and runs this script
// with no TypeScript around. Here, then, the clone gets its own dependencies first (`npm ci`,
// from the lockfile; that run's own "prepare" does the build), and the linked command works.

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const projects = ['.', 'src/server/page', 'src/browser'];

function localTsc() {
  try {
    return createRequire(`${root}package.json`).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status ?? 1);
  }
}

const tsc = localTsc();
if (!tsc) {
  if (process.env.npm_config_global === 'true' && !existsSync(`${root}node_modules`)) {
    console.error('build: installing this clone\'s dependencies (npm ci) before linking it globally');
    // npm hands its settings to scripts as npm_config_* variables; the inner npm must not
    // inherit "global" (it would install into the global folder) or the prefix.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location|install_links)$/i.test(key)));
    run('npm', ['ci', '--no-audit', '--no-fund'], env);
    process.exit(0);
  }
  console.error('build: TypeScript is not installed (it is a devDependency): run `npm ci` in this folder first');
  process.exit(1);
}
rmSync(`${root}dist`, { recursive: true, force: true });
for (const project of projects) run(process.execPath, [tsc, '-p', project]);
run(process.execPath, ['--import', 'tsx', 'tools/build/browser.ts']);
