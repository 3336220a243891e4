// A batch job: classify every image in a folder, several per forward pass, and write one JSON line
// per image (file, best label, probability) — e.g. to sort a photo collection.
//
//   node batch-folder.mjs photos/ > labels.jsonl
//
// Files are recognised as images by their first bytes, not their names. Batching makes the engine
// do several images per pass; the answers are the same bits as one at a time.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isImageHeader, loadModel, preprocess, tensor } from 'resnet18-ts';

const BATCH = 8;
const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node batch-folder.mjs FOLDER');
  process.exit(2);
}

const model = await loadModel();
let failed = 0;
try {
  const names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  let batch = [];
  const run = async () => {
    if (batch.length === 0) return;
    // Stack the [3, 224, 224] tensors into one [N, 3, 224, 224] input.
    const size = 3 * 224 * 224;
    const data = new Float32Array(batch.length * size);
    batch.forEach((item, i) => data.set(item.tensor.data, i * size));
    const logits = await model.forward(tensor([batch.length, 3, 224, 224], data));
    model.predict(logits, { topK: 1 }).forEach(([best], i) => {
      console.log(JSON.stringify({ file: batch[i].file, label: best.label, probability: Number(best.probability.toFixed(4)) }));
    });
    batch = [];
  };
  for (const name of names) {
    const file = join(folder, name);
    const bytes = await readFile(file);
    if (!isImageHeader(bytes.subarray(0, 64))) continue; // not an image: skip it quietly
    try {
      batch.push({ file, tensor: (await preprocess(bytes)).tensor });
    } catch (error) {
      failed++;
      console.error(`${file}: ${error.message}`);
    }
    if (batch.length === BATCH) await run();
  }
  await run();
} finally {
  await model.close();
}
process.exitCode = failed > 0 ? 1 : 0;
