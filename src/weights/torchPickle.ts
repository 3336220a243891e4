// How torch.save uses pickle, and the fixed allow-list of Python globals a state_dict may name.
//
// A state_dict pickle names only: collections.OrderedDict (the dict itself), torch._utils's
// _rebuild_* functions (one call per tensor or Parameter), torch.<Type>Storage classes (inside
// persistent ids) and occasionally torch.<dtype>. Each allowed global is replaced by a TypeScript
// stand-in that builds plain data; any other global is refused *before* anything is built, with its
// name, because in Python that global would be imported and called.
//
// Persistent ids (how a pickle refers to tensor data kept outside it):
//   zip format:    ('storage', storage_type, key, location, numel)
//   legacy format: ('storage', storage_type, root_key, location, numel, view_metadata)
//                  view_metadata = None | (view_key, offset, view_numel)   (storage views, torch < 0.4)
// `location` ('cpu', 'cuda:0') does not matter: everything is read into CPU memory.

import type { PyCallable, UnpickleOptions } from './pickle.js';
import { describe } from './pickle.js';
import { DTYPE_GLOBALS, STORAGE_TYPES, type TorchDtype } from './dtypes.js';
import { StorageRef, TensorRef } from './torchTensor.js';

/** Stand-in for a torch.<Type>Storage class or a torch.<dtype>: it only carries the element type. */
export class TorchTypeMarker {
  constructor(
    readonly pythonName: string,
    readonly dtype: TorchDtype,
  ) {}
}

function callable(pythonName: string, call: (args: unknown[]) => unknown): PyCallable {
  return { pythonName, call };
}

export function refusalMessage(fileName: string, module: string, name: string): string {
  return `refusing to load ${fileName}: it references the Python global "${module}.${name}", which a weights file never needs ` +
    `(loading it in PyTorch without weights_only=True would run code). If you trust the file, load it in PyTorch and ` +
    `save only the weights: torch.save(model.state_dict(), "weights.pth").`;
}

/**
 * The checkpoint-reading part of an UnpickleOptions: globals from the allow-list, and persistent
 * ids turned into StorageRefs registered in `storages` (key → storage), so that the container
 * reader can attach their bytes afterwards.
 */
export function torchUnpickleOptions(fileName: string, source: string, storages: Map<string, StorageRef>): UnpickleOptions {
  const bad = (what: string): Error => new Error(`${source}: ${what}; the checkpoint is corrupt or not written by torch.save`);

  const int = (value: unknown, what: string): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw bad(`${what} is ${describe(value)}, not a non-negative integer`);
    return value;
  };
  const ints = (value: unknown, what: string): number[] => {
    if (!Array.isArray(value)) throw bad(`${what} is ${describe(value)}, not a tuple`);
    return value.map((v, i) => int(v, `${what}[${i}]`));
  };
  const storageArg = (value: unknown): StorageRef => {
    if (!(value instanceof StorageRef)) throw bad(`a tensor is rebuilt from ${describe(value)} instead of a storage`);
    return value;
  };
  const tensorArg = (value: unknown): TensorRef => {
    if (!(value instanceof TensorRef)) throw bad(`a Parameter wraps ${describe(value)} instead of a tensor`);
    return value;
  };
  const rebuild = (args: unknown[], dtype?: TorchDtype): TensorRef => {
    if (args.length < 4) throw bad(`_rebuild_tensor got ${args.length} arguments`);
    const storage = storageArg(args[0]);
    const shape = ints(args[2], 'a tensor size');
    const stride = ints(args[3], 'a tensor stride');
    return new TensorRef(storage, int(args[1], 'a storage offset'), shape, stride, dtype ?? storage.dtype);
  };

  const allowed: Record<string, unknown> = {
    'collections.OrderedDict': callable('collections.OrderedDict', (args) => {
      const map = new Map<unknown, unknown>();
      const items = args[0];
      if (Array.isArray(items)) {
        for (const pair of items) {
          if (!Array.isArray(pair) || pair.length !== 2) throw bad('OrderedDict built from something other than pairs');
          map.set(pair[0], pair[1]);
        }
      }
      return map;
    }),
    // (storage, storage_offset, size, stride): torch 0.4 and earlier
    'torch._utils._rebuild_tensor': callable('torch._utils._rebuild_tensor', (args) => rebuild(args)),
    // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    'torch._utils._rebuild_tensor_v2': callable('torch._utils._rebuild_tensor_v2', (args) => rebuild(args)),
    // (untyped storage, storage_offset, size, stride, requires_grad, backward_hooks, dtype[, metadata])
    'torch._utils._rebuild_tensor_v3': callable('torch._utils._rebuild_tensor_v3', (args) => {
      const dtype = args[6];
      if (!(dtype instanceof TorchTypeMarker)) throw bad(`_rebuild_tensor_v3's dtype is ${describe(dtype)}`);
      return rebuild(args, dtype.dtype);
    }),
    // (data, requires_grad, backward_hooks[, state]): a Parameter is its data for inference
    'torch._utils._rebuild_parameter': callable('torch._utils._rebuild_parameter', (args) => tensorArg(args[0])),
    'torch._utils._rebuild_parameter_with_state': callable('torch._utils._rebuild_parameter_with_state', (args) => tensorArg(args[0])),
    // torch.Size pickles as torch.Size((d0, d1, …)) when a size object itself is saved
    'torch.Size': callable('torch.Size', (args) => ints(args[0], 'a torch.Size')),
  };
  for (const [name, dtype] of Object.entries(STORAGE_TYPES)) {
    // torch.cuda.<Type>Storage appears in legacy checkpoints saved from a GPU.
    allowed[`torch.${name}`] = new TorchTypeMarker(`torch.${name}`, dtype);
    allowed[`torch.cuda.${name}`] = new TorchTypeMarker(`torch.cuda.${name}`, dtype);
  }
  for (const [name, dtype] of Object.entries(DTYPE_GLOBALS)) allowed[`torch.${name}`] = new TorchTypeMarker(`torch.${name}`, dtype);

  // Legacy storage views, by view key; they take their bytes from their root storage.
  const views = new Map<string, StorageRef>();

  return {
    source,
    findGlobal(module, name) {
      const qualified = `${module}.${name}`;
      if (!Object.prototype.hasOwnProperty.call(allowed, qualified)) throw new Error(refusalMessage(fileName, module, name));
      return allowed[qualified];
    },
    persistentLoad(pid) {
      if (!Array.isArray(pid) || pid.length < 5) throw bad(`persistent id ${describe(pid)} is not a storage reference`);
      const [kind, type, rawKey, , rawNumel, viewMetadata] = pid;
      if (kind === 'module') {
        throw new Error(`refusing to load ${fileName}: it is a whole pickled model (torch.save(model)), whose classes would be ` +
          `imported and run in Python. Load it in a PyTorch you trust and save torch.save(model.state_dict(), "weights.pth").`);
      }
      if (kind !== 'storage') throw bad(`persistent id of kind ${describe(kind)}`);
      if (!(type instanceof TorchTypeMarker) || !type.pythonName.endsWith('Storage')) throw bad(`storage type ${describe(type)}`);
      const key = String(rawKey);
      const numel = int(rawNumel, `the element count of storage "${key}"`);
      let root = storages.get(key);
      if (!root) {
        root = new StorageRef(key, type.dtype, numel);
        storages.set(key, root);
      } else if (root.dtype !== type.dtype) {
        throw bad(`storage "${key}" is referenced as both ${root.dtype} and ${type.dtype}`);
      }
      if (viewMetadata === undefined || viewMetadata === null) return root;
      if (!Array.isArray(viewMetadata) || viewMetadata.length !== 3) throw bad(`storage view metadata ${describe(viewMetadata)}`);
      const viewKey = String(viewMetadata[0]);
      let view = views.get(viewKey);
      if (!view) {
        view = StorageRef.viewOf(root, viewKey, int(viewMetadata[1], 'a view offset'), int(viewMetadata[2], 'a view size'));
        views.set(viewKey, view);
      }
      return view;
    },
  };
}
