// Chromium's fake camera for the camera tests: a Y4M file it plays in a loop, written at test time
// from a photo, and the flags that make Chromium use it and grant it without asking.

import sharp from 'sharp';

/**
 * A Y4M video (the format Chromium's fake camera reads): the photo covering width×height, as
 * 8-bit 4:2:0 YCbCr (BT.601, full range), the same frame `frames` times, played at `fps`.
 */
export async function y4mFromPhoto(photo: string, width: number, height: number, frames: number, fps = 30): Promise<Buffer> {
  const rgb = await sharp(photo).resize(width, height, { fit: 'cover' }).removeAlpha().raw().toBuffer();
  const y = Buffer.alloc(width * height);
  const cb = Buffer.alloc((width / 2) * (height / 2));
  const cr = Buffer.alloc((width / 2) * (height / 2));
  const clip = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));
  for (let i = 0; i < width * height; i++) {
    y[i] = clip(0.299 * rgb[i * 3] + 0.587 * rgb[i * 3 + 1] + 0.114 * rgb[i * 3 + 2]);
  }
  for (let row = 0; row < height / 2; row++) {
    for (let col = 0; col < width / 2; col++) {
      let r = 0, g = 0, b = 0;
      for (const [dy, dx] of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
        const p = ((row * 2 + dy) * width + col * 2 + dx) * 3;
        r += rgb[p] / 4; g += rgb[p + 1] / 4; b += rgb[p + 2] / 4;
      }
      cb[row * (width / 2) + col] = clip(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      cr[row * (width / 2) + col] = clip(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, cb, cr]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]);
}

/** Chromium's flags for a fake camera that plays `y4m` and is granted without a prompt. */
export function fakeCameraArgs(y4m: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`];
}
