// PyTorch's storage element types and their exact conversion to float32.
//
// A checkpoint stores each storage as raw bytes in one dtype. The engine computes in float32, so
// float storages are decoded once into a Float32Array:
//   float32  → a view of the bytes themselves when they are little-endian and 4-byte aligned (no copy)
//   float16  → exact: every half value is representable in float32 (a 65536-entry table)
//   bfloat16 → exact: a bfloat16 is the upper 16 bits of a float32
//   float64  → rounded to nearest, ties to even, exactly as PyTorch's `.float()`
// Integer storages (e.g. BatchNorm's num_batches_tracked, int64) are never decoded: a state_dict
// needs none of them.

export type TorchDtype =
  | 'float32' | 'float64' | 'float16' | 'bfloat16'
  | 'int64' | 'int32' | 'int16' | 'int8' | 'uint8' | 'bool';

export const ELEMENT_SIZE: Readonly<Record<TorchDtype, number>> = {
  float32: 4, float64: 8, float16: 2, bfloat16: 2, int64: 8, int32: 4, int16: 2, int8: 1, uint8: 1, bool: 1,
};

/** torch.<Name>Storage classes, as they appear in checkpoints (legacy typed-storage names, kept by torch 2.x). */
export const STORAGE_TYPES: Readonly<Record<string, TorchDtype>> = {
  FloatStorage: 'float32',
  DoubleStorage: 'float64',
  HalfStorage: 'float16',
  BFloat16Storage: 'bfloat16',
  LongStorage: 'int64',
  IntStorage: 'int32',
  ShortStorage: 'int16',
  CharStorage: 'int8',
  ByteStorage: 'uint8',
  BoolStorage: 'bool',
  UntypedStorage: 'uint8',
};

/** torch.<dtype> globals (as pickled by torch.dtype.__reduce__), including the aliases torch defines. */
export const DTYPE_GLOBALS: Readonly<Record<string, TorchDtype>> = {
  float32: 'float32', float: 'float32',
  float64: 'float64', double: 'float64',
  float16: 'float16', half: 'float16',
  bfloat16: 'bfloat16',
  int64: 'int64', long: 'int64',
  int32: 'int32', int: 'int32',
  int16: 'int16', short: 'int16',
  int8: 'int8',
  uint8: 'uint8',
  bool: 'bool',
};

export function isFloatingDtype(dtype: TorchDtype): boolean {
  return dtype === 'float32' || dtype === 'float64' || dtype === 'float16' || dtype === 'bfloat16';
}

/**
 * Decodes a whole storage of `dtype` elements into float32.
 * `bytes.length` must be a multiple of the element size. The result is a view of `bytes` for
 * aligned little-endian float32, otherwise a new array.
 */
export function decodeFloatStorage(bytes: Uint8Array, dtype: TorchDtype, littleEndian: boolean): Float32Array {
  const size = ELEMENT_SIZE[dtype];
  const count = bytes.length / size;
  if (!littleEndian || bytes.byteOffset % size !== 0) bytes = alignedLittleEndianCopy(bytes, size, littleEndian);
  switch (dtype) {
    case 'float32':
      return new Float32Array(bytes.buffer, bytes.byteOffset, count);
    case 'float64':
      // Float32Array's constructor converts with IEEE round-to-nearest-even, as torch does.
      return new Float32Array(new Float64Array(bytes.buffer, bytes.byteOffset, count));
    case 'float16': {
      const table = halfTable();
      const halves = new Uint16Array(bytes.buffer, bytes.byteOffset, count);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = table[halves[i]];
      return out;
    }
    case 'bfloat16': {
      const halves = new Uint16Array(bytes.buffer, bytes.byteOffset, count);
      const out = new Float32Array(count);
      const bits = new Uint32Array(out.buffer);
      for (let i = 0; i < count; i++) bits[i] = halves[i] << 16;
      return out;
    }
    default:
      throw new Error(`cannot decode a ${dtype} storage as floating point`);
  }
}

/** A copy of `bytes` at offset 0 of a new buffer, with each `size`-byte element byte-swapped if big-endian. */
function alignedLittleEndianCopy(bytes: Uint8Array, size: number, littleEndian: boolean): Uint8Array {
  const copy = new Uint8Array(bytes.length); // not bytes.slice(): a Node Buffer's slice is a view, not a copy
  copy.set(bytes);
  if (!littleEndian && size > 1) {
    for (let i = 0; i < copy.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = copy[a];
        copy[a] = copy[b];
        copy[b] = t;
      }
    }
  }
  return copy;
}

let HALF_TABLE: Float32Array | undefined;

/** float16 bit pattern → its exact float32 value, for all 65536 patterns. */
function halfTable(): Float32Array {
  if (HALF_TABLE) return HALF_TABLE;
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) table[h] = halfToFloat(h);
  HALF_TABLE = table;
  return table;
}

/** IEEE 754 binary16: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits. Every value is exact in float32. */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24; // zero and subnormals
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}
