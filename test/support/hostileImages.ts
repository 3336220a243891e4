// Small files that decode to large images, as an attacker would send them (tests and
// bench/hostile.ts): a JPEG whose frame header declares a huge size over a few hundred bytes of
// scan data, and a GIF of one colour that LZW packs into about 30 KB for 40 megapixels.

import sharp from 'sharp';

/** A JPEG of `bytes` length about 300 declaring width×height (libjpeg fills the missing scan with grey). */
export async function declaredJpeg(width: number, height: number, colour = '#7850c8'): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: colour } }).jpeg().toBuffer();
  for (let i = 2; i + 9 < jpeg.length; i += 2 + jpeg.readUInt16BE(i + 2)) {
    if (jpeg[i + 1] >= 0xc0 && jpeg[i + 1] <= 0xc2) {
      jpeg.writeUInt16BE(height, i + 5);
      jpeg.writeUInt16BE(width, i + 7);
      return jpeg;
    }
  }
  throw new Error('no frame header (SOF) in the JPEG sharp made');
}

/**
 * A width×height GIF of palette index 0 (colour `rgb`), one frame. Its LZW stream is written
 * directly: after a clear code, a run of one value is coded as 0, then the codes clear+2,
 * clear+3, … each one pixel longer than the one before, with the code width growing exactly as
 * the decoder's (gif.ts, lzwDecode) does; a clear code restarts before the table fills.
 */
export function uniformGif(width: number, height: number, rgb: [number, number, number] = [200, 120, 40]): Buffer {
  const minCodeSize = 2;
  const clear = 1 << minCodeSize;
  const bytes: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  const put = (code: number, size: number): void => {
    bitBuffer |= code << bitCount;
    bitCount += size;
    while (bitCount >= 8) {
      bytes.push(bitBuffer & 0xff);
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  let remaining = width * height;
  let codeSize = minCodeSize + 1;
  while (remaining > 0) {
    // A clear code (read at the width in use), then a fresh table.
    put(clear, codeSize);
    codeSize = minCodeSize + 1;
    put(0, codeSize);
    remaining -= 1;
    let next = clear + 2;
    for (let length = 2; remaining > 0 && next < 4095; length++) {
      put(next, codeSize);
      remaining -= length;
      // The decoder adds an entry for every code after the first, then widens at a power of two.
      next++;
      if (next === 1 << codeSize && codeSize < 12) codeSize++;
    }
  }
  put(clear + 1, codeSize);
  if (bitCount > 0) bytes.push(bitBuffer & 0xff);
  const blocks: number[] = [];
  for (let i = 0; i < bytes.length; i += 255) {
    const block = bytes.slice(i, i + 255);
    blocks.push(block.length, ...block);
  }
  blocks.push(0);
  const header = Buffer.from([
    ...Buffer.from('GIF89a'), width & 0xff, width >> 8, height & 0xff, height >> 8,
    0xf1, 0, 0, // global colour table of 4 entries
    ...rgb, 0, 0, 0, 255, 255, 255, 10, 20, 30,
    0x2c, 0, 0, 0, 0, width & 0xff, width >> 8, height & 0xff, height >> 8, 0,
    minCodeSize,
  ]);
  return Buffer.concat([header, Buffer.from(blocks), Buffer.from([0x3b])]);
}
