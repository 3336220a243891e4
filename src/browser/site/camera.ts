// The static site's camera: the camera's picture classified live on this device (the library's
// classifyVideo, src/browser/camera.ts), the top 3, frames per second and inference time over it,
// and "Freeze". The camera is released when the visitor stops it, while the tab is hidden and while
// a frame is frozen. Nothing is uploaded: the site has no server to upload to.

import { classifyVideo, openCamera, stopCamera, type CameraProblem, type Classifier, type LiveClassification, type LiveFrame } from '../index.js';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What to tell the visitor, by the library's CameraError code. */
const PROBLEMS: Record<CameraProblem, string> = {
  insecure: 'Browsers give the camera only to secure pages: open this site over https:// (or http://localhost).',
  unsupported: 'This browser gives web pages no camera.',
  denied: 'The permission to use the camera was refused. Allow the camera for this site (the icon in the address bar), then press \u201cCamera\u201d again.',
  no_camera: 'No camera was found on this device.',
  busy: 'The camera could not be started: another program may be using it. Close that program, then press \u201cCamera\u201d again.',
  failed: 'The camera could not be opened.',
};

export function initCamera(ready: Promise<Classifier>, language: () => 'en' | 'both'): void {
  const toggle = element<HTMLButtonElement>('camera-toggle');
  const panel = element<HTMLElement>('camera');
  const video = element<HTMLVideoElement>('camera-video');
  const still = element<HTMLCanvasElement>('camera-still');
  const top = element<HTMLOListElement>('camera-top');
  const stats = element<HTMLParagraphElement>('camera-stats');
  const message = element<HTMLParagraphElement>('camera-message');
  const freeze = element<HTMLButtonElement>('camera-freeze');

  let on = false;
  let frozen = false;
  let stream: MediaStream | null = null;
  let live: LiveClassification | null = null;
  let last: LiveFrame | null = null;
  let generation = 0;

  const release = (): void => {
    generation++;
    live?.stop();
    live = null;
    stopCamera(stream);
    stream = null;
    video.srcObject = null;
  };

  const draw = (frame: LiveFrame): void => {
    top.replaceChildren(...frame.top.slice(0, 3).map((p, rank) => {
      const item = document.createElement('li');
      if (rank === 0) item.className = 'best';
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = p.label_zh ? `${p.label} · ${p.label_zh}` : p.label;
      const percent = document.createElement('span');
      percent.textContent = `${(p.probability * 100).toFixed(1)} %`;
      item.append(label, percent);
      return item;
    }));
    stats.textContent = frozen ? `Frozen · inference ${Math.round(frame.timing_ms.inference)} ms`
      : `${frame.fps.toFixed(1)} fps · inference ${Math.round(frame.timing_ms.inference)} ms`;
  };

  const start = async (): Promise<void> => {
    const mine = ++generation;
    message.hidden = true;
    stats.textContent = 'Starting the camera…';
    freeze.disabled = true;
    try {
      const opened = await openCamera();
      if (mine !== generation) return stopCamera(opened);
      stream = opened;
      video.srcObject = opened;
      await video.play();
      const model = await ready;
      if (mine !== generation) return;
      live = classifyVideo(model, video, {
        topK: 3, lang: language(),
        onFrame: (frame) => {
          if (mine !== generation) return;
          last = frame;
          freeze.disabled = false;
          draw(frame);
        },
        onError: (error) => fail(error.message),
      });
    } catch (error) {
      if (mine !== generation) return;
      const code = (error as { code?: CameraProblem }).code;
      fail(code && code in PROBLEMS ? `${PROBLEMS[code]} (${(error as Error).message})` : (error as Error).message);
    }
  };

  const fail = (text: string): void => {
    release();
    stats.textContent = '';
    message.textContent = text;
    message.hidden = false;
  };

  const setFrozen = (next: boolean): void => {
    frozen = next;
    panel.dataset.state = next ? 'frozen' : 'live';
    freeze.textContent = next ? 'Resume' : 'Freeze';
    still.hidden = !next;
    video.hidden = next;
  };

  toggle.addEventListener('click', () => {
    on = !on;
    toggle.setAttribute('aria-pressed', String(on));
    panel.hidden = !on;
    setFrozen(false);
    last = null;
    top.replaceChildren();
    if (on) void start();
    else release();
  });
  freeze.addEventListener('click', () => {
    if (frozen) {
      setFrozen(false);
      void start();
      return;
    }
    if (!last) return;
    release();
    still.width = last.pixels.width;
    still.height = last.pixels.height;
    still.getContext('2d')!.putImageData(last.pixels, 0, 0);
    setFrozen(true);
    freeze.disabled = false;
    draw(last);
  });
  document.addEventListener('visibilitychange', () => {
    if (!on || frozen) return;
    if (document.visibilityState === 'hidden') release();
    else void start();
  });
}
