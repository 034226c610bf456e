import { formatMessageId } from '@feedloop/delivery/providers/email/email-provider';
import { isDissatisfied } from '@feedloop/feedback/dissatisfied';
import type { RoutedTheme } from '@feedloop/feedback/feedback-response-routing.entity';
import { FeedbackRoutingService, RoutingTarget } from '@feedloop/feedback/feedback-routing.service';
import { renderReplyEmail } from '@feedloop/feedback/reply.renderer';
import { deadlines } from '@feedloop/feedback/sla';
import { ThemesService } from '@feedloop/themes/themes.service';
import { DAY_MS, DemoContext, DemoDepartment, DemoRandom, DemoResponse, DemoStep, HOUR_MS, MINUTE_MS, addMs, insertRows } from '../demo-context';
import { headOf } from './users';

const HAD_TO_REPEAT = 'had_to_repeat';
const BACKLOG = ['new', 'acknowledged', 'in_progress'] as const;
/** Classifications and routing decisions in flight at once (each reads the database a little). */
const CONCURRENCY = 6;

const NOTES: Record<string, string[]> = {
  logistics: ['Wysłano nową paczkę kurierem ekspresowym, klient poinformowany.', 'Reklamacja u przewoźnika złożona, klient dostał zwrot kosztów dostawy.', 'Zgłoszono kuriera do przewoźnika; przeprosiny wysłane.', 'Brakujący produkt dosłany, numer przesyłki przekazany klientowi.'],
  customer_service: ['Oddzwoniliśmy do klienta, sprawa wyjaśniona.', 'Rozmowa coachingowa z konsultantem, klient przeproszony.', 'Sprawa przejęta przez koordynatora i zamknięta.', 'Klient dostał bezpośredni numer do opiekuna.'],
  billing: ['Wystawiono fakturę korygującą.', 'Nadpłata zwrócona na konto klienta.', 'Podwójne obciążenie anulowane, klient poinformowany mailowo.', 'Wyjaśniono zmianę cennika, przyznano rabat na 3 miesiące.'],
  product: ['Produkt wymieniony na nowy w ramach gwarancji.', 'Zgłoszenie przekazane do zespołu produktu jako propozycja funkcji.', 'Naprawa gwarancyjna zlecona, kurier odbierze urządzenie.', 'Klient otrzymał kod rabatowy i instrukcję obsługi.'],
  digital: ['Błąd poprawiony w wersji 4.12 aplikacji.', 'Problem z płatnościami na stronie usunięty, klient poinformowany.', 'Zgłoszenie przekazane do zespołu mobilnego, obejście przesłane klientowi.'],
};
const REPLIES: Record<'pl' | 'en', string[]> = {
  pl: [
    'Bardzo przepraszamy za kłopot. Sprawdziliśmy zgłoszenie i wszystko jest już wyjaśnione, szczegóły przesłaliśmy w osobnej wiadomości.',
    'Dziękujemy za szczerą opinię. Poprawiliśmy to, co poszło nie tak, a w ramach przeprosin przyznaliśmy rabat na kolejne zamówienie.',
    'Przepraszamy za niedogodności. Sprawa została rozwiązana, a w razie pytań prosimy odpowiedzieć na tę wiadomość.',
  ],
  en: [
    'We are very sorry for the trouble. We have looked into it and everything is sorted now; details follow in a separate message.',
    'Thank you for your honest feedback. We have fixed what went wrong and added a discount to your next order as an apology.',
    'Apologies for the inconvenience. The issue has been resolved; just reply to this message if anything is still unclear.',
  ],
};

interface Routed {
  response: DemoResponse;
  modelVersion: string | null;
  found: RoutedTheme[];
  departmentScores: Array<{ key: string; confidence: number }>;
  targets: RoutingTarget[];
}

/**
 * Feedback items as the feedback module makes them: each comment classified
 * by the product's classifier, routed by FeedbackRoutingService's own
 * decision, with the routing progress the sweep checks (so it routes no demo
 * answer again); then each item lived through by its department: acknowledged,
 * started, assigned, resolved with a note, replied to, re-routed, some late
 * (SLA breaches alerted once, as the alert job marks them), the youngest
 * still open.
 */
export const demoFeedback: DemoStep = {
  name: 'feedback items',
  async run(ctx, random) {
    const themes = ctx.app.get(ThemesService);
    const routing = ctx.app.get(FeedbackRoutingService);
    const routed: Routed[] = new Array(ctx.responses.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < ctx.responses.length; i = next++) {
        const r = ctx.responses[i];
        const found: RoutedTheme[] = [];
        let modelVersion: string | null = null;
        let departmentScores: Array<{ key: string; confidence: number }> = [];
        if (r.comment) {
          const c = await themes.classify(r.comment, r.locale);
          modelVersion = c.modelVersion;
          departmentScores = c.departments;
          found.push(...c.themes.map((t) => ({ key: t.key, confidence: t.confidence, source: 'model' as const })));
        }
        const dissatisfied = isDissatisfied(r.metric, r.score);
        if (dissatisfied && r.event.type === 'contact' && r.event.repeated && !found.some((t) => t.key === HAD_TO_REPEAT)) {
          found.push({ key: HAD_TO_REPEAT, confidence: 1, source: 'history' });
        }
        const targets = await routing.targets({ comment: r.comment, surveyId: r.surveyId }, found, dissatisfied, departmentScores);
        routed[i] = { response: r, modelVersion, found, departmentScores, targets };
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const rows = { routings: [] as unknown[][], items: [] as unknown[][], themes: [] as unknown[][], activities: [] as unknown[][], replies: [] as unknown[][], corrections: [] as unknown[][] };
    const tally = { items: 0, stalled: 0, rerouted: 0 };
    for (const r of routed) {
      const routedAt = addMs(r.response.updatedAt, random.between(1_000, 50_000));
      rows.routings.push([r.response.id, r.response.customer.id, r.response.updatedAt, r.modelVersion, r.found, routedAt]);
      // Departments that hold an item of this answer: a re-route never makes a second one there.
      const taken = new Set(r.targets.map((t) => t.departmentId));
      for (const t of r.targets) liveItem(ctx, random, r, t, routedAt, rows, tally, taken);
    }
    await insertRows(ctx, 'feedback_response_routings', [['response_id', 'uuid'], ['customer_id', 'uuid'], ['response_updated_at', 'timestamptz'], ['model_version', 'text'], ['themes', 'jsonb'], ['routed_at', 'timestamptz']], rows.routings);
    await insertRows(
      ctx,
      'feedback_items',
      [
        ['id', 'uuid'], ['response_id', 'uuid'], ['department_id', 'uuid'], ['customer_id', 'uuid'], ['survey_id', 'uuid'], ['invitation_id', 'uuid'], ['metric', 'text'], ['score', 'smallint'],
        ['comment', 'text'], ['locale', 'text'], ['contact_channel', 'text'], ['team', 'text'], ['agent', 'text'], ['case_id', 'text'], ['reason', 'text'], ['status', 'text'],
        ['assignee_id', 'uuid'], ['resolution_note', 'text'], ['acknowledge_by', 'timestamptz'], ['resolve_by', 'timestamptz'], ['acknowledged_at', 'timestamptz'], ['resolved_at', 'timestamptz'],
        ['rerouted_from_id', 'uuid'], ['ack_breach_alerted_at', 'timestamptz'], ['resolve_breach_alerted_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
      ],
      rows.items,
    );
    await insertRows(ctx, 'feedback_item_themes', [['item_id', 'uuid'], ['theme_key', 'text'], ['confidence', 'real'], ['source', 'text']], rows.themes);
    await insertRows(ctx, 'feedback_item_activities', [['item_id', 'uuid'], ['kind', 'text'], ['actor_id', 'uuid'], ['data', 'jsonb'], ['created_at', 'timestamptz']], rows.activities);
    await insertRows(
      ctx,
      'feedback_replies',
      [['id', 'uuid'], ['item_id', 'uuid'], ['customer_id', 'uuid'], ['channel', 'text'], ['locale', 'text'], ['subject', 'text'], ['body', 'text'], ['status', 'text'], ['provider_message_id', 'text'], ['author_id', 'uuid'], ['created_at', 'timestamptz'], ['sent_at', 'timestamptz']],
      rows.replies,
    );
    // theme_keys is text[]: passed as JSON, unpacked per row.
    ctx.counts.theme_training_examples = rows.corrections.length;
    if (rows.corrections.length) {
      await ctx.db.query(
        `INSERT INTO theme_training_examples (text, locale, theme_keys, department_key, source, feedback_item_id, customer_id, created_by, created_at)
         SELECT x.text, x.locale, ARRAY(SELECT jsonb_array_elements_text(x.keys)), x.department_key, 'reroute', x.item_id, x.customer_id, x.created_by, x.created_at
         FROM jsonb_to_recordset($1::jsonb) AS x(text text, locale text, keys jsonb, department_key text, item_id uuid, customer_id uuid, created_by uuid, created_at timestamptz)`,
        [JSON.stringify(rows.corrections)],
      );
    }
  },
};

type Rows = { items: unknown[][]; themes: unknown[][]; activities: unknown[][]; replies: unknown[][]; corrections: unknown[][] };

/** One item from routing to today: what its department did with it and when. */
function liveItem(ctx: DemoContext, random: DemoRandom, r: Routed, target: RoutingTarget, createdAt: Date, rows: Rows, tally: { items: number; stalled: number; rerouted: number }, taken: Set<string>): void {
  const resp = r.response;
  const id = random.uuid();
  const events: Array<{ at: Date; kind: string; actor: string | null; data: Record<string, unknown> }> = [];
  const at = (d: Date) => d <= ctx.now;
  let department = ctx.departments.find((d) => d.id === target.departmentId)!;
  let themes: RoutedTheme[] = target.themes;
  let reason: string = target.reason;
  let reroutedFrom: string | null = null;
  let start = createdAt;
  events.push({ at: createdAt, kind: 'created', actor: null, data: { reason: target.reason, themes: target.themes.map((t) => t.key) } });

  // Now and then a head finds the item is not theirs and sends it where the classifier's next guess points
  // (and the first time one can, so that even a small demo shows a re-route).
  const elsewhere = r.departmentScores.map((d) => ctx.departments.find((x) => x.key === d.key)).find((d): d is DemoDepartment => !!d && !taken.has(d.id));
  if (resp.comment && elsewhere && (random.chance(0.05) || tally.rerouted === 0)) {
    const when = addMs(createdAt, random.between(0.3, 0.8) * department.ackSlaHours * HOUR_MS);
    if (at(when)) {
      const actor = headOf(ctx, department.id).id;
      const keys = r.found.filter((t) => t.source === 'model' && themeDepartment(ctx, t.key) === elsewhere.id).map((t) => t.key);
      events.push({ at: when, kind: 'rerouted_out', actor, data: { from: department.key, to: elsewhere.key, note: null } });
      rows.corrections.push({ text: resp.comment, locale: resp.locale, keys, department_key: elsewhere.key, item_id: id, customer_id: resp.customer.id, created_by: actor, created_at: when } as never);
      reroutedFrom = department.id;
      tally.rerouted++;
      taken.delete(department.id);
      taken.add(elsewhere.id);
      department = elsewhere;
      themes = keys.map((key) => ({ key, confidence: 1, source: 'staff' as const }));
      reason = 'manual';
      start = when;
    }
  }
  const { acknowledgeBy, resolveBy } = deadlines(start, department);
  const head = headOf(ctx, department.id).id;

  // How the department handles it: mostly within the SLA, some late, a few forgotten.
  // A backlog, as every real inbox has: every tenth item never picked up or stalled after a first step, in turn.
  const stalled = tally.items++ % 10 === 9 ? BACKLOG[tally.stalled++ % BACKLOG.length] : 'no';
  const forgotten = stalled === 'new';
  const ackAt = addMs(start, (random.chance(0.12) ? random.between(1.05, 3) : random.between(0.05, 0.85)) * department.ackSlaHours * HOUR_MS);
  const startAt = stalled === 'in_progress' || (stalled !== 'acknowledged' && random.chance(0.7)) ? addMs(ackAt, random.between(5, 180) * MINUTE_MS) : null;
  const resolveAt = addMs(start, (random.chance(0.14) ? random.between(1.05, 2.2) : random.between(0.08, 0.9)) * department.resolveSlaDays * DAY_MS);
  let status = 'new';
  let acknowledgedAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let assignee: string | null = null;
  let note: string | null = null;
  if (!forgotten && at(ackAt)) {
    status = 'acknowledged';
    acknowledgedAt = ackAt;
    events.push({ at: ackAt, kind: 'status_changed', actor: head, data: { from: 'new', to: 'acknowledged' } });
    if (startAt && at(startAt) && (startAt < resolveAt || stalled === 'in_progress')) {
      events.push({ at: startAt, kind: 'assigned', actor: head, data: { from: null, to: head } });
      assignee = head;
      events.push({ at: startAt, kind: 'status_changed', actor: head, data: { from: 'acknowledged', to: 'in_progress' } });
      status = 'in_progress';
    }
    if (at(resolveAt) && resolveAt > ackAt && stalled === 'no') {
      const reachable = replyChannel(resp);
      if (resp.comment && reachable && random.chance(0.35)) {
        const repliedAt = addMs(resolveAt, -random.between(2, 30) * MINUTE_MS);
        const replyId = random.uuid();
        const body = random.pick(REPLIES[resp.locale]);
        const subject = reachable === 'email' ? renderReplyEmail({ locale: resp.locale, customerName: null, departmentName: '', body, comment: null }).subject : null;
        const sentAt = addMs(repliedAt, random.between(1_000, 8_000));
        const pmid = reachable === 'email' ? formatMessageId(`reply-${replyId}`, ctx.emailFrom) : `${ctx.smsProviderName}-${random.uuid()}`;
        rows.replies.push([replyId, id, resp.customer.id, reachable, resp.locale, subject, body, 'sent', pmid, head, repliedAt, sentAt]);
        events.push({ at: repliedAt, kind: 'reply_queued', actor: head, data: { replyId, channel: reachable } });
        events.push({ at: sentAt, kind: 'reply_sent', actor: null, data: { replyId, channel: reachable } });
      }
      note = random.pick(NOTES[department.key] ?? ['Sprawa wyjaśniona z klientem.']);
      events.push({ at: resolveAt, kind: 'status_changed', actor: head, data: { from: status, to: 'resolved', note } });
      status = 'resolved';
      resolvedAt = resolveAt;
    }
  }
  // The alert job's once-per-breach marks, a minute after each deadline that passed unmet.
  let ackAlert: Date | null = null;
  let resolveAlert: Date | null = null;
  if (at(acknowledgeBy) && (!acknowledgedAt || acknowledgedAt > acknowledgeBy) && (!resolvedAt || resolvedAt > acknowledgeBy)) {
    ackAlert = addMs(acknowledgeBy, random.between(5_000, 60_000));
    events.push({ at: ackAlert, kind: 'sla_breached', actor: null, data: { deadline: 'acknowledge' } });
  }
  if (at(resolveBy) && (!resolvedAt || resolvedAt > resolveBy)) {
    resolveAlert = addMs(resolveBy, random.between(5_000, 60_000));
    events.push({ at: resolveAlert, kind: 'sla_breached', actor: null, data: { deadline: 'resolve' } });
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  const updatedAt = events.filter((e) => at(e.at)).at(-1)!.at;
  rows.items.push([
    id, resp.id, department.id, resp.customer.id, resp.surveyId, resp.invitationId, resp.metric, resp.score, resp.comment, resp.locale, resp.event.contactChannel, resp.event.team,
    resp.event.agent, resp.event.caseId, reason, status, assignee, note, acknowledgeBy, resolveBy, acknowledgedAt, resolvedAt, reroutedFrom, ackAlert, resolveAlert, createdAt, updatedAt,
  ]);
  for (const t of themes) rows.themes.push([id, t.key, t.confidence, t.source]);
  for (const e of events) if (at(e.at)) rows.activities.push([id, e.kind, e.actor, e.data, e.at]);
}

function themeDepartment(ctx: DemoContext, key: string): string | undefined {
  return ctx.themeDepartments.get(key);
}

/** The channel FeedbackRepliesService would pick: e-mail if there is one, else SMS; none when opted out. */
function replyChannel(r: DemoResponse): 'email' | 'sms' | null {
  const c = r.customer;
  if (c.email) return c.emailOptedOutAt ? null : 'email';
  if (c.phone) return c.smsOptedOutAt ? null : 'sms';
  return null;
}
