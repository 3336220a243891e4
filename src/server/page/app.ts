// The classify view: choose a photo (drop, paste, pick), classify it, draw the top classes as
// labelled bars; or the Camera view (camera.ts), classified live, whose frozen frames are drawn here. Where it is classified is the visitor's choice: "On this device" (the default
// where the browser can: the browser library, onDevice.ts, nothing uploaded) or "On the server"
// (/api/classify). Everything is in English and Chinese (i18n.ts); the answer carries both
// languages' labels, so switching language re-draws without classifying again.

import { ApiError, classify, modelInfo, type ClassifyAnswer, type ModelInfo, type Prediction } from './api.js';
import {
  classifyOnDevice, deviceCapable, deviceError, deviceModel, formatName, NOT_IN_BROWSERS,
  type DeviceAnswer, type DeviceModel, type DeviceRuntime, type LoadProgress,
} from './onDevice.js';
import { enterCamera, initCamera, leaveCamera, redrawCamera, type FrozenFrame } from './camera.js';
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
const deviceButton = $<HTMLButtonElement>('mode-device');
const serverButton = $<HTMLButtonElement>('mode-server');
const modeHint = $<HTMLElement>('mode-hint');
const deviceStatus = $<HTMLElement>('device-status');
const deviceProgress = $<HTMLProgressElement>('device-progress');
const deviceText = $<HTMLElement>('device-text');
const howNote = $<HTMLElement>('how-note');
const photoButton = $<HTMLButtonElement>('source-photo');
const cameraButton = $<HTMLButtonElement>('source-camera');
const photoView = $<HTMLElement>('photo-view');
const modeSwitch = $<HTMLElement>('mode-switch');
const dropHint = $<HTMLElement>('drop-hint');
const spinnerText = $<HTMLElement>('spinner-text');

type Mode = 'device' | 'server';
/** An answer from either place; `id` names it for "How it sees" (device answers were never sent). */
type Answer =
  | { kind: 'server'; id: string; top: Prediction[]; server: ClassifyAnswer }
  | { kind: 'device'; id: string; top: Prediction[]; device: DeviceAnswer };

const canDevice = deviceCapable();
let mode: Mode = canDevice ? 'device' : 'server';
/** The on-device model's state, as last shown: weights arriving, or ready. */
let deviceState: { kind: 'loading'; progress: LoadProgress | null } | { kind: 'ready'; runtime: DeviceRuntime } | null = null;
let deviceAnswers = 0;
/** What is classified: a photo chosen, or the camera (always on the device, or one snapshot on the server). */
let view: 'photo' | 'camera' = 'photo';
/** The camera's frozen frame (or the snapshot sent), which "How it sees" opens on. */
let cameraFile: File | null = null;
/** The photo and its answer, kept while the camera is shown. */
let photoState: { answer: Answer | null } = { answer: null };

/** What the page assumes until /api/model answers (the server's defaults). */
let model: ModelInfo = {
  model: 'resnet18', classes: 1000, labels: { en: true, zh: true }, weights: { file: null, sha256: null },
  max_upload_bytes: 10_000_000, max_top: 20,
};
let file: File | null = null;
let answer: Answer | null = null;
let shownError: { code: string; values: Record<string, string | number>; offerServer: boolean } | null = null;
let previewUrl: string | null = null;
/** Counts classify requests, so an answer that arrives after a newer request was sent is dropped. */
let latestRequest = 0;

/** Sizes in MB of 10⁶ bytes, as the CLI and the README give them. */
function megabytes(bytes: number): string {
  return `${+(bytes / 1e6).toFixed(1)} MB`;
}

function fileSize(bytes: number): string {
  return bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} kB` : megabytes(bytes);
}

/** An error of the on-device path, already in the page's codes (onDevice.ts: deviceError). */
class DeviceFailure extends Error {
  constructor(readonly code: string, readonly values: Record<string, string>) {
    super(code);
  }
}

function textValues(): Record<string, string | number> {
  return { size: megabytes(model.max_upload_bytes) };
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** Shows an error; `offerServer` adds a button that classifies the photo on the server instead. */
function showError(code: string, values: Record<string, string | number> = {}, offerServer = false): void {
  shownError = { code, values, offerServer };
  errorBox.textContent = errorText(code, values);
  if (offerServer) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary error-action';
    button.textContent = t('classifyOnServer');
    button.addEventListener('click', () => setMode('server'));
    errorBox.append(' ', button);
  }
  errorBox.hidden = false;
  placeholder.hidden = true;
}

function showFailure(error: unknown): void {
  if (error instanceof DeviceFailure) {
    showError(error.code, error.values, error.code === 'device_cannot_decode');
    return;
  }
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
  drawSpinnerText();
  classifyButton.disabled = busy || file === null;
  classifyButton.setAttribute('aria-busy', String(busy));
}

function drawAnswer(): void {
  labelsNote.hidden = !(answer && language() === 'zh' && !model.labels.zh);
  placeholder.textContent = t(view === 'camera' ? 'cameraPlaceholder' : 'noResult');
  if (!answer) {
    list.replaceChildren();
    list.hidden = timing.hidden = howButton.hidden = howNote.hidden = true;
    placeholder.hidden = false;
    return;
  }
  placeholder.hidden = true;
  drawPredictions(list, answer.top);
  list.hidden = false;
  if (answer.kind === 'server') drawTiming(answer.server);
  else drawDeviceTiming(answer.device);
  timing.hidden = false;
  howButton.hidden = false;
  howNote.hidden = answer.kind !== 'device';
  drawHowButton();
}

/** On a phone the answer is below the photo: bring it into view, unless its top is already on screen. */
function scrollToAnswer(): void {
  const top = resultsPanel.getBoundingClientRect().top;
  if (top >= 0 && top < window.innerHeight * 0.6) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  resultsPanel.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
}

/** "2 workers (web workers)", in the page's language (the library says where in English). */
function workersText(r: DeviceRuntime): string {
  const where = r.where === 'web workers' ? t('whereWebWorkers') : r.where === 'main thread' ? t('whereMainThread') : r.where;
  return r.workers === 1 ? t('oneWorker', { where }) : t('workersCount', { count: r.workers, where });
}
const ms = (value: number): string => t('milliseconds', { ms: value.toFixed(1) });

function timingRows(rows: [string, string, string?][], image: { width: number; height: number; format: string }, badge: string, badgeClass: string): void {
  timing.replaceChildren(...rows.map(([name, value, details]) => {
    const cell = document.createElement('div');
    if (details) cell.title = details;
    const term = document.createElement('dt');
    term.textContent = name;
    const definition = document.createElement('dd');
    definition.textContent = value;
    cell.append(term, definition);
    return cell;
  }));
  const info = document.createElement('div');
  info.className = 'image-info';
  const term = document.createElement('dt');
  term.textContent = t('imageInfo');
  const definition = document.createElement('dd');
  definition.textContent = `${image.width} × ${image.height} ${image.format === 'camera' ? t('cameraFrame') : image.format.toUpperCase()}`;
  const source = document.createElement('dd');
  source.className = badgeClass;
  source.textContent = badge;
  info.append(term, definition, source);
  timing.prepend(info);
}

/** The photo's size and format, the server's time for each stage, and whether it was cached. */
function drawTiming(shown: ClassifyAnswer): void {
  const times = shown.timing_ms;
  timingRows([
    [t('decode'), ms(times.decode)],
    [t('preprocess'), ms(times.preprocess)],
    [t('inference'), ms(times.inference), model.backend_description ? t('inferenceServer', { backend: model.backend_description }) : undefined],
    [t('total'), ms(times.total)],
  ], shown.image, shown.cached ? t('cached') : t('computed'), shown.cached ? 'badge cached' : 'badge');
}

/** The same for a photo classified in this browser: which backend ran, on how many workers, and how long it took. */
function drawDeviceTiming(shown: DeviceAnswer): void {
  const times = shown.timing_ms;
  const r = shown.runtime;
  timingRows([
    [t('decodePreprocess'), ms(times.preprocess)],
    [t('inference'), ms(times.inference), t('inferenceDevice', { backend: r.backend, workers: workersText(r) })],
    [t('total'), ms(times.total)],
  ], shown.image, t('onThisDevice'), 'badge cached device');
}

function drawHowButton(): void {
  howButton.textContent = howButton.getAttribute('aria-expanded') === 'true' ? t('hideHowItSees') : t('howItSees');
}

function drawFooter(): void {
  const parts = [t('footer', { model: model.model, classes: model.classes })];
  if (model.weights.file) parts.push(t('footerWeights', { file: model.weights.file }));
  if (model.backend_description) parts.push(t('footerBackend', { backend: model.backend_description }));
  if (deviceState?.kind === 'ready') parts.push(t('footerDevice', { backend: deviceState.runtime.backend, workers: workersText(deviceState.runtime) }));
  footer.textContent = parts.join(' · ');
  footer.title = model.weights.sha256 ? `sha256 ${model.weights.sha256}` : '';
}

/** Whether what is shown is classified in this browser: the camera always is, where it can be. */
const onDevice = (): boolean => view === 'camera' ? canDevice : mode === 'device';

function drawMode(): void {
  photoButton.setAttribute('aria-pressed', String(view === 'photo'));
  cameraButton.setAttribute('aria-pressed', String(view === 'camera'));
  photoView.hidden = view !== 'photo';
  modeSwitch.hidden = view === 'camera';
  deviceButton.setAttribute('aria-pressed', String(mode === 'device'));
  serverButton.setAttribute('aria-pressed', String(mode === 'server'));
  deviceButton.disabled = !canDevice;
  modeHint.textContent = view === 'camera' ? (canDevice ? t('cameraHint') : '')
    : !canDevice ? t('noDevice') : mode === 'device' ? t('modeDevice') : t('modeServer');
  modeHint.hidden = modeHint.textContent === '';
  dropHint.textContent = mode === 'device' ? t('dropHintDevice') : t('dropHintServer', textValues());
  drawDeviceStatus();
}

/**
 * Loads the on-device model (the weights are downloaded once, then kept by the browser), showing
 * its progress; started as soon as "On this device" is the mode, not when the first photo comes.
 */
async function loadDeviceModel(): Promise<void> {
  if (deviceState?.kind === 'ready') return;
  if (!deviceState) {
    deviceState = { kind: 'loading', progress: null };
    drawDeviceStatus();
  }
  try {
    const { runtime } = await deviceModel(showLoadProgress);
    deviceState = { kind: 'ready', runtime };
    drawFooter();
  } catch (error) {
    deviceState = null;
    throw new ApiError('device_load', error instanceof Error ? error.message : String(error));
  } finally {
    drawDeviceStatus();
  }
}

/** Starts loading the model ahead of the first photo; a failure is shown when a photo needs the model. */
function preloadDeviceModel(): void {
  if (mode === 'device' && canDevice) loadDeviceModel().catch(() => {});
}

/** The first photo on the device waits for the weights: the spinner says so, not "Classifying…". */
function drawSpinnerText(): void {
  const waiting = mode === 'device' && deviceState?.kind === 'loading';
  spinnerText.textContent = !waiting ? t('working') : deviceState?.kind === 'loading' && deviceState.progress?.fromCache ? t('loadingModel') : t('downloadingModel');
}

/** The weights' download (once), then which backend the browser's model runs on. */
function drawDeviceStatus(): void {
  drawSpinnerText();
  deviceStatus.hidden = !onDevice() || deviceState === null;
  if (!deviceState) return;
  if (deviceState.kind === 'loading') {
    deviceStatus.dataset.state = 'loading';
    const p = deviceState.progress;
    if (p && p.total) deviceProgress.value = p.loaded / p.total;
    else deviceProgress.removeAttribute('value');
    deviceText.textContent = !p ? t('loadingModel')
      : p.fromCache ? t('fromCacheLoading')
      : p.total ? t('downloading', { loaded: megabytes(p.loaded), total: megabytes(p.total) })
      : t('downloadingUnknown', { loaded: megabytes(p.loaded) });
    return;
  }
  const r = deviceState.runtime;
  deviceStatus.dataset.state = 'ready';
  deviceProgress.value = 1;
  deviceText.textContent = t('modelReady', {
    ms: Math.round(r.loadMs), source: r.fromCache ? t('weightsCached') : t('weightsDownloaded'),
    backend: r.backend, workers: workersText(r),
  }) + (r.note ? ` ${r.note}` : '');
}

function showLoadProgress(progress: LoadProgress): void {
  if (deviceState?.kind === 'ready') return;
  deviceState = { kind: 'loading', progress };
  drawDeviceStatus();
}

/** Shows the photo view or the camera; the photo's answer is kept while the camera is on. */
function setView(next: 'photo' | 'camera'): void {
  if (next === view) return;
  latestRequest++;
  setBusy(false);
  clearError();
  hideHowItSees();
  howButton.setAttribute('aria-expanded', 'false');
  if (next === 'camera') {
    photoState = { answer };
    answer = null;
  } else {
    leaveCamera();
    answer = photoState.answer;
    cameraFile = null;
  }
  view = next;
  drawMode();
  drawAnswer();
  if (view === 'camera') enterCamera();
}

/** The model in this browser, loaded (the weights downloaded) at the first call. */
async function ensureDeviceModel(): Promise<DeviceModel> {
  await loadDeviceModel();
  return (await deviceModel(showLoadProgress)).model;
}

/** A frozen camera frame and its answer become the answer shown, which "How it sees" opens on. */
function showFrozen(frozen: FrozenFrame | null): void {
  hideHowItSees();
  howButton.setAttribute('aria-expanded', 'false');
  clearError();
  if (!frozen || deviceState?.kind !== 'ready') {
    cameraFile = null;
    answer = null;
    drawAnswer();
    return;
  }
  const { frame, file: frameFile } = frozen;
  const times = frame.timing_ms;
  const top = frame.top.slice(0, topCount());
  cameraFile = frameFile;
  answer = {
    kind: 'device', id: `device-${++deviceAnswers}`, top,
    device: {
      top, image: { width: frame.pixels.width, height: frame.pixels.height, format: 'camera' }, runtime: deviceState.runtime,
      timing_ms: { preprocess: times.capture + times.preprocess, inference: times.inference, total: times.capture + times.preprocess + times.inference },
    },
  };
  drawAnswer();
  announce();
}

/** One snapshot of the camera, classified on the server (the visitor pressed the button for it). */
async function classifySnapshot(snapshot: File): Promise<void> {
  const request = ++latestRequest;
  clearError();
  setBusy(true);
  try {
    const answered = await classify(snapshot, topCount());
    if (request !== latestRequest) return;
    cameraFile = snapshot;
    answer = { kind: 'server', id: answered.id, top: answered.top, server: answered };
    drawAnswer();
    announce();
  } catch (error) {
    if (request !== latestRequest) return;
    showFailure(error);
  } finally {
    if (request === latestRequest) setBusy(false);
  }
}

function setMode(next: Mode): void {
  if (next === 'device' && !canDevice) return;
  if (next === mode) return;
  mode = next;
  drawMode();
  preloadDeviceModel();
  // The photo shown is classified again where the visitor now asks.
  if (file) void run();
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
  if (view === 'camera') setView('photo');
  clearError();
  if (chosen.type && !chosen.type.startsWith('image/')) {
    showError('not_image');
    return;
  }
  if (mode === 'server' && chosen.size > model.max_upload_bytes) {
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
    if (mode === 'device') {
      const chosen = file;
      const top = topCount();
      // A format no browser but Safari reads is refused at once, with the server offered instead.
      const format = await formatName(chosen);
      if (format && NOT_IN_BROWSERS.has(format) && !/^((?!chrome|android).)*safari/i.test(navigator.userAgent)) {
        throw new DeviceFailure('device_cannot_decode', { format });
      }
      await loadDeviceModel();
      let answered: DeviceAnswer;
      try {
        answered = await classifyOnDevice(chosen, top, showLoadProgress);
      } catch (error) {
        const { code, values } = deviceError(error, format);
        throw new DeviceFailure(code, values);
      }
      if (request !== latestRequest) return;
      answer = { kind: 'device', id: `device-${++deviceAnswers}`, top: answered.top, device: answered };
    } else {
      const answered = await classify(file, topCount());
      if (request !== latestRequest) return;
      answer = { kind: 'server', id: answered.id, top: answered.top, server: answered };
    }
    drawAnswer();
    announce();
    scrollToAnswer();
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
  const shownFile = view === 'camera' ? cameraFile : file;
  if (!shownFile || !answer) return;
  const open = howButton.getAttribute('aria-expanded') === 'true';
  howButton.setAttribute('aria-expanded', String(!open));
  drawHowButton();
  if (open) {
    hideHowItSees();
    return;
  }
  howButton.setAttribute('aria-busy', 'true');
  try {
    await showHowItSees(answer.id, shownFile);
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
  drawMode();
  drawFooter();
  if (shownError) showError(shownError.code, shownError.values, shownError.offerServer);
  redrawHowItSees();
  redrawCamera();
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
  if (view === 'photo' && file && answer) void run();
});
howButton.addEventListener('click', () => void toggleHowItSees());
deviceButton.addEventListener('click', () => setMode('device'));
serverButton.addEventListener('click', () => setMode('server'));
photoButton.addEventListener('click', () => setView('photo'));
cameraButton.addEventListener('click', () => setView('camera'));
initCamera({
  canDevice,
  model: ensureDeviceModel,
  topK: topCount,
  frozen: showFrozen,
  snapshot: (snapshot) => void classifySnapshot(snapshot),
});
$('lang-en').addEventListener('click', () => switchLanguage('en'));
$('lang-zh').addEventListener('click', () => switchLanguage('zh'));

switchLanguage(navigator.language.startsWith('zh') ? 'zh' : 'en');
modelInfo().then((info) => {
  model = info;
  topInput.max = String(info.max_top);
  switchLanguage(language());
}).catch(showFailure);
preloadDeviceModel();
