"""Full-size ResNet-18 weights generated from the counter-based PRNG, bit for bit the same as
src/model/generatedWeights.ts, so a golden test can rebuild them instead of storing 45 MB.

Every tensor is  offset + scale * uniform(key(name, seed), i)  rounded once to float32
(counter_random.fill_uniform), with the stream named after the state_dict entry
("layer2.0.downsample.1.weight"), so any one tensor can be regenerated on its own.

The scales are chosen so that, in eval mode, activations stay the size of a real network's through
all 18 layers and the logits are spread like a real classifier's (measured by make_engine_golden.py
on its three golden images; the numbers below are from that run):

  rule                          scale · uniform + offset    why
  conv weights                  ± sqrt(6 / fan_in)          He-uniform: a conv followed by ReLU
                                                            keeps the variance of its input
  BatchNorm weight (gamma)      1 ± 0.2                     BatchNorm near identity, per-channel jitter
    each block's bn2            0.5 ± 0.2                   damps the residual branch so block
                                                            outputs grow slowly with depth
    each downsample.1           0.7 ± 0.2                   ≈ 1/sqrt(2): the 1×1 He conv doubles the
                                                            variance and no ReLU follows it, so this
                                                            gives the shortcut unit gain
  BatchNorm bias (beta)         ± 0.1                       small shifts
  running_mean                  ± 0.1                       small shifts
  running_var                   1 ± 0.4, in [0.6, 1.4)      positive, near the variance BN expects
  fc.weight                     ± sqrt(6 / fan_in)          He-uniform too: logits with std ≈ 4
  fc.bias                       ± 0.1
  inputs (generated_input)      ± 2 by default              like normalised image values

Measured: every module output's std is within [0.97, 5.0] and its largest magnitude within
[9, 23]; the logits have std 4.2, and the three golden images get three different top-1 classes
with probabilities 0.53, 0.20 and 0.12 (neither one-hot nor uniform over 1000 classes). Without
the damping (every gamma 1 ± 0.2) the logits' std reaches 69; damping bn2 alone, 9.
"""
import math

import numpy as np

from counter_random import fill_uniform

IMAGENET_WIDTHS = (64, 128, 256, 512)


def parameter_shapes(widths=IMAGENET_WIDTHS, num_classes=1000):
    """(name, shape) in torchvision's state_dict order (num_batches_tracked omitted), as
    resnet18Parameters in src/model/architecture.ts."""
    specs = []

    def conv_bn(conv, bn, cout, cin, k):
        specs.append((f"{conv}.weight", (cout, cin, k, k)))
        for p in ("weight", "bias", "running_mean", "running_var"):
            specs.append((f"{bn}.{p}", (cout,)))

    conv_bn("conv1", "bn1", widths[0], 3, 7)
    cin = widths[0]
    for layer, cout in enumerate(widths):
        for b in range(2):
            name = f"layer{layer + 1}.{b}"
            stride = 2 if layer > 0 and b == 0 else 1
            conv_bn(f"{name}.conv1", f"{name}.bn1", cout, cin, 3)
            conv_bn(f"{name}.conv2", f"{name}.bn2", cout, cout, 3)
            if stride != 1 or cin != cout:
                conv_bn(f"{name}.downsample.0", f"{name}.downsample.1", cout, cin, 1)
            cin = cout
    specs.append(("fc.weight", (num_classes, widths[3])))
    specs.append(("fc.bias", (num_classes,)))
    return specs


def scale_and_offset(name, shape):
    """The generation rule of one tensor: value = offset + scale * uniform (table above)."""
    if len(shape) == 4 or name == "fc.weight":
        fan_in = int(np.prod(shape[1:]))
        return math.sqrt(6 / fan_in), 0.0
    if name.endswith("running_var"):
        return 0.4, 1.0
    if name.endswith("bn2.weight"):
        return 0.2, 0.5
    if name.endswith("downsample.1.weight"):
        return 0.2, 0.7
    if name.endswith(".weight"):
        return 0.2, 1.0
    return 0.1, 0.0  # BatchNorm bias, running_mean, fc.bias


def generated_state_dict(widths=IMAGENET_WIDTHS, num_classes=1000, seed=0):
    """name -> float32 array for every tensor of torchvision's resnet18 state_dict, in its order."""
    sd = {}
    for name, shape in parameter_shapes(widths, num_classes):
        scale, offset = scale_and_offset(name, shape)
        sd[name] = fill_uniform(shape, name, seed, scale, offset)
    return sd


def generated_input(shape, name="input", seed=0, scale=2.0, offset=0.0):
    """An NCHW image batch of uniform values in offset ± scale (default ±2, like normalised images)."""
    return fill_uniform(tuple(shape), name, seed, scale, offset)
