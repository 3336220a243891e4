"""Golden data for preprocessing, made by PIL (Pillow 9.4) and torchvision 0.14.
Run from this folder with /usr/bin/python3. Writes test/golden/images/:

  <name>.<ext>             small test images (synthetic content, several formats and modes)
  <name>.expected.png      PIL's Resize(256) + CenterCrop(224) of it, 8-bit RGB (lossless)
  manifest.json            {"images": [{"file", "expected", "size": [w, h], "mode", "tensor_sha256"}],
                            "resize": [{"name", "seed", "size": [w, h], "to": [w, h], "sha256"}]}

"end_to_end": [{"file", "logits"}] — PyTorch's logits of the mini ResNet-18 in
test/golden/checkpoints/mini_zip.pth (10 classes) for a few images, through torchvision's transform.

tensor_sha256 is the SHA-256 of torchvision's normalised float32 tensor [3, 224, 224] (little-endian
bytes). "resize" cases pin Pillow's bilinear resampler alone: an RGB image of the given size whose
bytes are floor((uniform(key(name, seed), i) + 1) * 128) (counter_random.py), resized by PIL to
`to`; sha256 of the result's RGB bytes.
"""
import hashlib
import json
import os

import numpy as np
import torchvision.transforms as T
from PIL import Image, ImageOps

from counter_random import stream_key, uniform_at

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "golden", "images")
TRANSFORM = T.Compose([T.Resize(256), T.CenterCrop(224), T.ToTensor(),
                       T.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])])
CROP = T.Compose([T.Resize(256), T.CenterCrop(224)])


def scene(w, h, seed):
    """A smooth synthetic photo-like RGB image: gradients, rings and a few soft blobs (compresses well)."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    rng = np.random.default_rng(seed)
    img = np.zeros((h, w, 3))
    for c in range(3):
        fx, fy, ph = rng.uniform(0.5, 4, 2).tolist() + [rng.uniform(0, 6)]
        img[..., c] = 128 + 60 * np.sin(fx * x / w * 6 + ph) * np.cos(fy * y / h * 6) + 40 * (x / w - y / h)
    for _ in range(4):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.3) * min(w, h)
        d = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r))
        img += d[..., None] * rng.uniform(-80, 80, 3)
    # No added noise: the "resize" cases below pin the resampler on noisy pixels, and smooth scenes keep
    # the fixture files small.
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def images():
    """(file name, PIL image, save options)."""
    out = []
    rgb = lambda w, h, s: Image.fromarray(scene(w, h, s), "RGB")
    out.append(("rgb_300x200.png", rgb(300, 200, 1), {}))
    out.append(("rgb_257x411.png", rgb(257, 411, 2), {}))          # crop offsets round half to even
    out.append(("rgb_259x259.png", rgb(259, 259, 3), {}))
    out.append(("rgb_256x300.png", rgb(256, 300, 4), {}))          # short side already 256: no resize
    out.append(("rgb_224x224.png", rgb(224, 224, 5), {}))          # upscaled to 256
    out.append(("rgb_100x60.png", rgb(100, 60, 6), {}))            # small: upscaled both ways
    out.append(("rgb_900x31.png", rgb(900, 31, 7), {}))            # extreme aspect ratio
    out.append(("photo_500x375.jpg", rgb(500, 375, 8), {"quality": 90}))
    out.append(("progressive_333x250.jpg", rgb(333, 250, 9), {"quality": 85, "progressive": True}))
    out.append(("grey_240x320.jpg", rgb(240, 320, 10).convert("L"), {"quality": 90}))
    out.append(("grey_301x260.png", rgb(301, 260, 11).convert("L"), {}))
    rgba = rgb(280, 260, 12).convert("RGBA")
    a = np.array(rgba)
    a[..., 3] = np.linspace(0, 255, a.shape[1]).astype(np.uint8)[None, :]   # alpha dropped, not composited
    out.append(("rgba_280x260.png", Image.fromarray(a, "RGBA"), {}))
    la = rgb(270, 290, 13).convert("LA")
    out.append(("grey_alpha_270x290.png", la, {}))
    out.append(("palette_320x240.png", rgb(320, 240, 14).convert("P", palette=Image.ADAPTIVE, colors=64), {}))
    pal = rgb(250, 300, 15).convert("P", palette=Image.ADAPTIVE, colors=32)
    out.append(("palette_transparent_250x300.png", pal, {"transparency": 3}))
    out.append(("lossless_310x230.webp", rgb(310, 230, 16), {"lossless": True}))
    frames = [rgb(260, 270, 17).convert("P", palette=Image.ADAPTIVE), rgb(260, 270, 18).convert("P", palette=Image.ADAPTIVE)]
    out.append(("animated_260x270.gif", frames[0], {"save_all": True, "append_images": frames[1:]}))
    out.append(("image_290x300.tiff", rgb(290, 300, 19), {"compression": "tiff_lzw"}))
    cmyk = np.array(rgb(300, 260, 20).convert("CMYK"))
    cmyk[..., 3] = np.linspace(0, 200, cmyk.shape[1]).astype(np.uint8)[None, :]   # a real black channel
    out.append(("cmyk_300x260.jpg", Image.fromarray(cmyk, "CMYK"), {"quality": 92}))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display; torchvision ignores it
    out.append(("exif_rotated_320x240.jpg", rgb(320, 240, 22), {"quality": 90, "exif": exif.tobytes()}))
    grey16 = (scene(260, 280, 21)[..., 0].astype(np.uint16) * 3).astype(np.uint16)  # 0..765: PIL clips at 255
    out.append(("grey16_260x280.png", Image.fromarray(grey16, "I;16"), {}))
    return out


def resize_cases():
    cases = []
    for i, (size, to) in enumerate([((7, 5), (3, 2)), ((5, 7), (13, 17)), ((300, 200), (256, 170)), ((97, 301), (256, 794)),
                                     ((1, 1), (4, 3)), ((64, 1), (7, 1)), ((513, 257), (200, 100)), ((40, 40), (40, 17))]):
        name = f"resize case {i}"
        w, h = size
        u = uniform_at(stream_key(name, 0), w * h * 3)
        arr = np.floor((u + 1) * 128).astype(np.uint8).reshape(h, w, 3)
        out = np.array(Image.fromarray(arr, "RGB").resize(to, Image.BILINEAR))
        cases.append({"name": name, "seed": 0, "size": list(size), "to": list(to), "sha256": hashlib.sha256(out.tobytes()).hexdigest()})
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = {"generatedBy": "tools/golden/make_image_golden.py", "images": [], "resize": resize_cases()}
    for name, im, opts in images():
        path = os.path.join(OUT, name)
        im.save(path, **opts)
        loaded = Image.open(path)
        mode = loaded.mode
        rgb = loaded.convert("RGB")
        crop = CROP(rgb)
        expected = name.rsplit(".", 1)[0] + ".expected.png"
        crop.save(os.path.join(OUT, expected))
        tensor = TRANSFORM(rgb).numpy().astype("<f4")
        manifest["images"].append({"file": name, "expected": expected, "size": list(loaded.size), "mode": mode,
                                   "tensor_sha256": hashlib.sha256(tensor.tobytes()).hexdigest()})
        print(f"{name:36s} {mode:5s} {loaded.size}")
    import torch
    from make_checkpoints import build_mini_resnet18
    mini = build_mini_resnet18()
    mini.load_state_dict(torch.load(os.path.join(OUT, "..", "checkpoints", "mini_zip.pth")))
    mini.eval()
    # With EXIF orientation applied (ImageOps.exif_transpose), for the autoOrient option.
    rotated = ImageOps.exif_transpose(Image.open(os.path.join(OUT, "exif_rotated_320x240.jpg"))).convert("RGB")
    manifest["auto_orient"] = {"file": "exif_rotated_320x240.jpg", "size": list(rotated.size),
                               "tensor_sha256": hashlib.sha256(TRANSFORM(rotated).numpy().astype("<f4").tobytes()).hexdigest()}
    manifest["end_to_end"] = []
    for name in ["photo_500x375.jpg", "rgba_280x260.png", "rgb_900x31.png"]:
        x = TRANSFORM(Image.open(os.path.join(OUT, name)).convert("RGB")).unsqueeze(0)
        with torch.no_grad():
            manifest["end_to_end"].append({"file": name, "logits": [float(v) for v in mini(x)[0]]})
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
