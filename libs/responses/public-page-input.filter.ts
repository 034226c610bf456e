import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { PublicPages } from './public-page';
import { SurveyPage } from './survey.page';

/**
 * The customers' pages answer the edge's input rule (SafeParamsPipe) with a
 * page, not JSON: a token no invitation can have (a NUL in it) is a link that
 * leads nowhere, 404; anything else refused is a 400 with the error page.
 */
@Injectable()
@Catch(InvalidInputError)
export class PublicPageInputFilter implements ExceptionFilter {
  constructor(
    private readonly pages: PublicPages,
    private readonly page: SurveyPage,
  ) {}

  catch(err: InvalidInputError, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const locale = this.pages.localeFor(req.headers['accept-language']);
    if (err.field === 'token') return this.pages.send(res, 404, locale, this.page.message('not_found', locale));
    this.pages.send(res, 400, locale, this.page.message('error', locale));
  }
}
