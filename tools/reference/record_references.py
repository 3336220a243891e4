"""Records what PyTorch answers for your own images with your own ResNet-18 checkpoint, so that
`resnet18 verify` can check this engine against it (the golden test of the project, for your model).

    /usr/bin/python3 tools/reference/record_references.py model.pth photos/ more.jpg -o refs/
    npx resnet18 verify refs/ --weights model.pth          # or a weights file made by `convert`

Needs torch, torchvision, numpy and Pillow (on Debian: apt-get install python3-torch
python3-torchvision python3-numpy python3-pil). Any ResNet-18 state_dict works: torchvision's, a
fine-tuned one with any class count, nested under "state_dict"/"model"/…, saved from
DataParallel ("module.") or torch.compile ("_orig_mod."). The checkpoint is read with
torch.load(weights_only=True): no pickled code is run.

Each image goes through torchvision's ImageNet evaluation transform, exactly what the engine
reproduces: PIL.Image.open(f).convert('RGB'), Resize(256), CenterCrop(224), ToTensor(),
Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]); then model.eval() in float32.

REFS_DIR gets, per image (named after the file; a number is added when two names collide):
    inputs/NAME.npy     the [3, 224, 224] float32 tensor PyTorch classified
    logits/NAME.npy     its [classes] float32 logits
    images/NAME         a copy of the image (left out with --no-images), so verify also checks the
                        engine's own decoding and preprocessing against PyTorch's tensor
and manifest.json: versions, the checkpoint's file name and SHA-256, the class count, and per image
those file names and the top-5 (index, logit).
"""
import argparse
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import PIL
import torch
import torch.nn as nn
import torchvision
from PIL import Image
from torchvision import transforms
from torchvision.models.resnet import BasicBlock, ResNet

# Where training scripts put the state_dict inside a larger checkpoint, in search order
# (the same list as src/weights/checkpoint.ts).
NESTED_KEYS = ["state_dict", "model_state_dict", "model", "net", "network"]
WRAPPER_PREFIXES = ["module.", "_orig_mod."]
IMAGENET_WIDTHS = [64, 128, 256, 512]

TRANSFORM = transforms.Compose([
    transforms.Resize(256),
    transforms.CenterCrop(224),
    transforms.ToTensor(),
    transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
])


def fail(message: str) -> None:
    print(f"record_references: {message}", file=sys.stderr)
    sys.exit(1)


def find_state_dict(obj):
    """The dict of tensors inside a checkpoint: the top level, or under one of NESTED_KEYS."""
    if isinstance(obj, dict) and any(isinstance(v, torch.Tensor) for v in obj.values()):
        return obj
    if isinstance(obj, dict):
        for key in NESTED_KEYS:
            if key in obj and isinstance(obj[key], dict):
                return find_state_dict(obj[key])
    fail("no state_dict in the checkpoint (a dict of tensors at the top level or under "
         f"{', '.join(NESTED_KEYS)}); save one with torch.save(model.state_dict(), 'model.pth')")


def strip_prefixes(state_dict):
    out = {}
    for name, value in state_dict.items():
        for prefix in WRAPPER_PREFIXES:
            if name.startswith(prefix):
                name = name[len(prefix):]
        out[name] = value
    return out


def build_resnet18(state_dict) -> nn.Module:
    """torchvision's ResNet-18 with the checkpoint's class count (and widths, for narrowed test models)."""
    try:
        widths = [state_dict["conv1.weight"].shape[0]] + [state_dict[f"layer{i}.0.conv1.weight"].shape[0] for i in (2, 3, 4)]
        num_classes = state_dict["fc.weight"].shape[0]
    except KeyError as missing:
        fail(f"not a ResNet-18 state_dict: it has no {missing}")
    model = ResNet(BasicBlock, [2, 2, 2, 2], num_classes=num_classes)
    if widths != IMAGENET_WIDTHS:
        # Narrowed like tools/golden/make_checkpoints.py's mini model, by torchvision's own _make_layer.
        model.inplanes = widths[0]
        model.conv1 = nn.Conv2d(3, widths[0], kernel_size=7, stride=2, padding=3, bias=False)
        model.bn1 = nn.BatchNorm2d(widths[0])
        model.layer1 = model._make_layer(BasicBlock, widths[0], 2)
        model.layer2 = model._make_layer(BasicBlock, widths[1], 2, stride=2)
        model.layer3 = model._make_layer(BasicBlock, widths[2], 2, stride=2)
        model.layer4 = model._make_layer(BasicBlock, widths[3], 2, stride=2)
        model.fc = nn.Linear(widths[3], num_classes)
    state_dict = {k: v.float() if v.is_floating_point() else v for k, v in state_dict.items()}
    missing, unexpected = model.load_state_dict(state_dict, strict=False)
    missing = [m for m in missing if not m.endswith("num_batches_tracked")]
    if missing or unexpected:
        fail(f"not a ResNet-18 state_dict: missing {missing[:5]}, unexpected {unexpected[:5]}")
    return model.eval()


def image_files(paths):
    """Files as given, and the files of directories (sorted, not recursive) that PIL can open."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file():
                    try:
                        with Image.open(child):
                            pass
                    except Exception:
                        continue
                    yield child
        elif path.is_file():
            yield path
        else:
            fail(f"{path}: no such file or directory")


def main() -> None:
    parser = argparse.ArgumentParser(description="Record PyTorch's inputs and logits for your images and ResNet-18 checkpoint.")
    parser.add_argument("checkpoint", help="a ResNet-18 checkpoint (.pth) saved by PyTorch")
    parser.add_argument("images", nargs="+", help="image files, or directories of them")
    parser.add_argument("-o", "--output", required=True, help="the folder to write (created if needed)")
    parser.add_argument("--no-images", action="store_true", help="do not copy the images into the folder")
    args = parser.parse_args()

    checkpoint = Path(args.checkpoint)
    data = checkpoint.read_bytes()
    try:
        loaded = torch.load(checkpoint, map_location="cpu", weights_only=True)
    except Exception as error:
        fail(f"{checkpoint}: torch.load(weights_only=True) refused it: {error}")
    model = build_resnet18(strip_prefixes(find_state_dict(loaded)))
    num_classes = model.fc.out_features

    out = Path(args.output)
    for sub in ("inputs", "logits") + (() if args.no_images else ("images",)):
        (out / sub).mkdir(parents=True, exist_ok=True)
    entries, used = [], set()
    for file in image_files(args.images):
        name = re.sub(r"[^A-Za-z0-9._-]", "_", file.name)
        stem, n = name, 2
        while name in used:
            name = f"{Path(stem).stem}-{n}{Path(stem).suffix}"
            n += 1
        used.add(name)
        with Image.open(file) as image:
            x = TRANSFORM(image.convert("RGB"))
        with torch.no_grad():
            logits = model(x.unsqueeze(0))[0]
        entry = {"name": name, "input": f"inputs/{name}.npy", "logits": f"logits/{name}.npy"}
        np.save(out / entry["input"], x.numpy().astype(np.float32))
        np.save(out / entry["logits"], logits.numpy().astype(np.float32))
        if not args.no_images:
            entry["image"] = f"images/{name}"
            shutil.copyfile(file, out / entry["image"])
        values, indices = torch.topk(logits, min(5, num_classes))
        entry["top5"] = [[int(i), float(v)] for i, v in zip(indices, values)]
        entries.append(entry)
        print(f"{file}: top-1 class {entry['top5'][0][0]} (logit {entry['top5'][0][1]:.4f})")
    if not entries:
        fail("no images found")

    manifest = {
        "format": "resnet18-ts references 1",
        "generatedBy": "tools/reference/record_references.py",
        "torch": torch.__version__, "torchvision": torchvision.__version__, "pillow": PIL.__version__, "numpy": np.__version__,
        "checkpoint": {"file": checkpoint.name, "sha256": hashlib.sha256(data).hexdigest()},
        "numClasses": num_classes,
        "transform": "PIL convert('RGB'), Resize(256), CenterCrop(224), ToTensor(), Normalize(ImageNet mean, std)",
        "images": entries,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(f"wrote {len(entries)} references for {checkpoint.name} ({num_classes} classes) to {out}/")


if __name__ == "__main__":
    main()
