// Ours beside the peers, in one run: each engine in its own child process (engine.ts), at 1 and 2
// threads where it has threads, then one markdown table of ms per image and the ratio to ours.
//
//   cd bench/peers && npm install && npm run bench [-- --iterations 10] [-- --json]
//
// The model is made first if missing: /usr/bin/python3 ../../tools/peers/export_onnx.py (PyTorch).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '10' }, json: { type: 'boolean' } } });
const iterations = Number(values.iterations);
const here = fileURLToPath(new URL('.', import.meta.url));
const model = `${here}models/resnet18.onnx`;
if (!existsSync(model)) {
  mkdirSync(`${here}models`, { recursive: true });
  execFileSync('/usr/bin/python3', [`${here}../../tools/peers/export_onnx.py`, model], { stdio: 'inherit' });
}

interface Result {
  engine: string;
  threads: number;
  ms?: number[];
  peak_rss_mb?: number;
  max_logit_difference?: number;
  error?: string;
}

const plan: [string, number[], number][] = [
  ['ours-wasm', [1, 2], iterations],
  ['ours-js', [1, 2], iterations],
  ['onnxruntime-node', [1, 2], iterations],
  ['onnxruntime-web', [1, 2], iterations],
  ['tfjs-wasm', [1, 2], iterations],
  ['tfjs-cpu', [1], Math.max(2, Math.ceil(iterations / 4))],
];

const results: Result[] = [];
for (const [engine, threadCounts, runs] of plan) {
  for (const threads of threadCounts) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', `${here}engine.ts`, engine, String(threads), String(runs)], {
      encoding: 'utf8', timeout: 30 * 60_000, cwd: here,
    });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    let result: Result;
    try {
      result = JSON.parse(line) as Result;
    } catch {
      result = { engine, threads, error: (child.stderr.trim().split('\n').at(-1) ?? `exit ${child.status}`).slice(0, 120) };
    }
    results.push(result);
    if (!values.json) process.stderr.write(`${engine} ${threads} thread(s): ${result.error ?? `${median(result.ms!).toFixed(0)} ms`}\n`);
  }
}

function median(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

if (values.json) {
  console.log(JSON.stringify(results.map((r) => ({ ...r, median_ms: r.ms ? median(r.ms) : undefined }))));
} else {
  const ours = new Map(results.filter((r) => r.engine === 'ours-wasm' && r.ms).map((r) => [r.threads, median(r.ms!)]));
  console.log('| engine | threads | ms/image, median (min–max) | vs ours | peak RSS | logits vs PyTorch |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    if (!r.ms) {
      console.log(`| ${r.engine} | ${r.threads} | failed: ${r.error} | | | |`);
      continue;
    }
    const m = median(r.ms);
    const base = ours.get(r.threads);
    const ratio = r.engine === 'ours-wasm' || base === undefined ? '—' : m < base ? `${(base / m).toFixed(1)}× faster` : `${(m / base).toFixed(1)}× slower`;
    console.log(`| ${r.engine} | ${r.threads} | ${m.toFixed(0)} (${Math.min(...r.ms).toFixed(0)}–${Math.max(...r.ms).toFixed(0)}) | ${ratio} | ${r.peak_rss_mb!.toFixed(0)} MB | ${r.max_logit_difference!.toExponential(1)} |`);
  }
}
