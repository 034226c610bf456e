import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundError } from '@feedloop/core/errors/domain-error';
import { UUID } from '@feedloop/core/validation';

/**
 * A path id that is not a UUID names a page that is not there: 404 at the
 * edge, rather than a query PostgreSQL refuses (a 500).
 */
@Injectable()
export class PageIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundError('there is nothing at this address');
    return value;
  }
}
