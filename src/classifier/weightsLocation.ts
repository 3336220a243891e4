// Where the weights file lives when nobody names one, and how to get it there.
//
// A library installed under node_modules must not write into its own folder (the next `npm
// install` wipes it, and a global install is often read-only), so its weights go to a per-user
// cache, as torch hub's and Transformers.js's do:
//
//   $RESNET18_HOME/resnet18.bin                 when RESNET18_HOME is set
//   $XDG_CACHE_HOME/resnet18-ts/resnet18.bin    else, when XDG_CACHE_HOME is set (an absolute path)
//   ~/.cache/resnet18-ts/resnet18.bin           else
//
// A checkout of this repository (any copy not under node_modules: a clone, the Docker image's /app)
// keeps using weights/resnet18.bin beside src/: it is read first when present, and fetch-weights and
// convert write there. Reading, in order: an explicit path, $RESNET18_WEIGHTS, the checkout's file,
// the cache's file; when none exists and nothing was named, loadModel() downloads torchvision's
// checkpoint into the place fetch-weights would write (unless offline).

import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The folder holding package.json (this file is src/classifier/ or dist/classifier/ below it). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the weights are looked for and written, and how a person runs the command line from here. */
export interface WeightsPlaces {
  /** The checkout's weights/resnet18.bin; undefined when running from an installed package. */
  checkout: string | undefined;
  /** The per-user cache's resnet18.bin. */
  cache: string;
  /** How the user runs the CLI: "npx tsx src/cli.ts" in a checkout, "npx resnet18" once installed. */
  command: string;
  /** Whether the network may be used (false under RESNET18_OFFLINE=1). */
  offline: boolean;
}

/** Whether a package root lies inside a node_modules folder, i.e. was installed by a package manager. */
export function isInstalledPackage(root: string): boolean {
  return root.split(/[\\/]/).includes('node_modules');
}

/** The per-user folder for weights: $RESNET18_HOME, else $XDG_CACHE_HOME/resnet18-ts, else ~/.cache/resnet18-ts. */
export function weightsHome(env: Environment = process.env): string {
  if (env.RESNET18_HOME) return resolve(env.RESNET18_HOME);
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'resnet18-ts');
}

/** RESNET18_OFFLINE=1 (or true/yes) forbids downloads. */
export function offlineByEnvironment(env: Environment = process.env): boolean {
  return /^(1|true|yes|on)$/i.test(env.RESNET18_OFFLINE ?? '');
}

/**
 * The places for this copy of the package, under `env`. `script` is the program node runs
 * (process.argv[1]): when it is the `resnet18` command itself, hints name it as it was run.
 */
export function weightsPlaces(env: Environment = process.env, root = PACKAGE_ROOT, script = process.argv[1]): WeightsPlaces {
  const installed = isInstalledPackage(root);
  return {
    checkout: installed ? undefined : join(root, 'weights', 'resnet18.bin'),
    cache: join(weightsHome(env), 'resnet18.bin'),
    command: commandAsRun(script) ?? (installed ? 'npx resnet18' : checkoutCommand(root)),
    offline: offlineByEnvironment(env),
  };
}

/** "resnet18" run from the PATH (a global install), "npx resnet18" from a project's node_modules/.bin. */
function commandAsRun(script: string | undefined): string | undefined {
  if (!script || !/^resnet18(\.cmd|\.ps1)?$/i.test(basename(script))) return undefined;
  return /[\\/]node_modules[\\/]\.bin[\\/]/.test(script) ? 'npx resnet18' : 'resnet18';
}

/** Where fetch-weights, convert and the first-use download write when no path is named. */
export function weightsTarget(places: WeightsPlaces): string {
  return places.checkout ?? places.cache;
}

/** The files read when no path is named, in order. */
export function weightsCandidates(places: WeightsPlaces): string[] {
  return places.checkout ? [places.checkout, places.cache] : [places.cache];
}

/**
 * In a checkout: the source entry point through tsx when running from src/, the compiled one from
 * dist/ (the Docker image), relative to the current directory so the line can be pasted.
 */
function checkoutCommand(root: string): string {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = join(root, fromSource ? 'src' : 'dist', fromSource ? 'cli.ts' : 'cli.js');
  const shown = relative(process.cwd(), entry);
  const path = shown.startsWith(`..${sep}..`) || isAbsolute(shown) ? entry : shown;
  return fromSource ? `npx tsx ${path}` : `node ${path}`;
}
