// A camera, classified live on this device: nothing is uploaded.
//
//   const stream = await openCamera();                  // the back camera where there is one
//   video.srcObject = stream; await video.play();
//   const live = classifyVideo(model, video, { topK: 3, onFrame: (f) => draw(f.top, f.fps) });
//   …
//   live.stop(); stopCamera(stream);                     // the camera's light goes off
//
// Each frame is read at the video's own size and preprocessed exactly as a photo of that size
// would be (Resize(256) + CenterCrop(224), Pillow's arithmetic: src/image/pixelsToTensor.ts), so a
// frame saved losslessly and classified by the Node library gives the same answer.
//
// One frame is in flight at a time: the next is read only after the previous one's answer, from
// whatever the video shows then. Frames that arrive meanwhile are dropped, never queued, so the
// answer never lags behind the camera by more than one inference.

import type { Lang } from '../labels/labelSet.js';
import type { Prediction } from '../classifier/predictions.js';
import type { Tensor } from '../tensor/tensor.js';

/** Why the camera could not be opened, as a code a page can translate. */
export type CameraProblem =
  | 'insecure'      // the page is not https:// or localhost: browsers give cameras only to secure pages
  | 'unsupported'   // no navigator.mediaDevices.getUserMedia in this browser
  | 'denied'        // the visitor (or a policy) refused the permission
  | 'no_camera'     // no camera, or none that satisfies the constraints
  | 'busy'          // the camera is in use by another program, or the system failed to start it
  | 'failed';       // anything else

export class CameraError extends Error {
  override readonly name = 'CameraError';
  constructor(readonly code: CameraProblem, message: string) {
    super(message);
  }
}

export interface OpenCameraOptions {
  /** "environment" (default: the back camera on a phone, any camera elsewhere) or "user". */
  facingMode?: 'environment' | 'user';
  /** The frame size asked for (the camera picks the nearest it has); default 640×480. */
  width?: number;
  height?: number;
}

/**
 * A video stream from a camera, the back one preferred. The network sees 224×224 pixels, so the
 * default 640×480 is plenty, and a larger frame would only cost more to read.
 */
export async function openCamera(options: OpenCameraOptions = {}): Promise<MediaStream> {
  if (globalThis.isSecureContext === false) {
    throw new CameraError('insecure', `browsers give cameras only to secure pages (https://, or http://localhost); this page is ${globalThis.location?.origin ?? 'not secure'}`);
  }
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices || typeof devices.getUserMedia !== 'function') {
    throw new CameraError('unsupported', 'this browser gives pages no camera (navigator.mediaDevices.getUserMedia is missing)');
  }
  try {
    return await devices.getUserMedia({
      audio: false,
      video: {
        facingMode: { ideal: options.facingMode ?? 'environment' },
        width: { ideal: options.width ?? 640 },
        height: { ideal: options.height ?? 480 },
      },
    });
  } catch (error) {
    throw cameraError(error);
  }
}

/** getUserMedia's DOMExceptions, by name, as CameraErrors. */
export function cameraError(error: unknown): CameraError {
  if (error instanceof CameraError) return error;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new CameraError('denied', `the permission to use the camera was refused${detail}`);
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new CameraError('no_camera', `no camera was found${detail}`);
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new CameraError('busy', `the camera could not be started; another program may be using it${detail}`);
    default:
      return new CameraError('failed', `the camera could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Stops every track of the stream: the browser releases the camera (and its light goes off). */
export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** What classifyVideo needs of a model (the browser library's Classifier has it). */
export interface FrameClassifier {
  preprocess(input: ImageData): Promise<{ tensor: Tensor }>;
  classify(input: Tensor, options: { topK?: number; lang?: Lang }): Promise<Prediction[]>;
}

export interface LiveFrame {
  top: Prediction[];
  /** The frame that was classified, at the video's size: what the answer is about. */
  pixels: ImageData;
  timing_ms: {
    /** Reading the frame's pixels from the video. */
    capture: number;
    /** Resize(256) + CenterCrop(224) + normalise. */
    preprocess: number;
    inference: number;
  };
  /** Frames classified per second, over the last two seconds. */
  fps: number;
  /** Frames classified since classifyVideo was called. */
  count: number;
}

export interface LiveOptions {
  topK?: number;
  lang?: Lang;
  /** Called with each frame's answer. */
  onFrame(frame: LiveFrame): void;
  /** Called once if classifying fails; the loop then stops. */
  onError?(error: Error): void;
}

export interface LiveClassification {
  /** Stops reading frames (the answer in flight is still delivered); resume() starts again. */
  pause(): void;
  resume(): void;
  /** Stops for good; no onFrame after this returns. The stream is the caller's to stop. */
  stop(): void;
  readonly running: boolean;
}

/** The window over which frames per second are counted. */
const FPS_WINDOW_MS = 2000;

/**
 * Classifies what `video` shows, one frame at a time, for as long as it runs. Frames are read when
 * the video has a new one (requestVideoFrameCallback, else the next animation frame), never while
 * the tab is hidden, and never while the previous frame is still being classified.
 */
export function classifyVideo(model: FrameClassifier, video: HTMLVideoElement, options: LiveOptions): LiveClassification {
  let running = true;
  let stopped = false;
  let inFlight = false;
  let scheduled = false;
  let count = 0;
  const finished: number[] = [];
  let canvas: OffscreenCanvas | null = null;
  let context: OffscreenCanvasRenderingContext2D | null = null;
  let copyToWorks = true;

  const schedule = (): void => {
    if (!running || stopped || inFlight || scheduled) return;
    scheduled = true;
    const next = (): void => {
      scheduled = false;
      void step();
    };
    if (typeof video.requestVideoFrameCallback === 'function' && !video.paused) video.requestVideoFrameCallback(next);
    else requestAnimationFrame(next);
  };

  /**
   * The video's current frame at its own size. VideoFrame.copyTo converts it to RGBA in one step
   * (half the time of drawing it on a canvas and reading that back, measured in Chromium 156, with
   * the same bytes); the canvas is the fallback.
   */
  const capture = async (): Promise<ImageData | null> => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (video.readyState < 2 || width === 0 || height === 0) return null;
    if (typeof VideoFrame === 'function' && copyToWorks) {
      let frame: VideoFrame | null = null;
      try {
        frame = new VideoFrame(video);
        // The visible rectangle, at the size the video reports (a frame scaled for display is not).
        if (frame.visibleRect?.width === width && frame.visibleRect.height === height) {
          const data = new Uint8ClampedArray(width * height * 4);
          const layout = await frame.copyTo(data, { format: 'RGBA' });
          if (layout.length === 1 && layout[0].offset === 0 && layout[0].stride === width * 4) return new ImageData(data, width, height);
        }
      } catch {
        copyToWorks = false;
      } finally {
        frame?.close();
      }
    }
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      context = canvas.getContext('2d', { willReadFrequently: true, alpha: false, colorSpace: 'srgb' });
      if (!context) throw new Error('this browser gives no 2D canvas to read the camera\u2019s frames from');
    }
    context!.drawImage(video, 0, 0, width, height);
    return context!.getImageData(0, 0, width, height, { colorSpace: 'srgb' });
  };

  const step = async (): Promise<void> => {
    if (!running || stopped || inFlight) return;
    if (document.visibilityState === 'hidden') return;     // visibilitychange resumes
    inFlight = true;
    try {
      const started = performance.now();
      const pixels = await capture();
      if (pixels) {
        const captured = performance.now();
        const { tensor } = await model.preprocess(pixels);
        const preprocessed = performance.now();
        const top = await model.classify(tensor, { topK: options.topK ?? 3, lang: options.lang ?? 'en' });
        const done = performance.now();
        finished.push(done);
        while (finished.length > 1 && finished[0] < done - FPS_WINDOW_MS) finished.shift();
        const fps = finished.length > 1 ? ((finished.length - 1) * 1000) / (done - finished[0]) : 0;
        count++;
        if (!stopped) {
          options.onFrame({
            top, pixels, fps, count,
            timing_ms: { capture: captured - started, preprocess: preprocessed - captured, inference: done - preprocessed },
          });
        }
      }
    } catch (error) {
      running = false;
      if (!stopped) options.onError?.(error instanceof Error ? error : new Error(String(error)));
    } finally {
      inFlight = false;
    }
    schedule();
  };

  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') schedule();
  };
  document.addEventListener('visibilitychange', onVisibility);
  schedule();

  return {
    pause() {
      running = false;
      finished.length = 0;
    },
    resume() {
      if (stopped) return;
      running = true;
      schedule();
    },
    stop() {
      stopped = true;
      running = false;
      document.removeEventListener('visibilitychange', onVisibility);
    },
    get running() {
      return running && !stopped;
    },
  };
}
