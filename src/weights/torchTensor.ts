// What unpickling a checkpoint yields for its tensors, before any tensor data is read.
//
// A PyTorch tensor is a view of a storage: element (i0, i1, …) of a tensor with storage offset o
// and strides (s0, s1, …) is element o + i0*s0 + i1*s1 + … of the storage. Several tensors may
// view one storage (shared storage), at any offset, with any non-negative strides (transposes,
// slices, channels-last memory). The pickle names storages by key; their bytes come from
// elsewhere (zip entries, or the tail of a legacy file), so they are attached after unpickling.

import { formatShape, sizeOf } from '../tensor/tensor.js';
import { decodeFloatStorage, ELEMENT_SIZE, isFloatingDtype, type TorchDtype } from './dtypes.js';

export class StorageRef {
  private attached: Uint8Array | undefined;
  private attachedLittleEndian = true;
  private view: { root: StorageRef; offset: number } | undefined;
  private readonly decoded = new Map<TorchDtype, Float32Array>();

  constructor(
    /** The storage's name in the checkpoint ("0", "1", … or a legacy memory address). */
    readonly key: string,
    readonly dtype: TorchDtype,
    /** Element count as the pickle declares it. */
    readonly numel: number,
  ) {}

  /** A legacy-format storage view: `numel` elements of `root` from element `offset` on. */
  static viewOf(root: StorageRef, key: string, offset: number, numel: number): StorageRef {
    const view = new StorageRef(key, root.dtype, numel);
    view.view = { root, offset };
    return view;
  }

  /** Gives the storage its raw bytes (`byteLength` of them, or fewer when no tensor reads further), once the container reader has found them. */
  attach(bytes: Uint8Array, littleEndian: boolean): void {
    this.attached = bytes;
    this.attachedLittleEndian = littleEndian;
  }

  get littleEndian(): boolean {
    return this.view ? this.view.root.littleEndian : this.attachedLittleEndian;
  }

  /** The raw bytes, or undefined while they have not been attached. */
  get bytes(): Uint8Array | undefined {
    if (!this.view) return this.attached;
    const rootBytes = this.view.root.bytes;
    if (!rootBytes) return undefined;
    const size = ELEMENT_SIZE[this.dtype];
    const start = this.view.offset * size;
    if (start + this.byteLength > rootBytes.length) return undefined;
    return rootBytes.subarray(start, start + this.byteLength);
  }

  get byteLength(): number {
    return this.numel * ELEMENT_SIZE[this.dtype];
  }

  /** The whole storage as float32, decoded once and shared by every tensor that views it. */
  asFloat32(dtype: TorchDtype, source: string): Float32Array {
    const bytes = this.bytes;
    if (!bytes) throw new Error(`${source}: the data of storage "${this.key}" was never found in the file`);
    if (dtype !== this.dtype && this.dtype !== 'uint8') {
      throw new Error(`${source}: storage "${this.key}" holds ${this.dtype} but a tensor reads it as ${dtype}`);
    }
    let floats = this.decoded.get(dtype);
    if (!floats) {
      const size = ELEMENT_SIZE[dtype];
      const usable = bytes.subarray(0, bytes.length - (bytes.length % size));
      floats = decodeFloatStorage(usable, dtype, this.littleEndian);
      this.decoded.set(dtype, floats);
    }
    return floats;
  }
}

/** A tensor as _rebuild_tensor_v2 describes it: a strided view of a storage. */
export class TensorRef {
  constructor(
    readonly storage: StorageRef,
    readonly storageOffset: number,
    readonly shape: readonly number[],
    readonly stride: readonly number[],
    /** Usually the storage's dtype; _rebuild_tensor_v3 gives it explicitly for untyped storages. */
    readonly dtype: TorchDtype,
  ) {}

  get isFloatingPoint(): boolean {
    return isFloatingDtype(this.dtype);
  }

  /** Nothing to see on BUILD: Parameter state (requires_grad, hooks) does not matter for inference. */
  build(): void {}

  /**
   * The tensor's values as a contiguous row-major float32 array: a view into the storage's decoded
   * floats when the tensor is contiguous, otherwise a gathered copy.
   */
  toFloat32(name: string, source: string): Float32Array {
    const where = `${source}: tensor "${name}"`;
    if (!this.isFloatingPoint) throw new Error(`${where} has dtype ${this.dtype}, not a floating-point type`);
    const storage = this.storage.asFloat32(this.dtype, source);
    const { shape, stride, storageOffset: offset } = this;
    if (shape.length !== stride.length) {
      throw new Error(`${where} has shape ${formatShape(shape)} but ${stride.length} strides`);
    }
    const count = sizeOf(shape);
    if (count === 0) return new Float32Array(0);
    let last = offset;
    for (let d = 0; d < shape.length; d++) last += (shape[d] - 1) * stride[d];
    if (last >= storage.length) {
      throw new Error(`${where} (shape ${formatShape(shape)}, strides ${formatShape(stride)}, offset ${offset}) reaches ` +
        `element ${last} of a storage with ${storage.length} elements; the checkpoint is corrupt or truncated`);
    }
    if (isContiguous(shape, stride)) return storage.subarray(offset, offset + count);
    return gather(storage, offset, shape, stride, count);
  }
}

/** Row-major contiguous, ignoring the stride of any dimension of size 1 (PyTorch does the same). */
function isContiguous(shape: readonly number[], stride: readonly number[]): boolean {
  let expected = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] !== 1 && stride[d] !== expected) return false;
    expected *= shape[d];
  }
  return true;
}

/** Copies a strided view into row-major order: an odometer over all indices, innermost dimension in a tight loop. */
function gather(storage: Float32Array, offset: number, shape: readonly number[], stride: readonly number[], count: number): Float32Array {
  const out = new Float32Array(count);
  const rank = shape.length;
  const inner = rank > 0 ? shape[rank - 1] : 1;
  const innerStride = rank > 0 ? stride[rank - 1] : 0;
  const index = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  let base = offset;
  for (let o = 0; o < count; o += inner) {
    for (let i = 0, s = base; i < inner; i++, s += innerStride) out[o + i] = storage[s];
    // Advance the outer indices like an odometer, keeping `base` = offset + Σ index[d] * stride[d].
    for (let d = rank - 2; d >= 0; d--) {
      base += stride[d];
      if (++index[d] < shape[d]) break;
      base -= stride[d] * shape[d];
      index[d] = 0;
    }
  }
  return out;
}
