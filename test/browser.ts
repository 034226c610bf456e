import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/**
 * Headless Chromium from the Debian package (`apt-get install chromium`, as
 * .ci/run does), or the one CHROMIUM_PATH names. A missing browser fails the
 * test with the fix, rather than skipping it.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  // Playwright starts Chromium without its sandbox, which cannot run as root (CI) anyway.
  return chromium.launch({ executablePath, headless: true });
}
