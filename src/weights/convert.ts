// Converting a PyTorch checkpoint file into a weights blob file, atomically.

import { basename } from 'node:path';
import type { ResNet18Config } from '../model/architecture.js';
import { writeFileAtomic } from './atomicWrite.js';
import { writeBlob } from './blob.js';
import { readInputFileSync } from '../formats/inputFile.js';
import { MAX_CHECKPOINT_BYTES, readCheckpoint, type Checkpoint } from './checkpoint.js';
import { toolVersion } from './toolVersion.js';

/** Options of convertCheckpoint(). */
export interface ConvertOptions {
  /** Class names to store in the blob, one per class. */
  labels?: readonly string[];
}

/** What a conversion wrote. */
export interface ConvertResult {
  /** The weights file written. */
  outPath: string;
  /** The checkpoint's widths and class count. */
  config: ResNet18Config;
  /** SHA-256 of the checkpoint, hex (recorded in the blob's header). */
  sha256: string;
  /** Size of the blob written. */
  byteLength: number;
}

/** Serialises a checkpoint already in memory as a blob at `outPath` (atomically); `sha256` is the checkpoint's. */
export function writeCheckpointAsBlob(checkpoint: Checkpoint, source: { fileName: string; sha256: string }, outPath: string, options: ConvertOptions = {}): ConvertResult {
  const blob = writeBlob(checkpoint.stateDict, { source, labels: options.labels, createdBy: toolVersion() });
  writeFileAtomic(outPath, blob);
  return { outPath, config: checkpoint.config, sha256: source.sha256, byteLength: blob.length };
}

/** Reads the checkpoint at `pthPath` and writes its weights as a blob at `outPath`; nothing is written if anything fails. */
export function convertCheckpoint(pthPath: string, outPath: string, options: ConvertOptions = {}): ConvertResult {
  let bytes: Uint8Array;
  try {
    bytes = readInputFileSync(pthPath, MAX_CHECKPOINT_BYTES);
  } catch (e) {
    throw new Error(`cannot read checkpoint ${pthPath}: ${(e as Error).message.replace(`${pthPath}: `, '')}`);
  }
  const checkpoint = readCheckpoint(bytes, pthPath);
  return writeCheckpointAsBlob(checkpoint, { fileName: basename(pthPath), sha256: checkpoint.sha256 }, outPath, options);
}
