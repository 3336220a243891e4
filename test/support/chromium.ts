// Debian's Chromium for the browser tests, driven by playwright-core: whether it is here (CI must
// have it: .ci/run installs it; elsewhere the tests are skipped with a message), and a headless
// launch with the flags every test uses.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run; throws under CI when they cannot, warns otherwise. */
export function chromiumAvailable(what: string): boolean {
  const here = existsSync(CHROMIUM);
  if (!here && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
  if (!here) console.warn(`${what} skipped: no ${CHROMIUM} (apt-get install -y chromium)`);
  return here;
}

/** Headless Chromium without sandbox, GPU or background traffic, plus `extraArgs`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', ...extraArgs],
  });
}
