import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNpy, writeNpy } from '../src/formats/npy.js';
import { tensor } from '../src/tensor/tensor.js';

// .npy files exactly as numpy.save writes them (bytes captured from NumPy 1.24).
const numpyHeader = (descr: string, shape: string, fortran = 'False'): Uint8Array => {
  let h = `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;
  h += ' '.repeat(64 - ((10 + h.length + 1) % 64)) + '\n';
  const out = new Uint8Array(10 + h.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  out[8] = h.length & 0xff;
  out[9] = h.length >> 8;
  out.set(new TextEncoder().encode(h), 10);
  return out;
};
const withData = (header: Uint8Array, bytes: number): Uint8Array => {
  const out = new Uint8Array(header.length + bytes);
  out.set(header);
  return out;
};

describe('.npy', () => {
  it('round-trips a float32 tensor', () => {
    const t = tensor([2, 3], Float32Array.from([1, -2.5, 3, 4, 5e-8, -0]));
    const back = readNpy(writeNpy(t), 'x.npy');
    expect(back.shape).toEqual([2, 3]);
    expect(Array.from(back.data)).toEqual(Array.from(t.data));
  });

  // numpy is needed here (CI installs python3-numpy). Without it the test is reported as skipped,
  // never as passed, and RESNET18_REQUIRE_NUMPY=1 (set by .ci/run) makes its absence a failure.
  const python = '/usr/bin/python3';
  const numpyMissing = ((): string | undefined => {
    try {
      execFileSync(python, ['-c', 'import numpy'], { stdio: 'pipe' });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  })();
  it.runIf(numpyMissing !== undefined && process.env.RESNET18_REQUIRE_NUMPY === '1')('finds numpy, which CI requires (apt-get install python3-numpy)', () => {
    expect.fail(`numpy is required here but ${python} cannot import it: ${numpyMissing}`);
  });

  it.skipIf(numpyMissing !== undefined)('reads a file written by numpy.save, and numpy reads ours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'npy-'));
    const file = join(dir, 'a.npy');
    execFileSync(python, ['-c', `import numpy as np; np.save(${JSON.stringify(file)}, np.arange(24, dtype=np.float32).reshape(2,3,4) / 8)`]);
    expect(existsSync(file)).toBe(true);
    const t = readNpy(readFileSync(file), 'a.npy');
    expect(t.shape).toEqual([2, 3, 4]);
    expect(t.data[23]).toBe(23 / 8);
    writeFileSync(join(dir, 'b.npy'), writeNpy(t));
    const sum = execFileSync(python, ['-c', `import numpy as np; a=np.load(${JSON.stringify(join(dir, 'b.npy'))}); print(a.dtype, a.shape, a.sum())`], { encoding: 'utf8' });
    expect(sum.trim()).toBe('float32 (2, 3, 4) 34.5');
  });

  it.each([
    ['float64', withData(numpyHeader('<f8', '(3,)'), 24), /dtype is float64 \('<f8'\), expected float32/],
    ['uint8', withData(numpyHeader('|u1', '(3,)'), 3), /dtype is uint8/],
    ['Fortran order', withData(numpyHeader('<f4', '(2, 2)', 'True'), 16), /Fortran order/],
    ['truncated data', withData(numpyHeader('<f4', '(3, 224, 224)'), 100), /truncated: shape \(3, 224, 224\) needs 602112 bytes/],
    ['not npy', new TextEncoder().encode('hello world, not numpy'), /not a NumPy .npy file/],
    ['empty', new Uint8Array(0), /not a NumPy .npy file/],
  ])('rejects %s with a clear message', (_, bytes, message) => {
    expect(() => readNpy(bytes, 'bad.npy')).toThrow(message);
  });
});
