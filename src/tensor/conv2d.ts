// conv2d: a 2-D convolution over NCHW float32 tensors, computed as im2col + packed GEMM.
//
//   input  [N, Cin, H, W]
//   weight [Cout, Cin, kh, kw]          packed once by packConv2d()
//   output [N, Cout, OH, OW]            OH = floor((H + 2·pad - kh) / stride) + 1, likewise OW
//
// Each image is done on its own: its patches are packed into NR-column panels (im2col), then
// multiplied by the packed weights; bias, a residual and ReLU are applied as each output tile is
// stored (the "fused" epilogue), so the output is written exactly once.

import { gemmPacked, MR, NR, type GemmEpilogue } from './gemm.js';
import { convGeometry, gemmSizes, im2col, packedColumnsLength, type ConvGeometry } from './im2col.js';
import { packedWeightsLength, packWeights } from './packWeights.js';
import { formatShape, tensor, type Tensor } from './tensor.js';

export interface Conv2dOptions {
  stride?: number;
  padding?: number;
}

/** A convolution's weights in the GEMM's tile layout, plus its hyper-parameters. */
export interface PackedConv2d {
  outChannels: number;
  inChannels: number;
  kernelHeight: number;
  kernelWidth: number;
  stride: number;
  padding: number;
  /** packWeights() layout of weight viewed as [Cout, Cin·kh·kw]. */
  packed: Float32Array;
  /** Per output channel, or null. */
  bias: Float32Array | null;
}

/**
 * Packs a conv weight [Cout, Cin, kh, kw] for conv2d(). `channelScale`, if given, multiplies each
 * output channel's filter (BatchNorm folding: scale = γ / √(σ² + ε)).
 */
export function packConv2d(
  weight: Tensor, bias: Float32Array | null, options: Conv2dOptions = {},
  channelScale: Float64Array | null = null,
): PackedConv2d {
  if (weight.shape.length !== 4) throw new Error(`conv2d weight must be [Cout, Cin, kh, kw], got ${formatShape(weight.shape)}`);
  const [outChannels, inChannels, kernelHeight, kernelWidth] = weight.shape;
  if (bias !== null && bias.length !== outChannels) {
    throw new Error(`conv2d bias has ${bias.length} values for ${outChannels} output channels`);
  }
  const K = inChannels * kernelHeight * kernelWidth;
  const packed = packWeights(weight.data, outChannels, K, new Float32Array(packedWeightsLength(outChannels, K)), 0, channelScale);
  return {
    outChannels, inChannels, kernelHeight, kernelWidth,
    stride: options.stride ?? 1, padding: options.padding ?? 0,
    packed, bias,
  };
}

export function conv2dGeometry(input: readonly number[], conv: PackedConv2d): ConvGeometry {
  if (input.length !== 4 || input[1] !== conv.inChannels) {
    throw new Error(`conv2d expects input [N, ${conv.inChannels}, H, W], got ${formatShape(input)}`);
  }
  return convGeometry(
    conv.inChannels, input[2], input[3], conv.outChannels,
    conv.kernelHeight, conv.kernelWidth, conv.stride, conv.padding,
  );
}

/**
 * One image of a convolution, for output-channel tiles [tileStart, tileEnd): the caller must have
 * packed this image's columns (im2col) into `columns`. Used as is by the worker threads.
 */
export function conv2dImage(
  g: ConvGeometry, packedA: Float32Array, aOffset: number,
  columns: Float32Array, columnsOffset: number,
  output: Float32Array, outOffset: number,
  tileStart: number, tileEnd: number, epilogue: GemmEpilogue,
): void {
  const { K, N } = gemmSizes(g);
  gemmPacked(g.outChannels, N, K, packedA, aOffset, columns, columnsOffset, output, outOffset, tileStart, tileEnd, epilogue);
}

export interface Conv2dEpilogue {
  /** Added element-wise to the output before ReLU: a tensor shaped like the output. */
  residual?: Tensor;
  relu?: boolean;
}

/** Single-threaded convolution of a whole batch (the worker pool runs the same kernels in parallel). */
export function conv2d(input: Tensor, conv: PackedConv2d, options: Conv2dEpilogue = {}): Tensor {
  const g = conv2dGeometry(input.shape, conv);
  const batch = input.shape[0];
  const output = tensor([batch, g.outChannels, g.outHeight, g.outWidth]);
  if (options.residual && formatShape(options.residual.shape) !== formatShape(output.shape)) {
    throw new Error(`conv2d residual must be ${formatShape(output.shape)}, got ${formatShape(options.residual.shape)}`);
  }
  const columns = new Float32Array(packedColumnsLength(g));
  const { N } = gemmSizes(g);
  const panels = Math.ceil(N / NR);
  const inStride = g.inChannels * g.inHeight * g.inWidth;
  const outStride = g.outChannels * N;
  const tiles = Math.ceil(g.outChannels / MR);
  for (let n = 0; n < batch; n++) {
    im2col(g, input.data, n * inStride, columns, 0, 0, panels);
    conv2dImage(g, conv.packed, 0, columns, 0, output.data, n * outStride, 0, tiles, {
      bias: conv.bias, biasOffset: 0,
      residual: options.residual?.data ?? null, residualOffset: n * outStride,
      relu: options.relu ?? false,
    });
  }
  return output;
}

/**
 * Reference: the convolution straight from its definition, a float64 sum per output in (c, ky, kx)
 * order. Slow and obviously right; the property tests hold conv2d() to it.
 */
export function conv2dNaive(input: Tensor, weight: Tensor, bias: Float32Array | null, options: Conv2dOptions = {}): Tensor {
  const [batch, cin, H, W] = input.shape;
  const [cout, wcin, kh, kw] = weight.shape;
  if (wcin !== cin) throw new Error(`conv2dNaive: weight expects ${wcin} input channels, input has ${cin}`);
  const stride = options.stride ?? 1;
  const pad = options.padding ?? 0;
  const g = convGeometry(cin, H, W, cout, kh, kw, stride, pad);
  const out = tensor([batch, cout, g.outHeight, g.outWidth]);
  let o = 0;
  for (let n = 0; n < batch; n++) {
    for (let co = 0; co < cout; co++) {
      for (let oy = 0; oy < g.outHeight; oy++) {
        for (let ox = 0; ox < g.outWidth; ox++) {
          let sum = 0;
          for (let c = 0; c < cin; c++) {
            for (let ky = 0; ky < kh; ky++) {
              const y = oy * stride - pad + ky;
              if (y < 0 || y >= H) continue;
              for (let kx = 0; kx < kw; kx++) {
                const x = ox * stride - pad + kx;
                if (x < 0 || x >= W) continue;
                sum += input.data[((n * cin + c) * H + y) * W + x] * weight.data[((co * cin + c) * kh + ky) * kw + kx];
              }
            }
          }
          out.data[o++] = sum + (bias === null ? 0 : bias[co]);
        }
      }
    }
  }
  return out;
}
