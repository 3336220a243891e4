// Writes a file so that readers see either the old file or the complete new one, never a part:
// write a temporary file in the same directory (same file system, so rename is atomic), fsync it,
// rename it over the target, fsync the directory. On any error the temporary file is removed.
// A missing parent directory is created (`-o models/new/resnet18.bin` just works).
// Temporary names end in ".tmp" (ignored by git) in case the process is killed mid-write.

import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A fresh temporary path next to `path`, e.g. "weights/.resnet18.bin.12345-1a2b3c4d.tmp". */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temporary = temporaryPathFor(path);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'wx', 0o644);
    for (let written = 0; written < data.length;) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // already gone (or never created)
    }
    throw e;
  }
  syncDirectory(dirname(path));
}

/** Makes the rename itself durable. Best effort: not every platform can fsync a directory. */
function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // e.g. Windows; the data itself is already synced
  }
}
