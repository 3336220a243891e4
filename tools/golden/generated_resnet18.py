"""Full-size ResNet-18 weights generated from the counter-based PRNG, bit for bit the same as
src/model/generatedWeights.ts, so a golden test can rebuild them instead of storing 45 MB.

Every tensor is  offset + scale * uniform(key(name, seed), i)  rounded once to float32, with the
stream named after the state_dict entry. The scales keep activations realistic through all 18
layers in eval mode (measured per layer by make_engine_golden.py):

  conv weights       scale sqrt(6 / fan_in)            He-uniform: conv + ReLU keeps the variance
  BatchNorm weight   1 ± 0.2, but 0.5 ± 0.2 in each block's bn2, so residual sums grow slowly
  BatchNorm bias     ± 0.1
  running_mean       ± 0.1
  running_var        1 ± 0.4                            positive, near the real variance
  fc.weight          ± 1 / sqrt(features)              logits spread over several units
  fc.bias            ± 0.1
  inputs             ± 2                                like normalised image values
"""
import math

import numpy as np

from counter_random import fill_uniform

IMAGENET_WIDTHS = (64, 128, 256, 512)


def parameter_shapes(widths=IMAGENET_WIDTHS, num_classes=1000):
    """(name, shape) in torchvision's state_dict order (num_batches_tracked omitted)."""
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
    """The generation rule of one tensor: value = offset + scale * uniform."""
    if len(shape) == 4:
        return math.sqrt(6 / (shape[1] * shape[2] * shape[3])), 0.0
    if name == "fc.weight":
        return 1 / math.sqrt(shape[1]), 0.0
    if name.endswith("running_var"):
        return 0.4, 1.0
    if name.endswith(".weight"):
        return 0.2, (0.5 if name.endswith("bn2.weight") else 1.0)
    return 0.1, 0.0  # BatchNorm bias, running_mean, fc.bias


def generated_state_dict(widths=IMAGENET_WIDTHS, num_classes=1000, seed=0):
    sd = {}
    for name, shape in parameter_shapes(widths, num_classes):
        scale, offset = scale_and_offset(name, shape)
        sd[name] = fill_uniform(shape, name, seed, scale, offset)
    return sd


def generated_input(shape, name="input", seed=0):
    return fill_uniform(shape, name, seed, 2.0, 0.0)
