// Checkpoints built to cost memory, as an attacker would write them (tests and bench/hostile.ts):
// a real checkpoint re-zipped with every storage entry deflated and followed by a long run of zeros
// (a deflate bomb), or with its storage entries replaced by bytes that do not inflate at all.
//
// The deflate streams are assembled by hand from byte-aligned pieces, so that a 200 MB bomb costs
// a few milliseconds to build:
//   stored block (BFINAL 0, BTYPE 00): the real bytes, ≤ 65535 at a time
//   zeros block × n: one MiB of zeros compressed once by zlib, ended by a sync flush (a byte
//                    boundary, no final block); it refers to nothing before itself, so copies of
//                    it can follow anything
//   stored block (BFINAL 1, LEN 0): the end of the stream

import { constants, deflateRawSync } from 'node:zlib';
import { openZipArchive } from '../../src/weights/zipArchive.js';

const MIB = 2 ** 20;

let zerosBlock: Uint8Array | undefined;
/** One MiB of zeros as non-final deflate blocks ending on a byte boundary (about 1 KB). */
function mibOfZeros(): Uint8Array {
  zerosBlock ??= new Uint8Array(deflateRawSync(new Uint8Array(MIB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  return zerosBlock;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function storedBlock(data: Uint8Array, final: boolean): Uint8Array {
  const block = new Uint8Array(5 + data.length);
  block[0] = final ? 1 : 0;
  block[1] = data.length & 0xff;
  block[2] = data.length >> 8;
  block[3] = ~data.length & 0xff;
  block[4] = (~data.length >> 8) & 0xff;
  block.set(data, 5);
  return block;
}

/** A raw deflate stream of `data` followed by `zeroMib` MiB of zeros. */
export function deflateWithZeros(data: Uint8Array, zeroMib: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < data.length; at += 65535) parts.push(storedBlock(data.subarray(at, at + 65535), false));
  for (let i = 0; i < zeroMib; i++) parts.push(mibOfZeros());
  parts.push(storedBlock(new Uint8Array(0), true));
  return concat(parts);
}

export interface ZipFile {
  name: string;
  /** What the entry holds: as is (method 0), or a raw deflate stream (method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The inflated size the archive claims. */
  size: number;
}

/** A plain zip archive (no ZIP64, CRCs left 0: the reader does not check them). */
export function writeZip(files: readonly ZipFile[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, file.method, true);
    l.setUint32(18, file.data.length, true);
    l.setUint32(22, file.size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, file.method, true);
    c.setUint32(20, file.data.length, true);
    c.setUint32(24, file.size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, file.data);
    centrals.push(central);
    offset += local.length + file.data.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, directory.length, true);
  e.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}

/**
 * A PyTorch zip checkpoint re-zipped with each storage entry (`<prefix>/data/<key>`) replaced by
 * `storage(bytes)`; the other entries are kept as they are.
 */
export function rezipCheckpoint(checkpoint: Uint8Array, storage: (bytes: Uint8Array) => { data: Uint8Array; method: 0 | 8; size: number }): Uint8Array {
  const zip = openZipArchive(checkpoint, 'checkpoint');
  const files: ZipFile[] = [];
  for (const entry of zip.entries.values()) {
    const bytes = zip.read(entry, Infinity);
    files.push(/\/data\/[^/]+$/.test(entry.name)
      ? { name: entry.name, ...storage(bytes) }
      : { name: entry.name, data: bytes, method: 0, size: bytes.length });
  }
  return writeZip(files);
}

/**
 * The first `count` storage entries followed by `zeroMib` MiB of zeros, deflated: each claims and
 * inflates to that much more than its storage (the others deflated as they are).
 */
export function deflateBombCheckpoint(checkpoint: Uint8Array, zeroMib: number, count = Infinity): Uint8Array {
  let bombed = 0;
  return rezipCheckpoint(checkpoint, (bytes) => {
    const zeros = bombed++ < count ? zeroMib : 0;
    return { data: deflateWithZeros(bytes, zeros), method: 8, size: bytes.length + zeros * MIB };
  });
}
