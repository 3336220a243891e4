"""Golden data for preprocessing, made by PIL (Pillow 9.4) and torchvision 0.14.
Run from this folder with /usr/bin/python3 (deterministic, ~10 s). Writes test/golden/images/:

  <name>.<ext>                 images of a few hundred pixels, synthetic scenes
  <name>.expected.png          PIL's Resize(256) + CenterCrop(224) of each, 8-bit RGB
  formats/<name>.<ext>         small images (mostly 40×30) in every format and mode we decode
  formats/<name>.rgb.png       PIL's Image.open(f).convert('RGB') of each, full size, 8-bit RGB
  manifest.json                see below

(The small ones are in a subfolder so the top level stays "each image and its expected crop".)

manifest.json:
  "images", "formats": [{"file", "size": [w, h], "mode", "format", "rgb_sha256", "tensor_sha256",
              "expected" (images) | "rgb" (formats): the reference PNG, "note"}], paths relative
      to test/golden/images/. mode/format: what PIL opens the file as; rgb_sha256: SHA-256 of
      convert('RGB')'s bytes; tensor_sha256: SHA-256 of torchvision's normalised float32 tensor
      [3, 224, 224] (little-endian).
  "resize": [{"name", "seed", "size": [w, h], "to": [w, h], "sha256"}]
      Pillow's bilinear resampler alone: an RGB image whose bytes are
      floor((uniform(key(name, seed), i) + 1) * 128) (counter_random.py), resized by PIL to `to`.
  "center_crop": [{"name", "seed", "size", "sha256"}]: torchvision's CenterCrop(224) alone of such
      PRNG pixels (images smaller than 224 are padded with zeros).
  "normalize": {"mean", "std", "values"}: ToTensor + Normalize of intensities 0..255, channel by
      channel (768 float32 values, exact as JSON doubles).
  "auto_orient": [{"file", "size", "rgb_sha256", "tensor_sha256"}] after ImageOps.exif_transpose.
  "end_to_end": [{"file", "logits"}] — PyTorch's logits of the mini ResNet-18 in
      test/golden/checkpoints/mini_zip.pth (10 classes) for a few images, through the transform.

Files PIL writes itself are made with PIL; layouts PIL cannot write (16-bit RGB PNG, 2-bit grey,
Adam7, GIF frames at an offset, top-down / OS/2 / bit-field BMPs) with the small writers below.
"""
import hashlib
import io
import json
import os
import shutil
import struct
import warnings
import zlib

import numpy as np
import torchvision.transforms as T
from PIL import Image, ImageCms, ImageOps

from counter_random import stream_key, uniform_at

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "golden", "images")
MEAN, STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
TRANSFORM = T.Compose([T.Resize(256), T.CenterCrop(224), T.ToTensor(), T.Normalize(mean=MEAN, std=STD)])
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


def noisy(w, h, seed, amount=24):
    """A scene with pixel noise: JPEG and WebP decoders get real detail to work on."""
    rng = np.random.default_rng(seed + 1000)
    return np.clip(scene(w, h, seed).astype(int) + rng.integers(-amount, amount + 1, (h, w, 3)), 0, 255).astype(np.uint8)


# ---------------------------------------------------------------------------------------------
# Writers for layouts PIL does not write
# ---------------------------------------------------------------------------------------------

def png_bytes(arr, colour_type, depth, extra=b"", interlace=False, palette=None):
    """A PNG of `arr` (h × w × channels, or h × w) with the given colour type and bit depth."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    def rows(a):
        if depth == 16:
            return [b"\0" + a[y].astype(">u2").tobytes() for y in range(a.shape[0])]
        if depth == 8:
            return [b"\0" + a[y].astype(np.uint8).tobytes() for y in range(a.shape[0])]
        packed = []
        for y in range(a.shape[0]):
            bits = np.unpackbits(a[y].astype(np.uint8)[:, None], axis=1)[:, 8 - depth:].ravel()
            packed.append(b"\0" + np.packbits(bits).tobytes())
        return packed

    h, w = arr.shape[:2]
    if interlace:  # Adam7: seven sub-images, each filtered and packed like a small PNG
        raw = b""
        for x0, y0, dx, dy in [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]:
            sub = arr[y0::dy, x0::dx]
            if sub.size:
                raw += b"".join(rows(sub))
    else:
        raw = b"".join(rows(arr))
    header = struct.pack(">IIBBBBB", w, h, depth, colour_type, 0, 0, 1 if interlace else 0)
    plte = chunk(b"PLTE", bytes(palette)) if palette is not None else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + plte + extra
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def lzw_literal_codes(indices):
    """GIF LZW data that only uses literal codes, min code size 8, a clear code every 254 pixels
    (so the code width stays 9 bits). Valid for any decoder; PIL's own writer covers real LZW."""
    clear, end = 256, 257
    codes = []
    for i, v in enumerate(indices):
        if i % 254 == 0:
            codes.append(clear)
        codes.append(int(v))
    codes.append(end)
    acc, nbits, out = 0, 0, bytearray()
    for c in codes:
        acc |= c << nbits
        nbits += 9
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xFF)
    blocks = b"".join(bytes([len(out[i:i + 255])]) + bytes(out[i:i + 255]) for i in range(0, len(out), 255))
    return b"\x08" + blocks + b"\0"


def gif_bytes(screen, global_palette, frame_box, indices, local_palette=None, transparency=None, interlace=False):
    """A one-frame GIF89a: palettes of 256 entries (768 bytes), frame indices h × w."""
    sw, sh = screen
    left, top = frame_box
    fh, fw = indices.shape
    flags = (0x80 | 0x70 | 7) if global_palette is not None else 0x70
    out = b"GIF89a" + struct.pack("<HHBBB", sw, sh, flags, 0, 0)
    if global_palette is not None:
        out += bytes(global_palette)
    if transparency is not None:
        out += b"\x21\xf9\x04" + struct.pack("<BHB", 1, 0, transparency) + b"\0"
    order = list(range(fh))
    if interlace:
        order = list(range(0, fh, 8)) + list(range(4, fh, 8)) + list(range(2, fh, 4)) + list(range(1, fh, 2))
    iflags = (0x80 | 7 if local_palette is not None else 0) | (0x40 if interlace else 0)
    out += b"\x2c" + struct.pack("<HHHHB", left, top, fw, fh, iflags)
    if local_palette is not None:
        out += bytes(local_palette)
    out += lzw_literal_codes(indices[order].ravel())
    return out + b"\x3b"


def bmp_bytes(arr, bits, palette=None, header=40, top_down=False, masks=None, palette_entry=4, colors=None):
    """A BMP: arr is h × w indices (bits ≤ 8) or h × w × 3 RGB (24) or h × w × 4 RGBA (32)."""
    h, w = arr.shape[:2]
    stride = ((w * bits + 31) >> 3) & ~3
    rows = []
    for y in range(h):
        row = arr[y]
        if bits <= 8:
            bitsarr = np.unpackbits(row.astype(np.uint8)[:, None], axis=1)[:, 8 - bits:].ravel()
            data = np.packbits(bitsarr).tobytes()
        elif bits == 24:
            data = row[:, ::-1].astype(np.uint8).tobytes()                  # B G R
        else:
            r, g, b, a = (row[:, i].astype(np.uint32) for i in range(4))
            rm, gm, bm, am = masks
            shift = lambda m: (m & -m).bit_length() - 1 if m else 0
            px = (r << shift(rm)) | (g << shift(gm)) | (b << shift(bm)) | ((a << shift(am)) if am else 0)
            data = px.astype("<u4").tobytes()
        rows.append(data + b"\0" * (stride - len(data)))
    pixels = b"".join(rows if top_down else rows[::-1])
    pal = b""
    if palette is not None:
        entries = np.asarray(palette, dtype=np.uint8).reshape(-1, 3)
        for r, g, b in entries:
            pal += bytes([b, g, r]) + (b"\0" if palette_entry == 4 else b"")
    if header == 12:
        info = struct.pack("<IHHHH", 12, w, h, 1, bits)
    else:
        compression = 3 if masks else 0
        ncolors = colors if colors is not None else (len(palette) // 3 if palette is not None else 0)
        info = struct.pack("<IiiHHIIiiII", header, w, -h if top_down else h, 1, bits, compression, len(pixels), 2835, 2835, ncolors, 0)
        if header >= 56:
            info += struct.pack("<IIII", *(masks or (0, 0, 0, 0)))
        info += b"\0" * (header - len(info))
    offset = 14 + len(info) + len(pal)
    return b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset) + info + pal + pixels


def strip_adobe_marker(jpeg):
    """The JPEG without its APP14 "Adobe" segment (PIL still inverts CMYK data; must libvips)."""
    out, i = bytearray(jpeg[:2]), 2
    while True:
        marker, length = jpeg[i + 1], struct.unpack(">H", jpeg[i + 2:i + 4])[0]
        segment = jpeg[i:i + 2 + length]
        if not (marker == 0xEE and segment[4:9] == b"Adobe"):
            out += segment
        i += 2 + length
        if marker == 0xDA:
            return bytes(out + jpeg[i:])


def swapped_primaries_profile():
    """PIL's built-in sRGB profile with the red and blue colorants swapped: a valid ICC profile whose
    colour transform changes pixels a lot, so decoding that honours it is caught. PIL ignores it."""
    b = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    tags = {}
    for i in range(struct.unpack(">I", b[128:132])[0]):
        sig, off, size = struct.unpack(">4sII", b[132 + 12 * i:144 + 12 * i])
        tags[sig] = (off, size)
    (ro, rs), (bo, bs) = tags[b"rXYZ"], tags[b"bXYZ"]
    red, blue = bytes(b[ro:ro + rs]), bytes(b[bo:bo + bs])
    b[ro:ro + rs], b[bo:bo + bs] = blue, red
    b[24:36] = struct.pack(">6H", 2024, 1, 1, 0, 0, 0)  # a fixed creation date: the file is reproducible
    b[84:100] = bytes(16)  # no profile ID
    return bytes(b)


# ---------------------------------------------------------------------------------------------
# The fixtures
# ---------------------------------------------------------------------------------------------

def saved(im, **opts):
    fmt = opts.pop("format")
    buf = io.BytesIO()
    im.save(buf, fmt, **opts)
    return buf.getvalue()


def transform_images():
    """Larger images (several hundred pixels): their reference is PIL's 224×224 crop."""
    out = []
    rgb = lambda w, h, s: Image.fromarray(scene(w, h, s), "RGB")
    add = lambda name, data, note="": out.append((name, data, note))
    add("rgb_300x200.png", saved(rgb(300, 200, 1), format="PNG"))
    add("rgb_257x411.png", saved(rgb(257, 411, 2), format="PNG"), "crop offsets round half to even")
    add("rgb_259x259.png", saved(rgb(259, 259, 3), format="PNG"))
    add("rgb_256x300.png", saved(rgb(256, 300, 4), format="PNG"), "short side already 256: no resize")
    add("rgb_224x224.png", saved(rgb(224, 224, 5), format="PNG"), "upscaled to 256")
    add("rgb_100x60.png", saved(rgb(100, 60, 6), format="PNG"), "small: upscaled both ways")
    add("rgb_900x31.png", saved(rgb(900, 31, 7), format="PNG"), "extreme aspect ratio")
    add("photo_500x375.jpg", saved(rgb(500, 375, 8), format="JPEG", quality=90))
    add("progressive_333x250.jpg", saved(rgb(333, 250, 9), format="JPEG", quality=85, progressive=True))
    add("grey_240x320.jpg", saved(rgb(240, 320, 10).convert("L"), format="JPEG", quality=90))
    add("grey_301x260.png", saved(rgb(301, 260, 11).convert("L"), format="PNG"))
    a = np.array(rgb(280, 260, 12).convert("RGBA"))
    a[..., 3] = np.linspace(0, 255, a.shape[1]).astype(np.uint8)[None, :]
    add("rgba_280x260.png", saved(Image.fromarray(a, "RGBA"), format="PNG"), "alpha dropped, not composited")
    add("grey_alpha_270x290.png", saved(rgb(270, 290, 13).convert("LA"), format="PNG"))
    add("palette_320x240.png", saved(rgb(320, 240, 14).convert("P", palette=Image.ADAPTIVE, colors=64), format="PNG"))
    pal = rgb(250, 300, 15).convert("P", palette=Image.ADAPTIVE, colors=32)
    add("palette_transparent_250x300.png", saved(pal, format="PNG", transparency=3))
    add("lossless_310x230.webp", saved(rgb(310, 230, 16), format="WEBP", lossless=True))
    frames = [rgb(260, 270, 17).convert("P", palette=Image.ADAPTIVE), rgb(260, 270, 18).convert("P", palette=Image.ADAPTIVE)]
    add("animated_260x270.gif", saved(frames[0], format="GIF", save_all=True, append_images=frames[1:]), "first frame only")
    add("image_290x300.tiff", saved(rgb(290, 300, 19), format="TIFF", compression="tiff_adobe_deflate"))
    cmyk = np.array(rgb(300, 260, 20).convert("CMYK"))
    cmyk[..., 3] = np.linspace(0, 200, cmyk.shape[1]).astype(np.uint8)[None, :]
    add("cmyk_300x260.jpg", saved(Image.fromarray(cmyk, "CMYK"), format="JPEG", quality=92), "CMYK, Adobe APP14 marker")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display; torchvision ignores it
    add("exif_rotated_320x240.jpg", saved(rgb(320, 240, 22), format="JPEG", quality=90, exif=exif.tobytes()), "EXIF orientation 6, not applied")
    grey16 = (scene(260, 280, 21)[..., 0].astype(np.uint16) * 3).astype(np.uint16)
    add("grey16_260x280.png", saved(Image.fromarray(grey16, "I;16"), format="PNG"), "16-bit grey 0..765: PIL clips at 255")
    return out


def format_images():
    """Small images (mostly 40×30 or 37×29) covering formats and modes: their reference is PIL's decoded RGB."""
    out = []
    add = lambda name, data, note="": out.append((name, data, note))
    W, H = 40, 30
    s = lambda seed, w=W, h=H: scene(w, h, seed)
    n = lambda seed, w=W, h=H: noisy(w, h, seed)
    rgbim = lambda a: Image.fromarray(a, "RGB")
    rng = np.random.default_rng(7)
    low = lambda seed: rng.integers(0, 256, (H, W, 3))

    # PNG
    add("png_rgb16_40x30.png", png_bytes(s(30).astype(np.uint16) * 257 ^ low(30), 2, 16), "16-bit RGB: high bytes")
    rgba16 = np.dstack([s(31).astype(np.uint16) * 257 ^ low(31), np.tile(np.linspace(0, 65535, W).astype(np.uint16), (H, 1))])
    add("png_rgba16_40x30.png", png_bytes(rgba16, 6, 16), "16-bit RGBA: high bytes, alpha dropped")
    la16 = np.dstack([s(32)[..., 0].astype(np.uint16) * 257 + 100, np.tile(np.linspace(0, 65535, W).astype(np.uint16), (H, 1))])
    add("png_la16_40x30.png", png_bytes(la16, 4, 16), "16-bit grey + alpha: PIL opens it as RGBA, high bytes")
    g = s(33)[..., 1].astype(np.uint16) * 2 + 40
    add("png_grey16_trns_40x30.png", png_bytes(g, 0, 16, png_chunk(b"tRNS", struct.pack(">H", 300))), "16-bit grey with tRNS: PIL mode I, clipped")
    add("png_grey16_wide_40x30.png", png_bytes(s(34)[..., 2].astype(np.uint16) * 257, 0, 16), "full-range 16-bit grey: nearly all 255 in PIL")
    add("png_bilevel_64x48.png", saved(rgbim(s(35, 64, 48)).convert("1"), format="PNG"), "1-bit")
    add("png_grey2_40x30.png", png_bytes(s(36)[..., 0] >> 6, 0, 2), "2-bit grey")
    add("png_grey4_40x30.png", png_bytes(s(37)[..., 0] >> 4, 0, 4), "4-bit grey")
    pal16 = np.random.default_rng(38).integers(0, 256, 16 * 3).astype(np.uint8)
    add("png_palette4_40x30.png", png_bytes(s(38)[..., 0] >> 4, 3, 4, palette=pal16), "4-bit palette")
    add("png_rgb_trns_40x30.png", png_bytes(s(39), 2, 8, png_chunk(b"tRNS", struct.pack(">HHH", *s(39)[5, 5]))), "RGB with tRNS")
    add("png_interlaced_40x30.png", png_bytes(n(40), 2, 8, interlace=True), "Adam7 interlaced")
    add("png_icc_40x30.png", saved(rgbim(n(41)), format="PNG", icc_profile=swapped_primaries_profile()), "ICC profile ignored, as PIL does")
    add("png_grey_alpha_palette_40x30.png", saved(rgbim(s(42)).convert("P", palette=Image.ADAPTIVE, colors=16), format="PNG", transparency=bytes(range(0, 256, 16))),
        "palette with per-entry alpha")
    add("tiny_1x1.png", saved(rgbim(np.array([[[200, 30, 90]]], np.uint8)), format="PNG"), "1×1, upscaled")
    add("tiny_2x3.png", saved(rgbim(n(43, 2, 3)), format="PNG"), "2×3, upscaled")
    add("tiny_3x2.png", saved(rgbim(n(44, 3, 2)), format="PNG"), "3×2, upscaled")
    add("strip_1x50.png", saved(rgbim(n(45, 1, 50)), format="PNG"), "1 pixel wide: resized to 256×12800")
    add("strip_400x6.png", saved(rgbim(n(46, 400, 6)), format="PNG"), "6 pixels high")

    # JPEG
    add("jpeg_444_40x30.jpg", saved(rgbim(n(50)), format="JPEG", quality=90, subsampling=0), "4:4:4")
    add("jpeg_422_40x30.jpg", saved(rgbim(n(51)), format="JPEG", quality=90, subsampling=1), "4:2:2")
    add("jpeg_odd_37x29.jpg", saved(rgbim(n(52, 37, 29)), format="JPEG", quality=75), "odd size, 4:2:0")
    add("jpeg_icc_40x30.jpg", saved(rgbim(n(53)), format="JPEG", quality=90, icc_profile=swapped_primaries_profile()), "ICC profile ignored, as PIL does")
    cmyk = np.dstack([n(54), np.tile(np.linspace(0, 255, W).astype(np.uint8), (H, 1))])
    add("jpeg_cmyk_40x30.jpg", saved(Image.fromarray(cmyk, "CMYK"), format="JPEG", quality=95), "CMYK with Adobe marker")
    add("jpeg_cmyk_noadobe_40x30.jpg", strip_adobe_marker(saved(Image.fromarray(cmyk, "CMYK"), format="JPEG", quality=95)), "CMYK without Adobe marker")
    add("jpeg_grey_progressive_40x30.jpg", saved(rgbim(n(55)).convert("L"), format="JPEG", quality=90, progressive=True), "grey, progressive")
    exif = Image.Exif()
    exif[0x0112] = 5
    add("exif_transpose5_40x30.jpg", saved(rgbim(n(56)), format="JPEG", quality=90, exif=exif.tobytes()), "EXIF orientation 5, not applied")

    # WebP
    add("webp_lossy_40x30.webp", saved(rgbim(n(60)), format="WEBP", quality=80), "lossy")
    rgba = np.dstack([n(61), np.tile(np.linspace(0, 255, W).astype(np.uint8), (H, 1))])
    add("webp_alpha_40x30.webp", saved(Image.fromarray(rgba, "RGBA"), format="WEBP", quality=80), "lossy with alpha")

    # GIF
    p = rgbim(s(70)).convert("P", palette=Image.ADAPTIVE, colors=32)
    add("gif_transparent_40x30.gif", saved(p, format="GIF", transparency=5), "transparent pixels keep their palette colour")
    palette = np.random.default_rng(71).integers(0, 256, 768).astype(np.uint8)
    local = np.random.default_rng(72).integers(0, 256, 768).astype(np.uint8)
    idx = lambda seed, w, h: np.random.default_rng(seed).integers(0, 40, (h, w)).astype(np.uint8)
    add("gif_interlaced_40x30.gif", gif_bytes((W, H), palette, (0, 0), idx(73, W, H), interlace=True), "interlaced")
    add("gif_offset_transparent_40x30.gif", gif_bytes((W, H), palette, (9, 7), idx(74, 24, 17), local_palette=local, transparency=3),
        "24×17 frame at (9, 7), local palette; outside = transparent index")
    add("gif_offset_opaque_40x30.gif", gif_bytes((W, H), palette, (5, 4), idx(75, 30, 20), local_palette=local),
        "30×20 frame at (5, 4), no transparency; outside = index 0")
    add("gif_grows_40x30.gif", gif_bytes((32, 24), palette, (2, 3), idx(76, 38, 27)), "frame larger than the screen: the image grows")
    ramp = np.repeat(np.arange(256, dtype=np.uint8), 3)
    add("gif_grey_ramp_40x30.gif", gif_bytes((W, H), ramp, (0, 0), s(77)[..., 0]), "grey-ramp palette: PIL mode L")

    # TIFF
    add("tiff_grey_40x30.tif", saved(rgbim(s(80)).convert("L"), format="TIFF"), "grey")
    add("tiff_lzw_40x30.tif", saved(rgbim(n(81)), format="TIFF", compression="tiff_lzw"), "LZW")
    add("tiff_cmyk_40x30.tif", saved(Image.fromarray(np.dstack([n(82), n(83)[..., 0]]), "CMYK"), format="TIFF"), "CMYK, not inverted")
    add("tiff_grey16_40x30.tif", saved(Image.fromarray((s(84)[..., 0].astype(np.uint16) * 2), "I;16"), format="TIFF"), "16-bit grey: clipped")
    add("tiff_bilevel_64x48.tif", saved(rgbim(s(85, 64, 48)).convert("1"), format="TIFF", compression="group4"), "1-bit, CCITT G4")
    add("tiff_palette_40x30.tif", saved(rgbim(s(86)).convert("P", palette=Image.ADAPTIVE, colors=20), format="TIFF"), "palette")
    add("tiff_rgba_40x30.tif", saved(Image.fromarray(rgba, "RGBA"), format="TIFF", compression="tiff_adobe_deflate"), "RGBA, deflate")

    # BMP (37 pixels wide: rows are padded to 4 bytes)
    bw, bh = 37, 29
    add("bmp_rgb24_37x29.bmp", saved(rgbim(n(90, bw, bh)), format="BMP"), "24-bit, bottom-up")
    add("bmp_pal8_37x29.bmp", saved(rgbim(s(91, bw, bh)).convert("P", palette=Image.ADAPTIVE, colors=50), format="BMP"), "8-bit palette")
    add("bmp_grey_37x29.bmp", saved(rgbim(s(92, bw, bh)).convert("L"), format="BMP"), "8-bit grey palette: PIL mode L")
    add("bmp_bilevel_37x29.bmp", saved(rgbim(s(93, bw, bh)).convert("1"), format="BMP"), "1-bit")
    add("bmp_bgra32_37x29.bmp", saved(Image.fromarray(np.dstack([n(94, bw, bh), np.full((bh, bw), 77, np.uint8)]), "RGBA"), format="BMP"),
        "32-bit B G R A, no masks: PIL reads it as RGB")
    add("bmp_topdown_37x29.bmp", bmp_bytes(n(95, bw, bh), 24, top_down=True), "negative height: top-down rows")
    pal10 = np.random.default_rng(96).integers(0, 256, 30).astype(np.uint8)
    add("bmp_pal4_37x29.bmp", bmp_bytes(np.random.default_rng(97).integers(0, 10, (bh, bw)), 4, palette=pal10), "4-bit, 10-colour palette")
    add("bmp_short_palette_37x29.bmp", bmp_bytes(np.random.default_rng(98).integers(0, 16, (bh, bw)), 8, palette=pal10),
        "indices past a 10-colour palette: PIL's grey ramp")
    pal256 = np.random.default_rng(99).integers(0, 256, 768).astype(np.uint8)
    add("bmp_os2_37x29.bmp", bmp_bytes(np.random.default_rng(100).integers(0, 256, (bh, bw)), 8, palette=pal256, header=12, palette_entry=3),
        "OS/2 v1 header, 3-byte palette entries")
    rgba = np.dstack([n(101, bw, bh), np.full((bh, bw), 200, np.uint8)])
    add("bmp_bitfields_37x29.bmp", bmp_bytes(rgba, 32, header=124, masks=(0xFF, 0xFF00, 0xFF0000, 0xFF000000)), "v5 header, R G B A bit fields")
    return out


def resize_cases():
    cases = []
    sizes = [((7, 5), (3, 2)), ((5, 7), (13, 17)), ((300, 200), (256, 170)), ((97, 301), (256, 794)),
             ((1, 1), (4, 3)), ((64, 1), (7, 1)), ((513, 257), (200, 100)), ((40, 40), (40, 17)),
             # one side unchanged, mixed up/down, exact multiples, tiny to large, large reductions
             ((300, 256), (300, 100)), ((256, 300), (100, 300)), ((1000, 3), (17, 256)), ((2, 3), (256, 384)),
             ((512, 512), (256, 256)), ((1, 50), (256, 12800)), ((1201, 803), (341, 227)), ((3, 1000), (256, 85333))]
    for i, (size, to) in enumerate(sizes):
        name = f"resize case {i}"
        w, h = size
        u = uniform_at(stream_key(name, 0), w * h * 3)
        arr = np.floor((u + 1) * 128).astype(np.uint8).reshape(h, w, 3)
        out = np.array(Image.fromarray(arr, "RGB").resize(to, Image.BILINEAR))
        cases.append({"name": name, "seed": 0, "size": list(size), "to": list(to), "sha256": hashlib.sha256(out.tobytes()).hexdigest()})
    return cases


def center_crop_cases():
    """torchvision's CenterCrop(224) alone, including images smaller than the crop (zero padding)."""
    cases = []
    for i, size in enumerate([(100, 50), (223, 225), (224, 10), (1, 1), (300, 223), (257, 259)]):
        name = f"center crop case {i}"
        w, h = size
        arr = np.floor((uniform_at(stream_key(name, 0), w * h * 3) + 1) * 128).astype(np.uint8).reshape(h, w, 3)
        out = np.asarray(T.CenterCrop(224)(Image.fromarray(arr, "RGB")))
        cases.append({"name": name, "seed": 0, "size": [w, h], "sha256": hashlib.sha256(out.tobytes()).hexdigest()})
    return cases


def normalize_table():
    ramp = Image.fromarray(np.repeat(np.arange(256, dtype=np.uint8)[None, :, None], 3, axis=2), "RGB")
    t = T.Normalize(mean=MEAN, std=STD)(T.ToTensor()(ramp)).numpy()  # [3, 1, 256]
    return {"mean": MEAN, "std": STD, "values": [float(v) for v in t.reshape(-1)]}


def sha(a):
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()


def record(name, data, note, group):
    if group == "format":
        name = "formats/" + name
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data)
    loaded = Image.open(path)
    mode, fmt = loaded.mode, loaded.format
    rgb = loaded.convert("RGB")
    entry = {"file": name, "size": list(rgb.size), "mode": mode, "format": fmt,
             "rgb_sha256": sha(np.asarray(rgb)), "tensor_sha256": sha(TRANSFORM(rgb).numpy().astype("<f4"))}
    stem = name.rsplit(".", 1)[0]
    if group == "transform":
        entry["expected"] = stem + ".expected.png"
        Image.fromarray(np.asarray(CROP(rgb))).save(os.path.join(OUT, entry["expected"]))  # fresh: no info to carry over
    else:
        entry["rgb"] = stem + ".rgb.png"
        Image.fromarray(np.asarray(rgb)).save(os.path.join(OUT, entry["rgb"]))
    if note:
        entry["note"] = note
    print(f"{name:40s} {fmt:5s} {mode:5s} {rgb.size}")
    return entry


def main():
    # PIL warns about palette PNGs with per-entry alpha; convert('RGB') is what we want from them.
    warnings.filterwarnings("ignore", "Palette images with Transparency expressed in bytes")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, "formats"))
    manifest = {"generatedBy": "tools/golden/make_image_golden.py", "images": [], "formats": [], "resize": resize_cases(),
                "center_crop": center_crop_cases(), "normalize": normalize_table()}
    for name, data, note in transform_images():
        manifest["images"].append(record(name, data, note, "transform"))
    for name, data, note in format_images():
        manifest["formats"].append(record(name, data, note, "format"))

    # With EXIF orientation applied (ImageOps.exif_transpose), for the autoOrient option.
    manifest["auto_orient"] = []
    for name in ["exif_rotated_320x240.jpg", "formats/exif_transpose5_40x30.jpg"]:
        turned = ImageOps.exif_transpose(Image.open(os.path.join(OUT, name))).convert("RGB")
        manifest["auto_orient"].append({"file": name, "size": list(turned.size), "rgb_sha256": sha(np.asarray(turned)),
                                        "tensor_sha256": sha(TRANSFORM(turned).numpy().astype("<f4"))})

    import torch
    from make_checkpoints import build_mini_resnet18
    mini = build_mini_resnet18()
    mini.load_state_dict(torch.load(os.path.join(OUT, "..", "checkpoints", "mini_zip.pth")))
    mini.eval()
    manifest["end_to_end"] = []
    for name in ["photo_500x375.jpg", "rgba_280x260.png", "rgb_900x31.png"]:
        x = TRANSFORM(Image.open(os.path.join(OUT, name)).convert("RGB")).unsqueeze(0)
        with torch.no_grad():
            manifest["end_to_end"].append({"file": name, "logits": [float(v) for v in mini(x)[0]]})
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    files = [os.path.join(d, f) for d, _, names in os.walk(OUT) for f in names]
    print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
