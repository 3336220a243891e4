// NumPy's .npy format, for float32 tensors in C order (the format numpy.save writes):
//
//   "\x93NUMPY", major, minor, header length (uint16 for v1, uint32 for v2/v3),
//   an ASCII (v3: UTF-8) Python dict literal {'descr': '<f4', 'fortran_order': False, 'shape': (3, 224, 224), }
//   padded with spaces and a newline so the data starts on a 64-byte boundary, then the raw values.

import { sizeOf, tensor, type Tensor } from '../tensor/tensor.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export class NpyError extends Error {}

/** Whether bytes start with the .npy magic (a file's first 6 bytes are enough). */
export function isNpyHeader(head: Uint8Array): boolean {
  return head.length >= MAGIC.length && MAGIC.every((b, i) => head[i] === b);
}

/** A NumPy .npy file's bytes (float32, C order, as numpy.save writes) → a tensor; `source` names it in errors. */
export function readNpy(bytes: Uint8Array, source: string): Tensor {
  const fail = (why: string): never => {
    throw new NpyError(`${source}: ${why}`);
  };
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail('not a NumPy .npy file (no \\x93NUMPY magic)');
  const major = bytes[6];
  if (major < 1 || major > 3) fail(`unsupported .npy format version ${major}.${bytes[7]}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : bytes.length >= 12 ? view.getUint32(8, true) : fail('truncated header');
  const headerStart = major === 1 ? 10 : 12;
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) fail('truncated header');
  const header = new TextDecoder().decode(bytes.subarray(headerStart, dataStart));

  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1] ?? fail('header has no dtype (descr)');
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1] ?? fail('header has no fortran_order');
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1] ?? fail('header has no shape');
  if (descr !== '<f4' && descr !== '=f4') {
    fail(`dtype is ${describeDtype(descr)}, expected float32 ('<f4'): save it with array.astype(numpy.float32)`);
  }
  if (fortran !== 'False') fail('array is in Fortran order; save it with numpy.ascontiguousarray(array)');
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map((s) => {
    const d = Number(s.replace(/L$/, ''));
    return Number.isInteger(d) && d >= 0 ? d : fail(`invalid shape (${shapeText})`);
  });
  const expectedBytes = sizeOf(shape) * 4;
  if (bytes.length - dataStart < expectedBytes) {
    fail(`truncated: shape (${shape.join(', ')}) needs ${expectedBytes} bytes of data, the file has ${bytes.length - dataStart}`);
  }
  if (bytes.length - dataStart > expectedBytes) fail(`${bytes.length - dataStart - expectedBytes} unexpected bytes after the data`);
  // Copy into a fresh, aligned array (the file's bytes may start at any offset).
  const data = new Float32Array(sizeOf(shape));
  new Uint8Array(data.buffer).set(bytes.subarray(dataStart, dataStart + expectedBytes));
  return tensor(shape, data);
}

function describeDtype(descr: string): string {
  const names: Record<string, string> = {
    '<f8': 'float64', '<f2': 'float16', '|u1': 'uint8', '<i8': 'int64', '<i4': 'int32', '>f4': 'big-endian float32',
  };
  return names[descr] ? `${names[descr]} ('${descr}')` : `'${descr}'`;
}

/** A tensor → the bytes of a .npy file numpy.load reads (float32, C order, format 1.0). */
export function writeNpy(t: Tensor): Uint8Array {
  const shape = t.shape.length === 1 ? `(${t.shape[0]},)` : `(${t.shape.join(', ')})`;
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': ${shape}, }`;
  const unpadded = 10 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + t.data.length * 4);
  out.set(MAGIC);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.length * 4), 10 + header.length);
  return out;
}
