// The Camera view: the camera's picture, classified live in this browser (the library's
// classifyVideo, src/browser/camera.ts), with the top 3, the frames per second and the inference
// time over the video. No frame is uploaded. "Freeze" keeps the frame the answer is about and
// hands both to the classify view (app.ts), where "How it sees" opens on it.
//
// The camera is on only while it is needed: it is released when the view is left, when the tab is
// hidden (and opened again when it shows) and while a frame is frozen. Where the browser cannot
// classify on the device (no WebAssembly SIMD), the visitor may send one snapshot to the server.

import { ApiError, type Prediction } from './api.js';
import { errorText, t } from './i18n.js';
import { labelAndPercent } from './predictionBars.js';
import { deviceLibrary, type DeviceModel, type LiveClassification, type LiveFrame } from './onDevice.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const view = $<HTMLElement>('camera');
const video = $<HTMLVideoElement>('camera-video');
const still = $<HTMLCanvasElement>('camera-still');
const overlay = $<HTMLElement>('camera-overlay');
const topList = $<HTMLOListElement>('camera-top');
const stats = $<HTMLElement>('camera-stats');
const message = $<HTMLElement>('camera-message');
const freezeButton = $<HTMLButtonElement>('camera-freeze');
const snapshotButton = $<HTMLButtonElement>('camera-snapshot');

/** A frozen frame: its pixels as a lossless PNG file, and the answer about exactly those pixels. */
export interface FrozenFrame {
  file: File;
  frame: LiveFrame;
}

export interface CameraHooks {
  /** Whether this browser can classify on the device. */
  canDevice: boolean;
  /** The model, loaded once (the page shows the download). */
  model(): Promise<DeviceModel>;
  /** How many classes the frozen answer shows (the overlay shows 3). */
  topK(): number;
  /** A frame was frozen (its answer goes to the results), or the view went live again (null). */
  frozen(frozen: FrozenFrame | null): void;
  /** The visitor agreed to send this one snapshot to the server. */
  snapshot(file: File): void;
}

type State = 'off' | 'starting' | 'live' | 'frozen' | 'failed';

let hooks: CameraHooks;
let state: State = 'off';
let stream: MediaStream | null = null;
let live: LiveClassification | null = null;
let last: LiveFrame | null = null;
let shownProblem: { code: string; values: Record<string, string | number> } | null = null;
/** Counts starts, so a camera that opens after the view was left (or restarted) is released at once. */
let generation = 0;

export function initCamera(given: CameraHooks): void {
  hooks = given;
  freezeButton.addEventListener('click', () => void (state === 'frozen' ? resume() : freeze()));
  snapshotButton.addEventListener('click', () => void sendSnapshot());
  document.addEventListener('visibilitychange', () => {
    if (state === 'off' || state === 'frozen' || state === 'failed') return;
    if (document.visibilityState === 'hidden') release();
    else void start();
  });
}

/** Opens the view and starts the camera. */
export function enterCamera(): void {
  view.hidden = false;
  last = null;
  still.hidden = true;
  topList.replaceChildren();
  stats.textContent = '';
  void start();
}

/** Closes the view and releases the camera. */
export function leaveCamera(): void {
  release();
  state = 'off';
  view.hidden = true;
  still.hidden = true;
  last = null;
}

/** Re-draws the view's texts in the current language. */
export function redrawCamera(): void {
  if (last) drawFrame(last);
  drawControls();
  if (shownProblem) showProblem(shownProblem.code, shownProblem.values);
}

function release(): void {
  generation++;
  live?.stop();
  live = null;
  for (const track of stream?.getTracks() ?? []) track.stop();
  stream = null;
  video.srcObject = null;
}

async function start(): Promise<void> {
  const mine = ++generation;
  state = 'starting';
  clearProblem();
  stats.textContent = t('cameraStarting');
  drawControls();
  try {
    const library = await deviceLibrary();
    const opened = await library.openCamera({ facingMode: 'environment' });
    if (mine !== generation) {
      library.stopCamera(opened);
      return;
    }
    stream = opened;
    video.srcObject = opened;
    await video.play();
    if (mine !== generation) return;
    if (!hooks.canDevice) {
      state = 'live';
      stats.textContent = '';
      showProblem('camera_no_simd');
      snapshotButton.hidden = false;
      drawControls();
      return;
    }
    const model = await hooks.model();
    if (mine !== generation) return;
    stats.textContent = t('cameraFirstFrame');
    live = library.classifyVideo(model, video, {
      topK: Math.max(3, hooks.topK()), lang: 'both',
      onFrame: (frame) => {
        if (mine !== generation || state !== 'live') return;
        last = frame;
        drawFrame(frame);
      },
      onError: (error) => {
        if (mine !== generation) return;
        fail('device_failed', { message: error.message });
      },
    });
    state = 'live';
    drawControls();
  } catch (error) {
    if (mine !== generation) return;
    // The library's CameraError (its code says what to tell), or the page's ApiError (loading the model).
    const code = error instanceof ApiError ? error.code
      : error instanceof Error && 'code' in error ? `camera_${String((error as { code: unknown }).code)}` : 'camera_failed';
    fail(code, { message: error instanceof Error ? error.message : String(error) });
  }
}

function fail(code: string, values: Record<string, string | number>): void {
  release();
  state = 'failed';
  stats.textContent = '';
  showProblem(code, values);
  drawControls();
}

/** Keeps the last classified frame and its answer, and releases the camera. */
async function freeze(): Promise<void> {
  if (state !== 'live' || !last) return;
  const frame = last;
  state = 'frozen';
  release();
  still.width = frame.pixels.width;
  still.height = frame.pixels.height;
  still.getContext('2d')!.putImageData(frame.pixels, 0, 0);
  still.hidden = false;
  drawFrame(frame);
  drawControls();
  hooks.frozen({ file: await pngFile(still, 'camera-frame.png'), frame });
}

function resume(): void {
  if (state !== 'frozen') return;
  still.hidden = true;
  hooks.frozen(null);
  void start();
}

/** One frame of the camera, now, sent to the server with the visitor's consent (the button). */
async function sendSnapshot(): Promise<void> {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!stream || width === 0 || height === 0) return;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(video, 0, 0, width, height);
  hooks.snapshot(await pngFile(canvas, 'camera-snapshot.png'));
}

function pngFile(canvas: HTMLCanvasElement, name: string): Promise<File> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => blob ? resolve(new File([blob], name, { type: 'image/png' })) : reject(new Error('the frame could not be saved')), 'image/png');
  });
}

function drawFrame(frame: LiveFrame): void {
  topList.replaceChildren(...frame.top.slice(0, 3).map(overlayItem));
  overlay.hidden = false;
  stats.textContent = state === 'frozen'
    ? t('cameraFrozenStats', { ms: Math.round(frame.timing_ms.inference) })
    : t('cameraStats', { fps: frame.fps.toFixed(1), ms: Math.round(frame.timing_ms.inference) });
}

function overlayItem(prediction: Prediction, rank: number): HTMLLIElement {
  const item = document.createElement('li');
  if (rank === 0) item.className = 'best';
  item.append(...labelAndPercent(prediction));
  return item;
}

function drawControls(): void {
  view.dataset.state = state;
  freezeButton.textContent = state === 'frozen' ? t('resume') : t('freeze');
  freezeButton.disabled = !(state === 'frozen' || (state === 'live' && hooks.canDevice));
  freezeButton.hidden = !hooks.canDevice;
  snapshotButton.textContent = t('snapshot');
  snapshotButton.hidden = hooks.canDevice || state !== 'live';
}

function showProblem(code: string, values: Record<string, string | number> = {}): void {
  shownProblem = { code, values };
  message.textContent = errorText(code, values);
  message.hidden = false;
}

function clearProblem(): void {
  shownProblem = null;
  message.hidden = true;
}
