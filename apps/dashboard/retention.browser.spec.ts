import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { launchChromium } from '../../test/browser';
import { TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';
import { TEST_PASSWORD } from '../../test/factories/users';

/** Kept in the repository: the README and reviews link to these. */
const SHOTS = process.env.SCREENSHOT_DIR || join(__dirname, '../../docs/screenshots');

/**
 * A retention agent's case in a real browser: a reported cancellation gives
 * the agent a case; they open it from the board, record the contact and an
 * offer, and mark the customer won back with that offer.
 */
describe('retention board in a browser', () => {
  let d: TestDashboard;
  let db: DataSource;
  let browser: Browser;
  let baseUrl: string;
  let agentUser: UserEntity;
  let caseId: string;
  const consoleErrors: string[] = [];

  async function reportCancellation(externalId: string, reason: string, monthlyRevenue: string): Promise<string> {
    // As a phone cancellation is reported: through the dashboard form, by the agent's own session.
    const http = d.agent();
    await login(http, agentUser.email);
    const _csrf = await csrfTokenFrom(http, '/retention');
    const res = await http.post('/retention/cases').type('form').send({ _csrf, customerExternalId: externalId, reason, monthlyRevenue });
    expect(res.status).toBe(303);
    return /([0-9a-f-]{36})$/.exec(res.headers.location)![1];
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    d = await startTestDashboard();
    await d.app.listen(0, '127.0.0.1');
    baseUrl = (await d.app.getUrl()).replace('[::1]', '127.0.0.1');
    db = d.app.get(DataSource);
    agentUser = await d.makeUser({ role: 'retention_agent', name: 'Rita Retention' });
    const customer = await makeCustomer(d.app, { name: 'Zofia Nowak-Wiśniewska' });
    caseId = await reportCancellation(customer.externalId!, 'Too expensive since the price change', '129.90');
    const other = await makeCustomer(d.app, { name: 'Marek Kowalczyk' });
    await reportCancellation(other.externalId!, 'Moving abroad', '49');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  async function openPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    return { context, page };
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${baseUrl}/login?lang=en`);
    await page.getByLabel('E-mail').fill(agentUser.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.getByRole('button', { name: 'Sign in' }).click()]);
  }

  const caseRow = async () =>
    (await db.query(`SELECT c.status, c.owner_id, o.id AS won_offer FROM churn_cases c LEFT JOIN churn_offers o ON o.id = c.won_offer_id WHERE c.id = $1`, [caseId]))[0];

  it('the agent opens the case from the board, records contact and an offer, and wins the customer back', async () => {
    expect((await caseRow()).owner_id).toBe(agentUser.id);
    const { context, page } = await openPage(1440);
    await signIn(page);
    await page.goto(`${baseUrl}/retention`);
    const card = page.locator(`.case-card[data-case="${caseId}"]`);
    expect(await card.textContent()).toContain('Rita Retention');
    await page.screenshot({ path: join(SHOTS, 'retention-board-1440.png'), fullPage: true });

    await Promise.all([page.waitForURL(`${baseUrl}/retention/cases/${caseId}`), card.getByRole('link', { name: 'Zofia Nowak-Wiśniewska' }).click()]);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Mark contacted' }).click()]);
    expect(await page.locator('.flash-success').textContent()).toBe('Status: Contacted.');
    expect((await caseRow()).status).toBe('contacted');

    await page.getByLabel('Offer', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Outcome').selectOption('accepted');
    await page.getByLabel('Details (optional)').fill('20% off for 6 months');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Record the offer' }).click()]);
    expect(await page.locator('.flash-success').textContent()).toBe('Offer recorded.');
    const [offer] = await db.query(`SELECT id FROM churn_offers WHERE case_id = $1`, [caseId]);

    await page.getByLabel('The offer that worked').selectOption(offer.id);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Mark won back' }).click()]);
    expect(await caseRow()).toMatchObject({ status: 'won_back', won_offer: offer.id });
    expect(await page.locator('h1 .badge').textContent()).toBe('Won back');
    expect(await page.getByText('20% off for 6 months').first().isVisible()).toBe(true);
    // The customer's history names the case's entries in words, not translation keys.
    expect(await page.locator('section[aria-labelledby="k-history"]').textContent()).toContain('Churn case log entry');
    expect(await page.locator('section[aria-labelledby="k-history"]').textContent()).not.toContain('customers.kind.');
    await page.screenshot({ path: join(SHOTS, 'retention-case-1440.png'), fullPage: true });

    await page.goto(`${baseUrl}/retention`);
    expect(await page.locator(`.case-card[data-case="${caseId}"]`).count()).toBe(0);
    expect(await page.locator('.case-card').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('fits a phone: the board and the case page have no horizontal scroll at 360 px', async () => {
    const { context, page } = await openPage(360);
    await signIn(page);
    for (const [path, name] of [['/retention', 'retention-board-360'], [`/retention/cases/${caseId}`, 'retention-case-360']]) {
      await page.goto(`${baseUrl}${path}`);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      expect([path, await page.evaluate('document.documentElement.scrollWidth')]).toEqual([path, 360]);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
