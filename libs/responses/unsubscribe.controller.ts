import { Controller, Get, Headers, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@feedloop/auth/public.decorator';
import { PublicPages } from './public-page';
import { PublicPageInputFilter } from './public-page-input.filter';
import { UnsubscribePage, UnsubscribePageState } from './unsubscribe.page';
import { PageLocale, UnsubscribeService } from './unsubscribe.service';

/**
 * The unsubscribe link of survey e-mails, opened by people on phones and by
 * mail clients. GET only shows a button, because mail scanners and link
 * previews fetch every link; the opt-out happens on POST, which is also what
 * RFC 8058 one-click clients send (`List-Unsubscribe=One-Click`, no CSRF token
 * possible: the unguessable token is the authorisation).
 */
@ApiExcludeController()
// One-click unsubscribe (RFC 8058) posts `List-Unsubscribe=One-Click` urlencoded.
@ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data')
@UseFilters(PublicPageInputFilter)
@Controller('s/:token/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly unsubscribe: UnsubscribeService,
    private readonly page: UnsubscribePage,
    private readonly pages: PublicPages,
  ) {}

  @Public()
  @Get()
  async show(@Param('token') token: string, @Headers('accept-language') acceptLanguage: string | undefined, @Res() res: Response): Promise<void> {
    const state = await this.unsubscribe.state(token);
    if (!state) return this.send(res, 404, 'not_found', this.page.localeFor(acceptLanguage));
    this.send(res, 200, state.optedOut ? 'already' : 'confirm', state.locale);
  }

  @Public()
  @Post()
  @HttpCode(200)
  async confirm(@Param('token') token: string, @Headers('accept-language') acceptLanguage: string | undefined, @Res() res: Response): Promise<void> {
    const result = await this.unsubscribe.unsubscribe(token);
    if (!result) return this.send(res, 404, 'not_found', this.page.localeFor(acceptLanguage));
    this.send(res, 200, result.changed ? 'done' : 'already', result.locale);
  }

  private send(res: Response, status: number, state: UnsubscribePageState, locale: PageLocale): void {
    this.pages.send(res, status, locale, this.page.render(state, locale));
  }
}
