import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CustomersModule } from '@feedloop/customers/customers.module';
import { EventConsumersService } from './event-consumers.service';
import { EventEntity } from './event.entity';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/** Event storage, without routes, so the dashboard can use it too. */
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity]), CustomersModule],
  providers: [EventsRepository, EventsService, EventConsumersService],
  exports: [EventsService, EventConsumersService],
})
export class EventsModule {}
