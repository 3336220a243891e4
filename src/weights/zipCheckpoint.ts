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

/** Unpickles the checkpoint's object, with every storage it references attached to its bytes. */
export function readZipCheckpoint(bytes: Uint8Array, fileName: string): unknown {
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
    const order = new TextDecoder().decode(zip.read(byteorder)).trim();
    if (order !== 'little' && order !== 'big') throw new Error(`${fileName}: ${prefix}byteorder says "${order}", expected "little" or "big"`);
    littleEndian = order === 'little';
  }

  const storages = new Map<string, StorageRef>();
  const source = `${fileName} (${pickles[0]})`;
  const { value } = unpickle(zip.read(zip.entries.get(pickles[0])!), 0, torchUnpickleOptions(fileName, source, storages));

  for (const storage of storages.values()) {
    const name = `${prefix}data/${storage.key}`;
    const entry = zip.entries.get(name);
    if (!entry) throw new Error(`${fileName} is incomplete: the pickle references storage "${storage.key}" but the archive has no ${name}`);
    const data = zip.read(entry);
    if (data.length < storage.byteLength) {
      throw new Error(`${fileName} is corrupt: ${name} has ${data.length} bytes but its storage needs ${storage.byteLength} ` +
        `(${storage.numel} × ${storage.dtype})`);
    }
    storage.attach(data.subarray(0, storage.byteLength), littleEndian);
  }
  return value;
}
