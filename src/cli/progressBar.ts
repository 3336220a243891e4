// A one-line progress bar on stderr, redrawn in place; drawn only when stderr is a terminal, so
// logs and pipes get no control characters.

import type { Output } from './output.js';

const WIDTH = 30;

export interface ProgressBar {
  update(done: number, total: number | undefined, detail?: string): void;
  /** Erases the bar's line, so other output can be printed in its place (the next update redraws it). */
  clear(): void;
  finish(): void;
}

export function progressBar(out: Output, label: string): ProgressBar {
  if (!out.stderrIsTTY) return { update() {}, clear() {}, finish() {} };
  let lastDrawn = 0;
  let drawn = false;
  return {
    clear() {
      if (drawn) out.stderr('\r\x1b[K');
    },
    update(done, total, detail = '') {
      const now = Date.now();
      if (drawn && now - lastDrawn < 100 && done !== total) return;
      lastDrawn = now;
      drawn = true;
      const fraction = total ? Math.min(done / total, 1) : 0;
      const bar = total ? '#'.repeat(Math.round(fraction * WIDTH)).padEnd(WIDTH, '.') : '?'.repeat(WIDTH);
      const percent = total ? `${(fraction * 100).toFixed(0).padStart(3)}%` : '';
      out.stderr(`\r${label} [${bar}] ${percent} ${detail}\x1b[K`);
    },
    finish() {
      if (drawn) out.stderr('\r\x1b[K');
    },
  };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
