// The kernels suite's memory, in floats: weights (up to F(4×4)'s U of a 512×512 layer), input,
// scratch (columns or V), output, then the worker's own scratch.
export const KERNEL_BENCH = {
  WEIGHTS: 0, INPUT: 10_000_000, SCRATCH: 11_000_000, OUTPUT: 13_000_000, WORKER_SCRATCH: 14_500_000, FLOATS: 15_000_000,
};
