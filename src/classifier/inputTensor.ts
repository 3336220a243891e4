// What classify() and steps() accept, turned into the one image tensor the engine takes:
//
//   a file path ─ read ─┬─ .npy (by its magic, whatever the name) ─ readNpy ──────────┐
//   bytes ──────────────┴─ an image (JPEG, PNG, …) ─ torchvision's preprocessing ──────┤
//   raw RGB(A) pixels ───────────────────────────── torchvision's preprocessing ──────┼─ [3, H, W]
//   a Tensor [3, H, W] or [1, 3, H, W] ───────────────────────────────────────────────┘
//
// Errors name the input once ("cat.jpg: not an image in a supported format …").

import { readInputFile } from '../formats/inputFile.js';
import { isNpyHeader, readNpy } from '../formats/npy.js';
import type { DecodeOptions } from '../image/decodeImage.js';
import { preprocess, type RawPixels } from '../image/preprocess.js';
import { formatShape, type Tensor } from '../tensor/tensor.js';

/**
 * One image, in any form the library takes: a file path (an image, or a NumPy .npy float32 tensor
 * recognised by its content), the bytes of either (`Uint8Array` or `Buffer`), raw 8-bit RGB(A)
 * pixels, or a preprocessed tensor [3, H, W] / [1, 3, H, W]. Images are preprocessed as
 * torchvision's ImageNet transform does; tensors are taken as already preprocessed.
 */
export type ClassifyInput = string | Uint8Array | RawPixels | Tensor;

/** Whether an input object is a tensor (a `Float32Array` with a shape), not raw pixels. */
function isTensor(input: RawPixels | Tensor): input is Tensor {
  return 'shape' in input && input.data instanceof Float32Array;
}

/** The [3, H, W] or [1, 3, H, W] tensor of one input; `source` names it in errors. */
export async function inputTensor(input: ClassifyInput, options: DecodeOptions = {}): Promise<Tensor> {
  if (typeof input === 'string') return tensorOfBytes(await readInputFile(input), options, input);
  if (input instanceof Uint8Array) return tensorOfBytes(input, options, options.source);
  if (input === null || typeof input !== 'object') {
    throw new TypeError(`an input is a file path, image or .npy bytes, raw pixels or a tensor, got ${input === null ? 'null' : typeof input}`);
  }
  if (isTensor(input)) return oneImage(input, options.source ?? 'the input tensor');
  return (await preprocess(input, options)).tensor;
}

/** A file's bytes (a regular file of at most 256 MiB), or an error naming the file once, in words. */
export { readInputFile };

async function tensorOfBytes(bytes: Uint8Array, options: DecodeOptions, source: string | undefined): Promise<Tensor> {
  if (isNpyHeader(bytes)) return oneImage(readNpy(bytes, source ?? 'the .npy bytes'), source ?? 'the .npy bytes');
  return (await preprocess(bytes, { ...options, source })).tensor;
}

/** Checks a tensor is one image [3, H, W] / [1, 3, H, W] of finite values. */
function oneImage(t: Tensor, source: string): Tensor {
  const s = t.shape;
  if (!((s.length === 3 && s[0] === 3) || (s.length === 4 && s[0] === 1 && s[1] === 3)) || s.at(-1)! < 1 || s.at(-2)! < 1) {
    const hint = s.length === 3 && s[2] === 3 ? ' (this looks like H×W×3: transpose it to 3×H×W)'
      : s.length === 4 && s[1] === 3 ? ' (a batch: pass it to forward(), or one image at a time)' : '';
    throw new Error(`${source}: tensor is ${formatShape(s)}, expected one image [3, H, W] or [1, 3, H, W]${hint}`);
  }
  const bad = t.data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`${source}: tensor holds ${t.data[bad]} at flat index ${bad}; every value must be a finite number`);
  return t;
}
