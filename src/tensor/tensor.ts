// The one data type of the tensor core: a dense float32 array with a shape, row-major
// (the last dimension varies fastest). Images and activations are NCHW.

export interface Tensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** A state_dict: parameter name → tensor, as torchvision names them ("layer1.0.bn1.running_var"). */
export type StateDict = Map<string, Tensor>;

export function sizeOf(shape: readonly number[]): number {
  let size = 1;
  for (const d of shape) size *= d;
  return size;
}

/** A tensor of `shape` over `data` (not copied), or over new zeros. */
export function tensor(shape: readonly number[], data?: Float32Array): Tensor {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`invalid tensor shape [${shape.join(', ')}]`);
  }
  const size = sizeOf(shape);
  if (data && data.length !== size) {
    throw new Error(`tensor shape [${shape.join(', ')}] needs ${size} values, got ${data.length}`);
  }
  return { shape: [...shape], data: data ?? new Float32Array(size) };
}

export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}
