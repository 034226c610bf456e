import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@feedloop/audit/audit.module';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { ConsentChangeEntity } from './consent-change.entity';
import { CustomerEntity } from './customer.entity';
import { CustomerImportService } from './customer-import.service';
import { CustomerPrivacyService } from './customer-privacy.service';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import { configureDefaultPhoneRegion } from './phone';

/** No controllers: the dashboard imports this module too; the API gets its routes from CustomersApiModule. */
@Module({
  imports: [TypeOrmModule.forFeature([CustomerEntity, ConsentChangeEntity]), AuditModule],
  providers: [CustomersRepository, CustomersService, CustomerImportService, CustomerPrivacyService],
  exports: [CustomersService, CustomerImportService, CustomerPrivacyService],
})
export class CustomersModule {
  constructor(locale: LocaleConfig) {
    configureDefaultPhoneRegion(locale.defaultPhoneRegion);
  }
}
