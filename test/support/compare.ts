// Comparisons that say what differs when they fail: the tensor, the largest difference, where it
// is, and the first values that disagree.

import { expect } from 'vitest';
import type { Tensor } from '../../src/tensor/tensor.js';

export interface Difference {
  maxAbsDiff: number;
  maxAbsRef: number;
  at: number;
}

export function difference(actual: ArrayLike<number>, expected: ArrayLike<number>): Difference {
  let maxAbsDiff = 0;
  let maxAbsRef = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i] - expected[i]);
    if (d > maxAbsDiff || Number.isNaN(d)) {
      maxAbsDiff = Number.isNaN(d) ? Infinity : d;
      at = i;
    }
    maxAbsRef = Math.max(maxAbsRef, Math.abs(expected[i]));
  }
  return { maxAbsDiff, maxAbsRef, at };
}

function firstDifferences(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): string {
  const rows: string[] = [];
  for (let i = 0; i < expected.length && rows.length < 5; i++) {
    if (!(Math.abs(actual[i] - expected[i]) <= tolerance)) rows.push(`  [${i}] ours ${actual[i]}  reference ${expected[i]}`);
  }
  return rows.join('\n');
}

/** max|actual − expected| ≤ relative · max|expected| (and the same length). */
export function expectClose(name: string, actual: ArrayLike<number>, expected: ArrayLike<number>, relative: number): Difference {
  expect(actual.length, `${name}: length`).toBe(expected.length);
  const d = difference(actual, expected);
  const tolerance = relative * d.maxAbsRef;
  if (!(d.maxAbsDiff <= tolerance)) {
    expect.fail(
      `${name}: max |diff| ${d.maxAbsDiff} at [${d.at}] exceeds ${relative} × max|reference| = ${tolerance}\n` +
        firstDifferences(actual, expected, tolerance),
    );
  }
  return d;
}

/** Bit-identical float32 data. */
export function expectIdentical(name: string, actual: Tensor, expected: Tensor): void {
  expect(actual.shape, `${name}: shape`).toEqual(expected.shape);
  const a = new Uint32Array(actual.data.buffer, actual.data.byteOffset, actual.data.length);
  const b = new Uint32Array(expected.data.buffer, expected.data.byteOffset, expected.data.length);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) expect.fail(`${name}: not bit-identical at [${i}]: ${actual.data[i]} vs ${expected.data[i]}`);
  }
}
