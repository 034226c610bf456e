import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SurveySchedulingService } from '@feedloop/surveys/survey-scheduling.service';
import { TestApi, startTestApi } from '../../test/api';
import { launchChromium } from '../../test/browser';
import { CustomerRow, makeCustomer } from '../../test/factories/customers';
import { makeInvitation } from '../../test/factories/invitations';
import { freePort } from '../../test/postgres-server';
import { CapturedEmail, SmtpCapture } from '../../test/smtp-capture';
import { until } from '../../test/wait';

const COMMENT = 'Kurier się spóźnił, ale był uprzejmy — dziękuję!';

/**
 * The customer's side in a real browser: headless Chromium at a phone's
 * 360×740, the survey e-mail as the SMTP server received it, and the pages
 * served by the API app on a real port.
 */
describe('survey pages in a browser', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let browser: Browser;
  let db: DataSource;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  const screenshots = mkdtempSync(join(tmpdir(), 'feedloop-pages-'));

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    // Chosen before the server starts, so PUBLIC_URL (what the e-mail links point at) can name it.
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    api = await startTestApi({ WORKERS: 'on', PUBLIC_URL: baseUrl, SMTP_URL: smtp.url, SMTP_FROM: 'Feedloop <ankiety@feedloop.test>' });
    await api.app.listen(port, '127.0.0.1');
    db = api.app.get(DataSource);
    // The seeded post-contact survey waits an hour; the test wants its e-mail now.
    await db.query(`UPDATE surveys SET delay_minutes = 0 WHERE kind = 'post_contact'`);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await smtp?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  /** A contact event through the API, sent as a real e-mail by the job queue: the message as it arrived. */
  async function surveyEmailFor(customer: CustomerRow): Promise<CapturedEmail> {
    await request(api.app.getHttpServer())
      .post('/api/v1/events')
      .set('authorization', api.auth)
      .send({
        type: 'contact',
        idempotencyKey: `k-${randomBytes(6).toString('hex')}`,
        customerExternalId: customer.externalId,
        occurredAt: new Date().toISOString(),
        contactChannel: 'phone',
        team: 'Infolinia',
      })
      .expect(201);
    await api.app.get(SurveySchedulingService).drain();
    const [mail] = await until(
      'the survey e-mail',
      () => smtp.messages.filter((m) => m.to.includes(customer.email!)),
      (m) => m.length === 1,
      20_000,
    );
    return mail;
  }

  /** The page must fit the phone: nothing wider than the viewport. */
  async function expectNoHorizontalScroll(): Promise<void> {
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  }

  /**
   * A computed style in the page. Expressions are strings because this
   * project's TypeScript has no DOM library (it is server code).
   */
  function styleOf(selector: string, property: 'backgroundColor' | 'outlineStyle'): Promise<string> {
    return page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`);
  }

  it('answers from the e-mail: score 3, a Polish comment, stored with its history', async () => {
    const customer = await makeCustomer(api.app, { locale: 'pl' });
    const mail = await surveyEmailFor(customer);
    const [invitation] = await db.query(`SELECT id, token FROM invitations WHERE customer_id = $1`, [customer.id]);

    await page.setContent(mail.parsed.html as string);
    await Promise.all([page.waitForURL(`${baseUrl}/s/${invitation.token}?score=3`), page.getByRole('link', { name: '3', exact: true }).click()]);

    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dziękujemy! Zapisaliśmy Twoją ocenę: 3.');
    const three = page.getByRole('radio', { name: '3', exact: true });
    expect(await three.isChecked()).toBe(true);
    // Highlighted: the checked score is drawn filled, the others not.
    const fill = (score: number) => styleOf(`label[for="score-${score}"]`, 'backgroundColor');
    expect(await fill(3)).toBe('rgb(21, 101, 192)');
    expect(await fill(4)).toBe('rgb(255, 255, 255)');
    const box = await page.locator('label[for="score-5"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await expectNoHorizontalScroll();
    const [stored] = await db.query(`SELECT score, source FROM responses WHERE invitation_id = $1`, [invitation.id]);
    expect(stored).toEqual({ score: 3, source: 'email_link' });

    await page.getByLabel('Jaki jest główny powód Twojej oceny?').fill(COMMENT);
    const screenshot = join(screenshots, 'follow-up-360.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(1000);
    await Promise.all([page.waitForURL(`${baseUrl}/s/${invitation.token}/thanks`), page.getByRole('button', { name: 'Wyślij' }).click()]);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dziękujemy za odpowiedź!');
    expect(await page.locator('blockquote').textContent()).toBe(COMMENT);
    await expectNoHorizontalScroll();
    const [response] = await db.query(`SELECT id, score, comment, source, channel, contact_channel, team FROM responses WHERE invitation_id = $1`, [invitation.id]);
    expect(response).toMatchObject({ score: 3, comment: COMMENT, source: 'web', channel: 'email', contact_channel: 'phone', team: 'Infolinia' });
    expect(await db.query(`SELECT score, comment, source FROM response_changes WHERE response_id = $1 ORDER BY id`, [response.id])).toEqual([
      { score: 3, comment: null, source: 'email_link' },
    ]);
    expect((await db.query(`SELECT status FROM invitations WHERE id = $1`, [invitation.id]))[0].status).toBe('answered');
  }, 60_000);

  it('unsubscribes from the e-mail\'s link after the confirm button, recording the source', async () => {
    const customer = await makeCustomer(api.app, { locale: 'pl' });
    const mail = await surveyEmailFor(customer);

    await page.setContent(mail.parsed.html as string);
    await Promise.all([page.waitForURL(/\/unsubscribe$/), page.getByRole('link', { name: 'Wypisz się' }).click()]);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nie chcesz dostawać od nas ankiet e-mailem?');
    // Opening the page (as mail scanners do) is not unsubscribing.
    expect(await db.query(`SELECT count(*)::int AS n FROM consent_changes WHERE customer_id = $1`, [customer.id])).toEqual([{ n: 0 }]);
    await expectNoHorizontalScroll();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Wypisz mnie' }).click()]);

    await until('the unsubscribed heading', () => page.getByRole('heading', { level: 1 }).textContent(), (t) => t === 'Wypisano Cię z ankiet e-mail.', 20_000);
    expect(await db.query(`SELECT channel, opted_out, source FROM consent_changes WHERE customer_id = $1`, [customer.id])).toEqual([
      { channel: 'email', opted_out: true, source: 'unsubscribe_link' },
    ]);
    expect((await db.query(`SELECT email_opted_out_at IS NOT NULL AS out FROM customers WHERE id = $1`, [customer.id]))[0].out).toBe(true);
  }, 60_000);

  it('shows friendly pages for expired and unknown links', async () => {
    const customer = await makeCustomer(api.app, { locale: 'en' });
    const expired = await makeInvitation(api.app, customer.id, {
      channel: 'email',
      locale: 'en',
      sentAt: new Date(Date.now() - 10 * 86_400_000),
      expiresAt: new Date(Date.now() - 3 * 86_400_000),
    });

    const gone = await page.goto(`${baseUrl}/s/${expired.token}?score=5`);
    expect(gone!.status()).toBe(410);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This survey has closed.');
    await expectNoHorizontalScroll();

    await context.setExtraHTTPHeaders({ 'Accept-Language': 'pl-PL,pl;q=0.9' });
    const unknown = await page.goto(`${baseUrl}/s/${randomBytes(24).toString('base64url')}?score=5`);
    expect(unknown!.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nie znaleźliśmy tego linku.');
    expect(await db.query(`SELECT count(*)::int AS n FROM responses WHERE invitation_id = $1`, [expired.id])).toEqual([{ n: 0 }]);
  }, 60_000);

  it('can be answered with the keyboard alone, the scale announced as a group of radios', async () => {
    const customer = await makeCustomer(api.app, { locale: 'en' });
    const invitation = await makeInvitation(api.app, customer.id, { channel: 'email', locale: 'en', metric: 'nps' });
    await page.goto(`${baseUrl}/s/${invitation.token}`);

    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('score-0');
    // The focused score shows a visible focus ring.
    expect(await styleOf('label[for="score-0"]', 'outlineStyle')).toBe('solid');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fast delivery, <b>friendly</b> staff');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/\/thanks$/), page.keyboard.press('Enter')]);

    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain('heading "Thank you for your answer!" [level=1]');
    expect(tree).toContain('Fast delivery, <b>friendly</b> staff');
    const [response] = await db.query(`SELECT score, comment, source FROM responses WHERE invitation_id = $1`, [invitation.id]);
    expect(response).toEqual({ score: 9, comment: 'Fast delivery, <b>friendly</b> staff', source: 'web' });

    await page.goto(`${baseUrl}/s/${invitation.token}`);
    const form = await page.locator('form').ariaSnapshot();
    expect(form).toContain('group "How likely are you to recommend us to a friend or colleague?"');
    expect(form).toContain('radio "9" [checked]');
    expect(form).toContain('textbox "What is the main reason for your score?"');
  }, 60_000);
});
