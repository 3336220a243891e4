// Classify images with the library, as a program that depends on resnet18-ts would:
//
//   npm install resnet18-ts
//   node classify.mjs photo.jpg [more.jpg ...]
//
// The first run downloads torchvision's ImageNet weights (46.8 MB) into ~/.cache/resnet18-ts (or
// $RESNET18_HOME); later runs find them there. RESNET18_OFFLINE=1 forbids the download.

import { loadModel } from 'resnet18-ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node classify.mjs photo.jpg [more.jpg ...]');
  process.exit(2);
}

const model = await loadModel({
  // Called as the weights arrive; once with fromCache: true when they were already on disk.
  onProgress: ({ loaded, total, fromCache }) => {
    if (!fromCache) process.stderr.write(`\rdownloading weights: ${(loaded / 1e6).toFixed(1)} of ${((total ?? 0) / 1e6).toFixed(1)} MB`);
  },
});
try {
  for (const file of files) {
    const top = await model.classify(file, { topK: 3 });
    console.log(file);
    for (const { label, probability } of top) console.log(`  ${(probability * 100).toFixed(1).padStart(5)} %  ${label}`);
  }
} finally {
  await model.close(); // stops the worker threads
}
