// The zip checkpoint format torch.save writes since PyTorch 1.6:
//
//   <prefix>/data.pkl     the pickled object; tensors refer to storages by key (persistent ids)
//   <prefix>/data/<key>   each storage's raw bytes (stored uncompressed, 64-byte aligned by torch)
//   <prefix>/byteorder    "little" or "big" (PyTorch >= 2.1; absent means little)
//   <prefix>/version      format version; .data/serialization_id etc. in newer versions
//
// <prefix> is whatever the writer chose: "archive" in recent PyTorch, the file name's stem in 1.13.
// A TorchScript archive (torch.jit.save) has the same layout plus code/ and constants.pkl.

import { unpickle } from './pickle.js';
import { torchUnpickleOptions } from './torchPickle.js';
import type { StorageRef } from './torchTensor.js';
import { openZipArchive } from './zipArchive.js';

/** Larger than any state_dict pickle (ResNet-152's is ~60 KB; training metadata adds little). */
const MAX_PICKLE_BYTES = 64 * 2 ** 20;

/** A zip checkpoint whose pickle has been read, but none of its storages yet. */
export interface OpenedZipCheckpoint {
  /** The unpickled object; its tensors' storages have no bytes until `loadStorages`. */
  root: unknown;
  /** Every storage the pickle references, by key. */
  storages: ReadonlyMap<string, StorageRef>;
  /**
   * Reads the bytes of the given storages: for each, at most the number of bytes given (what the
   * tensors viewing it reach), so a storage entry that inflates past that is never inflated further.
   */
  loadStorages(needs: ReadonlyMap<StorageRef, number>): void;
}

/**
 * Reads the checkpoint's pickle, and nothing else: the caller checks names and shapes first, then
 * says which storages to read and how much of each (see checkpoint.ts).
 */
export function openZipCheckpoint(bytes: Uint8Array, fileName: string): OpenedZipCheckpoint {
  const zip = openZipArchive(bytes, fileName);
  const names = [...zip.entries.keys()];
  const pickles = names.filter((n) => /^([^/]+\/)?data\.pkl$/.test(n));
  const isTorchScript = names.some((n) => /^([^/]+\/)?(constants\.pkl|code\/)/.test(n));
  if (isTorchScript) {
    throw new Error(`${fileName} is a TorchScript archive (torch.jit.save), not a checkpoint of weights. ` +
      `Save the weights with torch.save(model.state_dict(), "weights.pth") instead.`);
  }
  if (pickles.length !== 1) {
    const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
    throw new Error(pickles.length === 0
      ? `${fileName} is a zip archive but not a PyTorch checkpoint: it has no data.pkl (its entries: ${shown || 'none'})`
      : `${fileName} has ${pickles.length} data.pkl entries (${pickles.join(', ')}); a PyTorch checkpoint has exactly one`);
  }
  const prefix = pickles[0].slice(0, -'data.pkl'.length);

  let littleEndian = true;
  const byteorder = zip.entries.get(`${prefix}byteorder`);
  if (byteorder) {
    const order = new TextDecoder().decode(zip.read(byteorder, 16)).trim();
    if (order !== 'little' && order !== 'big') throw new Error(`${fileName}: ${prefix}byteorder says "${order}", expected "little" or "big"`);
    littleEndian = order === 'little';
  }

  const pickle = zip.entries.get(pickles[0])!;
  if (pickle.size > MAX_PICKLE_BYTES) {
    throw new Error(`${fileName}: its ${pickles[0]} claims ${pickle.size} bytes, more than a state_dict's pickle ever needs ` +
      `(${MAX_PICKLE_BYTES}); refusing it`);
  }
  const storages = new Map<string, StorageRef>();
  const source = `${fileName} (${pickles[0]})`;
  const { value } = unpickle(zip.read(pickle, MAX_PICKLE_BYTES), 0, torchUnpickleOptions(fileName, source, storages));

  const loadStorages = (needs: ReadonlyMap<StorageRef, number>): void => {
    for (const [storage, need] of needs) {
      const name = `${prefix}data/${storage.key}`;
      const entry = zip.entries.get(name);
      if (!entry) throw new Error(`${fileName} is incomplete: the pickle references storage "${storage.key}" but the archive has no ${name}`);
      const data = zip.read(entry, need);
      if (data.length < need) {
        throw new Error(`${fileName} is corrupt: ${name} has ${data.length} bytes but its tensors need ${need} ` +
          `(storage of ${storage.numel} × ${storage.dtype})`);
      }
      storage.attach(data, littleEndian);
    }
  };
  return { root: value, storages, loadStorages };
}

/** Unpickles the checkpoint's object, with every storage it references attached to all its bytes. */
export function readZipCheckpoint(bytes: Uint8Array, fileName: string): unknown {
  const opened = openZipCheckpoint(bytes, fileName);
  opened.loadStorages(new Map([...opened.storages.values()].map((s) => [s, s.byteLength])));
  return opened.root;
}
