// Turns classify's file arguments into images to classify, one at a time and in order: a .npy file
// [3, H, W] is one image, [N, 3, H, W] is N images named "file#0" … "file#N-1".

import { readFile } from 'node:fs/promises';
import { readNpy } from '../formats/npy.js';
import { formatShape, tensor, type Tensor } from '../tensor/tensor.js';

export interface InputImage {
  input: string;
  /** [3, H, W] */
  tensor: Tensor;
}

export type InputItem = InputImage | { input: string; error: string };

export async function* readInputs(paths: string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    let images: InputImage[];
    try {
      images = splitBatch(path, readNpy(await readInputFile(path), path));
    } catch (error) {
      yield { input: path, error: (error as Error).message.replace(`${path}: `, '') };
      continue;
    }
    yield* images;
  }
}

async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file');
    if (code === 'EISDIR') throw new Error('is a directory');
    throw error;
  }
}

function splitBatch(path: string, t: Tensor): InputImage[] {
  const shape = t.shape;
  const isImage = shape.length === 3 && shape[0] === 3;
  const isBatch = shape.length === 4 && shape[1] === 3;
  if (!isImage && !isBatch) {
    const hint = shape.length === 3 && shape[2] === 3 ? ' (this looks like H×W×3: transpose it to 3×H×W)' : '';
    throw new Error(`tensor is ${formatShape(shape)}, expected [3, 224, 224] or [N, 3, 224, 224]${hint}`);
  }
  if (shape[shape.length - 1] < 1 || shape[shape.length - 2] < 1) throw new Error(`tensor ${formatShape(shape)} has no pixels`);
  if (isImage) return [{ input: path, tensor: t }];
  const size = 3 * shape[2] * shape[3];
  return Array.from({ length: shape[0] }, (_, i) => ({
    input: `${path}#${i}`,
    tensor: tensor([3, shape[2], shape[3]], t.data.subarray(i * size, (i + 1) * size)),
  }));
}
