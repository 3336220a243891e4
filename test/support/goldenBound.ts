// The float32 golden bound, relative to the largest value compared: ten times PyTorch's own
// float32 error on ResNet-18's logits (float64 against float32 on the full-size golden, recorded
// by tools/golden/make_engine_golden.py: about 4.5e-7). An engine that sums in another order than
// PyTorch passes; one that loses a bit somewhere does not.

import { readFileSync } from 'node:fs';

const recorded = (JSON.parse(readFileSync(new URL('../golden/resnet18_generated.json', import.meta.url), 'utf8')) as { float64_vs_float32: number })
  .float64_vs_float32;

export const GOLDEN_BOUND = 10 * recorded;
