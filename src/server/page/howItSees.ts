// The "How it sees" view: the input as the network sees it, conv1's filters, each stage's feature
// maps (click a tile, or type a channel number, to enlarge it), the 512 pooled features and the
// top-5 they lead to, and every module's numbers. Drawn from /api/explain.

import { explain, type Explanation, type Grid, type Prediction, type Stage } from './api.js';
import { labelOf, stageText, t } from './i18n.js';

const section = document.getElementById('how-it-sees') as HTMLElement;
const status = document.getElementById('how-status') as HTMLElement;
const content = document.getElementById('how-content') as HTMLElement;

let shown: Explanation | null = null;
/** The channel enlarged in each stage, kept across language switches. */
const selected = new Map<string, number>();

export function hideHowItSees(): void {
  section.hidden = true;
}

export async function showHowItSees(id: string, file: Blob, onError: (error: unknown) => void): Promise<void> {
  section.hidden = false;
  if (shown && shownId === id) return;
  section.setAttribute('aria-busy', 'true');
  status.textContent = t('loadingMaps');
  content.replaceChildren();
  try {
    shown = await explain(id, file);
    shownId = id;
    selected.clear();
    redrawHowItSees();
    section.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (error) {
    section.hidden = true;
    onError(error);
  } finally {
    status.textContent = '';
    section.setAttribute('aria-busy', 'false');
  }
}
let shownId = '';

/** Re-draws the view in the current language (after a switch). */
export function redrawHowItSees(): void {
  if (!shown) return;
  const e = shown;
  content.replaceChildren(
    block(t('inputTitle'), t('inputText'), [image(e.input.url, 'input-image', `${t('inputTitle')} ${e.input.width}×${e.input.height}`)], '3 × 224 × 224'),
    gridBlock('conv1-filters', t('filtersTitle'), t('filtersText'), e.filters, '64 × 3 × 7 × 7'),
    ...e.stages.map((stage) => gridBlock(stage.name, stage.name, stageText(stage.name), stage, stage.shape.join(' × '))),
    pooledBlock(e),
    stepsTable(e),
  );
}

function image(url: string, className: string, alt: string): HTMLImageElement {
  const img = document.createElement('img');
  img.src = url;
  img.className = className;
  img.alt = alt;
  return img;
}

function block(title: string, text: string, body: HTMLElement[], meta: string): HTMLElement {
  const element = document.createElement('section');
  element.className = 'stage';
  const heading = document.createElement('h3');
  heading.textContent = title;
  const shape = document.createElement('p');
  shape.className = 'meta';
  shape.textContent = meta;
  const description = document.createElement('p');
  description.textContent = text;
  const bodyElement = document.createElement('div');
  bodyElement.className = 'stage-body';
  bodyElement.append(...body);
  element.append(heading, shape, description, bodyElement);
  return element;
}

/** A grid of tiles with an enlarged view of one channel, chosen by a click or by number. */
function gridBlock(key: string, title: string, text: string, grid: Grid | Stage, meta: string): HTMLElement {
  const picture = image(grid.url, 'grid-image', `${title}: ${grid.count}`);
  picture.dataset.stage = key;
  const zoom = document.createElement('div');
  zoom.className = 'zoom';
  const canvas = document.createElement('canvas');
  canvas.width = grid.tile_width;
  canvas.height = grid.tile_height;
  canvas.setAttribute('role', 'img');
  const caption = document.createElement('span');
  const label = document.createElement('label');
  const number = document.createElement('input');
  number.type = 'number';
  number.min = '0';
  number.max = String(grid.count - 1);
  number.value = String(selected.get(key) ?? 0);
  label.append(t('showChannel'), number);
  zoom.append(canvas, caption, label);

  const show = (channel: number): void => {
    const c = Math.max(0, Math.min(grid.count - 1, Math.round(channel) || 0));
    selected.set(key, c);
    number.value = String(c);
    const x = grid.gap + (c % grid.columns) * (grid.tile_width + grid.gap);
    const y = grid.gap + Math.floor(c / grid.columns) * (grid.tile_height + grid.gap);
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(picture, x, y, grid.tile_width, grid.tile_height, 0, 0, canvas.width, canvas.height);
    caption.textContent = t('channelOf', { channel: c, count: grid.count });
    canvas.setAttribute('aria-label', t('enlarged', { channel: c, stage: title }));
    zoom.dataset.channel = String(c);
  };
  picture.addEventListener('click', (event) => {
    // The click's position in image pixels → the tile under it.
    const scale = picture.naturalWidth / picture.getBoundingClientRect().width;
    const col = Math.floor((event.offsetX * scale - grid.gap) / (grid.tile_width + grid.gap));
    const row = Math.floor((event.offsetY * scale - grid.gap) / (grid.tile_height + grid.gap));
    const channel = row * grid.columns + col;
    if (col >= 0 && col < grid.columns && channel >= 0 && channel < grid.count) show(channel);
  });
  number.addEventListener('input', () => show(Number(number.value)));
  if (picture.complete) show(selected.get(key) ?? 0);
  else picture.addEventListener('load', () => show(selected.get(key) ?? 0), { once: true });
  return block(title, text, [picture, zoom], meta);
}

function pooledBlock(e: Explanation): HTMLElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'pooled';
  canvas.width = e.pooled.length;
  canvas.height = 64;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `avgpool: ${e.pooled.length}`);
  const context = canvas.getContext('2d')!;
  const max = Math.max(...e.pooled, 1e-9);
  context.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--accent') || '#2f5fd0';
  e.pooled.forEach((value, i) => {
    const h = Math.max(0, value / max) * 64;
    context.fillRect(i, 64 - h, 1, h);
  });
  const strongest = document.createElement('ol');
  strongest.className = 'features';
  const ranked = e.pooled.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value).slice(0, 10);
  for (const { index, value } of ranked) {
    const item = document.createElement('li');
    item.textContent = t('feature', { index, value: value.toFixed(3) });
    strongest.append(item);
  }
  const strongestTitle = document.createElement('p');
  strongestTitle.textContent = t('strongest');
  const arrow = document.createElement('p');
  arrow.className = 'arrow';
  arrow.textContent = 'fc → softmax ↓';
  const top = document.createElement('ol');
  top.className = 'predictions';
  for (const prediction of e.top) top.append(bar(prediction));
  const wrapper = document.createElement('div');
  wrapper.style.width = '100%';
  wrapper.append(canvas, strongestTitle, strongest, arrow, top);
  return block(t('pooledTitle'), t('pooledText'), [wrapper], `avgpool ${e.pooled.length} → fc ${e.top.length ? '→ top-5' : ''}`);
}

function bar(prediction: Prediction): HTMLElement {
  const item = document.createElement('li');
  item.className = 'prediction';
  const percent = `${(prediction.probability * 100).toFixed(1)} %`;
  item.innerHTML = '<div class="row"><span class="label"></span><span class="percent"></span></div><div class="bar"><span></span></div>';
  item.querySelector('.label')!.textContent = labelOf(prediction);
  item.querySelector('.percent')!.textContent = percent;
  (item.querySelector('.bar > span') as HTMLElement).style.width = `${prediction.probability * 100}%`;
  return item;
}

function stepsTable(e: Explanation): HTMLElement {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const params = e.steps.reduce((sum, s) => sum + s.params, 0);
  const macs = e.steps.reduce((sum, s) => sum + s.macs, 0);
  summary.textContent = t('stepsTitle', { count: e.steps.length, params: params.toLocaleString('en-US'), macs: macs.toLocaleString('en-US') });
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const key of ['stepName', 'stepOp', 'stepShape', 'stepParams', 'stepMacs', 'stepMs', 'stepMean', 'stepZeros'] as const) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = t(key);
    head.append(th);
  }
  const body = table.createTBody();
  for (const s of e.steps) {
    const row = body.insertRow();
    for (const cell of [s.name, s.op, s.output_shape.join('×'), s.params.toLocaleString('en-US'), s.macs.toLocaleString('en-US'),
      s.ms.toFixed(1), s.stats.mean.toFixed(3), `${(s.stats.zeros * 100).toFixed(0)} %`]) {
      row.insertCell().textContent = cell;
    }
  }
  wrap.append(table);
  details.append(summary, wrap);
  return details;
}
