import type { Page } from 'playwright-core';
import { UserEntity } from '@feedloop/auth/user.entity';
import { BrowserDashboard, saveScreenshot, scrollWidth, signIn, startBrowserDashboard } from '../../test/browser';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { seedResponses } from '../../test/factories/responses';

/** The overview in a real browser: charts drawn by the app's own chart.js under the CSP, usable at 1440 and 360 px. */
describe('overview in a browser', () => {
  let d: BrowserDashboard;
  let analyst: UserEntity;

  beforeAll(async () => {
    d = await startBrowserDashboard();
    analyst = await d.makeUser({ role: 'analyst', name: 'Anna Analityk', locale: 'pl' });
    await seedResponses(d.app, 400, { from: new Date(Date.now() - 60 * 86_400_000), to: new Date(Date.now() - 60_000), commentEvery: 0, teams: 6 });
    for (const [department, themes, score] of [['logistics', ['late_delivery'], 2], ['billing', ['invoice_error'], 4], ['logistics', ['damaged_parcel'], 0]] as const) {
      await makeFeedbackItem(d.app, { department, themes: [...themes], metric: 'nps', score, createdAt: new Date(Date.now() - 2 * 86_400_000) });
    }
  }, 180_000);

  afterAll(() => d?.close());

  async function signedInPage(width: number): Promise<Page> {
    const page = await d.openPage(width);
    await signIn(page, analyst.email, { lang: 'pl' });
    expect(page.url()).toBe(`${d.baseUrl}/`);
    return page;
  }

  it('draws every chart at 1440 px and changes the period and filters by keyboard, kept in the URL', async () => {
    const page = await signedInPage(1440);
    await page.waitForFunction('!!window.Chart && [...document.querySelectorAll("canvas")].every((c) => window.Chart.getChart(c))');
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(10);
    await saveScreenshot(page, 'overview-busy-1440');

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
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('fits a phone: no horizontal scroll at 360 px', async () => {
    const page = await signedInPage(360);
    await page.waitForFunction('!!window.Chart && [...document.querySelectorAll("canvas")].every((c) => window.Chart.getChart(c))');
    await saveScreenshot(page, 'overview-busy-360');
    expect(await scrollWidth(page)).toBe(360);
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
