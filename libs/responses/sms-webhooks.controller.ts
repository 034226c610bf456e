import { Body, Controller, Header, HttpCode, Logger, Post, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@feedloop/auth/public.decorator';
import { TwilioWebhookParams, parseTwilioInbound } from '@feedloop/delivery/providers/sms/http.sms-webhook';
import { SmsRepliesService } from './sms-replies.service';
import { TwilioSignatureGuard } from '@feedloop/delivery/twilio-signature.guard';

/** An empty TwiML document: we answer nothing through the provider's reply mechanism. */
const EMPTY_TWIML = '<Response/>';

/** Called by the SMS provider, not by API clients: no API key, the provider's signature instead. */
@ApiExcludeController()
// Providers post their callbacks as forms (Twilio) or JSON.
@ApiConsumes('application/x-www-form-urlencoded', 'application/json')
@Controller('webhooks/sms')
export class SmsWebhooksController {
  private readonly logger = new Logger(SmsWebhooksController.name);

  constructor(private readonly replies: SmsRepliesService) {}

  /** Twilio-style inbound message: From, To, Body, MessageSid as form fields. */
  @Public()
  @Post('inbound')
  @UseGuards(TwilioSignatureGuard)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  async inbound(@Body() params: TwilioWebhookParams): Promise<string> {
    const reply = parseTwilioInbound(params);
    // A signed request without the fields would fail the same way on every retry.
    if (!reply) this.logger.warn('inbound SMS webhook without From or Body ignored');
    else await this.replies.handleInbound(reply);
    return EMPTY_TWIML;
  }
}
