import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { CustomersController } from './customers.controller';
import { CustomersModule } from './customers.module';

/** BODY_LIMIT is validated as `<n>kb` or `<n>mb`. */
function bytes(limit: string): number {
  const [, n, unit] = /^(\d+)(kb|mb)$/i.exec(limit)!;
  return Number(n) * (unit.toLowerCase() === 'mb' ? 1024 * 1024 : 1024);
}

/** The HTTP routes of customers, for the API app only. */
@Module({
  imports: [
    CustomersModule,
    // Uploads are kept in memory: one CSV of at most BODY_LIMIT, the same cap as a text/csv body.
    MulterModule.registerAsync({
      inject: [HttpConfig],
      useFactory: (http: HttpConfig) => ({ limits: { fileSize: bytes(http.bodyLimit), files: 1, fields: 10 } }),
    }),
  ],
  controllers: [CustomersController],
})
export class CustomersApiModule {}
