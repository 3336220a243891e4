// torchvision's ToTensor + Normalize(mean, std), in float32 exactly as PyTorch computes them:
//   ToTensor:  x = float32(v) / 255                       (one float32 division)
//   Normalize: mean, std → float32 tensors; x.sub_(mean).div_(std)   (float32 sub, float32 div)
// Math.fround after each double operation gives the correctly rounded float32 result (a double
// holds more than 2·24 + 2 bits, so rounding twice cannot differ for +, −, ×, ÷). A pixel has only
// 256 values, so each channel is a 256-entry table.

import { tensor, type Tensor } from '../tensor/tensor.js';
import type { RgbImage } from './rgbImage.js';

/** The per-channel (R, G, B) mean torchvision's ImageNet models are normalised with. */
export const IMAGENET_MEAN: readonly [number, number, number] = [0.485, 0.456, 0.406];
/** The per-channel (R, G, B) standard deviation torchvision's ImageNet models are normalised with. */
export const IMAGENET_STD: readonly [number, number, number] = [0.229, 0.224, 0.225];

/** table[c · 256 + v] = the normalised float32 value of intensity v in channel c. */
export function normalizationTable(mean: readonly number[] = IMAGENET_MEAN, std: readonly number[] = IMAGENET_STD): Float32Array {
  if (mean.length !== 3 || std.length !== 3) throw new Error(`mean and std need 3 values (R, G, B), got ${mean.length} and ${std.length}`);
  const table = new Float32Array(3 * 256);
  for (let c = 0; c < 3; c++) {
    const m = Math.fround(mean[c]);
    const s = Math.fround(std[c]);
    if (s === 0) throw new Error(`std[${c}] is zero in float32`);
    for (let v = 0; v < 256; v++) table[c * 256 + v] = Math.fround(Math.fround(Math.fround(v / 255) - m) / s);
  }
  return table;
}

const IMAGENET_TABLE = normalizationTable();

/** ToTensor + Normalize: HWC uint8 RGB → CHW float32 tensor [3, height, width]. */
export function normalize(image: RgbImage, mean?: readonly number[], std?: readonly number[]): Tensor {
  const table = mean || std ? normalizationTable(mean, std) : IMAGENET_TABLE;
  const plane = image.width * image.height;
  const out = new Float32Array(3 * plane);
  const { data } = image;
  for (let c = 0; c < 3; c++) {
    const base = c * 256;
    const o = c * plane;
    for (let i = 0; i < plane; i++) out[o + i] = table[base + data[i * 3 + c]];
  }
  return tensor([3, image.height, image.width], out);
}
