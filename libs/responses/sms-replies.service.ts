import { Inject, Injectable, Logger } from '@nestjs/common';
import { CustomersService } from '@feedloop/customers/customers.service';
import { SMS_PROVIDER, SmsProvider } from '@feedloop/delivery/providers/sms/sms-provider';
import { ScoreScale, parseSmsReply } from '@feedloop/delivery/sms-reply';
import { InvitationsService } from '@feedloop/surveys/invitations.service';
import type { SurveyEntity } from '@feedloop/surveys/survey.entity';
import { SurveyMessageRenderer } from '@feedloop/surveys/survey-message.renderer';
import { SCALES } from '@feedloop/surveys/survey-scale';
import { SurveysService } from '@feedloop/surveys/surveys.service';
import { ResponsesService } from './responses.service';

export interface InboundSms {
  /** The sender as the provider gave it (E.164, or digits without "+" from some SMSCs). */
  from: string;
  text: string;
  receivedAt: Date;
  /** The provider's id of the message, when it has one. */
  externalId: string | null;
}

export type InboundSmsOutcome =
  | { outcome: 'recorded' | 'updated'; invitationId: string; responseId: string }
  | { outcome: 'opted_out'; customerIds: string[]; confirmed: boolean }
  | { outcome: 'already_opted_out'; customerIds: string[] }
  | { outcome: 'ignored'; reason: string; invitationId: string | null };

type OpenInvitation = NonNullable<Awaited<ReturnType<InvitationsService['findOpenSmsInvitationForCustomer']>>>;

/** Texted back once, when STOP actually changed something; a second STOP gets silence. */
export const OPT_OUT_CONFIRMATION: Readonly<Record<'pl' | 'en', string>> = {
  pl: 'Wypisano Cię z ankiet SMS.',
  en: 'You will receive no more survey SMS.',
};

/**
 * Only used to recognise opt-out words when the number has no open survey:
 * parseSmsReply needs a scale, and a STOP must work without one.
 */
const ANY_SCALE: ScoreScale = { min: 0, max: 10 };

const EXIT_REPLY_IGNORED = 'an exit survey is answered on its page, not by SMS';
/** invitation_log status: the exit page's link was texted back (once per invitation). */
const EXIT_LINK_TEXTED = 'exit_link_texted';

/**
 * Replies to survey SMS ("9", "9 szybka dostawa", "STOP"), from the webhook or
 * an SMPP deliver_sm. Bad content never throws: the provider would only send
 * the same text again. Errors of our own (the database) do, so the provider
 * retries and the reply is not lost.
 */
@Injectable()
export class SmsRepliesService {
  private readonly logger = new Logger(SmsRepliesService.name);

  constructor(
    private readonly customers: CustomersService,
    private readonly invitations: InvitationsService,
    private readonly surveys: SurveysService,
    private readonly responses: ResponsesService,
    private readonly renderer: SurveyMessageRenderer,
    @Inject(SMS_PROVIDER) private readonly sms: SmsProvider,
  ) {}

  async handleInbound(msg: InboundSms): Promise<InboundSmsOutcome> {
    const customerIds = await this.customers.findIdsByPhone(msg.from);
    if (!customerIds.length) return this.ignored(msg, 'the number belongs to no customer', null);

    const open = await this.openInvitation(customerIds);
    const survey = open && (await this.surveys.get(open.surveyId));
    const metric = survey && survey.kind !== 'exit' ? survey.metric : null;
    const reply = parseSmsReply(msg.text, metric ? SCALES[metric] : ANY_SCALE);

    if (reply.kind === 'opt_out') return this.optOut(customerIds, open?.id ?? null);
    if (!open || !survey) return this.ignored(msg, 'no survey sent by SMS is waiting for an answer from this number', null);
    if (!metric) return this.exitReply(msg, open, survey);
    if (reply.kind === 'invalid') return this.ignored(msg, reply.reason, open.id);

    const answer = {
      invitationId: open.id,
      surveyId: open.surveyId,
      customerId: open.customerId,
      metric,
      score: reply.score,
      comment: reply.comment,
      source: 'sms' as const,
    };
    const { responseId, created } = await this.responses.record(answer, (manager) => this.invitations.markAnswered(open.id, manager));
    return { outcome: created ? 'recorded' : 'updated', invitationId: open.id, responseId };
  }

  /**
   * Customers sharing the number may each have one; the survey texted most
   * recently is the one being answered.
   */
  private async openInvitation(customerIds: string[]): Promise<OpenInvitation | null> {
    let latest: OpenInvitation | null = null;
    for (const id of customerIds) {
      const candidate = await this.invitations.findOpenSmsInvitationForCustomer(id);
      if (candidate && (!latest || (candidate.sentAt?.getTime() ?? 0) > (latest.sentAt?.getTime() ?? 0))) latest = candidate;
    }
    return latest;
  }

  /**
   * An exit survey asks for reasons from a list on its page, not for a
   * score: a texted "4" or "za drogo" is neither recorded as a score nor
   * guessed into a reason. The link is texted back once per invitation
   * (each text costs, and a second reply does not need it again); a failed
   * send is logged and left for the next reply.
   */
  private async exitReply(msg: InboundSms, open: OpenInvitation, survey: SurveyEntity): Promise<InboundSmsOutcome> {
    const outcome = await this.ignored(msg, EXIT_REPLY_IGNORED, open.id);
    if ((await this.invitations.history(open.id)).some((entry) => entry.status === EXIT_LINK_TEXTED)) return outcome;
    const customer = await this.customers.get(open.customerId);
    if (!customer.phone || (await this.customers.isOptedOut(customer.id, 'sms'))) return outcome;
    try {
      const text = this.renderer.renderExitSmsReply(survey, { locale: open.locale, token: open.token });
      await this.sms.send({ to: customer.phone, text, reference: `exit-link:${open.id}` });
      await this.invitations.log(open.id, EXIT_LINK_TEXTED, null);
    } catch (err) {
      this.logger.warn(`the exit page's link was not texted back for invitation ${open.id}: ${(err as Error).message}`);
    }
    return outcome;
  }

  /** The person holding the number asked to stop, so every customer recorded with it is opted out. */
  private async optOut(customerIds: string[], invitationId: string | null): Promise<InboundSmsOutcome> {
    const changed: string[] = [];
    for (const id of customerIds) {
      if (await this.customers.setOptOut(id, 'sms', true, 'sms_reply')) changed.push(id);
    }
    if (!changed.length) return { outcome: 'already_opted_out', customerIds };
    if (invitationId) await this.invitations.log(invitationId, 'opted_out', 'the customer replied with an opt-out word');
    return { outcome: 'opted_out', customerIds: changed, confirmed: await this.confirmOptOut(changed[0]) };
  }

  /** A lost confirmation is logged, not retried: the opt-out itself is stored, and a retry could text twice. */
  private async confirmOptOut(customerId: string): Promise<boolean> {
    const customer = await this.customers.get(customerId);
    if (!customer.phone) return false;
    try {
      await this.sms.send({ to: customer.phone, text: OPT_OUT_CONFIRMATION[customer.locale] ?? OPT_OUT_CONFIRMATION.en, reference: `opt-out:${customerId}` });
      return true;
    } catch (err) {
      this.logger.warn(`opt-out confirmation to customer ${customerId} was not sent: ${(err as Error).message}`);
      return false;
    }
  }

  private async ignored(msg: InboundSms, reason: string, invitationId: string | null): Promise<InboundSmsOutcome> {
    this.logger.log(`SMS reply from ${maskPhone(msg.from)}${msg.externalId ? ` (${msg.externalId})` : ''} ignored: ${reason}`);
    if (invitationId) await this.invitations.log(invitationId, 'reply_ignored', reason);
    return { outcome: 'ignored', reason, invitationId };
  }
}

/** Enough of the number to tell replies apart in a log, not enough to identify the person. */
function maskPhone(phone: string): string {
  return phone.length > 6 ? `${phone.slice(0, 3)}***${phone.slice(-3)}` : '***';
}
