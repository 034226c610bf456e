import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@feedloop/audit/audit.module';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/**
 * Outbound webhooks. Imports no capability module but the audit log: publishers (responses)
 * import this one and hand it the event, so there is no cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity, WebhookAttemptEntity]), AuditModule],
  providers: [WebhooksRepository, WebhooksService, WebhookDeliveryService],
  exports: [WebhooksService],
})
export class WebhooksModule {}
