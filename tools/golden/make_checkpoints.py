"""Writes the checkpoint fixtures in test/golden/checkpoints/ and the mini model's logits in
test/golden/mini_resnet18.json, all made by PyTorch itself (torch.save, torchvision's ResNet).

Run from anywhere with the Python that has torch:   /usr/bin/python3 tools/golden/make_checkpoints.py

The "mini ResNet-18" is torchvision's ResNet(BasicBlock, [2, 2, 2, 2], num_classes=10) with its
layers narrowed to WIDTHS, so its state_dict has exactly torchvision's key names in torchvision's
order, but each checkpoint is ~70 KB instead of 45 MB. Its weights come from the counter-based PRNG
(counter_random.py), so the TypeScript tests can rebuild them without the checkpoint.

The output is deterministic: the zip writer stores no timestamps, and the legacy writer's storage
keys (normally memory addresses) are renamed to "0", "1", ... in order of first use (see
legacy_save_deterministic). Running the script twice gives byte-identical files.

test/golden/checkpoints/manifest.json records, for every fixture, its SHA-256 and, for every
tensor, the SHA-256 of the float32 little-endian bytes that PyTorch's `.float()` gives (plus the
first values, so a failing test can print what differs). The tests compare against these; no
expected value comes from our own TypeScript.

Never load mini_forbidden.pth with torch.load: it would run `echo pwned`.
"""
import hashlib
import io
import json
import math
import os
import pickle
import sys
import zipfile
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torchvision
from torchvision.models.resnet import BasicBlock, ResNet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from counter_random import fill_uniform, stream_key, uniform_at  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "test" / "golden" / "checkpoints"
LOGITS_PATH = ROOT / "test" / "golden" / "mini_resnet18.json"

WIDTHS = [4, 8, 12, 16]
NUM_CLASSES = 10
WEIGHT_SEED = 2024
INPUT = {"name": "input", "seed": 7, "scale": 2.0, "offset": 0.0}
BATCH_SIZES = [1, 4]


# ---------------------------------------------------------------------------------------------
# The mini model and its PRNG-defined weights
# ---------------------------------------------------------------------------------------------

def build_mini_resnet18() -> nn.Module:
    """torchvision's ResNet-18 with conv1/layer1..4/fc rebuilt narrower by torchvision's own _make_layer."""
    model = ResNet(BasicBlock, [2, 2, 2, 2], num_classes=NUM_CLASSES)
    model.inplanes = WIDTHS[0]
    model.conv1 = nn.Conv2d(3, WIDTHS[0], kernel_size=7, stride=2, padding=3, bias=False)
    model.bn1 = nn.BatchNorm2d(WIDTHS[0])
    model.layer1 = model._make_layer(BasicBlock, WIDTHS[0], 2)
    model.layer2 = model._make_layer(BasicBlock, WIDTHS[1], 2, stride=2)
    model.layer3 = model._make_layer(BasicBlock, WIDTHS[2], 2, stride=2)
    model.layer4 = model._make_layer(BasicBlock, WIDTHS[3], 2, stride=2)
    model.fc = nn.Linear(WIDTHS[3], NUM_CLASSES)
    return model


def weight_rule(name: str, shape) -> tuple:
    """(scale, offset) of a parameter: value = offset + scale * uniform[-1, 1).

    Conv/linear weights use He-style uniform bounds so activations keep a sensible size through
    18 layers; BatchNorm statistics keep running_var in [0.5, 1.5) (positive, as trained ones are).
    """
    if name.endswith("running_var"):
        return 0.5, 1.0
    if name.endswith("running_mean") or name.endswith("bias"):
        return 0.1, 0.0
    if len(shape) == 1:  # BatchNorm weight (gamma)
        return 0.25, 1.0
    fan_in = int(np.prod(shape[1:]))
    return math.sqrt(6.0 / fan_in), 0.0


def prng_state_dict(model: nn.Module):
    """Fills every float tensor of the model's state_dict from the PRNG; returns the rules used."""
    rules = []
    with torch.no_grad():
        for name, t in model.state_dict().items():
            if name.endswith("num_batches_tracked"):
                t.fill_(7)
                continue
            scale, offset = weight_rule(name, list(t.shape))
            t.copy_(torch.from_numpy(fill_uniform(list(t.shape), name, WEIGHT_SEED, scale, offset)))
            rules.append({"name": name, "shape": list(t.shape), "scale": scale, "offset": offset})
    return rules


def float64_state_dict(rules):
    """The same PRNG values in float64 *before* rounding to float32, so that loading them tests rounding."""
    sd = OrderedDict()
    for r in rules:
        count = int(np.prod(r["shape"]))
        u = uniform_at(stream_key(r["name"], WEIGHT_SEED), count)
        sd[r["name"]] = torch.from_numpy((r["offset"] + r["scale"] * u).reshape(r["shape"]))
    return sd


# ---------------------------------------------------------------------------------------------
# Checksums: what the TypeScript loader must produce, computed by PyTorch
# ---------------------------------------------------------------------------------------------

def float32_digest(t: torch.Tensor) -> dict:
    f = t.float().contiguous().numpy().astype("<f4")
    return {
        "shape": list(t.shape),
        "sha256": hashlib.sha256(f.tobytes()).hexdigest(),
        "first": [float(v) for v in f.reshape(-1)[:4]],
    }


def digests(sd) -> dict:
    return {k: float32_digest(v) for k, v in sd.items() if v.is_floating_point()}


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

class _RenamingPickleModule:
    """A `pickle_module` for torch.save's legacy writer that renames storage keys to "0", "1", ...

    The legacy writer names each storage by str(storage._cdata), a memory address, and writes the
    storages in sorted-address order, so its output changes from run to run. This module wraps the
    pickler's persistent_id to rename keys in order of first use, renames the pickled key list
    the same way, and (via `ordered`) makes the writer emit the storages in that order.
    Everything else is the standard pickle, so the file is still exactly what torch.save writes.
    """

    __name__ = "pickle"  # torch.save asks the module's name (to special-case dill)

    def __init__(self):
        self.names = {}

    def ordered(self, keys):
        return sorted(keys, key=lambda k: int(self.names[k]))

    def dump(self, obj, f, protocol):
        if isinstance(obj, list) and obj and all(isinstance(k, str) and k in self.names for k in obj):
            obj = [self.names[k] for k in obj]
        pickle.dump(obj, f, protocol=protocol)

    def Pickler(self, f, protocol):
        names = self.names

        class RenamingPickler(pickle._Pickler):  # the pure-Python pickler calls self.persistent_id per object
            torch_persistent_id = None

            @property
            def persistent_id(self):
                def rename(obj):
                    pid = self.torch_persistent_id(obj)
                    if pid is None or pid[0] != "storage":
                        return pid
                    key = names.setdefault(pid[2], str(len(names)))
                    return (pid[0], pid[1], key) + tuple(pid[3:])
                return rename

            @persistent_id.setter
            def persistent_id(self, fn):
                self.torch_persistent_id = fn

        return RenamingPickler(f, protocol=protocol)


def legacy_save_deterministic(obj, path: Path):
    module = _RenamingPickleModule()
    torch.serialization.sorted = module.ordered  # shadows the builtin inside torch/serialization.py only
    try:
        torch.save(obj, path, pickle_module=module, _use_new_zipfile_serialization=False)
    finally:
        del torch.serialization.sorted


def rezip(src: Path, dst: Path, new_prefix: str, compression: int, transform=None, extra=None):
    """Copies a torch zip checkpoint entry by entry under a new top-level folder (Python's zipfile:
    no 64-byte alignment of the data, unlike torch's writer), optionally transforming entries."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=compression) as zout:
        for info in zin.infolist():
            rest = info.filename.split("/", 1)[1]
            data = zin.read(info.filename)
            if transform:
                data = transform(rest, data)
            out = zipfile.ZipInfo(f"{new_prefix}/{rest}", date_time=(1980, 1, 1, 0, 0, 0))
            out.compress_type = compression
            zout.writestr(out, data)
            if rest == "data.pkl" and extra:
                for name, value in extra.items():
                    e = zipfile.ZipInfo(f"{new_prefix}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
                    zout.writestr(e, value)


class Forbidden:
    """Pickles as a call to os.system. torch.load of the file (without weights_only=True) would run it."""

    def __reduce__(self):
        return (os.system, ("echo pwned",))


def strided_state_dict(ref):
    """The reference values, but several tensors are strided or offset views of shared storages."""
    sd = OrderedDict((k, v.clone()) for k, v in ref.items())
    # bn1's four tensors: four consecutive slices of ONE storage (storage offsets 0, w, 2w, 3w).
    bn = ["bn1.weight", "bn1.bias", "bn1.running_mean", "bn1.running_var"]
    shared = torch.cat([ref[k] for k in bn])
    w = WIDTHS[0]
    for i, k in enumerate(bn):
        sd[k] = shared[i * w:(i + 1) * w]
    # fc.weight [10, 16]: the transpose of a contiguous [16, 10] storage (strides (1, 10)).
    sd["fc.weight"] = ref["fc.weight"].t().contiguous().t()
    # conv1.weight [4, 3, 7, 7]: channels-last memory (strides (147, 1, 21, 3)).
    sd["conv1.weight"] = ref["conv1.weight"].permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2)
    # layer1.0.bn1.running_mean [4]: every second element from offset 1 (stride 2).
    inter = torch.zeros(2 * w + 1)
    inter[1::2] = ref["layer1.0.bn1.running_mean"]
    sd["layer1.0.bn1.running_mean"] = inter[1::2]
    # layer4.1.conv2.weight [16, 16, 3, 3]: a slice along dim 1 of a [16, 20, 3, 3] storage (offset 18).
    c = WIDTHS[3]
    big = torch.zeros(c, c + 4, 3, 3)
    big[:, 2:c + 2] = ref["layer4.1.conv2.weight"]
    sd["layer4.1.conv2.weight"] = big[:, 2:c + 2]
    assert not sd["fc.weight"].is_contiguous() and not sd["layer4.1.conv2.weight"].is_contiguous()
    return sd


def byteswap_float32_entries(rest: str, data: bytes) -> bytes:
    if rest.startswith("data/"):
        return np.frombuffer(data, dtype="<f4").astype(">f4").tobytes()
    return data


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def assert_loads_as(path: Path, expected: dict, unwrap=lambda o: o):
    """Sanity check with PyTorch itself: the fixture loads to exactly the expected float32 values."""
    obj = unwrap(torch.load(path, map_location="cpu"))
    got = {k: float32_digest(v) for k, v in obj.items() if v.is_floating_point()}
    assert got == expected, f"{path.name} does not load to the expected values"


def compact_json(value, indent=0, inline_depth=2) -> str:
    """JSON with one line per leaf record (a tensor digest, a weight rule), so files stay small but diffable."""
    pad = " " * indent
    if isinstance(value, dict) and inline_depth > 0 and any(isinstance(v, (dict, list)) for v in value.values()):
        items = [f'{pad} {json.dumps(k)}: {compact_json(v, indent + 1, inline_depth - 1).lstrip()}' for k, v in value.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and inline_depth > 0 and any(isinstance(v, (dict, list)) for v in value):
        items = [compact_json(v, indent + 1, inline_depth - 1) for v in value]
        return pad + "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return pad + json.dumps(value)


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # TorchScript's code printer iterates over sets: fix the hash seed so its archive is reproducible.
        os.execve(sys.executable, [sys.executable, *sys.argv], dict(os.environ, PYTHONHASHSEED="0"))
    torch.manual_seed(0)
    torch.set_num_threads(1)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob("*.pth"):
        old.unlink()

    model = build_mini_resnet18()
    rules = prng_state_dict(model)
    model.eval()
    ref = OrderedDict((k, v.detach().clone()) for k, v in model.state_dict().items())
    floats_only = OrderedDict((k, v) for k, v in ref.items() if v.is_floating_point())

    half = OrderedDict((k, v.half() if v.is_floating_point() else v) for k, v in ref.items())
    bf16 = OrderedDict((k, v.bfloat16() if v.is_floating_point() else v) for k, v in ref.items())
    f64 = float64_state_dict(rules)
    reference = {
        "float32": digests(ref),
        "float16": digests(half),
        "bfloat16": digests(bf16),
        "float64": digests(f64),
    }

    files = {}

    def save(name, obj, expect, description, legacy=False, protocol=2):
        path = OUT_DIR / name
        if legacy:
            legacy_save_deterministic(obj, path)
        else:
            torch.save(obj, path, pickle_protocol=protocol)
        files[name] = {"description": description, "expect": expect}
        return path

    p = save("mini_zip.pth", ref, "float32",
             "torch.save zip format (PyTorch >= 1.6), folder prefix = file stem, ZIP64 end record")
    assert_loads_as(p, reference["float32"])
    p = save("mini_legacy.pth", ref, "float32",
             "legacy format (_use_new_zipfile_serialization=False): magic, protocol, sys_info, pickle, keys, storages",
             legacy=True)
    assert_loads_as(p, reference["float32"])
    p = save("mini_half.pth", half, "float16", "every float tensor .half(); num_batches_tracked stays int64")
    assert_loads_as(p, reference["float16"])
    p = save("mini_bfloat16.pth", bf16, "bfloat16", "every float tensor .bfloat16()")
    assert_loads_as(p, reference["bfloat16"])
    p = save("mini_float64.pth", f64, "float64",
             "float64 values that are not float32-exact: loading must round to nearest like .float()")
    assert_loads_as(p, reference["float64"])
    nested = {
        "epoch": 3,
        "arch": "resnet18",
        "best_acc1": 0.5,
        "state_dict": ref,
        "optimizer": {"state": {}, "param_groups": [{"lr": 0.1, "momentum": 0.9, "weight_decay": 1e-4,
                                                     "params": [0, 1, 2]}]},
    }
    p = save("mini_nested.pth", nested, "float32", "{'state_dict': ..., 'epoch': 3, 'optimizer': ...} as training scripts save")
    assert_loads_as(p, reference["float32"], lambda o: o["state_dict"])
    dp = nn.DataParallel(model).state_dict()
    assert all(k.startswith("module.") for k in dp)
    p = save("mini_dataparallel.pth", dp, "float32", "nn.DataParallel(model).state_dict(): every key has a 'module.' prefix")
    assert_loads_as(p, reference["float32"], lambda o: OrderedDict((k[len("module."):], v) for k, v in o.items()))
    p = save("mini_strided.pth", strided_state_dict(ref), "float32",
             "shared storages, storage offsets, transposed / channels-last / sliced (non-contiguous) views")
    assert_loads_as(p, reference["float32"])

    missing = OrderedDict((k, v) for k, v in ref.items() if k not in ("layer2.1.bn1.running_var", "fc.bias"))
    missing["layer5.0.conv1.weight"] = torch.ones(3)
    save("mini_missing.pth", missing, {"mismatch": {"missing": ["layer2.1.bn1.running_var", "fc.bias"],
                                                   "unexpected": ["layer5.0.conv1.weight"], "misshaped": []}},
         "two tensors missing and one unexpected")
    wrong = OrderedDict((k, v) for k, v in ref.items())
    wrong["layer3.1.conv2.weight"] = torch.ones(WIDTHS[2], WIDTHS[2], 1, 1)
    wrong["bn1.running_mean"] = torch.zeros(5)
    save("mini_wrong_shape.pth", wrong, {"mismatch": {"missing": [], "unexpected": [],
                                                     "misshaped": ["bn1.running_mean", "layer3.1.conv2.weight"]}},
         "two tensors with the wrong shape")
    save("mini_forbidden.pth", {"conv1.weight": ref["conv1.weight"], "payload": Forbidden()},
         {"refused": "posix.system"},
         "references os.system (pickled as posix.system); NEVER torch.load it")

    # Variants of the zip container that torch.save does not write but other tools do.
    rezip(OUT_DIR / "mini_zip.pth", OUT_DIR / "mini_deflated.pth", "archive", zipfile.ZIP_DEFLATED)
    files["mini_deflated.pth"] = {"description": "mini_zip re-zipped with deflate compression, prefix 'archive/'",
                                  "expect": "float32"}
    assert_loads_as(OUT_DIR / "mini_deflated.pth", reference["float32"])
    save("_floats.pth", floats_only, "float32", "temporary")
    rezip(OUT_DIR / "_floats.pth", OUT_DIR / "mini_big_endian.pth", "mini_big_endian", zipfile.ZIP_STORED,
          transform=byteswap_float32_entries, extra={"byteorder": b"big"})
    (OUT_DIR / "_floats.pth").unlink()
    del files["_floats.pth"]
    files["mini_big_endian.pth"] = {
        "description": "float tensors only, stored big-endian with a 'byteorder' record = 'big' "
                       "(as PyTorch >= 2.1 writes on big-endian machines); unaligned stored entries",
        "expect": "float32"}

    # Not a ResNet: exercises the pickle reader on protocol 4 (FRAME, MEMOIZE, SHORT_BINUNICODE,
    # STACK_GLOBAL, BINBYTES) and on values other than tensors.
    base = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    tiny = {
        "t": base.t(),
        "h": torch.tensor([1.0, -2.5, 65504.0, 6e-8], dtype=torch.float16),
        "n": torch.tensor(42, dtype=torch.int64),
        "values": {"list": [1, 2.5, "x", None, True, False], "big": 2**70, "neg": -5, "bytes": b"ab", "tuple": (1, (2, 3))},
    }
    save("tiny_protocol4.pth", tiny, {"tiny": {
        "t": float32_digest(tiny["t"]), "h": float32_digest(tiny["h"]),
        "values": {"list": [1, 2.5, "x", None, True, False], "big": str(2**70), "neg": -5, "bytes": [97, 98], "tuple": [1, [2, 3]]},
    }}, "not a state_dict: a small dict pickled with protocol 4, for the pickle reader", protocol=4)

    script = torch.jit.script(nn.Linear(2, 2))
    torch.jit.save(script, str(OUT_DIR / "torchscript_linear.pth"))
    files["torchscript_linear.pth"] = {"description": "a TorchScript archive (torch.jit.save), not a state_dict",
                                       "expect": {"refused": "TorchScript"}}

    for name in files:
        files[name]["sha256"] = file_sha256(OUT_DIR / name)
        files[name]["bytes"] = (OUT_DIR / name).stat().st_size

    manifest = {
        "generatedBy": "tools/golden/make_checkpoints.py",
        "torch": torch.__version__,
        "config": {"widths": WIDTHS, "numClasses": NUM_CLASSES},
        "note": "reference[dtype][name] = float32 digest of the tensors as PyTorch's .float() gives them",
        "reference": reference,
        "files": dict(sorted(files.items())),
    }
    (OUT_DIR / "manifest.json").write_text(compact_json(manifest, inline_depth=3) + "\n")

    # Logits of the mini model for PRNG inputs. The batch-1 input is the first image of the batch-4
    # input (same PRNG stream), so a test can also check that batching does not change results.
    cases = []
    largest = max(BATCH_SIZES)
    x_all = torch.from_numpy(fill_uniform([largest, 3, 224, 224], INPUT["name"], INPUT["seed"],
                                          INPUT["scale"], INPUT["offset"]))
    with torch.no_grad():
        for n in BATCH_SIZES:
            logits = model(x_all[:n].clone())
            cases.append({
                "batch": n,
                "input": dict(INPUT, shape=[n, 3, 224, 224]),
                "logits": [[float(v) for v in row] for row in logits.float().numpy()],
            })
    golden = {
        "description": "torchvision ResNet(BasicBlock, [2,2,2,2], num_classes=10) narrowed to `config.widths`, "
                       "eval mode, float32. Weights: value = offset + scale * uniform(streamKey(name, weights.seed), i) "
                       "(src/model/counterRandom.ts fillUniform(data, name, seed, scale, offset)); the same weights "
                       "are in checkpoints/mini_zip.pth. Input of a case: fillUniform over input.shape with "
                       "input.name/seed/scale/offset; the batch-1 input equals the first image of the batch-4 input.",
        "generatedBy": "tools/golden/make_checkpoints.py",
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "config": {"widths": WIDTHS, "numClasses": NUM_CLASSES},
        "checkpoint": "checkpoints/mini_zip.pth",
        "weights": {"seed": WEIGHT_SEED, "numBatchesTracked": 7, "tensors": rules},
        "cases": cases,
    }
    LOGITS_PATH.write_text(compact_json(golden, inline_depth=3) + "\n")
    total = sum(f.stat().st_size for f in OUT_DIR.iterdir())
    print(f"wrote {len(files)} fixtures ({total / 1024:.0f} KB) to {OUT_DIR} and {LOGITS_PATH}")


if __name__ == "__main__":
    main()
