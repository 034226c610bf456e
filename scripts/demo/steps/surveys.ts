import { randomBytes } from 'node:crypto';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { DeliveryConfig } from '@feedloop/core/config/app-config';
import { EMAIL_PROVIDER, EmailProvider, formatMessageId } from '@feedloop/delivery/providers/email/email-provider';
import { SMS_PROVIDER, SmsProvider } from '@feedloop/delivery/providers/sms/sms-provider';
import { matchesTrigger } from '@feedloop/surveys/survey-trigger';
import type { SurveyEntity } from '@feedloop/surveys/survey.entity';
import { SEND_INVITATION } from '@feedloop/surveys/surveys.jobs';
import { THEME_CATALOGUE } from '@feedloop/themes/seed/theme-catalogue';
import { Mood, writeComment } from '../comments';
import { DAY_MS, DemoContext, DemoEvent, DemoRandom, DemoStep, HOUR_MS, MINUTE_MS, addMs, insertRows } from '../demo-context';

type Survey = Pick<SurveyEntity, 'id' | 'name' | 'channels' | 'triggerEventType' | 'triggerFilters' | 'delayMinutes' | 'throttleDays' | 'expiryHours' | 'reminderAfterHours'> & { metric: NonNullable<SurveyEntity['metric']> };

const COMPLAINTS = THEME_CATALOGUE.filter((t) => t.kind === 'complaint').map((t) => t.key);
const PRAISE = THEME_CATALOGUE.filter((t) => t.kind === 'praise').map((t) => t.key);

/** What a contact on each channel is mostly about (any theme can come up anywhere). */
const CONTACT_THEMES: Record<string, Record<string, number>> = {
  phone: { long_wait: 4, unhelpful_agent: 3, not_resolved: 3, had_to_repeat: 2 },
  chat: { long_wait: 3, unhelpful_agent: 3, not_resolved: 2, website_app: 1 },
  email: { no_reply: 4, not_resolved: 3, invoice_error: 2, refund: 2 },
  social: { no_reply: 4, late_delivery: 2, courier_behaviour: 2 },
  branch: { long_wait: 3, unhelpful_agent: 2, product_defect: 2 },
  app: { website_app: 6, missing_feature: 2 },
};
const BASE_THEMES: Record<string, number> = {
  late_delivery: 4, damaged_parcel: 2, lost_parcel: 1.5, courier_behaviour: 1.5, wrong_item: 1.5,
  invoice_error: 1.5, unexpected_charge: 1.5, refund: 1.5, product_defect: 2, missing_feature: 1, price_too_high: 1.5, website_app: 1.5,
  long_wait: 1, unhelpful_agent: 1, not_resolved: 1, had_to_repeat: 0.5, no_reply: 1,
};
const ONBOARDING_THEMES: Record<string, number> = { late_delivery: 3, damaged_parcel: 1, wrong_item: 1, invoice_error: 1, unexpected_charge: 1, product_defect: 2, missing_feature: 2, price_too_high: 3, website_app: 3 };

/**
 * What went wrong when, so trends have a story: a courier partner's bad
 * weeks, a price rise, a buggy app release. [theme, from days ago, to days ago, weight factor, score penalty].
 */
const INCIDENTS: Array<[string, number, number, number, number]> = [
  ['late_delivery', 80, 62, 5, 0.8],
  ['lost_parcel', 78, 64, 3, 0.4],
  ['price_too_high', 45, 0, 4, 0.5],
  ['unexpected_charge', 45, 30, 4, 0.5],
  ['website_app', 26, 14, 6, 0.7],
];

/**
 * Invitations of every active survey with a trigger (post-contact CSAT,
 * onboarding NPS, and CES or any other an admin added), decided as the survey
 * worker decides them (trigger rules, 30-day throttle, channel order,
 * opt-outs, missing addresses) with their status log; sends and delivery
 * reports as the dispatcher records them; answers as the survey pages and
 * SMS replies record them (a score link, then a comment on the page, kept
 * as a change). Invitations still due get their send job, as scheduling
 * writes it.
 */
export const demoSurveys: DemoStep = {
  name: 'invitations and responses',
  async run(ctx, random) {
    const surveys = await activeSurveys(ctx);
    const emailProvider = ctx.app.get<EmailProvider>(EMAIL_PROVIDER);
    const smsProvider = ctx.app.get<SmsProvider>(SMS_PROVIDER);
    const from = ctx.app.get(DeliveryConfig).smtp.from;
    const invitations: unknown[][] = [];
    const log: unknown[][] = [];
    const responses: unknown[][] = [];
    const changes: unknown[][] = [];
    const dueJobs: Array<{ id: string; dueAt: Date }> = [];
    const marks = new Map<string, Array<{ id: string; at: number }>>();
    const rounds: RoundRobin = { complaint: 0, praise: 0 };

    for (const event of ctx.events) {
      const customer = event.customer;
      for (const survey of surveys) {
        if (!matchesTrigger(survey, { type: event.type, contactChannel: event.contactChannel, team: event.team }, customer.attributes)) continue;
        const id = random.uuid();
        const token = randomBytes(24).toString('base64url');
        const due = addMs(event.occurredAt, survey.delayMinutes * MINUTE_MS);
        let expires = addMs(due, survey.expiryHours * HOUR_MS);
        const created = event.processedAt;
        const row = {
          status: 'scheduled', reason: null as string | null, channel: null as string | null, attempts: 0, pmid: null as string | null, lastError: null as string | null,
          sentAt: null as Date | null, deliveredAt: null as Date | null, failedAt: null as Date | null, answeredAt: null as Date | null, reminderAt: null as Date | null, updatedAt: created,
        };
        const own = marks.get(customer.id) ?? [];
        marks.set(customer.id, own);
        const throttledBy = survey.throttleDays > 0 ? own.find((m) => Math.abs(m.at - due.getTime()) < survey.throttleDays * DAY_MS) : undefined;
        if (throttledBy) {
          Object.assign(row, { status: 'suppressed', reason: 'throttled' });
          log.push([id, 'suppressed', `invitation ${throttledBy.id} is within ${survey.throttleDays} days`, created]);
        } else {
          log.push([id, 'scheduled', `due at ${due.toISOString()} after ${event.type} event ${event.id}`, created]);
          if (due > ctx.now) {
            dueJobs.push({ id, dueAt: due });
            if (survey.throttleDays > 0) own.push({ id, at: due.getTime() });
          } else {
            const skipped: string[] = [];
            let optedOut = false;
            for (const channel of survey.channels) {
              const address = channel === 'email' ? customer.email : customer.phone;
              const out = channel === 'email' ? customer.emailOptedOutAt : customer.smsOptedOutAt;
              if (!address) skipped.push(`${channel}: no ${channel === 'email' ? 'e-mail address' : 'phone number'}`);
              else if (out && out <= due) {
                optedOut = true;
                skipped.push(`${channel}: opted out`);
              } else {
                row.channel = channel;
                break;
              }
            }
            const sending = addMs(due, random.between(500, 20_000));
            if (!row.channel) {
              Object.assign(row, { status: 'suppressed', reason: optedOut ? 'opted_out' : 'no_address', updatedAt: sending });
              log.push([id, 'suppressed', skipped.join('; '), sending]);
            } else {
              if (survey.throttleDays > 0) own.push({ id, at: sending.getTime() });
              row.attempts = 1;
              log.push([id, 'sending', `attempt 1 by ${row.channel}${skipped.length ? ` (${skipped.join('; ')})` : ''}`, sending]);
              const sentAt = addMs(sending, random.between(200, 2_500));
              const provider = row.channel === 'email' ? emailProvider.name : smsProvider.name;
              if (row.channel === 'email' && random.chance(0.012)) {
                const reason = '550 5.1.1 mailbox unavailable';
                Object.assign(row, { status: 'bounced', lastError: reason, failedAt: sentAt, updatedAt: sentAt });
                log.push([id, 'bounced', `${provider} refused it: ${reason}`, sentAt]);
              } else {
                row.pmid = row.channel === 'email' ? formatMessageId(`invitation-${id}`, from) : `${provider}-${random.uuid()}`;
                Object.assign(row, { status: 'sent', sentAt, updatedAt: sentAt });
                expires = new Date(Math.max(expires.getTime(), sentAt.getTime() + survey.expiryHours * HOUR_MS));
                log.push([id, 'sent', `${row.channel} accepted by ${provider} as ${row.pmid}`, sentAt]);
                if (row.channel === 'sms' && random.chance(0.93)) {
                  const at = addMs(sentAt, random.between(3_000, 60_000));
                  if (at < ctx.now) {
                    Object.assign(row, { status: 'delivered', deliveredAt: at, updatedAt: at });
                    log.push([id, 'delivered', 'delivered', at]);
                  }
                }
                const answered = answerOf(ctx, random, survey, event, row.channel as 'email' | 'sms', sentAt, expires, rounds);
                const reminderDue = survey.reminderAfterHours && row.channel === 'email' ? addMs(sentAt, survey.reminderAfterHours * HOUR_MS) : null;
                if (reminderDue && reminderDue < ctx.now && reminderDue < expires && (!answered || answered.firstAt > reminderDue)) {
                  row.reminderAt = reminderDue;
                  log.push([id, 'reminder_sent', `accepted by ${provider} as ${formatMessageId(`invitation-${id}-reminder`, from)}`, reminderDue]);
                }
                if (answered) {
                  const responseId = random.uuid();
                  Object.assign(row, { status: 'answered', answeredAt: answered.firstAt, updatedAt: answered.firstAt });
                  log.push([id, 'answered', null, answered.firstAt]);
                  const lastAt = answered.commentAt ?? answered.firstAt;
                  responses.push([responseId, id, survey.id, customer.id, survey.metric, answered.score, answered.comment, answered.source, row.channel, event.contactChannel, event.team, answered.firstAt, lastAt]);
                  if (answered.commentAt) changes.push([responseId, answered.score, null, 'email_link', answered.commentAt]);
                  ctx.responses.push({
                    id: responseId, invitationId: id, surveyId: survey.id, customer, event, metric: survey.metric, score: answered.score, comment: answered.comment,
                    locale: customer.locale, channel: row.channel as 'email' | 'sms', createdAt: answered.firstAt, updatedAt: lastAt,
                  });
                } else if (expires < ctx.now) {
                  Object.assign(row, { status: 'expired', updatedAt: addMs(expires, 30_000) });
                  log.push([id, 'expired', 'not answered before it expired', addMs(expires, 30_000)]);
                }
              }
            }
          }
        }
        invitations.push([
          id, survey.id, customer.id, event.id, row.channel, customer.locale, token, row.status, row.reason, due, expires, row.attempts, row.pmid, row.lastError,
          row.sentAt, row.deliveredAt, row.failedAt, row.answeredAt, row.reminderAt, event.contactChannel, event.team, created, row.updatedAt,
        ]);
      }
    }
    await insertRows(
      ctx,
      'invitations',
      [
        ['id', 'uuid'], ['survey_id', 'uuid'], ['customer_id', 'uuid'], ['event_id', 'uuid'], ['channel', 'text'], ['locale', 'text'], ['token', 'text'], ['status', 'text'],
        ['suppression_reason', 'text'], ['due_at', 'timestamptz'], ['expires_at', 'timestamptz'], ['attempts', 'int'], ['provider_message_id', 'text'], ['last_error', 'text'],
        ['sent_at', 'timestamptz'], ['delivered_at', 'timestamptz'], ['failed_at', 'timestamptz'], ['answered_at', 'timestamptz'], ['reminder_sent_at', 'timestamptz'],
        ['contact_channel', 'text'], ['team', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
      ],
      invitations,
    );
    await insertRows(ctx, 'invitation_log', [['invitation_id', 'uuid'], ['status', 'text'], ['detail', 'text'], ['created_at', 'timestamptz']], log);
    await insertRows(
      ctx,
      'responses',
      [
        ['id', 'uuid'], ['invitation_id', 'uuid'], ['survey_id', 'uuid'], ['customer_id', 'uuid'], ['metric', 'text'], ['score', 'smallint'], ['comment', 'text'], ['source', 'text'],
        ['channel', 'text'], ['contact_channel', 'text'], ['team', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
      ],
      responses,
    );
    await insertRows(ctx, 'response_changes', [['response_id', 'uuid'], ['score', 'smallint'], ['comment', 'text'], ['source', 'text'], ['changed_at', 'timestamptz']], changes);
    if (dueJobs.length) {
      await ctx.app.get(JobsService).insert(
        dueJobs.map((j) => ({ name: SEND_INVITATION, data: { invitationId: j.id }, startAfter: j.dueAt, singletonKey: j.id })),
        { db: jobsDbOf(ctx.db) },
      );
      ctx.counts['jobs (invitations due)'] = dueJobs.length;
    }
  },
};

/** The scored surveys events trigger; exit surveys (no metric) are the churn step's. */
async function activeSurveys(ctx: DemoContext): Promise<Survey[]> {
  const rows: Array<Record<string, unknown>> = await ctx.db.query(
    `SELECT id, name, metric, channels, trigger_event_type, trigger_filters, delay_minutes, throttle_days, expiry_hours, reminder_after_hours
     FROM surveys WHERE status = 'active' AND trigger_event_type IS NOT NULL AND metric IS NOT NULL ORDER BY created_at, id`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    metric: r.metric as Survey['metric'],
    channels: r.channels as Survey['channels'],
    triggerEventType: r.trigger_event_type as Survey['triggerEventType'],
    triggerFilters: r.trigger_filters as Survey['triggerFilters'],
    delayMinutes: r.delay_minutes as number,
    throttleDays: r.throttle_days as number,
    expiryHours: r.expiry_hours as number,
    reminderAfterHours: r.reminder_after_hours as number | null,
  }));
}

/** How far the first comments have gone round the catalogue, per kind. */
interface RoundRobin {
  complaint: number;
  praise: number;
}

interface Answer {
  score: number;
  comment: string | null;
  source: 'email_link' | 'web' | 'sms';
  firstAt: Date;
  commentAt: Date | null;
}

/** Whether and how the customer answers: score from their temper and what went wrong, a comment more often when unhappy. */
function answerOf(ctx: DemoContext, random: DemoRandom, survey: Survey, event: DemoEvent, channel: 'email' | 'sms', sentAt: Date, expires: Date, rounds: RoundRobin): Answer | null {
  const c = event.customer;
  const rate = (channel === 'email' ? 0.34 : 0.24) * (1 + 0.3 * Math.abs(c.temper)) * (survey.metric === 'nps' ? 1.15 : 1);
  if (!random.chance(rate)) return null;
  const delay = random.chance(0.6) ? random.between(2, 90) * MINUTE_MS : random.between(2, 60) * HOUR_MS;
  const firstAt = addMs(sentAt, delay);
  if (firstAt >= ctx.now || firstAt >= expires) return null;

  const daysAgo = (ctx.now.getTime() - firstAt.getTime()) / DAY_MS;
  const active = INCIDENTS.filter(([, a, b]) => daysAgo <= a && daysAgo >= b);
  // Mood on a 0–1 line: temper, a difficult contact (repeated), and incidents of the day.
  let level = 0.68 + 0.25 * c.temper + random.normal(0, 0.22) - (event.repeated ? 0.15 : 0) - active.reduce((s, [, , , , penalty]) => s + penalty * 0.12, 0);
  if (c.cancelledAt && c.cancelledAt.getTime() - firstAt.getTime() < 45 * DAY_MS) level -= 0.2;
  level = Math.max(0, Math.min(1, level));
  const score = scoreFor(survey.metric, level);
  const mood: Mood = moodOf(survey.metric, score);

  const commentChance = mood === 'unhappy' ? 0.78 : mood === 'mixed' ? 0.5 : 0.38;
  let comment: string | null = null;
  if (random.chance(commentChance)) comment = writeComment(random, c.locale, mood, themesFor(random, survey, event, mood, active, rounds));
  if (channel === 'sms') return { score, comment, source: 'sms', firstAt, commentAt: null };
  if (!comment) return { score, comment: null, source: 'email_link', firstAt, commentAt: null };
  return { score, comment, source: 'web', firstAt, commentAt: addMs(firstAt, random.between(40_000, 6 * MINUTE_MS)) };
}

function scoreFor(metric: Survey['metric'], level: number): number {
  if (metric === 'nps') return Math.max(0, Math.min(10, Math.round(level * 10.8 - 0.3)));
  if (metric === 'csat') return Math.max(1, Math.min(5, Math.round(1 + level * 4.3 - 0.1)));
  return Math.max(1, Math.min(7, Math.round(1 + level * 6.4 - 0.1)));
}

function moodOf(metric: Survey['metric'], score: number): Mood {
  if (metric === 'nps') return score <= 6 ? 'unhappy' : score <= 8 ? 'mixed' : 'happy';
  if (metric === 'csat') return score <= 2 ? 'unhappy' : score === 3 ? 'mixed' : 'happy';
  return score <= 3 ? 'unhappy' : score <= 5 ? 'mixed' : 'happy';
}

/**
 * The themes a comment is written about. The first comments of each kind go
 * round the catalogue twice, so every theme has comments however small the
 * company; after that, what the contact and the season make likely.
 */
function themesFor(random: DemoRandom, survey: Survey, event: DemoEvent, mood: Mood, active: typeof INCIDENTS, rounds: RoundRobin): string[] {
  if (mood === 'happy') {
    if (random.chance(0.25)) return [];
    if (random.chance(0.1)) return [random.pick(COMPLAINTS)]; // "great, only the courier was late"
    return [rounds.praise < 2 * PRAISE.length ? PRAISE[rounds.praise++ % PRAISE.length] : event.type === 'contact' ? random.weighted([['praise_service', 3], ['praise_delivery', 1], ['praise_product', 1]]) : random.weighted([['praise_product', 2], ['praise_delivery', 1], ['praise_service', 1]])];
  }
  if (mood === 'mixed' && random.chance(0.3)) return [];
  const weights = { ...(event.type === 'contact' ? BASE_THEMES : ONBOARDING_THEMES) };
  if (event.type === 'contact') for (const [k, w] of Object.entries(CONTACT_THEMES[event.contactChannel ?? ''] ?? {})) weights[k] = (weights[k] ?? 0) + w;
  for (const [k, , , factor] of active) weights[k] = (weights[k] ?? 1) * factor;
  const one = () => (rounds.complaint < 2 * COMPLAINTS.length ? COMPLAINTS[rounds.complaint++ % COMPLAINTS.length] : random.weighted(Object.entries(weights)));
  const first = one();
  if (mood === 'unhappy' && random.chance(0.2)) {
    const second = one();
    if (second !== first) return [first, second];
  }
  return [first];
}
