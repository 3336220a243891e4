// The classify view: choose a photo (drop, paste, pick), send it to /api/classify, draw the top
// classes as labelled bars. Everything is in English and Chinese (i18n.ts); the answer is asked for
// with both languages' labels once, so switching language re-draws without asking again.

import { ApiError, classify, modelInfo, type ClassifyAnswer, type ModelInfo } from './api.js';
import { hideHowItSees, redrawHowItSees, showHowItSees } from './howItSees.js';
import { errorText, labelOf, language, setLanguage, t, type Language } from './i18n.js';
import { drawPredictions, formatPercent } from './predictionBars.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const dropZone = $<HTMLDivElement>('drop-zone');
const fileInput = $<HTMLInputElement>('file');
const preview = $<HTMLImageElement>('preview');
const fileName = $<HTMLElement>('file-name');
const topInput = $<HTMLInputElement>('top');
const classifyButton = $<HTMLButtonElement>('classify');
const resultsPanel = $<HTMLElement>('results-panel');
const placeholder = $<HTMLElement>('placeholder');
const spinner = $<HTMLElement>('spinner');
const errorBox = $<HTMLElement>('error');
const labelsNote = $<HTMLElement>('labels-note');
const list = $<HTMLOListElement>('predictions');
const timing = $<HTMLElement>('timing');
const howButton = $<HTMLButtonElement>('how');
const announcer = $<HTMLElement>('announcer');
const footer = $<HTMLElement>('footer');

/** What the page assumes until /api/model answers (the server's defaults). */
let model: ModelInfo = {
  model: 'resnet18', classes: 1000, labels: { en: true, zh: true }, weights: { file: null, sha256: null },
  max_upload_bytes: 10 * 1024 * 1024, max_top: 20,
};
let file: File | null = null;
let answer: ClassifyAnswer | null = null;
let shownError: { code: string; values: Record<string, string | number> } | null = null;
let previewUrl: string | null = null;
/** Counts classify requests, so an answer that arrives after a newer request was sent is dropped. */
let latestRequest = 0;

function megabytes(bytes: number): string {
  return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : megabytes(bytes);
}

function textValues(): Record<string, string | number> {
  return { size: megabytes(model.max_upload_bytes) };
}

// ---------------------------------------------------------------------------------------------
// Drawing

function showError(code: string, values: Record<string, string | number> = {}): void {
  shownError = { code, values };
  errorBox.textContent = errorText(code, values);
  errorBox.hidden = false;
  placeholder.hidden = true;
}

function showFailure(error: unknown): void {
  const code = error instanceof ApiError ? error.code : 'unknown';
  showError(code, {
    message: error instanceof Error ? error.message : String(error),
    limit: megabytes(model.max_upload_bytes),
    seconds: error instanceof ApiError && error.retryAfter ? error.retryAfter : 5,
  });
}

function clearError(): void {
  shownError = null;
  errorBox.hidden = true;
  placeholder.hidden = answer !== null;
}

function setBusy(busy: boolean): void {
  resultsPanel.setAttribute('aria-busy', String(busy));
  spinner.hidden = !busy;
  classifyButton.disabled = busy || file === null;
  classifyButton.setAttribute('aria-busy', String(busy));
}

function drawAnswer(): void {
  labelsNote.hidden = !(answer && language() === 'zh' && !model.labels.zh);
  if (!answer) {
    list.replaceChildren();
    list.hidden = timing.hidden = howButton.hidden = true;
    placeholder.hidden = false;
    return;
  }
  placeholder.hidden = true;
  drawPredictions(list, answer.top);
  list.hidden = false;
  drawTiming(answer);
  timing.hidden = false;
  howButton.hidden = false;
  drawHowButton();
}

/** The photo's size and format, the server's time for each stage, and whether it was cached. */
function drawTiming(shown: ClassifyAnswer): void {
  const ms = shown.timing_ms;
  const rows: [string, string][] = [
    [t('decode'), t('milliseconds', { ms: ms.decode.toFixed(1) })],
    [t('preprocess'), t('milliseconds', { ms: ms.preprocess.toFixed(1) })],
    [model.backend_description ? `${t('inference')} (${model.backend_description})` : t('inference'), t('milliseconds', { ms: ms.inference.toFixed(1) })],
    [t('total'), t('milliseconds', { ms: ms.total.toFixed(1) })],
  ];
  timing.replaceChildren(...rows.map(([name, value]) => {
    const cell = document.createElement('div');
    const term = document.createElement('dt');
    term.textContent = name;
    const definition = document.createElement('dd');
    definition.textContent = value;
    cell.append(term, definition);
    return cell;
  }));
  const image = document.createElement('div');
  image.className = 'image-info';
  const term = document.createElement('dt');
  term.textContent = t('imageInfo');
  const definition = document.createElement('dd');
  definition.textContent = `${shown.image.width} × ${shown.image.height} ${shown.image.format.toUpperCase()}`;
  const source = document.createElement('dd');
  source.className = shown.cached ? 'badge cached' : 'badge';
  source.textContent = shown.cached ? t('cached') : t('computed');
  image.append(term, definition, source);
  timing.prepend(image);
}

function drawHowButton(): void {
  howButton.textContent = howButton.getAttribute('aria-expanded') === 'true' ? t('hideHowItSees') : t('howItSees');
}

function drawFooter(): void {
  const parts = [t('footer', { model: model.model, classes: model.classes })];
  if (model.weights.file) parts.push(t('footerWeights', { file: model.weights.file }));
  if (model.backend_description) parts.push(t('footerBackend', { backend: model.backend_description }));
  footer.textContent = parts.join(' · ');
  footer.title = model.weights.sha256 ? `sha256 ${model.weights.sha256}` : '';
}

function announce(): void {
  if (!answer) return;
  const best = answer.top[0];
  announcer.textContent = t('announce', { label: labelOf(best), percent: formatPercent(best.probability) });
}

// ---------------------------------------------------------------------------------------------
// Choosing and classifying

function topCount(): number {
  const n = Math.round(Number(topInput.value));
  const clamped = Number.isFinite(n) && topInput.value !== '' ? Math.min(model.max_top, Math.max(1, n)) : 3;
  topInput.value = String(clamped);
  return clamped;
}

/** Checks a chosen file in the browser first: not an image, or too large, never leaves the page. */
function choose(chosen: File | null | undefined): void {
  if (!chosen) return;
  clearError();
  if (chosen.type && !chosen.type.startsWith('image/')) {
    showError('not_image');
    return;
  }
  if (chosen.size > model.max_upload_bytes) {
    showError('too_big', { size: megabytes(chosen.size), limit: megabytes(model.max_upload_bytes) });
    return;
  }
  file = chosen;
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = URL.createObjectURL(chosen);
  preview.src = previewUrl;
  preview.alt = t('preview');
  preview.hidden = false;
  dropZone.classList.add('has-photo');
  fileName.textContent = `${chosen.name || 'clipboard'} · ${fileSize(chosen.size)}`;
  fileName.hidden = false;
  void run();
}

async function run(): Promise<void> {
  if (!file) return;
  const request = ++latestRequest;
  clearError();
  hideHowItSees();
  howButton.setAttribute('aria-expanded', 'false');
  setBusy(true);
  try {
    const answered = await classify(file, topCount());
    if (request !== latestRequest) return;
    answer = answered;
    drawAnswer();
    announce();
  } catch (error) {
    if (request !== latestRequest) return;
    answer = null;
    drawAnswer();
    showFailure(error);
  } finally {
    if (request === latestRequest) setBusy(false);
  }
}

async function toggleHowItSees(): Promise<void> {
  if (!file || !answer) return;
  const open = howButton.getAttribute('aria-expanded') === 'true';
  howButton.setAttribute('aria-expanded', String(!open));
  drawHowButton();
  if (open) {
    hideHowItSees();
    return;
  }
  howButton.setAttribute('aria-busy', 'true');
  try {
    await showHowItSees(answer.id, file);
  } catch (error) {
    howButton.setAttribute('aria-expanded', 'false');
    drawHowButton();
    showFailure(error);
  } finally {
    howButton.setAttribute('aria-busy', 'false');
  }
}

function switchLanguage(next: Language): void {
  setLanguage(next, textValues());
  $('lang-en').setAttribute('aria-pressed', String(next === 'en'));
  $('lang-zh').setAttribute('aria-pressed', String(next === 'zh'));
  if (!preview.hidden) preview.alt = t('preview');
  drawAnswer();
  drawFooter();
  if (shownError) showError(shownError.code, shownError.values);
  redrawHowItSees();
}

// ---------------------------------------------------------------------------------------------
// Events

// A file the browser cannot draw may still be one the server reads (TIFF, AVIF…): no broken icon.
preview.addEventListener('error', () => {
  preview.hidden = true;
  dropZone.classList.remove('has-photo');
});
dropZone.addEventListener('click', () => fileInput.click());
dropZone.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    fileInput.click();
  }
});
// A photo dropped anywhere on the page is taken (rather than the browser navigating to it).
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) dropZone.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  choose(event.dataTransfer?.files[0]);
});
document.addEventListener('paste', (event) => {
  const files = [...(event.clipboardData?.files ?? [])];
  if (files.length === 0) return;
  event.preventDefault();
  choose(files.find((f) => f.type.startsWith('image/')) ?? files[0]);
});
fileInput.addEventListener('change', () => {
  choose(fileInput.files?.[0]);
  fileInput.value = '';
});
classifyButton.addEventListener('click', () => void run());
topInput.addEventListener('change', () => {
  if (file && answer) void run();
});
howButton.addEventListener('click', () => void toggleHowItSees());
$('lang-en').addEventListener('click', () => switchLanguage('en'));
$('lang-zh').addEventListener('click', () => switchLanguage('zh'));

switchLanguage(navigator.language.startsWith('zh') ? 'zh' : 'en');
modelInfo().then((info) => {
  model = info;
  topInput.max = String(info.max_top);
  switchLanguage(language());
}).catch(showFailure);
