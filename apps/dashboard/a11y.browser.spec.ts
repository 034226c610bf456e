import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import type { Locale, Role } from '@feedloop/auth/roles';
import { UserEntity } from '@feedloop/auth/user.entity';
import { startSecondApi } from '../../test/api';
import { launchChromium } from '../../test/browser';
import { TestDashboard, csrfTokenFrom, login, startTestDashboard } from '../../test/dashboard';
import { makeCustomer } from '../../test/factories/customers';
import { makeFeedbackItem } from '../../test/factories/feedback-items';
import { makeInvitation } from '../../test/factories/invitations';
import { seedResponses } from '../../test/factories/responses';
import { TEST_PASSWORD } from '../../test/factories/users';
import { en } from './i18n/en';
import { navFor } from './nav';

/** Only the pages with a problem are photographed, for a person to see what the rule saw. */
const SHOTS = process.env.SCREENSHOT_DIR || join(tmpdir(), 'feedloop-a11y-shots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [1440, 360] as const;
/** Tab stops walked per page at 1440 px: past the top bar (up to 19 stops for an admin) well into the page. */
const FOCUS_WALK = 45;

/**
 * What axe checks: every WCAG 2.0–2.2 A and AA rule it has (contrast, names
 * and labels, ARIA, lang, tables…), plus its landmark best practices (one
 * main, all content inside a landmark, no duplicate landmarks, an h1).
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: {
    region: { enabled: true },
    'landmark-one-main': { enabled: true },
    'landmark-unique': { enabled: true },
    'landmark-no-duplicate-banner': { enabled: true },
    'landmark-no-duplicate-main': { enabled: true },
    'page-has-heading-one': { enabled: true },
  },
  resultTypes: ['violations'],
};

/**
 * In-page helpers, as strings: this project's TypeScript has no DOM library
 * (it is server code). Colours as computed styles give them (rgb/rgba), the
 * contrast ratio as WCAG defines it, and the colour an element sits on (the
 * first ancestor with a background).
 */
const COLOUR_HELPERS = `
  const rgb = (c) => { const m = /rgba?\\(([\\d.]+), ([\\d.]+), ([\\d.]+)(?:, ([\\d.]+))?\\)/.exec(c); return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null; };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const show = (c) => 'rgb(' + c.r + ', ' + c.g + ', ' + c.b + ')';
  const behind = (el) => { for (let e = el.parentElement; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
  const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 30) + '"';
`;

/**
 * The focused element's focus indicator, as the page draws it: an outline
 * (or box-shadow) of at least 2 px whose colour stands 3:1 against what is
 * behind it (WCAG 1.4.11), on a box that is drawn. A radio drawn as its
 * label (the survey scale hides the input) is judged by the label.
 * Chromium's own ring (outline-style auto) is drawn in two colours to be
 * seen on any background.
 */
const FOCUS_PROBE = `(() => {${COLOUR_HELPERS}
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  // Focus inside the e-mail preview's frame: the framed document draws its own ring (the browser's), out of this page's reach.
  if (el.tagName === 'IFRAME') return { element: describe(el), problem: null };
  let shown = el;
  if (getComputedStyle(el).opacity === '0' && el.labels && el.labels[0]) shown = el.labels[0];
  const cs = getComputedStyle(shown);
  const rect = shown.getBoundingClientRect();
  const out = { element: describe(el), problem: null };
  if (rect.width < 1 || rect.height < 1) out.problem = 'focus is on something not drawn';
  else if (cs.outlineStyle === 'auto') out.problem = null;
  else if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) {
    const ring = rgb(cs.outlineColor);
    const ratio = ring ? contrast(ring, behind(shown)) : 0;
    if (ratio < 3) out.problem = 'focus ring ' + cs.outlineColor + ' is ' + ratio.toFixed(2) + ':1 against ' + show(behind(shown));
  } else if (cs.boxShadow === 'none') out.problem = 'no visible focus indicator (outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ')';
  return out;
})()`;

/**
 * Text fields and selects whose edge (or fill) stands less than 3:1
 * against what they sit on (WCAG 1.4.11): on a white card, a pale border
 * is the only sign there is a field. axe checks text, not this.
 */
const CONTROL_PROBE = `(() => {${COLOUR_HELPERS}
  const skip = ['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'range', 'color', 'file'];
  const bad = [];
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (skip.includes(el.type)) continue;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width < 1 || r.height < 1 || cs.visibility === 'hidden' || cs.opacity === '0') continue;
    const under = behind(el);
    const border = rgb(cs.borderTopColor);
    const edge = border && cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0 ? contrast(border, under) : 0;
    const own = rgb(cs.backgroundColor);
    const fill = own && own.a > 0 ? contrast(own, under) : 0;
    if (Math.max(edge, fill) < 3) bad.push(describe(el) + ': its edge ' + cs.borderTopColor + ' is ' + edge.toFixed(2) + ':1 against ' + show(under));
  }
  return bad;
})()`;

/**
 * What sticks out past the window's right edge, for the failure message:
 * the innermost such elements, leaving out those a sideways-scrolling box
 * holds (a wide table in its scrolling wrapper is fine) unless they are
 * positioned out of it.
 */
const WIDE_PROBE = `(() => {
  const w = innerWidth + 0.5;
  const past = (e) => e.getBoundingClientRect().right > w;
  const held = (e) => { if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false; for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
  const found = [];
  for (const e of document.body.querySelectorAll('*')) {
    if (!past(e) || [...e.children].some(past) || held(e)) continue;
    found.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + ' px "' + (e.textContent || '').trim().slice(0, 30) + '"');
  }
  return found.slice(0, 4);
})()`;

/**
 * A text key shown instead of its text (translate() shows a missing key as
 * itself): a dotted path under one of the dictionary's sections, in what a
 * person sees or hears (text, labels, titles, placeholders).
 */
const KEY_PROBE = `(() => {
  const key = /\\b(?:${Object.keys(en).join('|')})\\.[A-Za-z_]+(?:\\.[A-Za-z_]+)*/g;
  const said = [document.body.innerText, ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].map((e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder'), e.getAttribute('alt')].join(' '))].join(' ');
  return [...new Set(said.match(key) || [])];
})()`;

/** Puts the sequential focus starting point at the top of the page, as a fresh load has it: the next Tab goes to the first stop. */
const FOCUS_TO_TOP = `(() => {
  const mark = document.createElement('span');
  mark.tabIndex = -1;
  document.body.prepend(mark);
  mark.focus();
  mark.remove();
  scrollTo(0, 0);
})()`;

/**
 * On the page the refused form came back on: each refused field marked
 * invalid, its error described by it (the control, or the fieldset of a
 * group of boxes) and shown right by it (in the same field box, starting
 * within 80 px below it); each other field as it was typed.
 */
const REFUSED_PROBE = `((args) => {
  const form = document.querySelector(args.form);
  if (!form) return ['the form is not on the page it came back on'];
  const problems = [];
  const controls = (name) => [...form.querySelectorAll('[name="' + name + '"]')].filter((c) => c.type !== 'hidden');
  const valueOf = (name) => {
    const all = controls(name);
    if (!all.length) return null;
    if (all[0].type === 'checkbox' || all[0].type === 'radio') return all.filter((c) => c.checked).map((c) => c.value).sort().join(',');
    return all[0].value;
  };
  for (const name of args.invalid) {
    const control = controls(name)[0];
    if (!control) { problems.push(name + ': no such field'); continue; }
    const target = control.type === 'checkbox' || control.type === 'radio' ? control.closest('fieldset') : control;
    if (!target || target.getAttribute('aria-invalid') !== 'true') problems.push(name + ': not marked aria-invalid');
    const described = ((target && target.getAttribute('aria-describedby')) || '').split(/\\s+/).map((id) => document.getElementById(id)).filter(Boolean);
    const error = described.find((e) => e.classList.contains('error'));
    if (!error || !error.textContent.trim()) { problems.push(name + ': no error among what describes it'); continue; }
    const box = control.closest('.field, fieldset, .inline-edit, .comment-field');
    if (!box || !box.contains(error)) problems.push(name + ': its error "' + error.textContent.trim() + '" is outside its field');
    const c = (target.tagName === 'FIELDSET' ? controls(name)[controls(name).length - 1] : control).getBoundingClientRect();
    const e = error.getBoundingClientRect();
    if (e.top < c.top || e.top - c.bottom > 80) problems.push(name + ': its error is ' + Math.round(e.top - c.bottom) + ' px from it');
  }
  for (const [name, typed] of Object.entries(args.kept)) {
    const now = valueOf(name);
    if (now !== typed) problems.push(name + ': typed ' + JSON.stringify(typed) + ', came back as ' + JSON.stringify(now));
  }
  return problems;
})`;

interface Problem {
  where: string;
  what: string;
}

/**
 * The dashboard's pages for each role, and the customer's survey pages, in
 * headless Chromium at 1440 and 360 px: no WCAG A/AA violation axe-core
 * finds, no horizontal scroll, form controls and focus rings that stand out,
 * no text key in place of a text, a skip link to the main content, a visible
 * focus indicator on every Tab stop, forms that Tab reaches the end of, and
 * forms that, refused, keep what was typed and say what is wrong by the field.
 */
describe('accessibility of every page in a browser', () => {
  let d: TestDashboard;
  let api: NestExpressApplication;
  let db: DataSource;
  let browser: Browser;
  let dashboardUrl: string;
  let apiUrl: string;
  const users = {} as Record<Role, UserEntity>;
  /** Detail pages each role can open, beside its navigation. */
  const details = {} as Record<Role, string[]>;
  /** Ids of the data the detail pages and forms are about. */
  const ids = {} as Record<'item' | 'customer' | 'case' | 'survey' | 'logistics', string>;
  let surveyToken: string;
  let exitToken: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    d = await startTestDashboard();
    await d.app.listen(0, '127.0.0.1');
    dashboardUrl = (await d.app.getUrl()).replace('[::1]', '127.0.0.1');
    // The survey pages are the API app's, on the same database.
    api = await startSecondApi(d.db);
    await api.listen(0, '127.0.0.1');
    apiUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    db = d.app.get(DataSource);

    users.admin = await d.makeUser({ role: 'admin', name: 'Ada Admin', locale: 'en' });
    users.analyst = await d.makeUser({ role: 'analyst', name: 'Anna Analityk', locale: 'pl' });
    users.department_head = await d.makeUser({ role: 'department_head', department: 'logistics', name: 'Lena Logistyk', locale: 'pl' });
    users.retention_agent = await d.makeUser({ role: 'retention_agent', name: 'Rita Retention', locale: 'en' });

    await seedResponses(d.app, 150, { from: new Date(Date.now() - 40 * 86_400_000), to: new Date(Date.now() - 60_000), commentEvery: 4, teams: 3 });
    const customer = await makeCustomer(d.app, { name: 'Zofia Nowak-Wiśniewska', externalId: 'crm-4711', attributes: { plan: 'gold', monthlyRevenue: 129.9 } });
    const item = await makeFeedbackItem(d.app, {
      department: 'logistics',
      customerId: customer.id,
      themes: ['late_delivery', 'damaged_parcel'],
      comment: 'Kurier spóźnił się trzy dni, a karton był zgnieciony. Drugi raz w tym miesiącu!',
      team: 'Kurierzy Warszawa',
    });
    await makeFeedbackItem(d.app, { department: 'logistics', themes: ['courier_behaviour'], score: 2, createdAt: new Date(Date.now() - 3 * 86_400_000) });
    await makeFeedbackItem(d.app, { department: 'logistics', themes: ['lost_parcel'], status: 'resolved', createdAt: new Date(Date.now() - 9 * 86_400_000) });
    await makeFeedbackItem(d.app, { department: 'billing', themes: ['invoice_error'], score: 0, metric: 'nps' });

    // A retention case as an agent reports a phone cancellation, with the exit interview's invitation beside it.
    const http = d.agent();
    await login(http, users.retention_agent.email);
    const opened = await http
      .post('/retention/cases')
      .type('form')
      .send({ _csrf: await csrfTokenFrom(http, '/retention'), customerExternalId: customer.externalId, reason: 'Too expensive since the price change', monthlyRevenue: '129.90' });
    expect(opened.status).toBe(303);
    const caseId = /([0-9a-f-]{36})$/.exec(opened.headers.location)![1];
    const [exitSurvey] = await db.query(`SELECT id FROM surveys WHERE kind = 'exit' ORDER BY created_at LIMIT 1`);
    const exitInvitation = await makeInvitation(db, customer.id, { surveyId: exitSurvey.id, channel: 'email', locale: 'pl' });
    await db.query(`UPDATE churn_cases SET exit_invitation_id = $1 WHERE id = $2`, [exitInvitation.id, caseId]);
    exitToken = exitInvitation.token;
    surveyToken = (await makeInvitation(db, (await makeCustomer(d.app, { locale: 'en' })).id, { channel: 'email', locale: 'en', metric: 'nps' })).token;

    const [survey] = await db.query(`SELECT id FROM surveys WHERE kind = 'post_contact' ORDER BY created_at LIMIT 1`);
    const { id: keyId } = (await d.app.get(ApiKeysService).create('CRM sync')).apiKey;
    const logistics = await d.departmentId('logistics');
    Object.assign(ids, { item: item.id, customer: customer.id, case: caseId, survey: survey.id, logistics });
    details.admin = [
      '/account',
      `/inbox/${item.id}`,
      '/inbox/charts',
      `/departments/${logistics}`,
      `/customers/${customer.id}`,
      `/retention/cases/${caseId}`,
      '/retention/at-risk',
      '/retention/analytics',
      `/admin/surveys/${survey.id}`,
      '/admin/surveys/new',
      `/admin/users/${users.analyst.id}`,
      '/admin/themes/late_delivery',
      `/admin/api-keys/${keyId}/revoke`,
    ];
    details.analyst = ['/account', `/inbox/${item.id}`, '/inbox/charts', `/customers/${customer.id}`, `/retention/cases/${caseId}`, `/admin/surveys/${survey.id}`];
    details.department_head = ['/account', `/inbox/${item.id}`, '/inbox/charts', `/departments/${logistics}`];
    details.retention_agent = ['/account', `/retention/cases/${caseId}`, '/retention/at-risk', `/customers/${customer.id}`];
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await d?.close();
  });

  async function openPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    return { context, page };
  }

  /** Tab until the focused element matches `selector`; how many presses it took, or a thrown error naming where focus went. */
  async function tabTo(page: Page, selector: string, max = 80): Promise<number> {
    const seen: string[] = [];
    for (let presses = 1; presses <= max; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`)) return presses;
      seen.push(await page.evaluate(`(document.activeElement && (document.activeElement.id || document.activeElement.tagName)) || ''`));
    }
    throw new Error(`Tab did not reach ${selector} in ${max} presses: ${seen.join(' → ')}`);
  }

  /** Signs in with the keyboard alone: Tab to each field of the login form and to its submit button, Enter. */
  async function signInByKeyboard(page: Page, user: UserEntity, locale: Locale): Promise<void> {
    await page.goto(`${dashboardUrl}/login?lang=${locale}`);
    await tabTo(page, '#f-email', 10);
    await page.keyboard.type(user.email);
    await tabTo(page, '#f-password', 1);
    await page.keyboard.type(TEST_PASSWORD);
    await tabTo(page, 'main form[action="/login"] button[type="submit"]', 1);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 90_000 }), page.keyboard.press('Enter')]);
  }

  /**
   * axe-core in the page. page.addScriptTag({content}) fails on the
   * dashboard ("Executing inline script violates ... script-src 'self'"),
   * as its CSP means it to; the DevTools protocol's evaluate is not subject
   * to the page's CSP.
   */
  async function axeViolations(page: Page): Promise<string[]> {
    if (!(await page.evaluate(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
    const violations: Array<{ id: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }> = await page.evaluate(
      `axe.run(document, ${JSON.stringify(AXE_OPTIONS)}).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
    );
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
  }

  async function noHorizontalScroll(page: Page): Promise<string | null> {
    const [scrollWidth, innerWidth] = await page.evaluate<[number, number]>('[document.documentElement.scrollWidth, innerWidth]');
    if (scrollWidth <= innerWidth) return null;
    const culprits = await page.evaluate<string[]>(WIDE_PROBE);
    return `scrolls sideways: ${scrollWidth} px wide in a ${innerWidth} px window (past the edge: ${culprits.join('; ')})`;
  }

  /** Walks Tab stops from the top, judging each one's focus indicator. */
  async function focusProblems(page: Page, stops: number): Promise<string[]> {
    await page.evaluate(FOCUS_TO_TOP);
    const problems = new Set<string>();
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      const found = await page.evaluate<{ element: string; problem: string | null } | null>(FOCUS_PROBE);
      if (!found) break;
      if (found.problem) problems.add(`${found.element}: ${found.problem}`);
    }
    return [...problems];
  }

  /** The first Tab stop is a visible skip link to <main>; following it puts focus in <main>. */
  async function skipLinkProblem(page: Page): Promise<string | null> {
    await page.evaluate(FOCUS_TO_TOP);
    await page.keyboard.press('Tab');
    const link = await page.evaluate<{ href: string | null; visible: boolean } | null>(
      `(() => { const a = document.activeElement; if (!a || !a.matches('a.skip-link')) return null; const r = a.getBoundingClientRect();
        return { href: a.getAttribute('href'), visible: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth }; })()`,
    );
    if (!link) return 'the first Tab stop is not the skip link';
    if (!link.visible) return 'the focused skip link is off screen';
    const target = await page.evaluate<string>(`(() => { const t = document.querySelector(${JSON.stringify(link.href)}); return t ? t.tagName : ''; })()`);
    if (target !== 'MAIN') return `the skip link points at ${link.href}, not at <main>`;
    await page.keyboard.press('Enter');
    if (!(await page.evaluate<boolean>(`!!document.activeElement && !!document.activeElement.closest('main')`))) return 'following the skip link does not put focus in <main>';
    // From there Tab goes on inside the content, when it has anything to focus.
    if (await page.evaluate<boolean>(`!!document.querySelector('main a[href], main button, main input:not([type=hidden]), main select, main textarea, main [tabindex="0"]')`)) {
      await page.keyboard.press('Tab');
      if (!(await page.evaluate<boolean>(`!!document.activeElement && !!document.activeElement.closest('main')`))) return 'after the skip link, Tab leaves <main>';
    }
    return null;
  }

  /** Every check on the page open now; problems are named with the page and width. */
  async function checkPage(page: Page, where: string, width: number, opts: { skipLink: boolean }): Promise<Problem[]> {
    const found: string[] = [];
    found.push(...(await axeViolations(page)));
    const scroll = await noHorizontalScroll(page);
    if (scroll) found.push(scroll);
    found.push(...(await page.evaluate<string[]>(CONTROL_PROBE)));
    found.push(...(await page.evaluate<string[]>(KEY_PROBE)).map((key) => `shows the text key ${key} instead of its text`));
    if (opts.skipLink) {
      const skip = await skipLinkProblem(page);
      if (skip) found.push(skip);
    }
    if (width === 1440) found.push(...(await focusProblems(page, FOCUS_WALK)));
    if (found.length) await page.screenshot({ path: join(SHOTS, `${where.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`), fullPage: true });
    return found.map((what) => ({ where: `${where} @${width}`, what }));
  }

  /**
   * A form a person can get wrong: what they type (a string, or the values
   * of ticked boxes), the fields that must be refused, the fields that must
   * come back as typed (every one typed but a password, unless told).
   */
  interface FormCase {
    page: string;
    /** The form on the page, by a selector. */
    form: string;
    fill: Record<string, string | string[]>;
    invalid: string[];
    kept?: string[];
  }

  const formCases = (): FormCase[] => {
    const caseForm = (action: string) => `form[action="/retention/cases/${ids.case}/${action}"]`;
    return [
      { page: '/admin/users', form: 'form[action="/admin/users"]', fill: { name: 'Nowy Pracownik', email: 'not-an-email', password: 'short', role: 'department_head', departmentId: '', locale: 'pl' }, invalid: ['email', 'password', 'departmentId'] },
      { page: `/admin/users/${users.analyst.id}`, form: `form[action="/admin/users/${users.analyst.id}"]`, fill: { name: 'x'.repeat(201), role: 'department_head', departmentId: '', locale: 'en' }, invalid: ['name', 'departmentId'] },
      { page: `/admin/users/${users.analyst.id}`, form: `form[action="/admin/users/${users.analyst.id}/reset-password"]`, fill: { password: 'short' }, invalid: ['password'] },
      { page: '/admin/departments', form: 'form[action="/admin/departments"]', fill: { name: 'Zwroty i reklamacje', key: 'Zwroty!' }, invalid: ['key'] },
      { page: '/admin/departments', form: `form[action="/admin/departments/${ids.logistics}"]`, fill: { name: '   ' }, invalid: ['name'] },
      { page: '/admin/departments', form: `form[action="/admin/departments/${ids.logistics}/sla"]`, fill: { ackSlaHours: '0', resolveSlaDays: '12' }, invalid: ['ackSlaHours'] },
      { page: '/admin/webhooks', form: 'form[action="/admin/webhooks"]', fill: { url: 'ftp://example.com/hook', description: 'Hak do CRM', events: ['response.created', 'churn_case.opened'] }, invalid: ['url'] },
      { page: '/admin/api-keys', form: 'form[action="/admin/api-keys"]', fill: { name: 'k'.repeat(101), departmentId: ids.logistics }, invalid: ['name'] },
      {
        page: '/admin/themes/late_delivery',
        form: 'form[action="/admin/themes/late_delivery"]',
        fill: { namePl: '', nameEn: 'Late delivery', descriptionPl: 'Paczka <b>po terminie</b>', examplesPl: 'kurier się spóźnił\npaczka po terminie' },
        invalid: ['namePl'],
      },
      { page: '/admin/themes/late_delivery', form: 'form[action="/admin/themes/late_delivery/rules"]', fill: { phrase: 'a' }, invalid: ['phrase'] },
      { page: '/admin/surveys/new', form: '#survey-form', fill: { surveyName: 'Ankieta po wizycie', questionPl: 'Jak było?', throttleDays: '-1', teams: 'Infolinia\nKurierzy' }, invalid: ['throttleDays'] },
      { page: `/admin/surveys/${ids.survey}`, form: '#survey-form', fill: { surveyName: 'Po kontakcie', expiryHours: 'soon' }, invalid: ['expiryHours'] },
      { page: `/customers/${ids.customer}`, form: `form[action="/customers/${ids.customer}/erase"]`, fill: { confirmExternalId: 'not-this-one' }, invalid: ['confirmExternalId'] },
      { page: '/retention', form: 'form[action="/retention/cases"]', fill: { customerExternalId: 'crm-4711', reason: 'Za drogo', monthlyRevenue: 'dużo' }, invalid: ['monthlyRevenue'] },
      { page: `/retention/cases/${ids.case}`, form: `${caseForm('status')}:has(input[value="lost"])`, fill: { lostReason: '' }, invalid: ['lostReason'] },
      { page: `/retention/cases/${ids.case}`, form: caseForm('activities'), fill: { kind: 'note', body: '   ' }, invalid: ['body'] },
      { page: `/retention/cases/${ids.case}`, form: caseForm('offers'), fill: { offerTypeId: '', outcome: 'accepted', details: '20% przez 3 miesiące' }, invalid: ['offerTypeId'] },
      {
        page: `/retention/cases/${ids.case}`,
        form: caseForm('interview'),
        fill: { primaryReason: '', secondaryReasons: ['poor_service'], destination: 'competitor', competitor: 'Netia', mightReturn: 'maybe', comment: 'Za drogo od podwyżki' },
        invalid: ['primaryReason'],
      },
      { page: `/inbox/${ids.item}`, form: `form[action="/inbox/${ids.item}/resolve"]`, fill: { resolutionNote: '   ' }, invalid: ['resolutionNote'] },
      { page: `/inbox/${ids.item}`, form: `form[action="/inbox/${ids.item}/reply"]`, fill: { channel: 'email', body: '' }, invalid: ['body'] },
      { page: '/', form: 'main form[method="get"]', fill: { period: 'custom', from: '2026-05-10', to: '2026-05-01' }, invalid: ['to'] },
      { page: '/retention/analytics', form: 'form[action="/retention/analytics"]', fill: { from: '2026-05-10', to: '2026-05-01' }, invalid: ['to'] },
    ];
  };

  /** Fills a form as a person would: text typed, options chosen, boxes ticked (and the others unticked). */
  async function fillForm(page: Page, form: string, fill: Record<string, string | string[]>): Promise<void> {
    await page.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; })`);
    for (const [name, value] of Object.entries(fill)) {
      const controls = page.locator(`${form} [name="${name}"]:not([type="hidden"])`);
      const first = controls.first();
      const [tag, type] = await first.evaluate((e) => [e.tagName, e.getAttribute('type') ?? ''] as const, undefined);
      if (type === 'checkbox' || type === 'radio') {
        for (const box of await controls.all()) await box.setChecked([value].flat().includes((await box.getAttribute('value')) ?? ''));
      } else if (tag === 'SELECT') await first.selectOption(String(value));
      else await first.fill(String(value));
    }
  }


  const roles: Array<[Role, Locale]> = [
    ['admin', 'en'],
    ['analyst', 'pl'],
    ['department_head', 'pl'],
    ['retention_agent', 'en'],
  ];

  it.each(roles)('%s: every page of the navigation and the detail pages pass at 1440 and 360 px', async (role, locale) => {
    const problems: Problem[] = [];
    const paths = [...navFor(role, '/').map((n) => n.href), ...details[role]];
    for (const width of WIDTHS) {
      const { context, page } = await openPage(width);
      await signInByKeyboard(page, users[role], locale);
      for (const path of paths) {
        const res = await page.goto(`${dashboardUrl}${path}`);
        expect([path, res!.status()]).toEqual([path, 200]);
        problems.push(...(await checkPage(page, `${role} ${path}`, width, { skipLink: true })));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 600_000);

  it('the login page, signed out, after a wrong password and without one, passes at 1440 and 360 px', async () => {
    const problems: Problem[] = [];
    for (const width of WIDTHS) {
      const { context, page } = await openPage(width);
      await page.goto(`${dashboardUrl}/login?lang=pl`);
      problems.push(...(await checkPage(page, 'login', width, { skipLink: true })));
      await tabTo(page, '#f-email', 10);
      await page.keyboard.type(users.admin.email);
      await tabTo(page, '#f-password', 1);
      await page.keyboard.type('not the password');
      await tabTo(page, 'main button[type="submit"]', 1);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      expect(await page.locator('.flash-error').isVisible()).toBe(true);
      // The e-mail is kept; the password is not.
      expect(await page.locator('#f-email').inputValue()).toBe(users.admin.email);
      expect(await page.locator('#f-password').inputValue()).toBe('');
      problems.push(...(await checkPage(page, 'login after an error', width, { skipLink: true })));
      // Sent without a password: the field says so, the e-mail stays.
      await page.locator('#f-password').focus();
      await tabTo(page, 'main button[type="submit"]', 1);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      const refused = await page.evaluate<string[]>(`${REFUSED_PROBE}(${JSON.stringify({ form: 'main form[action="/login"]', invalid: ['password'], kept: { email: users.admin.email } })})`);
      problems.push(...refused.map((what) => ({ where: `login without a password @${width}`, what })));
      problems.push(...(await checkPage(page, 'login without a password', width, { skipLink: true })));
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('forms by keyboard alone: Tab reaches the submit button of the new-user, survey and open-case forms, Enter sends them', async () => {
    const problems: Problem[] = [];
    const { context, page } = await openPage(1440);
    await signInByKeyboard(page, users.admin, 'en');

    // The new-user form: a name and a malformed e-mail, typed and sent by keyboard.
    await page.goto(`${dashboardUrl}/admin/users`);
    await page.locator('#f-name').focus();
    await page.keyboard.type('Nowy Pracownik');
    await tabTo(page, '#f-email', 1);
    await page.keyboard.type('not-an-email');
    await tabTo(page, 'main form[action="/admin/users"] button[type="submit"]', 10);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('#f-name').inputValue()).toBe('Nowy Pracownik');
    expect(await page.locator('#f-email').inputValue()).toBe('not-an-email');
    expect(await page.locator('#f-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field.invalid:has(#f-email) .error').textContent()).toBeTruthy();
    problems.push(...(await checkPage(page, 'admin users form with errors', 1440, { skipLink: true })));

    // The survey form is long: Tab still gets to "Create survey" through every field.
    await page.goto(`${dashboardUrl}/admin/surveys/new`);
    await page.locator('#f-surveyName').focus();
    await tabTo(page, '#survey-form button[type="submit"]:not([formaction])', 80);

    // The retention board's "open a case" form, in a <details>: Enter opens it, Tab reaches its button.
    await page.goto(`${dashboardUrl}/retention`);
    await tabTo(page, 'main details > summary', 40);
    await page.keyboard.press('Enter');
    await tabTo(page, 'main form[action="/retention/cases"] button[type="submit"]', 10);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(await page.locator('#f-customerExternalId').getAttribute('aria-invalid')).toBe('true');
    problems.push(...(await checkPage(page, 'retention board form with errors', 1440, { skipLink: true })));
    await context.close();
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 180_000);

  it('every form that can be filled in wrong keeps what was typed and says what is wrong by the field, passing axe', async () => {
    const problems: Problem[] = [];
    const { context, page } = await openPage(1440);
    await signInByKeyboard(page, users.admin, 'en');
    for (const c of formCases()) {
      const where = `${c.page} ${c.form}`;
      await page.goto(`${dashboardUrl}${c.page}`);
      await fillForm(page, c.form, c.fill);
      const [response] = await Promise.all([
        page.waitForEvent('response', (r) => r.request().isNavigationRequest()),
        page.locator(`${c.form} button[type="submit"]:not([formaction]), ${c.form} button:not([type]):not([formaction])`).first().click(),
      ]);
      await page.waitForLoadState('load');
      if (response.status() !== 400) problems.push({ where, what: `answered ${response.status()}, not 400` });
      const kept = Object.fromEntries(
        Object.entries(c.fill)
          .filter(([name]) => name !== 'password' && (c.kept ?? Object.keys(c.fill)).includes(name))
          .map(([name, value]) => [name, Array.isArray(value) ? [...value].sort().join(',') : value]),
      );
      const found = await page.evaluate<string[]>(`${REFUSED_PROBE}(${JSON.stringify({ form: c.form, invalid: c.invalid, kept })})`);
      problems.push(...found.map((what) => ({ where, what })));
      if (c.fill.password !== undefined && (await page.locator(`${c.form} [name="password"]`).inputValue()) !== '') problems.push({ where, what: 'the password came back' });
      problems.push(...(await axeViolations(page)).map((what) => ({ where, what })));
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 300_000);

  it('the customer\'s survey and exit interview pages pass at 360 and 1440 px, answered by keyboard', async () => {
    const problems: Problem[] = [];
    for (const width of [...WIDTHS].reverse()) {
      const { context, page } = await openPage(width);
      await page.goto(`${apiUrl}/s/${surveyToken}`);
      problems.push(...(await checkPage(page, 'survey page', width, { skipLink: false })));
      await tabTo(page, 'input[name="score"]', 3);
      await page.keyboard.press('ArrowRight');
      await tabTo(page, 'textarea#comment', 1);
      await page.keyboard.type('Szybko i miło.');
      await tabTo(page, 'main form button[type="submit"]', 3);
      await Promise.all([page.waitForURL(/\/thanks$/), page.keyboard.press('Enter')]);
      problems.push(...(await checkPage(page, 'survey thanks', width, { skipLink: false })));
      await page.goto(`${apiUrl}/s/${surveyToken}?score=7`);
      problems.push(...(await checkPage(page, 'survey page with a saved score', width, { skipLink: false })));

      await page.goto(`${apiUrl}/s/${exitToken}/exit`);
      problems.push(...(await checkPage(page, 'exit interview', width, { skipLink: false })));
      if (width === 360) {
        // Sent without a reason (the first time only: once answered, the saved reason is checked): refused at the field, the comment kept.
        await page.locator('#comment').fill('Za drogo.');
        await page.locator('#comment').focus();
        await tabTo(page, 'main form button[type="submit"]', 3);
        await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
        expect(await page.locator('#primary-error').isVisible()).toBe(true);
        expect(await page.locator('#comment').inputValue()).toBe('Za drogo.');
        problems.push(...(await checkPage(page, 'exit interview with an error', width, { skipLink: false })));
      }
      await page.locator('input[name="primaryReason"]').first().check();
      await Promise.all([page.waitForURL(/\/exit\/thanks$/), page.locator('main form button[type="submit"]').click()]);
      problems.push(...(await checkPage(page, 'exit interview thanks', width, { skipLink: false })));
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
