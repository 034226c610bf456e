import { Injectable, Logger } from '@nestjs/common';
import { OutboundConfig, WebhooksConfig } from '@feedloop/core/config/app-config';
import { JobsService, jobsDbOf } from '@feedloop/core/jobs/jobs.service';
import { openSecret } from './secret-box';
import { signatureHeader } from './signing';
import { PING_EVENT } from './webhook-events';
import { PostOutcome, postJson } from './webhook-http';
import { DELIVER_WEBHOOK, DeliverWebhookData } from './webhooks.jobs';
import { DeliveryTarget, WebhooksRepository } from './webhooks.repository';

export type AttemptResult = 'succeeded' | 'retrying' | 'failed' | 'cancelled' | 'stale';

/**
 * Makes one HTTP attempt of a delivery and records it. A failed attempt
 * schedules the next (base · 3^(n−1) later, plus up to 10% jitter so
 * deliveries that failed together do not all return together) in the same
 * transaction as its log line, until WEBHOOK_MAX_ATTEMPTS.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly repo: WebhooksRepository,
    private readonly jobs: JobsService,
    private readonly config: WebhooksConfig,
    private readonly outbound: OutboundConfig,
  ) {}

  /** Milliseconds to wait after failed attempt `attempt` before the next one. */
  backoffMs(attempt: number): number {
    return this.config.retryBaseSeconds * 1000 * 3 ** (attempt - 1) * (1 + Math.random() * 0.1);
  }

  async attempt(deliveryId: string, attempt: number): Promise<AttemptResult> {
    const target = await this.repo.deliveryTarget(deliveryId);
    // Deleted with its endpoint, finished, or this attempt was already made by an earlier run of the job.
    if (!target || target.status !== 'pending' || target.attempts !== attempt - 1) return 'stale';
    if (target.endpointStatus === 'paused' && target.eventType !== PING_EVENT) {
      await this.repo.cancel(deliveryId, 'endpoint paused');
      return 'cancelled';
    }
    if (target.payload === null) {
      await this.repo.cancel(deliveryId, 'customer erased');
      return 'cancelled';
    }

    const attemptedAt = new Date();
    const outcome = await this.send({ ...target, payload: target.payload }, attempt, attemptedAt);
    const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const final = ok || attempt >= this.config.maxAttempts;
    const nextAttemptAt = final ? null : new Date(Date.now() + this.backoffMs(attempt));
    const status = ok ? 'succeeded' : final ? 'failed' : 'pending';
    const recorded = await this.repo.transaction(async (manager) => {
      const written = await this.repo.recordAttempt({ deliveryId, attempt, ...outcome, attemptedAt, status, nextAttemptAt }, manager);
      if (written && nextAttemptAt) {
        const next: DeliverWebhookData = { deliveryId, attempt: attempt + 1 };
        await this.jobs.insert([{ name: DELIVER_WEBHOOK, data: next, startAfter: nextAttemptAt }], { db: jobsDbOf(manager) });
      }
      return written;
    });
    if (!recorded) return 'stale';
    if (!ok) {
      this.logger.warn(
        `webhook ${target.eventType} ${deliveryId} to ${new URL(target.url).host}: attempt ${attempt} failed (${outcome.error})${final ? ', giving up' : ''}`,
      );
    }
    return ok ? 'succeeded' : final ? 'failed' : 'retrying';
  }

  private async send(target: DeliveryTarget & { payload: string }, attempt: number, at: Date): Promise<PostOutcome> {
    let secret: string;
    try {
      secret = openSecret(target.secretCiphertext, this.config.secretKey, target.endpointId);
    } catch {
      return { statusCode: null, error: 'the signing secret can not be decrypted (WEBHOOK_SECRET_KEY or SESSION_SECRET changed?): rotate it', durationMs: 0 };
    }
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'Feedloop-Webhooks/1',
      'Feedloop-Event': target.eventType,
      'Feedloop-Delivery': target.id,
      'Feedloop-Attempt': String(attempt),
      'Feedloop-Signature': signatureHeader(secret, target.payload, Math.floor(at.getTime() / 1000)),
    };
    return postJson(target.url, target.payload, headers, this.config.timeoutMs, this.outbound);
  }

  async purgeOld(days: number): Promise<number> {
    return this.repo.purgeCompletedBefore(new Date(Date.now() - days * 86_400_000));
  }
}
