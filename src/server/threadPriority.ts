// The event loop answers first. On a machine whose cores are all busy (the engine's workers, the
// decode workers, libvips' threads, and whatever else runs there), the main thread would wait its
// turn for a core like any other thread, and /api/health could take hundreds of milliseconds to
// answer although the event loop has almost nothing to do.
//
// On Linux a nice value belongs to a thread, not to the process: lowering the priority of every
// thread of the process but the main one lets the kernel run the event loop as soon as it has
// work, and costs the compute threads nothing while the event loop is idle (which is nearly always).
// Threads started later inherit the priority of the thread that starts them; those the main thread
// starts do not, so: decodeWorker.ts lowers its own thread, startServer has libuv's thread pool and
// libvips' threads started (warmUpThreads) before lowering everything, and lowers again every 10 s.

import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import sharp from 'sharp';

/** The nice value compute threads run at (0 is normal, 19 the lowest priority). */
export const COMPUTE_NICE = 10;

/** Starts libuv's thread pool and libvips' threads now (they start on first use otherwise), so that putEventLoopFirst finds them. */
export async function warmUpThreads(): Promise<void> {
  const onePixel = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer();
  await sharp(onePixel).metadata();
}

/** Lowers every thread of this process except the main one to COMPUTE_NICE (Linux only; best effort). */
export function putEventLoopFirst(): void {
  if (process.platform !== 'linux' || !isMainThread) return;
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const task of tasks) {
    const tid = Number(task);
    if (tid === process.pid) continue;
    try {
      if (getPriority(tid) < COMPUTE_NICE) setPriority(tid, COMPUTE_NICE);
    } catch {
      // The thread has ended, or we may not change it: it keeps its priority.
    }
  }
}

/** Lowers the calling thread (a worker's) to COMPUTE_NICE: on Linux, priority 0 means "this thread". */
export function lowerThisThread(): void {
  if (process.platform !== 'linux') return;
  try {
    if (getPriority() < COMPUTE_NICE) setPriority(COMPUTE_NICE);
  } catch {
    // Not allowed here: the thread keeps its priority.
  }
}
