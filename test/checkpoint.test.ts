// Reading PyTorch checkpoints: every fixture in test/golden/checkpoints/ was written by PyTorch
// (tools/golden/make_checkpoints.py), and manifest.json holds, per tensor, the SHA-256 of the
// float32 values PyTorch itself gives for it. A loaded tensor matches only if it is bit-identical.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { resnet18Parameters } from '../src/model/parameters.js';
import { fillUniform } from '../src/model/counterRandom.js';
import type { StateDict } from '../src/tensor/tensor.js';
import { readCheckpoint, storageNeeds } from '../src/weights/checkpoint.js';
import { halfToFloat } from '../src/weights/dtypes.js';
import { checkStateDict } from '../src/model/checkStateDict.js';
import { openZipArchive } from '../src/weights/zipArchive.js';
import { readZipCheckpoint } from '../src/weights/zipCheckpoint.js';
import { StorageRef, TensorRef } from '../src/weights/torchTensor.js';
import { deflateBombCheckpoint, rezipCheckpoint } from './support/hostileCheckpoints.js';

const DIR = new URL('./golden/checkpoints/', import.meta.url);

interface Digest {
  shape: number[];
  sha256: string;
  first: number[];
}
interface Manifest {
  config: { widths: [number, number, number, number]; numClasses: number };
  reference: Record<string, Record<string, Digest>>;
  files: Record<string, { description: string; expect: unknown; sha256: string; bytes: number }>;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as Manifest;
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, DIR)));

function sha256Of(data: Float32Array): string {
  return createHash('sha256').update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)).digest('hex');
}

/** Every difference from PyTorch's values, one readable line per tensor (empty when all match). */
function differences(stateDict: StateDict, reference: Record<string, Digest>): string[] {
  const out: string[] = [];
  for (const [name, want] of Object.entries(reference)) {
    const got = stateDict.get(name);
    if (!got) out.push(`${name}: missing`);
    else if (sha256Of(got.data) !== want.sha256 || got.shape.join() !== want.shape.join()) {
      out.push(`${name}: expected [${want.shape}] starting ${want.first.join(', ')}; got [${got.shape}] starting ${[...got.data.subarray(0, 4)].join(', ')}`);
    }
  }
  for (const name of stateDict.keys()) if (!(name in reference)) out.push(`${name}: not in PyTorch's state_dict`);
  return out;
}

function loadError(name: string, bytes = fixture(name)): string {
  try {
    readCheckpoint(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return (e as Error).message;
  }
  throw new Error(`${name} loaded, but it should have been refused`);
}

describe('readCheckpoint on checkpoints written by PyTorch', () => {
  const loadable = Object.entries(manifest.files).filter(([, f]) => typeof f.expect === 'string');

  for (const [name, file] of loadable) {
    it(`${name} (${file.description}) loads to PyTorch's ${file.expect} values, bit for bit`, () => {
      const bytes = fixture(name);
      const checkpoint = readCheckpoint(bytes, name);
      expect(differences(checkpoint.stateDict, manifest.reference[file.expect as string])).toEqual([]);
      expect(checkpoint.config).toEqual(manifest.config);
      expect(checkpoint.sha256).toBe(file.sha256);
    });
  }

  it('returns the tensors in torchvision state_dict order, without num_batches_tracked', () => {
    const { stateDict, config } = readCheckpoint(fixture('mini_zip.pth'), 'mini_zip.pth');
    expect([...stateDict.keys()]).toEqual(resnet18Parameters(config).map((p) => p.name));
  });

  it('recognises the zip format and the legacy format', () => {
    expect(readCheckpoint(fixture('mini_zip.pth'), 'a').format).toBe('zip');
    expect(readCheckpoint(fixture('mini_legacy.pth'), 'b').format).toBe('legacy');
  });

  it('does not copy contiguous float32 tensors of a zip checkpoint: they view the file bytes', () => {
    const bytes = fixture('mini_zip.pth');
    const { stateDict } = readCheckpoint(bytes, 'mini_zip.pth');
    for (const t of stateDict.values()) expect(t.data.buffer).toBe(bytes.buffer);
  });

  it('also accepts a Node Buffer (whose slice() is a view) and still converts unaligned storages correctly', () => {
    const buffer = readFileSync(new URL('mini_big_endian.pth', DIR));
    expect(differences(readCheckpoint(buffer, 'x').stateDict, manifest.reference.float32)).toEqual([]);
  });

  it("matches mini_resnet18.json's PRNG weight definition (so tests may rebuild the weights without the file)", () => {
    const golden = JSON.parse(readFileSync(new URL('./golden/mini_resnet18.json', import.meta.url), 'utf8')) as {
      weights: { seed: number; tensors: { name: string; shape: number[]; scale: number; offset: number }[] };
    };
    const stateDict: StateDict = new Map();
    for (const r of golden.weights.tensors) {
      const data = new Float32Array(r.shape.reduce((a, b) => a * b, 1));
      stateDict.set(r.name, { shape: r.shape, data: fillUniform(data, r.name, golden.weights.seed, r.scale, r.offset) });
    }
    expect(differences(stateDict, manifest.reference.float32)).toEqual([]);
  });
});

describe('converting float16 and bfloat16 exactly', () => {
  it('decodes the float16 bit patterns of zero, subnormals, normals, the largest finite value and infinities', () => {
    expect(halfToFloat(0x0000)).toBe(0);
    expect(Object.is(halfToFloat(0x8000), -0)).toBe(true);
    expect(halfToFloat(0x0001)).toBe(2 ** -24);
    expect(halfToFloat(0x03ff)).toBe(1023 * 2 ** -24);
    expect(halfToFloat(0x0400)).toBe(2 ** -14);
    expect(halfToFloat(0x3c00)).toBe(1);
    expect(halfToFloat(0xc100)).toBe(-2.5);
    expect(halfToFloat(0x7bff)).toBe(65504);
    expect(halfToFloat(0x7c00)).toBe(Infinity);
    expect(halfToFloat(0xfc00)).toBe(-Infinity);
    expect(halfToFloat(0x7e00)).toBeNaN();
  });
});

describe('the pickle reader', () => {
  it('reads a protocol-4 pickle (FRAME, MEMOIZE, STACK_GLOBAL, SHORT_BINUNICODE, BINBYTES) as PyTorch wrote it', () => {
    const expected = (manifest.files['tiny_protocol4.pth'].expect as { tiny: Record<string, unknown> }).tiny as {
      t: Digest; h: Digest; values: Record<string, unknown>;
    };
    const root = readZipCheckpoint(fixture('tiny_protocol4.pth'), 'tiny_protocol4.pth') as Map<string, unknown>;
    const t = root.get('t') as TensorRef;
    const h = root.get('h') as TensorRef;
    expect(t).toBeInstanceOf(TensorRef);
    expect([t.shape, t.stride, t.dtype]).toEqual([[3, 2], [1, 3], 'float32']); // a transposed view
    expect(sha256Of(t.toFloat32('t', 'tiny'))).toBe(expected.t.sha256);
    expect(sha256Of(h.toFloat32('h', 'tiny'))).toBe(expected.h.sha256);
    expect((root.get('n') as TensorRef).dtype).toBe('int64');
    const values = root.get('values') as Map<string, unknown>;
    expect(values.get('list')).toEqual(expected.values.list);
    expect(String(values.get('big'))).toBe(expected.values.big);
    expect(values.get('neg')).toBe(expected.values.neg);
    expect([...(values.get('bytes') as Uint8Array)]).toEqual(expected.values.bytes);
    expect(values.get('tuple')).toEqual(expected.values.tuple);
  });
});

describe('refusing what a weights file never needs', () => {
  it('refuses a pickle that calls os.system, naming the global, without running anything', () => {
    expect(loadError('mini_forbidden.pth')).toMatch(
      /^refusing to load mini_forbidden\.pth: it references the Python global "posix\.system", which a weights file never needs/);
  });

  it('refuses a TorchScript archive with a hint', () => {
    expect(loadError('torchscript_linear.pth')).toMatch(/torchscript_linear\.pth is a TorchScript archive \(torch\.jit\.save\)/);
  });
});

describe('checking names and shapes against the architecture', () => {
  it('lists every missing and unexpected tensor in one error', () => {
    const message = loadError('mini_missing.pth');
    expect(message).toMatch(/mini_missing\.pth does not match a torchvision ResNet-18 with widths \[4, 8, 12, 16\] and 10 classes/);
    expect(message).toMatch(/3 problems/);
    expect(message).toMatch(/missing +layer2\.1\.bn1\.running_var \(expected \[8\]\)/);
    expect(message).toMatch(/missing +fc\.bias \(expected \[10\]\)/);
    expect(message).toMatch(/unexpected +layer5\.0\.conv1\.weight \[3\]/);
  });

  it('lists every mis-shaped tensor with its expected and actual shape', () => {
    const message = loadError('mini_wrong_shape.pth');
    expect(message).toMatch(/2 problems/);
    expect(message).toMatch(/wrong shape +bn1\.running_mean: expected \[4\], got \[5\]/);
    expect(message).toMatch(/wrong shape +layer3\.1\.conv2\.weight: expected \[12, 12, 3, 3\], got \[12, 12, 1, 1\]/);
  });

  it('says what the tensors are called when they are not a ResNet-18 at all', () => {
    const tensors = new Map([['encoder.weight', { shape: [3, 3], dtype: 'float32' }], ['decoder.weight', { shape: [3], dtype: 'float32' }]]);
    expect(() => checkStateDict(tensors, 'other.pth')).toThrow(
      'other.pth is not a torchvision ResNet-18 state_dict: "layer1.0.conv1.weight" is missing. Its tensors are named "encoder.weight", "decoder.weight".');
  });

  it('says which keys it found when a checkpoint dict holds no state_dict', () => {
    expect(loadError('tiny_protocol4.pth')).toMatch(/^tiny_protocol4\.pth holds a dict with keys "t", "h", "n", "values" but no state_dict \(a dict of tensors\) at its top level or under "state_dict", "model_state_dict", "model"/);
  });
});

describe('damaged or wrong files fail with a clear error (no crash, no hang)', () => {
  it('an empty file', () => {
    expect(loadError('empty.pth', new Uint8Array(0))).toBe('empty.pth is empty (0 bytes); download or copy it again');
  });

  it('an HTML page saved instead of the checkpoint', () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>Access denied</body></html>');
    expect(loadError('page.pth', html)).toMatch(/page\.pth is not a PyTorch checkpoint: it starts with bytes 3c 21 44 4f.*HTML/);
  });

  it('random bytes', () => {
    const noise = new Uint8Array(fillUniform(new Float32Array(1000), 'noise', 1, 1).buffer);
    expect(loadError('noise.pth', noise)).toMatch(/noise\.pth is not a PyTorch checkpoint/);
  });

  it('a zip archive without data.pkl', () => {
    const zip = zipSync({ 'weights/readme.txt': new TextEncoder().encode('hello') });
    expect(loadError('other.zip', zip)).toBe('other.zip is a zip archive but not a PyTorch checkpoint: it has no data.pkl (its entries: weights/readme.txt)');
  });

  it('a zip checkpoint whose storage entry is missing', () => {
    const original = fixture('mini_zip.pth');
    const root = readZipCheckpoint(original, 'x') as Map<string, TensorRef>;
    const key = root.get('conv1.weight')!.storage.key;
    // Rebuild the archive with fflate, leaving out conv1.weight's storage.
    const zip = openZipArchive(original, 'mini_zip.pth');
    const files: Record<string, Uint8Array> = {};
    for (const name of ['data.pkl', 'version']) files[`mini_zip/${name}`] = zip.read(zip.entries.get(`mini_zip/${name}`)!, Infinity);
    for (const r of root.values()) if (r.storage.key !== key) files[`mini_zip/data/${r.storage.key}`] = r.storage.bytes!;
    expect(loadError('partial.pth', zipSync(files, { level: 0 }))).toBe(
      `partial.pth is incomplete: the pickle references storage "${key}" but the archive has no mini_zip/data/${key}`);
  });

  it('a truncated zip checkpoint says it is probably truncated', () => {
    const bytes = fixture('mini_zip.pth');
    expect(loadError('cut.pth', bytes.subarray(0, bytes.length >> 1))).toMatch(
      /^cut\.pth is not a valid zip archive: its end-of-central-directory record is missing\. The file is probably truncated/);
  });

  it('a truncated legacy checkpoint names the storage that is cut off', () => {
    const bytes = fixture('mini_legacy.pth');
    expect(loadError('cut.pth', bytes.subarray(0, bytes.length - 100))).toMatch(/^cut\.pth is truncated: storage "\d+" \(\d+ × float32\) ends at byte \d+ but the file has \d+ bytes/);
    expect(loadError('cut.pth', bytes.subarray(0, 1000))).toMatch(/^cut\.pth is not a valid pickle: it ends inside an opcode/);
  });

  it('every truncation of every format fails with an Error naming the file', () => {
    for (const name of ['mini_zip.pth', 'mini_legacy.pth', 'mini_deflated.pth', 'mini_half.pth']) {
      const bytes = fixture(name);
      for (let i = 0; i < 60; i++) {
        const length = Math.floor((bytes.length * i) / 60);
        expect(loadError('cut.pth', bytes.subarray(0, length)), `${name} cut to ${length} bytes`).toContain('cut.pth');
      }
    }
  });

  // Regions: the legacy header + object pickle, the zip's data.pkl, the zip's central directory.
  for (const [name, from, to] of [['mini_legacy.pth', 0, 12000], ['mini_zip.pth', 0, 20000], ['mini_zip.pth', -8000, 0]] as const) {
    it(`corrupting any single byte of ${name} between ${from} and ${to || 'the end'} never crashes the reader`, () => {
      const original = fixture(name);
      const start = from < 0 ? original.length + from : from;
      const end = to <= 0 ? original.length + to : to;
      const positions = fillUniform(new Float32Array(150), `corrupt ${name} ${from}`, 3, 0.5, 0.5);
      for (const p of positions) {
        const bytes = original.slice();
        const at = start + Math.floor(p * (end - start));
        bytes[at] ^= 0x5a;
        try {
          readCheckpoint(bytes, 'corrupt.pth');
        } catch (e) {
          expect(e, `byte ${at}`).toBeInstanceOf(Error);
          expect((e as Error).message, `byte ${at}`).toContain('corrupt.pth');
        }
      }
    });
  }
});

describe('deflate bombs: a checkpoint is inflated no further than its tensors reach', () => {
  it('loads a checkpoint whose every storage entry inflates to 4 MiB more, keeping only what the tensors need', () => {
    const bomb = deflateBombCheckpoint(fixture('mini_zip.pth'), 4);
    expect(bomb.length).toBeLessThan(1_000_000); // its entries claim over 400 MB
    const { stateDict } = readCheckpoint(bomb, 'bomb.pth');
    expect(differences(stateDict, manifest.reference.float32)).toEqual([]);
    // conv1.weight is 4×3×7×7 float32 = 2352 bytes; its entry would inflate to 4 MiB more.
    const conv1 = stateDict.get('conv1.weight')!.data;
    expect(conv1.buffer.byteLength).toBe(2352);
  });

  it('checks names and shapes before inflating anything: entries that do not even inflate are never touched', () => {
    const garbage = new Uint8Array(fillUniform(new Float32Array(256), 'garbage', 1, 1).buffer);
    const bytes = rezipCheckpoint(fixture('mini_wrong_shape.pth'), (b) => ({ data: garbage, method: 8, size: b.length }));
    expect(loadError('shapes.pth', bytes)).toMatch(/^shapes\.pth does not match a torchvision ResNet-18 .*\n {2}wrong shape/);
  });

  it('reads no further than the tensors reach, and refuses strides that reach absurdly far into a storage declared huge', () => {
    const shared = new StorageRef('0', 'float32', 1000);
    const reads = storageNeeds(new Map([
      ['a', new TensorRef(shared, 0, [2, 3], [3, 1], 'float32')],
      ['b', new TensorRef(shared, 100, [4], [2], 'float32')],
    ]), 'x.pth');
    expect(reads.get(shared)).toBe((100 + 3 * 2 + 1) * 4);

    const huge = new StorageRef('1', 'float32', 2 ** 40);
    expect(() => storageNeeds(new Map([['conv1.weight', new TensorRef(huge, 0, [64, 3, 7, 7], [1e9, 147, 7, 1], 'float32')]]), 'strides.pth'))
      .toThrow(/^strides\.pth: its tensors hold 37632 bytes of values but view 2520\d{8} bytes of storage/);
  });

  it('refuses a data.pkl claiming more than any state_dict pickle needs, before inflating it', () => {
    const bytes = rezipCheckpoint(fixture('mini_zip.pth'), (b) => ({ data: b, method: 0, size: b.length }));
    const zip = openZipArchive(bytes, 'x');
    const pickle = zip.entries.get('mini_zip/data.pkl')!;
    // Rewrite the claimed size of data.pkl in its central directory entry (offset 24) to 100 MiB.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    for (let at = bytes.length - 22 - 1; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50 && view.getUint32(at + 42, true) === pickle.localHeaderOffset) {
        view.setUint16(at + 10, 8, true);
        view.setUint32(at + 24, 100 * 2 ** 20, true);
        break;
      }
    }
    expect(loadError('pickle.pth', bytes)).toMatch(/^pickle\.pth: its mini_zip\/data\.pkl claims 104857600 bytes, more than a state_dict's pickle ever needs/);
  });
});
