// The classify view: choose a photo (drop, paste, pick), send it to /api/classify, draw the top
// classes as labelled bars. Everything is in English and Chinese (i18n.ts); the answer is asked for
// with both languages' labels once, so switching language re-draws without asking again.

import { ApiError, classify, modelInfo, type ClassifyAnswer, type ModelInfo } from './api.js';
import { showHowItSees, hideHowItSees, redrawHowItSees } from './howItSees.js';
import { errorText, labelOf, language, setLanguage, t, type Language } from './i18n.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const dropZone = $<HTMLDivElement>('drop-zone');
const fileInput = $<HTMLInputElement>('file');
const preview = $<HTMLImageElement>('preview');
const topInput = $<HTMLInputElement>('top');
const classifyButton = $<HTMLButtonElement>('classify');
const resultsPanel = $<HTMLElement>('results-panel');
const placeholder = $<HTMLElement>('placeholder');
const spinner = $<HTMLElement>('spinner');
const errorBox = $<HTMLElement>('error');
const list = $<HTMLOListElement>('predictions');
const timing = $<HTMLElement>('timing');
const howButton = $<HTMLButtonElement>('how');
const announcer = $<HTMLElement>('announcer');

let model: ModelInfo = { classes: 1000, labels: { en: true, zh: true }, max_upload_bytes: 10 * 1024 * 1024, max_top: 20 };
let file: File | null = null;
let answer: ClassifyAnswer | null = null;
let shownError: { code: string; values: Record<string, string | number> } | null = null;
let previewUrl: string | null = null;

function megabytes(bytes: number): string {
  return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function textValues(): Record<string, string | number> {
  return { size: megabytes(model.max_upload_bytes) };
}

function percent(probability: number): string {
  return `${(probability * 100).toFixed(1)} %`;
}

function showError(code: string, values: Record<string, string | number> = {}): void {
  shownError = { code, values };
  errorBox.textContent = errorText(code, values);
  errorBox.hidden = false;
}

function clearError(): void {
  shownError = null;
  errorBox.hidden = true;
}

function setBusy(busy: boolean): void {
  resultsPanel.setAttribute('aria-busy', String(busy));
  spinner.hidden = !busy;
  classifyButton.disabled = busy || file === null;
}

function renderAnswer(): void {
  list.replaceChildren();
  if (!answer) {
    list.hidden = timing.hidden = howButton.hidden = true;
    placeholder.hidden = false;
    return;
  }
  placeholder.hidden = true;
  for (const prediction of answer.top) {
    const item = document.createElement('li');
    item.className = 'prediction';
    const row = document.createElement('div');
    row.className = 'row';
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = labelOf(prediction);
    const value = document.createElement('span');
    value.className = 'percent';
    value.textContent = percent(prediction.probability);
    row.append(label, value);
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'meter');
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    bar.setAttribute('aria-valuenow', (prediction.probability * 100).toFixed(1));
    bar.setAttribute('aria-label', `${labelOf(prediction)}: ${percent(prediction.probability)}`);
    const fill = document.createElement('span');
    fill.style.width = `${Math.max(0, Math.min(100, prediction.probability * 100))}%`;
    bar.append(fill);
    item.append(row, bar);
    list.append(item);
  }
  list.hidden = false;
  const ms = answer.timing_ms;
  timing.textContent = t('timing', { decode: ms.decode, preprocess: ms.preprocess, inference: ms.inference, total: ms.total }) +
    (answer.cached ? ` · ${t('cached')}` : '');
  timing.hidden = false;
  howButton.hidden = false;
}

function announce(): void {
  if (!answer) return;
  const best = answer.top[0];
  announcer.textContent = t('announce', { label: labelOf(best), percent: percent(best.probability) });
}

function topCount(): number {
  const n = Math.round(Number(topInput.value));
  const clamped = Number.isFinite(n) ? Math.min(model.max_top, Math.max(1, n)) : 3;
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
  void run();
}

async function run(): Promise<void> {
  if (!file) return;
  clearError();
  hideHowItSees();
  howButton.setAttribute('aria-expanded', 'false');
  setBusy(true);
  try {
    answer = await classify(file, topCount());
    renderAnswer();
    announce();
  } catch (error) {
    answer = null;
    renderAnswer();
    const code = error instanceof ApiError ? error.code : 'unknown';
    showError(code, { message: error instanceof Error ? error.message : String(error), limit: megabytes(model.max_upload_bytes) });
  } finally {
    setBusy(false);
  }
}

function switchLanguage(next: Language): void {
  setLanguage(next, textValues());
  $('lang-en').setAttribute('aria-pressed', String(next === 'en'));
  $('lang-zh').setAttribute('aria-pressed', String(next === 'zh'));
  if (preview.src) preview.alt = t('preview');
  renderAnswer();
  if (shownError) showError(shownError.code, shownError.values);
  redrawHowItSees();
}

dropZone.addEventListener('click', () => fileInput.click());
dropZone.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    fileInput.click();
  }
});
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  choose(event.dataTransfer?.files[0]);
});
document.addEventListener('paste', (event) => {
  const pasted = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith('image/'));
  if (pasted) choose(pasted);
});
fileInput.addEventListener('change', () => {
  choose(fileInput.files?.[0]);
  fileInput.value = '';
});
classifyButton.addEventListener('click', () => void run());
topInput.addEventListener('change', () => {
  if (file && answer) void run();
});
howButton.addEventListener('click', () => {
  if (!file || !answer) return;
  const open = howButton.getAttribute('aria-expanded') === 'true';
  howButton.setAttribute('aria-expanded', String(!open));
  if (open) hideHowItSees();
  else void showHowItSees(answer.id, file, (error) => {
    const code = error instanceof ApiError ? error.code : 'unknown';
    showError(code, { message: error instanceof Error ? error.message : String(error), limit: megabytes(model.max_upload_bytes) });
  });
});
$('lang-en').addEventListener('click', () => switchLanguage('en'));
$('lang-zh').addEventListener('click', () => switchLanguage('zh'));

setLanguage(navigator.language.startsWith('zh') ? 'zh' : 'en', textValues());
switchLanguage(language());
modelInfo().then((info) => {
  model = info;
  topInput.max = String(info.max_top);
  setLanguage(language(), textValues());
}).catch(() => showError('network'));
