// The weights blob: round trip from a PyTorch checkpoint, zero-copy loading, atomic conversion,
// and clear failures for every kind of damaged blob.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BLOB_ALIGNMENT, readBlob, writeBlob, type BlobHeader } from '../src/weights/blob.js';
import { loadBlobFile } from '../src/weights/blobFile.js';
import { readCheckpoint } from '../src/weights/checkpoint.js';
import { convertCheckpoint } from '../src/weights/convert.js';

const DIR = new URL('./golden/checkpoints/', import.meta.url);
const CHECKPOINT = new URL('mini_zip.pth', DIR).pathname;
interface Manifest {
  config: { widths: number[]; numClasses: number };
  reference: { float32: Record<string, { shape: number[]; sha256: string }> };
  files: Record<string, { sha256: string }>;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as Manifest;
const LABELS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const checkpoint = readCheckpoint(readFileSync(CHECKPOINT), 'mini_zip.pth');
const source = { fileName: 'mini_zip.pth', sha256: checkpoint.sha256 };
const blob = writeBlob(checkpoint.stateDict, { source, labels: LABELS, createdBy: 'resnet18-ts test' });

const scratch = mkdtempSync(join(tmpdir(), 'blob-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sha256Of(data: Float32Array): string {
  return createHash('sha256').update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)).digest('hex');
}

function readError(bytes: Uint8Array, name = 'resnet18.bin'): string {
  try {
    readBlob(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return (e as Error).message;
  }
  throw new Error('the blob was accepted, but it should have been refused');
}

/** The blob with its JSON header edited; the header is written back in place (it must not grow past the first tensor). */
function withHeader(bytes: Uint8Array, edit: (header: BlobHeader) => void): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const header = JSON.parse(new TextDecoder().decode(out.subarray(16, 16 + view.getUint32(12, true)))) as BlobHeader;
  const firstTensor = Math.min(...header.tensors.map((t) => t.offset));
  edit(header);
  const json = new TextEncoder().encode(JSON.stringify(header));
  if (16 + json.length > firstTensor) throw new Error('edited header does not fit');
  out.fill(0, 16, firstTensor);
  out.set(json, 16);
  view.setUint32(12, json.length, true);
  return out;
}

describe('writeBlob / readBlob', () => {
  it("round-trips a checkpoint to PyTorch's values, bit for bit, with config, source and labels", () => {
    const read = readBlob(blob, 'mini.bin');
    for (const [name, want] of Object.entries(manifest.reference.float32)) {
      expect(sha256Of(read.stateDict.get(name)!.data), name).toBe(want.sha256);
      expect(read.stateDict.get(name)!.shape, name).toEqual(want.shape);
    }
    expect(read.config).toEqual(manifest.config);
    expect(read.labels).toEqual(LABELS);
    expect(read.header.source).toEqual({ fileName: 'mini_zip.pth', sha256: manifest.files['mini_zip.pth'].sha256 });
    expect(read.header.createdBy).toBe('resnet18-ts test');
  });

  it('loads without copying: every tensor is a Float32Array view of the blob bytes, 64-byte aligned', () => {
    const read = readBlob(blob);
    for (const t of read.stateDict.values()) {
      expect(t.data.buffer).toBe(blob.buffer);
      expect((t.data.byteOffset - blob.byteOffset) % BLOB_ALIGNMENT).toBe(0);
    }
  });

  it('is deterministic: the same checkpoint gives byte-identical blobs', () => {
    expect(writeBlob(checkpoint.stateDict, { source, labels: LABELS, createdBy: 'resnet18-ts test' })).toEqual(blob);
  });

  it('has a header a person can read with head/xxd: magic, version, then JSON with the architecture and tensor table', () => {
    const text = new TextDecoder('latin1').decode(blob.subarray(0, 2000));
    expect(text.startsWith('RN18BLOB\x01\x00\x00\x00')).toBe(true);
    expect(text).toContain('"architecture": "resnet18"');
    expect(text).toContain('"widths": [4,8,12,16]');
    expect(text).toContain('{"name":"conv1.weight","dtype":"float32","shape":[4,3,7,7],"offset":');
  });

  it('reads a blob whose bytes start at an unaligned offset (copying once)', () => {
    const shifted = new Uint8Array(blob.length + 1).subarray(1);
    shifted.set(blob);
    const read = readBlob(shifted);
    expect(sha256Of(read.stateDict.get('fc.weight')!.data)).toBe(manifest.reference.float32['fc.weight'].sha256);
  });

  it('refuses labels that do not match the class count', () => {
    expect(() => writeBlob(checkpoint.stateDict, { labels: ['a', 'b'] })).toThrow('cannot write a weights blob with 2 labels for a model with 10 classes');
  });
});

describe('loadBlobFile and convertCheckpoint', () => {
  it('converts a .pth into a blob file and loads it into one SharedArrayBuffer for worker threads', () => {
    const out = join(scratch, 'mini.bin');
    const result = convertCheckpoint(CHECKPOINT, out, { labels: LABELS });
    expect(result).toMatchObject({ outPath: out, config: manifest.config, sha256: manifest.files['mini_zip.pth'].sha256 });
    expect(readdirSync(scratch)).toEqual(['mini.bin']); // no temporary file left
    const loaded = loadBlobFile(out);
    const buffer = loaded.stateDict.get('conv1.weight')!.data.buffer;
    expect(buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const t of loaded.stateDict.values()) expect(t.data.buffer).toBe(buffer);
    expect(sha256Of(loaded.stateDict.get('layer4.1.bn2.running_var')!.data)).toBe(manifest.reference.float32['layer4.1.bn2.running_var'].sha256);
    expect(loaded.labels).toEqual(LABELS);
  });

  it('leaves neither the output nor a temporary file when the checkpoint is refused, and keeps an existing output', () => {
    const dir = mkdtempSync(join(scratch, 'refused-'));
    const out = join(dir, 'weights.bin');
    expect(() => convertCheckpoint(new URL('mini_forbidden.pth', DIR).pathname, out)).toThrow(/posix\.system/);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(out, 'previous');
    expect(() => convertCheckpoint(new URL('mini_wrong_shape.pth', DIR).pathname, out)).toThrow(/wrong shape/);
    expect(readdirSync(dir)).toEqual(['weights.bin']);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });

  it('says clearly when the weights file does not exist', () => {
    expect(() => loadBlobFile(join(scratch, 'nope.bin'))).toThrow(/nope\.bin does not exist; download or convert the weights first/);
    expect(existsSync(join(scratch, 'nope.bin'))).toBe(false);
  });
});

describe('damaged blobs fail with a clear error', () => {
  it('an empty or tiny file', () => {
    expect(readError(new Uint8Array(0))).toMatch(/resnet18\.bin is empty/);
    expect(readError(blob.subarray(0, 10))).toMatch(/resnet18\.bin is truncated: it has only 10 bytes/);
  });

  it('a wrong magic, or a checkpoint passed where a blob is expected', () => {
    const bad = blob.slice();
    bad[0] = 0x58;
    expect(readError(bad)).toBe('resnet18.bin is not a weights blob: it starts with "XN18BLOB" instead of "RN18BLOB"');
    expect(readError(new Uint8Array(readFileSync(CHECKPOINT)))).toMatch(/is a PyTorch checkpoint, not a weights blob; convert it first/);
  });

  it('another format version', () => {
    const bad = blob.slice();
    new DataView(bad.buffer).setUint32(8, 2, true);
    expect(readError(bad)).toMatch(/resnet18\.bin is weights blob format version 2, but this build reads version 1/);
  });

  it('a truncated file names the first tensor that is cut off', () => {
    const read = readBlob(blob);
    const last = read.header.tensors[read.header.tensors.length - 1];
    expect(readError(blob.subarray(0, blob.length - 1))).toBe(
      `resnet18.bin is truncated: tensor "${last.name}" ends at byte ${blob.length} but the file has ${blob.length - 1} bytes; convert or download it again`);
    const cut = read.header.tensors[50].offset + 10;
    expect(readError(blob.subarray(0, cut))).toMatch(
      new RegExp(`truncated: tensor "${read.header.tensors[50].name}" ends at byte \\d+ but the file has ${cut} bytes \\(and \\d+ more tensors lie beyond the end\\)`));
    expect(readError(blob.subarray(0, 100))).toMatch(/resnet18\.bin is truncated: its header ends at byte \d+ but the file has 100 bytes/);
  });

  it('a header that is not JSON', () => {
    const bad = blob.slice();
    bad[16] = 0x7b + 1;
    expect(readError(bad)).toMatch(/resnet18\.bin is corrupt: its header is not valid UTF-8 JSON/);
  });

  it('a header that places a tensor outside the file', () => {
    const bad = withHeader(blob, (h) => { h.tensors[3].offset = Math.ceil(blob.length / 64) * 64 + 640; });
    expect(readError(bad)).toMatch(/resnet18\.bin is truncated: tensor "bn1\.running_mean" ends at byte \d+ but the file has \d+ bytes/);
  });

  it('a header with a misaligned offset', () => {
    const bad = withHeader(blob, (h) => { h.tensors[0].offset += 4; });
    expect(readError(bad)).toMatch(/tensor "conv1\.weight" starts at byte \d+, which is not a multiple of 64; the file is corrupt/);
  });

  it('a header whose shape and byte length disagree', () => {
    const bad = withHeader(blob, (h) => { h.tensors[0].shape = [4, 3, 7, 8]; });
    expect(readError(bad)).toMatch(/tensor "conv1\.weight" has shape \[4, 3, 7, 8\] \(672 float32 values = 2688 bytes\) but the header gives it 2352 bytes/);
  });

  it('a header whose shapes do not describe a ResNet-18', () => {
    const bad = withHeader(blob, (h) => {
      const t = h.tensors.find((e) => e.name === 'layer2.0.bn1.weight')!;
      t.shape = [4];
      t.length = 16;
    });
    expect(readError(bad)).toMatch(/wrong shape +layer2\.0\.bn1\.weight: expected \[8\], got \[4\]/);
  });

  it('a header whose widths contradict its tensors', () => {
    const bad = withHeader(blob, (h) => { h.widths = [4, 8, 12, 32]; });
    expect(readError(bad)).toMatch(/the header says widths \[4, 8, 12, 32\] and 10 classes, but its tensors have widths \[4, 8, 12, 16\]/);
  });

  it('a header with overlapping tensors, a tensor inside the header, or a duplicate name', () => {
    expect(readError(withHeader(blob, (h) => { h.tensors[2].offset = h.tensors[1].offset; }))).toBe('resnet18.bin: tensors "bn1.weight" and "bn1.bias" overlap in the file; the file is corrupt');
    expect(readError(withHeader(blob, (h) => { h.tensors[0].offset = 64; }))).toMatch(/tensor "conv1\.weight" starts at byte 64, inside the header/);
    expect(readError(withHeader(blob, (h) => { h.tensors[2].name = 'bn1.weight'; }))).toMatch(/tensor "bn1\.weight" is listed twice/);
  });

  it('a header with a non-float32 dtype or the wrong architecture', () => {
    expect(readError(withHeader(blob, (h) => { (h.tensors[0] as { dtype: string }).dtype = 'float16'; }))).toMatch(/only "float32" is supported/);
    expect(readError(withHeader(blob, (h) => { (h as { architecture: string }).architecture = 'resnet50'; }))).toMatch(/names architecture "resnet50", not "resnet18"/);
  });
});
