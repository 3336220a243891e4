"""Times torchvision's ImageNet transform with Pillow on the given JPEG files (for bench/run.ts).
Prints one JSON line per file: {"file", "median_ms", "min_ms"}. Run with /usr/bin/python3."""
import json
import sys
import time

import torch
import torchvision.transforms as T
from PIL import Image

torch.set_num_threads(1)
transform = T.Compose([T.Resize(256), T.CenterCrop(224), T.ToTensor(),
                       T.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])])
for path in sys.argv[1:]:
    times = []
    for _ in range(7):
        started = time.perf_counter()
        transform(Image.open(path).convert("RGB"))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(json.dumps({"file": path, "median_ms": times[len(times) // 2], "min_ms": times[0]}))
