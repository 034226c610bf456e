import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { BrowserDashboard, saveScreenshot, scrollWidth, signIn, startBrowserDashboard } from '../../test/browser';
import { makeCustomer } from '../../test/factories/customers';
import { FeedbackItemRow, makeFeedbackItem } from '../../test/factories/feedback-items';

/**
 * A department head's day in a real browser: sign in, open the inbox, open
 * an item, acknowledge it and resolve it with a note, on the dashboard app
 * listening on a real port.
 */
describe('department inbox in a browser', () => {
  let d: BrowserDashboard;
  let db: DataSource;
  let baseUrl: string;
  let head: UserEntity;
  let item: FeedbackItemRow;

  beforeAll(async () => {
    d = await startBrowserDashboard();
    baseUrl = d.baseUrl;
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
  }, 60_000);

  afterAll(() => d?.close());

  const statusOf = async () => (await db.query(`SELECT status, resolution_note, acknowledged_at IS NOT NULL AS acked FROM feedback_items WHERE id = $1`, [item.id]))[0];

  it('signs in, opens the inbox and an item, acknowledges it and resolves it with a note', async () => {
    const page = await d.openPage(1440);
    await signIn(page, head.email, { lang: 'pl' });
    expect(page.url()).toBe(`${baseUrl}/`);
    await Promise.all([page.waitForURL(`${baseUrl}/inbox`), page.getByRole('link', { name: 'Skrzynka' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Skrzynka');
    await saveScreenshot(page, 'inbox-busy-1440');

    await Promise.all([page.waitForURL(`${baseUrl}/inbox/${item.id}`), page.locator(`a[href="/inbox/${item.id}"]`).first().click()]);
    expect(await page.locator('blockquote.comment').first().textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#history-title').isVisible()).toBe(true);
    expect(await page.getByText('Paczka zaginęła w zeszłym miesiącu').isVisible()).toBe(true);
    await saveScreenshot(page, 'inbox-busy-item-1440');

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

    await page.goto('/inbox/charts');
    await page.waitForFunction('document.querySelectorAll("canvas").length > 0 && !!window.Chart');
    await saveScreenshot(page, 'inbox-charts-1440');
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('fits a phone: the inbox and the item page have no horizontal scroll at 360 px', async () => {
    const page = await d.openPage(360);
    await signIn(page, head.email, { lang: 'pl' });
    for (const [path, name] of [['/inbox', 'inbox-busy-360'], [`/inbox/${item.id}`, 'inbox-busy-item-360'], ['/inbox/charts', 'inbox-charts-360']]) {
      await page.goto(path);
      await saveScreenshot(page, name);
      await saveScreenshot(page, `${name}-top`, { fullPage: false });
      expect([path, await scrollWidth(page)]).toEqual([path, 360]);
    }
    expect(d.consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
