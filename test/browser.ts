import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { DEFAULT_CHROMIUM, INSTALL_CHROMIUM } from './chromium';

/**
 * Headless Chromium from the Debian package (installed by test/global-setup.ts
 * when it can, as .ci/run does), or the one CHROMIUM_PATH names. A missing
 * browser fails the test with the fix, rather than skipping it.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: run ${INSTALL_CHROMIUM}, or set CHROMIUM_PATH`);
  }
  // Playwright starts Chromium without its sandbox, which cannot run as root (CI) anyway.
  return chromium.launch({ executablePath, headless: true });
}
