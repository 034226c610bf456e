import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { UserEntity } from '@feedloop/auth/user.entity';
import { launchChromium } from '../../test/browser';
import { TestDashboard, startTestDashboard } from '../../test/dashboard';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { seedResponses } from '../../test/factories/responses';
import { TEST_PASSWORD } from '../../test/factories/users';

/** Screenshots for a person to look at; SCREENSHOT_DIR keeps them somewhere known. */
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'feedloop-overview-shots');

/** The overview in a real browser: charts drawn by the app's own chart.js under the CSP, usable at 1440 and 360 px. */
describe('overview in a browser', () => {
  let d: TestDashboard;
  let browser: Browser;
  let baseUrl: string;
  let analyst: UserEntity;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    d = await startTestDashboard();
    await d.app.listen(0, '127.0.0.1');
    baseUrl = (await d.app.getUrl()).replace('[::1]', '127.0.0.1');
    analyst = await d.makeUser({ role: 'analyst', name: 'Anna Analityk', locale: 'pl' });
    await seedResponses(d.app, 400, { from: new Date(Date.now() - 60 * 86_400_000), to: new Date(Date.now() - 60_000), commentEvery: 0, teams: 6 });
    for (const [department, themes, score] of [['logistics', ['late_delivery'], 2], ['billing', ['invoice_error'], 4], ['logistics', ['damaged_parcel'], 0]] as const) {
      await makeFeedbackItem(d.app, { department, themes: [...themes], metric: 'nps', score, createdAt: new Date(Date.now() - 2 * 86_400_000) });
    }
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  async function signedInPage(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${baseUrl}/login?lang=pl`);
    await page.getByLabel('E-mail').fill(analyst.email);
    await page.getByLabel('Hasło').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${baseUrl}/`, { timeout: 90_000 }), page.getByRole('button', { name: 'Zaloguj' }).click()]);
    return page;
  }

  it('draws every chart at 1440 px and changes the period and filters by keyboard, kept in the URL', async () => {
    const page = await signedInPage(1440);
    await page.waitForFunction('!!window.Chart && [...document.querySelectorAll("canvas")].every((c) => window.Chart.getChart(c))');
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: join(SHOTS, 'overview-1440.png'), fullPage: true });

    await page.getByLabel('Okres', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Okres', { exact: true }).selectOption('90');
    await page.getByLabel('Kanał kontaktu', { exact: true }).selectOption('phone');
    await page.getByLabel('Podziały i czynniki według').selectOption('csat');
    await page.getByLabel('Zespół', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/period=90/);
    expect(page.url()).toContain('contactChannel=phone');
    expect(page.url()).toContain('metric=csat');
    expect(await page.getByRole('heading', { name: 'Co wpływa na CSAT' }).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('fits a phone: no horizontal scroll at 360 px', async () => {
    const page = await signedInPage(360);
    await page.waitForFunction('!!window.Chart && [...document.querySelectorAll("canvas")].every((c) => window.Chart.getChart(c))');
    await page.screenshot({ path: join(SHOTS, 'overview-360.png'), fullPage: true });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(360);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
