// The package.json that goes into the tarball: the repository's, without its "prepare" script.
//
// "prepare" builds dist/ for people working on a clone (`npm ci`, `npm install -g .`), but a
// package that ships it makes npm warn every user who installs it ("has install scripts not yet
// covered by allowScripts"), though npm never runs it for them. So `npm pack` and `npm publish`
// run this script twice: `strip` (from "prepack", after the build) keeps the file as it was in
// package.json.prepack.tmp and removes "prepare"; `restore` (from "postpack") puts it back. A
// pack that died in between is mended by the next strip or restore.

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const kept = `${manifest}.prepack.tmp`;

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const mode = process.argv[2];
if (mode === 'strip') {
  restore();
  const text = readFileSync(manifest, 'utf8');
  const json = JSON.parse(text);
  writeFileSync(kept, text);
  delete json.scripts.prepare;
  writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
} else if (mode === 'restore') {
  restore();
} else {
  console.error('usage: node tools/packManifest.mjs strip|restore');
  process.exit(2);
}
