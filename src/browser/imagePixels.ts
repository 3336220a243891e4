// Images in a web page → 8-bit RGBA pixels for the PIL-exact transform (src/image/pixelsToTensor.ts).
//
// Encoded images (Blob, File), as PIL's Image.open(f).convert('RGB') sees them, as far as a
// browser allows:
// - GIF and BMP by this project's own decoders (src/image/gif.ts, bmp.ts), which follow PIL's
//   rules exactly (transparent pixels keep their palette colour, frames outside the screen, …),
//   and 16-bit grey PNGs (src/image/pngGrey16.ts: PIL clips their values, browsers do not);
// - the rest by the browser: createImageBitmap with colorSpaceConversion 'none' (embedded colour
//   profiles ignored, as PIL ignores them) and premultiplyAlpha 'none', read back through WebGL
//   (a texture uploaded without premultiplying, so pixels that are not opaque keep their colour
//   exactly), or a 2D canvas where there is no WebGL (it premultiplies: translucent pixels change,
//   transparent ones come back black);
// - EXIF orientation applied only when asked (torchvision ignores it): Chromium applies it even
//   with imageOrientation 'none', so it is undone here when the browser is found to do that.
// How far this is from PIL, per format, is measured in test/browserLibrary.test.ts and tabled in
// the README.

import { decodeBmp } from '../image/bmp.js';
import { convertToRgb } from '../image/convertToRgb.js';
import { jpegOrientation, undoOrientation } from '../image/exifOrientation.js';
import { sniffImageFormat, type ImageFormat } from '../image/formats.js';
import { decodeGif } from '../image/gif.js';
import { cropSource, type PixelWindow, type RawPixels, type Region } from '../image/pixelsToTensor.js';
import { decodePngGrey16 } from '../image/pngGrey16.js';
import { ImageDecodeError } from '../image/imageDecodeError.js';

/** Images whose header declares more pixels are refused before decoding (as on Node). */
const MAX_PIXELS = 100_000_000;

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
    // ImageDecodeError's codes, as on Node, so that a page can say what went wrong in its own words.
    if (input.size === 0) throw new ImageDecodeError('empty', 'the image is empty (0 bytes)');
    const bytes = new Uint8Array(await input.arrayBuffer());
    const format = sniffImageFormat(bytes.subarray(0, 64));
    const ours = format === 'gif' ? decodeGif(bytes, MAX_PIXELS)
      : format === 'bmp' ? decodeBmp(bytes, MAX_PIXELS)
      : format === 'png' ? decodePngGrey16(bytes) : null;
    if (ours) {
      const rgb = convertToRgb(ours);
      return { pixels: { data: rgb.data, width: rgb.width, height: rgb.height, channels: 3 }, format: format ?? 'raw' };
    }
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(input, {
        colorSpaceConversion: 'none', premultiplyAlpha: 'none', imageOrientation: options.autoOrient ? 'from-image' : 'none',
      });
    } catch (error) {
      // Every browser decodes JPEG, PNG and WebP: failing on one means it is broken. TIFF (and AVIF
      // in older browsers) a browser may simply not read.
      const code = format === 'jpeg' || format === 'png' || format === 'webp' ? 'corrupt' : 'unsupported_format';
      throw format
        ? new ImageDecodeError(code, `this ${format.toUpperCase()} image could not be decoded by the browser (${(error as Error).message})`)
        : new ImageDecodeError('unsupported_format', 'not an image this browser can decode');
    }
    let pixels: RawPixels;
    try {
      pixels = webglPixels(bitmap) ?? drawnPixels(bitmap, bitmap.width, bitmap.height);
    } finally {
      bitmap.close();
    }
    const orientation = format === 'jpeg' && !options.autoOrient ? jpegOrientation(bytes) : 1;
    if (orientation !== 1 && await browserAppliesOrientation()) {
      const stored = undoOrientation(pixels.data, pixels.width, pixels.height, pixels.channels, orientation);
      pixels = { ...stored, channels: pixels.channels };
    }
    return { pixels, format: format ?? 'raw' };
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

/**
 * The pixels Resize(256) + CenterCrop(224) reads (cropSource), as a window of the image: for a
 * JPEG only that rectangle is read back from the decoded bitmap, and with no detour through WebGL
 * (a JPEG is opaque, so nothing needs protecting from premultiplication; about three quarters of a
 * 12-megapixel photo is read, without the WebGL upload). Everything else is imagePixels().
 */
export async function imageWindow(input: ImageInput, options: { autoOrient?: boolean } = {}): Promise<{ window: PixelWindow; format: ImageFormat | 'raw' }> {
  if (input instanceof Blob && input.size > 0) {
    const bytes = new Uint8Array(await input.slice(0, 64).arrayBuffer());
    if (sniffImageFormat(bytes) === 'jpeg') {
      const all = new Uint8Array(await input.arrayBuffer());
      // A JPEG whose EXIF orientation the browser might apply against our wishes takes the long way.
      if (options.autoOrient || jpegOrientation(all) === 1) {
        // colorSpaceConversion 'none' and premultiplyAlpha 'none' each make Chromium decode at half
        // speed (measured: bench/README.md). A JPEG is opaque, so premultiplying changes nothing;
        // and without an ICC profile Chromium takes it as sRGB and converts nothing, so 'none' is
        // asked for only where there is a profile to ignore (as PIL ignores it), or CMYK.
        const plain = plainJpeg(all);
        let bitmap: ImageBitmap;
        try {
          bitmap = await createImageBitmap(input, {
            ...(plain ? {} : { colorSpaceConversion: 'none' as const }), imageOrientation: options.autoOrient ? 'from-image' : 'none',
          });
        } catch (error) {
          // Every browser decodes JPEG: failing means the file is broken (the same code as below).
          throw new ImageDecodeError('corrupt', `this JPEG image could not be decoded by the browser (${(error as Error).message})`);
        }
        try {
          const rect = cropSource(bitmap.width, bitmap.height);
          const data = await opaquePixels(bitmap, rect);
          return { window: { data, channels: 4, fullWidth: bitmap.width, fullHeight: bitmap.height, ...rect }, format: 'jpeg' };
        } finally {
          bitmap.close();
        }
      }
    }
  }
  const { pixels, format } = await imagePixels(input, options);
  return {
    window: { data: pixels.data, channels: pixels.channels, fullWidth: pixels.width, fullHeight: pixels.height, left: 0, top: 0, width: pixels.width, height: pixels.height },
    format,
  };
}

/**
 * Whether a JPEG has 1 or 3 components and no ICC profile (no APP2 "ICC_PROFILE" before its
 * frame header): one the browser decodes to the same bytes whatever its colour management.
 * Anything the scan cannot follow counts as not plain.
 */
function plainJpeg(bytes: Uint8Array): boolean {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (marker === 0xe2 && length >= 14 && String.fromCharCode(...bytes.subarray(at + 4, at + 16)) === 'ICC_PROFILE\0') return false;
    // Start of frame (0xc0–0xcf but 0xc4 DHT, 0xc8 JPG, 0xcc DAC): its component count.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const components = bytes[at + 9];
      return components === 1 || components === 3;
    }
    if (marker === 0xda || marker === 0xd9) return false;
    at += 2 + length;
  }
  return false;
}

/**
 * RGBA bytes of a rectangle of an opaque bitmap: VideoFrame.copyTo (no drawing, only the rectangle
 * converted), else a 2D canvas the size of the rectangle (a copy without scaling; exact for opaque
 * pixels).
 */
async function opaquePixels(bitmap: ImageBitmap, rect: Region): Promise<Uint8Array | Uint8ClampedArray> {
  if (typeof VideoFrame === 'function') {
    let frame: VideoFrame | null = null;
    try {
      frame = new VideoFrame(bitmap, { timestamp: 0 });
      const data = new Uint8Array(rect.width * rect.height * 4);
      const layout = await frame.copyTo(data, { rect: { x: rect.left, y: rect.top, width: rect.width, height: rect.height }, format: 'RGBA' });
      if (layout.length === 1 && layout[0].offset === 0 && layout[0].stride === rect.width * 4) return data;
    } catch {
      // A browser without copyTo's format conversion: the canvas below.
    } finally {
      frame?.close();
    }
  }
  const canvas = new OffscreenCanvas(rect.width, rect.height);
  const context = canvas.getContext('2d', { willReadFrequently: true, colorSpace: 'srgb' });
  if (!context) throw new Error('this browser gives no 2D canvas to read the pixels from');
  context.drawImage(bitmap, rect.left, rect.top, rect.width, rect.height, 0, 0, rect.width, rect.height);
  return context.getImageData(0, 0, rect.width, rect.height, { colorSpace: 'srgb' }).data;
}

let gl: WebGL2RenderingContext | null | undefined;

/**
 * An ImageBitmap's pixels exactly as decoded, unpremultiplied: uploaded to a WebGL texture with
 * premultiplication and colour conversion off, then read back from a framebuffer (texture row 0,
 * the image's top row, is read first). Null where there is no WebGL 2 or the image is larger than a
 * texture may be.
 */
function webglPixels(bitmap: ImageBitmap): RawPixels | null {
  if (gl === undefined) {
    gl = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('webgl2', { antialias: false, depth: false });
  }
  if (!gl || gl.isContextLost()) return null;
  const { width, height } = bitmap;
  const max = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
  if (width > max || height > max) return null;
  const texture = gl.createTexture();
  const framebuffer = gl.createFramebuffer();
  try {
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.pixelStorei(gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, gl.NONE);
    gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
    if (gl.checkFramebufferStatus(gl.FRAMEBUFFER) !== gl.FRAMEBUFFER_COMPLETE) return null;
    const data = new Uint8Array(width * height * 4);
    gl.pixelStorei(gl.PACK_ALIGNMENT, 1);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, data);
    return gl.getError() === gl.NO_ERROR ? { data, width, height, channels: 4 } : null;
  } finally {
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.deleteFramebuffer(framebuffer);
    gl.deleteTexture(texture);
  }
}

let appliesOrientation: Promise<boolean> | undefined;

/**
 * Whether createImageBitmap applies EXIF orientation even when asked not to: a 2×1 JPEG made here,
 * tagged orientation 6 (rotate 90°), is decoded once; 1×2 means yes.
 */
function browserAppliesOrientation(): Promise<boolean> {
  appliesOrientation ??= (async () => {
    try {
      const jpeg = new Uint8Array(await (await new OffscreenCanvas(2, 1).convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
      // APP1: "Exif\0\0", a little-endian TIFF header, IFD0 with one entry: orientation (SHORT) = 6.
      const app1 = [
        0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
        0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
      ];
      const tagged = new Uint8Array(jpeg.length + app1.length);
      tagged.set(jpeg.subarray(0, 2));
      tagged.set(app1, 2);
      tagged.set(jpeg.subarray(2), 2 + app1.length);
      const bitmap = await createImageBitmap(new Blob([tagged], { type: 'image/jpeg' }), { imageOrientation: 'none' });
      const rotated = bitmap.width === 1;
      bitmap.close();
      return rotated;
    } catch {
      return true;
    }
  })();
  return appliesOrientation;
}
