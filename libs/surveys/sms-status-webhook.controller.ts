import { Body, Controller, ForbiddenException, HttpCode, Logger, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '@feedloop/auth/public.decorator';
import { DeliveryConfig, HttpConfig } from '@feedloop/core/config/app-config';
import { TwilioWebhookParams, parseTwilioStatus } from '@feedloop/delivery/providers/sms/http.sms-webhook';
import { WebhookParams, verifyTwilioSignature } from '@feedloop/delivery/webhook-signature';
import { InvitationsService } from './invitations.service';

/**
 * Delivery reports of the HTTP SMS provider (Twilio-style status callback:
 * MessageSid, MessageStatus, ErrorCode; `?reference=` is the invitation id
 * HttpSmsProvider put in the callback URL). Called by the provider, not by API
 * clients: no API key, the provider's signature instead.
 */
@ApiExcludeController()
@Controller('webhooks/sms')
export class SmsStatusWebhookController {
  private readonly logger = new Logger(SmsStatusWebhookController.name);

  constructor(
    private readonly invitations: InvitationsService,
    private readonly delivery: DeliveryConfig,
    private readonly http: HttpConfig,
  ) {}

  @Public()
  @Post('status')
  @HttpCode(204)
  async status(@Req() req: Request, @Body() params: TwilioWebhookParams, @Query('reference') reference?: string): Promise<void> {
    this.verify(req, params);
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

  /**
   * Without a secret nothing is accepted: an unsigned callback would let
   * anyone mark invitations failed. The signed URL is rebuilt from the
   * callback URL the provider was given (SMS_STATUS_CALLBACK_URL, by default
   * under PUBLIC_URL), not from the Host and scheme a proxy forwards.
   */
  private verify(req: Request, params: TwilioWebhookParams): void {
    const secret = this.delivery.sms.webhookSecret;
    if (!secret) throw new ForbiddenException('SMS webhooks are refused because no SMS_WEBHOOK_SECRET is configured');
    const signed = (params && typeof params === 'object' ? params : {}) as WebhookParams;
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const callback = this.delivery.sms.http?.statusCallbackUrl;
    const url = callback ? callback.split('?')[0] + query : this.http.publicUrl + req.originalUrl;
    if (!verifyTwilioSignature(secret, url, signed, req.header('x-twilio-signature'))) {
      throw new ForbiddenException('X-Twilio-Signature is missing or does not match');
    }
  }
}
