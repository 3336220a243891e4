// The TypeScript weight generator (src/model/generatedWeights.ts) against the weights PyTorch ran
// (tools/golden/generated_resnet18.py). If they differ, every full-size golden test fails for a
// reason that has nothing to do with the engine; this test says so first, tensor by tensor.
//
// test/golden/resnet18_generated.json holds, per tensor, checksums computed by Python from the
// float32 values: SHA-256 of the little-endian bytes (catches any single-bit difference), the
// float64 sum added in index order, the first 4 values and 8 values at PRNG-chosen positions
// (these three make a failure readable: where and by how much).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { resnet18Parameters } from '../src/model/parameters.js';
import { samplePositions } from '../src/model/counterRandom.js';
import { generateInput, generateResNet18StateDict } from '../src/model/generatedWeights.js';

interface Spec { shape: number[]; name: string; seed: number; scale: number; offset: number }
interface Checksum { sha256: string; sum: number; first: number[] }
interface WeightChecksum extends Checksum { shape: number[]; probes: { index: number[]; value: number[] } }

const golden = JSON.parse(readFileSync(new URL('./golden/resnet18_generated.json', import.meta.url), 'utf8')) as {
  seed: number;
  inputs: Spec[];
  input_checksums: Checksum[];
  weights: Record<string, WeightChecksum>;
};

// 11.7 M values, about 0.2 s.
const weights = generateResNet18StateDict(IMAGENET_RESNET18, golden.seed);

function sha256(data: Float32Array): string {
  return createHash('sha256').update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)).digest('hex');
}

/** Plain float64 accumulation in index order, as Python's np.cumsum: the same additions, the same result. */
function sequentialSum(data: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  return sum;
}

/** What differs between `data` and Python's checksum of the same tensor, one line each; [] if nothing. */
function differences(name: string, data: Float32Array, expected: Checksum): string[] {
  const lines: string[] = [];
  if (sha256(data) !== expected.sha256) lines.push(`${name}: SHA-256 differs`);
  const sum = sequentialSum(data);
  if (sum !== expected.sum) lines.push(`${name}: sum ours ${sum} vs Python ${expected.sum}`);
  expected.first.forEach((v, i) => {
    if (data[i] !== v) lines.push(`${name}[${i}]: ours ${data[i]} vs Python ${v}`);
  });
  return lines;
}

describe('generated ResNet-18 weights', () => {
  it("has torchvision's state_dict names, order and shapes", () => {
    const names = Object.keys(golden.weights);
    expect([...weights.keys()]).toEqual(names);
    expect(resnet18Parameters(IMAGENET_RESNET18).map((p) => p.name)).toEqual(names);
    for (const [name, t] of weights) expect(t.shape, name).toEqual(golden.weights[name].shape);
  });

  it('are bit-identical to the ones PyTorch ran (SHA-256, sum, first values and probes of every tensor)', () => {
    const lines: string[] = [];
    let differing = 0;
    for (const [name, t] of weights) {
      const expected = golden.weights[name];
      const found = differences(name, t.data, expected);
      expected.probes.index.forEach((at, j) => {
        if (t.data[at] !== expected.probes.value[j]) found.push(`${name}[${at}]: ours ${t.data[at]} vs Python ${expected.probes.value[j]}`);
      });
      if (found.length > 0) differing++;
      lines.push(...found);
    }
    if (differing > 0) {
      expect.fail(`${differing} of ${weights.size} generated tensors differ from Python's:\n  ${lines.slice(0, 20).join('\n  ')}`);
    }
  });

  it('probe positions are the ones samplePositions chooses, as in Python', () => {
    for (const [name, t] of weights) {
      expect(samplePositions(t.data.length, 8, `probe ${name}`, golden.seed), name).toEqual(golden.weights[name].probes.index);
    }
  });
});

describe('generated input images', () => {
  it.each(golden.inputs.map((s, n) => [s.name, s, golden.input_checksums[n]] as const))(
    '%s is bit-identical to the one PyTorch ran',
    (_, spec, expected) => {
      const image = generateInput(spec.shape, spec.name, spec.seed, spec.scale, spec.offset);
      expect(differences(spec.name, image.data, expected)).toEqual([]);
    },
  );
});
