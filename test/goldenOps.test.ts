// Each op of the tensor core against PyTorch's output on small random inputs
// (test/golden/ops.json, made by tools/golden/make_engine_golden.py).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillUniform } from '../src/model/counterRandom.js';
import { batchNorm } from '../src/tensor/batchNorm.js';
import { conv2dNaive } from '../src/tensor/conv2d.js';
import { globalAvgPool } from '../src/tensor/globalAvgPool.js';
import { linear } from '../src/tensor/linear.js';
import { maxPool2dNaive } from '../src/tensor/maxPool2d.js';
import { relu } from '../src/tensor/relu.js';
import { softmax } from '../src/tensor/softmax.js';
import { sizeOf, tensor, type Tensor } from '../src/tensor/tensor.js';
import { expectClose } from './support/compare.js';

interface Spec { shape: number[]; name: string; seed: number; scale: number; offset: number }
interface Case {
  op: string;
  name: string;
  input: Spec;
  params: Record<string, Spec | number>;
  output: { shape: number[]; values: number[] };
}

const { cases } = JSON.parse(readFileSync(new URL('./golden/ops.json', import.meta.url), 'utf8')) as { cases: Case[] };
const make = (s: Spec): Tensor => tensor(s.shape, fillUniform(new Float32Array(sizeOf(s.shape)), s.name, s.seed, s.scale, s.offset));

function run(c: Case): Tensor {
  const x = make(c.input);
  const p = (name: string): Tensor => make(c.params[name] as Spec);
  const n = (name: string): number => c.params[name] as number;
  switch (c.op) {
    case 'conv2d':
      return conv2dNaive(x, p('weight'), null, { stride: n('stride'), padding: n('padding') });
    case 'batch_norm':
      return batchNorm(x, {
        weight: p('weight').data, bias: p('bias').data, runningMean: p('running_mean').data, runningVar: p('running_var').data, eps: n('eps'),
      });
    case 'relu':
      return relu(x);
    case 'max_pool2d':
      return maxPool2dNaive(x, { kernelSize: n('kernel_size'), stride: n('stride'), padding: n('padding') });
    case 'adaptive_avg_pool2d':
      return globalAvgPool(x);
    case 'linear':
      return linear(x, p('weight'), p('bias').data);
    case 'softmax':
      return softmax(x);
    default:
      throw new Error(`no op ${c.op}`);
  }
}

describe('tensor core ops against PyTorch', () => {
  it('covers every op of the golden file', () => {
    expect(new Set(cases.map((c) => c.op))).toEqual(
      new Set(['conv2d', 'batch_norm', 'relu', 'max_pool2d', 'adaptive_avg_pool2d', 'linear', 'softmax']),
    );
  });

  // Every op sums in float64 and rounds once, so it lands within a few float32 ulps of PyTorch.
  it.each(cases.map((c) => [`${c.op}: ${c.name}`, c] as const))('%s matches within 1e-5 of the largest value', (_, c) => {
    const out = run(c);
    expect(out.shape).toEqual(c.output.shape);
    expectClose(`${c.op} ${c.name}`, out.data, c.output.values, 1e-5);
  });
});
