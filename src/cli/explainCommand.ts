// `resnet18 explain`: runs one image through the reference plan a module at a time and prints what
// each module did — output shape, parameters, multiply-adds, time, output statistics — then the
// top-5. The step-through for people learning how a CNN sees.

import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { openModel } from './openModel.js';
import { inputTensor } from '../classifier/inputTensor.js';
import { explainImage } from '../explain/explainImage.js';
import { writeMapsFolder } from '../explain/mapsFolder.js';
import { tensor } from '../tensor/tensor.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { STDIN } from './classifyInputs.js';
import { IMAGE_FLAGS, IMAGE_FLAGS_USAGE, imageOptions, withFlagHint } from './imageFlags.js';
import { BACKEND_HELP, backendOption, integerOption, langOption, parseOptions, readCliStdin, stringOption } from './parseOptions.js';

const usage = `usage: resnet18 explain <image | x.npy | -> [--top K] [--lang en|zh|both] [--json] [--maps DIR]
                        [--plan reference|fused] [--workers N] [--backend B] [--auto-orient]
                        [--max-megapixels N] [--weights FILE]

Runs one input through ResNet-18 one torchvision module at a time (conv1, bn1, relu, maxpool, each
block's conv1 … add, relu, avgpool, fc, softmax) and prints each module's output shape,
parameters, multiply-adds, time and output statistics, and the kernel that computed it, then the
top classes. The input is what classify takes: an image, a .npy tensor [3, H, W] or [1, 3, H, W],
or - for either read from stdin.
  --top K     how many classes to show (default 5)
  --lang L    en (default), zh (Chinese names) or both; JSON adds "label_zh" for zh and both
  --plan P    reference (default): every module a step; fused: the steps classify runs, each
              convolution with its BatchNorm, residual add and ReLU, by the kernel the backend
              chose for it (Winograd or im2col + GEMM)
  --json      one JSON document {"steps": [{"name", "op", "kernel", "input_shape", "output_shape",
              "params", "macs", "ms", "stats": {"min", "max", "mean", "std", "zeros"}}], "top": [...],
              "totals"}
  --maps DIR  also draw what each stage computed: PNG grids of the feature maps of conv1, maxpool
              and layer1-4 (one tile per channel), conv1's 64 filters, the preprocessed input, and
              an index.html in DIR that shows them in order
${IMAGE_FLAGS_USAGE}
  --workers N      worker threads (default one per core)
${BACKEND_HELP}
  --weights FILE   a weights file or a PyTorch checkpoint (.pth); default as for classify`;

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show every layer\'s output for one image',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('explain', args, {
      json: { type: 'boolean' }, workers: { type: 'string' }, weights: { type: 'string' }, ...IMAGE_FLAGS, backend: { type: 'string' },
      maps: { type: 'string' }, top: { type: 'string' }, lang: { type: 'string' }, plan: { type: 'string' },
    });
    const plan = values.plan ?? 'reference';
    if (plan !== 'reference' && plan !== 'fused') throw new UsageError(`--plan must be reference or fused, got '${plan}'`);
    if (positionals.length !== 1) throw new UsageError(`explain takes one image, got ${positionals.length} (see: resnet18 explain --help)`);
    const top = integerOption(values.top, '--top', 5, 1, 1000);
    const lang = langOption(values.lang);
    const workers = integerOption(values.workers, '--workers', availableParallelism(), 1, 64);
    const backend = backendOption(values.backend);
    const maps = stringOption(values.maps);
    if (maps !== undefined && existsSync(maps) && !statSync(maps).isDirectory()) throw new UsageError(`--maps ${maps}: exists and is not a directory`);
    const [name] = positionals;
    const source = name === STDIN ? await readCliStdin(out) : name;
    const input = await inputTensor(source, { ...imageOptions(values), source: name === STDIN ? 'stdin' : undefined })
      .catch((error) => Promise.reject(withFlagHint(error)));
    const model = await openModel(out, stringOption(values.weights), { workers, backend });
    try {
      const explanation = await explainImage(model, input, { labelTiles: true, plan });
      const steps = explanation.steps;
      const [best] = model.predict(tensor([1, model.numClasses], explanation.logits), { topK: top, lang });
      if (maps !== undefined) {
        const written = writeMapsFolder(maps, explanation, best, name === STDIN ? 'stdin' : name);
        out.stderr(`explain: wrote ${written.files.length} files to ${maps} (open ${join(maps, 'index.html')})\n`);
      }
      const totals = {
        params: steps.reduce((a, s) => a + s.params, 0),
        macs: steps.reduce((a, s) => a + s.macs, 0),
        ms: steps.reduce((a, s) => a + s.ms, 0),
      };
      if (values.json) {
        const rows = steps.map((s) => ({
          name: s.name, op: s.op, kernel: s.kernel, input_shape: s.inputShape, output_shape: s.outputShape,
          params: s.params, macs: s.macs, ms: round(s.ms, 3), stats: s.stats,
        }));
        out.stdout(`${JSON.stringify({ steps: rows, top: best, totals: { ...totals, ms: round(totals.ms, 3) } })}\n`);
        return 0;
      }
      const header = ['module', 'op', 'output', 'params', 'MACs', 'ms', 'mean', 'std', 'zeros', 'kernel'];
      const rows = steps.map((s) => [
        s.name, s.op, s.outputShape.slice(1).join('×'), count(s.params), count(s.macs), s.ms.toFixed(1),
        s.stats.mean.toFixed(3), s.stats.std.toFixed(3), `${(s.stats.zeros * 100).toFixed(0)}%`, s.kernel,
      ]);
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
      const last = header.length - 1;
      const line = (cells: string[]): string =>
        cells.map((c, i) => (i === last ? c : i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
      out.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
      out.stdout(`total: ${totals.params.toLocaleString('en')} parameters, ${(totals.macs / 1e9).toFixed(2)} G multiply-adds, ${totals.ms.toFixed(0)} ms\n\n`);
      best.forEach((p, i) => {
        const label = !p.label_zh ? p.label : lang === 'zh' ? p.label_zh : `${p.label} (${p.label_zh})`;
        out.stdout(`${String(i + 1).padStart(2)}. ${(p.probability * 100).toFixed(2).padStart(6)} %  ${String(p.index).padStart(4)}  ${label}\n`);
      });
      return 0;
    } finally {
      await model.close();
    }
  },
};

function count(n: number): string {
  if (n === 0) return '';
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(n);
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}
