import { DataSource } from 'typeorm';
import { UserEntity } from '@feedloop/auth/user.entity';
import { Agent, TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { seedResponses } from '../../test/factories/responses';

const DAY = 86_400_000;

/** The cells of the table drawn for `chart`, as the page shows them. */
function tableOf(html: string, chart: string): string[][] {
  const m = new RegExp(`<table data-chart="${chart}">([\\s\\S]*?)</table>`).exec(html);
  if (!m) throw new Error(`no table for ${chart}`);
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&#x3D;/g, '=');
  return [...m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1])));
}

/** RFC 4180 lines of a small CSV without line breaks inside cells. */
function parseCsv(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) cells.push(cell), (cell = '');
      else cell += ch;
    }
    cells.push(cell);
    return cells;
  });
}

/** An attribute as a browser reads it. */
const attr = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=');

describe('GET / (overview)', () => {
  let d: TestDashboard;
  let db: DataSource;
  let adminAgent: Agent;
  let headAgent: Agent;

  const signedIn = async (user: UserEntity) => {
    const agent = d.agent();
    expect((await login(agent, user.email)).status).toBe(303);
    return agent;
  };

  beforeAll(async () => {
    d = await startTestDashboard();
    db = d.app.get(DataSource);
    const now = Date.now();
    // Volume for the headline and trends: 600 responses over the last 60 days (NPS, CSAT and CES in turn).
    await seedResponses(d.app, 600, { from: new Date(now - 60 * DAY), to: new Date(now - 60_000), commentEvery: 0 });
    const customer = await makeCustomer(d.app);
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
    // Routed NPS answers: three to Logistics, two to Billing, within the last 30 days.
    await makeFeedbackItem(d.app, { department: 'logistics', customerId: customer.id, metric: 'nps', score: 2, themes: ['late_delivery', 'damaged_parcel'], createdAt: at(3) });
    await makeFeedbackItem(d.app, { department: 'logistics', customerId: customer.id, metric: 'nps', score: 5, themes: ['late_delivery'], createdAt: at(5), status: 'resolved' });
    await makeFeedbackItem(d.app, { department: 'logistics', customerId: customer.id, metric: 'nps', score: 9, themes: ['courier_behaviour'], createdAt: at(6) });
    await makeFeedbackItem(d.app, { department: 'billing', customerId: customer.id, metric: 'nps', score: 0, themes: ['invoice_error'], createdAt: at(4) });
    await makeFeedbackItem(d.app, { department: 'billing', customerId: customer.id, metric: 'nps', score: 3, themes: ['unexpected_charge'], createdAt: at(8) });
    adminAgent = await signedIn(await d.makeUser({ role: 'admin', name: 'Ada Admin' }));
    headAgent = await signedIn(await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Lena Logistyk' }));
  }, 120_000);
  afterAll(() => d.close());

  it('shows an admin every response and department: scores with n, margin and a worded change, tables and charts', async () => {
    const res = await adminAgent.get('/').expect(200);
    expect(res.text).toContain('<h1>Overview</h1>');
    expect(res.text).toContain('Every response and every department.');
    expect(res.text).toMatch(/\(30 days\), compared with the 30 days before\./);
    const headline = tableOf(res.text, 'headline');
    expect(headline[0]).toEqual(['Metric', 'Responses', 'Value', '± margin (95%)', 'Previous responses', 'Previous value', 'Change', '± change margin (95%)', 'Verdict']);
    expect(headline.map((r) => r[0]).slice(1)).toEqual(['NPS', 'CSAT', 'CES']);
    // Every NPS card says how it moved in words: "up 3.1 ±10.2, not significant" or the like, never a bare arrow.
    expect(res.text).toMatch(/(up|down) \d+(\.\d)? ±\d+(\.\d)?, (not )?significant|unchanged ±\d+(\.\d)?, not significant/);
    for (const chart of ['trend-nps', 'trend-csat', 'trend-ces', 'response-rate', 'contact-channel', 'team', 'theme-volume', 'theme-trend', 'sla', 'drivers']) {
      expect(res.text).toContain(`<table data-chart="${chart}">`);
      expect(attr(res.text)).toContain(`href="/?format=csv&chart=${chart}"`);
    }
    expect(res.text).toContain('<canvas id="chart-trend-nps"');
    expect(res.text).toContain('<script src="/assets/vendor/chart.umd.min.js" defer></script>');
    const volume = tableOf(res.text, 'theme-volume').slice(1).map((r) => [r[0], r[1], r[2]]);
    expect(volume).toEqual(expect.arrayContaining([['Logistics', 'Late delivery', '2'], ['Billing', 'Invoice error', '1']]));
    const drivers = tableOf(res.text, 'drivers').slice(1).map((r) => r[1]);
    expect(drivers).toEqual(expect.arrayContaining(['Late delivery', 'Invoice error', 'Unexpected charge']));
  });

  it('shows a department head the scores of the responses routed to them and only their department\'s themes, items and SLA', async () => {
    const res = await headAgent.get('/').expect(200);
    expect(res.text).toContain('Scores of the responses routed to Logistics; its themes, items and SLA.');
    const headline = tableOf(res.text, 'headline');
    // NPS over the three routed answers 2, 5, 9: (1 − 2)/3 = −33.3.
    expect(headline[1].slice(0, 3)).toEqual(['NPS', '3', '-33.3']);
    // None routed there in the 30 days before: nothing to compare with.
    expect(headline[1][8]).toBe('nothing to compare');
    const volume = tableOf(res.text, 'theme-volume').slice(1);
    expect(volume.map((r) => r[0])).toEqual(['Logistics', 'Logistics', 'Logistics']);
    expect(res.text).not.toMatch(/Invoice error|Unexpected charge|Billing/);
    expect(tableOf(res.text, 'sla').slice(1).map((r) => r[0])).toEqual(['Logistics']);
    // Invitations are nobody's department: no response rates on a head's page.
    expect(res.text).not.toContain('data-chart="response-rate"');
    expect(res.text).not.toContain('id="f-department"');
    // The URL cannot widen it.
    const sneaky = await headAgent.get('/?department=billing').expect(200);
    expect(sneaky.text).not.toMatch(/Invoice error|Billing/);
    const csv = await headAgent.get('/?format=csv&chart=theme-volume').expect(200);
    expect(csv.text).not.toMatch(/Billing|Invoice/);
  });

  it('lets an admin narrow to one department, which shows what its head sees', async () => {
    const res = await adminAgent.get('/?department=billing').expect(200);
    expect(res.text).toContain('Scores of the responses routed to Billing');
    expect(tableOf(res.text, 'headline')[1].slice(0, 3)).toEqual(['NPS', '2', '-100']);
    expect(res.text).toContain('<option value="billing" selected>');
    expect(res.text).not.toMatch(/Late delivery/);
  });

  it('serves each chart\'s CSV with the same figures as its table', async () => {
    const query = '?period=90&contactChannel=phone';
    const page = await adminAgent.get(`/${query}`).expect(200);
    for (const chart of ['headline', 'trend-nps', 'team', 'drivers', 'sla', 'response-rate']) {
      const res = await adminAgent.get(`/${query}&format=csv&chart=${chart}`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="feedloop-${chart}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
      // The page groups thousands and marks none with "—" and rates with "%"; the CSV has plain numbers.
      const shown = tableOf(page.text, chart).map((r) => r.map((c) => (c === '—' ? '' : c.replace(/,/g, '').replace(/%$/, '').replace(/^\+/, ''))));
      expect({ chart, rows: parseCsv(res.text) }).toEqual({ chart, rows: shown });
    }
  }, 90_000);

  it('formats numbers in the user\'s locale: a decimal comma in Polish', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'analyst', locale: 'pl' }));
    const res = await agent.get('/?department=logistics').expect(200);
    expect(res.text).toContain('<h1>Przegląd</h1>');
    expect(tableOf(res.text, 'headline')[1].slice(0, 3)).toEqual(['NPS', '3', '-33,3']);
    expect(res.text).toContain('brak porównania');
    expect(res.text).toContain('(30 dni)');
  });

  it('keeps the period and filters in the URL form and answers bad ones with 400 naming the field', async () => {
    const ok = await adminAgent.get('/?period=custom&from=2026-01-01&to=2026-01-31&team=team-1&metric=ces').expect(200);
    expect(ok.text).toContain('<option value="custom" selected>');
    expect(ok.text).toContain('value="2026-01-01"');
    expect(ok.text).toContain('value="team-1"');
    expect(ok.text).toContain('<option value="ces" selected>');
    expect(attr(ok.text)).toContain('href="/?period=custom&from=2026-01-01&to=2026-01-31&metric=ces&team=team-1&format=csv&chart=drivers"');

    const badDate = await adminAgent.get('/?period=custom&from=2026-02-30&to=2026-03-01').expect(400);
    expect(badDate.text).toContain('id="f-from-error"');
    const backwards = await adminAgent.get('/?period=custom&from=2026-03-01&to=2026-02-01').expect(400);
    expect(backwards.text).toContain('To must not be before From');
    const tooLong = await adminAgent.get('/?period=custom&from=2024-01-01&to=2026-01-01').expect(400);
    expect(tooLong.text).toContain('A period can be at most 366 days long');
    await adminAgent.get('/?metric=mood').expect(400);
    await adminAgent.get('/?survey=not-a-uuid').expect(400);
    const unknown = await adminAgent.get('/?department=nowhere').expect(400);
    expect(unknown.text).toContain('Choose a department from the list');
    await adminAgent.get('/?format=csv&chart=nothing-here').expect(400);
  });

  it('shows admins and analysts the churn section: top reasons and the win-back rate with its n; heads do not see it', async () => {
    // Reasons that route to no department, so the feedback figures the other tests check stay as they are.
    const agentUser = await d.makeUser({ role: 'retention_agent' });
    const retention = await signedIn(agentUser);
    const _csrf = await csrfTokenFrom(retention, '/retention');
    const work = async (reason: string, monthlyRevenue: string, end: Record<string, string> | null) => {
      const customer = await makeCustomer(d.app);
      const opened = await retention.post('/retention/cases').type('form').send({ _csrf, customerExternalId: customer.externalId, monthlyRevenue }).expect(303);
      const page = opened.headers.location as string;
      // No other reason ticked: the form sends no secondaryReasons field at all.
      await retention.post(`${page}/interview`).type('form').send({ _csrf, primaryReason: reason }).expect(303);
      if (!end) return;
      await retention.post(`${page}/status`).type('form').send({ _csrf, status: 'contacted' }).expect(303);
      await retention.post(`${page}/status`).type('form').send({ _csrf, ...end }).expect(303);
    };
    await work('moving', '100', { status: 'won_back' });
    await work('moving', '50', { status: 'lost', lostReason: 'Left the country' });
    await work('no_longer_needed', '20', null);

    for (const agent of [adminAgent, await signedIn(await d.makeUser({ role: 'analyst' }))]) {
      const res = await agent.get('/').expect(200);
      expect(res.text).toContain('id="churn-title"');
      expect(res.text).toContain('Cancellations in the period: 3 cases.');
      // After the themes, before the SLA.
      expect(res.text.indexOf('id="themes"')).toBeLessThan(res.text.indexOf('id="churn"'));
      expect(res.text.indexOf('id="churn"')).toBeLessThan(res.text.indexOf('id="sla"'));
      expect(tableOf(res.text, 'churn-reasons')).toEqual([
        ['Reason', 'Cases', 'Value at risk'],
        ['Moving away', '2', '150'],
        ['No longer needed', '1', '20'],
      ]);
      // The rate with its n: one won back of two closed; the open case is in neither.
      expect(tableOf(res.text, 'churn-win-back').slice(1)).toEqual([
        ['Closed', '2'],
        ['Won back', '1'],
        ['Win-back rate', '50%'],
      ]);
    }
    const csv = await adminAgent.get('/?format=csv&chart=churn-reasons').expect(200);
    expect(parseCsv(csv.text)).toEqual([
      ['Reason', 'Cases', 'Value at risk'],
      ['Moving away', '2', '150'],
      ['No longer needed', '1', '20'],
    ]);
    // A period before the cases: none.
    const past = await adminAgent.get('/?period=custom&from=2020-01-01&to=2020-01-31').expect(200);
    expect(past.text).toContain('Cancellations in the period: 0 cases.');

    const head = await headAgent.get('/').expect(200);
    expect(head.text).not.toContain('id="churn"');
    expect(head.text).not.toContain('data-chart="churn-');
    await headAgent.get('/?format=csv&chart=churn-reasons').expect(400);
    expect((await retention.get('/').expect(200)).text).not.toContain('data-chart=');
  }, 60_000);

  it('gives the churn section the period of the page in its time zone, hides it for one department, and says which filters do not apply to it', async () => {
    const retention = await signedIn(await d.makeUser({ role: 'retention_agent' }));
    const _csrf = await csrfTokenFrom(retention, '/retention');
    const caseCancelledAt = async (at: string) => {
      const customer = await makeCustomer(d.app);
      const opened = await retention.post('/retention/cases').type('form').send({ _csrf, customerExternalId: customer.externalId }).expect(303);
      await db.query(`UPDATE churn_cases SET cancelled_at = $2 WHERE id = $1`, [opened.headers.location.split('/').pop(), at]);
    };
    // 10 March 2021 in Warsaw (UTC+1) runs from 23:00 UTC on the 9th to 23:00 UTC on the 10th.
    await caseCancelledAt('2021-03-09T23:30:00Z');
    await caseCancelledAt('2021-03-10T12:00:00Z');
    // 00:30 on the 11th in Warsaw: the next day.
    await caseCancelledAt('2021-03-10T23:30:00Z');
    await caseCancelledAt('2021-03-10T23:45:00Z');
    const day = '/?period=custom&from=2021-03-10&to=2021-03-10';
    const page = await adminAgent.get(day).expect(200);
    expect(page.text).toContain('Cancellations in the period: 2 cases.');
    expect(page.text).not.toContain('Filtered by period only');

    // Churn cases belong to no department: narrowed to one, the page has no churn figures rather than everyone's.
    const narrowed = await adminAgent.get(`${day}&department=logistics`).expect(200);
    expect(narrowed.text).not.toContain('id="churn"');
    await adminAgent.get(`${day}&department=logistics&format=csv&chart=churn-reasons`).expect(400);

    const [survey] = await db.query(`SELECT id FROM surveys WHERE metric = 'nps' ORDER BY created_at LIMIT 1`);
    const filtered = await adminAgent.get(`${day}&survey=${survey.id}&team=Kurierzy`).expect(200);
    expect(filtered.text).toContain('Cancellations in the period: 2 cases.');
    expect(filtered.text).toContain('Filtered by period only (not by survey and team: churn cases have none).');
  });

  it('keeps a simple home for a retention agent', async () => {
    const agent = await signedIn(await d.makeUser({ role: 'retention_agent' }));
    const res = await agent.get('/').expect(200);
    expect(res.text).toContain('Churn cases; no department data.');
    expect(res.text).not.toContain('data-chart=');
    await agent.get('/?format=csv&chart=headline').expect(200);
  });

  it('counts an answer given a moment ago', async () => {
    const before = tableOf((await headAgent.get('/').expect(200)).text, 'headline')[1][1];
    await makeFeedbackItem(db, { department: 'logistics', metric: 'nps', score: 10, themes: ['late_delivery'] });
    const after = tableOf((await headAgent.get('/').expect(200)).text, 'headline')[1][1];
    expect(Number(after)).toBe(Number(before) + 1);
  });
});
