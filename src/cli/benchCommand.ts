// `resnet18 bench`: times the full forward pass on a fixed input with generated full-size weights
// (no weights file needed) and reports ms per image, images per second and peak RSS.

import { availableParallelism } from 'node:os';
import { IMAGENET_RESNET18 } from '../model/architecture.js';
import { generateInput, generateResNet18StateDict } from '../model/generatedWeights.js';
import { createResNet18, type PlanKind } from '../model/model.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { BACKEND_HELP, backendOption, integerOption, parseOptions, stringOption } from './parseOptions.js';

const usage = `usage: resnet18 bench [--batch N] [--workers N] [--iterations N] [--size PIXELS] [--plan fused|reference] [--backend B] [--json]

Runs ResNet-18 (ImageNet shapes, generated weights) on a fixed input and prints the median, min
and max milliseconds per image, images per second and the process's peak RSS.
  --batch N        images per forward pass (default 1)
  --workers N      worker threads (default: one per core, ${availableParallelism()} here)
  --iterations N   timed forward passes after one warm-up (default 10)
  --size PIXELS    input height and width (default 224)
  --plan KIND      fused (default) or reference
${BACKEND_HELP}
  --json           one JSON object: ms_per_image {median,min,max}, images_per_second, peak_rss_mb, batch,
                   workers, backend (what ran: "js", "wasm simd128" or "wasm simd128 + relaxed fma")`;

export const benchCommand: Command = {
  name: 'bench',
  summary: 'time the forward pass',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('bench', args, {
      batch: { type: 'string' }, workers: { type: 'string' }, iterations: { type: 'string' },
      size: { type: 'string' }, plan: { type: 'string' }, json: { type: 'boolean' }, backend: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`bench takes no file arguments, got '${positionals[0]}'`);
    const batch = integerOption(values.batch, '--batch', 1, 1, 256);
    const workers = integerOption(values.workers, '--workers', availableParallelism(), 1, 64);
    const iterations = integerOption(values.iterations, '--iterations', 10, 1, 10_000);
    const size = integerOption(values.size, '--size', 224, 1, 4096);
    const plan = stringOption(values.plan) ?? 'fused';
    const backend = backendOption(values.backend);
    if (plan !== 'fused' && plan !== 'reference') throw new UsageError(`--plan must be fused or reference, got '${plan}'`);

    const model = await createResNet18({ weights: generateResNet18StateDict(IMAGENET_RESNET18, 0), workers, plan: plan as PlanKind, backend });
    try {
      const input = generateInput([batch, 3, size, size], 'bench input', 0);
      await model.forward(input);
      const perImage: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        await model.forward(input);
        perImage.push((performance.now() - started) / batch);
      }
      perImage.sort((a, b) => a - b);
      const median = perImage.length % 2 ? perImage[perImage.length >> 1] : (perImage[perImage.length / 2 - 1] + perImage[perImage.length / 2]) / 2;
      const result = {
        ms_per_image: { median: round(median), min: round(perImage[0]), max: round(perImage[perImage.length - 1]) },
        images_per_second: Math.round(100_000 / median) / 100,
        peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
        batch, workers, iterations, plan, size, backend: model.backendDescription,
      };
      if (values.json) {
        out.stdout(`${JSON.stringify(result)}\n`);
      } else {
        out.stdout(
          `ResNet-18 ${size}×${size}, batch ${batch}, ${workers} worker${workers > 1 ? 's' : ''}, ${plan} plan, ${model.backendDescription}, ${iterations} iterations\n` +
            `  ms per image   median ${result.ms_per_image.median}   min ${result.ms_per_image.min}   max ${result.ms_per_image.max}\n` +
            `  images/s       ${result.images_per_second}\n` +
            `  peak RSS       ${result.peak_rss_mb} MB\n`,
        );
      }
      return 0;
    } finally {
      await model.close();
    }
  },
};

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
