// The JavaScript backend's GEMM tiles: MR rows of A (output channels) by NR columns of B, the block
// of C its micro-kernel keeps in 8 float64 locals (src/backends/js/gemm.ts). 2×4 measured best
// (bench/README.md).

export const MR = 2;
export const NR = 4;
