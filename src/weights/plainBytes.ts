// Node's Buffer is a Uint8Array whose `slice` returns a view instead of a copy. Readers that take
// views on purpose and copies on purpose turn any Buffer they are given into a plain Uint8Array over
// the same memory first, so that `slice` means what it says.

export function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
