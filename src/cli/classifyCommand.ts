// `resnet18 classify`: top-k classes for each input. A bad input prints its error and the run goes
// on; the exit code is 1 if any input failed.

import { availableParallelism } from 'node:os';
import type { Classifier } from '../classifier/classifier.js';
import { openModel } from './openModel.js';
import type { Prediction } from '../classifier/predictions.js';
import type { Lang } from '../labels/labelSet.js';
import { isImageHeader } from '../image/decodeImage.js';
import { readLabelsFile } from '../labels/labelFile.js';
import { preprocess } from '../image/preprocess.js';
import { tensor, type Tensor } from '../tensor/tensor.js';
import { UsageError } from './cliError.js';
import { listInputs, readInput, skippedNote, type InputImage, type InputItem, type InputSources } from './classifyInputs.js';
import type { Command } from './main.js';
import type { Output } from './output.js';
import { BACKEND_HELP, backendOption, integerOption, langOption, parseOptions, stringOption } from './parseOptions.js';
import { progressBar } from './progressBar.js';
import { IMAGE_FLAGS, IMAGE_FLAGS_USAGE, imageOptions, withFlagHint } from './imageFlags.js';

const usage = `usage: resnet18 classify <image | dir | x.npy | - ...> [--recursive] [--top K] [--lang en|zh|both] [--json] [--logits]
                         [--batch N] [--workers N] [--backend B] [--auto-orient] [--max-megapixels N] [--labels FILE] [--weights FILE]

Prints the top-K classes of each input: an image (JPEG, PNG, WebP, GIF, TIFF, BMP, AVIF, preprocessed
exactly as torchvision does), a NumPy .npy float32 tensor [3, H, W] or [N, 3, H, W] already
preprocessed, a directory of them (files recognised by content, not extension), or - for one image
or tensor read from stdin. A bad input prints its error and the others go on; the exit code is 1 if
any input failed or a directory held nothing to classify.
  --recursive      also look in subdirectories of directories
${IMAGE_FLAGS_USAGE}
  --labels FILE    class names to print (one per line, or a JSON array), instead of those stored with
                   the weights or ImageNet's
  --top K          how many classes to show (default 5)
  --lang L         en (default), zh (Chinese names) or both; JSON adds "label_zh" for zh and both
  --json           one JSON object per input and line: {"input", "top": [{"index", "label", "probability"}]},
                   or {"input", "error"} for an input that failed (also on stdout, in input order)
  --logits         also print every class's logit ("logits" in JSON)
  --batch N        images per forward pass (default 1; results do not depend on it)
  --workers N      worker threads (default one per core)
${BACKEND_HELP}
  --weights FILE   a weights file, or a PyTorch checkpoint (.pth: converted once into the cache);
                   default $RESNET18_WEIGHTS, else the one fetch-weights writes (torchvision's are
                   downloaded there on first use unless RESNET18_OFFLINE=1)`;

interface Result {
  input: string;
  top?: Prediction[];
  logits?: number[];
  error?: string;
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'classify images or preprocessed tensors',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('classify', args, {
      top: { type: 'string' }, json: { type: 'boolean' }, logits: { type: 'boolean' }, recursive: { type: 'boolean' },
      ...IMAGE_FLAGS, labels: { type: 'string' }, lang: { type: 'string' },
      batch: { type: 'string' }, workers: { type: 'string' }, weights: { type: 'string' }, backend: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('classify needs at least one input file (see: resnet18 classify --help)');
    const top = integerOption(values.top, '--top', 5, 1, 1000);
    const batchSize = integerOption(values.batch, '--batch', 1, 1, 64);
    const workers = integerOption(values.workers, '--workers', availableParallelism(), 1, 64);
    const backend = backendOption(values.backend);
    const lang = langOption(values.lang);
    const options = { top, lang, json: values.json === true, logits: values.logits === true };

    const decodeOptions = imageOptions(values);
    const sources: InputSources = {
      recursive: values.recursive === true,
      isImage: isImageHeader,
      decodeImage: async (bytes) => (await preprocess(bytes, decodeOptions).catch((error) => Promise.reject(withFlagHint(error)))).tensor,
      readStdin: out.readStdin,
    };
    const { files, skipped } = await listInputs(positionals, sources);
    const labelsPath = stringOption(values.labels);
    const labels = labelsPath ? readLabelsFile(labelsPath) : undefined;
    const model = await openModel(out, stringOption(values.weights), { workers, backend, labels, labelsSource: labelsPath }).catch((error: Error) => {
      throw labelsPath && error.message.startsWith(labelsPath) ? new UsageError(error.message) : error;
    });
    let failed = 0;
    // A progress bar only for several files, and only on a terminal (progressBar checks that).
    const bar = progressBar(files.length > 1 ? out : { ...out, stderrIsTTY: false }, 'classifying');
    try {
      // Errors wait in the batch with the images, so results print in the order of the inputs.
      let pending: InputItem[] = [];
      let images: InputImage[] = [];
      let done = 0;
      const flush = async (): Promise<void> => {
        const results = images.length > 0 ? await classifyBatch(model, images, options.top, options.lang) : [];
        for (const item of pending) {
          const result = 'error' in item ? item : results.shift()!;
          if (result.error) failed++;
          bar.clear();
          print(out, result, options);
        }
        pending = [];
        images = [];
      };
      for (const file of files) {
        const items = file.error ? [{ input: file.path, error: file.error }] : await readInput(file.path, sources);
        for (const item of items) {
          if (!('error' in item)) {
            if (images.length > 0 && !sameShape(images[0].tensor, item.tensor)) await flush();
            images.push(item);
          }
          pending.push(item);
          if (images.length === batchSize) await flush();
        }
        bar.update(++done, files.length, `${done} of ${files.length} files`);
      }
      await flush();
    } finally {
      bar.finish();
      await model.close();
    }
    for (const folder of skipped) out.stderr(`${skippedNote(folder)}\n`);
    return failed > 0 ? 1 : 0;
  },
};

async function classifyBatch(model: Classifier, images: InputImage[], k: number, lang: Lang): Promise<Result[]> {
  const [c, h, w] = images[0].tensor.shape;
  const data = new Float32Array(images.length * c * h * w);
  images.forEach((image, i) => data.set(image.tensor.data, i * c * h * w));
  try {
    const logits = await model.forward(tensor([images.length, c, h, w], data));
    const tops = model.predict(logits, { topK: k, lang });
    const classes = logits.shape[1];
    return images.map((image, i) => ({
      input: image.input,
      top: tops[i],
      logits: Array.from(logits.data.subarray(i * classes, (i + 1) * classes)),
    }));
  } catch (error) {
    return images.map((image) => ({ input: image.input, error: (error as Error).message }));
  }
}

function print(out: Output, result: Result, options: { json: boolean; logits: boolean; lang: Lang }): void {
  if (options.json) {
    const { logits, ...rest } = result;
    out.stdout(`${JSON.stringify(options.logits && logits ? { ...rest, logits } : rest)}\n`);
    return;
  }
  if (result.error) {
    out.stderr(`${result.input}: ${result.error}\n`);
    return;
  }
  const lines = [result.input];
  result.top!.forEach((p, i) => {
    const label = !p.label_zh ? p.label : options.lang === 'zh' ? p.label_zh : `${p.label} (${p.label_zh})`;
    lines.push(`  ${String(i + 1).padStart(2)}. ${(p.probability * 100).toFixed(2).padStart(6)} %  ${String(p.index).padStart(4)}  ${label}`);
  });
  if (options.logits) lines.push(`  logits: ${result.logits!.map((v) => v.toPrecision(7)).join(' ')}`);
  out.stdout(`${lines.join('\n')}\n`);
}

function sameShape(a: Tensor, b: Tensor): boolean {
  return a.shape.join() === b.shape.join();
}
