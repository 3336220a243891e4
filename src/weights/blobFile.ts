// Loading a weights blob from disk: one read into one SharedArrayBuffer of the file's size, so that
// the tensors (Float32Array views of it, see blob.ts) can be handed to worker threads without a copy.

import { closeSync, fstatSync, readSync } from 'node:fs';
import { openRegularFileSync } from '../formats/inputFile.js';
import { readBlob, type Blob } from './blob.js';

/**
 * Reads a weights file (written by fetch-weights, convert or writeBlob) into shared memory: its
 * state_dict, labels and header (where the weights came from). Throws when the file is missing
 * or not a valid weights blob.
 */
export function loadBlobFile(path: string): Blob {
  let fd: number;
  try {
    // A FIFO or a device (/dev/zero) is refused here: the size read below is the regular file's.
    fd = openRegularFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT'
      ? `weights file ${path} does not exist; download or convert the weights first`
      : `cannot open weights file ${path}: ${(e as Error).message.replace(`${path}: `, '')}`);
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let read = 0; read < size;) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) throw new Error(`${path} shrank while being read (got ${read} of ${size} bytes)`);
      read += n;
    }
    return readBlob(bytes, path);
  } finally {
    closeSync(fd);
  }
}
