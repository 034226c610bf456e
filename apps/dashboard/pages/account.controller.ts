import { Body, Controller, Get, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { CurrentUser } from '@feedloop/auth/current-user.decorator';
import { DIGEST_FREQUENCIES, UserEntity } from '@feedloop/auth/user.entity';
import { UsersService } from '@feedloop/auth/users.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { safeNext } from '../safe-next';
import { DigestFormDto } from './dto/inbox-forms.dto';
import { LocaleFormDto } from './dto/locale-form.dto';

/** The signed-in user's own settings. */
@Controller('account')
export class AccountController {
  constructor(private readonly users: UsersService) {}

  @Get()
  show(@CurrentUser() user: UserEntity, @Res() res: Response): void {
    this.render(res, user, HttpStatus.OK, user.digestFrequency, null);
  }

  /** The language switch of the layout: stored on the user, so it follows them to every device. */
  @Post('locale')
  async setLocale(@Actor() actor: AuditActor, @CurrentUser() user: UserEntity, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const form = await readForm(LocaleFormDto, body, req.locale);
    if (form.value) await this.users.setLocale(user.id, form.value.locale, actor);
    res.redirect(HttpStatus.SEE_OTHER, safeNext(form.value?.next));
  }

  @Post('digest')
  async setDigest(@Actor() actor: AuditActor, @CurrentUser() user: UserEntity, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(DigestFormDto, body, req.locale);
    if (form.errors) return this.render(res, user, HttpStatus.BAD_REQUEST, user.digestFrequency, form.errors);
    await this.users.setDigestFrequency(user.id, form.value.digestFrequency, actor);
    setFlash(req, 'success', translate(req.locale, 'account.digestSaved', { frequency: translate(req.locale, `account.digest.${form.value.digestFrequency}`) }));
    await redirectAfterFlash(req, res, '/account');
  }

  private render(res: Response, user: UserEntity, status: number, frequency: string, errors: FieldErrors | null): void {
    res.status(status).render('account', {
      titleKey: 'account.title',
      user,
      frequencies: DIGEST_FREQUENCIES.map((value) => ({ value, selected: value === frequency })),
      errors,
    });
  }
}
