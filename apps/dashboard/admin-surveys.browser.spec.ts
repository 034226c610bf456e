import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { BrowserDashboard, saveScreenshot, scrollWidth, signIn, startBrowserDashboard } from '../../test/browser';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { makeFeedbackItem } from '../../test/factories/feedback-items';

/**
 * An admin writes a survey question in a real browser and watches the
 * preview follow: the page script posts the form to the preview endpoint
 * and swaps the panel, under the dashboard's CSP. The survey and customer
 * pages also fit a phone.
 */
describe('surveys admin in a browser', () => {
  let d: BrowserDashboard;
  let db: DataSource;
  let baseUrl: string;
  let admin: UserEntity;
  let customer: CustomerRow;

  beforeAll(async () => {
    d = await startBrowserDashboard();
    baseUrl = d.baseUrl;
    db = d.app.get(DataSource);
    admin = await d.makeUser({ role: 'admin', name: 'Ada Admin' });
    customer = await makeCustomer(d.app, { name: 'Jan Kowalski', externalId: 'crm-77', attributes: { plan: 'gold' } });
    await makeFeedbackItem(d.app, { customerId: customer.id, themes: ['late_delivery'], comment: 'Kurier spóźnił się trzy dni, paczka była zgnieciona' });
  }, 60_000);

  afterAll(() => d?.close());

  async function signedInPage(width: number): Promise<Page> {
    const page = await d.openPage(width);
    await signIn(page, admin.email);
    expect(page.url()).toBe(`${baseUrl}/`);
    return page;
  }

  it('updates the e-mail and SMS preview as the admin types the question, then creates the survey', async () => {
    const page = await signedInPage(1440);
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
    await saveScreenshot(page, 'survey-typed-1440');

    await page.getByLabel('Name', { exact: true }).fill('Browser survey');
    await Promise.all([page.waitForURL(/\/admin\/surveys\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Create survey' }).click()]);
    expect(await page.locator('.flash-success').textContent()).toBe('Survey Browser survey was created.');
    const [row] = await db.query(`SELECT question, sms_transliterate FROM surveys WHERE name = 'Browser survey'`);
    expect(row).toEqual({ question: { pl: 'Jak oceniasz naszą pomoc?', en: 'How did we do?' }, sms_transliterate: true });
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('fits a phone: the survey form and Customer 360 have no horizontal scroll at 360 px', async () => {
    const page = await signedInPage(360);
    for (const [path, name] of [
      ['/admin/surveys', 'surveys-list-360'],
      ['/admin/surveys/new', 'survey-form-360'],
      [`/customers?q=crm`, 'customers-search-360'],
      [`/customers/${customer.id}`, 'customer-with-item-360'],
    ]) {
      await page.goto(path);
      await saveScreenshot(page, name);
      expect([path, await scrollWidth(page)]).toEqual([path, 360]);
    }
    expect(await page.getByText('Kurier spóźnił się trzy dni, paczka była zgnieciona').isVisible()).toBe(true);
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
