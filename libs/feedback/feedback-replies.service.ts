import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { CustomersService } from '@feedloop/customers/customers.service';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { PermanentDeliveryError, TransientDeliveryError } from '@feedloop/delivery/delivery.errors';
import { EMAIL_PROVIDER, EmailProvider } from '@feedloop/delivery/providers/email/email-provider';
import { SMS_PROVIDER, SmsProvider } from '@feedloop/delivery/providers/sms/sms-provider';
import type { ReplyDto } from './dto/feedback-item.dto';
import type { CreateReplyDto } from './dto/feedback-queries.dto';
import { FeedbackItemsRepository } from './feedback-items.repository';
import { FeedbackRepliesRepository } from './feedback-replies.repository';
import { CustomerUnreachableError, FeedbackItemNotFoundError } from './feedback.errors';
import { ReplyJobData, SEND_REPLY, sendReplyJob } from './feedback.jobs';
import { renderReplyEmail, renderReplySms } from './reply.renderer';

/**
 * Replies from a department to the customer, by e-mail or SMS, through the
 * same providers as surveys. A reply is an outbox row written with its send
 * job, so it is sent once (the Message-ID is the reply's id, so a resend
 * after a crash is recognisably the same message) and never lost.
 */
@Injectable()
export class FeedbackRepliesService implements OnModuleInit {
  private readonly logger = new Logger(FeedbackRepliesService.name);

  constructor(
    private readonly replies: FeedbackRepliesRepository,
    private readonly items: FeedbackItemsRepository,
    private readonly customers: CustomersService,
    private readonly departments: DepartmentsService,
    private readonly jobs: JobsService,
    @Inject(EMAIL_PROVIDER) private readonly email: EmailProvider,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.jobs.register(sendReplyJob(this));
  }

  async reply(scope: AccessScope, itemId: string, input: CreateReplyDto, actor: AuditActor = SYSTEM_ACTOR): Promise<ReplyDto> {
    const item = isUUID(itemId) ? await this.items.findVisible(scope, itemId) : null;
    if (!item) throw new FeedbackItemNotFoundError(itemId);
    const profile = (await this.customers.findForDelivery([item.customerId])).get(item.customerId);
    if (!profile || profile.erased) throw new CustomerUnreachableError('the customer has been erased; nothing can be sent to them');
    const channel = input.channel ?? (profile.email ? 'email' : 'sms');
    if (channel === 'email' && !profile.email) throw new CustomerUnreachableError('channel email: the customer has no e-mail address');
    if (channel === 'sms' && !profile.phone) throw new CustomerUnreachableError('channel sms: the customer has no phone number');
    if (profile.optedOut[channel]) throw new CustomerUnreachableError(`channel ${channel}: the customer opted out of messages on this channel`);
    const locale = item.locale ?? profile.locale;
    const subject = channel === 'email' ? renderReplyEmail({ locale, customerName: null, departmentName: '', body: input.body, comment: null }).subject : null;
    const id = await this.replies.transaction(async (m) => {
      const replyId = await this.replies.insert({ itemId, customerId: item.customerId, channel, locale, subject, body: input.body, authorId: scope.actorUserId }, m);
      await this.items.logActivity(itemId, 'reply_queued', scope.actorUserId, { replyId, channel }, m);
      await this.jobs.insert([{ name: SEND_REPLY, data: { replyId } satisfies ReplyJobData }], { db: jobsDbOf(m) });
      // Recorded when queued: the send itself is the worker's, and its outcome is on the item's activity log.
      await this.audit.record(m, actor, { action: 'reply.sent', entityType: 'feedback_item', entityId: itemId, customerId: item.customerId, after: { replyId, channel, subject, body: input.body } });
      return replyId;
    });
    const row = (await this.replies.findById(id))!;
    return {
      id: row.id,
      channel: row.channel,
      locale: row.locale,
      subject: row.subject,
      body: row.body,
      status: row.status,
      lastError: row.lastError,
      author: null,
      createdAt: new Date(row.createdAt).toISOString(),
      sentAt: null,
    };
  }

  /** The send job: a transient failure is retried by pg-boss until the last attempt, a permanent one recorded at once. */
  async send(replyId: string, lastAttempt: boolean): Promise<void> {
    const reply = await this.replies.claim(replyId);
    if (!reply || reply.body === null) return;
    const item = await this.items.findById(reply.itemId);
    const profile = (await this.customers.findForDelivery([reply.customerId])).get(reply.customerId);
    if (!item || !profile || profile.erased) return this.fail(reply.id, reply.itemId, 'the customer was erased before the reply was sent');
    const department = await this.departments.get(item.departmentId);
    const input = { locale: reply.locale, customerName: profile.name, departmentName: department.name, body: reply.body, comment: item.comment };
    try {
      let providerId: string;
      if (reply.channel === 'email') {
        if (!profile.email) return this.fail(reply.id, reply.itemId, 'the customer has no e-mail address any more');
        const message = renderReplyEmail(input);
        providerId = (await this.email.send({ to: profile.email, subject: message.subject, html: message.html, text: message.text, messageId: `reply-${reply.id}` })).messageId;
      } else {
        if (!profile.phone) return this.fail(reply.id, reply.itemId, 'the customer has no phone number any more');
        providerId = (await this.sms.send({ to: profile.phone, text: renderReplySms(input), reference: reply.id })).externalId;
      }
      await this.replies.transaction(async (m) => {
        await this.replies.markSent(reply.id, providerId, m);
        await this.items.logActivity(reply.itemId, 'reply_sent', null, { replyId: reply.id, channel: reply.channel }, m);
      });
    } catch (err) {
      const message = (err as Error).message;
      // Anything but a provider's definite "no" (an outage, a database blip) is tried again while attempts remain.
      if (!(err instanceof PermanentDeliveryError) && !lastAttempt) {
        await this.replies.noteError(reply.id, message);
        throw err;
      }
      if (!(err instanceof TransientDeliveryError) && !(err instanceof PermanentDeliveryError)) this.logger.error(`reply ${reply.id}: ${message}`);
      await this.fail(reply.id, reply.itemId, message);
    }
  }

  private async fail(replyId: string, itemId: string, reason: string): Promise<void> {
    await this.replies.transaction(async (m) => {
      await this.replies.markFailed(replyId, reason, m);
      await this.items.logActivity(itemId, 'reply_failed', null, { replyId, error: reason }, m);
    });
  }
}
