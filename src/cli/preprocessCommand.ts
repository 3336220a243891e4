// `resnet18 preprocess`: an image → the [3, 224, 224] float32 tensor torchvision's ImageNet
// transform gives, saved as .npy (for checking against PyTorch, or classifying later).

import { writeFileSync } from 'node:fs';
import { preprocess } from '../image/preprocess.js';
import { writeNpy } from '../formats/npy.js';
import { readInputFile } from '../classifier/inputTensor.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { STDIN } from './classifyInputs.js';
import { IMAGE_FLAGS, IMAGE_FLAGS_USAGE, imageOptions, withFlagHint } from './imageFlags.js';
import { parseOptions, readCliStdin, stringOption } from './parseOptions.js';

const usage = `usage: resnet18 preprocess <image | -> -o out.npy [--auto-orient] [--max-megapixels N]

Writes the image as torchvision's Resize(256), CenterCrop(224), ToTensor, Normalize(ImageNet mean,
std) would make it from PIL.Image.open(image).convert('RGB'): a [3, 224, 224] float32 .npy,
bit-identical to torchvision 0.14 + Pillow 9.4 (see README for the few decoding differences).
- reads the image from stdin.
  -o, --output FILE   the .npy to write
${IMAGE_FLAGS_USAGE}`;

export const preprocessCommand: Command = {
  name: 'preprocess',
  summary: 'write an image\'s preprocessed tensor as .npy',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('preprocess', args, {
      output: { type: 'string', short: 'o' },
      ...IMAGE_FLAGS,
    });
    if (positionals.length !== 1) throw new UsageError(`preprocess takes one image, got ${positionals.length} (see: resnet18 preprocess --help)`);
    const output = stringOption(values.output);
    if (!output) throw new UsageError('preprocess needs -o out.npy');
    const [name] = positionals;
    const bytes = name === STDIN ? await readCliStdin(out) : await readInputFile(name);
    const result = await preprocess(bytes, { ...imageOptions(values), source: name === STDIN ? 'stdin' : name })
      .catch((error) => Promise.reject(withFlagHint(error)));
    writeFileSync(output, writeNpy(result.tensor));
    out.stdout(`wrote ${output}: [3, 224, 224] float32 from a ${result.image.width}×${result.image.height} ${result.image.format} image\n`);
    return 0;
  },
};
