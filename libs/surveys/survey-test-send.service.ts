import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EMAIL_PROVIDER, EmailProvider } from '@feedloop/delivery/providers/email/email-provider';
import { SurveyLocale } from './survey.entity';
import { SurveyMessageSource } from './survey-message.renderer';
import { SurveysService } from './surveys.service';

/** Marks the copy in the staff member's inbox; the rest is the customer's message unchanged. */
export const TEST_SUBJECT_PREFIX = '[Test] ';

/**
 * "Send a test to myself": the e-mail a customer would get, rendered from the
 * texts being edited, sent through the real e-mail provider to a staff
 * address. No invitation is created, so nothing can be answered, throttled or
 * counted in metrics: the links carry the preview token and lead to the
 * "unknown link" page. Sent without List-Unsubscribe headers, since the
 * mail client's unsubscribe button would lead nowhere either.
 */
@Injectable()
export class SurveyTestSendService {
  constructor(
    private readonly surveys: SurveysService,
    @Inject(EMAIL_PROVIDER) private readonly email: EmailProvider,
  ) {}

  /** One e-mail per locale, in order; delivery errors (TransientDeliveryError, PermanentDeliveryError) reach the caller. */
  async send(draft: SurveyMessageSource, to: string, locales: readonly SurveyLocale[], customerName: string | null = null): Promise<void> {
    for (const locale of locales) {
      const { email } = this.surveys.previewDraft(draft, { locale, customerName });
      await this.email.send({
        to,
        subject: TEST_SUBJECT_PREFIX + email.subject,
        html: email.html,
        text: email.text,
        messageId: `survey-test-${randomUUID()}`,
      });
    }
  }
}
