// Pillow's bilinear resampling (Image.resize(size, Image.BILINEAR) on an "RGB" image), bit for bit.
// This is the arithmetic of Pillow 9.4's libImaging/Resample.c, rewritten from its description:
//
//   - Separable: a horizontal pass into an 8-bit intermediate image, then a vertical pass. A pass
//     is skipped when that dimension does not change (it would be the identity anyway).
//   - Per output pixel x of an axis with input size `inSize` and output size `outSize`:
//       scale   = inSize / outSize               (double)
//       fscale  = max(scale, 1)                  (antialiasing: the filter widens when shrinking)
//       support = 1.0 · fscale                   (the triangle filter's support, scaled)
//       center  = (x + 0.5) · scale
//       xmin    = max(trunc(center − support + 0.5), 0)
//       xmax    = min(trunc(center + support + 0.5), inSize)
//       w_i     = triangle((xmin + i − center + 0.5) · (1 / fscale)),  i = 0 … xmax − xmin − 1
//                 (a multiplication by the reciprocal, as in Pillow: dividing can round differently)
//     normalised by their sum (in double), then turned into 22-bit fixed point:
//       k_i = trunc(0.5 + w_i · 2^22)            (all weights are ≥ 0 for the triangle)
//   - Each channel: ss = 2^21 + Σ pixel_i · k_i in int32, result = clip8(ss >> 22).
//   - Pillow computes the horizontal pass only for the input rows the vertical pass reads.
//
// Every output pixel depends only on these coefficients and on the intermediate pixels at the
// same positions, so computing a region of the output (pillowResize with a region) gives exactly
// the same bytes as resizing everything and cropping: a 24-megapixel photo costs about what the
// 224×224 crop needs, not a full resize. pillowResizeReference is the plain whole-image version.

import { rgbImage, type RgbImage } from './rgbImage.js';

/** 32 − 8 − 2: the fixed-point precision Pillow uses for 8-bit images. */
const PRECISION_BITS = 22;
const ONE = 1 << PRECISION_BITS;
const HALF = 1 << (PRECISION_BITS - 1);
/** ss ≥ 255.999… · 2^22 saturates to 255. */
const SATURATED = 1 << (PRECISION_BITS + 8);

/** A rectangle of pixels; it may reach outside the image it refers to. */
export interface Region {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The filter taps of output pixels [first, first + count) of one axis.
 * start[j], taps[j]: input pixels start[j] … start[j] + taps[j] − 1 feed output pixel first + j,
 * with fixed-point weights weights[j · maxTaps + i].
 */
export interface AxisCoefficients {
  readonly first: number;
  readonly count: number;
  readonly maxTaps: number;
  readonly start: Int32Array;
  readonly taps: Int32Array;
  readonly weights: Int32Array;
}

function triangle(x: number): number {
  if (x < 0) x = -x;
  return x < 1 ? 1 - x : 0;
}

/** Pillow's precompute_coeffs + normalize_coeffs_8bpc for BILINEAR, for some output pixels only. */
export function bilinearCoefficients(inSize: number, outSize: number, first = 0, count = outSize - first): AxisCoefficients {
  const scale = inSize / outSize;
  const filterScale = scale < 1 ? 1 : scale;
  const support = 1 * filterScale;
  const maxTaps = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(count);
  const taps = new Int32Array(count);
  const weights = new Int32Array(count * maxTaps);
  const w = new Float64Array(maxTaps);
  const ss = 1 / filterScale;
  for (let j = 0; j < count; j++) {
    const center = (first + j + 0.5) * scale;
    const xmin = Math.max(Math.trunc(center - support + 0.5), 0);
    const n = Math.min(Math.trunc(center + support + 0.5), inSize) - xmin;
    // The same operations in the same order as the C code, so the doubles round the same way.
    let sum = 0;
    for (let i = 0; i < n; i++) {
      w[i] = triangle((i + xmin - center + 0.5) * ss);
      sum += w[i];
    }
    for (let i = 0; i < n; i++) {
      const normalised = sum !== 0 ? w[i] / sum : w[i];
      weights[j * maxTaps + i] = normalised < 0 ? Math.trunc(-0.5 + normalised * ONE) : Math.trunc(0.5 + normalised * ONE);
    }
    start[j] = xmin;
    taps[j] = n;
  }
  return { first, count, maxTaps, start, taps, weights };
}

function clip8(ss: number): number {
  if (ss >= SATURATED) return 255;
  if (ss <= 0) return 0;
  return ss >> PRECISION_BITS;
}

// ---------------------------------------------------------------------------------------------
// Reference: the whole image, transcribed loop for loop from ImagingResampleInner.
// ---------------------------------------------------------------------------------------------

/** Pillow's `image.resize((width, height), Image.BILINEAR)` of the whole image: the plain reference. */
export function pillowResizeReference(src: RgbImage, width: number, height: number): RgbImage {
  checkTarget(width, height);
  if (src.width === 0 || src.height === 0) throw new Error(`cannot resize an empty ${src.width}×${src.height} image`);
  const needHorizontal = width !== src.width;
  const needVertical = height !== src.height;
  const horiz = bilinearCoefficients(src.width, width);
  const vert = bilinearCoefficients(src.height, height);
  let image = src;
  // With a horizontal pass, the intermediate image holds only the input rows the vertical pass
  // reads (Pillow's ybox_first … ybox_last − 1), so its row 0 is input row yFirst.
  let yFirst = 0;
  if (needHorizontal) {
    yFirst = needVertical ? vert.start[0] : 0;
    const yLast = needVertical ? vert.start[height - 1] + vert.taps[height - 1] : src.height;
    const temp = rgbImage(width, yLast - yFirst);
    for (let y = 0; y < temp.height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 3; c++) {
          let ss = HALF;
          for (let i = 0; i < horiz.taps[x]; i++) {
            ss += src.data[((y + yFirst) * src.width + horiz.start[x] + i) * 3 + c] * horiz.weights[x * horiz.maxTaps + i];
          }
          temp.data[(y * width + x) * 3 + c] = clip8(ss);
        }
      }
    }
    image = temp;
  }
  if (!needVertical) return needHorizontal ? image : rgbImage(src.width, src.height, src.data.slice());
  const out = rgbImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let ss = HALF;
        for (let i = 0; i < vert.taps[y]; i++) {
          ss += image.data[((vert.start[y] - yFirst + i) * width + x) * 3 + c] * vert.weights[y * vert.maxTaps + i];
        }
        out.data[(y * width + x) * 3 + c] = clip8(ss);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fast path: only the pixels of a region of the output.
// ---------------------------------------------------------------------------------------------

/**
 * 8-bit pixels of a rectangle of a larger image, 3 (RGB) or 4 (RGBA, alpha ignored) channels
 * interleaved, row by row: what a reader that fetches only the pixels a crop needs (the browser's
 * decoder, src/browser/imagePixels.ts) or a camera frame gives, with no copy to RGB first.
 */
export interface PixelWindow {
  readonly data: Uint8Array | Uint8ClampedArray;
  readonly channels: 3 | 4;
  /** The whole image's size: the resize's coefficients are computed from it. */
  readonly fullWidth: number;
  readonly fullHeight: number;
  /** The rectangle of the whole image that `data` holds. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** An RGB image as the window that is all of it. */
export function wholeWindow(image: RgbImage): PixelWindow {
  return { data: image.data, channels: 3, fullWidth: image.width, fullHeight: image.height, left: 0, top: 0, width: image.width, height: image.height };
}

/**
 * Pillow's bilinear resize of `src` to width×height, computing only `region` of the result
 * (default: all of it), returned as an image of the region's size. The horizontal pass runs over
 * the input rows the region's output rows read and produces only the region's columns; the vertical
 * pass produces only the region's rows. Region pixels outside the resized image are 0 (black),
 * which is how torchvision pads a crop larger than the image.
 */
export function pillowResize(src: RgbImage, width: number, height: number, region?: Region): RgbImage {
  return pillowResizeWindow(wholeWindow(src), width, height, region);
}

/** The rectangle of a fullWidth×fullHeight image that pillowResize reads for `region` of its width×height resize. */
export function sourceWindow(fullWidth: number, fullHeight: number, width: number, height: number, region: Region): Region {
  checkTarget(width, height);
  const x0 = clamp(region.left, 0, width);
  const x1 = clamp(region.left + region.width, 0, width);
  const y0 = clamp(region.top, 0, height);
  const y1 = clamp(region.top + region.height, 0, height);
  if (x0 >= x1 || y0 >= y1) return { left: 0, top: 0, width: 0, height: 0 };
  const span = (inSize: number, outSize: number, first: number, last: number): [number, number] => {
    if (inSize === outSize) return [first, last];
    const c = bilinearCoefficients(inSize, outSize, first, last - first);
    let lo = Infinity;
    let hi = 0;
    for (let j = 0; j < c.count; j++) {
      lo = Math.min(lo, c.start[j]);
      hi = Math.max(hi, c.start[j] + c.taps[j]);
    }
    return [lo, hi];
  };
  const [left, right] = span(fullWidth, width, x0, x1);
  const [top, bottom] = span(fullHeight, height, y0, y1);
  return { left, top, width: right - left, height: bottom - top };
}

/** pillowResize of the whole image `src` is a window of; the window must hold sourceWindow(…) of it. */
export function pillowResizeWindow(src: PixelWindow, width: number, height: number, region?: Region): RgbImage {
  const window = region ?? { left: 0, top: 0, width, height };
  checkTarget(width, height);
  if (src.fullWidth === 0 || src.fullHeight === 0) throw new Error(`cannot resize an empty ${src.fullWidth}×${src.fullHeight} image`);
  if (src.data.length !== src.width * src.height * src.channels) {
    throw new RangeError(`a ${src.width}×${src.height} window of ${src.channels} channels needs ${src.width * src.height * src.channels} bytes, got ${src.data.length}`);
  }
  const out = rgbImage(window.width, window.height);
  const x0 = clamp(window.left, 0, width);
  const x1 = clamp(window.left + window.width, 0, width);
  const y0 = clamp(window.top, 0, height);
  const y1 = clamp(window.top + window.height, 0, height);
  if (x0 >= x1 || y0 >= y1) return out;
  const cols = x1 - x0;

  // Rows of the intermediate image: input rows [inY0, inY1), window columns only.
  const vert = height !== src.fullHeight ? bilinearCoefficients(src.fullHeight, height, y0, y1 - y0) : null;
  const inY0 = vert ? vert.start[0] : y0;
  const inY1 = vert ? vert.start[vert.count - 1] + vert.taps[vert.count - 1] : y1;
  const horiz = width !== src.fullWidth ? bilinearCoefficients(src.fullWidth, width, x0, cols) : null;
  const needX0 = horiz ? horiz.start[0] : x0;
  const needX1 = horiz ? horiz.start[cols - 1] + horiz.taps[cols - 1] : x1;
  if (needX0 < src.left || needX1 > src.left + src.width || inY0 < src.top || inY1 > src.top + src.height) {
    throw new RangeError(`the resize reads columns ${needX0}–${needX1 - 1} and rows ${inY0}–${inY1 - 1}, outside the ${src.width}×${src.height} window at (${src.left}, ${src.top})`);
  }
  let temp: Uint8Array;
  if (horiz) {
    temp = horizontalPass(src, inY0, inY1, horiz);
  } else {
    temp = new Uint8Array((inY1 - inY0) * cols * 3);
    const ch = src.channels;
    for (let y = inY0; y < inY1; y++) {
      let p = ((y - src.top) * src.width + (x0 - src.left)) * ch;
      let o = (y - inY0) * cols * 3;
      for (let x = 0; x < cols; x++, p += ch) {
        temp[o++] = src.data[p];
        temp[o++] = src.data[p + 1];
        temp[o++] = src.data[p + 2];
      }
    }
  }

  const rowBytes = cols * 3;
  const acc = new Int32Array(rowBytes);
  for (let y = y0; y < y1; y++) {
    const outOffset = ((y - window.top) * window.width + (x0 - window.left)) * 3;
    if (!vert) {
      out.data.set(temp.subarray((y - inY0) * rowBytes, (y - inY0 + 1) * rowBytes), outOffset);
      continue;
    }
    // Row-wise accumulation (all of one input row, then the next) reads memory in order; the sum
    // per pixel is the same set of exact int32 terms as Pillow's, so the result is identical.
    const j = y - y0;
    acc.fill(HALF);
    for (let i = 0; i < vert.taps[j]; i++) {
      const k = vert.weights[j * vert.maxTaps + i];
      const row = (vert.start[j] - inY0 + i) * rowBytes;
      for (let b = 0; b < rowBytes; b++) acc[b] += Math.imul(temp[row + b], k);
    }
    for (let b = 0; b < rowBytes; b++) out.data[outOffset + b] = clip8(acc[b]);
  }
  return out;
}

/**
 * Rows [y0, y1) of src through the horizontal filter `h`: (y1 − y0) rows × h.count pixels × 3
 * (the source's alpha, if any, skipped).
 * This loop does nearly all the arithmetic of a large photo (≈ 2 600 rows × 224 columns × 25 taps
 * × 3 channels for 12 MP). Everything is read into locals, and the sums are int32 (Math.imul, | 0)
 * like Pillow's: they cannot overflow (255 · 2^22 plus rounding < 2^31), and V8 then keeps them in
 * integer registers — about 25 % faster than double arithmetic here.
 */
function horizontalPass(src: PixelWindow, y0: number, y1: number, h: AxisCoefficients): Uint8Array {
  const cols = h.count;
  const temp = new Uint8Array((y1 - y0) * cols * 3);
  const { data, channels } = src;
  const { start, taps, weights, maxTaps } = h;
  const rowBytes = src.width * channels;
  for (let y = y0; y < y1; y++) {
    const rowIn = (y - src.top) * rowBytes - src.left * channels;
    let o = (y - y0) * cols * 3;
    for (let x = 0; x < cols; x++) {
      let ss0 = HALF;
      let ss1 = HALF;
      let ss2 = HALF;
      let p = rowIn + start[x] * channels;
      const kBase = x * maxTaps;
      const kEnd = kBase + taps[x];
      for (let q = kBase; q < kEnd; q++, p += channels) {
        const k = weights[q];
        ss0 = (ss0 + Math.imul(data[p], k)) | 0;
        ss1 = (ss1 + Math.imul(data[p + 1], k)) | 0;
        ss2 = (ss2 + Math.imul(data[p + 2], k)) | 0;
      }
      temp[o++] = clip8(ss0);
      temp[o++] = clip8(ss1);
      temp[o++] = clip8(ss2);
    }
  }
  return temp;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function checkTarget(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`cannot resize to ${width}×${height}: both sides must be positive integers`);
  }
}
