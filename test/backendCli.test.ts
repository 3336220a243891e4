// Choosing a backend from the command line and the service, and the kernels command that shows
// the WebAssembly the engine writes.

import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/classifier/classifier.js';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { startServer } from '../src/server/server.js';
import { randomStateDict } from './support/random.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, env: {} };
  const code = await main(args, out);
  return { code, stdout, stderr };
}

describe('--backend', () => {
  it.each([['js', 'js'], ['wasm', 'wasm simd128'], ['auto', 'wasm simd128']])('bench --backend %s reports which backend ran in --json', async (choice, ran) => {
    const r = await run(['bench', '--backend', choice, '--json', '--size', '32', '--iterations', '1', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).backend).toMatch(new RegExp(`^${ran}`));
  });

  it('refuses a backend it does not have, naming the choices, with exit code 2', async () => {
    const r = await run(['classify', 'x.jpg', '--backend', 'gpu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--backend must be one of auto, wasm, js, got 'gpu'/);
  });

  it('is refused by the library too, with the same words', async () => {
    await expect(loadModel({ weights: randomStateDict({ widths: [8, 16, 24, 32], numClasses: 10 }), backend: 'gpu' as 'js' }))
      .rejects.toThrow(/backend must be one of auto, wasm, js, got "gpu"/);
  });
});

describe('the service', () => {
  const models: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(models.map((m) => m.close()));
  });

  it('says in /api/model which backend computes', async () => {
    const classifier = await loadModel({ weights: randomStateDict({ widths: [8, 16, 24, 32], numClasses: 10 }), workers: 1, backend: 'js' });
    models.push(classifier);
    const running = await startServer({ classifier, port: 0, log: () => {} });
    try {
      const info = await (await fetch(`${running.url}/api/model`)).json() as { backend: string; backend_description: string };
      expect(info.backend).toBe('js');
      expect(info.backend_description).toBe('js');
    } finally {
      await running.close();
    }
  });
});

describe('resnet18 kernels', () => {
  it('lists the kernels and prints one as text, with the fused multiply-add under --fma', async () => {
    const list = await run(['kernels', '--list']);
    expect(list.stdout.trim().split('\n')).toEqual(expect.arrayContaining(['gemm', 'im2col', 'winogradGemm4', 'linear']));
    const plain = await run(['kernels', 'gemm']);
    expect(plain.stdout).toMatch(/^\(func \$gemm /);
    expect(plain.stdout).not.toContain('relaxed_madd');
    expect((await run(['kernels', 'gemm', '--fma'])).stdout).toContain('f32x4.relaxed_madd');
  });

  it('refuses an unknown kernel, naming the ones there are', async () => {
    const r = await run(['kernels', 'conv3d']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no kernel 'conv3d'; the kernels are gemm, im2col/);
  });
});
