import { Body, Controller, Get, Headers, Logger, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@feedloop/auth/public.decorator';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import type { LimitDecision } from '@feedloop/core/http/sliding-window-limiter';
import type { Scale } from '@feedloop/surveys/survey-scale';
import { PublicPages } from './public-page';
import { PublicPageInputFilter } from './public-page-input.filter';
import { AnswerTarget, OpenInvitation, ScoredInvitation, SurveyAnswersService } from './survey-answers.service';
import { SurveyFormState, SurveyMessage, SurveyPage } from './survey.page';
import type { PageLocale } from './unsubscribe.service';

type Closed = Exclude<AnswerTarget, { state: 'open' }>;

const STATUS: Record<SurveyMessage, number> = { not_found: 404, expired: 410, closed: 410, rate_limited: 429, error: 500 };

/**
 * The answering pages behind the links of survey messages, for phones first
 * and without JavaScript:
 * - GET /s/:token?score=n, a score link of the e-mail: records the score at
 *   once (one tap is an answer) and asks "why?" with the score changeable;
 * - GET /s/:token: the scale and the comment; POST /s/:token records them
 *   and redirects (303) to GET /s/:token/thanks.
 * Every outcome is an HTML page, also the errors: a customer never sees JSON
 * or a stack trace.
 */
@ApiExcludeController()
// Any body: what is not the page's urlencoded form reads as a form without fields, answered with the page (never a 415, see JsonBodyGuard).
@ApiConsumes('*/*')
@UseFilters(PublicPageInputFilter)
@Controller('s/:token')
export class SurveyPageController {
  private readonly logger = new Logger(SurveyPageController.name);

  constructor(
    private readonly answers: SurveyAnswersService,
    private readonly page: SurveyPage,
    private readonly pages: PublicPages,
  ) {}

  @Public()
  @Get()
  async show(@Param('token') token: string, @Query('score') score: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = this.pages.localeFor(req.headers['accept-language']);
    await this.safely(req, res, locale, async () => {
      // HEAD (link checkers, previews) never records: only a real GET of a score link does.
      const recording = score !== undefined && req.method === 'GET';
      const target = await this.answers.find(token);
      if (target.state !== 'open') return this.sendMessage(res, target, locale);
      const invitation = target.invitation;
      if (invitation.kind === 'exit') return this.toExitPage(req, res, token, invitation);
      if (!recording) return this.sendForm(res, 200, invitation, { score: invitation.score, comment: invitation.comment ?? '', saved: false });

      const chosen = parseScore(score, invitation.scale);
      if (chosen === null) {
        return this.sendForm(res, 400, invitation, { score: invitation.score, comment: invitation.comment ?? '', saved: false, scoreError: 'invalid' });
      }
      // The comment stays: clicking another score in the e-mail changes the score, not what was written.
      if (chosen !== invitation.score && this.refused(res, invitation.locale, await this.answers.answer(invitation, chosen, invitation.comment, 'email_link', req.ip))) return;
      this.sendForm(res, 200, invitation, { score: chosen, comment: invitation.comment ?? '', saved: true });
    });
  }

  @Public()
  @Post()
  async submit(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = this.pages.localeFor(req.headers['accept-language']);
    await this.safely(req, res, locale, async () => {
      const target = await this.answers.find(token);
      if (target.state !== 'open') return this.sendMessage(res, target, locale);
      const invitation = target.invitation;
      if (invitation.kind === 'exit') return this.toExitPage(req, res, token, invitation);
      const form = readForm(body, invitation.scale);
      if (form.scoreError || form.commentError) return this.sendForm(res, 400, invitation, form);
      try {
        if (this.refused(res, invitation.locale, await this.answers.answer(invitation, form.score!, form.comment, 'web', req.ip))) return;
      } catch (err) {
        if (err instanceof InvalidInputError && err.field === 'comment') {
          return this.sendForm(res, 400, invitation, { ...form, commentError: 'too_long' });
        }
        throw err;
      }
      // Relative, so it holds behind a proxy that mounts the app under a prefix.
      const location = req.path.endsWith('/') ? 'thanks' : `${encodeURIComponent(token)}/thanks`;
      res.status(303).set({ ...this.pages.headers(invitation.locale), Location: location }).end();
    });
  }

  @Public()
  @Get('thanks')
  async thanks(@Param('token') token: string, @Headers('accept-language') acceptLanguage: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const locale = this.pages.localeFor(acceptLanguage);
    await this.safely(req, res, locale, async () => {
      const target = await this.answers.find(token);
      if (target.state !== 'open') return this.sendMessage(res, target, locale);
      const invitation = target.invitation;
      const answerPage = `../${encodeURIComponent(token)}`;
      if (invitation.kind === 'exit') return void res.status(303).set({ ...this.pages.headers(invitation.locale), Location: `${answerPage}/exit` }).end();
      // Reached without answering (a bookmark, a shared link): the question is where to go.
      if (invitation.score === null) return void res.status(303).set({ ...this.pages.headers(invitation.locale), Location: answerPage }).end();
      this.pages.send(res, 200, invitation.locale, this.page.thanks(invitation, answerPage));
    });
  }

  /** Exit surveys ask why a customer leaves, not for a score: their page is the exit interview's (libs/churn). */
  private toExitPage(req: Request, res: Response, token: string, invitation: OpenInvitation): void {
    const location = req.path.endsWith('/') ? 'exit' : `${encodeURIComponent(token)}/exit`;
    res.status(303).set({ ...this.pages.headers(invitation.locale), Location: location }).end();
  }

  private sendForm(res: Response, status: number, invitation: ScoredInvitation, state: SurveyFormState): void {
    this.pages.send(res, status, invitation.locale, this.page.form(invitation, state));
  }

  /** The friendly page for a link that leads nowhere, in the invitation's language when there is one. */
  private sendMessage(res: Response, target: Closed, fallback: PageLocale): void {
    const locale = target.state === 'not_found' ? fallback : target.locale;
    this.pages.send(res, STATUS[target.state], locale, this.page.message(target.state, locale));
  }

  /** Sends the 429 page when the limiter refused; true then. */
  private refused(res: Response, locale: PageLocale, decision: LimitDecision): boolean {
    if (decision.allowed) return false;
    this.pages.send(res, 429, locale, this.page.message('rate_limited', locale), { 'Retry-After': String(decision.retryAfterSeconds) });
    return true;
  }

  /** Anything unexpected (the database down) is logged with the request id and shown as a friendly 500 page. */
  private async safely(req: Request, res: Response, locale: PageLocale, handle: () => Promise<void>): Promise<void> {
    try {
      await handle();
    } catch (err) {
      const requestId = String(res.getHeader('x-request-id') ?? '');
      // The path carries the token, a bearer credential: logs get the route, not the URL.
      this.logger.error(`${req.method} /s/:token failed [${requestId}]`, err instanceof Error ? err.stack : String(err));
      if (!res.headersSent) this.pages.send(res, STATUS.error, locale, this.page.message('error', locale));
    }
  }
}

/** A score as the link or the form carries it: digits only, within the survey's scale; null otherwise. */
function parseScore(value: unknown, scale: Scale): number | null {
  if (typeof value !== 'string' || !/^\d{1,2}$/.test(value)) return null;
  const score = Number(value);
  return score >= scale.min && score <= scale.max ? score : null;
}

/**
 * The urlencoded form (score, comment). Anything else (JSON, repeated
 * fields, a text body) is read as well as it can be and otherwise reported
 * on the field, never as a crash.
 */
function readForm(body: unknown, scale: Scale): SurveyFormState & { comment: string } {
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const rawScore = typeof fields.score === 'number' ? String(fields.score) : fields.score;
  const score = parseScore(rawScore, scale);
  const rawComment = fields.comment ?? '';
  const comment = typeof rawComment === 'string' ? rawComment : '';
  return {
    score,
    comment,
    saved: false,
    scoreError: score !== null ? undefined : rawScore === undefined || rawScore === '' ? 'missing' : 'invalid',
    commentError: typeof rawComment === 'string' ? undefined : 'invalid',
  };
}
