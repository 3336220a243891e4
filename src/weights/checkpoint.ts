// Reads a PyTorch checkpoint (.pth) into a ResNet-18 state_dict, without Python and without
// running any of the file's pickle code.
//
//   bytes ─ sniff ─┬─ zip (PyTorch ≥ 1.6) ── zipCheckpoint.ts ─┐
//                  └─ legacy pickle stream ─ legacyCheckpoint.ts┴─ unpickled object with TensorRefs
//        ─ find the state_dict (top level, or nested under "state_dict", "model", …)
//        ─ strip "module." (DataParallel) / "_orig_mod." (torch.compile) prefixes
//        ─ check names and shapes against the architecture
//        ─ read the storages those tensors view (zip: inflating no further than they reach) ─ decode to float32
//
// Names and shapes are checked before any storage is read: a zip entry's data can be deflated, and
// a few MB of deflate can inflate to gigabytes, so the pickle's shapes (checked to be a ResNet-18's)
// bound what is inflated, not the sizes the archive claims.
//
// Contiguous little-endian float32 tensors are returned as views into `bytes` (no copy), so the
// caller must not modify `bytes` while using the state_dict.

import { createHash } from 'node:crypto';
import type { ResNet18Config } from '../model/architecture.js';
import { tensor, type StateDict } from '../tensor/tensor.js';
import { readInputFileSync } from '../formats/inputFile.js';
import { readLegacyCheckpoint } from './legacyCheckpoint.js';
import { describe } from './pickle.js';
import { checkStateDict, type TensorInfo } from '../model/checkStateDict.js';
import { TensorRef, type StorageRef } from './torchTensor.js';
import { ELEMENT_SIZE } from './dtypes.js';
import { plainBytes } from './plainBytes.js';
import { isZip } from './zipArchive.js';
import { openZipCheckpoint } from './zipCheckpoint.js';

export interface Checkpoint {
  /** Float32 tensors in torchvision's state_dict order (num_batches_tracked dropped). */
  stateDict: StateDict;
  config: ResNet18Config;
  /** Which container the file used. */
  format: 'zip' | 'legacy';
}

/** Where training scripts commonly put the state_dict inside a larger checkpoint dict, in search order. */
export const NESTED_STATE_DICT_KEYS = ['state_dict', 'model_state_dict', 'model', 'net', 'network'];

/** Node reads no file of 2 GiB or more in one piece; a float64 ResNet-152 is 480 MB. */
export const MAX_CHECKPOINT_BYTES = 2 ** 31 - 1;

/** Key prefixes added by wrappers: nn.DataParallel / DistributedDataParallel, torch.compile. */
const WRAPPER_PREFIXES = ['module.', '_orig_mod.'];

/** Parses and checks a checkpoint; see `readCheckpoint`, which also hashes it. */
export function parseCheckpoint(bytes: Uint8Array, fileName: string): Checkpoint {
  bytes = plainBytes(bytes);
  const format = sniffFormat(bytes, fileName);
  // A legacy file's storages are views of its bytes, attached while reading: nothing to bound there.
  const opened = format === 'zip' ? openZipCheckpoint(bytes, fileName) : { root: readLegacyCheckpoint(bytes, fileName), loadStorages: () => {} };
  const refs = stripWrapperPrefixes(findStateDict(opened.root, fileName));

  const infos = new Map<string, TensorInfo>();
  for (const [name, ref] of refs) infos.set(name, { shape: ref.shape, dtype: ref.dtype });
  const { config, parameters } = checkStateDict(infos, fileName);
  opened.loadStorages(storageNeeds(new Map(parameters.map(({ name }) => [name, refs.get(name)!])), fileName));

  const stateDict: StateDict = new Map();
  for (const { name, shape } of parameters) stateDict.set(name, tensor(shape, refs.get(name)!.toFloat32(name, fileName)));
  return { stateDict, config, format };
}

/**
 * Reads a checkpoint's ResNet-18 weights and the SHA-256 of the whole file (hex): from a file path,
 * or from the file's bytes, named in error messages by `fileName` (default "the checkpoint").
 */
export function readCheckpoint(file: string | Uint8Array, fileName?: string): Checkpoint & { sha256: string } {
  let bytes: Uint8Array;
  if (typeof file === 'string') {
    fileName ??= file;
    try {
      bytes = readInputFileSync(file, MAX_CHECKPOINT_BYTES);
    } catch (e) {
      throw new Error(`cannot read checkpoint ${file}: ${(e as Error).message.replace(`${file}: `, '')}`);
    }
  } else if (file instanceof Uint8Array) {
    bytes = file;
  } else {
    throw new TypeError(`readCheckpoint takes a file path or the file's bytes (a Uint8Array), got ${file === null ? 'null' : typeof file}`);
  }
  fileName ??= 'the checkpoint';
  const checkpoint = parseCheckpoint(bytes, fileName);
  return { ...checkpoint, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function sniffFormat(bytes: Uint8Array, fileName: string): 'zip' | 'legacy' {
  if (bytes.length === 0) throw new Error(`${fileName} is empty (0 bytes); download or copy it again`);
  if (isZip(bytes)) return 'zip';
  if (bytes[0] === 0x80) return 'legacy'; // pickle PROTO opcode
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (ascii === 'RN18BLOB') throw new Error(`${fileName} is already a converted weights blob, not a PyTorch checkpoint; load it as weights directly`);
  if (bytes.length > 262 && new TextDecoder('latin1').decode(bytes.subarray(257, 262)) === 'ustar') {
    throw new Error(`${fileName} uses the tar-based checkpoint format of PyTorch 0.1–0.3, which is not supported; ` +
      `load it in PyTorch and save it again with torch.save(model.state_dict(), "weights.pth")`);
  }
  const hex = [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const html = /^\s*</.test(ascii) ? ' It looks like an HTML or XML page, e.g. an error page saved instead of the file.' : '';
  throw new Error(`${fileName} is not a PyTorch checkpoint: it starts with bytes ${hex}, neither a zip archive (PyTorch ≥ 1.6) ` +
    `nor a pickle (older PyTorch).${html}`);
}

/**
 * The bytes of each storage that the given tensors reach: (storage offset + index of the last
 * element + 1) × element size, the most over the tensors sharing a storage, and never more than the
 * storage declares. Their sum is all a checkpoint may cost to read, whatever its entries claim; it
 * may exceed the tensors' own bytes (a tensor slicing a larger storage brings the whole storage
 * along) but not by much: absurd strides or offsets over a storage declared huge would otherwise
 * bring the deflate bomb back, so more than 4× the values' bytes + 16 MiB is refused.
 */
export function storageNeeds(tensors: ReadonlyMap<string, TensorRef>, fileName: string): Map<StorageRef, number> {
  const needs = new Map<StorageRef, number>();
  let values = 0;
  for (const t of tensors.values()) {
    let need = 0;
    if (!t.shape.includes(0)) {
      let last = t.storageOffset;
      for (let d = 0; d < Math.min(t.shape.length, t.stride.length); d++) last += (t.shape[d] - 1) * t.stride[d];
      need = Math.min((last + 1) * ELEMENT_SIZE[t.dtype], t.storage.byteLength);
    }
    values += t.shape.reduce((a, b) => a * b, 1) * ELEMENT_SIZE[t.dtype];
    needs.set(t.storage, Math.max(needs.get(t.storage) ?? 0, need));
  }
  const total = [...needs.values()].reduce((a, b) => a + b, 0);
  const budget = 4 * values + 16 * 2 ** 20;
  if (total > budget) {
    throw new Error(`${fileName}: its tensors hold ${values} bytes of values but view ${total} bytes of storage (offsets and ` +
      `strides reaching far past their values); refusing to read that much. Save the weights again with ` +
      `torch.save(model.state_dict(), "weights.pth").`);
  }
  return needs;
}

function isTensorDict(value: unknown): value is Map<string, TensorRef> {
  if (!(value instanceof Map) || value.size === 0) return false;
  for (const [k, v] of value) if (typeof k !== 'string' || !(v instanceof TensorRef)) return false;
  return true;
}

/** The state_dict in the checkpoint's object: the object itself, or a tensor dict under a well-known key (two levels deep at most). */
function findStateDict(root: unknown, fileName: string): Map<string, TensorRef> {
  const search = (value: unknown, depth: number): Map<string, TensorRef> | undefined => {
    if (isTensorDict(value)) return value;
    if (!(value instanceof Map) || depth === 0) return undefined;
    for (const key of NESTED_STATE_DICT_KEYS) {
      const found = search(value.get(key), depth - 1);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(root, 2);
  if (found) return found;
  const where = NESTED_STATE_DICT_KEYS.map((k) => `"${k}"`).join(', ');
  if (root instanceof Map) {
    const keys = [...root.keys()].slice(0, 12).map((k) => (typeof k === 'string' ? `"${k}"` : describe(k))).join(', ');
    throw new Error(`${fileName} holds a dict with keys ${keys || '(none)'} but no state_dict (a dict of tensors) at its top level ` +
      `or under ${where}. Save the weights with torch.save(model.state_dict(), "weights.pth").`);
  }
  throw new Error(`${fileName} holds ${describe(root)}, not a state_dict (a dict of tensors)`);
}

/** Removes a prefix that every key shares (repeatedly: "module._orig_mod.conv1.weight" → "conv1.weight"). */
function stripWrapperPrefixes(refs: Map<string, TensorRef>): Map<string, TensorRef> {
  for (;;) {
    const prefix = WRAPPER_PREFIXES.find((p) => [...refs.keys()].every((k) => k.startsWith(p)));
    if (!prefix) return refs;
    refs = new Map([...refs].map(([k, v]) => [k.slice(prefix.length), v]));
  }
}
