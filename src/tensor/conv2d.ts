// conv2d: a 2-D convolution over NCHW float32 tensors, from its definition.
//
//   input  [N, Cin, H, W]
//   weight [Cout, Cin, kh, kw]
//   output [N, Cout, OH, OW]            OH = floor((H + 2·pad - kh) / stride) + 1, likewise OW
//
// The engine computes convolutions as im2col + packed GEMM or by Winograd, in each backend's
// kernels (src/backends/); this is the reference they are held to (test/backendKernels.test.ts),
// and that is held to PyTorch (test/goldenOps.test.ts).

import { convGeometry } from './im2col.js';
import { tensor, type Tensor } from './tensor.js';

export interface Conv2dOptions {
  stride?: number;
  padding?: number;
}

/**
 * Reference: the convolution straight from its definition, a float64 sum per output in (c, ky, kx)
 * order. Slow and obviously right; the backends' kernels are held to it (test/backendKernels.test.ts).
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
