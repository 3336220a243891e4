// Channel numbers drawn into tiles with a built-in 3×5 pixel font, so the maps need no system
// fonts: white digits on a black box in the tile's top-left corner.

const DIGITS = [
  '111101101101111', '010110010010111', '111001111100111', '111001111001111', '101101111001001',
  '111100111001111', '111100111101111', '111001001001001', '111101111101111', '111101111001111',
];

/** Draws `value` at (x, y) into an image of `channels` bytes per pixel (1 grey or 3 RGB). */
export function drawNumber(pixels: Uint8Array, imageWidth: number, channels: number, x: number, y: number, value: number): void {
  const text = String(value);
  const boxWidth = text.length * 4 + 1;
  for (let by = 0; by < 7; by++) {
    for (let bx = 0; bx < boxWidth; bx++) setPixel(pixels, imageWidth, channels, x + bx, y + by, 0);
  }
  [...text].forEach((digit, i) => {
    const glyph = DIGITS[Number(digit)];
    for (let gy = 0; gy < 5; gy++) {
      for (let gx = 0; gx < 3; gx++) {
        if (glyph[gy * 3 + gx] === '1') setPixel(pixels, imageWidth, channels, x + 1 + i * 4 + gx, y + 1 + gy, 255);
      }
    }
  });
}

function setPixel(pixels: Uint8Array, imageWidth: number, channels: number, x: number, y: number, value: number): void {
  const at = (y * imageWidth + x) * channels;
  for (let k = 0; k < channels; k++) pixels[at + k] = value;
}
