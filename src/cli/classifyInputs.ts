// Turns classify's arguments into images to classify, in order:
//   - a .npy file [3, H, W] is one image; [N, 3, H, W] is N images named "file#0" … "file#N-1";
//   - any other file is decoded as an image (`decodeImage`), an error naming the file if it is not one;
//   - a directory contributes the files in it (sorted by name; subdirectories too with --recursive)
//     that are .npy tensors or images by their content — not by their extension — and nothing else
//     (the files left out are counted, so that the run can say so); a directory that contributes
//     nothing is an error, as is a .npy batch of 0 images;
//   - "-" is one file read from stdin (an image or a .npy tensor).

import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readInputFile } from '../formats/inputFile.js';
import { isNpyHeader, readNpy } from '../formats/npy.js';
import { formatShape, tensor, type Tensor } from '../tensor/tensor.js';

export interface InputImage {
  input: string;
  /** [3, H, W] */
  tensor: Tensor;
}

export type InputItem = InputImage | { input: string; error: string };

export interface InputSources {
  recursive: boolean;
  /** Whether the first bytes of a file are an image format this build decodes. */
  isImage: (head: Uint8Array) => boolean;
  /** The preprocessed [3, 224, 224] tensor of an encoded image. */
  decodeImage: (bytes: Uint8Array, path: string) => Promise<Tensor>;
  /** All of stdin, for the input "-". */
  readStdin?: () => Promise<Uint8Array>;
}

/** The argument that stands for stdin. */
export const STDIN = '-';

/** Activations grow with the input: beyond this the arena would need gigabytes. */
const MAX_PIXELS = 4 * 2 ** 20;
/**
 * Nor may one side be long: the network halves each side down to 1, never below, so a [3, 1, 4000000]
 * tensor (4 Mpx) keeps its whole length through every layer and needed 3.4 GB. With both bounds the
 * worst input is 4096×1024, which costs what 2048×2048 does.
 */
const MAX_SIDE = 4096;

/** Why an image tensor of h×w pixels is refused (classify and verify take the same), or undefined. */
export function tensorSizeProblem(shape: readonly number[]): string | undefined {
  const [h, w] = shape.slice(-2);
  if (h < 1 || w < 1) return `tensor ${formatShape(shape)} has no pixels`;
  if (h * w > MAX_PIXELS) {
    return `tensor ${formatShape(shape)} has ${h}×${w} pixels per image, more than ${MAX_PIXELS / 2 ** 20} Mpx; ImageNet models take 224×224`;
  }
  if (Math.max(h, w) > MAX_SIDE) {
    return `tensor ${formatShape(shape)} is ${h}×${w} pixels per image, a side longer than ${MAX_SIDE}; ImageNet models take 224×224`;
  }
  return undefined;
}

/** A directory argument's files that were left out because they are neither images nor .npy tensors. */
export interface SkippedFiles {
  directory: string;
  /** Their paths, in the order they were found. */
  files: string[];
}

/** The files to read, in order, and what directories held besides. */
export interface InputList {
  files: { path: string; error?: string }[];
  skipped: SkippedFiles[];
}

/** Every file to read, in order: arguments as given, directories expanded. */
export async function listInputs(paths: string[], sources: InputSources): Promise<InputList> {
  const files: { path: string; error?: string }[] = [];
  const skipped: SkippedFiles[] = [];
  let skippedHere: string[] = [];
  /** Directories walked from the current argument, to stop at symbolic link loops. */
  const visited = new Set<string>();
  const walk = async (directory: string): Promise<void> => {
    const real = await realpath(directory);
    if (visited.has(real)) return; // a symbolic link loop
    visited.add(real);
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      if (info.isDirectory()) {
        if (sources.recursive) await walk(path);
      } else if (info.isFile()) {
        if (await looksClassifiable(path, sources)) files.push({ path });
        else skippedHere.push(path);
      }
    }
  };
  let stdinSeen = false;
  for (const path of paths) {
    if (path === STDIN) {
      files.push(stdinSeen ? { path, error: 'stdin can be read only once' } : { path });
      stdinSeen = true;
      continue;
    }
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) files.push({ path, error: info.code === 'ENOENT' ? 'no such file or directory' : info.message });
    else if (info.isDirectory()) {
      const before = files.length;
      visited.clear(); // a directory given twice is listed twice, like a file
      skippedHere = [];
      await walk(path);
      if (files.length === before) files.push({ path, error: await noImagesIn(path, sources.recursive) });
      else if (skippedHere.length > 0) skipped.push({ directory: path, files: skippedHere });
    } else files.push({ path });
  }
  return { files, skipped };
}

/** "photos: skipped 2 files that are not images or .npy tensors (notes.txt, data.csv)", for stderr. */
export function skippedNote({ directory, files }: SkippedFiles): string {
  const names = files.slice(0, 3).map((f) => f.slice(directory.length).replace(/^[\\/]+/, ''));
  const more = files.length > names.length ? `, and ${files.length - names.length} more` : '';
  const what = files.length === 1 ? 'file that is not an image or a .npy tensor' : 'files that are not images or .npy tensors';
  return `${directory}: skipped ${files.length} ${what} (${names.join(', ')}${more})`;
}

/** Why a directory contributed no input. */
async function noImagesIn(directory: string, recursive: boolean): Promise<string> {
  const entries = await readdir(directory, { withFileTypes: true });
  if (!recursive && entries.some((e) => e.isDirectory())) {
    return 'has no images or .npy tensors at its top level (use --recursive to look in subdirectories)';
  }
  return entries.length === 0 ? 'is an empty directory' : `has no images or .npy tensors${recursive ? ', subdirectories included' : ''}`;
}

async function looksClassifiable(path: string, sources: InputSources): Promise<boolean> {
  const head = new Uint8Array(64);
  const file = await open(path, 'r').catch(() => null);
  if (!file) return false;
  try {
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    return isNpyHeader(start) || sources.isImage(start);
  } finally {
    await file.close();
  }
}

/** The images of one file: a .npy tensor (one or a batch) or a decoded, preprocessed image. */
export async function readInput(path: string, sources: InputSources): Promise<InputItem[]> {
  try {
    const bytes = path === STDIN ? await readStdin(sources) : await readInputFile(path);
    if (isNpyHeader(bytes)) return splitBatch(path, readNpy(bytes, path));
    return [{ input: path, tensor: await sources.decodeImage(bytes, path) }];
  } catch (error) {
    return [{ input: path, error: (error as Error).message.replace(`${path}: `, '') }];
  }
}

async function readStdin(sources: InputSources): Promise<Uint8Array> {
  if (!sources.readStdin) throw new Error('stdin is not available here');
  const bytes = await sources.readStdin();
  if (bytes.length === 0) throw new Error('stdin was empty: pipe an image or a .npy tensor in (resnet18 classify - < photo.jpg)');
  return bytes;
}

function splitBatch(path: string, t: Tensor): InputImage[] {
  const shape = t.shape;
  const isImage = shape.length === 3 && shape[0] === 3;
  const isBatch = shape.length === 4 && shape[1] === 3;
  if (!isImage && !isBatch) {
    const hint = shape.length === 3 && shape[2] === 3 ? ' (this looks like H×W×3: transpose it to 3×H×W)' : '';
    throw new Error(`tensor is ${formatShape(shape)}, expected [3, 224, 224] or [N, 3, 224, 224]${hint}`);
  }
  if (isBatch && shape[0] === 0) throw new Error(`tensor ${formatShape(shape)} is a batch of no images`);
  const problem = tensorSizeProblem(shape);
  if (problem) throw new Error(problem);
  const bad = t.data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`tensor holds ${t.data[bad]} at flat index ${bad}; every value must be a finite number`);
  if (isImage) return [{ input: path, tensor: t }];
  const size = 3 * shape[2] * shape[3];
  return Array.from({ length: shape[0] }, (_, i) => ({
    input: `${path}#${i}`,
    tensor: tensor([3, shape[2], shape[3]], t.data.subarray(i * size, (i + 1) * size)),
  }));
}
