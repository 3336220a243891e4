// Which image formats we decode, recognised by their first bytes (never by file name).
// JPEG, PNG, WebP, TIFF and AVIF go through sharp (libvips); GIF and BMP through our own decoders
// (gif.ts, bmp.ts), because sharp cannot read BMP and composites GIF transparency differently
// from PIL. AVIF has no PIL reference (Pillow 9.4 cannot open it): sharp's decoding is used as is.

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'bmp' | 'avif';

export const SUPPORTED_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'bmp', 'avif'];

/** For error messages. (GIF: the first frame; BMP: uncompressed.) */
export const SUPPORTED_FORMATS_TEXT = 'JPEG, PNG, WebP, GIF, TIFF, BMP, AVIF';

/** The most bytes sniffImageFormat looks at; reading this much of a file is enough to classify it. */
export const SNIFF_BYTES = 64;

function ascii(bytes: Uint8Array, start: number, text: string): boolean {
  if (bytes.length < start + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The ISO-BMFF brands (major + compatible) of an `ftyp` box at the start, or []. */
function ftypBrands(bytes: Uint8Array): string[] {
  if (!ascii(bytes, 4, 'ftyp') || bytes.length < 16) return [];
  const size = Math.min(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0, bytes.length);
  const brands = [String.fromCharCode(...bytes.subarray(8, 12))];
  for (let o = 16; o + 4 <= size; o += 4) brands.push(String.fromCharCode(...bytes.subarray(o, o + 4)));
  return brands;
}

/** The format of an encoded image from its magic bytes, or null if it is not one we decode. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 'PNG\r\n\x1a\n')) return 'png';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'webp';
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return 'gif';
  if ((ascii(b, 0, 'II') && b[2] === 42 && b[3] === 0) || (ascii(b, 0, 'MM') && b[2] === 0 && b[3] === 42)) return 'tiff';
  // "BM", then a header size PIL knows at offset 14 (OS/2 v1, v3, OS/2 v2, v4, v5).
  if (ascii(b, 0, 'BM') && b.length >= 18 && [12, 40, 64, 108, 124].includes(b[14] | (b[15] << 8) | (b[16] << 16) | (b[17] << 24))) return 'bmp';
  const brands = ftypBrands(b);
  if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  return null;
}

/** True if the bytes start like an image we can decode (for scanning folders by content). */
export function isImageHeader(bytes: Uint8Array): boolean {
  return sniffImageFormat(bytes) !== null;
}

/** A short guess at what unsupported bytes are, for the error message ("a ZIP archive"), or null. */
export function describeUnsupported(bytes: Uint8Array): string | null {
  const b = bytes;
  if (ascii(b, 0, 'PK\x03\x04') || ascii(b, 0, 'PK\x05\x06')) return 'a ZIP archive';
  if (ascii(b, 0, '%PDF')) return 'a PDF document';
  if (ascii(b, 0, '8BPS')) return 'a Photoshop document';
  if (ascii(b, 0, 'BM')) return 'a BMP with an unknown header';
  if (ascii(b, 0, 'II+\0') || ascii(b, 0, 'MM\0+')) return 'a BigTIFF';
  if (ascii(b, 0, '\0\0\0\x0cjP  ') || (b[0] === 0xff && b[1] === 0x4f && b[2] === 0xff && b[3] === 0x51)) return 'a JPEG 2000 image';
  if (ascii(b, 0, 'qoif')) return 'a QOI image';
  if (b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0) return 'an ICO icon';
  if (ascii(b, 0, '\xff\x0a') || ascii(b, 4, 'JXL ')) return 'a JPEG XL image';
  if (ftypBrands(b).length > 0) return 'a HEIF/HEIC image (only AVIF is supported)';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, SNIFF_BYTES)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || head.startsWith('<?xml')) return 'an SVG or XML document';
  if (b.length > 0 && b.subarray(0, SNIFF_BYTES).every((c) => c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127))) return 'text';
  return null;
}
