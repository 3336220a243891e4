// Tests run on a 2-core machine, several files at once, with the engine's own worker threads:
// a test that takes 3 s alone can take 10 s under load. Timeouts are for hangs, not for speed
// (speed is measured in bench/, never asserted), so they are generous.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
