import { Body, Controller, Get, HttpStatus, Logger, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LoginService } from '@feedloop/auth/login.service';
import { Public } from '@feedloop/auth/public.decorator';
import { AppConfig } from '@feedloop/core/config/app-config';
import { SESSION_COOKIE, sessionCookieOptions } from '../configure-dashboard';
import type { DashboardRequest } from '../dashboard-request';
import { readForm } from '../forms';
import { translate } from '../i18n/translate';
import { safeNext } from '../safe-next';
import { destroySession, regenerateSession, saveSession } from '../session-helpers';
import { LoginFormDto } from './dto/login-form.dto';

@Controller()
export class LoginController {
  private readonly logger = new Logger(LoginController.name);

  constructor(
    private readonly login: LoginService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('login')
  show(
    @Req() req: DashboardRequest,
    @Res() res: Response,
    @Query('next') next?: string,
    @Query('signed_out') signedOut?: string,
  ): void {
    if (req.user) return res.redirect(HttpStatus.SEE_OTHER, safeNext(next));
    res.render('login', { titleKey: 'login.title', next: nextField(next), form: {}, signedOut: signedOut === '1' });
  }

  @Public()
  @Post('login')
  async submit(@Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(LoginFormDto, body, req.locale);
    const email = typeof (body as { email?: unknown })?.email === 'string' ? (body as { email: string }).email : '';
    const next = nextField((body as { next?: unknown })?.next);
    if (form.errors) {
      res.status(HttpStatus.BAD_REQUEST).render('login', { titleKey: 'login.title', next, form: { email }, errors: form.errors });
      return;
    }

    const result = await this.login.login(form.value.email, form.value.password, req.ip);
    if (!result.ok && result.reason === 'rate_limited') {
      this.logger.log(`login from ${req.ip} refused: too many failures`);
      res.status(HttpStatus.TOO_MANY_REQUESTS).setHeader('Retry-After', String(result.retryAfterSeconds));
      res.render('login', {
        titleKey: 'login.title',
        next,
        form: { email },
        error: translate(req.locale, 'login.rateLimited', { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }),
      });
      return;
    }
    if (!result.ok) {
      this.logger.log(`failed login (${result.reason}) from ${req.ip}`);
      res.status(HttpStatus.UNAUTHORIZED).render('login', {
        titleKey: 'login.title',
        next,
        form: { email },
        error: translate(req.locale, 'login.failed', {
          max: this.config.auth.loginMaxAttempts,
          minutes: this.config.auth.loginLockoutMinutes,
        }),
      });
      return;
    }

    await regenerateSession(req);
    req.session.userId = result.user.id;
    await saveSession(req);
    res.redirect(HttpStatus.SEE_OTHER, safeNext(form.value.next));
  }

  /** Public so that a visitor whose session already ended gets the login page, not a redirect loop; CSRF still applies. */
  @Public()
  @Post('logout')
  async logout(@Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const locale = req.locale;
    await destroySession(req);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
    // The language goes along so the login page stays in the user's language (the session that held it is gone).
    res.redirect(HttpStatus.SEE_OTHER, `/login?lang=${locale}&signed_out=1`);
  }
}

/** The `next` to carry through the login form: empty when it would be the home page anyway. */
function nextField(next: unknown): string {
  const safe = safeNext(next);
  return safe === '/' ? '' : safe;
}
