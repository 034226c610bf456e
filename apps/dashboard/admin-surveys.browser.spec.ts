import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { launchChromium } from '../../test/browser';
import { TestDashboard, startTestDashboard } from '../../test/dashboard';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { TEST_PASSWORD } from '../../test/factories/users';

/** Screenshots for a person to look at; SCREENSHOT_DIR keeps them somewhere known. */
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'feedloop-surveys-shots');

/**
 * An admin writes a survey question in a real browser and watches the
 * preview follow: the page script posts the form to the preview endpoint
 * and swaps the panel, under the dashboard's CSP. The survey and customer
 * pages also fit a phone.
 */
describe('surveys admin in a browser', () => {
  let d: TestDashboard;
  let db: DataSource;
  let browser: Browser;
  let baseUrl: string;
  let admin: UserEntity;
  let customer: CustomerRow;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    d = await startTestDashboard();
    await d.app.listen(0, '127.0.0.1');
    baseUrl = (await d.app.getUrl()).replace('[::1]', '127.0.0.1');
    db = d.app.get(DataSource);
    admin = await d.makeUser({ role: 'admin', name: 'Ada Admin' });
    customer = await makeCustomer(d.app, { name: 'Jan Kowalski', externalId: 'crm-77', attributes: { plan: 'gold' } });
    await makeFeedbackItem(d.app, { customerId: customer.id, themes: ['late_delivery'], comment: 'Kurier spóźnił się trzy dni, paczka była zgnieciona' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  async function openPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // Script errors and CSP refusals.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${baseUrl}/login?lang=en`);
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${baseUrl}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
    return { context, page };
  }

  it('updates the e-mail and SMS preview as the admin types the question, then creates the survey', async () => {
    const { context, page } = await openPage(1440);
    await Promise.all([page.waitForURL(`${baseUrl}/admin/surveys`), page.getByRole('link', { name: 'Surveys' }).click()]);
    await Promise.all([page.waitForURL(`${baseUrl}/admin/surveys/new`), page.getByRole('link', { name: 'New survey' }).click()]);

    const plSms = page.locator('section.preview-locale[lang="pl"] [data-preview-sms]');
    const plFacts = page.locator('section.preview-locale[lang="pl"] [data-preview-sms-facts]');
    const enFacts = page.locator('section.preview-locale[lang="en"] [data-preview-sms-facts]');
    await page.getByLabel('Question (Polski)').pressSequentially('Jak oceniasz naszą pomoc?', { delay: 10 });
    await page.locator('section.preview-locale[lang="pl"] [data-preview-sms]', { hasText: 'Jak oceniasz naszą pomoc?' }).waitFor();
    expect(await plSms.textContent()).toContain('Jak oceniasz naszą pomoc? Odpisz liczbą 1-5');
    expect(await plFacts.textContent()).toMatch(/UCS-2 \d+ characters, 2 SMS/);

    await page.getByLabel('Question (English)').fill('How did we do?');
    await page.locator('section.preview-locale[lang="en"] [data-preview-sms]', { hasText: 'How did we do?' }).waitFor();
    expect(await enFacts.textContent()).toMatch(/GSM-7 \d+ characters, 1 SMS/);

    // The e-mail frame shows the real message, styled, for the text as typed.
    const frame = page.frameLocator('section.preview-locale[lang="pl"] iframe.email-frame');
    await frame.locator('p', { hasText: 'Jak oceniasz naszą pomoc?' }).waitFor();
    expect(await frame.locator('a', { hasText: '5' }).first().getAttribute('href')).toMatch(/\/s\/preview\?score=5$/);

    // Transliteration: the panel shows the cheaper text as what is sent.
    await page.getByLabel('Send SMS without Polish letters').check();
    await page.locator('section.preview-locale[lang="pl"] [data-preview-sms]', { hasText: 'Jak oceniasz nasza pomoc?' }).waitFor();
    expect(await plFacts.textContent()).toMatch(/GSM-7 \d+ characters, 1 SMS/);
    await page.screenshot({ path: join(SHOTS, 'survey-new-1440.png'), fullPage: true });

    await page.getByLabel('Name', { exact: true }).fill('Browser survey');
    await Promise.all([page.waitForURL(/\/admin\/surveys\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Create survey' }).click()]);
    expect(await page.locator('.flash-success').textContent()).toBe('Survey Browser survey was created.');
    const [row] = await db.query(`SELECT question, sms_transliterate FROM surveys WHERE name = 'Browser survey'`);
    expect(row).toEqual({ question: { pl: 'Jak oceniasz naszą pomoc?', en: 'How did we do?' }, sms_transliterate: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('fits a phone: the survey form and Customer 360 have no horizontal scroll at 360 px', async () => {
    const { context, page } = await openPage(360);
    for (const [path, name] of [
      ['/admin/surveys', 'surveys-360'],
      ['/admin/surveys/new', 'survey-new-360'],
      [`/customers?q=crm`, 'customers-360'],
      [`/customers/${customer.id}`, 'customer-360'],
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      expect([path, await page.evaluate('document.documentElement.scrollWidth')]).toEqual([path, 360]);
    }
    expect(await page.getByText('Kurier spóźnił się trzy dni, paczka była zgnieciona').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
