import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { WriteCoalescer } from '@feedloop/core/batching/write-coalescer';
import { retryWhileUnavailable } from '@feedloop/core/database/retry-while-unavailable';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { UUID } from '@feedloop/core/validation';
import { CustomerDeliveryProfile, CustomersService } from '@feedloop/customers/customers.service';
import { PermanentDeliveryError, TransientDeliveryError } from '@feedloop/delivery/delivery.errors';
import { EMAIL_PROVIDER, EmailProvider, listUnsubscribeHeaders } from '@feedloop/delivery/providers/email/email-provider';
import { SMS_PROVIDER, SmsProvider } from '@feedloop/delivery/providers/sms/sms-provider';
import { InvitationEntity } from './invitation.entity';
import { InvitationTransition, InvitationsRepository, SentRow, SentWrite, ThrottleMark } from './invitations.repository';
import { formatLocal, quietHoursEnd } from './quiet-hours';
import { SurveyChannel, SurveyEntity } from './survey.entity';
import { SurveyMessageRenderer } from './survey-message.renderer';
import { SurveysService } from './surveys.service';
import { SEND_INVITATION, SEND_REMINDER, expireInvitationsJob, sendInvitationJob, sendReminderJob } from './surveys.jobs';

/** One send job of a batch. */
export interface DispatchJob {
  jobId: string;
  invitationId: string | undefined;
  /** pg-boss will not retry it again: a temporary failure now is final. */
  lastAttempt: boolean;
}

/** An invitation claimed for sending ('sending', attempt counted) with what its message needs. */
interface Claimed {
  job: DispatchJob;
  invitation: InvitationEntity;
  survey: SurveyEntity;
  customer: CustomerDeliveryProfile;
  channel: SurveyChannel;
}

type Decision =
  | { kind: 'claim'; channel: SurveyChannel; skipped: string[] }
  | { kind: 'transition'; transition: InvitationTransition }
  | { kind: 'move'; until: Date; detail: string };

/**
 * Sends of one batch in flight at once; with two fetch loops, 16 messages for
 * the default 5 pooled SMTP connections: enough to keep each busy, few enough
 * that messages do not wait in nodemailer's queue long enough to be promoted
 * to the old heap (which is what raises the peak RSS).
 */
const SEND_CONCURRENCY = 8;
const EXPIRE_CHUNK = 5000;
/** Longer than a send can take (SMTP and HTTP time out within 30 s). */
const SENDING_GRACE_MS = 120_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How often a workers process looks for claims left by a dead one, and for due invitations whose job was lost with it. */
const RECOVERY_EVERY_MS = 5_000;
/**
 * A due invitation still 'scheduled' this long after its due time, with no
 * send job waiting, had its job fetched by a process that died before it
 * claimed the batch. Giving one a second job by mistake costs nothing: the
 * claim serialises them and the later one finds it sent.
 */
const OVERDUE_MS = 10_000;
const RECOVERY_CHUNK = 500;
/**
 * How long a lease must be seen free before its claims are taken over. Its
 * process may be alive and merely reconnecting after the database
 * restarted (it takes the same lease again within a second or two of the
 * database answering); taking its claims over then would send its messages
 * a second time.
 */
const TAKEOVER_GRACE_MS = 10_000;

/**
 * Sends due invitations (the send job), their one reminder, and expires
 * unanswered ones. Every send is claimed first ('sending', in a short
 * transaction under a per-customer lock that re-checks pause, expiry,
 * erasure, opt-outs, throttle and quiet hours), then handed to the provider
 * outside any transaction, then recorded with the provider's id.
 */
@Injectable()
export class SurveyDispatchService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(SurveyDispatchService.name);
  /**
   * A send is recorded the moment the provider accepted it: the write goes
   * at once (no lingering for a fuller batch), and sends accepted while one
   * write commits go together in the next. What a crash can leave accepted
   * but unrecorded is thus only what was accepted within the last commit or
   * two (about a millisecond each), and those are sent again with the same
   * Message-ID (see recoverInterrupted).
   */
  private readonly sentRecords = new WriteCoalescer<SentWrite, SentRow | null>((writes) => this.recordSent(writes), {
    maxInFlight: 2,
    maxBatch: 200,
  });
  private recoveryTimer: NodeJS.Timeout | null = null;
  private recovering: Promise<void> | null = null;
  /** Leases of other processes found free, and since when (see TAKEOVER_GRACE_MS). */
  private readonly freeSince = new Map<number, number>();
  private stopping = false;
  /** Invitations this process has claimed and not yet settled (sent and recorded, or failed). */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly repo: InvitationsRepository,
    private readonly surveys: SurveysService,
    private readonly renderer: SurveyMessageRenderer,
    private readonly customers: CustomersService,
    private readonly jobs: JobsService,
    @Inject(EMAIL_PROVIDER) private readonly email: EmailProvider,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
  ) {}

  onModuleInit(): void {
    this.jobs.register(sendInvitationJob(this));
    this.jobs.register(sendReminderJob(this));
    this.jobs.register(expireInvitationsJob(this));
  }

  /** In workers processes: takes over what a dead one left, at start and then every few seconds. */
  onApplicationBootstrap(): void {
    if (this.jobs.leaseKey === null) return;
    const run = () => {
      this.recovering ??= this.recoverInterrupted()
        .then(() => undefined)
        .catch((err: Error) => this.logger.warn(`recovering interrupted sends failed: ${err.message}`))
        .finally(() => (this.recovering = null));
    };
    run();
    this.recoveryTimer = setInterval(run, RECOVERY_EVERY_MS);
    this.recoveryTimer.unref();
  }

  /** Records of sends still waiting for the database give up: what they leave is taken over as interrupted. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.recoveryTimer) clearInterval(this.recoveryTimer);
    await this.recovering;
  }

  /**
   * Sends interrupted by the death of the workers process that claimed them
   * (killed, crashed, its machine gone): invitations still 'sending' under a
   * lease that is free go back to 'scheduled' with a new job, at once. Some
   * may have been accepted by the provider just before the process died,
   * unrecorded: they go out again with the same Message-ID (SMTP) or
   * reference (SMS), which is what lets a receiver drop the second copy.
   * Also gives a job to due invitations whose job was fetched by a process
   * that died before claiming them (pg-boss would retry it only after 15
   * minutes). Returns how many of each.
   */
  async recoverInterrupted(now = new Date()): Promise<{ claims: number; overdue: number }> {
    const lease = this.jobs.leaseKey;
    if (lease === null) return { claims: 0, overdue: 0 };
    const free = await this.repo.freeLeases(lease);
    for (const key of this.freeSince.keys()) if (!free.includes(key)) this.freeSince.delete(key);
    for (const key of free) if (!this.freeSince.has(key)) this.freeSince.set(key, now.getTime());
    const dead = free.filter((key) => now.getTime() - this.freeSince.get(key)! >= TAKEOVER_GRACE_MS);
    const claims = await this.repo.transaction(async (manager) => {
      const orphaned = dead.length ? await this.repo.lockOrphanedClaims(dead, RECOVERY_CHUNK, manager) : [];
      await this.repo.applyTransitions(
        orphaned.map((o) => ({
          id: o.id,
          status: 'scheduled',
          detail: `attempt ${o.attempts} interrupted: the workers process sending it stopped; sending again (same Message-ID), a second copy if the provider had already taken it`,
        })),
        manager,
      );
      await this.jobs.insert(
        orphaned.map((o) => ({ name: SEND_INVITATION, data: { invitationId: o.id }, singletonKey: o.id })),
        { db: jobsDbOf(manager) },
      );
      return orphaned.length;
    });
    const overdue = await this.jobs.withoutWaitingJob(SEND_INVITATION, await this.repo.overdueIds(new Date(now.getTime() - OVERDUE_MS), RECOVERY_CHUNK));
    await this.jobs.insert(overdue.map((id) => ({ name: SEND_INVITATION, data: { invitationId: id }, singletonKey: id })));
    if (claims || overdue.length) this.logger.warn(`took over ${claims} interrupted send(s) and ${overdue.length} overdue invitation(s) of a stopped workers process`);
    return { claims, overdue: overdue.length };
  }

  /**
   * Handles one batch of send jobs. Jobs whose send failed for a reason that
   * may pass are failed individually so pg-boss retries them with backoff;
   * returning completes the others. `now` is the clock the rules read.
   */
  async sendBatch(jobs: DispatchJob[], now = new Date()): Promise<void> {
    const valid = jobs.filter((j) => j.invitationId && UUID.test(j.invitationId));
    if (valid.length < jobs.length) this.logger.warn(`${jobs.length - valid.length} send job(s) without a valid invitationId ignored`);
    if (!valid.length) return;

    const { claimed, alreadySent, busy } = await this.claim(valid, now);
    try {
      await this.send(claimed, alreadySent, busy);
    } finally {
      for (const c of claimed) this.inFlight.delete(c.invitation.id);
    }
  }

  private async send(claimed: Claimed[], alreadySent: SentWrite[], busy: DispatchJob[]): Promise<void> {
    // A crash after the provider took the message but before it was recorded as sent: record it, do not send again.
    await Promise.all(alreadySent.map((w) => this.sentRecords.submit(w)));

    const failures: InvitationTransition[] = [];
    const retry: DispatchJob[] = [...busy];
    const records: Array<Promise<void>> = [];
    await forEachConcurrently(claimed, SEND_CONCURRENCY, async (c) => {
      let providerMessageId: string;
      try {
        providerMessageId = await this.deliver(c);
      } catch (err) {
        const outcome = this.failure(c, err);
        failures.push(outcome.transition);
        if (outcome.retry) retry.push(c.job);
        return;
      }
      // Recorded with the next flush of sentRecords; the lane goes on to the next message meanwhile.
      const detail = `${c.channel} accepted by ${this.providerName(c.channel)} as ${providerMessageId}`;
      records.push(
        this.sentRecords.submit({ id: c.invitation.id, providerMessageId, detail }).then(
          () => undefined,
          (err: Error) => {
            // Still 'sending' without the provider's id: the retry sends it again (same Message-ID / reference).
            this.logger.error(`invitation ${c.invitation.id} was sent but could not be recorded: ${err.message}`);
            retry.push(c.job);
          },
        ),
      );
    });
    await Promise.all(records);

    await this.repo.applyTransitions(failures);
    await this.jobs.fail(
      SEND_INVITATION,
      retry.map((j) => j.jobId),
      { reason: 'temporary delivery failure' },
    );
  }

  /**
   * Decides every invitation of the batch in one transaction, holding the
   * customers' locks, and marks those to send as 'sending'.
   */
  private async claim(jobs: DispatchJob[], now: Date): Promise<{ claimed: Claimed[]; alreadySent: SentWrite[]; busy: DispatchJob[] }> {
    // Marked in flight before the claim commits, so that no other batch of this process can find them idle.
    const marked: string[] = [];
    try {
      return await this.claimIn(jobs, now, marked);
    } catch (err) {
      for (const id of marked) this.inFlight.delete(id);
      throw err;
    }
  }

  private claimIn(jobs: DispatchJob[], now: Date, marked: string[]): Promise<{ claimed: Claimed[]; alreadySent: SentWrite[]; busy: DispatchJob[] }> {
    return this.repo.transaction(async (manager) => {
      const ids = jobs.map((j) => j.invitationId!);
      await this.repo.lockCustomersOf(ids, manager);
      const open = (await this.repo.lockByIds(ids, manager)).filter((i) => i.status === 'scheduled' || i.status === 'sending');
      if (!open.length) return { claimed: [], alreadySent: [], busy: [] };

      const jobByInvitation = new Map(jobs.map((j) => [j.invitationId!, j]));
      const surveys = await this.loadSurveys(open.map((i) => i.surveyId));
      const customers = await this.customers.findForDelivery(open.map((i) => i.customerId), manager);
      const longestWindow = Math.max(0, ...[...surveys.values()].map((s) => s.throttleDays));
      const marks = longestWindow
        ? await this.repo.throttleMarksForSending([...customers.keys()], new Date(now.getTime() - longestWindow * DAY_MS), manager)
        : [];

      const claimed: Claimed[] = [];
      const alreadySent: SentWrite[] = [];
      const busy: DispatchJob[] = [];
      const transitions: InvitationTransition[] = [];
      const moved: PgBoss.JobInsert[] = [];
      for (const invitation of open) {
        if (invitation.status === 'sending' && invitation.providerMessageId) {
          alreadySent.push({ id: invitation.id, providerMessageId: invitation.providerMessageId, detail: 'the provider had taken it before an interruption' });
          continue;
        }
        const job = jobByInvitation.get(invitation.id)!;
        // Claimed moments ago: another job of this invitation may be sending it right now. Only one
        // that has been 'sending' for longer than any send takes was interrupted; try again later.
        // A claim under this process's own lease that it is not sending was interrupted for certain
        // (its claim committed, but the database went away before the claim's answer arrived).
        const ownIdle = invitation.sendLease !== null && invitation.sendLease === this.jobs.leaseKey && !this.inFlight.has(invitation.id);
        if (invitation.status === 'sending' && !ownIdle && Date.now() - invitation.updatedAt.getTime() < SENDING_GRACE_MS && !job.lastAttempt) {
          busy.push(job);
          continue;
        }
        const survey = surveys.get(invitation.surveyId)!;
        const customer = customers.get(invitation.customerId);
        const decision = this.decide(invitation, survey, customer, marks, now);
        if (decision.kind === 'transition') {
          transitions.push(decision.transition);
        } else if (decision.kind === 'move') {
          transitions.push({ id: invitation.id, status: 'scheduled', detail: decision.detail });
          moved.push({ name: SEND_INVITATION, data: { invitationId: invitation.id }, startAfter: decision.until, singletonKey: invitation.id });
        } else {
          const attempt = invitation.attempts + 1;
          transitions.push({ id: invitation.id, status: 'sending', channel: decision.channel, countAttempt: true, lease: this.jobs.leaseKey, detail: `attempt ${attempt} by ${decision.channel}${decision.skipped.length ? ` (${decision.skipped.join('; ')})` : ''}` });
          claimed.push({ job, invitation, survey, customer: customer!, channel: decision.channel });
          this.inFlight.add(invitation.id);
          marked.push(invitation.id);
          // A second invitation of this customer later in the same batch must see this one.
          if (survey.throttleDays > 0) marks.push({ invitationId: invitation.id, customerId: invitation.customerId, at: now });
        }
      }
      await this.repo.applyTransitions(transitions, manager);
      await this.jobs.insert(moved, { db: jobsDbOf(manager) });
      return { claimed, alreadySent, busy };
    });
  }

  /** The rules a send re-checks, in the order their reasons are reported. */
  private decide(
    invitation: InvitationEntity,
    survey: SurveyEntity,
    customer: CustomerDeliveryProfile | undefined,
    marks: ThrottleMark[],
    now: Date,
  ): Decision {
    const suppress = (reason: InvitationTransition['suppressionReason'], detail: string): Decision => ({
      kind: 'transition',
      transition: { id: invitation.id, status: 'suppressed', suppressionReason: reason, detail },
    });
    if (survey.status === 'paused') return suppress('survey_paused', `survey "${survey.name}" is paused`);
    if (now >= invitation.expiresAt) {
      return { kind: 'transition', transition: { id: invitation.id, status: 'expired', detail: `not sent before it expired at ${invitation.expiresAt.toISOString()}` } };
    }
    if (!customer || customer.erased) return suppress('customer_erased', 'the customer has been erased');

    const skipped: string[] = [];
    let channel: SurveyChannel | null = null;
    let optedOut = false;
    for (const candidate of survey.channels) {
      if (!addressOf(customer, candidate)) {
        skipped.push(`${candidate}: no ${candidate === 'email' ? 'e-mail address' : 'phone number'}`);
      } else if (customer.optedOut[candidate]) {
        optedOut = true;
        skipped.push(`${candidate}: opted out`);
      } else {
        channel = candidate;
        break;
      }
    }
    if (!channel) return suppress(optedOut ? 'opted_out' : 'no_address', skipped.join('; '));

    if (survey.throttleDays > 0) {
      const since = now.getTime() - survey.throttleDays * DAY_MS;
      const other = marks.find((m) => m.customerId === invitation.customerId && m.invitationId !== invitation.id && m.at.getTime() >= since);
      if (other) return suppress('throttled', `the customer was sent invitation ${other.invitationId} within ${survey.throttleDays} days`);
    }

    if (channel === 'sms' && survey.quietHoursStart && survey.quietHoursEnd) {
      const until = quietHoursEnd(now, customer.timeZone, { start: survey.quietHoursStart, end: survey.quietHoursEnd });
      if (until) return { kind: 'move', until, detail: `quiet hours: moved to ${formatLocal(until, customer.timeZone)}` };
    }
    return { kind: 'claim', channel, skipped };
  }

  /** Hands the message to the provider; returns the provider's id for it. */
  private async deliver(c: Claimed): Promise<string> {
    const { invitation, survey, customer } = c;
    if (c.channel === 'email') {
      const message = this.renderer.renderEmail(survey, { locale: invitation.locale, token: invitation.token, customerName: customer.name, reminder: false });
      const sent = await this.email.send({
        to: customer.email!,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: listUnsubscribeHeaders(message.unsubscribeUrl),
        // The same on every attempt: a resend after an interruption is recognisably the same message.
        messageId: `invitation-${invitation.id}`,
      });
      return sent.messageId;
    }
    const message = this.renderer.renderSms(survey, { locale: invitation.locale, token: invitation.token });
    const sent = await this.sms.send({ to: customer.phone!, text: message.text, reference: invitation.id });
    return sent.externalId;
  }

  /** What a failed send becomes, and whether its job is retried. */
  private failure(c: Claimed, err: unknown): { transition: InvitationTransition; retry: boolean } {
    const id = c.invitation.id;
    const attempt = c.invitation.attempts + 1;
    if (err instanceof PermanentDeliveryError) {
      const status = c.channel === 'email' && isRecipientRejection(err) ? 'bounced' : 'failed';
      return { transition: { id, status, error: err.reason, detail: `${err.provider} refused it: ${err.reason}` }, retry: false };
    }
    // Anything else (a template or a bug included) may pass on a later attempt, like an outage.
    const reason = err instanceof TransientDeliveryError ? err.reason : err instanceof Error ? err.message : String(err);
    if (!(err instanceof TransientDeliveryError)) this.logger.error(`sending invitation ${id} failed unexpectedly`, err instanceof Error ? err.stack : undefined);
    if (c.job.lastAttempt) {
      return { transition: { id, status: 'failed', error: reason, detail: `gave up after ${attempt} attempts: ${reason}` }, retry: false };
    }
    return { transition: { id, status: 'scheduled', error: reason, detail: `attempt ${attempt} failed, will retry: ${reason}` }, retry: true };
  }

  /**
   * Records sends and schedules their reminders, in one transaction. The
   * provider has taken these messages: while the database is unreachable the
   * record is tried again until it answers (the claims stay under this
   * process's lease meanwhile), since a record dropped now would have the
   * message sent again.
   */
  private async recordSent(writes: SentWrite[]): Promise<Array<SentRow | null>> {
    const rows = await retryWhileUnavailable(() => this.writeSent(writes), {
      giveUp: () => this.stopping,
      onWait: (err, attempt) => {
        if (attempt === 1) this.logger.warn(`${writes.length} sent message(s) could not be recorded yet (${(err as Error).message}); trying again until the database answers`);
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return writes.map((w) => byId.get(w.id) ?? null);
  }

  private writeSent(writes: SentWrite[]): Promise<SentRow[]> {
    return this.repo.transaction(async (manager: EntityManager) => {
      const sent = await this.repo.markSent(writes, manager);
      const reminders: PgBoss.JobInsert[] = sent
        .filter((r) => r.channel === 'email' && r.reminderAfterHours !== null)
        .map((r) => ({
          name: SEND_REMINDER,
          data: { invitationId: r.id },
          startAfter: new Date(r.sentAt.getTime() + r.reminderAfterHours! * HOUR_MS),
          singletonKey: r.id,
        }));
      await this.jobs.insert(reminders, { db: jobsDbOf(manager) });
      return sent;
    });
  }

  /**
   * The one e-mail reminder, while the invitation is sent or delivered,
   * unanswered and not expired, and the customer still takes e-mail.
   */
  async sendReminder(invitationId: string | undefined): Promise<void> {
    if (!invitationId || !UUID.test(invitationId)) return;
    const invitation = await this.repo.findById(invitationId);
    if (!invitation || invitation.channel !== 'email' || invitation.reminderSentAt) return;
    if (invitation.status !== 'sent' && invitation.status !== 'delivered') return;
    const survey = await this.surveys.get(invitation.surveyId);
    if (survey.status !== 'active' || survey.reminderAfterHours === null) return;
    const customer = (await this.customers.findForDelivery([invitation.customerId])).get(invitation.customerId);
    if (!customer || customer.optedOut.email || !customer.email) {
      await this.repo.log(invitation.id, 'reminder_skipped', 'the customer no longer takes e-mail');
      return;
    }
    const claimed = await this.repo.claimReminder(invitation.id);
    if (!claimed) return;

    const message = this.renderer.renderEmail(survey, { locale: claimed.locale, token: claimed.token, customerName: customer.name, reminder: true });
    try {
      const sent = await this.email.send({
        to: customer.email,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: listUnsubscribeHeaders(message.unsubscribeUrl),
        messageId: `invitation-${claimed.id}-reminder`,
      });
      await this.repo.log(claimed.id, 'reminder_sent', `accepted by ${this.email.name} as ${sent.messageId}`);
    } catch (err) {
      if (err instanceof PermanentDeliveryError) {
        await this.repo.log(claimed.id, 'reminder_failed', `${err.provider} refused it: ${err.reason}`);
        return;
      }
      await this.repo.releaseReminder(claimed.id);
      throw err;
    }
  }

  /** Marks sent invitations past their answer window expired; returns how many. */
  async expireInvitations(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.repo.expireDue(EXPIRE_CHUNK);
      total += n;
      if (n < EXPIRE_CHUNK) return total;
    }
  }

  private async loadSurveys(ids: string[]): Promise<Map<string, SurveyEntity>> {
    const unique = [...new Set(ids)];
    return new Map(await Promise.all(unique.map(async (id) => [id, await this.surveys.get(id)] as const)));
  }

  private providerName(channel: SurveyChannel): string {
    return channel === 'email' ? this.email.name : this.sms.name;
  }
}

function addressOf(customer: CustomerDeliveryProfile, channel: SurveyChannel): string | null {
  return channel === 'email' ? customer.email : customer.phone;
}

/** The receiving server refused the recipient (RCPT TO 5xx): the address bounces, as opposed to our message being refused. */
function isRecipientRejection(err: PermanentDeliveryError): boolean {
  const cause = err.cause as { command?: string; code?: string } | undefined;
  return /^RCPT/i.test(cause?.command ?? '') || cause?.code === 'EENVELOPE';
}

async function forEachConcurrently<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(lanes);
}
