// Decoded pixels never touch the disk. libvips decodes an image that its loader cannot stream
// (WebP, among others) into a temporary file when the decoded image is larger than its "disc
// threshold", 100 MB by default: a 6000×6000 WebP left 108 MB of pixels in /tmp/vips-*.v, readable
// by other users for seconds. The decode budgets (imageHeader.ts) count those pixels as memory, so
// they stay in memory.
//
// libvips reads VIPS_DISC_THRESHOLD from the process environment the first time it needs it (the
// first such decode), so this must run on the main thread before any decode: a worker thread's
// process.env is its own copy. Every module that decodes or reads headers imports this one.

import { isMainThread } from 'node:worker_threads';

/** Larger than any image the limits admit ("g" is 2^30 bytes in libvips' notation). */
export const VIPS_DISC_THRESHOLD = '1000000g';

if (isMainThread) process.env.VIPS_DISC_THRESHOLD = VIPS_DISC_THRESHOLD;
