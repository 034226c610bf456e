import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { FeedbackRoutingService } from '@feedloop/feedback/feedback-routing.service';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';
import { FeedbackItemRow, makeFeedbackItem } from '../../test/factories/feedback-items';

const ACTIONS: Array<[string, Record<string, string | string[]>]> = [
  ['acknowledge', {}],
  ['start', {}],
  ['reopen', {}],
  ['assign', { assigneeId: '' }],
  ['resolve', { resolutionNote: 'Done' }],
  ['reroute', { department: 'logistics', note: 'ours' }],
  ['themes', { themes: 'late_delivery' }],
  ['reply', { channel: 'email', body: 'Hello' }],
];

/** What a browser reads from an attribute handlebars escaped. */
const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=').replace(/&quot;/g, '"');

describe('/inbox', () => {
  let d: TestDashboard;
  let db: DataSource;
  let logisticsHead: UserEntity;
  let headAgent: Agent;
  let adminAgent: Agent;
  let late: FeedbackItemRow;
  let billing: FeedbackItemRow;

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    logisticsHead = await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Lena Logistyk' });
    headAgent = await signedIn(logisticsHead);
    adminAgent = await signedIn(await d.makeUser({ role: 'admin', name: 'Ada Admin' }));
    late = await makeFeedbackItem(d.app, { department: 'logistics', themes: ['late_delivery'], comment: 'Kurier <b>spóźnił</b> się dwa dni', team: 'Kurierzy' });
    billing = await makeFeedbackItem(d.app, { department: 'billing', themes: ['invoice_error'], comment: 'Faktura ma zły NIP' });
  });
  afterAll(() => d.close());

  async function signedIn(user: UserEntity): Promise<Agent> {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  }

  const statusOf = async (id: string) => (await db.query(`SELECT status, resolution_note FROM feedback_items WHERE id = $1`, [id]))[0];

  describe('GET /inbox', () => {
    it('shows a department head their department\'s items only, comments escaped, with the SLA state and deadline', async () => {
      const page = await headAgent.get('/inbox').expect(200);
      expect(page.text).toContain(`href="/inbox/${late.id}"`);
      expect(page.text).not.toContain(`href="/inbox/${billing.id}"`);
      expect(page.text).toContain('Kurier &lt;b&gt;spóźnił&lt;/b&gt; się dwa dni');
      expect(page.text).not.toContain('<b>spóźnił</b>');
      expect(page.text).toMatch(/<span class="badge ok">On time<\/span>\s*<span class="deadline">Acknowledge by /);
      expect(page.text).toContain('<span class="chip">Late delivery</span>');
      // The department filter means nothing to a head: it is not offered, and ignored when sent.
      expect(page.text).not.toContain('id="f-department"');
      const sneaky = await headAgent.get('/inbox?department=billing').expect(200);
      expect(sneaky.text).not.toContain(`href="/inbox/${billing.id}"`);
    });

    it('shows an admin every department, narrowed by the department filter kept in the form', async () => {
      const all = await adminAgent.get('/inbox').expect(200);
      expect(all.text).toContain(`href="/inbox/${late.id}"`);
      expect(all.text).toContain(`href="/inbox/${billing.id}"`);
      const filtered = await adminAgent.get('/inbox?department=billing&status=&theme=').expect(200);
      expect(filtered.text).toContain(`href="/inbox/${billing.id}"`);
      expect(filtered.text).not.toContain(`href="/inbox/${late.id}"`);
      expect(filtered.text).toContain('<option value="billing" selected>');
    });

    it('filters by theme, status, SLA state, channel and team', async () => {
      const byTheme = await adminAgent.get('/inbox?theme=invoice_error').expect(200);
      expect(byTheme.text).toContain(`href="/inbox/${billing.id}"`);
      expect(byTheme.text).not.toContain(`href="/inbox/${late.id}"`);
      const byTeam = await adminAgent.get('/inbox?team=Kurierzy&contactChannel=phone&slaState=on_time&status=new').expect(200);
      expect(byTeam.text).toContain(`href="/inbox/${late.id}"`);
      expect(byTeam.text).not.toContain(`href="/inbox/${billing.id}"`);
      expect((await adminAgent.get('/inbox?slaState=breached').expect(200)).text).toContain('No items match these filters.');
    });

    it('pages to older items with a link that keeps the filters', async () => {
      const customer = await makeCustomer(d.app);
      for (let i = 0; i < 27; i++) {
        await makeFeedbackItem(d.app, { department: 'product', customerId: customer.id, createdAt: new Date(Date.now() - (i + 1) * 60_000) });
      }
      const first = await adminAgent.get('/inbox?department=product').expect(200);
      const older = /href="([^"]+)" rel="next"/.exec(first.text)?.[1];
      expect(older).toBeDefined();
      const url = new URL(decodeEntities(older!), 'http://x');
      expect(url.pathname).toBe('/inbox');
      expect(url.searchParams.get('department')).toBe('product');
      const second = await adminAgent.get(`${url.pathname}${url.search}`).expect(200);
      const ids = (text: string) => [...text.matchAll(/<p class="item-title"><a href="\/inbox\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
      expect(ids(first.text)).toHaveLength(25);
      expect(ids(second.text)).toHaveLength(2);
      expect(ids(second.text).filter((id) => ids(first.text).includes(id))).toEqual([]);
      expect(second.text).not.toContain('rel="next"');
    });

    it('answers 403 to a retention agent and hides the navigation entry', async () => {
      const agent = await signedIn(await d.makeUser({ role: 'retention_agent' }));
      await agent.get('/inbox').expect(403);
      await agent.get(`/inbox/${late.id}`).expect(403);
      await agent.get('/inbox/charts').expect(403);
      expect((await agent.get('/').expect(200)).text).not.toContain('href="/inbox"');
      expect((await headAgent.get('/').expect(200)).text).toContain('href="/inbox"');
    });

    it('names a bad date next to its field', async () => {
      const res = await adminAgent.get('/inbox?from=yesterday').expect(400);
      expect(res.text).toMatch(/id="f-from-error">From must be a date</);
      expect(res.text).toContain('value="yesterday"');
    });
  });

  describe('GET /inbox/:id', () => {
    it('shows the item with the customer\'s whole history, newest first', async () => {
      const customer = await makeCustomer(d.app, { name: 'Jan <i>Kowalski</i>' });
      const earlier = await makeFeedbackItem(d.app, {
        department: 'logistics',
        customerId: customer.id,
        comment: 'Wcześniej też było źle',
        createdAt: new Date(Date.now() - 5 * 86_400_000),
      });
      const otherDepartment = await makeFeedbackItem(d.app, { department: 'billing', customerId: customer.id, comment: 'Sprawa rozliczeń' });
      const item = await makeFeedbackItem(d.app, { department: 'logistics', customerId: customer.id, comment: 'Znowu spóźnienie' });
      await db.query(
        `INSERT INTO events (type, idempotency_key, customer_id, occurred_at, contact_channel, team)
         VALUES ('contact', 'k-history', $1, now() - interval '2 days', 'chat', 'Czat')`,
        [customer.id],
      );

      const page = await headAgent.get(`/inbox/${item.id}`).expect(200);
      expect(page.text).toContain('<h1>Jan &lt;i&gt;Kowalski&lt;/i&gt; (');
      expect(page.text).toContain('Znowu spóźnienie');
      const history = page.text.slice(page.text.indexOf('id="history-title"'));
      expect(history).toContain(`href="/inbox/${earlier.id}"`);
      expect(history).toContain('Wcześniej też było źle');
      // Another department's item stays out of a head's view, though the answer itself is the customer's history.
      expect(history).not.toContain(`href="/inbox/${otherDepartment.id}"`);
      expect(history).toContain('Contact</span>');
      expect(history.indexOf('Contact</span>')).toBeLessThan(history.indexOf(`href="/inbox/${earlier.id}"`));
    });

    it('shows an exit interview\'s item as one, with no score and no untranslated label, in the list and on its page', async () => {
      const customer = await makeCustomer(d.app, { name: 'Ola Odchodząca' });
      const [churnCase] = await db.query(
        `INSERT INTO churn_cases (customer_id, source, cancelled_at, first_contact_due) VALUES ($1, 'manual', now(), now() + interval '1 day') RETURNING id`,
        [customer.id],
      );
      const routed = await d.app.get(FeedbackRoutingService).routeExitInterview({
        churnCaseId: churnCase.id,
        customerId: customer.id,
        // No comment: the reason alone decides, not the classifier.
        comment: null,
        locale: 'pl',
        reasonRoutes: [{ department: 'logistics', theme: null, reason: 'delivery_problems' }],
      });
      expect(routed.created).toHaveLength(1);
      const untranslated = />[^<]*\binbox\.[a-z]/;

      const page = await headAgent.get(`/inbox/${routed.created[0]}`).expect(200);
      expect(page.text).not.toMatch(untranslated);
      const answer = page.text.slice(page.text.indexOf('id="answer-title"'), page.text.indexOf('id="history-title"'));
      expect(answer).toContain('<span class="metric">Exit interview</span>');
      expect(answer).not.toContain('class="score');
      expect(answer).toContain("The customer&#x27;s exit interview");

      const list = await headAgent.get('/inbox').expect(200);
      expect(list.text).not.toMatch(untranslated);
      const row = list.text.slice(list.text.indexOf(`href="/inbox/${routed.created[0]}"`));
      expect(row.slice(0, row.indexOf('</a>'))).toContain('<span class="metric">Exit interview</span> · Ola Odchodząca');
    });

    it('flags an answer whose score the customer changed, not one that only gained its comment after the score link', async () => {
      const commented = await makeFeedbackItem(d.app, { department: 'logistics', score: 2, comment: 'Paczka przyszła zgnieciona' });
      const changed = await makeFeedbackItem(d.app, { department: 'logistics', score: 1, comment: 'Jednak gorzej' });
      // What the score link stored before the survey page added the comment, and a score the customer later took back.
      await db.query(`INSERT INTO response_changes (response_id, score, comment, source) VALUES ($1, 2, NULL, 'email_link')`, [commented.responseId]);
      await db.query(`INSERT INTO response_changes (response_id, score, comment, source) VALUES ($1, 2, NULL, 'email_link')`, [changed.responseId]);

      const commentedPage = await headAgent.get(`/inbox/${commented.id}`).expect(200);
      expect(commentedPage.text).toContain('Paczka przyszła zgnieciona');
      expect(commentedPage.text).not.toContain('answer changed later');
      const changedPage = await headAgent.get(`/inbox/${changed.id}`).expect(200);
      expect(changedPage.text).toContain('answer changed later');
    });

    it('answers 404 to a head for another department\'s item, on the page and on every action', async () => {
      const page = await headAgent.get(`/inbox/${billing.id}`).expect(404);
      expect(page.text).toContain('Page not found');
      await headAgent.get('/inbox/not-a-uuid').expect(404);
      const token = await csrfTokenFrom(headAgent, `/inbox/${late.id}`);
      for (const [action, fields] of ACTIONS) {
        const res = await headAgent.post(`/inbox/${billing.id}/${action}`).type('form').send({ _csrf: token, ...fields });
        expect([action, res.status]).toEqual([action, 404]);
      }
      expect(await statusOf(billing.id)).toEqual({ status: 'new', resolution_note: null });
      expect(await db.query(`SELECT 1 FROM feedback_replies WHERE item_id = $1`, [billing.id])).toEqual([]);
      expect((await db.query(`SELECT department_id FROM feedback_items WHERE id = $1`, [billing.id]))[0].department_id).toBe(billing.departmentId);
    });

    it('refuses actions without a valid CSRF token', async () => {
      await headAgent.post(`/inbox/${late.id}/acknowledge`).type('form').send({}).expect(403);
      await headAgent.post(`/inbox/${late.id}/resolve`).type('form').send({ _csrf: 'forged', resolutionNote: 'x' }).expect(403);
      expect((await statusOf(late.id)).status).toBe('new');
    });
  });

  describe('actions', () => {
    it('acknowledges, starts, assigns and resolves with a note, each with a flash message', async () => {
      const item = await makeFeedbackItem(d.app, { department: 'logistics' });
      const token = await csrfTokenFrom(headAgent, `/inbox/${item.id}`);
      const post = (action: string, fields: Record<string, string> = {}) => headAgent.post(`/inbox/${item.id}/${action}`).type('form').send({ _csrf: token, ...fields });

      expect((await post('acknowledge').expect(303)).headers.location).toBe(`/inbox/${item.id}`);
      expect((await headAgent.get(`/inbox/${item.id}`).expect(200)).text).toContain('<p class="flash flash-success" role="status">Acknowledged.</p>');
      expect((await statusOf(item.id)).status).toBe('acknowledged');

      // A stray 404 in between (a missing asset) leaves the message for the page.
      await post('start').expect(303);
      await headAgent.get('/favicon.ico').expect(404);
      expect((await headAgent.get(`/inbox/${item.id}`).expect(200)).text).toContain('Marked as in progress.');
      expect((await statusOf(item.id)).status).toBe('in_progress');

      await post('assign', { assigneeId: logisticsHead.id }).expect(303);
      expect((await headAgent.get(`/inbox/${item.id}`).expect(200)).text).toContain('Assigned to Lena Logistyk.');

      await post('resolve', { resolutionNote: 'Zwrot kosztów dostawy' }).expect(303);
      expect(await statusOf(item.id)).toEqual({ status: 'resolved', resolution_note: 'Zwrot kosztów dostawy' });
      const page = await headAgent.get(`/inbox/${item.id}`).expect(200);
      expect(page.text).toContain('Resolved.');
      expect(page.text).toContain('Status: In progress → Resolved. Note: Zwrot kosztów dostawy');
      expect(page.text).toContain(`action="/inbox/${item.id}/reopen"`);
    });

    it('keeps the typed text and names the note when resolving without one', async () => {
      const item = await makeFeedbackItem(d.app, { department: 'logistics' });
      const token = await csrfTokenFrom(headAgent, `/inbox/${item.id}`);
      const res = await headAgent.post(`/inbox/${item.id}/resolve`).type('form').send({ _csrf: token, resolutionNote: '   ' }).expect(400);
      expect(res.text).toMatch(/id="f-resolutionNote-error">Write what was done to resolve it/);
      expect(res.text).toMatch(/aria-describedby="f-resolutionNote-hint f-resolutionNote-error" aria-invalid="true"/);
      expect((await statusOf(item.id)).status).toBe('new');

      // What was typed in another form comes back too, escaped.
      const reply = await headAgent.post(`/inbox/${item.id}/reply`).type('form').send({ _csrf: token, channel: 'sms', body: '' }).expect(400);
      expect(reply.text).toMatch(/id="f-body-error">Write a message of 1 to 2000 characters</);
      expect(reply.text).toContain('<option value="sms" selected>');

      const long = 'x'.repeat(4001);
      const tooLong = await headAgent.post(`/inbox/${item.id}/resolve`).type('form').send({ _csrf: token, resolutionNote: `<script>${long}` }).expect(400);
      expect(tooLong.text).toContain(`&lt;script&gt;${long}</textarea>`);
    });

    it('shows an illegal status change on the page instead of an error page', async () => {
      const item = await makeFeedbackItem(d.app, { department: 'logistics', status: 'resolved' });
      const token = await csrfTokenFrom(headAgent, `/inbox/${item.id}`);
      const res = await headAgent.post(`/inbox/${item.id}/acknowledge`).type('form').send({ _csrf: token }).expect(409);
      expect(res.text).toContain('That change is not possible in the item&#x27;s current status');
      expect((await statusOf(item.id)).status).toBe('resolved');
    });

    it('edits themes and re-routes; a head is sent back to the inbox once the item is no longer theirs', async () => {
      const item = await makeFeedbackItem(d.app, { department: 'logistics', themes: ['late_delivery'] });
      const token = await csrfTokenFrom(headAgent, `/inbox/${item.id}`);
      await headAgent.post(`/inbox/${item.id}/themes`).type('form').send({ _csrf: token, themes: ['late_delivery', 'damaged_parcel'] }).expect(303);
      expect((await db.query(`SELECT theme_key, source FROM feedback_item_themes WHERE item_id = $1 ORDER BY theme_key`, [item.id]))).toEqual([
        { theme_key: 'damaged_parcel', source: 'staff' },
        { theme_key: 'late_delivery', source: 'staff' },
      ]);

      const moved = await headAgent.post(`/inbox/${item.id}/reroute`).type('form').send({ _csrf: token, department: 'billing', note: 'Chodzi o fakturę' }).expect(303);
      expect(moved.headers.location).toBe('/inbox');
      expect((await headAgent.get('/inbox').expect(200)).text).toContain('Sent to Billing.');
      await headAgent.get(`/inbox/${item.id}`).expect(404);
      const [row] = await db.query(`SELECT d.key FROM feedback_items f JOIN departments d ON d.id = f.department_id WHERE f.response_id = $1 AND f.withdrawn_at IS NULL`, [item.responseId]);
      expect(row.key).toBe('billing');
    });

    it('queues a reply to the customer', async () => {
      const item = await makeFeedbackItem(d.app, { department: 'logistics' });
      const token = await csrfTokenFrom(headAgent, `/inbox/${item.id}`);
      await headAgent.post(`/inbox/${item.id}/reply`).type('form').send({ _csrf: token, channel: 'email', body: 'Przepraszamy za opóźnienie.' }).expect(303);
      expect(await db.query(`SELECT channel, body, status FROM feedback_replies WHERE item_id = $1`, [item.id])).toEqual([
        { channel: 'email', body: 'Przepraszamy za opóźnienie.', status: 'queued' },
      ]);
      const page = await headAgent.get(`/inbox/${item.id}`).expect(200);
      expect(page.text).toContain('Your reply is on its way (E-mail).');
      expect(page.text).toContain('Przepraszamy za opóźnienie.');
    });
  });

  it('speaks Polish to a Polish head', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'department_head', department: 'logistics', locale: 'pl' }));
    const page = await agent.get('/inbox').expect(200);
    expect(page.text).toContain('<h1>Skrzynka</h1>');
    expect(page.text).toContain('<span class="chip">Opóźniona dostawa</span>');
    const token = await csrfTokenFrom(agent, `/inbox/${late.id}`);
    const res = await agent.post(`/inbox/${late.id}/resolve`).type('form').send({ _csrf: token, resolutionNote: '' }).expect(400);
    expect(res.text).toMatch(/id="f-resolutionNote-error">Opisz, co zostało zrobione/);
  });

  describe('GET /inbox/charts', () => {
    it('serves chart.js and the page script from this origin, with the numbers as tables and safe JSON', async () => {
      await makeFeedbackItem(d.app, { department: 'billing', themes: ['refund'] });
      const page = await adminAgent.get('/inbox/charts').expect(200);
      expect(page.text).toContain('<script src="/assets/vendor/chart.umd.min.js" defer></script>');
      const json = /<script type="application\/json" id="chart-data">([^<]*)<\/script>/.exec(page.text)?.[1];
      expect(json).toBeDefined();
      const data = JSON.parse(json!);
      expect(data.top.labels).toContain('Refund');
      expect(page.text).toMatch(/<th scope="row">Refund<\/th><td>\d+<\/td>/);
      const csp = page.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");

      const lib = await adminAgent.get('/assets/vendor/chart.umd.min.js').expect(200);
      expect(lib.headers['content-type']).toMatch(/javascript/);
      expect(lib.text).toContain('Chart');
      await adminAgent.get('/assets/inbox-charts.js').expect(200);
    });

    it('shows SLA compliance as percentages', async () => {
      const overdue = await makeFeedbackItem(d.app, { department: 'digital', createdAt: new Date(Date.now() - 30 * 86_400_000) });
      const onTime = await makeFeedbackItem(d.app, { department: 'digital', createdAt: new Date(Date.now() - 20 * 86_400_000), status: 'resolved' });
      expect([overdue.id, onTime.id]).toHaveLength(2);
      const page = await adminAgent.get('/inbox/charts?department=digital').expect(200);
      expect(page.text).toMatch(/<tr><th scope="row">Digital<\/th><td>2<\/td><td>50%<\/td><td>50%<\/td><td>1<\/td><\/tr>/);
    });

    it('limits a head to their department', async () => {
      await makeFeedbackItem(d.app, { department: 'billing', themes: ['unexpected_charge'] });
      const page = await headAgent.get('/inbox/charts').expect(200);
      expect(page.text).not.toContain('Unexpected charge');
      expect(page.text).not.toContain('id="f-department"');
    });
  });
});
