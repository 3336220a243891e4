// What to say when the weights cannot be downloaded: every way forward that needs no access to
// download.pytorch.org, with the command as this user runs it. Every download error ends with it.

import { DEFAULT_WEIGHTS_URL, digestPrefixFromUrl } from '../weights/download.js';

/** torchvision's file name ("resnet18-f37072fd.pth") and the SHA-256 digits it carries. */
const FILE = DEFAULT_WEIGHTS_URL.slice(DEFAULT_WEIGHTS_URL.lastIndexOf('/') + 1);
const DIGITS = digestPrefixFromUrl(DEFAULT_WEIGHTS_URL) ?? '';

/**
 * The ways to get the weights without download.pytorch.org, as one sentence: convert a checkpoint
 * obtained elsewhere, fetch it from a mirror (still SHA-256 checked), or name a file with
 * RESNET18_WEIGHTS or --weights. `command` is how the user runs the CLI, `target` where
 * convert and fetch-weights write; `named` when the user chose that file (-o), so the commands
 * shown write there too.
 */
export function weightsAlternatives(command: string, target: string, named = false): string {
  const output = named ? ` -o ${target}` : '';
  return `Without download.pytorch.org, any of these works: copy ${FILE} from elsewhere and run ${command} convert ${FILE}${output} ` +
    `(it writes ${target}); or download it from a mirror with ${command} fetch-weights --url https://MIRROR/${FILE} --sha256 ${DIGITS}${output}; ` +
    `or set RESNET18_WEIGHTS (or pass --weights) to a weights file or a .pth checkpoint`;
}

/** An error message as a sentence, so that advice can follow it: "… ENOTFOUND host." */
export function asSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
