// One grid picture from /api/explain (conv1's filters, or a stage's feature maps: one tile per
// channel) with the chosen channel outlined on it and drawn enlarged beside it. A channel is chosen
// by clicking its tile, by the arrow keys on the focused grid, or by typing its number.
//
// Tile c of a grid sits at col = c % columns, row = floor(c / columns), its top-left corner at
// (gap + col·(tile_width + gap), gap + row·(tile_height + gap)) in the picture's pixels.

import { pictureSource, type Grid } from './api.js';
import { t } from './i18n.js';

export interface TileGridOptions {
  /** The grid's name in texts ("layer1", "conv1 filters"), and its data-stage attribute. */
  title: string;
  stage: string;
  /** The channel to show first. */
  channel: number;
  /** Called with every newly chosen channel (to keep it across re-draws). */
  onChoose(channel: number): void;
  /** An extra line under the enlarged tile about the chosen channel, if any. */
  describe?(channel: number): string;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function tileRect(grid: Grid, channel: number): Rect {
  const col = channel % grid.columns;
  const row = Math.floor(channel / grid.columns);
  return {
    x: grid.gap + col * (grid.tile_width + grid.gap),
    y: grid.gap + row * (grid.tile_height + grid.gap),
    width: grid.tile_width,
    height: grid.tile_height,
  };
}

/** The picture's size in pixels, from its layout (known before the picture has loaded). */
function pictureSize(grid: Grid): { width: number; height: number } {
  return {
    width: grid.gap + grid.columns * (grid.tile_width + grid.gap),
    height: grid.gap + grid.rows * (grid.tile_height + grid.gap),
  };
}

/** The channel whose tile holds point (x, y) of the picture, or null for a gap or an empty cell. */
function channelAt(grid: Grid, x: number, y: number): number | null {
  const col = Math.floor((x - grid.gap) / (grid.tile_width + grid.gap));
  const row = Math.floor((y - grid.gap) / (grid.tile_height + grid.gap));
  const channel = row * grid.columns + col;
  if (col < 0 || col >= grid.columns || row < 0 || channel >= grid.count) return null;
  return channel;
}

/**
 * <div class="stage-body">
 *   <div class="grid-frame" role="slider">  <img class="grid-image" data-stage>  <span class="tile-marker">  </div>
 *   <div class="zoom" data-channel>  <canvas>  <p class="zoom-caption">  <p class="zoom-extra">  <label>Channel <input type=number></label>  </div>
 * </div>
 */
export interface TileGrid {
  /** <div class="stage-body">: the grid and the enlarged channel. */
  element: HTMLElement;
  /** Enlarges a channel, as a click on its tile does. */
  choose(channel: number): void;
  /** Moves the keyboard focus to the grid. */
  focus(): void;
}

export function tileGrid(grid: Grid, options: TileGridOptions): TileGrid {
  const size = pictureSize(grid);
  let channel = Math.max(0, Math.min(grid.count - 1, options.channel));

  const picture = document.createElement('img');
  picture.className = 'grid-image';
  picture.dataset.stage = options.stage;
  picture.alt = '';
  picture.width = size.width;
  picture.height = size.height;
  picture.draggable = false;
  picture.src = pictureSource(grid);

  const marker = document.createElement('span');
  marker.className = 'tile-marker';

  const frame = document.createElement('div');
  frame.className = 'grid-frame';
  frame.tabIndex = 0;
  frame.setAttribute('role', 'slider');
  frame.setAttribute('aria-label', t('gridLabel', { stage: options.title, count: grid.count }));
  frame.setAttribute('aria-valuemin', '0');
  frame.setAttribute('aria-valuemax', String(grid.count - 1));
  frame.append(picture, marker);

  const canvas = document.createElement('canvas');
  canvas.width = grid.tile_width;
  canvas.height = grid.tile_height;
  canvas.setAttribute('role', 'img');
  const caption = document.createElement('p');
  caption.className = 'zoom-caption';
  const extra = document.createElement('p');
  extra.className = 'zoom-extra';
  const number = document.createElement('input');
  number.type = 'number';
  number.min = '0';
  number.max = String(grid.count - 1);
  number.inputMode = 'numeric';
  const label = document.createElement('label');
  label.append(t('showChannel'), number);

  const zoom = document.createElement('div');
  zoom.className = 'zoom';
  zoom.append(canvas, caption, extra, label);

  function drawTile(): void {
    const context = canvas.getContext('2d');
    if (!context || !picture.complete || picture.naturalWidth === 0) return;
    const tile = tileRect(grid, channel);
    context.imageSmoothingEnabled = false;
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(picture, tile.x, tile.y, tile.width, tile.height, 0, 0, canvas.width, canvas.height);
  }

  function choose(next: number): void {
    channel = Math.max(0, Math.min(grid.count - 1, Math.round(next) || 0));
    const tile = tileRect(grid, channel);
    // The marker in percent of the picture, so it follows however wide the picture is drawn.
    marker.style.left = `${(tile.x / size.width) * 100}%`;
    marker.style.top = `${(tile.y / size.height) * 100}%`;
    marker.style.width = `${(tile.width / size.width) * 100}%`;
    marker.style.height = `${(tile.height / size.height) * 100}%`;
    const shown = t('channelOf', { channel, count: grid.count });
    frame.setAttribute('aria-valuenow', String(channel));
    frame.setAttribute('aria-valuetext', shown);
    caption.textContent = shown;
    extra.textContent = options.describe?.(channel) ?? '';
    extra.hidden = extra.textContent === '';
    canvas.setAttribute('aria-label', t('enlarged', { channel, stage: options.title }));
    if (document.activeElement !== number) number.value = String(channel);
    zoom.dataset.channel = String(channel);
    drawTile();
    options.onChoose(channel);
  }

  picture.addEventListener('click', (event) => {
    const scale = size.width / picture.clientWidth;
    const chosen = channelAt(grid, event.offsetX * scale, event.offsetY * scale);
    if (chosen !== null) choose(chosen);
  });
  frame.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = {
      ArrowRight: channel + 1, ArrowLeft: channel - 1,
      ArrowDown: channel + grid.columns, ArrowUp: channel - grid.columns,
      Home: 0, End: grid.count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (next >= 0 && next < grid.count) choose(next);
  });
  number.addEventListener('input', () => {
    if (number.value !== '') choose(Number(number.value));
  });
  number.addEventListener('change', () => choose(Number(number.value)));
  picture.addEventListener('load', drawTile);
  picture.addEventListener('error', () => {
    caption.textContent = t('pictureFailed');
  });

  choose(channel);
  const body = document.createElement('div');
  body.className = 'stage-body';
  body.append(frame, zoom);
  return { element: body, choose, focus: () => frame.focus({ preventScroll: true }) };
}
