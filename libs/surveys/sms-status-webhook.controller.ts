import { Body, Controller, HttpCode, Logger, Post, Query, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@feedloop/auth/public.decorator';
import { TwilioWebhookParams, parseTwilioStatus } from '@feedloop/delivery/providers/sms/http.sms-webhook';
import { TwilioStatusCallbackSignatureGuard } from '@feedloop/delivery/twilio-signature.guard';
import { InvitationsService } from './invitations.service';

/**
 * Delivery reports of the HTTP SMS provider (Twilio-style status callback:
 * MessageSid, MessageStatus, ErrorCode; `?reference=` is the invitation id
 * HttpSmsProvider put in the callback URL). Called by the provider, not by API
 * clients: no API key, the provider's signature instead.
 */
@ApiExcludeController()
// Providers post their callbacks as forms (Twilio) or JSON.
@ApiConsumes('application/x-www-form-urlencoded', 'application/json')
@Controller('webhooks/sms')
export class SmsStatusWebhookController {
  private readonly logger = new Logger(SmsStatusWebhookController.name);

  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @UseGuards(TwilioStatusCallbackSignatureGuard)
  @Post('status')
  @HttpCode(204)
  async status(@Body() params: TwilioWebhookParams, @Query('reference') reference?: string): Promise<void> {
    const report = parseTwilioStatus(params ?? {}, typeof reference === 'string' ? reference : null);
    // A signed request without the fields would fail the same way on every retry: acknowledge it.
    if (!report) {
      this.logger.warn('SMS status callback without MessageSid or MessageStatus ignored');
      return;
    }
    if (report.status === 'pending') return;
    const detail = `${report.providerStatus}${report.errorCode ? ` (error ${report.errorCode})` : ''}`;
    await this.invitations.applyDeliveryReport({ externalId: report.externalId, reference: report.reference ?? undefined }, report.status, detail);
  }
}
