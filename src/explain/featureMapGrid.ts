// Feature maps as pictures: a layer's C channels of H×W values laid out as a grid of greyscale
// tiles, each channel stretched to its own min..max (so a quiet channel's pattern still shows),
// small maps enlarged by whole pixels so every tile is big enough to see.
//
//   tile of channel c:  col = c % columns, row = floor(c / columns)
//                       x = gap + col·(tileWidth + gap), y = gap + row·(tileHeight + gap)
//
// The web page crops tiles out of the PNG with that formula, so it is part of the contract.

import sharp from 'sharp';
import { drawNumber } from './tileLabels.js';

export interface GridLayout {
  count: number;
  columns: number;
  rows: number;
  /** Tile size in PNG pixels: the map's size times `scale`. */
  tileWidth: number;
  tileHeight: number;
  gap: number;
  scale: number;
}

export interface GridImage extends GridLayout {
  png: Buffer;
}

/** Smallest tile side worth looking at, in pixels (layer4's 7×7 maps become 28×28). */
const MIN_TILE = 28;
/** Pixels between tiles, and their grey. */
const GAP = 2;
export const GAP_GREY = 48;

/** Roughly square grids for 64 channels (8×8), wider ones for more (16 columns for 128 and 256, 32 for 512). */
export function gridLayout(count: number, height: number, width: number, minTile = MIN_TILE): GridLayout {
  const columns = Math.min(count, 2 ** Math.ceil(Math.log2(Math.sqrt(count))));
  const scale = Math.max(1, Math.ceil(minTile / Math.min(height, width)));
  return {
    count, columns, rows: Math.ceil(count / columns),
    tileWidth: width * scale, tileHeight: height * scale, gap: GAP, scale,
  };
}

export function tileOrigin(layout: GridLayout, channel: number): { x: number; y: number } {
  return {
    x: layout.gap + (channel % layout.columns) * (layout.tileWidth + layout.gap),
    y: layout.gap + Math.floor(channel / layout.columns) * (layout.tileHeight + layout.gap),
  };
}

export function gridSize(layout: GridLayout): { width: number; height: number } {
  return {
    width: layout.gap + layout.columns * (layout.tileWidth + layout.gap),
    height: layout.gap + layout.rows * (layout.tileHeight + layout.gap),
  };
}

/** One channel's values → 0..255 over its own min..max; a constant channel is black. */
export function channelToGrey(values: Float32Array, offset: number, length: number, out: Uint8Array): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < length; i++) {
    const v = values[offset + i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  for (let i = 0; i < length; i++) out[i] = range > 0 ? Math.round(((values[offset + i] - min) / range) * 255) : 0;
}

/** The C channels of one image's [C, H, W] output (starting at `offset`) as a greyscale grid PNG. */
export async function featureMapGrid(
  values: Float32Array, offset: number, channels: number, height: number, width: number,
  options: { labelTiles?: boolean } = {},
): Promise<GridImage> {
  const layout = gridLayout(channels, height, width);
  const size = gridSize(layout);
  const pixels = new Uint8Array(size.width * size.height).fill(GAP_GREY);
  const grey = new Uint8Array(height * width);
  for (let c = 0; c < channels; c++) {
    channelToGrey(values, offset + c * height * width, height * width, grey);
    const { x, y } = tileOrigin(layout, c);
    for (let py = 0; py < layout.tileHeight; py++) {
      const row = (y + py) * size.width + x;
      const source = Math.floor(py / layout.scale) * width;
      for (let px = 0; px < layout.tileWidth; px++) pixels[row + px] = grey[source + Math.floor(px / layout.scale)];
    }
    if (options.labelTiles) drawNumber(pixels, size.width, 1, x + 1, y + 1, c);
  }
  // b-w: a greyscale PNG (libvips would otherwise write one grey channel as RGB).
  const png = await sharp(pixels, { raw: { width: size.width, height: size.height, channels: 1 } })
    .toColourspace('b-w')
    .png({ compressionLevel: 4, adaptiveFiltering: false })
    .toBuffer();
  return { ...layout, png };
}
