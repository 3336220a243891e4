// Pixel data from the counter-based PRNG, as tools/golden/make_image_golden.py makes it:
// byte i = floor((uniform(key(name, seed), i) + 1) · 128).

import { streamKey, uniformAt } from '../../src/model/counterRandom.js';

export function stream(name: string, seed: number, length: number): Uint8Array {
  const key = streamKey(name, seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor((uniformAt(key, i) + 1) * 128);
  return out;
}
