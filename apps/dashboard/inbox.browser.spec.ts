import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { launchChromium } from '../../test/browser';
import { TestDashboard, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';
import { FeedbackItemRow, makeFeedbackItem } from '../../test/factories/feedback-items';
import { TEST_PASSWORD } from '../../test/factories/users';

/** Screenshots for a person to look at; SCREENSHOT_DIR keeps them somewhere known. */
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'feedloop-inbox-shots');

/**
 * A department head's day in a real browser: sign in, open the inbox, open
 * an item, acknowledge it and resolve it with a note, on the dashboard app
 * listening on a real port.
 */
describe('department inbox in a browser', () => {
  let d: TestDashboard;
  let db: DataSource;
  let browser: Browser;
  let baseUrl: string;
  let head: UserEntity;
  let item: FeedbackItemRow;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    d = await startTestDashboard();
    await d.app.listen(0, '127.0.0.1');
    baseUrl = await d.app.getUrl();
    baseUrl = baseUrl.replace('[::1]', '127.0.0.1');
    db = d.app.get(DataSource);
    head = await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Lena Logistyk', locale: 'pl' });
    const customer = await makeCustomer(d.app, { name: 'Jan Kowalski' });
    await makeFeedbackItem(d.app, {
      department: 'logistics',
      customerId: customer.id,
      themes: ['lost_parcel'],
      comment: 'Paczka zaginęła w zeszłym miesiącu, długo to trwało.',
      createdAt: new Date(Date.now() - 20 * 86_400_000),
      status: 'resolved',
    });
    item = await makeFeedbackItem(d.app, {
      department: 'logistics',
      customerId: customer.id,
      themes: ['late_delivery', 'damaged_parcel'],
      comment: 'Kurier spóźnił się trzy dni, a karton był zgnieciony. Drugi raz w tym miesiącu! <script>alert(1)</script>',
      team: 'Kurierzy Warszawa',
    });
    for (let i = 0; i < 6; i++) {
      await makeFeedbackItem(d.app, {
        department: 'logistics',
        themes: [i % 2 ? 'courier_behaviour' : 'wrong_item'],
        comment: i % 3 ? 'Kurier był niemiły i rzucił paczką pod drzwi.' : null,
        score: 1 + (i % 3),
        contactChannel: i % 2 ? 'chat' : 'email',
        createdAt: new Date(Date.now() - (i + 1) * 3 * 3_600_000),
      });
    }
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  async function openPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // Script errors and CSP refusals; not the 400 of the form sent without a note, nor the favicon's 404.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    return { context, page };
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${baseUrl}/login?lang=pl`);
    await page.getByLabel('E-mail').fill(head.email);
    await page.getByLabel('Hasło').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${baseUrl}/`), page.getByRole('button', { name: 'Zaloguj' }).click()]);
  }

  const statusOf = async () => (await db.query(`SELECT status, resolution_note, acknowledged_at IS NOT NULL AS acked FROM feedback_items WHERE id = $1`, [item.id]))[0];

  it('signs in, opens the inbox and an item, acknowledges it and resolves it with a note', async () => {
    const { context, page } = await openPage(1440);
    await signIn(page);
    await Promise.all([page.waitForURL(`${baseUrl}/inbox`), page.getByRole('link', { name: 'Skrzynka' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Skrzynka');
    await page.screenshot({ path: join(SHOTS, 'inbox-1440.png'), fullPage: true });

    await Promise.all([page.waitForURL(`${baseUrl}/inbox/${item.id}`), page.locator(`a[href="/inbox/${item.id}"]`).first().click()]);
    expect(await page.locator('blockquote.comment').first().textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#history-title').isVisible()).toBe(true);
    expect(await page.getByText('Paczka zaginęła w zeszłym miesiącu').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'item-1440.png'), fullPage: true });

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Potwierdź' }).click()]);
    expect(await page.locator('.flash-success').textContent()).toBe('Potwierdzono.');
    expect(await statusOf()).toMatchObject({ status: 'acknowledged', acked: true });

    // Without a note the page says so next to the field.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Rozwiąż' }).click()]);
    expect(await page.locator('#f-resolutionNote-error').textContent()).toContain('Opisz, co zostało zrobione');
    expect((await statusOf()).status).toBe('acknowledged');

    await page.getByLabel('Co zostało zrobione').fill('Zadzwoniłam do klienta, zwrot kosztów dostawy zlecony.');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Rozwiąż' }).click()]);
    expect(await page.locator('.flash-success').textContent()).toBe('Rozwiązano.');
    expect(await statusOf()).toEqual({ status: 'resolved', resolution_note: 'Zadzwoniłam do klienta, zwrot kosztów dostawy zlecony.', acked: true });
    expect(await page.getByText('Stan: Potwierdzone → Rozwiązane. Notatka: Zadzwoniłam do klienta').isVisible()).toBe(true);

    await page.goto(`${baseUrl}/inbox/charts`);
    await page.waitForFunction('document.querySelectorAll("canvas").length > 0 && !!window.Chart');
    await page.screenshot({ path: join(SHOTS, 'charts-1440.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('fits a phone: the inbox and the item page have no horizontal scroll at 360 px', async () => {
    const { context, page } = await openPage(360);
    await signIn(page);
    for (const [path, name] of [['/inbox', 'inbox-360'], [`/inbox/${item.id}`, 'item-360'], ['/inbox/charts', 'charts-360']]) {
      await page.goto(`${baseUrl}${path}`);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
      expect([path, await page.evaluate('document.documentElement.scrollWidth')]).toEqual([path, 360]);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
