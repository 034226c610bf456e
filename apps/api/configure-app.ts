import { ValidationPipe } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppConfig } from '@feedloop/core/config/app-config';
import { SafeParamsPipe, rejectHostileInput } from '@feedloop/core/http/hostile-input';
import { hstsOverHttps } from '@feedloop/core/http/hsts';
import { requestId } from '@feedloop/core/http/request-id.middleware';
import { requestLog } from '@feedloop/core/http/request-log.middleware';
import { VALIDATOR_OPTIONS } from '@feedloop/core/validation';
import { DomainErrorFilter } from './domain-error.filter';
import { JsonBodyGuard } from './json-body.guard';

/** Everything main.ts and the tests both apply to the API app. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // API responses are never revalidated, and hashing every body costs CPU on the ingestion path.
  app.set('etag', false);
  // The client address every limit counts by: X-Forwarded-For only from the proxies TRUST_PROXY names.
  app.set('trust proxy', config.http.trustProxy);
  app.use(requestId);
  app.use(requestLog(config.http, 'HTTP'));
  app.use(helmet({ contentSecurityPolicy: false, strictTransportSecurity: false }));
  app.use(hstsOverHttps());
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  // Every string, key and nesting level of the query and body, before any route, guard or DTO sees them.
  app.use(rejectHostileInput);
  // Customers' survey links (/s/...) and the providers' webhooks keep short, version-free URLs: they are printed in messages already sent.
  // Only the inbound SMS webhooks: /api/v1/webhooks is the admin API of outbound ones.
  app.setGlobalPrefix('api/v1', { exclude: ['health', 's/{*path}', 'webhooks/sms/{*path}'] });
  app.useGlobalGuards(new JsonBodyGuard(app.get(Reflector)));
  app.useGlobalPipes(new SafeParamsPipe(), new ValidationPipe({ ...VALIDATOR_OPTIONS, transform: true }));
  app.useGlobalFilters(new DomainErrorFilter());

  const doc = new DocumentBuilder()
    .setTitle('Feedloop API')
    .setDescription('Customers, events and feedback. Authenticate with `Authorization: Bearer <api key>`.')
    .setVersion('1')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
