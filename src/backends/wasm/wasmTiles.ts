// The wasm backend's tile sizes and per-worker scratch, shared by its main-thread side
// (wasmBackend.ts: packing) and its worker side (wasmKernels.ts).
//
// MR × NR = 4 × 8: 8 f32x4 accumulators + 2 of B + 1 splat of A fit x64's 16 xmm registers, and
// measured fastest of 2…6 × 8 with the fused multiply-add (bench/README.md).

export const WASM_MR = 4;
export const WASM_NR = 8;

/**
 * Floats of scratch per worker: the largest of gemm's edge block (MR·NR), Winograd F(4×4)'s input
 * gather (36·4) and its GEMM's products + outputs + column table (36·MR·NR + 16·4 + 3·NR).
 */
export const WASM_SCRATCH_FLOATS = 2048;
