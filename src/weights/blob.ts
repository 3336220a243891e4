// The weights blob: one self-describing file holding a ResNet-18 state_dict as raw float32, laid out
// so that loading it is one read and no copy: every tensor is a Float32Array view of the file's bytes.
// Byte-by-byte layout (documented with examples in weights/README.md):
//
//   offset 0    8 bytes   ASCII magic "RN18BLOB"
//   offset 8    uint32 LE format version (1)
//   offset 12   uint32 LE header length H, in bytes
//   offset 16   H bytes   UTF-8 JSON header (architecture, widths, numClasses, source checkpoint,
//                         createdBy, tensor table {name, dtype, shape, offset, length}, optional labels)
//   then        zero padding up to the first tensor
//   tensors     raw little-endian float32, each starting at a multiple of 64 bytes (cache lines;
//               also SIMD- and Float32Array-aligned), zero padding between them, in torchvision order
//
// Offsets in the tensor table are absolute (from the start of the file). The header contains no
// timestamp: converting the same checkpoint twice gives byte-identical blobs.

import type { ResNet18Config } from '../model/architecture.js';
import { formatShape, sizeOf, tensor, type StateDict } from '../tensor/tensor.js';
import { plainBytes } from './plainBytes.js';
import { checkStateDict, type TensorInfo } from '../model/checkStateDict.js';

export const BLOB_MAGIC = 'RN18BLOB';
export const BLOB_FORMAT_VERSION = 1;
/** Every tensor starts at a multiple of this many bytes. */
export const BLOB_ALIGNMENT = 64;
/** Magic + version + header length. */
const PREAMBLE_BYTES = 16;

export interface BlobTensorEntry {
  name: string;
  dtype: 'float32';
  shape: number[];
  /** Absolute byte offset of the first value; a multiple of BLOB_ALIGNMENT. */
  offset: number;
  /** Bytes: 4 × the number of values. */
  length: number;
}

export interface BlobSource {
  /** The checkpoint's file name (not its path), e.g. "resnet18-f37072fd.pth". */
  fileName: string;
  /** SHA-256 of the checkpoint file, hex. */
  sha256: string;
}

export interface BlobHeader {
  format: 'resnet18-ts weights blob';
  architecture: 'resnet18';
  widths: [number, number, number, number];
  numClasses: number;
  source: BlobSource | null;
  /** Tool and version that wrote the blob, e.g. "resnet18-ts 0.1.0". */
  createdBy: string;
  tensors: BlobTensorEntry[];
  /** Class names, one per output of fc (numClasses of them), if known. */
  labels?: string[];
}

export interface BlobMeta {
  source?: BlobSource;
  labels?: readonly string[];
  createdBy?: string;
}

export interface Blob {
  /** Float32Array views into the blob's bytes, in torchvision order. */
  stateDict: StateDict;
  config: ResNet18Config;
  header: BlobHeader;
  labels?: string[];
}

function assertLittleEndianHost(): void {
  // Tensors are stored little-endian and viewed directly as Float32Array, which uses host byte order.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('weights blobs can only be read and written on little-endian machines');
}

const alignUp = (n: number): number => Math.ceil(n / BLOB_ALIGNMENT) * BLOB_ALIGNMENT;

/** Serialises a ResNet-18 state_dict (checked against the architecture) into a new blob. */
export function writeBlob(stateDict: StateDict, meta: BlobMeta = {}): Uint8Array {
  assertLittleEndianHost();
  const infos = new Map<string, TensorInfo>();
  for (const [name, t] of stateDict) infos.set(name, { shape: t.shape, dtype: 'float32' });
  const { config, parameters } = checkStateDict(infos, 'the state_dict being written');
  if (meta.labels && meta.labels.length !== config.numClasses) {
    throw new Error(`cannot write a weights blob with ${meta.labels.length} labels for a model with ${config.numClasses} classes`);
  }

  // The tensor offsets depend on the header's length, which depends on the offsets' digits:
  // lay out from a guess of where the data starts until the header fits before it.
  let dataStart = 0;
  let header: BlobHeader;
  let json: Uint8Array;
  for (;;) {
    let offset = dataStart;
    const tensors: BlobTensorEntry[] = parameters.map(({ name, shape }) => {
      const entry: BlobTensorEntry = { name, dtype: 'float32', shape: [...shape], offset, length: sizeOf(shape) * 4 };
      offset = alignUp(offset + entry.length);
      return entry;
    });
    header = {
      format: 'resnet18-ts weights blob',
      architecture: 'resnet18',
      widths: [...config.widths],
      numClasses: config.numClasses,
      source: meta.source ? { fileName: meta.source.fileName, sha256: meta.source.sha256 } : null,
      createdBy: meta.createdBy ?? 'resnet18-ts',
      tensors,
      ...(meta.labels ? { labels: [...meta.labels] } : {}),
    };
    json = new TextEncoder().encode(formatHeader(header));
    const needed = alignUp(PREAMBLE_BYTES + json.length);
    if (needed <= dataStart) break;
    dataStart = needed;
  }

  const last = header.tensors[header.tensors.length - 1];
  const out = new Uint8Array(last.offset + last.length);
  out.set(new TextEncoder().encode(BLOB_MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, BLOB_FORMAT_VERSION, true);
  view.setUint32(12, json.length, true);
  out.set(json, PREAMBLE_BYTES);
  for (const entry of header.tensors) {
    const data = stateDict.get(entry.name)!.data;
    out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), entry.offset);
  }
  return out;
}

/** JSON with one tensor per line, so `head -c 4000 blob` is readable. */
function formatHeader(header: BlobHeader): string {
  const { tensors, labels, ...top } = header;
  const lines = Object.entries(top).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  lines.push(`"tensors": [\n${tensors.map((t) => `  ${JSON.stringify(t)}`).join(',\n')}\n]`);
  if (labels) lines.push(`"labels": ${JSON.stringify(labels)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * Reads a blob: checks its magic, version, header, the placement of every tensor in the file and
 * the names and shapes against the architecture. The returned tensors are Float32Array views of
 * `bytes` (no copy) — unless `bytes` starts at an offset that is not a multiple of 4 in its
 * buffer, in which case the bytes are copied once into an aligned buffer.
 * `fileName` names the blob in error messages.
 */
export function readBlob(bytes: Uint8Array, fileName = 'weights blob'): Blob {
  assertLittleEndianHost();
  bytes = plainBytes(bytes);
  if (bytes.byteOffset % 4 !== 0) {
    const aligned = new Uint8Array(bytes.length);
    aligned.set(bytes);
    bytes = aligned;
  }
  const size = bytes.length;
  if (size < PREAMBLE_BYTES) {
    throw new Error(`${fileName} is ${size === 0 ? 'empty' : `truncated: it has only ${size} bytes`}; a weights blob starts with a ${PREAMBLE_BYTES}-byte preamble`);
  }
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (magic !== BLOB_MAGIC) {
    const looksLikeCheckpoint = (bytes[0] === 0x50 && bytes[1] === 0x4b) || bytes[0] === 0x80;
    throw new Error(looksLikeCheckpoint
      ? `${fileName} is a PyTorch checkpoint, not a weights blob; convert it first (convertCheckpoint, or the CLI's convert command)`
      : `${fileName} is not a weights blob: it starts with ${JSON.stringify(magic)} instead of "${BLOB_MAGIC}"`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== BLOB_FORMAT_VERSION) {
    throw new Error(`${fileName} is weights blob format version ${version}, but this build reads version ${BLOB_FORMAT_VERSION}; ` +
      `convert the checkpoint again with this build`);
  }
  const headerLength = view.getUint32(12, true);
  const headerEnd = PREAMBLE_BYTES + headerLength;
  if (headerEnd > size) throw new Error(`${fileName} is truncated: its header ends at byte ${headerEnd} but the file has ${size} bytes`);

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, headerEnd)));
  } catch (e) {
    throw new Error(`${fileName} is corrupt: its header is not valid UTF-8 JSON (${(e as Error).message})`);
  }
  const header = validateHeader(parsed, fileName);

  // Every tensor must lie inside the file, after the header, aligned, and not overlap another one.
  const infos = new Map<string, TensorInfo>();
  for (const t of header.tensors) {
    const where = `${fileName}: tensor "${t.name}"`;
    if (infos.has(t.name)) throw new Error(`${where} is listed twice in the header; the file is corrupt`);
    if (t.length !== sizeOf(t.shape) * 4) {
      throw new Error(`${where} has shape ${formatShape(t.shape)} (${sizeOf(t.shape)} float32 values = ${sizeOf(t.shape) * 4} bytes) but the header gives it ${t.length} bytes; the file is corrupt`);
    }
    if (t.offset % BLOB_ALIGNMENT !== 0) throw new Error(`${where} starts at byte ${t.offset}, which is not a multiple of ${BLOB_ALIGNMENT}; the file is corrupt`);
    if (t.offset < headerEnd) throw new Error(`${where} starts at byte ${t.offset}, inside the header (which ends at byte ${headerEnd}); the file is corrupt`);
    if (t.offset + t.length > size) {
      const more = header.tensors.filter((u) => u.offset + u.length > size).length - 1;
      throw new Error(`${fileName} is truncated: tensor "${t.name}" ends at byte ${t.offset + t.length} but the file has ${size} bytes` +
        (more > 0 ? ` (and ${more} more tensors lie beyond the end)` : '') + '; convert or download it again');
    }
    infos.set(t.name, { shape: t.shape, dtype: 'float32' });
  }
  const byOffset = [...header.tensors].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const [a, b] = [byOffset[i - 1], byOffset[i]];
    if (b.offset < a.offset + a.length) throw new Error(`${fileName}: tensors "${a.name}" and "${b.name}" overlap in the file; the file is corrupt`);
  }

  const { config, parameters } = checkStateDict(infos, fileName);
  if (config.numClasses !== header.numClasses || config.widths.some((w, i) => w !== header.widths[i])) {
    throw new Error(`${fileName}: the header says widths ${formatShape(header.widths)} and ${header.numClasses} classes, ` +
      `but its tensors have widths ${formatShape(config.widths)} and ${config.numClasses} classes; the file is corrupt`);
  }
  if (header.labels && header.labels.length !== config.numClasses) {
    throw new Error(`${fileName}: the header has ${header.labels.length} labels for ${config.numClasses} classes; the file is corrupt`);
  }

  const entries = new Map(header.tensors.map((t) => [t.name, t]));
  const stateDict: StateDict = new Map();
  for (const { name, shape } of parameters) {
    const t = entries.get(name)!;
    stateDict.set(name, tensor(shape, new Float32Array(bytes.buffer, bytes.byteOffset + t.offset, t.length / 4)));
  }
  return { stateDict, config, header, ...(header.labels ? { labels: header.labels } : {}) };
}

/** Checks the JSON header's structure and types; names and shapes are checked against the architecture afterwards. */
function validateHeader(value: unknown, fileName: string): BlobHeader {
  const bad = (what: string): Error => new Error(`${fileName} is corrupt: its header ${what}`);
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (!isObject(value)) throw bad('is not a JSON object');
  if (value.architecture !== 'resnet18') throw bad(`names architecture ${JSON.stringify(value.architecture)}, not "resnet18"`);
  const widths = value.widths;
  if (!Array.isArray(widths) || widths.length !== 4 || !widths.every(isCount)) throw bad(`has widths ${JSON.stringify(widths)}, not four integers`);
  if (!isCount(value.numClasses)) throw bad(`has numClasses ${JSON.stringify(value.numClasses)}, not an integer`);
  if (!Array.isArray(value.tensors)) throw bad('has no tensor table');
  value.tensors.forEach((t: unknown, i: number) => {
    if (!isObject(t) || typeof t.name !== 'string') throw bad(`tensor entry ${i} has no name`);
    if (t.dtype !== 'float32') throw bad(`gives tensor "${t.name}" dtype ${JSON.stringify(t.dtype)}; only "float32" is supported`);
    if (!Array.isArray(t.shape) || !t.shape.every(isCount)) throw bad(`gives tensor "${t.name}" the shape ${JSON.stringify(t.shape)}`);
    if (!isCount(t.offset) || !isCount(t.length)) throw bad(`gives tensor "${t.name}" offset ${JSON.stringify(t.offset)} and length ${JSON.stringify(t.length)}`);
  });
  const source = value.source;
  if (source !== null && source !== undefined && !(isObject(source) && typeof source.fileName === 'string' && typeof source.sha256 === 'string')) {
    throw bad(`has a source ${JSON.stringify(source)} that is neither null nor {fileName, sha256}`);
  }
  if (value.labels !== undefined && (!Array.isArray(value.labels) || !value.labels.every((l) => typeof l === 'string'))) {
    throw bad('has labels that are not a list of strings');
  }
  return value as unknown as BlobHeader;
}
