import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Browser, BrowserContextOptions, Page, chromium } from 'playwright-core';
import { en } from '../apps/dashboard/i18n/en';
import { pl } from '../apps/dashboard/i18n/pl';
import { DEFAULT_CHROMIUM, INSTALL_CHROMIUM } from './chromium';
import { TestDashboard, startTestDashboard } from './dashboard';
import { TEST_PASSWORD } from './factories/users';

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

/** An app listening on a loopback port with a Chromium to open its pages. */
export interface AppInBrowser {
  /** http://127.0.0.1:<port>; pages opened by openPage resolve relative URLs against it. */
  baseUrl: string;
  browser: Browser;
  /** Script errors and CSP refusals on every page openPage made; a spec expects it empty. */
  consoleErrors: string[];
  /** A page in a context of its own (its own cookies): 740 px high on a phone, 900 px otherwise. */
  openPage(width: number, options?: BrowserContextOptions): Promise<Page>;
  /** Closes the browser; the app is the caller's. */
  close(): Promise<void>;
}

/** Puts `app` on a free loopback port and starts Chromium for it. */
export async function openInBrowser(app: NestExpressApplication): Promise<AppInBrowser> {
  await app.listen(0, '127.0.0.1');
  // getUrl() names the loopback address as [::1] even when listening on IPv4 only.
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await launchChromium();
  const consoleErrors: string[] = [];
  return {
    baseUrl,
    browser,
    consoleErrors,
    openPage: async (width, options = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1, ...options });
      const page = await context.newPage();
      // A refused form (400) and the favicon's 404 are the page working as meant, not errors.
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      return page;
    },
    close: () => browser.close(),
  };
}

export type BrowserDashboard = TestDashboard & Omit<AppInBrowser, 'close'>;

/** The dashboard as npm start builds it, on a database of its own, listening on a loopback port, with a Chromium. */
export async function startBrowserDashboard(env: Record<string, string> = {}): Promise<BrowserDashboard> {
  const dashboard = await startTestDashboard(env);
  let inBrowser: AppInBrowser;
  try {
    inBrowser = await openInBrowser(dashboard.app);
  } catch (err) {
    await dashboard.close();
    throw err;
  }
  return {
    ...dashboard,
    ...inBrowser,
    close: async () => {
      await inBrowser.close();
      await dashboard.close();
    },
  };
}

const LOGIN_TEXTS = { en: en.login, pl: pl.login };

/**
 * Signs in through the login form as a person does, in the given language,
 * and waits for the page the dashboard sends them to. A refused sign-in
 * fails with the message the form showed.
 */
export async function signIn(page: Page, email: string, { password = TEST_PASSWORD, lang = 'en' }: { password?: string; lang?: 'en' | 'pl' } = {}): Promise<void> {
  const texts = LOGIN_TEXTS[lang];
  await page.goto(`/login?lang=${lang}`);
  await page.getByLabel(texts.email, { exact: true }).fill(email);
  await page.getByLabel(texts.password, { exact: true }).fill(password);
  try {
    // Generous: a first overview over a few hundred responses renders slowly on a busy machine.
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 90_000 }), page.getByRole('button', { name: texts.submit }).click()]);
  } catch (err) {
    const shown = await page.locator('[role="alert"]').allTextContents().catch(() => []);
    throw new Error(`signing in as ${email} failed${shown.length ? `: ${shown.join(' ')}` : ''} (${(err as Error).message.split('\n')[0]})`);
  }
}

/**
 * Where saveScreenshot writes: test-output/screenshots (not in git), unless
 * SCREENSHOT_DIR names another folder. `npm run screenshots` points it at
 * docs/screenshots to refresh the README's pictures: a plain test run used to
 * rewrite 8 MB of tracked images every time.
 */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || resolve(__dirname, '../test-output/screenshots');

/**
 * Saves the whole page (or only what the viewport shows) as <name>.png in
 * SCREENSHOT_DIR. Names are stable, so a run replaces the picture the README
 * shows; each spec uses names of its own.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

/** The document's width: a page that fits its viewport has no horizontal scroll. */
export function scrollWidth(page: Page): Promise<number> {
  // A string expression: this project's TypeScript has no DOM library (it is server code).
  return page.evaluate('document.documentElement.scrollWidth');
}
