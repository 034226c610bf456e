import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { BrowserDashboard, saveScreenshot, scrollWidth, signIn, startBrowserDashboard } from '../../test/browser';
import { csrfTokenFrom, login } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';

/**
 * A retention agent's case in a real browser: a reported cancellation gives
 * the agent a case; they open it from the board, record the contact and an
 * offer, and mark the customer won back with that offer.
 */
describe('retention board in a browser', () => {
  let d: BrowserDashboard;
  let db: DataSource;
  let baseUrl: string;
  let agentUser: UserEntity;
  let caseId: string;

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
    d = await startBrowserDashboard();
    baseUrl = d.baseUrl;
    db = d.app.get(DataSource);
    agentUser = await d.makeUser({ role: 'retention_agent', name: 'Rita Retention' });
    const customer = await makeCustomer(d.app, { name: 'Zofia Nowak-Wiśniewska' });
    caseId = await reportCancellation(customer.externalId!, 'Too expensive since the price change', '129.90');
    const other = await makeCustomer(d.app, { name: 'Marek Kowalczyk' });
    await reportCancellation(other.externalId!, 'Moving abroad', '49');
  }, 60_000);

  afterAll(() => d?.close());

  const caseRow = async () =>
    (await db.query(`SELECT c.status, c.owner_id, o.id AS won_offer FROM churn_cases c LEFT JOIN churn_offers o ON o.id = c.won_offer_id WHERE c.id = $1`, [caseId]))[0];

  it('the agent opens the case from the board, records contact and an offer, and wins the customer back', async () => {
    expect((await caseRow()).owner_id).toBe(agentUser.id);
    const page = await d.openPage(1440);
    await signIn(page, agentUser.email);
    await page.goto('/retention');
    const card = page.locator(`.case-card[data-case="${caseId}"]`);
    expect(await card.textContent()).toContain('Rita Retention');
    await saveScreenshot(page, 'retention-board-1440');

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
    await saveScreenshot(page, 'retention-case-1440');

    await page.goto('/retention');
    expect(await page.locator(`.case-card[data-case="${caseId}"]`).count()).toBe(0);
    expect(await page.locator('.case-card').count()).toBe(1);
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('fits a phone: the board and the case page have no horizontal scroll at 360 px', async () => {
    const page = await d.openPage(360);
    await signIn(page, agentUser.email);
    for (const [path, name] of [['/retention', 'retention-board-360'], [`/retention/cases/${caseId}`, 'retention-case-360']]) {
      await page.goto(path);
      await saveScreenshot(page, name);
      expect([path, await scrollWidth(page)]).toEqual([path, 360]);
    }
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
