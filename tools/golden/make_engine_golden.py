"""Golden data for the engine, computed by PyTorch.

Run from anywhere with the Python that has torch:   /usr/bin/python3 tools/golden/make_engine_golden.py
(about 6 s, one thread, deterministic: running it twice gives byte-identical files).

Writes
  test/golden/resnet18_generated.json   torchvision's resnet18 (1000 classes) with the weights of
                                        generated_resnet18.py (seed 0), float32, eval mode, on a
                                        batch of 3 generated images (INPUTS): every logit, the
                                        top-5, checksums of every weight, and a summary of every
                                        module's output
  test/golden/ops.json                  single ops on small PRNG inputs, with PyTorch's whole output

Every input and weight is described by a PRNG spec, never stored:
  spec = {"shape", "name", "seed", "scale", "offset"}  means  offset + scale * uniform(key(name, seed), i)
  rounded once to float32 (counter_random.fill_uniform = fillUniform in src/model/counterRandom.ts).
Floats are written as Python's repr of the float32 value (a float64 that reads back exactly).

resnet18_generated.json
  "generatedBy", "torch", "torchvision"        provenance
  "seed"                                       generated_state_dict(seed=...)
  "inputs": [spec x 3]                         each [1, 3, 224, 224]; the batch is their
                                               concatenation on dim 0, in this order
  "input_checksums": [{"sha256", "sum", "first"} x 3]   of each input's float32 values (below)
  "logits": [[1000 floats] x 3]                PyTorch float32
  "top5": [[5 ints] x 3]                       class indices by decreasing logit
  "top1_probability": [3 floats]               softmax of the top-1 class (information)
  "float64_vs_float32": float                  max |logits32 - logits64| / max |logits64|, the
                                               same model and inputs in float64 (information)
  "weights": {name: {"shape", "sha256", "sum", "first", "probes": {"index", "value"}}}
                                               one entry per state_dict tensor, in state_dict
                                               order (num_batches_tracked omitted): its shape;
                                               sha256 of the float32 little-endian bytes; sum =
                                               float64 sum of the float32 values added in index
                                               order, one by one; first = the first 4 values;
                                               probes = 8 values at samplePositions(size, 8,
                                               "probe " + name, seed)
  "layers": [{"name", "shape", "min", "max", "mean", "std", "max_abs", "zeros",
              "samples": {"index": [64 ints], "value": [64 floats]}} ...]
                                               one per module output, over the whole batch;
                                               mean and std (population) in float64; zeros = the
                                               fraction of values that are exactly 0; samples at
                                               flat indices samplePositions(size, 64,
                                               "samples " + name, seed), ascending
  Layer names are torchvision module paths in forward order: conv1 bn1 relu maxpool, then per block
  layerL.B.{conv1, bn1, relu, conv2, bn2, [downsample.0, downsample.1], add} and layerL.B (the block
  output after its final ReLU), then avgpool ([3, 512, 1, 1]) and fc ([3, 1000]). "layerL.B.relu" is
  the ReLU after bn1; "add" is bn2's output plus the identity (or the downsample's output), before
  the final ReLU.

ops.json
  "generatedBy", "torch", and "cases": [{"op", "name", "input": spec, "params": {...},
                                         "output": {"shape", "values"}} ...]
  op (params):  conv2d (weight: spec, stride, padding; no bias)
                batch_norm (weight, bias, running_mean, running_var: specs; eps) in eval mode
                relu ()    max_pool2d (kernel_size, stride, padding)    adaptive_avg_pool2d () to 1x1
                linear (weight, bias: specs)    softmax () over the last dimension
  output.values is PyTorch's whole float32 output, row-major.
"""
import hashlib
import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from counter_random import fill_uniform, sample_positions  # noqa: E402
from generated_resnet18 import generated_input, generated_state_dict  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "golden")
SEED = 0
LAYER_SAMPLES = 64
WEIGHT_PROBES = 8

# Images of uniform noise differ after global average pooling only by their value distribution, so
# the three differ in brightness and contrast, all within [-2, 2]; this gives three different top-1
# classes, with top-1 probabilities from about 0.1 to 0.55.
INPUTS = [
    {"shape": [1, 3, 224, 224], "name": "image 0", "seed": SEED, "scale": 2.0, "offset": 0.0},
    {"shape": [1, 3, 224, 224], "name": "image 1", "seed": SEED, "scale": 1.5, "offset": -0.5},
    {"shape": [1, 3, 224, 224], "name": "image 2", "seed": SEED, "scale": 1.0, "offset": -1.0},
]


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float32).ravel()]


def checksum(a):
    """What the TypeScript test recomputes: SHA-256 of the bytes, sequential float64 sum, first values."""
    flat = np.ascontiguousarray(a, dtype="<f4").ravel()
    return {
        "sha256": hashlib.sha256(flat.tobytes()).hexdigest(),
        # cumsum adds strictly in index order (np.sum would add pairwise), as a plain loop in TS does.
        "sum": float(np.cumsum(flat.astype(np.float64))[-1]),
        "first": floats(flat[:4]),
    }


def weight_checksum(name, a):
    flat = a.ravel()
    index = sample_positions(flat.size, WEIGHT_PROBES, f"probe {name}", SEED)
    return {"shape": list(a.shape), **checksum(a), "probes": {"index": index, "value": floats(flat[index])}}


def build_model(dtype=torch.float32):
    model = torchvision.models.resnet18(num_classes=1000)
    sd = generated_state_dict(seed=SEED)
    # Same names, order and shapes as torchvision's own state_dict, or the TypeScript side
    # (resnet18Parameters) and PyTorch would disagree about what the weights mean.
    theirs = [(k, tuple(v.shape)) for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")]
    assert theirs == [(k, v.shape) for k, v in sd.items()], "generated_state_dict differs from torchvision's"
    missing, unexpected = model.load_state_dict({k: torch.from_numpy(v) for k, v in sd.items()}, strict=False)
    assert all(k.endswith("num_batches_tracked") for k in missing) and not unexpected, (missing, unexpected)
    return model.eval().to(dtype)


def module_outputs(m, x):
    """Every module's output by name, re-running ResNet.forward and BasicBlock.forward step by step
    with the model's own submodules (forward hooks cannot tell a block's two ReLU calls apart)."""
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


def summary(name, t):
    flat = t.detach().numpy().astype(np.float32).ravel()
    wide = flat.astype(np.float64)
    index = sample_positions(flat.size, LAYER_SAMPLES, f"samples {name}", SEED)
    return {
        "name": name, "shape": list(t.shape),
        "min": float(flat.min()), "max": float(flat.max()), "mean": float(wide.mean()),
        "std": float(wide.std()), "max_abs": float(np.abs(flat).max()),
        "zeros": float((flat == 0).mean()),
        "samples": {"index": index, "value": floats(flat[index])},
    }


def make_input(s):
    return torch.from_numpy(generated_input(s["shape"], s["name"], s["seed"], s["scale"], s["offset"]))


def engine_golden():
    model = build_model()
    images = [make_input(s) for s in INPUTS]
    x = torch.cat(images)
    with torch.no_grad():
        outputs = module_outputs(model, x)
        logits = model(x)
        assert torch.equal(logits, outputs["fc"]), "the step-by-step forward differs from model(x)"
        logits64 = build_model(torch.float64)(x.double())
    l32, l64 = logits.numpy().astype(np.float64), logits64.numpy()
    rel = float(np.abs(l32 - l64).max() / np.abs(l64).max())
    probabilities = torch.softmax(logits.double(), dim=1)
    top5 = [[int(i) for i in np.argsort(-row, kind="stable")[:5]] for row in logits.numpy()]
    layers = [summary(name, t) for name, t in outputs.items()]
    doc = {
        "generatedBy": "tools/golden/make_engine_golden.py",
        "torch": torch.__version__, "torchvision": torchvision.__version__,
        "seed": SEED, "inputs": INPUTS,
        "input_checksums": [checksum(image.numpy()) for image in images],
        "logits": [floats(row) for row in logits.numpy()], "top5": top5,
        "top1_probability": [float(p) for p in probabilities.max(dim=1).values],
        "float64_vs_float32": rel,
        "weights": {name: weight_checksum(name, v) for name, v in generated_state_dict(seed=SEED).items()},
        "layers": layers,
    }
    with open(os.path.join(OUT, "resnet18_generated.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))

    print(f"float32 vs float64 logits: {rel:.2e} of the largest logit")
    print(f"top-5 {top5}, top-1 probability {[round(p, 3) for p in doc['top1_probability']]}, logit std {float(l32.std()):.2f}")
    for layer in layers:
        print(f"  {layer['name']:24s} {str(layer['shape']):20s} std {layer['std']:7.3f}  max|x| {layer['max_abs']:7.3f}  zeros {layer['zeros']:.2f}")
    stds = [layer["std"] for layer in layers]
    print(f"per-layer std from {min(stds):.3f} to {max(stds):.3f}")


def spec(shape, name, scale=1.0, offset=0.0, seed=1):
    return {"shape": list(shape), "name": name, "seed": seed, "scale": scale, "offset": offset}


def make(s):
    return torch.from_numpy(fill_uniform(tuple(s["shape"]), s["name"], s["seed"], s["scale"], s["offset"]))


def op_cases():
    cases = []

    def add(op, name, inp, params, out):
        cases.append({"op": op, "name": name, "input": inp, "params": params,
                      "output": {"shape": list(out.shape), "values": floats(out.numpy())}})

    # (label, input NCHW, weight [out, in, kh, kw], stride, padding)
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
    # The all-negative case catches a max pool that pads with 0 instead of ignoring the padding.
    pools = [("3x3 stride 2 pad 1", (2, 3, 13, 11), 3, 2, 1, 1.0, 0.0),
             ("2x2 stride 2 pad 0", (1, 4, 9, 7), 2, 2, 0, 1.0, 0.0),
             ("3x3 stride 2 pad 1, all values negative", (1, 2, 9, 8), 3, 2, 1, 1.0, -2.0)]
    for label, ishape, k, s, p, scale, offset in pools:
        i = spec(ishape, f"pool input {label}", scale, offset)
        add("max_pool2d", label, i, {"kernel_size": k, "stride": s, "padding": p},
            F.max_pool2d(make(i), kernel_size=k, stride=s, padding=p))
    i = spec((2, 7, 5, 6), "avgpool input")
    add("adaptive_avg_pool2d", "to 1x1", i, {}, F.adaptive_avg_pool2d(make(i), (1, 1)))
    i, w, b = spec((3, 37), "linear input"), spec((11, 37), "linear weight", 0.3), spec((11,), "linear bias")
    add("linear", "37 -> 11 with bias", i, {"weight": w, "bias": b}, F.linear(make(i), make(w), make(b)))
    i = spec((2, 13), "softmax input", 8.0)
    add("softmax", "last dimension", i, {}, F.softmax(make(i), dim=-1))
    # exp(100) overflows float32: catches a softmax that does not subtract the row's maximum first.
    i = spec((2, 9), "softmax large input", 20.0, 80.0)
    add("softmax", "large logits (60..100)", i, {}, F.softmax(make(i), dim=-1))
    with open(os.path.join(OUT, "ops.json"), "w") as f:
        json.dump({"generatedBy": "tools/golden/make_engine_golden.py", "torch": torch.__version__, "cases": cases}, f,
                  separators=(",", ":"))
    print(f"{len(cases)} op cases")


if __name__ == "__main__":
    torch.set_num_threads(1)
    op_cases()
    engine_golden()
