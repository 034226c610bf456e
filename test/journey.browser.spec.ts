import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import type { UserEntity } from '@feedloop/auth/user.entity';
import { SurveySchedulingService } from '@feedloop/surveys/survey-scheduling.service';
import { TestApi, startTestApi } from './api';
import { AppInBrowser, openInBrowser, saveScreenshot, scrollWidth, signIn } from './browser';
import { startSecondDashboard } from './dashboard';
import { makeUser } from './factories/users';
import { freePort } from './postgres-server';
import { CapturedEmail, SmtpCapture } from './smtp-capture';
import { until } from './wait';

const SURVEY_NAME = 'Delivery follow-up';
const QUESTION_PL = 'Jak oceniasz dostawę swojej paczki?';
const FOLLOW_UP_PL = 'Co było najważniejszym powodem Twojej oceny?';
const COMMENT = 'Kurier spóźnił się trzy dni, paczka była zgnieciona';
const REPLY = 'Przepraszamy za opóźnienie i zgnieciony karton. Zwrócimy koszt dostawy w ciągu 3 dni.';
const NOTE = 'Zwrot kosztu dostawy zlecony, zgłoszenie do firmy kurierskiej wysłane.';

/**
 * Feedloop from end to end, on a clean database of its own: an admin creates
 * a survey through the dashboard's form, the CRM posts a contact through the
 * API, the workers e-mail the survey to a real SMTP server, the customer
 * answers it on a phone, the Logistics head replies and resolves the item
 * the answer became, and the admin's overview counts the answer. The API
 * (with workers) and the dashboard are the apps npm start builds, on real
 * ports, with headless Chromium clicking and typing; the main pages are
 * saved at 1440 and 360 px under docs/screenshots for the README.
 */
describe('the whole loop, from a new survey to a resolved complaint', () => {
  let smtp: SmtpCapture;
  let api: TestApi;
  let apiUrl: string;
  let dashboard: NestExpressApplication;
  let web: AppInBrowser;
  let db: DataSource;
  let admin: UserEntity;
  let head: UserEntity;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    // The e-mail's links name the API's address, so the port is chosen before the API starts.
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    const env = { PUBLIC_URL: apiUrl, SMTP_URL: smtp.url, SMTP_FROM: 'Feedloop <ankiety@feedloop.test>' };
    // As production runs it: the API process also runs the workers; the dashboard only queues jobs.
    api = await startTestApi({ ...env, WORKERS: 'on' });
    await api.app.listen(port, '127.0.0.1');
    db = api.app.get(DataSource);
    dashboard = await startSecondDashboard(api.db, env);
    web = await openInBrowser(dashboard);
    admin = await makeUser(dashboard, { role: 'admin', name: 'Ada Admin' });
    head = await makeUser(dashboard, { role: 'department_head', department: 'logistics', name: 'Lena Logistyk', locale: 'pl' });
  }, 180_000);

  afterAll(async () => {
    await web?.close();
    await dashboard?.close();
    await api?.close();
    await smtp?.close();
  });

  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

  async function apiPost(path: string, body: unknown): Promise<Response> {
    return fetch(`${apiUrl}${path}`, { method: 'POST', headers: { authorization: api.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  /** Opens `path`, saves it as <name>-<width>.png, and checks it fits its width (naming what sticks out if not). */
  async function shoot(page: Page, path: string, name: string, width: number): Promise<void> {
    await page.goto(path);
    if (await page.locator('canvas').count()) {
      await page.waitForFunction('!!window.Chart && [...document.querySelectorAll("canvas")].every((c) => window.Chart.getChart(c))');
    }
    await saveScreenshot(page, `${name}-${width}`);
    const wide = await scrollWidth(page);
    const sticksOut: string[] =
      wide > width
        ? await page.evaluate(
            `[...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > ${width}).slice(0, 5).map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40))`,
          )
        : [];
    expect({ path, wide, sticksOut }).toEqual({ path, wide: width, sticksOut: [] });
  }

  it('asks, hears, routes, answers and counts one customer\'s complaint', async () => {
    // 1. The admin pauses the default post-contact survey and creates their own, e-mail only, 30 minutes after a contact.
    const adminPage = await web.openPage(1440);
    await signIn(adminPage, admin.email);
    expect(adminPage.url()).toBe(`${web.baseUrl}/`);
    await Promise.all([adminPage.waitForURL(`${web.baseUrl}/admin/surveys`), adminPage.getByRole('link', { name: 'Surveys', exact: true }).click()]);
    await Promise.all([adminPage.waitForURL(/\/admin\/surveys\/[0-9a-f-]{36}$/), adminPage.getByRole('link', { name: 'Post-contact CSAT' }).click()]);
    await Promise.all([adminPage.waitForEvent('load'), adminPage.getByRole('button', { name: 'Pause' }).click()]);
    expect(await adminPage.locator('.flash').textContent()).toContain('Survey Post-contact CSAT is paused');

    await Promise.all([adminPage.waitForURL(`${web.baseUrl}/admin/surveys`), adminPage.getByRole('link', { name: 'All surveys' }).click()]);
    await Promise.all([adminPage.waitForURL(`${web.baseUrl}/admin/surveys/new`), adminPage.getByRole('link', { name: 'New survey' }).click()]);
    await adminPage.getByLabel('Name', { exact: true }).fill(SURVEY_NAME);
    expect(await adminPage.getByLabel('Kind').inputValue()).toBe('post_contact');
    expect(await adminPage.getByLabel('Scale').inputValue()).toBe('csat');
    await adminPage.getByLabel('Question (Polski)').pressSequentially(QUESTION_PL, { delay: 5 });
    await adminPage.getByLabel('Question (English)').fill('How was the delivery of your parcel?');
    await adminPage.getByLabel('First channel').selectOption('email');
    await adminPage.getByLabel('Second channel').selectOption('');
    await adminPage.getByLabel('Delay', { exact: true }).fill('30');
    await adminPage.getByLabel('Unit').selectOption('minutes');
    expect(await adminPage.getByLabel('Sent after').inputValue()).toBe('contact');
    // The preview follows the typing: the e-mail the customer will get.
    await adminPage.frameLocator('section.preview-locale[lang="pl"] iframe.email-frame').locator('p', { hasText: QUESTION_PL }).waitFor();
    await saveScreenshot(adminPage, 'admin-survey-new-1440');
    await Promise.all([adminPage.waitForURL(/\/admin\/surveys\/[0-9a-f-]{36}$/), adminPage.getByRole('button', { name: 'Create survey' }).click()]);
    expect(await adminPage.locator('.flash-success').textContent()).toBe(`Survey ${SURVEY_NAME} was created.`);
    const surveyId = /([0-9a-f-]{36})$/.exec(adminPage.url())![1];
    expect(await db.query(`SELECT kind, metric, channels, delay_minutes, trigger_event_type, status FROM surveys WHERE id = $1`, [surveyId])).toEqual([
      { kind: 'post_contact', metric: 'csat', channels: ['email'], delay_minutes: 30, trigger_event_type: 'contact', status: 'active' },
    ]);

    // 2. The CRM sends the customer and, through the API, a phone contact of 31 minutes ago: the survey is due already.
    const key = randomBytes(4).toString('hex');
    const email = `jan.kowalski.${key}@example.com`;
    const customer = await apiPost('/api/v1/customers', { externalId: `crm-${key}`, name: 'Jan Kowalski', email, locale: 'pl', timeZone: 'Europe/Warsaw' });
    expect(customer.status).toBe(201);
    const customerId = ((await customer.json()) as { id: string }).id;
    const contact = await apiPost('/api/v1/events', {
      type: 'contact',
      idempotencyKey: `journey-${key}`,
      customerExternalId: `crm-${key}`,
      contactChannel: 'phone',
      team: 'Infolinia',
      agent: 'Jan K.',
      occurredAt: new Date(Date.now() - 31 * 60_000).toISOString(),
    });
    expect(contact.status).toBe(201);

    // 3. The workers schedule and send it (the scheduler's own loop would within 2 s); it reaches the SMTP server.
    await api.app.get(SurveySchedulingService).drain();
    const [survey] = await until('the survey e-mail', () => mailsTo(email), (m) => m.length === 1);
    // The SMTP server has the message a moment before the sender records it as sent.
    const [invitation] = await until(
      'the invitation marked sent',
      () => db.query(`SELECT id, survey_id, channel, status, token FROM invitations WHERE customer_id = $1`, [customerId]),
      (rows) => rows[0]?.status === 'sent',
    );
    expect(invitation).toMatchObject({ survey_id: surveyId, channel: 'email', status: 'sent' });
    expect(survey.parsed.html).toContain(QUESTION_PL);
    expect(survey.parsed.text).toContain(`${apiUrl}/s/${invitation.token}?score=2`);

    // 4. The customer answers on a phone: 2 from the e-mail, then the comment.
    const phone = await web.openPage(360, { isMobile: true, hasTouch: true });
    await phone.setContent(survey.parsed.html as string);
    await saveScreenshot(phone, 'survey-email-360');
    await Promise.all([phone.waitForURL(`${apiUrl}/s/${invitation.token}?score=2`), phone.getByRole('link', { name: '2', exact: true }).click()]);
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe('Dziękujemy! Zapisaliśmy Twoją ocenę: 2.');
    await phone.getByLabel(FOLLOW_UP_PL).fill(COMMENT);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(360);
    await saveScreenshot(phone, 'survey-phone-360');
    await Promise.all([phone.waitForURL(`${apiUrl}/s/${invitation.token}/thanks`), phone.getByRole('button', { name: 'Wyślij' }).click()]);
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe('Dziękujemy za odpowiedź!');
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(360);
    await saveScreenshot(phone, 'survey-thanks-360');
    await phone.context().close();
    expect(await db.query(`SELECT score, comment, channel FROM responses WHERE invitation_id = $1`, [invitation.id])).toEqual([{ score: 2, comment: COMMENT, channel: 'email' }]);

    // 5. The answer's job classifies the comment and routes it to Logistics.
    const [item] = await until(
      'a Logistics item with both themes',
      () =>
        db.query(
          `SELECT f.id, ARRAY(SELECT theme_key FROM feedback_item_themes t WHERE t.item_id = f.id ORDER BY theme_key) AS themes
           FROM feedback_items f JOIN departments d ON d.id = f.department_id JOIN responses r ON r.id = f.response_id
           WHERE r.invitation_id = $1 AND d.key = 'logistics' AND f.withdrawn_at IS NULL`,
          [invitation.id],
        ) as Promise<Array<{ id: string; themes: string[] }>>,
      (rows) => rows.length === 1 && ['damaged_parcel', 'late_delivery'].every((k) => rows[0].themes.includes(k)),
      60_000,
    );
    const themeNames: string[] = (await db.query(`SELECT name->>'pl' AS name FROM themes WHERE key IN ('late_delivery', 'damaged_parcel') ORDER BY key`)).map(
      (t: { name: string }) => t.name,
    );

    // 6. The Logistics head finds it in the inbox with both themes, replies by e-mail and resolves it.
    const headPage = await web.openPage(1440);
    await signIn(headPage, head.email, { lang: 'pl' });
    await Promise.all([headPage.waitForURL(`${web.baseUrl}/inbox`), headPage.getByRole('link', { name: 'Skrzynka' }).click()]);
    const row = headPage.locator('li.item-row', { has: headPage.locator(`a[href="/inbox/${item.id}"]`) });
    expect(await row.locator('.excerpt').textContent()).toContain('Kurier spóźnił się trzy dni');
    expect(await row.locator('.chip').allTextContents()).toEqual(expect.arrayContaining(themeNames));
    await saveScreenshot(headPage, 'inbox-1440');

    await Promise.all([headPage.waitForURL(`${web.baseUrl}/inbox/${item.id}`), row.locator(`a[href="/inbox/${item.id}"]`).click()]);
    expect(await headPage.locator('#answer blockquote.comment').textContent()).toBe(COMMENT);
    expect(await headPage.locator('#answer .chip').allTextContents()).toEqual(expect.arrayContaining(themeNames));
    await headPage.getByLabel('Wyślij przez').selectOption('email');
    await headPage.getByLabel('Wiadomość').fill(REPLY);
    await Promise.all([headPage.waitForEvent('load'), headPage.getByRole('button', { name: 'Wyślij odpowiedź' }).click()]);
    expect(await headPage.locator('.flash-success').textContent()).toContain('Odpowiedź jest w drodze');
    const replies = await until('the reply e-mail', () => mailsTo(email), (m) => m.length === 2);
    const reply: CapturedEmail = replies[1];
    expect(reply.parsed.subject).toBe('Odpowiedź w sprawie Twojej opinii');
    expect(reply.parsed.text).toContain(REPLY);
    await until('the reply marked sent', () => db.query(`SELECT status FROM feedback_replies WHERE item_id = $1`, [item.id]), (r) => r[0]?.status === 'sent');

    await headPage.getByLabel('Co zostało zrobione').fill(NOTE);
    await Promise.all([headPage.waitForEvent('load'), headPage.getByRole('button', { name: 'Rozwiąż' }).click()]);
    expect(await headPage.locator('.flash-success').textContent()).toBe('Rozwiązano.');
    expect(await db.query(`SELECT status, resolution_note FROM feedback_items WHERE id = $1`, [item.id])).toEqual([{ status: 'resolved', resolution_note: NOTE }]);
    await saveScreenshot(headPage, 'inbox-item-1440');
    await headPage.context().close();

    const headPhone = await web.openPage(360);
    await signIn(headPhone, head.email, { lang: 'pl' });
    await shoot(headPhone, '/inbox', 'inbox', 360);
    await shoot(headPhone, `/inbox/${item.id}`, 'inbox-item', 360);
    await headPhone.context().close();

    // 7. The admin's overview counts the answer: one CSAT response, a 2, so 0% satisfied.
    await shoot(adminPage, '/', 'overview', 1440);
    const kpi = (label: string) => adminPage.locator('li.kpi', { has: adminPage.locator('.kpi-label', { hasText: label }) });
    expect(await kpi('CSAT').locator('.kpi-n').textContent()).toMatch(/^n = 1\b/);
    expect(await kpi('CSAT').locator('.kpi-value').textContent()).toMatch(/^0(\.0+)?%/);
    expect(await kpi('NPS').locator('.kpi-n').textContent()).toMatch(/^n = 0\b/);

    // 8. The other main pages, with what this run left on them, at both widths.
    const adminPhone = await web.openPage(360);
    await signIn(adminPhone, admin.email);
    await shoot(adminPhone, '/', 'overview', 360);
    // At 1440 px the new-survey form was saved above, its preview following the typing; the saved survey previews its e-mail too.
    await shoot(adminPhone, `/admin/surveys/${surveyId}`, 'admin-survey', 360);
    await adminPhone.frameLocator('section.preview-locale[lang="pl"] iframe.email-frame').locator('p', { hasText: QUESTION_PL }).waitFor();
    const pages: Array<[path: string, name: string, shows: string[]]> = [
      ['/admin/surveys', 'admin-surveys', [SURVEY_NAME]],
      [`/customers/${customerId}`, 'customer', ['Jan Kowalski', COMMENT, REPLY]],
      ['/admin/themes', 'admin-themes', ['late_delivery', 'damaged_parcel']],
      ['/admin/audit', 'audit-log', ['survey.created', 'survey.paused', 'reply.sent', 'feedback_item.status_changed']],
    ];
    for (const [path, name, shows] of pages) {
      for (const [page, width] of [[adminPage, 1440], [adminPhone, 360]] as const) {
        await shoot(page, path, name, width);
        const text = await page.locator('main').innerText();
        for (const s of shows) expect([path, text.includes(s)]).toEqual([path, true]);
      }
    }
    expect(web.consoleErrors).toEqual([]);
  }, 300_000);
});
