import { Body, Controller, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '@feedloop/auth/current-user.decorator';
import { UserEntity } from '@feedloop/auth/user.entity';
import { UsersService } from '@feedloop/auth/users.service';
import type { DashboardRequest } from '../dashboard-request';
import { readForm } from '../forms';
import { safeNext } from '../safe-next';
import { LocaleFormDto } from './dto/locale-form.dto';

/** The signed-in user's own settings. */
@Controller('account')
export class AccountController {
  constructor(private readonly users: UsersService) {}

  /** The language switch of the layout: stored on the user, so it follows them to every device. */
  @Post('locale')
  async setLocale(@CurrentUser() user: UserEntity, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const form = await readForm(LocaleFormDto, body, req.locale);
    if (form.value) await this.users.setLocale(user.id, form.value.locale);
    res.redirect(HttpStatus.SEE_OTHER, safeNext(form.value?.next));
  }
}
