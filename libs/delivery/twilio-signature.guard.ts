import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DeliveryConfig, HttpConfig } from '@feedloop/core/config/app-config';
import { WebhookParams, verifyTwilioSignature } from './webhook-signature';

/**
 * Lets through only Twilio-style webhooks signed with DeliveryConfig's
 * webhook secret. Without a secret nothing is accepted: an unsigned webhook
 * would let anyone answer surveys, opt customers out or mark invitations failed.
 *
 * The signed URL is rebuilt from configuration, not from the request: behind a
 * reverse proxy or load balancer the Host header, scheme and port we see are
 * the proxy's, while the provider signed the public URL it was configured with.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(
    protected readonly http: HttpConfig,
    protected readonly delivery: DeliveryConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const secret = this.delivery.sms.webhookSecret;
    if (!secret) throw new ForbiddenException('SMS webhooks are refused because no SMS_WEBHOOK_SECRET is configured');
    const req = context.switchToHttp().getRequest<Request>();
    const params = (req.body && typeof req.body === 'object' ? req.body : {}) as WebhookParams;
    if (!verifyTwilioSignature(secret, this.signedUrl(req), params, req.header('x-twilio-signature'))) {
      throw new ForbiddenException('X-Twilio-Signature is missing or does not match');
    }
    return true;
  }

  /** Webhooks configured at the provider under PUBLIC_URL (inbound messages). */
  protected signedUrl(req: Request): string {
    return this.http.publicUrl + req.originalUrl;
  }
}

/**
 * Status callbacks go to the URL HttpSmsProvider gave the provider with each
 * message (SMS_STATUS_CALLBACK_URL, which need not be under PUBLIC_URL), plus
 * the query it added.
 */
@Injectable()
export class TwilioStatusCallbackSignatureGuard extends TwilioSignatureGuard {
  protected override signedUrl(req: Request): string {
    const callback = this.delivery.sms.http?.statusCallbackUrl;
    if (!callback) return super.signedUrl(req);
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    return callback.split('?')[0] + query;
  }
}
