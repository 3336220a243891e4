// A folder of reference outputs recorded with PyTorch (tools/reference/record_references.py), as
// `resnet18 verify` reads it:
//
//   manifest.json        {"format": "resnet18-ts references 1", "checkpoint": {"file", "sha256"},
//                         "numClasses", "images": [{"name", "input"?, "image"?, "logits", "top5"?}], …}
//   inputs/NAME.npy      [3, H, W] float32: the tensor PyTorch classified          (optional)
//   images/NAME          the image itself, to check decoding and preprocessing too  (optional)
//   logits/NAME.npy      [classes] float32: PyTorch's logits
//
// Each image needs logits and at least one of input and image. Paths are relative to the folder
// and may not leave it.

import { isAbsolute, join, normalize, sep } from 'node:path';
import { readInputFileSync } from '../formats/inputFile.js';
import { readNpy } from '../formats/npy.js';
import type { Tensor } from '../tensor/tensor.js';
import { CliError } from './cliError.js';

export const REFERENCES_FORMAT = 'resnet18-ts references 1';
/** A manifest lists names and paths, about 150 bytes an image: 64 MiB is far more than any set of references. */
const MAX_MANIFEST_BYTES = 64 * 2 ** 20;

export interface ReferenceImage {
  name: string;
  /** The input tensor's path, when recorded. */
  input?: string;
  /** The image file's path, when copied. */
  image?: string;
  /** PyTorch's logits. */
  logits: Float32Array;
}

export interface ReferenceSet {
  dir: string;
  checkpoint?: { file?: string; sha256?: string };
  numClasses: number;
  /** "torch 1.13.0, torchvision 0.14.1" when recorded. */
  recordedWith?: string;
  images: ReferenceImage[];
}

interface ManifestImage { name?: unknown; input?: unknown; image?: unknown; logits?: unknown }

/** Reads and checks a references folder; errors name the file and what is wrong with it. */
export function readReferenceSet(dir: string): ReferenceSet {
  const manifestPath = join(dir, 'manifest.json');
  let text: string;
  let manifest: { format?: unknown; checkpoint?: { file?: string; sha256?: string }; numClasses?: unknown; torch?: string; torchvision?: string; images?: unknown };
  try {
    text = new TextDecoder().decode(readInputFileSync(manifestPath, MAX_MANIFEST_BYTES));
  } catch (error) {
    throw new CliError(/: no such file$/.test((error as Error).message)
      ? `${manifestPath} does not exist: record references with tools/reference/record_references.py (see its --help)`
      : (error as Error).message);
  }
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${manifestPath} is not valid JSON: ${(error as Error).message}`);
  }
  if (manifest.format !== REFERENCES_FORMAT) {
    throw new CliError(`${manifestPath}: format is ${JSON.stringify(manifest.format)}, expected "${REFERENCES_FORMAT}"`);
  }
  if (!Array.isArray(manifest.images) || manifest.images.length === 0) throw new CliError(`${manifestPath} lists no images`);
  const inside = (value: unknown, what: string, name: string): string | undefined => {
    if (value === undefined) return undefined;
    const path = typeof value === 'string' ? normalize(value) : '';
    if (!path || isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) {
      throw new CliError(`${manifestPath}: image ${name}: ${what} must be a path inside the folder, got ${JSON.stringify(value)}`);
    }
    return join(dir, path);
  };
  const images = (manifest.images as ManifestImage[]).map((entry, i): ReferenceImage => {
    const name = typeof entry.name === 'string' ? entry.name : `#${i}`;
    const logitsPath = inside(entry.logits, 'logits', name);
    if (!logitsPath) throw new CliError(`${manifestPath}: image ${name} has no logits`);
    const input = inside(entry.input, 'input', name);
    const image = inside(entry.image, 'image', name);
    if (!input && !image) throw new CliError(`${manifestPath}: image ${name} has neither an input tensor nor an image`);
    const logits = readTensor(logitsPath);
    if (logits.shape.length !== 1) throw new CliError(`${logitsPath}: logits are [${logits.shape.join(', ')}], expected one row [classes]`);
    return { name, input, image, logits: logits.data };
  });
  const numClasses = typeof manifest.numClasses === 'number' ? manifest.numClasses : images[0].logits.length;
  const odd = images.find((im) => im.logits.length !== numClasses);
  if (odd) throw new CliError(`${manifestPath}: image ${odd.name} has ${odd.logits.length} logits, expected ${numClasses}`);
  const recordedWith = manifest.torch ? `torch ${manifest.torch}${manifest.torchvision ? `, torchvision ${manifest.torchvision}` : ''}` : undefined;
  return { dir, checkpoint: manifest.checkpoint, numClasses, recordedWith, images };
}

/** A .npy file, with errors naming it. */
export function readTensor(path: string): Tensor {
  let bytes: Uint8Array;
  try {
    bytes = readInputFileSync(path);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  try {
    return readNpy(bytes, path);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
