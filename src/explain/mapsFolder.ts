// `resnet18 explain --maps DIR`: the step-through's pictures as PNG files, and an index.html that
// shows them in order with what each stage is. Self-contained: opens from the disk, no network.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Prediction } from '../classifier/predictions.js';
import type { Explanation } from './explainImage.js';
import { gridSize } from './featureMapGrid.js';

const STAGE_TEXT: Record<string, string> = {
  conv1: 'conv1 (7×7, stride 2) → BatchNorm → ReLU: 64 maps at half the resolution. Bright where a filter matched: edges, colours, textures.',
  maxpool: 'Max pooling keeps the strongest answer in each 3×3 neighbourhood (stride 2), halving the size again.',
  layer1: 'Two residual blocks of 3×3 convolutions at 56×56: combinations of edges.',
  layer2: '128 channels at 28×28: corners, repeated patterns, simple parts.',
  layer3: '256 channels at 14×14: parts of objects, each map covering more of the photo.',
  layer4: '512 channels at 7×7: whole objects and textures. Their averages are the 512 features the classifier reads.',
};

export interface MapsFiles {
  dir: string;
  files: string[];
}

/** Writes input.png, conv1-filters.png, 1-conv1.png … 6-layer4.png and index.html into `dir` (created if missing). */
export function writeMapsFolder(dir: string, explanation: Explanation, top: Prediction[], source: string): MapsFiles {
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    mkdirSync(dir, { recursive: true });
    isDirectory = true;
  }
  if (!isDirectory) throw new Error(`--maps ${dir}: exists and is not a directory`);
  const files: string[] = [];
  const write = (name: string, data: Buffer | string): void => {
    writeFileSync(join(dir, name), data);
    files.push(name);
  };
  write('input.png', explanation.input.png);
  write('conv1-filters.png', explanation.filters.png);
  const stageFiles = explanation.stages.map((stage, i) => {
    const name = `${i + 1}-${stage.name}.png`;
    write(name, stage.png);
    return name;
  });
  write('index.html', indexHtml(explanation, top, stageFiles, source));
  return { dir, files };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function indexHtml(e: Explanation, top: Prediction[], stageFiles: string[], source: string): string {
  const stages = e.stages.map((stage, i) => `
  <section>
    <h2>${stage.name} <small>${stage.shape.join(' × ')} · output of <code>${stage.module}</code></small></h2>
    <p>${escapeHtml(STAGE_TEXT[stage.name] ?? '')} Each tile is one channel, stretched to its own minimum (black) and maximum (white); the number is the channel.</p>
    <img src="${stageFiles[i]}" alt="${stage.shape[0]} feature maps of ${stage.name}" width="${Math.round(gridSize(stage).width / 2)}">
  </section>`).join('\n');
  const bars = top.map((p) => `
    <li><span>${escapeHtml(p.label)}${p.label_zh ? ` (${escapeHtml(p.label_zh)})` : ''}</span>
      <span class="bar" style="width: ${(p.probability * 100).toFixed(1)}%"></span> ${(p.probability * 100).toFixed(2)} %</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How ResNet-18 sees ${escapeHtml(source)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 1000px; margin: 24px auto; padding: 0 16px; line-height: 1.5; color: #1c2330; }
  img { max-width: 100%; height: auto; image-rendering: pixelated; border-radius: 4px; }
  small { color: #5b6475; font-weight: normal; }
  section { margin: 32px 0; }
  ol li { margin: 6px 0; }
  .bar { display: inline-block; height: 10px; background: #2f5fd0; border-radius: 5px; vertical-align: middle; margin: 0 8px; max-width: 50%; }
</style>
</head>
<body>
<h1>How ResNet-18 sees <code>${escapeHtml(source)}</code></h1>
<p>Made by <code>resnet18 explain --maps</code>. The same numbers PyTorch computes, drawn stage by stage.</p>
<section>
  <h2>The input <small>3 × ${e.input.height} × ${e.input.width}</small></h2>
  <p>The photo resized to 256 pixels on its short side, its centre ${e.input.width}×${e.input.height} cut out and normalised: all the network sees.</p>
  <img src="input.png" alt="the preprocessed input" width="${e.input.width}">
</section>
<section>
  <h2>conv1's filters <small>${e.filters.count} × 3 × 7 × 7</small></h2>
  <p>The patterns the first layer looks for, one tile per filter: grey is a weight of 0, brighter colours positive, darker negative. Each conv1 map below shows where its filter matched.</p>
  <img src="conv1-filters.png" alt="the ${e.filters.count} filters of conv1" width="${Math.round(gridSize(e.filters).width / 1.5)}">
</section>
${stages}
<section>
  <h2>From features to classes <small>avgpool ${e.pooled.length} → fc ${e.logits.length} → softmax</small></h2>
  <p>Average pooling turns each of layer4's ${e.pooled.length} maps into one number; the fully connected layer weighs them for each of the ${e.logits.length} classes, and softmax turns the scores into probabilities.</p>
  <ol>${bars}
  </ol>
</section>
</body>
</html>
`;
}

