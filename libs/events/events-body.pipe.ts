import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { EventInput, parseEventInput } from './event-input';

/**
 * Does for POST /events what the global ValidationPipe does for other routes
 * (which it cannot here: the body is one of three DTOs, or an array of them).
 * A single event that fails is a 400 with every message; an array is passed on
 * as it is, because its bad items are rejected one by one, not the request.
 */
@Injectable()
export class EventsBodyPipe implements PipeTransform<unknown, Promise<EventInput | unknown[]>> {
  async transform(body: unknown): Promise<EventInput | unknown[]> {
    if (Array.isArray(body)) return body;
    if (body === null || typeof body !== 'object') {
      throw new BadRequestException(['body must be an event object or an array of events']);
    }
    const { input, errors } = await parseEventInput(body);
    if (errors) throw new BadRequestException(errors);
    return input;
  }
}
