// `resnet18 explain --maps DIR`: the step-through's pictures as PNG files, and an index.html that
// shows them in order with what each stage is. Self-contained: opens from the disk, no network.
// The grids are shown at their own pixel size (a wide one scrolls sideways rather than shrinking
// its channel numbers away), and a click on a tile enlarges that channel, as on the web page.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Prediction } from '../classifier/predictions.js';
import type { Explanation } from './explainImage.js';
import { gridSize, type GridLayout } from './featureMapGrid.js';

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

/**
 * A grid PNG at its natural size, in a box that scrolls sideways when the window is narrower, with
 * its layout (featureMapGrid.ts's tile formula) in data- attributes for the enlarging script.
 */
function gridFigure(file: string, layout: GridLayout, name: string, alt: string): string {
  const { width, height } = gridSize(layout);
  const data = `data-name="${escapeHtml(name)}" data-count="${layout.count}" data-columns="${layout.columns}" ` +
    `data-tile-width="${layout.tileWidth}" data-tile-height="${layout.tileHeight}" data-gap="${layout.gap}"`;
  return `<div class="grid"><img class="tiles" src="${file}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" ${data}></div>
    <p class="hint">Click a tile to enlarge it.</p>`;
}

/** The page's only script: a click on a tile draws that tile, enlarged, in a dialog. */
const ZOOM_SCRIPT = `
const dialog = document.getElementById('zoom');
const canvas = dialog.querySelector('canvas');
const caption = dialog.querySelector('p');
for (const img of document.querySelectorAll('img.tiles')) {
  img.addEventListener('click', (event) => {
    const d = img.dataset, gap = +d.gap, w = +d.tileWidth, h = +d.tileHeight;
    const scale = img.naturalWidth / img.getBoundingClientRect().width;
    const x = event.offsetX * scale, y = event.offsetY * scale;
    const col = Math.floor((x - gap) / (w + gap)), row = Math.floor((y - gap) / (h + gap));
    const channel = row * +d.columns + col;
    if (col < 0 || col >= +d.columns || channel < 0 || channel >= +d.count) return;
    const k = Math.max(2, Math.floor(320 / Math.max(w, h)));
    canvas.width = w * k;
    canvas.height = h * k;
    const context = canvas.getContext('2d');
    context.imageSmoothingEnabled = false;
    context.drawImage(img, gap + col * (w + gap), gap + row * (h + gap), w, h, 0, 0, w * k, h * k);
    caption.textContent = d.name + ': ' + (d.name.includes('filters') ? 'filter ' : 'channel ') + channel + ' of ' + d.count;
    dialog.showModal();
  });
}
dialog.addEventListener('click', () => dialog.close());
`;

function indexHtml(e: Explanation, top: Prediction[], stageFiles: string[], source: string): string {
  const stages = e.stages.map((stage, i) => `
  <section>
    <h2>${stage.name} <small>${stage.shape.join(' × ')} · output of <code>${stage.module}</code></small></h2>
    <p>${escapeHtml(STAGE_TEXT[stage.name] ?? '')} Each tile is one channel, stretched to its own minimum (black) and maximum (white); the number is the channel.</p>
    ${gridFigure(stageFiles[i], stage, stage.name, `${stage.shape[0]} feature maps of ${stage.name}`)}
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
  img { image-rendering: pixelated; border-radius: 4px; }
  .grid { overflow-x: auto; }
  .grid img { display: block; max-width: none; cursor: zoom-in; }
  .hint { color: #5b6475; font-size: .875rem; }
  dialog { border: 0; border-radius: 8px; padding: 16px; text-align: center; }
  dialog canvas { display: block; image-rendering: pixelated; max-width: 80vw; max-height: 80vh; }
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
  ${gridFigure('conv1-filters.png', e.filters, "conv1's filters", `the ${e.filters.count} filters of conv1`)}
</section>
${stages}
<section>
  <h2>From features to classes <small>avgpool ${e.pooled.length} → fc ${e.logits.length} → softmax</small></h2>
  <p>Average pooling turns each of layer4's ${e.pooled.length} maps into one number; the fully connected layer weighs them for each of the ${e.logits.length} classes, and softmax turns the scores into probabilities.</p>
  <ol>${bars}
  </ol>
</section>
<dialog id="zoom" aria-label="The tile enlarged"><canvas></canvas><p></p></dialog>
<script>${ZOOM_SCRIPT}</script>
</body>
</html>
`;
}

