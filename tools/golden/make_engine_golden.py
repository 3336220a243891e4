"""Golden data for the engine, computed by PyTorch (run with /usr/bin/python3 from tools/golden/).

Writes
  test/golden/resnet18_generated.json   the full-size generated ResNet-18 (generated_resnet18.py,
                                        seed 0, 1000 classes) on a batch of 3 generated images, each
                                        [1, 3, 224, 224] from its own spec (INPUTS below): every
                                        logit, the top-5, and a summary of every module's output
  test/golden/ops.json                  single ops on small PRNG inputs, with PyTorch's full outputs

resnet18_generated.json:
  { "seed", "inputs": [{"shape", "name", "seed", "scale", "offset"} x 3]  (concatenated on dim 0),
    "logits": [[1000 floats] x 3], "top5": [[5 ints] x 3],
    "float64_vs_float32": max |f32 - f64| / max |f64| of the logits (information),
    "weights": {name: {"sha256": of the float32 little-endian bytes, "first": [4 floats]}},
    "layers": [ {"name", "shape", "min", "max", "mean", "std", "max_abs", "zeros",
                 "samples": {"index": [64 flat indices], "value": [64 floats]}} ... ] }
  Layer names are torchvision module paths in forward order: conv1 bn1 relu maxpool, per block
  layerL.B.{conv1,bn1,relu,conv2,bn2,[downsample.0,downsample.1],add} then layerL.B (the block's
  output after its final ReLU), avgpool, fc. "add" is bn2's output plus the identity, before ReLU.

ops.json:
  { "cases": [ {"op", "name", "input": {"shape", "name", "seed", "scale", "offset"},
                "params": {...}, "output": {"shape", "values"}} ... ] }
  conv2d params: weight {shape, name, seed, scale, offset}, stride, padding (no bias);
  batch_norm params: weight/bias/running_mean/running_var specs, eps; max_pool2d: kernel_size,
  stride, padding; linear: weight and bias specs; adaptive_avg_pool2d, relu, softmax: none.
  Each spec means  offset + scale * uniform(key(name, seed), i)  (counter_random.fill_uniform).

Floats are written with Python's repr of the float32 value, so they read back exactly.
"""
import hashlib
import json
import os

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

from counter_random import fill_uniform
from generated_resnet18 import generated_state_dict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "test", "golden")
SAMPLES = 64
# Three images with different contrast and brightness, so their features and top-5 differ.
INPUTS = [
    {"shape": [1, 3, 224, 224], "name": "image 0", "seed": 0, "scale": 2.0, "offset": 0.0},
    {"shape": [1, 3, 224, 224], "name": "image 1", "seed": 0, "scale": 1.0, "offset": 0.75},
    {"shape": [1, 3, 224, 224], "name": "image 2", "seed": 0, "scale": 2.5, "offset": -1.0},
]


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float32).ravel()]


def build_model(dtype=torch.float32):
    model = torchvision.models.resnet18(num_classes=1000)
    sd = {k: torch.from_numpy(v) for k, v in generated_state_dict(seed=0).items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert all(k.endswith("num_batches_tracked") for k in missing) and not unexpected, (missing, unexpected)
    return model.eval().to(dtype)


def module_outputs(m, x):
    """Every module's output, named as the engine's steps are, by re-running BasicBlock.forward."""
    out = {}

    def rec(name, t):
        # A clone: torchvision's ReLU is in-place and would overwrite bn1's and add's outputs.
        out[name] = t.clone()
        return t

    x = rec("maxpool", m.maxpool(rec("relu", m.relu(rec("bn1", m.bn1(rec("conv1", m.conv1(x))))))))
    for li in range(1, 5):
        for bi, block in enumerate(getattr(m, f"layer{li}")):
            n = f"layer{li}.{bi}"
            h = rec(f"{n}.relu", block.relu(rec(f"{n}.bn1", block.bn1(rec(f"{n}.conv1", block.conv1(x))))))
            h = rec(f"{n}.bn2", block.bn2(rec(f"{n}.conv2", block.conv2(h))))
            if block.downsample is not None:
                identity = rec(f"{n}.downsample.1", block.downsample[1](rec(f"{n}.downsample.0", block.downsample[0](x))))
            else:
                identity = x
            x = rec(n, block.relu(rec(f"{n}.add", h + identity)))
    pooled = rec("avgpool", m.avgpool(x))
    rec("fc", m.fc(torch.flatten(pooled, 1)))
    return out


def summary(name, t, rng):
    a = t.detach().numpy().astype(np.float32)
    flat = a.ravel()
    index = np.sort(rng.choice(flat.size, size=min(SAMPLES, flat.size), replace=False))
    return {
        "name": name, "shape": list(a.shape),
        "min": float(flat.min()), "max": float(flat.max()), "mean": float(flat.astype(np.float64).mean()),
        "std": float(flat.astype(np.float64).std()), "max_abs": float(np.abs(flat).max()),
        "zeros": float((flat == 0).mean()),
        "samples": {"index": [int(i) for i in index], "value": floats(flat[index])},
    }


def engine_golden():
    model = build_model()
    x = torch.cat([make(s) for s in INPUTS])
    with torch.no_grad():
        outputs = module_outputs(model, x)
        logits = model(x)
        assert torch.equal(logits, outputs["fc"]), "re-run forward differs from model(x)"
        logits64 = build_model(torch.float64)(x.double())
    l32, l64 = logits.numpy().astype(np.float64), logits64.numpy()
    rel = float(np.abs(l32 - l64).max() / np.abs(l64).max())
    rng = np.random.default_rng(20261122)
    layers = [summary(name, t, rng) for name, t in outputs.items()]
    top5 = [[int(i) for i in np.argsort(-row, kind="stable")[:5]] for row in logits.numpy()]
    doc = {
        "generatedBy": "tools/golden/make_engine_golden.py",
        "torch": torch.__version__, "torchvision": torchvision.__version__,
        "seed": 0, "inputs": INPUTS,
        "logits": [floats(row) for row in logits.numpy()], "top5": top5,
        "float64_vs_float32": rel, "layers": layers,
        "weights": {name: {"sha256": hashlib.sha256(v.astype("<f4").tobytes()).hexdigest(), "first": floats(v.ravel()[:4])}
                    for name, v in generated_state_dict(seed=0).items()},
    }
    with open(os.path.join(OUT, "resnet18_generated.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print(f"float32 vs float64 logits: {rel:.2e} of the largest logit; top-5 {top5}")
    for layer in layers:
        print(f"  {layer['name']:24s} {str(layer['shape']):22s} std {layer['std']:.3f} max|x| {layer['max_abs']:.3f} zeros {layer['zeros']:.2f}")


def spec(shape, name, scale=1.0, offset=0.0, seed=1):
    return {"shape": list(shape), "name": name, "seed": seed, "scale": scale, "offset": offset}


def make(s):
    return torch.from_numpy(fill_uniform(tuple(s["shape"]), s["name"], s["seed"], s["scale"], s["offset"]))


def op_cases():
    cases = []

    def add(op, name, inp, params, out):
        cases.append({"op": op, "name": name, "input": inp, "params": params,
                      "output": {"shape": list(out.shape), "values": floats(out.numpy())}})

    conv_variants = [
        ("3x3 stride 1 pad 1", (1, 5, 9, 9), (7, 5, 3, 3), 1, 1),
        ("3x3 stride 2 pad 1, odd 13x11, batch 2", (2, 5, 13, 11), (6, 5, 3, 3), 2, 1),
        ("1x1 stride 2 pad 0", (1, 17, 10, 10), (9, 17, 1, 1), 2, 0),
        ("7x7 stride 2 pad 3", (1, 3, 21, 19), (5, 3, 7, 7), 2, 3),
        ("5x3 kernel pad 0", (2, 3, 11, 8), (4, 3, 5, 3), 1, 0),
        ("3x3 stride 1 pad 1, 17 channels", (1, 17, 7, 7), (17, 17, 3, 3), 1, 1),
    ]
    for label, ishape, wshape, stride, padding in conv_variants:
        i = spec(ishape, f"conv input {label}")
        w = spec(wshape, f"conv weight {label}", 0.5)
        add("conv2d", label, i, {"weight": w, "stride": stride, "padding": padding},
            F.conv2d(make(i), make(w), stride=stride, padding=padding))

    c = 6
    bn = {"weight": spec((c,), "bn weight", 0.5, 1.0), "bias": spec((c,), "bn bias"),
          "running_mean": spec((c,), "bn mean"), "running_var": spec((c,), "bn var", 0.5, 1.0), "eps": 1e-5}
    i = spec((2, c, 5, 7), "bn input", 3.0)
    add("batch_norm", "eval mode, eps 1e-5", i, bn,
        F.batch_norm(make(i), make(bn["running_mean"]), make(bn["running_var"]), make(bn["weight"]), make(bn["bias"]),
                     training=False, eps=1e-5))

    i = spec((2, 3, 6, 5), "relu input")
    add("relu", "relu", i, {}, F.relu(make(i)))
    for label, ishape, k, s, p in [("3x3 stride 2 pad 1", (2, 3, 13, 11), 3, 2, 1), ("2x2 stride 2 pad 0", (1, 4, 9, 7), 2, 2, 0)]:
        i = spec(ishape, f"pool input {label}")
        add("max_pool2d", label, i, {"kernel_size": k, "stride": s, "padding": p},
            F.max_pool2d(make(i), kernel_size=k, stride=s, padding=p))
    i = spec((2, 7, 5, 6), "avgpool input")
    add("adaptive_avg_pool2d", "to 1x1", i, {}, F.adaptive_avg_pool2d(make(i), (1, 1)))
    i, w, b = spec((3, 37), "linear input"), spec((11, 37), "linear weight", 0.3), spec((11,), "linear bias")
    add("linear", "37 -> 11 with bias", i, {"weight": w, "bias": b}, F.linear(make(i), make(w), make(b)))
    i = spec((2, 13), "softmax input", 8.0)
    add("softmax", "last dimension", i, {}, F.softmax(make(i), dim=-1))
    with open(os.path.join(OUT, "ops.json"), "w") as f:
        json.dump({"generatedBy": "tools/golden/make_engine_golden.py", "torch": torch.__version__, "cases": cases}, f,
                  separators=(",", ":"))
    print(f"{len(cases)} op cases")


if __name__ == "__main__":
    torch.set_num_threads(1)
    op_cases()
    engine_golden()
