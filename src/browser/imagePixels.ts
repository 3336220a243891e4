// Images in a web page → 8-bit RGBA pixels for the PIL-exact transform (src/image/pixelsToTensor.ts).
//
// Encoded images (Blob, File) are decoded by the browser, as PIL's Image.open(f).convert('RGB')
// would see them as far as a browser allows: createImageBitmap with colorSpaceConversion 'none'
// (embedded colour profiles ignored, as PIL ignores them), premultiplyAlpha 'none', and EXIF
// orientation applied only when asked (torchvision ignores it). The pixels are then read back
// through an OffscreenCanvas. What this costs in fidelity, per format, is measured against PIL in
// test/browserLibrary.test.ts and tabled in the README: a 2D canvas stores premultiplied alpha, so
// pixels that are not opaque can come back slightly changed (fully transparent ones as black).

import type { RawPixels } from '../image/pixelsToTensor.js';
import { sniffImageFormat, type ImageFormat } from '../image/formats.js';

/** What classify() and steps() take as an image. */
export type ImageInput =
  | Blob
  | ImageBitmap
  | HTMLImageElement
  | HTMLCanvasElement
  | OffscreenCanvas
  | ImageData
  | RawPixels;

export interface DecodedPixels {
  pixels: RawPixels;
  /** The encoded format, where the input was a file; "raw" otherwise. */
  format: ImageFormat | 'raw';
}

export async function imagePixels(input: ImageInput, options: { autoOrient?: boolean } = {}): Promise<DecodedPixels> {
  if ((typeof ImageData !== 'undefined' && input instanceof ImageData) || ('data' in input && !('channels' in input))) {
    return { pixels: { data: input.data, width: input.width, height: input.height, channels: 4 }, format: 'raw' };
  }
  if ('channels' in input) return { pixels: input, format: 'raw' };
  if (input instanceof Blob) {
    const head = new Uint8Array(await input.slice(0, 64).arrayBuffer());
    const format = sniffImageFormat(head);
    if (input.size === 0) throw new Error('the image is empty (0 bytes)');
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(input, {
        colorSpaceConversion: 'none', premultiplyAlpha: 'none', imageOrientation: options.autoOrient ? 'from-image' : 'none',
      });
    } catch (error) {
      throw new Error(format
        ? `this ${format.toUpperCase()} image could not be decoded by the browser (${(error as Error).message})`
        : 'not an image this browser can decode');
    }
    try {
      return { pixels: drawnPixels(bitmap, bitmap.width, bitmap.height), format: format ?? 'raw' };
    } finally {
      bitmap.close();
    }
  }
  if (typeof HTMLImageElement !== 'undefined' && input instanceof HTMLImageElement) {
    if (!input.complete || input.naturalWidth === 0) await input.decode();
    return { pixels: drawnPixels(input, input.naturalWidth, input.naturalHeight), format: 'raw' };
  }
  return { pixels: drawnPixels(input, input.width, input.height), format: 'raw' };
}

/** The pixels of anything a 2D canvas can draw, at its own size. */
function drawnPixels(source: CanvasImageSource, width: number, height: number): RawPixels {
  if (!(width > 0 && height > 0)) throw new Error(`the image has no pixels (${width}×${height})`);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true, colorSpace: 'srgb' });
  if (!context) throw new Error('this browser gives no 2D canvas to read the pixels from');
  context.drawImage(source, 0, 0);
  const data = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' }).data;
  return { data, width, height, channels: 4 };
}
