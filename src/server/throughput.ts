// How fast the service is actually answering: images per second of busy time, over a window of
// recent completions. This is what a 503's Retry-After is computed from.
//
// Why busy time: after an idle minute, "images answered in the last minute" would say the service
// is slow. So the clock runs only while work is pending: each completion is charged the time since
// the previous completion, or since the work began if the service was idle in between.
//
// Why a window, not the last batch: batches differ (1 image or 8, a photo or a 40-megapixel
// decode), and one small batch at the end of a burst made the old estimate 2.6× too long.

export interface ThroughputOptions {
  /** How far back completions count, in ms (default 30 s). */
  windowMs?: number;
  /** Time source in ms (default performance.now); tests pass their own. */
  clock?: () => number;
}

interface Completion {
  at: number;
  images: number;
  busyMs: number;
}

/** With no completion in the window, the most recent this many still count. */
const MIN_COMPLETIONS = 8;
const MAX_COMPLETIONS = 256;

export class ThroughputMeter {
  private readonly completions: Completion[] = [];
  private readonly windowMs: number;
  private readonly clock: () => number;
  private pending = 0;
  /** Where the busy time not yet charged to a completion began. */
  private mark = 0;

  constructor(options: ThroughputOptions = {}) {
    this.windowMs = options.windowMs ?? 30_000;
    this.clock = options.clock ?? (() => performance.now());
  }

  /** Work for `count` images entered the pipeline. */
  started(count = 1): void {
    if (this.pending === 0) this.mark = this.clock();
    this.pending += count;
  }

  /** `answered` images came out with an answer; `dropped` more left without one (refused, cancelled). */
  finished(answered: number, dropped = 0): void {
    this.pending = Math.max(0, this.pending - answered - dropped);
    if (answered === 0) return;
    const now = this.clock();
    this.completions.push({ at: now, images: answered, busyMs: now - this.mark });
    if (this.completions.length > MAX_COMPLETIONS) this.completions.shift();
    this.mark = now;
  }

  /** Images answered per second of busy time over the window, or null before the first answer. */
  imagesPerSecond(): number | null {
    const since = this.clock() - this.windowMs;
    let first = this.completions.findIndex((c) => c.at >= since);
    if (first < 0 || this.completions.length - first < MIN_COMPLETIONS) first = Math.max(0, this.completions.length - MIN_COMPLETIONS);
    let images = 0;
    let busyMs = 0;
    for (let i = first; i < this.completions.length; i++) {
      images += this.completions[i].images;
      busyMs += this.completions[i].busyMs;
    }
    if (images === 0) return null;
    return (images * 1000) / Math.max(busyMs, 1);
  }

  /** Whole seconds until `ahead` images have been answered at the measured rate (at least 1; 1 image/s before any measurement). */
  secondsFor(ahead: number): number {
    const rate = this.imagesPerSecond() ?? 1;
    return Math.min(3600, Math.max(1, Math.ceil(ahead / rate)));
  }
}
