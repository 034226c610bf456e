import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsModule } from './events.module';

/** The ingestion and read routes of the API app. */
@Module({
  imports: [EventsModule],
  controllers: [EventsController],
})
export class EventsApiModule {}
