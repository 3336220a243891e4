// 16-bit grey PNGs decoded without a browser's help (src/image/pngGrey16.ts): the browser path uses
// it because browsers keep the high byte where PIL clips.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertToRgb } from '../src/image/convertToRgb.js';
import { decodePngGrey16 } from '../src/image/pngGrey16.js';

const GOLDEN = 'test/golden/images';
const manifest = JSON.parse(readFileSync(`${GOLDEN}/manifest.json`, 'utf8')) as { images: { file: string; mode: string; format: string; rgb_sha256: string }[]; formats: { file: string; mode: string; format: string; rgb_sha256: string }[] };
const golden = [...manifest.images, ...manifest.formats].filter((g) => g.format === 'PNG');

describe('16-bit grey PNGs', () => {
  it.each(golden.filter((g) => g.mode === 'I').map((g) => [g.file, g] as const))('%s: PIL\'s convert(\'RGB\') bytes, values clipped at 255', (file, g) => {
    const decoded = decodePngGrey16(readFileSync(`${GOLDEN}/${file}`));
    expect(decoded?.mode).toBe('I16');
    const rgb = convertToRgb(decoded!);
    expect(createHash('sha256').update(rgb.data).digest('hex')).toBe(g.rgb_sha256);
  });

  it('leaves every other PNG to the browser', () => {
    const others = golden.filter((g) => g.mode !== 'I');
    expect(others.length).toBeGreaterThan(10);
    for (const g of others) expect(decodePngGrey16(readFileSync(`${GOLDEN}/${g.file}`)), g.file).toBeNull();
  });
});
