import { Injectable } from '@nestjs/common';
import { CustomerErasedError } from '@feedloop/customers/customers.errors';
import { CustomersService } from '@feedloop/customers/customers.service';
import { InvitationsService } from '@feedloop/surveys/invitations.service';

export type PageLocale = 'pl' | 'en';

export interface EmailConsentState {
  /** The customer's locale (the invitation's, once the customer is erased). */
  locale: PageLocale;
  optedOut: boolean;
}

type Invitation = NonNullable<Awaited<ReturnType<InvitationsService['findByToken']>>>;

/** Tokens are short random strings; anything this long is not one and needs no query. */
const MAX_TOKEN_LENGTH = 200;

/**
 * The unsubscribe link of survey e-mails. The invitation's token is the only
 * authorisation: it is unguessable and reached the customer's mailbox. Links
 * keep working after the invitation expired, since people unsubscribe from
 * old mail.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly customers: CustomersService,
  ) {}

  /** null: no invitation has this token. */
  async state(token: string): Promise<EmailConsentState | null> {
    const invitation = await this.findInvitation(token);
    return invitation && this.stateOf(invitation);
  }

  /** Opts the invitation's customer out of e-mail (source unsubscribe_link); repeating it changes nothing. */
  async unsubscribe(token: string): Promise<(EmailConsentState & { changed: boolean }) | null> {
    const invitation = await this.findInvitation(token);
    if (!invitation) return null;
    const changed = await this.customers.setOptOut(invitation.customerId, 'email', true, 'unsubscribe_link');
    if (changed) await this.invitations.log(invitation.id, 'unsubscribed', 'the customer opted out of e-mail with the unsubscribe link');
    return { ...(await this.stateOf(invitation)), changed };
  }

  private async stateOf(invitation: Invitation): Promise<EmailConsentState> {
    try {
      const customer = await this.customers.get(invitation.customerId);
      return { locale: customer.locale, optedOut: customer.consent.email.optedOut };
    } catch (err) {
      // Nothing is sent to an erased customer any more: for them the link has done its job.
      if (err instanceof CustomerErasedError) return { locale: invitation.locale, optedOut: true };
      throw err;
    }
  }

  private async findInvitation(token: string): Promise<Invitation | null> {
    return token.length > MAX_TOKEN_LENGTH ? null : this.invitations.findByToken(token);
  }
}
