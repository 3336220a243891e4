// The network's input as a picture: the normalised [3, H, W] tensor mapped back to 8-bit RGB
// (x·std + mean, ×255), i.e. the resized and cropped photo exactly as the first layer sees it.

import sharp from 'sharp';
import { IMAGENET_MEAN, IMAGENET_STD } from '../image/normalize.js';

export async function inputImage(values: Float32Array, height: number, width: number): Promise<{ png: Buffer; width: number; height: number }> {
  const plane = height * width;
  const pixels = new Uint8Array(plane * 3);
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < plane; i++) {
      const v = (values[c * plane + i] * IMAGENET_STD[c] + IMAGENET_MEAN[c]) * 255;
      pixels[i * 3 + c] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  const png = await sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 4 }).toBuffer();
  return { png, width, height };
}
