// conv1's filters as colour pictures: each of the 64 filters is 3 colour planes of 7×7 weights,
// drawn as one RGB tile. Weights are signed, so each filter is scaled by its own largest |w|
// around mid-grey: grey is 0, brighter is positive, darker is negative, per colour.

import sharp from 'sharp';
import type { Tensor } from '../tensor/tensor.js';
import { GAP_GREY, gridLayout, gridSize, tileOrigin, type GridImage } from './featureMapGrid.js';
import { drawNumber } from './tileLabels.js';

/** Filters enlarged to tiles of at least this many pixels (7×7 → 56×56). */
const FILTER_TILE = 56;

/** Weights [C_out, 3, kh, kw] → an RGB grid PNG of C_out tiles. */
export async function filterGrid(weights: Tensor, options: { labelTiles?: boolean } = {}): Promise<GridImage> {
  const [count, colours, height, width] = weights.shape;
  if (colours !== 3) throw new Error(`filterGrid draws filters over 3 colour planes, got ${colours}`);
  const layout = gridLayout(count, height, width, FILTER_TILE);
  const size = gridSize(layout);
  const pixels = new Uint8Array(size.width * size.height * 3).fill(GAP_GREY);
  const plane = height * width;
  for (let f = 0; f < count; f++) {
    const base = f * 3 * plane;
    let largest = 0;
    for (let i = 0; i < 3 * plane; i++) largest = Math.max(largest, Math.abs(weights.data[base + i]));
    const { x, y } = tileOrigin(layout, f);
    for (let py = 0; py < layout.tileHeight; py++) {
      for (let px = 0; px < layout.tileWidth; px++) {
        const source = Math.floor(py / layout.scale) * width + Math.floor(px / layout.scale);
        const at = ((y + py) * size.width + x + px) * 3;
        for (let c = 0; c < 3; c++) {
          const w = weights.data[base + c * plane + source];
          pixels[at + c] = largest > 0 ? Math.round(127.5 + (w / largest) * 127.5) : 128;
        }
      }
    }
    if (options.labelTiles) drawNumber(pixels, size.width, 3, x + 1, y + 1, f);
  }
  const png = await sharp(pixels, { raw: { width: size.width, height: size.height, channels: 3 } }).png({ compressionLevel: 4 }).toBuffer();
  return { ...layout, png };
}
