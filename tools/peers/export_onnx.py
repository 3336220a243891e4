"""Exports torchvision's ResNet-18 (random weights, fixed seed: no download) to ONNX for bench/peers.

    /usr/bin/python3 tools/peers/export_onnx.py bench/peers/models/resnet18.onnx

Also writes <output>.input.bin / .logits.bin (float32, one 224x224 input and PyTorch's logits), so
the peers can check they run the same network.
"""
import sys

import numpy as np
import torch
import torchvision

output = sys.argv[1]
torch.manual_seed(0)
model = torchvision.models.resnet18().eval()
x = torch.randn(1, 3, 224, 224)
with torch.no_grad():
    logits = model(x)
torch.onnx.export(model, x, output, opset_version=13, input_names=["input"], output_names=["logits"],
                  dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}})
x.numpy().astype(np.float32).tofile(output + ".input.bin")
logits.numpy().astype(np.float32).tofile(output + ".logits.bin")
# The weights as raw float32 in state_dict order, for engines built op by op (tfjs, ours).
with open(output + ".weights.bin", "wb") as f:
    names = []
    for name, t in model.state_dict().items():
        if t.dtype != torch.float32:
            continue
        names.append(f"{name} {' '.join(str(d) for d in t.shape)}")
        f.write(t.numpy().astype(np.float32).tobytes())
with open(output + ".weights.txt", "w") as f:
    f.write("\n".join(names) + "\n")
print(f"wrote {output}")
