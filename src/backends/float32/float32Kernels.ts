// A backend's float32 kernel descriptors, in its order of preference for convolutions: Winograd
// where it applies (and the plan allows it), im2col + GEMM for everything else.

import type { KernelDescriptor } from '../kernel.js';
import { im2colGemmKernel } from './conv2dIm2colGemm.js';
import { winogradKernel } from './conv2dWinograd.js';
import { layerKernels } from './layerKernels.js';
import type { Float32Parts } from './primitives.js';

export function float32Kernels(parts: Float32Parts): KernelDescriptor[] {
  return [winogradKernel(4, parts), winogradKernel(2, parts), im2colGemmKernel(parts), ...layerKernels(parts)];
}
