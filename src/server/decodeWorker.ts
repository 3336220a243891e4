// Entry point of a decode worker thread (decodePool.ts): encoded bytes → the normalised
// [3, 224, 224] tensor, by exactly the library's code (loadRgb, resizeAndCrop, normalize: what
// preprocess() runs), so the answer is bit-identical to decoding on the main thread.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { ImageDecodeError } from '../image/imageDecodeError.js';
import { normalize } from '../image/normalize.js';
import { loadRgb, resizeAndCrop } from '../image/preprocess.js';
import { lowerThisThread } from './threadPriority.js';

export interface DecodeRequest {
  id: number;
  bytes: Uint8Array;
  autoOrient: boolean;
  maxPixels: number;
}

export type DecodeReply =
  | { id: number; ok: true; data: Float32Array; width: number; height: number; format: string; decodeMs: number; preprocessMs: number }
  | { id: number; ok: false; error: { decodeCode?: ImageDecodeError['code']; message: string } };

// libvips' operation cache would keep recent decodes alive: memory the budget does not count.
sharp.cache(false);
// The event loop answers first (threadPriority.ts).
lowerThisThread();

// The decoded image (120 MB for 40 megapixels) is garbage once the tensor is made, but V8 frees it
// only at its next collection, which the next decode, all in native memory, does not trigger: the
// previous image then stays beside the next one, 50–110 MB past what the budget reserved for it
// (bench/hostile.ts formats). So the worker collects after each decode (a few ms, on this thread).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const port = parentPort!;
port.on('message', (request: DecodeRequest) => {
  void decode(request).then((reply) => {
    port.postMessage(reply, reply.ok ? [reply.data.buffer as ArrayBuffer] : []);
    collect();
  });
});

async function decode({ id, bytes, autoOrient, maxPixels }: DecodeRequest): Promise<DecodeReply> {
  try {
    const t0 = performance.now();
    const { rgb, format } = await loadRgb(bytes, { autoOrient, maxPixels });
    const t1 = performance.now();
    const tensor = normalize(resizeAndCrop(rgb));
    const t2 = performance.now();
    return { id, ok: true, data: tensor.data, width: rgb.width, height: rgb.height, format, decodeMs: t1 - t0, preprocessMs: t2 - t1 };
  } catch (error) {
    if (error instanceof ImageDecodeError) return { id, ok: false, error: { decodeCode: error.code, message: error.message } };
    return { id, ok: false, error: { message: error instanceof Error ? error.stack ?? error.message : String(error) } };
  }
}
