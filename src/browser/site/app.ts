// The static site's page (resnet18 export-web): loads the model from the weights beside it, then
// classifies photos on this device. It uses the library exactly as any page can:
// import { loadModel } from './resnet18.js'.

import { loadModel, type Classifier, type Prediction } from '../index.js';
import { initCamera } from './camera.js';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const meta = (name: string): string => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
const status = element<HTMLParagraphElement>('status');
const progress = element<HTMLProgressElement>('progress');
const errorText = element<HTMLParagraphElement>('error');
const list = element<HTMLOListElement>('predictions');
const timing = element<HTMLParagraphElement>('timing');
const preview = element<HTMLImageElement>('preview');
const drop = element<HTMLDivElement>('drop');
const input = element<HTMLInputElement>('file');

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

function showError(message: string): void {
  errorText.textContent = message;
  errorText.hidden = false;
}

async function start(): Promise<Classifier> {
  const started = performance.now();
  const model = await loadModel({
    weights: meta('resnet18-weights'),
    sha256: meta('resnet18-weights-sha256') || undefined,
    onProgress: ({ loaded, total, fromCache }) => {
      status.textContent = `${fromCache ? 'Reading the weights from this browser\'s cache' : 'Downloading the weights'}: ` +
        `${megabytes(loaded)}${total ? ` of ${megabytes(total)}` : ''}`;
      if (total) progress.value = loaded / total;
    },
  });
  progress.hidden = true;
  const r = model.runtime;
  status.textContent = `Ready in ${Math.round(performance.now() - started)} ms (weights ${model.weights.fromCache ? 'from the cache' : 'downloaded'}).`;
  const runtime = element<HTMLParagraphElement>('runtime');
  runtime.textContent = `Engine: ${r.backend}, ${r.workers} worker${r.workers === 1 ? '' : 's'} (${r.where}).${r.note ? ` ${r.note}` : ''}`;
  runtime.hidden = false;
  document.body.dataset.ready = 'true';
  return model;
}

function show(top: Prediction[]): void {
  list.replaceChildren(...top.map((p) => {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = p.label_zh ? `${p.label} · ${p.label_zh}` : p.label;
    const percent = document.createElement('span');
    percent.className = 'percent';
    percent.textContent = `${(p.probability * 100).toFixed(1)} %`;
    const bar = document.createElement('span');
    bar.className = 'bar';
    bar.style.width = `${Math.max(1, p.probability * 100)}%`;
    item.append(label, percent, bar);
    return item;
  }));
}

const ready = start().catch((error: Error) => {
  progress.hidden = true;
  status.textContent = 'The model could not be loaded.';
  showError(error.message);
  throw error;
});

initCamera(ready, () => navigator.language.startsWith('zh') ? 'both' : 'en');

async function classify(file: Blob): Promise<void> {
  errorText.hidden = true;
  list.replaceChildren();
  timing.hidden = true;
  if (preview.src) URL.revokeObjectURL(preview.src);
  preview.src = URL.createObjectURL(file);
  preview.hidden = false;
  try {
    const model = await ready;
    const started = performance.now();
    const top = await model.classify(file, { topK: 5, lang: navigator.language.startsWith('zh') ? 'both' : 'en' });
    timing.textContent = `Classified in ${Math.round(performance.now() - started)} ms on this device, with ${model.runtime.backend}.`;
    timing.hidden = false;
    show(top);
  } catch (error) {
    showError((error as Error).message);
  }
}

input.addEventListener('change', () => { if (input.files?.[0]) void classify(input.files[0]); });
drop.addEventListener('click', () => input.click());
drop.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); input.click(); } });
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) void classify(file);
});
document.addEventListener('paste', (event) => {
  const file = event.clipboardData?.files[0];
  if (file) void classify(file);
});
