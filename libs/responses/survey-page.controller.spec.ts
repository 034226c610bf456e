import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TestApi, startTestApi } from '../../test/api';
import { makeCustomer } from '../../test/factories/customers';
import { InvitationOverrides, makeInvitation } from '../../test/factories/invitations';
import { WebhooksService } from '@feedloop/webhooks/webhooks.service';

const PER_TOKEN = 4;
const PER_IP = 8;
const MAX_PAGE_BYTES = 30 * 1024;

describe('survey pages /s/:token', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi({ SURVEY_RATE_LIMIT_PER_TOKEN: String(PER_TOKEN), SURVEY_RATE_LIMIT_PER_IP: String(PER_IP), TRUST_PROXY: 'loopback' });
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /**
   * Requests as from a client of their own: with TRUST_PROXY=loopback the app
   * takes X-Forwarded-For from supertest, so each test gets its own per-address limit.
   */
  let addresses = 0;
  function client(ip = `198.51.100.${++addresses}`) {
    const http = () => request(api.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('X-Forwarded-For', ip),
      head: (path: string) => http().head(path).set('X-Forwarded-For', ip),
      post: (path: string, form: Record<string, string> | string) => http().post(path).set('X-Forwarded-For', ip).type('form').send(form),
    };
  }
  let me: ReturnType<typeof client>;
  beforeEach(() => {
    me = client();
  });

  async function invited(overrides: InvitationOverrides & { customerLocale?: 'pl' | 'en' } = {}) {
    const locale = overrides.locale ?? 'pl';
    const customer = await makeCustomer(api.app, { locale: overrides.customerLocale ?? locale });
    const invitation = await makeInvitation(api.app, customer.id, { channel: 'email', locale, ...overrides });
    return { customer, invitation, path: `/s/${invitation.token}` };
  }
  const responseOf = async (invitationId: string) =>
    (await db.query(`SELECT id, score, comment, source, channel FROM responses WHERE invitation_id = $1`, [invitationId]))[0] ?? null;
  const historyOf = (responseId: string) => db.query(`SELECT score, comment, source FROM response_changes WHERE response_id = $1 ORDER BY id`, [responseId]);
  const statusOf = async (invitationId: string) => (await db.query(`SELECT status FROM invitations WHERE id = $1`, [invitationId]))[0].status as string;
  const logOf = async (invitationId: string) =>
    (await db.query(`SELECT status FROM invitation_log WHERE invitation_id = $1 AND status = 'answered' ORDER BY id`, [invitationId])).map((r: { status: string }) => r.status);
  const responseCount = async () => Number((await db.query(`SELECT count(*) AS n FROM responses`))[0].n);

  /** What every one of these pages must be: small, HTML, not indexed, not cached, no referrer, no inline anything but its own stylesheet. */
  function expectPublicPage(res: request.Response, lang: 'pl' | 'en'): void {
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Buffer.byteLength(res.text)).toBeLessThan(MAX_PAGE_BYTES);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-language']).toBe(lang);
    expect(res.text).toContain(`<html lang="${lang}">`);
    expect(res.text).not.toMatch(/<script|\bat \S+\.(ts|js):\d+/);
    const css = /<style>([\s\S]*)<\/style>/.exec(res.text)![1];
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  }
  const checkedScore = (html: string) => /<input type="radio" name="score" id="score-(\d+)" value="\d+" checked>/.exec(html)?.[1] ?? null;

  describe('GET ?score=n (the score link of the e-mail)', () => {
    it('records the score at once and asks "why?" with that score selected and changeable', async () => {
      const { invitation, path } = await invited({ locale: 'pl' });

      const res = await me.get(`${path}?score=3`).expect(200);

      expectPublicPage(res, 'pl');
      expect(res.text).toContain('<h1>Dziękujemy! Zapisaliśmy Twoją ocenę: 3.</h1>');
      expect(checkedScore(res.text)).toBe('3');
      expect(res.text.match(/type="radio" name="score"/g)).toHaveLength(5);
      expect(res.text).toContain('<label class="field-label" for="comment">Jaki jest główny powód Twojej oceny?</label>');
      expect(res.text).toMatch(/<form method="post">/);
      expect(await responseOf(invitation.id)).toMatchObject({ score: 3, comment: null, source: 'email_link', channel: 'email' });
      expect(await statusOf(invitation.id)).toBe('answered');
    });

    it('changes the score when another link is clicked, keeping the comment and the history', async () => {
      const { invitation, path } = await invited();
      await me.get(`${path}?score=2`).expect(200);
      await me.post(path, { score: '2', comment: 'Długo czekałem' }).expect(303);

      const res = await me.get(`${path}?score=4`).expect(200);

      expect(checkedScore(res.text)).toBe('4');
      expect(res.text).toContain('>Długo czekałem</textarea>');
      const response = await responseOf(invitation.id);
      expect(response).toMatchObject({ score: 4, comment: 'Długo czekałem', source: 'email_link' });
      expect(await historyOf(response.id)).toEqual([
        { score: 2, comment: null, source: 'email_link' },
        { score: 2, comment: 'Długo czekałem', source: 'web' },
      ]);
    });

    it('shows the scale with an error and records nothing for a score outside the scale or not a number', async () => {
      const { invitation, path } = await invited({ locale: 'en' });
      for (const query of ['score=0', 'score=6', 'score=abc', 'score=', 'score=3.5', 'score=3&score=4']) {
        const res = await me.get(`${path}?${query}`).expect(400);
        expectPublicPage(res, 'en');
        expect(res.text).toContain('<p class="error" id="score-error">That score is not valid. Choose a score from 1 to 5.</p>');
        expect(res.text).toContain('aria-describedby="score-hint score-error"');
        expect(res.text).toMatch(/<title>Error: /);
        expect(checkedScore(res.text)).toBeNull();
      }
      expect(await responseOf(invitation.id)).toBeNull();
      expect(await statusOf(invitation.id)).toBe('sent');
    });

    it('takes the NPS scale from 0 to 10 in two rows', async () => {
      const { invitation, path } = await invited({ metric: 'nps' });
      const res = await me.get(`${path}?score=0`).expect(200);
      expect(res.text.match(/type="radio" name="score"/g)).toHaveLength(11);
      expect(res.text).toContain('class="scale cols-6"');
      expect(await responseOf(invitation.id)).toMatchObject({ score: 0 });
    });

    it('records nothing for a HEAD request, which link checkers send', async () => {
      const { invitation, path } = await invited();
      await me.head(`${path}?score=5`).expect(200);
      expect(await responseOf(invitation.id)).toBeNull();
    });

    it('writes the first answer with the invitation answered and one line of its log', async () => {
      const { invitation, path } = await invited();
      await me.get(`${path}?score=5`).expect(200);
      await client().get(`${path}?score=5`).expect(200);

      expect(await responseOf(invitation.id)).toMatchObject({ score: 5, source: 'email_link' });
      const [row] = await db.query(`SELECT status, answered_at IS NOT NULL AS "hasAnsweredAt" FROM invitations WHERE id = $1`, [invitation.id]);
      expect(row).toEqual({ status: 'answered', hasAnsweredAt: true });
      expect(await logOf(invitation.id)).toEqual(['answered']);
    });

    it('keeps one response, its history and one "answered" line when two links of one invitation are clicked at once', async () => {
      const { invitation, path } = await invited();

      const [a, b] = await Promise.all([client().get(`${path}?score=1`), client().get(`${path}?score=5`)]);

      expect([a.status, b.status]).toEqual([200, 200]);
      const response = await responseOf(invitation.id);
      const history = await historyOf(response.id);
      // Whichever came second replaced the first and kept it.
      expect([...history.map((h: { score: number }) => h.score), response.score].sort()).toEqual([1, 5]);
      expect(await statusOf(invitation.id)).toBe('answered');
      expect(await logOf(invitation.id)).toEqual(['answered']);
    });

    it('queues the webhooks of the endpoints listening with the first answer, and only theirs', async () => {
      const webhooks = api.app.get(WebhooksService);
      const { endpoint } = await webhooks.create({ url: 'https://crm.example.com/hooks', events: ['response.detractor'] });
      const paused = await webhooks.create({ url: 'https://crm.example.com/paused', events: ['response.created', 'response.detractor'], status: 'paused' });
      try {
        const detractor = await invited();
        const satisfied = await invited();

        await me.get(`${detractor.path}?score=2`).expect(200);
        await me.get(`${satisfied.path}?score=4`).expect(200);

        for (const { invitation } of [detractor, satisfied]) {
          expect(await statusOf(invitation.id)).toBe('answered');
          expect(await logOf(invitation.id)).toEqual(['answered']);
        }
        const deliveries = await db.query(
          `SELECT endpoint_id AS "endpointId", event_type AS type, payload::jsonb #>> '{response,invitationId}' AS "invitationId" FROM webhook_deliveries`,
        );
        expect(deliveries).toEqual([{ endpointId: endpoint.id, type: 'response.detractor', invitationId: detractor.invitation.id }]);
      } finally {
        await webhooks.remove(endpoint.id);
        await webhooks.remove(paused.endpoint.id);
      }
    });
  });

  describe('GET (the plain link)', () => {
    it('shows the question as the legend of a labelled radio scale and a comment field, recording nothing', async () => {
      const { invitation, path } = await invited({ locale: 'en' });

      const res = await me.get(path).expect(200);

      expectPublicPage(res, 'en');
      expect(res.text).toContain('<legend><h1>How satisfied are you with the help you received?</h1></legend>');
      for (let score = 1; score <= 5; score++) {
        expect(res.text).toContain(`<input type="radio" name="score" id="score-${score}" value="${score}"><label for="score-${score}">${score}</label>`);
      }
      expect(res.text).toContain('1 &#x3D; very dissatisfied, 5 &#x3D; very satisfied');
      expect(res.text).toContain('<textarea id="comment" name="comment" rows="5" maxlength="2000" aria-describedby="comment-hint">');
      expect(res.text).toContain('<button type="submit">Send</button>');
      expect(checkedScore(res.text)).toBeNull();
      expect(await responseOf(invitation.id)).toBeNull();
    });

    it('shows a stored answer for changing, its comment escaped', async () => {
      const { path } = await invited();
      await me.post(path, { score: '5', comment: '<b>Super</b> & "szybko"' }).expect(303);
      const res = await me.get(path).expect(200);
      expect(checkedScore(res.text)).toBe('5');
      expect(res.text).toContain('&lt;b&gt;Super&lt;/b&gt; &amp; &quot;szybko&quot;</textarea>');
    });
  });

  describe('POST (the form)', () => {
    it('records the score and comment from the web and redirects (303) to a thank-you page showing them', async () => {
      const { invitation, path } = await invited();
      const comment = 'Kurier się spóźnił, ale był uprzejmy — dziękuję! 👍';

      const res = await me.post(path, { score: '4', comment: `  ${comment}\n` }).expect(303);

      expect(res.headers.location).toBe(`${invitation.token}/thanks`);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(await responseOf(invitation.id)).toMatchObject({ score: 4, comment, source: 'web' });
      expect(await statusOf(invitation.id)).toBe('answered');

      const thanks = await me.get(`${path}/thanks`).expect(200);
      expectPublicPage(thanks, 'pl');
      expect(thanks.text).toContain('<h1>Dziękujemy za odpowiedź!</h1>');
      expect(thanks.text).toContain('Twoja ocena: 4 (w skali od 1 do 5).');
      expect(thanks.text).toContain(`<blockquote>${comment}</blockquote>`);
      expect(thanks.text).toContain(`<a href="../${invitation.token}">Zmień odpowiedź</a>`);
    });

    it('stores a comment with markup exactly as written and escapes it on every page', async () => {
      const { invitation, path } = await invited();
      const comment = `<script>alert("x")</script><img src=x onerror=alert(1)> 'a' & b`;

      await me.post(path, { score: '1', comment }).expect(303);

      expect((await responseOf(invitation.id)).comment).toBe(comment);
      const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &#x27;a&#x27; &amp; b';
      for (const page of [`${path}/thanks`, path, `${path}?score=2`]) {
        const res = await me.get(page).expect(200);
        expect(res.text).toContain(escaped);
        expect(res.text).not.toContain('<script');
        expect(res.text).not.toContain('<img');
      }
    });

    it('follows a trailing slash in the redirect', async () => {
      const { path } = await invited();
      const res = await me.post(`${path}/`, { score: '3' }).expect(303);
      expect(res.headers.location).toBe('thanks');
    });

    it('answers a missing score with the form, the error tied to the scale and the comment kept, writing nothing', async () => {
      const { invitation, path } = await invited();

      const res = await me.post(path, { comment: 'Bez oceny <3' }).expect(400);

      expectPublicPage(res, 'pl');
      expect(res.text).toContain('<p class="error" id="score-error">Wybierz ocenę od 1 do 5.</p>');
      expect(res.text).toContain('<fieldset aria-describedby="score-hint score-error">');
      expect(res.text).toContain('id="score-1" value="1" autofocus>');
      expect(res.text).toContain('>Bez oceny &lt;3</textarea>');
      expect(res.text).toMatch(/<title>Błąd: /);
      expect(await responseOf(invitation.id)).toBeNull();
      expect(await statusOf(invitation.id)).toBe('sent');
    });

    it('refuses a comment over 2,000 characters with the error on the comment field, writing nothing; 2,000 emoji fit', async () => {
      const { invitation, path } = await invited({ locale: 'en' });

      const res = await me.post(path, { score: '2', comment: 'x'.repeat(2001) }).expect(400);

      expect(res.text).toContain('<p class="error" id="comment-error">The comment can be at most 2000 characters long. Please shorten it.</p>');
      expect(res.text).toContain('aria-describedby="comment-hint comment-error" aria-invalid="true" autofocus>');
      expect(checkedScore(res.text)).toBe('2');
      expect(await responseOf(invitation.id)).toBeNull();

      await me.post(path, { score: '2', comment: '😀'.repeat(2000) }).expect(303);
      expect([...(await responseOf(invitation.id)).comment]).toHaveLength(2000);
    });

    it('reads malformed bodies as a missing or invalid field, never as a crash', async () => {
      const { invitation, path } = await invited({ locale: 'en' });
      const post = () => request(api.app.getHttpServer()).post(path).set('X-Forwarded-For', '192.0.2.77');

      expect((await post().type('form').send('score=1&score=2&comment=x').expect(400)).text).toContain('That score is not valid.');
      expect((await post().type('form').send('score=1&comment=a&comment=b').expect(400)).text).toContain('We could not read the comment.');
      expect((await post().set('Content-Type', 'text/plain').send('score=3').expect(400)).text).toContain('Choose a score from 1 to 5.');
      expect((await post().type('form').send('%%%').expect(400)).text).toContain('Choose a score from 1 to 5.');
      const json = await post().set('Content-Type', 'application/json').send('{"score": 3,').expect(400);
      expect(json.text).not.toMatch(/\bat \S+\.(ts|js):\d+/);
      expect(await responseOf(invitation.id)).toBeNull();
    });

    it('changes an answer within the expiry, keeping the earlier values', async () => {
      const { invitation, path } = await invited();
      await me.post(path, { score: '2', comment: 'Źle' }).expect(303);
      await me.post(path, { score: '5', comment: 'Jednak dobrze' }).expect(303);

      const response = await responseOf(invitation.id);
      expect(response).toMatchObject({ score: 5, comment: 'Jednak dobrze', source: 'web' });
      expect(await historyOf(response.id)).toEqual([{ score: 2, comment: 'Źle', source: 'web' }]);
    });
  });

  describe('thank-you page', () => {
    it('sends to the question when nothing was answered yet', async () => {
      const { invitation, path } = await invited();
      const res = await me.get(`${path}/thanks`).expect(303);
      expect(res.headers.location).toBe(`../${invitation.token}`);
    });
  });

  describe('links that lead nowhere', () => {
    const week = 7 * 86_400_000;

    it.each([
      ['past its expiry', { expiresAt: new Date(Date.now() - 60_000), sentAt: new Date(Date.now() - week) }],
      ['marked expired', { status: 'expired' as const, expiresAt: new Date(Date.now() - 60_000), sentAt: new Date(Date.now() - week) }],
    ])('answers an invitation %s with a friendly 410 page in its language, recording nothing', async (_, overrides) => {
      const { invitation, path } = await invited({ locale: 'en', ...overrides });
      for (const req of [me.get(`${path}?score=4`), me.get(path), me.post(path, { score: '4' }), me.get(`${path}/thanks`)]) {
        const res = await req.set('Accept-Language', 'pl').expect(410);
        expectPublicPage(res, 'en');
        expect(res.text).toContain('<h1>This survey has closed.</h1>');
        expect(res.text).not.toContain('<form');
      }
      expect(await responseOf(invitation.id)).toBeNull();
    });

    it.each(['scheduled', 'sending', 'failed'] as const)('answers an invitation that is %s with the closed page (410)', async (status) => {
      const { invitation, path } = await invited({ status });
      const res = await me.get(`${path}?score=4`).expect(410);
      expectPublicPage(res, 'pl');
      expect(res.text).toContain('<h1>Na tę ankietę nie można już odpowiedzieć.</h1>');
      expect(await responseOf(invitation.id)).toBeNull();
    });

    it('answers suppressed invitations and those of erased customers with the closed page', async () => {
      const suppressed = await invited();
      await db.query(`UPDATE invitations SET status = 'suppressed', suppression_reason = 'throttled', sent_at = NULL WHERE id = $1`, [suppressed.invitation.id]);
      const erased = await invited();
      await db.query(`UPDATE customers SET erased_at = now(), external_id = NULL, name = NULL, email = NULL, phone = NULL WHERE id = $1`, [erased.customer.id]);

      await me.get(`${suppressed.path}?score=4`).expect(410);
      await me.post(erased.path, { score: '4' }).expect(410);
      expect(await responseOf(suppressed.invitation.id)).toBeNull();
      expect(await responseOf(erased.invitation.id)).toBeNull();
    });

    it.each([
      ['an unknown token', '/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      ['a token that is too long', `/s/${'x'.repeat(500)}`],
      ['a token with markup', `/s/${encodeURIComponent('<script>alert(1)</script>')}`],
      ['a token with a NUL byte', '/s/abc%00def'],
    ])('answers %s with a friendly 404 page in the browser\'s language', async (_, path) => {
      const before = await responseCount();
      for (const req of [me.get(path), me.get(`${path}?score=3`), me.post(path, { score: '3' }), me.get(`${path}/thanks`)]) {
        const res = await req.set('Accept-Language', 'pl-PL,pl;q=0.9,en;q=0.8').expect(404);
        expectPublicPage(res, 'pl');
        expect(res.text).toContain('<h1>Nie znaleźliśmy tego linku.</h1>');
      }
      const english = await me.get(path).set('Accept-Language', 'de, en;q=0.5').expect(404);
      expect(english.text).toContain('<h1>We could not find this link.</h1>');
      expect(await responseCount()).toBe(before);
    });

    it('answers a path that cannot be decoded without a stack trace', async () => {
      const res = await me.get('/s/%E0%A4%A').expect(400);
      expect(res.text).not.toMatch(/\bat \S+\.(ts|js):\d+/);
    });
  });

  it('shows a friendly 500 page, without internals, when the answer cannot be stored', async () => {
    const { invitation, path } = await invited({ locale: 'en' });
    // Stands in for any failure of the database while recording.
    await db.query(`ALTER TABLE responses ADD CONSTRAINT test_refuse_one CHECK (invitation_id <> '${invitation.id}')`);
    try {
      for (const req of [me.get(`${path}?score=4`), me.post(path, { score: '4', comment: 'x' })]) {
        const res = await req.expect(500);
        expectPublicPage(res, 'en');
        expect(res.text).toContain('<h1>Something went wrong on our side.</h1>');
        expect(res.text).not.toMatch(/test_refuse_one|constraint|QueryFailedError/i);
      }
    } finally {
      await db.query('ALTER TABLE responses DROP CONSTRAINT test_refuse_one');
    }
    expect(await responseOf(invitation.id)).toBeNull();
    expect(await statusOf(invitation.id)).toBe('sent');
  });

  it('stores neither the response nor its webhooks when the invitation cannot be marked answered, whether an endpoint listens or not', async () => {
    const webhooks = api.app.get(WebhooksService);
    for (const listening of [false, true]) {
      const { endpoint } = listening ? await webhooks.create({ url: 'https://crm.example.com/hooks', events: ['response.created'] }) : { endpoint: null };
      const { invitation, path } = await invited();
      // Stands in for any failure after the response is written: its invitation's log line is refused.
      await db.query(`ALTER TABLE invitation_log ADD CONSTRAINT test_refuse_one CHECK (invitation_id <> '${invitation.id}')`);
      try {
        await me.get(`${path}?score=4`).expect(500);
      } finally {
        await db.query('ALTER TABLE invitation_log DROP CONSTRAINT test_refuse_one');
        if (endpoint) await webhooks.remove(endpoint.id);
      }
      expect(await responseOf(invitation.id)).toBeNull();
      expect(await statusOf(invitation.id)).toBe('sent');
      expect(await db.query(`SELECT 1 FROM webhook_deliveries WHERE payload::jsonb #>> '{response,invitationId}' = $1`, [invitation.id])).toEqual([]);
    }
  });

  describe('rate limits', () => {
    it(`takes ${PER_TOKEN} answers per invitation in a window, then shows a 429 page with Retry-After`, async () => {
      const { invitation, path } = await invited();
      for (let score = 1; score <= PER_TOKEN; score++) await client().get(`${path}?score=${score}`).expect(200);

      const refused = await client().post(path, { score: '5', comment: 'za dużo' }).expect(429);

      expectPublicPage(refused, 'pl');
      expect(refused.text).toContain('<h1>Zbyt wiele prób w krótkim czasie.</h1>');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(await responseOf(invitation.id)).toMatchObject({ score: PER_TOKEN, comment: null });
      // Reading the page is not an answer and stays open.
      await client().get(path).expect(200);
      const other = await invited();
      await client().get(`${other.path}?score=5`).expect(200);
    });

    it(`takes ${PER_IP} answers per client address in a window, across invitations; unknown tokens write nothing and do not count`, async () => {
      const ip = '192.0.2.200';
      for (let i = 0; i < 3; i++) await client(ip).post(`/s/unknown-${i}`, { score: '3' }).expect(404);
      for (let i = 0; i < PER_IP - 1; i++) {
        const other = await invited();
        await client(ip).get(`${other.path}?score=4`).expect(200);
      }
      const { invitation, path } = await invited();
      await client(ip).get(`${path}?score=2`).expect(200);

      const refused = await client(ip).get(`${path}?score=5`).set('Accept-Language', 'en').expect(429);

      // Refused once the invitation is known: in its language, not the browser's.
      expect(refused.text).toContain('<h1>Zbyt wiele prób w krótkim czasie.</h1>');
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(await responseOf(invitation.id)).toMatchObject({ score: 2 });
      // A first answer (written by one statement with the limit in it) is refused the same way, with nothing stored.
      const fresh = await invited();
      await client(ip).get(`${fresh.path}?score=3`).expect(429);
      expect(await responseOf(fresh.invitation.id)).toBeFalsy();
      await client('192.0.2.201').get(`${path}?score=5`).expect(200);
    });
  });
});
