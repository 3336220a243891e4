// The weights file loadModel() reads: the one named, else the first found of the default places
// (weightsLocation.ts), else torchvision's checkpoint downloaded on first use — SHA-256 checked,
// converted, and written atomically where fetch-weights would write it, so it is fetched once.
// Offline (offline: true or RESNET18_OFFLINE=1) nothing touches the network: a missing file is an
// error that says which command gets it.

import { existsSync } from 'node:fs';
import { DEFAULT_WEIGHTS_URL, downloadWeights } from '../weights/download.js';
import { weightsCandidates, weightsPlaces, weightsTarget, type Environment, type WeightsPlaces } from './weightsLocation.js';

/** How far the first-use download has come. */
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
  /** A weights file to use; it is never downloaded, only checked to exist. */
  weights?: string;
  /** Never use the network. Default: false, or true when RESNET18_OFFLINE=1. */
  offline?: boolean;
  /** Where the first-use download comes from. Default: torchvision's ImageNet checkpoint (DEFAULT_WEIGHTS_URL). */
  weightsUrl?: string;
  /** Called as the first-use download progresses (not called when the file is already there). */
  onDownloadProgress?: (progress: DownloadProgress) => void;
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
    if (existsSync(named)) return named;
    const via = options.weights === undefined ? ' (from RESNET18_WEIGHTS)' : '';
    throw new Error(
      `no weights at ${named}${via}. Get torchvision's ImageNet weights there with: ${get} fetch-weights -o ${named} ` +
        `(or convert a checkpoint: ${get} convert model.pth -o ${named})`,
    );
  }
  const found = weightsCandidates(places).find((path) => existsSync(path));
  if (found) return found;

  const target = weightsTarget(places);
  const offline = options.offline ?? places.offline;
  if (offline) {
    const why = options.offline ? 'offline: true' : 'RESNET18_OFFLINE=1';
    throw new Error(
      `no weights at ${weightsCandidates(places).join(' or ')}, and ${why} forbids downloading them. ` +
        `Get torchvision's ImageNet weights once, online, with: ${get} fetch-weights (it writes ${target}), ` +
        `or convert a checkpoint: ${get} convert model.pth; or set RESNET18_WEIGHTS to a weights file`,
    );
  }
  const url = options.weightsUrl ?? DEFAULT_WEIGHTS_URL;
  const progress = options.onDownloadProgress;
  try {
    await downloadWeights({
      url,
      outPath: target,
      onProgress: progress && ((bytes, total) => progress({ url, path: target, bytes, total })),
    });
  } catch (error) {
    throw new Error(
      `no weights yet, and downloading them into ${target} failed: ${(error as Error).message} ` +
        `(to download them yourself: ${get} fetch-weights; to never download: RESNET18_OFFLINE=1)`,
      { cause: error },
    );
  }
  return target;
}
