// The checkpoint format of PyTorch < 1.6 (and of torch.save(..., _use_new_zipfile_serialization=False)),
// used by e.g. torchvision's original resnet18-5c106cde.pth. One stream of five parts:
//
//   pickle  magic number 0x1950a86a20f9469cfc6c
//   pickle  protocol version 1001
//   pickle  sys_info {'protocol_version', 'little_endian', 'type_sizes'}
//   pickle  the object; tensors refer to storages by key (persistent ids, see torchPickle.ts)
//   pickle  the list of storage keys, in the order their data follows
//   then for each key: int64 element count, then count × element-size raw bytes (in the
//   writer's byte order, given by sys_info.little_endian)

import { unpickle, describe, type UnpickleOptions } from './pickle.js';
import { torchUnpickleOptions } from './torchPickle.js';
import { ELEMENT_SIZE } from './dtypes.js';
import type { StorageRef } from './torchTensor.js';

const MAGIC_NUMBER = 0x1950a86a20f9469cfc6cn;
const PROTOCOL_VERSION = 1001;

/** Unpickles the checkpoint's object, with every storage it references attached to its bytes. */
export function readLegacyCheckpoint(bytes: Uint8Array, fileName: string): unknown {
  // The header pickles hold only numbers, strings and dicts: any global there is refused.
  const header = (part: string): UnpickleOptions => ({
    source: `${fileName} (${part})`,
    findGlobal: (module, name) => {
      throw new Error(`${fileName}: its ${part} references "${module}.${name}"; this is not a PyTorch checkpoint`);
    },
    persistentLoad: () => {
      throw new Error(`${fileName}: its ${part} references external data; this is not a PyTorch checkpoint`);
    },
  });

  const magic = unpickle(bytes, 0, header('magic number'));
  if (magic.value !== MAGIC_NUMBER) {
    throw new Error(`${fileName} is not a PyTorch checkpoint: it is a pickle, but starts with ${describe(magic.value)} ` +
      `instead of PyTorch's magic number 0x1950a86a20f9469cfc6c`);
  }
  const protocol = unpickle(bytes, magic.end, header('protocol version'));
  if (protocol.value !== PROTOCOL_VERSION) {
    throw new Error(`${fileName}: legacy checkpoint protocol version ${describe(protocol.value)} is not ${PROTOCOL_VERSION}, the only one PyTorch ever wrote`);
  }
  const sysInfo = unpickle(bytes, protocol.end, header('sys_info'));
  const littleEndian = !(sysInfo.value instanceof Map && sysInfo.value.get('little_endian') === false);

  const storages = new Map<string, StorageRef>();
  const object = unpickle(bytes, sysInfo.end, torchUnpickleOptions(fileName, fileName, storages));
  const keys = unpickle(bytes, object.end, header('storage key list'));
  if (!Array.isArray(keys.value)) throw new Error(`${fileName}: the storage key list is ${describe(keys.value)}, not a list; the file is corrupt`);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = keys.end;
  for (const rawKey of keys.value) {
    const key = String(rawKey);
    const storage = storages.get(key);
    if (!storage) throw new Error(`${fileName}: storage "${key}" has data but no tensor refers to it; the file is corrupt`);
    if (pos + 8 > bytes.length) {
      throw new Error(`${fileName} is truncated: the data of storage "${key}" should start at byte ${pos} but the file has ${bytes.length} bytes`);
    }
    const low = view.getUint32(pos, littleEndian);
    const high = view.getUint32(pos + 4, littleEndian);
    const count = littleEndian ? low + high * 2 ** 32 : high + low * 2 ** 32;
    const byteLength = count * ELEMENT_SIZE[storage.dtype];
    const end = pos + 8 + byteLength;
    if (!Number.isSafeInteger(end) || end > bytes.length) {
      throw new Error(`${fileName} is truncated: storage "${key}" (${count} × ${storage.dtype}) ends at byte ${end} but the file has ${bytes.length} bytes`);
    }
    storage.attach(bytes.subarray(pos + 8, end), littleEndian);
    pos = end;
  }
  return object.value;
}
