// The "How it sees" view, drawn from /api/explain: the layers in order as a row of links, the input
// as the network sees it, conv1's filters, each stage's feature maps (a channel enlarged beside
// each grid: tileGrid.ts), the 512 pooled features and the top-5 they lead to, and every module's
// numbers in a table that opens on request.

import { explain, pictureSource, type Explanation, type Stage, type Step } from './api.js';
import { stageText, t } from './i18n.js';
import { drawPredictions } from './predictionBars.js';
import { tileGrid, type TileGrid } from './tileGrid.js';

const section = document.getElementById('how-it-sees') as HTMLElement;
const loading = document.getElementById('how-loading') as HTMLElement;
const content = document.getElementById('how-content') as HTMLElement;

let shown: Explanation | null = null;
let shownId = '';
/** The id the page asked for last: an answer for an older one is dropped. */
let wantedId = '';
/** The channel enlarged in each grid, and whether the steps table is open, kept across re-draws. */
const chosenChannels = new Map<string, number>();
let stepsOpen = false;
/** The grids drawn, by stage name: the strongest features link to layer4's channels. */
const grids = new Map<string, TileGrid>();

export function hideHowItSees(): void {
  section.hidden = true;
  wantedId = '';
}

/** Shows the view for a classified image: by its id, or by sending the file again if the server has forgotten it. */
export async function showHowItSees(id: string, file: Blob): Promise<void> {
  wantedId = id;
  section.hidden = false;
  if (shown && shownId === id) return;
  section.setAttribute('aria-busy', 'true');
  loading.hidden = false;
  content.replaceChildren();
  shown = null;
  shownId = '';
  try {
    const answer = await explain(id, file);
    if (wantedId !== id) return;
    shown = answer;
    shownId = id;
    chosenChannels.clear();
    redrawHowItSees();
    section.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (error) {
    if (wantedId !== id) return;
    section.hidden = true;
    throw error;
  } finally {
    loading.hidden = true;
    section.setAttribute('aria-busy', 'false');
  }
}

/** Re-draws the view in the current language (after a switch). */
export function redrawHowItSees(): void {
  if (!shown) return;
  const e = shown;
  grids.clear();
  content.replaceChildren(
    pipeline(e),
    inputBlock(e),
    gridBlock('conv1-filters', t('filtersTitle'), t('filtersText'), '64 × 3 × 7 × 7', e.filters),
    ...e.stages.map((stage) => stageBlock(e, stage)),
    poolingBlock(e),
    stepsTable(e.steps),
  );
}

// Redraw the pooled-features chart's colours when the system switches between light and dark.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawHowItSees);

const shapeText = (shape: number[]): string => shape.join(' × ');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** <section class="stage" id="how-…"> with a heading, the tensor's shape, one sentence, then `body`. */
function block(key: string, title: string, meta: string, text: string, ...body: HTMLElement[]): HTMLElement {
  const section = element('section', body[0]?.classList.contains('stage-body') ? 'stage maps' : 'stage');
  section.id = `how-${key}`;
  const head = element('div', 'stage-head');
  head.append(element('h3', '', title), element('span', 'shape', meta));
  section.append(head, element('p', 'stage-text', text), ...body);
  return section;
}

/** The layers in order, each a link to its block: input → conv1 filters → conv1 → … → fc. */
function pipeline(e: Explanation): HTMLElement {
  const stops: [key: string, name: string, shape: string][] = [
    ['input', t('inputTitle'), shapeText([3, e.input.height, e.input.width])],
    ['conv1-filters', t('filtersTitle'), '64 × 3 × 7 × 7'],
    ...e.stages.map((s): [string, string, string] => [s.name, s.name, shapeText(s.shape)]),
    ['fc', 'avgpool → fc', `512 → ${fcClasses(e.steps)}`],
  ];
  const nav = element('nav', 'pipeline');
  nav.setAttribute('aria-label', t('pipeline'));
  const list = element('ol', '');
  for (const [key, name, shape] of stops) {
    const link = element('a', '');
    link.href = `#how-${key}`;
    link.append(element('strong', '', name), element('span', '', shape));
    const item = element('li', '');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  return nav;
}

function inputBlock(e: Explanation): HTMLElement {
  const picture = element('img', 'input-image');
  picture.src = pictureSource(e.input);
  picture.width = e.input.width;
  picture.height = e.input.height;
  picture.alt = `${t('inputTitle')}, ${e.input.width} × ${e.input.height}`;
  const body = element('div', 'stage-body');
  body.append(picture);
  return block('input', t('inputTitle'), shapeText([3, e.input.height, e.input.width]), t('inputText'), body);
}

function gridBlock(key: string, title: string, text: string, meta: string, grid: Explanation['filters'], describe?: (channel: number) => string): HTMLElement {
  const drawn = tileGrid(grid, {
    title,
    stage: key,
    channel: chosenChannels.get(key) ?? 0,
    onChoose: (channel) => chosenChannels.set(key, channel),
    describe,
  });
  grids.set(key, drawn);
  return block(key, title, meta, text, drawn.element);
}

function stageBlock(e: Explanation, stage: Stage): HTMLElement {
  // layer4's channels are averaged into the 512 features fc reads: say each one's average.
  const describe = stage.name === 'layer4' && e.pooled.length === stage.count
    ? (channel: number) => t('averageOf', { value: e.pooled[channel].toFixed(3), channel })
    : undefined;
  return gridBlock(stage.name, stage.name, stageText(stage.name), shapeText(stage.shape), stage, describe);
}

function fcClasses(steps: Step[]): number {
  const fc = steps.find((s) => s.name === 'fc');
  return fc ? fc.output_shape[fc.output_shape.length - 1] : 1000;
}

/** avgpool's 512 features as a bar strip (the strongest ten in the accent colour), then fc → softmax → top-5. */
function poolingBlock(e: Explanation): HTMLElement {
  const ranked = e.pooled.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value).slice(0, 10);
  const strongest = new Set(ranked.map((f) => f.index));

  const chart = element('canvas', 'pooled');
  const barWidth = 2;
  chart.width = e.pooled.length * barWidth;
  chart.height = 120;
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', t('pooledChart'));
  const context = chart.getContext('2d');
  if (context) {
    const colours = getComputedStyle(document.documentElement);
    const accent = colours.getPropertyValue('--accent').trim() || '#2f5fd0';
    const quiet = colours.getPropertyValue('--bar-quiet').trim() || '#9db1e6';
    const max = Math.max(...e.pooled, 1e-9);
    e.pooled.forEach((value, i) => {
      const height = Math.max(0, value / max) * chart.height;
      context.fillStyle = strongest.has(i) ? accent : quiet;
      context.fillRect(i * barWidth, chart.height - height, barWidth, height);
    });
  }
  const axis = element('div', 'axis');
  axis.append(element('span', '', '0'), element('span', '', 'avgpool'), element('span', '', String(e.pooled.length - 1)));
  const figure = element('figure', 'pooled-figure');
  figure.append(chart, axis);

  // Feature i is the average of layer4's channel i: each button shows that channel.
  const features = element('ol', 'features');
  for (const { index, value } of ranked) {
    const button = element('button', '');
    button.type = 'button';
    button.title = t('showFeature', { index });
    button.append(element('span', 'feature-index', t('feature', { index })), element('span', 'feature-value', value.toFixed(2)));
    button.addEventListener('click', () => {
      const layer4 = grids.get('layer4');
      if (!layer4) return;
      layer4.choose(index);
      document.getElementById('how-layer4')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      layer4.focus();
    });
    const item = element('li', '');
    item.append(button);
    features.append(item);
  }

  const fc = e.steps.find((s) => s.name === 'fc');
  const flow = element('ol', 'flow');
  const stops: [string, string][] = [
    ['avgpool', t('flowPool')],
    ['fc', t('flowFc', { classes: fcClasses(e.steps), params: (fc?.params ?? 0).toLocaleString('en-US') })],
    ['softmax', t('flowSoftmax')],
  ];
  for (const [name, text] of stops) {
    const box = element('div', 'flow-box');
    box.append(element('strong', '', name), element('span', '', text));
    const item = element('li', '');
    item.append(box);
    flow.append(item);
  }

  const top = element('ol', 'predictions');
  drawPredictions(top, e.top);

  return block('fc', t('pooledTitle'), 'avgpool → fc → softmax', t('pooledText'),
    figure, element('h4', '', t('strongest')), features, flow, element('h4', '', t('topFive')), top);
}

function stepsTable(steps: Step[]): HTMLElement {
  const details = element('details', 'steps');
  details.open = stepsOpen;
  details.addEventListener('toggle', () => { stepsOpen = details.open; });
  const params = steps.reduce((sum, s) => sum + s.params, 0);
  const macs = steps.reduce((sum, s) => sum + s.macs, 0);
  details.append(element('summary', '', t('stepsTitle', {
    count: steps.length, params: params.toLocaleString('en-US'), macs: macs.toLocaleString('en-US'),
  })));
  const table = element('table', '');
  const head = table.createTHead().insertRow();
  const columns = (['stepName', 'stepOp', 'stepShape', 'stepParams', 'stepMacs', 'stepMs', 'stepMean', 'stepZeros'] as const).map((key) => t(key));
  for (const name of columns) {
    const th = element('th', '', name);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const s of steps) {
    const row = body.insertRow();
    // A residual block's output ("layer1.0", after its add and relu) ends a group of rows: a line under it.
    if (/^layer\d+\.\d+$/.test(s.name)) row.className = 'block-end';
    const cells = [s.name, s.op, s.output_shape.join(' × '), s.params.toLocaleString('en-US'), s.macs.toLocaleString('en-US'),
      s.ms.toFixed(2), s.stats.mean.toFixed(3), `${(s.stats.zeros * 100).toFixed(0)} %`];
    cells.forEach((text, i) => {
      const td = row.insertCell();
      td.textContent = text;
      // On a phone each row is drawn as a short paragraph, every value after its column's name (style.css).
      td.dataset.column = columns[i];
    });
  }
  const wrap = element('div', 'table-wrap');
  wrap.append(table);
  details.append(wrap);
  return details;
}
