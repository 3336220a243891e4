// `resnet18 convert`: a PyTorch checkpoint (.pth) → the engine's weights blob.

import { readLabelsFile } from '../labels/labelFile.js';
import { weightsPlaces, weightsTarget } from '../classifier/weightsLocation.js';
import { convertCheckpoint } from '../weights/convert.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { parseOptions, stringOption } from './parseOptions.js';
import { noteIfShadowed } from './openModel.js';
import { megabytes } from './progressBar.js';

/** Where the weights go without -o (weightsLocation.ts), as the usage shows it. */
const DEFAULT_OUTPUT = `${weightsTarget(weightsPlaces())}
                      (in a checkout, its weights/; once installed, the per-user cache: $RESNET18_HOME,
                      else $XDG_CACHE_HOME/resnet18-ts, else ~/.cache/resnet18-ts)`;

const usage = `usage: resnet18 convert <checkpoint.pth> [-o FILE] [--labels FILE]

Reads a ResNet-18 checkpoint saved by PyTorch (torchvision's, or a fine-tuned one with any class
count; zip or legacy format, float32/float16/bfloat16; no Python needed, no pickle code is run) and
writes the engine's weights file.
  -o, --output FILE   where to write; default ${DEFAULT_OUTPUT}
  --labels FILE       class names to store with the weights: one per line, or a JSON array`;

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert a PyTorch checkpoint into the engine\'s weights file',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('convert', args, {
      output: { type: 'string', short: 'o' },
      labels: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(`convert takes one checkpoint file, got ${positionals.length} (see: resnet18 convert --help)`);
    const labelsPath = stringOption(values.labels);
    const labels = labelsPath ? readLabelsFile(labelsPath) : undefined;
    const started = performance.now();
    let result;
    try {
      result = convertCheckpoint(positionals[0], stringOption(values.output) ?? weightsTarget(weightsPlaces(out.env)), { labels });
    } catch (error) {
      const mismatch = /with (\d+) labels for a model with (\d+) classes/.exec((error as Error).message);
      if (mismatch) throw new UsageError(`${labelsPath} has ${mismatch[1]} labels but the checkpoint has ${mismatch[2]} classes; nothing was written`);
      throw error;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    out.stdout(
      `wrote ${result.outPath} (${megabytes(result.byteLength)}): ResNet-18, widths ${result.config.widths.join('/')}, ` +
        `${result.config.numClasses} classes${labels ? ', with labels' : ''}, from ${positionals[0]} (sha256 ${result.sha256.slice(0, 16)}…) in ${seconds} s\n`,
    );
    if (values.output === undefined) noteIfShadowed(out, result.outPath);
    return 0;
  },
};
