// ToTensor + Normalize as torchvision computes them in float32: for each channel c,
//
//   x = fround(byte / 255);  x = fround(x - mean_c);  x = fround(x / std_c)
//
// with mean and std themselves rounded to float32 first (torch.as_tensor(mean, dtype=float32)).
// Each step is one float64 operation rounded once to float32, which equals the float32 operation
// exactly (53 ≥ 2·24 + 2 bits: double rounding cannot differ for +, −, ×, ÷).
// Output: [3, H, W] planar (CHW) from interleaved RGB bytes.

import { tensor, type Tensor } from '../tensor/tensor.js';
import type { RgbImage } from './pillowResize.js';

export const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
export const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

export function normalize(image: RgbImage, mean: readonly number[] = IMAGENET_MEAN, std: readonly number[] = IMAGENET_STD): Tensor {
  const plane = image.width * image.height;
  const out = tensor([3, image.height, image.width]);
  for (let c = 0; c < 3; c++) {
    const m = Math.fround(mean[c]);
    const s = Math.fround(std[c]);
    for (let i = 0; i < plane; i++) {
      const x = Math.fround(image.data[i * 3 + c] / 255);
      out.data[c * plane + i] = Math.fround(x - m) / s;
    }
  }
  return out;
}
