// The static site's page (resnet18 export-web): loads the model from the weights beside it, then
// classifies photos on this device. It uses the library exactly as any page can:
// import { loadModel } from './resnet18.js'. It speaks English and Chinese (the browser's language
// first, a button to switch); what only the site's owner can act on (the engine's note that the
// site is served without cross-origin isolation) goes to the browser's console, not to visitors.

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

const TEXTS = {
  en: {
    title: 'ResNet-18 image classifier',
    subtitle: 'Runs on this device, in your browser: the photo is never uploaded.',
    model: 'Model', photo: 'Photo', results: 'What ResNet-18 sees',
    drop: 'Drop a photo here, paste one, or choose a file',
    loading: 'Loading the model…',
    downloading: 'Downloading the model (once): {loaded}{total}', readingCache: 'Reading the model from this browser\u2019s cache: {loaded}{total}',
    of: ' of {total}',
    ready: 'Ready in {ms} ms (weights {source}).', fromCache: 'from the cache', downloaded: 'downloaded',
    engine: 'Engine: {backend}, {workers} ({where}).', oneWorker: '1 worker', workers: '{count} workers',
    'web workers': 'web workers', 'main thread': 'main thread',
    classified: 'Classified in {ms} ms on this device.', classifiedTitle: 'Computed in this browser by {backend}',
    failed: 'The model could not be loaded.', other: '中文',
    empty: 'That file is empty.', corrupt: 'That image is damaged or cut short, so it cannot be read.',
    unsupported_format: 'This browser cannot read that file as an image (JPEG, PNG, WebP, GIF, BMP and AVIF work; TIFF does not).',
    too_large: 'That image has too many pixels to decode in this browser. Try a smaller version.',
  },
  zh: {
    title: 'ResNet-18 图像分类',
    subtitle: '在本设备的浏览器中运行：照片不会上传。',
    model: '模型', photo: '照片', results: 'ResNet-18 看到了什么',
    drop: '把照片拖到这里、粘贴，或选择文件',
    loading: '正在加载模型…',
    downloading: '正在下载模型（只需一次）：{loaded}{total}', readingCache: '正在从浏览器缓存读取模型：{loaded}{total}',
    of: ' / {total}',
    ready: '已就绪，用时 {ms} 毫秒（{source}）。', fromCache: '权重来自缓存', downloaded: '权重已下载',
    engine: '引擎：{backend}，{workers}（{where}）。', oneWorker: '1 个工作线程', workers: '{count} 个工作线程',
    'web workers': 'Web Worker', 'main thread': '页面主线程',
    classified: '在本设备上分类，用时 {ms} 毫秒。', classifiedTitle: '在浏览器中由 {backend} 计算',
    failed: '无法加载模型。', other: 'English',
    empty: '这个文件是空的。', corrupt: '这张图片已损坏或不完整，无法读取。',
    unsupported_format: '此浏览器无法把这个文件当作图片读取（支持 JPEG、PNG、WebP、GIF、BMP 和 AVIF，不支持 TIFF）。',
    too_large: '图片像素太多，浏览器无法解码。请换一张较小的图片。',
  },
};
type Key = keyof typeof TEXTS.en;
let lang: 'en' | 'zh' = navigator.language.startsWith('zh') ? 'zh' : 'en';
const t = (key: Key, values: Record<string, string | number> = {}): string =>
  TEXTS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));

/** What the page shows, kept so that a change of language re-draws it. */
const shown: {
  status: () => string; runtime?: () => string; timing?: () => string; timingTitle?: () => string; top?: Prediction[]; error?: () => string;
} = {
  status: () => t('loading'),
};

function draw(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = t('title');
  for (const e of document.querySelectorAll<HTMLElement>('[data-text]')) e.textContent = t(e.dataset.text as Key);
  const toggle = element<HTMLButtonElement>('lang');
  toggle.textContent = t('other');
  toggle.lang = lang === 'zh' ? 'en' : 'zh-Hans';
  status.textContent = shown.status();
  const runtime = element<HTMLParagraphElement>('runtime');
  runtime.hidden = !shown.runtime;
  if (shown.runtime) runtime.textContent = shown.runtime();
  timing.hidden = !shown.timing;
  if (shown.timing) {
    timing.textContent = shown.timing();
    timing.title = shown.timingTitle?.() ?? '';
  }
  if (shown.top) show(shown.top);
  if (shown.error) errorText.textContent = shown.error();
}

/** Shows an error: a text, or a function that makes it in the current language (re-made by draw()). */
function showError(message: string | (() => string)): void {
  shown.error = typeof message === 'string' ? () => message : message;
  errorText.textContent = shown.error();
  errorText.hidden = false;
}

async function start(): Promise<Classifier> {
  const started = performance.now();
  const model = await loadModel({
    weights: meta('resnet18-weights'),
    sha256: meta('resnet18-weights-sha256') || undefined,
    onProgress: ({ loaded, total, fromCache }) => {
      const values = { loaded: megabytes(loaded), total: total ? t('of', { total: megabytes(total) }) : '' };
      shown.status = () => t(fromCache ? 'readingCache' : 'downloading', values);
      status.textContent = shown.status();
      if (total) progress.value = loaded / total;
    },
  });
  progress.hidden = true;
  const r = model.runtime;
  const ms = Math.round(performance.now() - started);
  shown.status = () => t('ready', { ms, source: t(model.weights.fromCache ? 'fromCache' : 'downloaded') });
  shown.runtime = () => t('engine', { backend: r.backend, workers: r.workers === 1 ? t('oneWorker') : t('workers', { count: r.workers }),
    where: r.where === 'web workers' || r.where === 'main thread' ? t(r.where) : r.where,
  });
  // Only the site's owner can act on this (serve the isolation headers): the console, not the page.
  if (r.note) console.info(`resnet18-ts: ${r.note}`);
  draw();
  document.body.dataset.ready = 'true';
  return model;
}

function show(top: Prediction[]): void {
  list.replaceChildren(...top.map((p) => {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = lang === 'zh' && p.label_zh ? p.label_zh : p.label;
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
  shown.status = () => t('failed');
  status.textContent = shown.status();
  showError(error.message);
  throw error;
});

initCamera(ready, () => navigator.language.startsWith('zh') ? 'both' : 'en');

async function classify(file: Blob): Promise<void> {
  errorText.hidden = true;
  shown.error = undefined;
  list.replaceChildren();
  shown.top = shown.timing = undefined;
  timing.hidden = true;
  if (preview.src) URL.revokeObjectURL(preview.src);
  preview.src = URL.createObjectURL(file);
  preview.hidden = false;
  try {
    const model = await ready;
    const started = performance.now();
    const top = await model.classify(file, { topK: 5, lang: 'both' });
    const ms = Math.round(performance.now() - started);
    shown.top = top;
    shown.timing = () => t('classified', { ms });
    shown.timingTitle = () => t('classifiedTitle', { backend: model.runtime.backend });
    draw();
  } catch (error) {
    // The library's image errors carry ImageDecodeError's codes: said in the page's language.
    const e = error as { name?: string; code?: string; message: string };
    const known = e.name === 'ImageDecodeError' && e.code && e.code in TEXTS.en ? e.code as Key : undefined;
    showError(known ? () => t(known) : e.message);
  }
}

element('lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  draw();
});
draw();
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
