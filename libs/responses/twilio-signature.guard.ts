import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DeliveryConfig, HttpConfig } from '@feedloop/core/config/app-config';
import { WebhookParams, verifyTwilioSignature } from '@feedloop/delivery/webhook-signature';

/**
 * Lets through only Twilio-style webhooks signed with DeliveryConfig's
 * webhook secret. Without a secret nothing is accepted: an unsigned webhook
 * would let anyone answer surveys or opt customers out.
 *
 * The signed URL is rebuilt from PUBLIC_URL, not from the request: behind a
 * reverse proxy or load balancer the Host header, scheme and port we see are
 * the proxy's, while the provider signed the public URL it was configured with.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(
    private readonly http: HttpConfig,
    private readonly delivery: DeliveryConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const secret = this.delivery.sms.webhookSecret;
    if (!secret) throw new ForbiddenException('SMS webhooks are refused because no SMS_WEBHOOK_SECRET is configured');
    const req = context.switchToHttp().getRequest<Request>();
    const params = (req.body && typeof req.body === 'object' ? req.body : {}) as WebhookParams;
    if (!verifyTwilioSignature(secret, this.http.publicUrl + req.originalUrl, params, req.header('x-twilio-signature'))) {
      throw new ForbiddenException('X-Twilio-Signature is missing or does not match');
    }
    return true;
  }
}
