// Tests run on a 2-core machine, two files at once, with the engine's own worker threads:
// a test that takes 3 s alone can take 10 s under load. Timeouts are for hangs, not for speed
// (speed is measured in bench/, never asserted), so they are generous.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files at a time on 2 cores (vitest's default is cores − 1 = one): many files mostly wait
    // on browsers, servers, child processes and npm, so the suite's wall time nearly halves.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
