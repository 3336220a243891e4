// A read-only zip archive over bytes already in memory, for the zip format torch.save writes
// (PyTorch >= 1.6). Only the central directory is parsed; an entry's contents are read when
// asked for, and a stored (uncompressed) entry is returned as a subarray of the archive's bytes —
// a 45 MB checkpoint is never copied just to be unzipped. Deflated entries (checkpoints re-zipped
// by other tools) are inflated with fflate, streaming, and never past the number of bytes the caller
// says it needs: a few MB of deflate can claim (and inflate to) gigabytes, so the caller, which
// knows from the pickle how large each storage is, sets the bound, not the archive.
//
// Layout read here (APPNOTE.TXT, all integers little-endian):
//   end of central directory (EOCD), the last 22 + comment bytes of the file:
//     0 u32 0x06054b50 | 8 u16 entries | 12 u32 directory size | 16 u32 directory offset | 20 u16 comment length
//   ZIP64 EOCD locator, the 20 bytes just before the EOCD (torch always writes one):
//     0 u32 0x07064b50 | 8 u64 offset of the ZIP64 EOCD
//   ZIP64 EOCD: 0 u32 0x06064b50 | 32 u64 entries | 40 u64 directory size | 48 u64 directory offset
//   central directory entry (one per file):
//     0 u32 0x02014b50 | 8 u16 flags | 10 u16 method | 20 u32 compressed size | 24 u32 size
//     28 u16 name length | 30 u16 extra length | 32 u16 comment length | 42 u32 local header offset | 46 name
//     extra field 0x0001 (ZIP64) holds, in order, whichever of size / compressed size / offset are 0xffffffff
//   local header: 0 u32 0x04034b50 | 26 u16 name length | 28 u16 extra length | 30 name, extra, then the data
// The local header's extra field differs from the central one (torch pads it so that every entry's
// data starts at a multiple of 64 bytes), so the data offset is always read from the local header.
//
// CRC-32s are not checked: a checkpoint's integrity is established by its SHA-256 (see download.ts),
// and every structural field is bounds-checked so that a truncated file fails with a clear message.

import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  /** Entries by name, in central-directory order. */
  entries: Map<string, ZipEntry>;
  /**
   * The entry's first `limit` bytes (all of them when it is shorter): a view into the archive's
   * bytes when stored, a new array when deflated. Inflation stops at `limit`, whatever the entry claims.
   */
  read(entry: ZipEntry, limit: number): Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Compressed bytes handed to the inflater at a time: at deflate's ~1032:1 at most ~4 MB come out of one (the most inflated past need). */
const INFLATE_STEP = 4 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  // "PK\3\4" starts a local header; "PK\5\6" is an empty archive's EOCD.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

export function openZipArchive(bytes: Uint8Array, fileName: string): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (what: string): Error =>
    new Error(`${fileName} is not a valid zip archive: ${what}. The file is probably truncated or damaged; download or copy it again.`);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number, field: string): number => {
    const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw corrupt(`${field} ${value} is too large`);
    return value;
  };

  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    throw corrupt('its end-of-central-directory record is missing');
  }
  let entryCount = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);

  const locator = eocd - 20;
  if (locator >= 0 && u32(locator) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64 = u64(locator + 8, 'the ZIP64 record offset');
    if (zip64 + 56 > bytes.length || u32(zip64) !== ZIP64_EOCD_SIGNATURE) {
      throw corrupt('the ZIP64 end-of-central-directory record is missing');
    }
    entryCount = u64(zip64 + 32, 'the entry count');
    directorySize = u64(zip64 + 40, 'the central directory size');
    directoryOffset = u64(zip64 + 48, 'the central directory offset');
  }
  if (directoryOffset + directorySize > bytes.length) {
    throw corrupt(`its central directory (bytes ${directoryOffset}..${directoryOffset + directorySize}) lies beyond the end of the file (${bytes.length} bytes)`);
  }

  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > directoryOffset + directorySize || u32(at) !== CENTRAL_SIGNATURE) {
      throw corrupt(`central directory entry ${i} of ${entryCount} is malformed`);
    }
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localHeaderOffset = u32(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directoryOffset + directorySize) throw corrupt(`central directory entry ${i} runs past the directory`);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new Error(`${fileName}: zip entry "${name}" is encrypted; PyTorch checkpoints never are`);

    // ZIP64 extended information: only the fields whose 32-bit value is saturated are present.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const take = (label: string): number => {
          if (field + 8 > extra + 4 + length) throw corrupt(`the ZIP64 field of "${name}" is too short`);
          const value = u64(field, label);
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = take('an entry size');
        if (compressedSize === 0xffffffff) compressedSize = take('an entry size');
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take('an entry offset');
      }
      extra += 4 + length;
    }
    entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
    at = next;
  }

  const read = (entry: ZipEntry, limit: number): Uint8Array => {
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || u32(header) !== LOCAL_SIGNATURE) {
      throw corrupt(`the local header of "${entry.name}" (at byte ${header}) is missing`);
    }
    const start = header + 30 + u16(header + 26) + u16(header + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) {
      throw corrupt(`entry "${entry.name}" ends at byte ${end} but the file has ${bytes.length} bytes`);
    }
    const stored = bytes.subarray(start, end);
    const wanted = Math.min(entry.size, limit);
    if (entry.method === 0) {
      if (entry.size !== entry.compressedSize) throw corrupt(`stored entry "${entry.name}" has two different sizes`);
      return stored.subarray(0, wanted);
    }
    if (entry.method === 8) {
      // Deflate cannot expand data more than ~1032:1; a larger claimed size is corrupt.
      if (entry.size > entry.compressedSize * 1032 + 1024) {
        throw corrupt(`deflated entry "${entry.name}" claims ${entry.size} bytes from ${entry.compressedSize} compressed bytes`);
      }
      const inflated = inflatePrefix(stored, wanted, (e) => corrupt(`entry "${entry.name}" does not inflate (${e.message})`));
      if (inflated.length < wanted) {
        throw corrupt(`entry "${entry.name}" inflates to ${inflated.length} bytes, short of the ${entry.size} it claims`);
      }
      return inflated;
    }
    throw new Error(`${fileName}: zip entry "${entry.name}" uses compression method ${entry.method}; only stored (0) and deflate (8) are supported`);
  };

  return { entries, read };
}

/** Byte offset of the EOCD record, searching back over a possible archive comment; -1 if absent. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) === view.byteLength) {
      return at;
    }
  }
  return -1;
}

/**
 * The first `wanted` bytes a deflate stream inflates to (fewer if it ends sooner). The input goes
 * in by INFLATE_STEP so that output past `wanted` is never produced in bulk, only the last step's.
 */
function inflatePrefix(deflated: Uint8Array, wanted: number, corrupt: (e: Error) => Error): Uint8Array {
  const out = new Uint8Array(wanted);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    const take = Math.min(chunk.length, wanted - filled);
    out.set(chunk.subarray(0, take), filled);
    filled += take;
  });
  try {
    for (let at = 0; at < deflated.length && filled < wanted; at += INFLATE_STEP) {
      const next = Math.min(at + INFLATE_STEP, deflated.length);
      inflater.push(deflated.subarray(at, next), next === deflated.length);
    }
  } catch (e) {
    throw corrupt(e as Error);
  }
  return filled === wanted ? out : out.subarray(0, filled);
}
