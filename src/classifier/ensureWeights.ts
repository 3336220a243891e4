// The weights file loadModel() reads: the one named, else the first found of the default places
// (weightsLocation.ts), else torchvision's checkpoint downloaded on first use — SHA-256 checked,
// converted, and written atomically where fetch-weights would write it, so it is fetched once.
// Offline (offline: true or RESNET18_OFFLINE=1) nothing touches the network: a missing file is an
// error that says which command gets it.
//
// A file named by `weights` or RESNET18_WEIGHTS may be a weights file or a PyTorch checkpoint
// (.pth): a checkpoint is converted once into the cache, under its SHA-256
// (<cache>/converted/<name>-<sha256>.bin), and later runs read that file. An image named there is
// refused as an image, not reported as a file with the wrong first bytes.
//
// Before downloading, PyTorch's own copy is looked for: torch.hub keeps the checkpoints it has
// downloaded in $TORCH_HOME/hub/checkpoints/ (default ~/.cache/torch), under the URL's file name,
// so a machine where torchvision has loaded ResNet-18 once needs no network at all. Its SHA-256 is
// checked against the digits in that name, as a download's is.

import { closeSync, existsSync, readSync, statSync } from 'node:fs';
import { openRegularFileSync, readInputFileSync } from '../formats/inputFile.js';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { sniffImageFormat } from '../image/formats.js';
import { BLOB_MAGIC } from '../weights/blob.js';
import { MAX_CHECKPOINT_BYTES, parseCheckpoint } from '../weights/checkpoint.js';
import { writeCheckpointAsBlob } from '../weights/convert.js';
import { DEFAULT_WEIGHTS_URL, digestPrefixFromUrl, downloadWeights, fileNameOf } from '../weights/download.js';
import type { WeightsProgress } from '../weights/progress.js';
import { asSentence, weightsAlternatives } from './weightsAdvice.js';
import { weightsCandidates, weightsPlaces, weightsTarget, type Environment, type WeightsPlaces } from './weightsLocation.js';

/** How far the weights have come (the browser's onProgress has the same shape, without `path` and `url`). */
export interface WeightsLoadProgress extends WeightsProgress {
  /** The weights file being read, or written by the first-use download. */
  path: string;
  /** The checkpoint being downloaded; undefined when the weights were already on disk. */
  url?: string;
}

/** How far the first-use download has come: the shape of the deprecated onDownloadProgress. */
export interface DownloadProgress {
  /** The checkpoint being downloaded. */
  url: string;
  /** The weights file it will be converted into. */
  path: string;
  /** Bytes received so far. */
  bytes: number;
  /** The download's size, when the server says it (Content-Length). */
  total: number | undefined;
}

export interface EnsureWeightsOptions {
  /** A weights file or a PyTorch checkpoint to use; it is never downloaded, only checked to exist. */
  weights?: string;
  /** Never use the network. Default: false, or true when RESNET18_OFFLINE=1. */
  offline?: boolean;
  /** Where the first-use download comes from. Default: torchvision's ImageNet checkpoint (DEFAULT_WEIGHTS_URL). */
  weightsUrl?: string;
  /**
   * Called as the weights arrive: during the first-use download ({ loaded, total, fromCache: false, url, path }),
   * or once when they were already on disk ({ loaded, total, fromCache: true, path }) — the shape the
   * browser library's onProgress has.
   */
  onProgress?: (progress: WeightsLoadProgress) => void;
  /**
   * Called as the first-use download progresses.
   * @deprecated Use onProgress, whose { loaded, total, fromCache } the browser library shares.
   */
  onDownloadProgress?: (progress: DownloadProgress) => void;
  /** Called before a PyTorch checkpoint given as weights is converted into the cache (once per checkpoint). */
  onConvert?: (checkpoint: string, weightsFile: string) => void;
}

/** The path of an existing weights file, downloading torchvision's into the default place if need be. */
export async function ensureWeightsFile(
  options: EnsureWeightsOptions = {},
  env: Environment = process.env,
  places: WeightsPlaces = weightsPlaces(env),
): Promise<string> {
  const named = options.weights ?? (env.RESNET18_WEIGHTS || undefined);
  const get = places.command;
  if (named !== undefined) {
    const via = options.weights === undefined ? ' (from RESNET18_WEIGHTS)' : '';
    if (!existsSync(named)) {
      throw new Error(
        `no weights at ${named}${via}. Get torchvision's ImageNet weights there with: ${get} fetch-weights -o ${named} ` +
          `(or convert a checkpoint: ${get} convert model.pth -o ${named})`,
      );
    }
    return namedWeightsFile(named, via, places, options.onConvert);
  }
  const found = weightsCandidates(places).find((path) => existsSync(path));
  if (found) return found;

  const target = weightsTarget(places);
  const url = options.weightsUrl ?? DEFAULT_WEIGHTS_URL;
  const hubCopy = torchHubCopy(url, env);
  if (hubCopy) {
    convertVerified(hubCopy, digestPrefixFromUrl(url)!, target, options.onConvert);
    return target;
  }
  const offline = options.offline ?? places.offline;
  if (offline) {
    const why = options.offline ? 'offline: true' : 'RESNET18_OFFLINE=1';
    throw new Error(
      `no weights at ${weightsCandidates(places).join(' or ')}, and ${why} forbids downloading them. ` +
        `Get torchvision's ImageNet weights once, online, with: ${get} fetch-weights (it writes ${target}), ` +
        `or convert a checkpoint: ${get} convert model.pth; or set RESNET18_WEIGHTS to a weights file or a .pth checkpoint`,
    );
  }
  const { onProgress, onDownloadProgress } = options;
  try {
    await downloadWeights({
      url,
      outPath: target,
      onProgress: (bytes, total) => {
        onProgress?.({ loaded: bytes, total: total ?? null, fromCache: false, url, path: target });
        onDownloadProgress?.({ url, path: target, bytes, total });
      },
    });
  } catch (error) {
    throw new Error(
      `no weights yet, and downloading them into ${target} failed: ${asSentence((error as Error).message)} ` +
        `${weightsAlternatives(get, target)} (and RESNET18_OFFLINE=1 never tries the network)`,
      { cause: error },
    );
  }
  return target;
}

/** torch.hub's copy of the checkpoint at `url` on this machine ($TORCH_HOME/hub/checkpoints/<file name>), if there is one. */
export function torchHubCopy(url: string, env: Environment): string | undefined {
  if (!digestPrefixFromUrl(url)) return undefined; // torch.hub checks nothing without the digits; neither do we
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  const torchHome = env.TORCH_HOME || join(xdg, 'torch');
  const path = join(torchHome, 'hub', 'checkpoints', fileNameOf(url));
  return existsSync(path) ? path : undefined;
}

/** Converts a checkpoint into `target` after checking that its SHA-256 starts with `digits`. */
export function convertVerified(path: string, digits: string, target: string, onConvert: EnsureWeightsOptions['onConvert']): void {
  const bytes = readInputFileSync(path, MAX_CHECKPOINT_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!sha256.startsWith(digits)) {
    throw new Error(`${path} (PyTorch's copy) has SHA-256 ${sha256}, which does not start with ${digits}: it is not the expected file. ` +
      'Delete it, or name the weights to use with --weights or RESNET18_WEIGHTS');
  }
  const checkpoint = parseCheckpoint(bytes, path);
  onConvert?.(path, target);
  writeCheckpointAsBlob(checkpoint, { fileName: basename(path), sha256 }, target);
}

/** What a file named as weights is, by its first bytes. */
type Kind = { kind: 'blob' | 'checkpoint' | 'folder' } | { kind: 'image'; format: string } | { kind: 'other'; head: Uint8Array };

function kindOf(path: string): Kind {
  if (statSync(path).isDirectory()) return { kind: 'folder' };
  const head = new Uint8Array(64);
  let fd: number;
  try {
    // A FIFO would block open() for good, a device never end: both are refused, by name.
    fd = openRegularFileSync(path);
  } catch (e) {
    throw new Error(`cannot open weights file ${path}: ${(e as Error).message.replace(`${path}: `, '')}`);
  }
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const start = head.subarray(0, n);
  if (new TextDecoder('latin1').decode(start.subarray(0, BLOB_MAGIC.length)) === BLOB_MAGIC) return { kind: 'blob' };
  const format = sniffImageFormat(start);
  if (format) return { kind: 'image', format };
  // A zip archive (PyTorch ≥ 1.6) or a pickle stream (older PyTorch, opcode PROTO).
  if ((start[0] === 0x50 && start[1] === 0x4b) || start[0] === 0x80) return { kind: 'checkpoint' };
  return { kind: 'other', head: start };
}

/** A weights file as is; a checkpoint converted once into the cache; an image or a folder refused. */
function namedWeightsFile(named: string, via: string, places: WeightsPlaces, onConvert: EnsureWeightsOptions['onConvert']): string {
  const what = kindOf(named);
  if (what.kind === 'blob') return named;
  if (what.kind === 'folder') {
    throw new Error(`${named}${via} is a folder; weights are one file: a weights file written by fetch-weights or convert, or a PyTorch checkpoint (.pth)`);
  }
  if (what.kind === 'image') {
    throw new Error(`${named}${via} is a ${what.format.toUpperCase()} image, not weights; weights are a file written by fetch-weights or convert, ` +
      'or a PyTorch checkpoint (.pth). To classify the image, give it as an input, not as weights');
  }
  if (what.kind === 'other') {
    const hex = [...what.head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new Error(`${named}${via} is neither a weights file (written by fetch-weights or convert) nor a PyTorch checkpoint (.pth): ` +
      `it starts with the bytes ${hex || '(none: it is empty)'}`);
  }
  const bytes = readInputFileSync(named, MAX_CHECKPOINT_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const stem = basename(named, extname(named)).replace(/[^\w.-]+/g, '_') || 'checkpoint';
  const converted = join(dirname(places.cache), 'converted', `${stem}-${sha256.slice(0, 16)}.bin`);
  if (existsSync(converted)) return converted;
  const checkpoint = parseCheckpoint(bytes, named);
  onConvert?.(named, converted);
  writeCheckpointAsBlob(checkpoint, { fileName: basename(named), sha256 }, converted);
  return converted;
}
