// Reading an input whole (an image, a .npy tensor, a checkpoint, a manifest), bounded.
//
// readFile() on a path reads until the end of the file, and some paths have none: /dev/zero or
// /dev/urandom (character devices) grow the process until it is killed, and a named pipe (FIFO)
// blocks open() until a writer comes, which may be never. So a path is opened with O_NONBLOCK
// (a FIFO opens at once instead of waiting), checked to be a regular file by fstat on the open
// descriptor (no window between the check and the read), and read no further than a limit, whatever
// size the file reports (files in /proc report 0). stdin is read the same way: refused when it is a
// device, and never past the limit when it is a pipe.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * The largest image or tensor file read: over 2× an uncompressed 100-megapixel RGB image (the
 * default pixel limit), and a .npy batch of over 400 images of 224×224.
 */
export const MAX_INPUT_BYTES = 256 * 2 ** 20;

/** A regular file, or why this is not one, in words ("is a character device (like /dev/zero)"). */
function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isCharacterDevice()) return 'is a character device (like /dev/zero or a terminal), not a file: it might never end';
  if (info.isFIFO()) return 'is a named pipe (FIFO), not a file: it might never end';
  if (info.isSocket()) return 'is a socket, not a file';
  if (info.isBlockDevice()) return 'is a block device, not a file';
  return 'is not a regular file';
}

/** `subject` is "PATH: is" or "stdin is". */
function tooLarge(subject: string, limit: number): Error {
  return new Error(`${subject} larger than ${Math.round(limit / 2 ** 20)} MiB, more than any input this tool reads; refusing it`);
}

function openError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new Error(`${path}: no such file`);
  if (code === 'EISDIR') return new Error(`${path}: is a directory, not a file`);
  return new Error(`${path}: cannot read it: ${(error as Error).message}`);
}

// O_NONBLOCK only matters for a FIFO (open returns at once); reads of a regular file ignore it.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The buffer a file is read into: refused unless a regular file within `limit`, then its size and
 * one byte more, to tell a file that grew past the limit from one that ends there.
 */
function firstBuffer(info: Stats, path: string, limit: number): Uint8Array {
  const why = notRegular(info);
  if (why) throw new Error(`${path}: ${why}`);
  if (info.size > limit) throw tooLarge(`${path}: is`, limit);
  return new Uint8Array(Math.max(info.size, 64 * 1024) + 1);
}

/** A full buffer, twice as large (at most the limit and one byte), or the error once past the limit. */
function grown(bytes: Uint8Array, path: string, limit: number): Uint8Array {
  if (bytes.length > limit) throw tooLarge(`${path}: is`, limit);
  const larger = new Uint8Array(Math.min(bytes.length * 2, limit + 1));
  larger.set(bytes);
  return larger;
}

function finished(bytes: Uint8Array, length: number, path: string, limit: number): Uint8Array {
  if (length > limit) throw tooLarge(`${path}: is`, limit);
  return bytes.subarray(0, length);
}

/** The whole file at `path`, if it is a regular file of at most `limit` bytes; errors start with the path. */
export async function readInputFile(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const file = await open(path, OPEN_FLAGS).catch((error: unknown) => Promise.reject(openError(path, error)));
  try {
    let bytes = firstBuffer(await file.stat(), path, limit);
    let length = 0;
    for (;;) {
      if (length === bytes.length) bytes = grown(bytes, path, limit);
      const { bytesRead } = await file.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return finished(bytes, length, path, limit);
  } finally {
    await file.close();
  }
}

/** readInputFile, synchronously. */
export function readInputFileSync(path: string, limit = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw openError(path, error);
  }
  try {
    let bytes = firstBuffer(fstatSync(fd), path, limit);
    let length = 0;
    for (;;) {
      if (length === bytes.length) bytes = grown(bytes, path, limit);
      const n = readSync(fd, bytes, length, bytes.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return finished(bytes, length, path, limit);
  } finally {
    closeSync(fd);
  }
}

/** Checks that `path` (already open as `fd`) is a regular file; for readers that read it themselves. */
export function checkRegularFile(fd: number, path: string): void {
  const why = notRegular(fstatSync(fd));
  if (why) throw new Error(`${path}: ${why}`);
}

/** Opens `path` for reading without blocking on a FIFO, and checks it is a regular file (else closes it and throws). */
export function openRegularFileSync(path: string): number {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    checkRegularFile(fd, path);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/**
 * All of this process's stdin, at most `limit` bytes: refused at once when it is a terminal or a
 * device (`< /dev/zero`), cut with an error past the limit when it is a pipe (`cat /dev/zero |`).
 */
export async function readProcessStdin(limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new Error('stdin is a terminal: pipe an image or a .npy tensor in (resnet18 classify - < photo.jpg)');
  const info = fstatSync(0);
  if (info.isCharacterDevice()) throw new Error('stdin is a character device (like /dev/zero), not a file or a pipe: it might never end');
  if (info.isFile() && info.size > limit) throw tooLarge('stdin is', limit);
  return readStreamBounded(process.stdin, 'stdin', limit);
}

/** All of a stream, or an error naming it as `what` once it gives more than `limit` bytes (it is then destroyed). */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string> & { destroy(): void }, what: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > limit) {
      stream.destroy();
      throw tooLarge(`${what} is`, limit);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}
