// Pillow's resize with the BILINEAR filter (Image.resize(size, Image.BILINEAR), Pillow 9.4), to the
// bit, for 8-bit RGB — what torchvision's Resize does to a PIL image.
//
// Pillow resamples in two passes, horizontal then vertical, through an 8-bit intermediate image.
// For each output pixel x of a pass over an axis of `inSize` pixels scaled to `outSize`:
//
//   scale   = inSize / outSize;  filterscale = max(scale, 1)      (antialiasing when shrinking)
//   support = 1 · filterscale                                     (bilinear's support is 1)
//   center  = (x + 0.5) · scale
//   window  = [int(center - support + 0.5), int(center + support + 0.5)) clamped to the image
//   w_i     = max(0, 1 - |(i - center + 0.5) · (1 / filterscale)|)  normalised to sum 1, then
//             fixed point: int(0.5 + w_i · 2²²)
//   value   = clip8((2²¹ + Σ pixel_i · w_i) >> 22)
//
// A pass is skipped when its axis keeps its size. Every output pixel depends only on its own window,
// so computing just the pixels a crop keeps gives the same bits as resizing everything and cropping:
// a 24-megapixel photo costs a few hundred thousand multiply-adds, not tens of millions.

const PRECISION_BITS = 22;
const HALF = 1 << (PRECISION_BITS - 1);

/** The windows and fixed-point weights of one pass, for output pixels [first, first + count). */
interface Coefficients {
  /** Per output pixel: first input pixel of its window. */
  start: Int32Array;
  /** Per output pixel: window length. */
  length: Int32Array;
  /** Per output pixel: `taps` weights (only the first `length` are used). */
  weights: Int32Array;
  taps: number;
}

function coefficients(inSize: number, outSize: number, first: number, count: number): Coefficients {
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1);
  const support = filterscale;
  const taps = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(count);
  const length = new Int32Array(count);
  const weights = new Int32Array(count * taps);
  const w = new Float64Array(taps);
  // Pillow multiplies by the reciprocal rather than dividing; the two can round differently.
  const ss = 1 / filterscale;
  for (let o = 0; o < count; o++) {
    const center = (first + o + 0.5) * scale;
    // C's (int) cast truncates toward zero; both bounds are then clamped as Pillow does.
    const xmin = Math.max(Math.trunc(center - support + 0.5), 0);
    const xmax = Math.min(Math.trunc(center + support + 0.5), inSize) - xmin;
    let sum = 0;
    for (let i = 0; i < xmax; i++) {
      const t = Math.abs((i + xmin - center + 0.5) * ss);
      w[i] = t < 1 ? 1 - t : 0;
      sum += w[i];
    }
    for (let i = 0; i < xmax; i++) {
      const k = sum !== 0 ? w[i] / sum : w[i];
      weights[o * taps + i] = k < 0 ? Math.trunc(-0.5 + k * (1 << PRECISION_BITS)) : Math.trunc(0.5 + k * (1 << PRECISION_BITS));
    }
    start[o] = xmin;
    length[o] = xmax;
  }
  return { start, length, weights, taps };
}

function clip8(sum: number): number {
  const v = sum >> PRECISION_BITS;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

export interface RgbImage {
  width: number;
  height: number;
  /** Row-major RGB, 3 bytes per pixel. */
  data: Uint8Array;
}

/** The region of the resized image to compute: columns [left, left + width), rows [top, top + height). */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Pillow's bilinear resize of `image` to outWidth × outHeight, computing only `region` of the result
 * (default: all of it). Returns the region as an RGB image.
 */
export function pillowResize(image: RgbImage, outWidth: number, outHeight: number, region?: Region): RgbImage {
  const r = region ?? { left: 0, top: 0, width: outWidth, height: outHeight };
  if (r.left < 0 || r.top < 0 || r.left + r.width > outWidth || r.top + r.height > outHeight) {
    throw new Error(`region ${r.width}×${r.height}+${r.left}+${r.top} lies outside the ${outWidth}×${outHeight} result`);
  }
  const resizeX = outWidth !== image.width;
  const resizeY = outHeight !== image.height;
  const vertical = resizeY ? coefficients(image.height, outHeight, r.top, r.height) : null;
  // Input rows the vertical pass reads (all of them when it is skipped: then the rows are the region's).
  const rowFirst = vertical ? vertical.start[0] : r.top;
  const rowEnd = vertical ? vertical.start[r.height - 1] + vertical.length[r.height - 1] : r.top + r.height;

  // Horizontal pass: rows [rowFirst, rowEnd) of the input, the region's columns of the output.
  const rows = rowEnd - rowFirst;
  const middle = new Uint8Array(rows * r.width * 3);
  if (resizeX) {
    // Locals, not property loads, in the loops: this pass does most of the arithmetic.
    const { start, length, weights, taps } = coefficients(image.width, outWidth, r.left, r.width);
    const src = image.data;
    for (let y = 0; y < rows; y++) {
      const inRow = (rowFirst + y) * image.width * 3;
      let out = y * r.width * 3;
      for (let x = 0; x < r.width; x++) {
        let s0 = HALF, s1 = HALF, s2 = HALF;
        const k = x * taps;
        const n = length[x];
        let p = inRow + start[x] * 3;
        for (let i = 0; i < n; i++, p += 3) {
          const wi = weights[k + i];
          s0 += src[p] * wi;
          s1 += src[p + 1] * wi;
          s2 += src[p + 2] * wi;
        }
        middle[out++] = clip8(s0);
        middle[out++] = clip8(s1);
        middle[out++] = clip8(s2);
      }
    }
  } else {
    for (let y = 0; y < rows; y++) {
      const from = ((rowFirst + y) * image.width + r.left) * 3;
      middle.set(image.data.subarray(from, from + r.width * 3), y * r.width * 3);
    }
  }
  if (!vertical) return { width: r.width, height: r.height, data: middle };

  // Vertical pass over the 8-bit intermediate.
  const out = new Uint8Array(r.width * r.height * 3);
  const { start, length, weights, taps } = vertical;
  const stride = r.width * 3;
  for (let y = 0; y < r.height; y++) {
    const k = y * taps;
    const n = length[y];
    const first = (start[y] - rowFirst) * stride;
    for (let x = 0; x < stride; x += 3) {
      let s0 = HALF, s1 = HALF, s2 = HALF;
      let p = first + x;
      for (let i = 0; i < n; i++, p += stride) {
        const wi = weights[k + i];
        s0 += middle[p] * wi;
        s1 += middle[p + 1] * wi;
        s2 += middle[p + 2] * wi;
      }
      const o = y * stride + x;
      out[o] = clip8(s0);
      out[o + 1] = clip8(s1);
      out[o + 2] = clip8(s2);
    }
  }
  return { width: r.width, height: r.height, data: out };
}
