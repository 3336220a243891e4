// `resnet18 explain`: runs one image through the reference plan a module at a time and prints what
// each module did — output shape, parameters, multiply-adds, time, output statistics — then the
// top-5. The step-through for people learning how a CNN sees.

import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { openModel } from './openModel.js';
import { preprocess } from '../image/preprocess.js';
import { explainImage } from '../explain/explainImage.js';
import { writeMapsFolder } from '../explain/mapsFolder.js';
import { tensor } from '../tensor/tensor.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { integerOption, parseOptions, stringOption } from './parseOptions.js';

const usage = `usage: resnet18 explain <image> [--json] [--maps DIR] [--workers N] [--auto-orient] [--weights FILE]

Runs the image through ResNet-18 one torchvision module at a time (conv1, bn1, relu, maxpool, each
block's conv1 … add, relu, avgpool, fc) and prints each module's output shape, parameters,
multiply-adds, time and output statistics, then the top-5 classes.
  --json   one JSON document {"steps": [{"name", "op", "input_shape", "output_shape", "params",
           "macs", "ms", "stats": {"min", "max", "mean", "std", "zeros"}}], "top": [...], "totals"}
  --maps DIR  also draw what each stage computed: PNG grids of the feature maps of conv1, maxpool
              and layer1-4 (one tile per channel), conv1's 64 filters, the preprocessed input, and
              an index.html in DIR that shows them in order`;

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show every layer\'s output for one image',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('explain', args, {
      json: { type: 'boolean' }, workers: { type: 'string' }, weights: { type: 'string' }, 'auto-orient': { type: 'boolean' },
      maps: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(`explain takes one image, got ${positionals.length} (see: resnet18 explain --help)`);
    const workers = integerOption(values.workers, '--workers', availableParallelism(), 1, 64);
    const maps = stringOption(values.maps);
    if (maps !== undefined && existsSync(maps) && !statSync(maps).isDirectory()) throw new UsageError(`--maps ${maps}: exists and is not a directory`);
    const input = await preprocess(positionals[0], { autoOrient: values['auto-orient'] === true }).catch((error: Error) => {
      throw new Error(`${positionals[0]}: ${error.message}`);
    });
    const model = await openModel(out, stringOption(values.weights), { workers });
    try {
      const explanation = await explainImage(model, input.tensor, { labelTiles: true });
      const steps = explanation.steps;
      const [top] = model.predict(tensor([1, model.numClasses], explanation.logits), { topK: 5, lang: 'both' });
      if (maps !== undefined) {
        const written = writeMapsFolder(maps, explanation, top, positionals[0]);
        out.stderr(`explain: wrote ${written.files.length} files to ${maps} (open ${join(maps, 'index.html')})\n`);
      }
      const totals = {
        params: steps.reduce((a, s) => a + s.params, 0),
        macs: steps.reduce((a, s) => a + s.macs, 0),
        ms: steps.reduce((a, s) => a + s.ms, 0),
      };
      if (values.json) {
        const rows = steps.map((s) => ({
          name: s.name, op: s.op, input_shape: s.inputShape, output_shape: s.outputShape,
          params: s.params, macs: s.macs, ms: round(s.ms, 3), stats: s.stats,
        }));
        out.stdout(`${JSON.stringify({ steps: rows, top, totals: { ...totals, ms: round(totals.ms, 3) } })}\n`);
        return 0;
      }
      const header = ['module', 'op', 'output', 'params', 'MACs', 'ms', 'mean', 'std', 'zeros'];
      const rows = steps.map((s) => [
        s.name, s.op, s.outputShape.slice(1).join('×'), count(s.params), count(s.macs), s.ms.toFixed(1),
        s.stats.mean.toFixed(3), s.stats.std.toFixed(3), `${(s.stats.zeros * 100).toFixed(0)}%`,
      ]);
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
      const line = (cells: string[]): string => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
      out.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
      out.stdout(`total: ${totals.params.toLocaleString('en')} parameters, ${(totals.macs / 1e9).toFixed(2)} G multiply-adds, ${totals.ms.toFixed(0)} ms\n\n`);
      top.forEach((p, i) => {
        const name = p.label_zh ? `${p.label} (${p.label_zh})` : p.label;
        out.stdout(`${String(i + 1).padStart(2)}. ${(p.probability * 100).toFixed(2).padStart(6)} %  ${String(p.index).padStart(4)}  ${name}\n`);
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
