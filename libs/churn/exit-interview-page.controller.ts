import { Body, Controller, Get, Logger, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@feedloop/auth/public.decorator';
import { AnswerRateLimit } from '@feedloop/responses/answer-rate-limit';
import { PublicPages } from '@feedloop/responses/public-page';
import { PublicPageInputFilter } from '@feedloop/responses/public-page-input.filter';
import { SurveyAnswersService } from '@feedloop/responses/survey-answers.service';
import { SurveyPage } from '@feedloop/responses/survey.page';
import { ChurnCasesService } from './churn-cases.service';
import type { CaseRow } from './churn-cases.repository';
import { ExitFormState, ExitInterviewPage, ExitLocale, readExitForm } from './exit-interview.page';

const STATUS = { not_found: 404, expired: 410, closed: 410, rate_limited: 429, error: 500 } as const;

type Target = { state: 'open'; invitationId: string; locale: ExitLocale; churnCase: CaseRow } | { state: 'not_found' } | { state: 'expired' | 'closed'; locale: ExitLocale };

/**
 * The exit interview behind the link of an exit survey message
 * (/s/:token/exit; the survey page sends exit invitations here): the
 * taxonomy's primary reason, other reasons, where the customer goes, whether
 * they might come back, and a comment. The token is the only authorisation,
 * as for every survey link. Answers fill the case's interview and can be
 * changed until the invitation expires. Pages as the survey pages make them:
 * no JavaScript, Polish or English, errors next to their field, strict CSP.
 */
@ApiExcludeController()
@ApiConsumes('*/*')
@UseFilters(PublicPageInputFilter)
@Controller('s/:token/exit')
export class ExitInterviewPageController {
  private readonly logger = new Logger(ExitInterviewPageController.name);

  constructor(
    private readonly answers: SurveyAnswersService,
    private readonly cases: ChurnCasesService,
    private readonly limits: AnswerRateLimit,
    private readonly page: ExitInterviewPage,
    private readonly surveyPage: SurveyPage,
    private readonly pages: PublicPages,
  ) {}

  @Public()
  @Get()
  async show(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.safely(req, res, async () => {
      const target = await this.find(token);
      if (target.state !== 'open') return this.sendMessage(req, res, target);
      this.pages.send(res, 200, target.locale, this.page.render(target.locale, stateOf(target.churnCase)));
    });
  }

  @Public()
  @Post()
  async submit(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.safely(req, res, async () => {
      const target = await this.find(token);
      if (target.state !== 'open') return this.sendMessage(req, res, target);
      const form = readExitForm(body);
      if (Object.keys(form.errors).length) return this.pages.send(res, 400, target.locale, this.page.render(target.locale, form));
      const decision = await this.limits.take(req.ip, target.invitationId);
      if (!decision.allowed) {
        return this.pages.send(res, 429, target.locale, this.surveyPage.message('rate_limited', target.locale), { 'Retry-After': String(decision.retryAfterSeconds) });
      }
      await this.cases.saveInterview(target.churnCase.id, {
        primaryReason: form.primaryReason!,
        secondaryReasons: form.secondaryReasons,
        destination: form.destination,
        competitor: form.destination === 'competitor' ? form.competitor || null : null,
        mightReturn: form.mightReturn,
        comment: form.comment || null,
        source: 'survey',
        recordedBy: null,
      });
      const location = req.path.endsWith('/') ? 'thanks' : 'exit/thanks';
      res.status(303).set({ ...this.pages.headers(target.locale), Location: location }).end();
    });
  }

  @Public()
  @Get('thanks')
  async thanks(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.safely(req, res, async () => {
      const target = await this.find(token);
      if (target.state !== 'open') return this.sendMessage(req, res, target);
      this.pages.send(res, 200, target.locale, this.page.thanks(target.locale, '../exit'));
    });
  }

  /** The survey page's rules for a link (unknown, not received, expired, erased customer), plus: it must be an exit case's invitation. */
  private async find(token: string): Promise<Target> {
    const found = await this.answers.find(token);
    if (found.state !== 'open') return found;
    const churnCase = await this.cases.findByInvitation(found.invitation.invitationId);
    if (!churnCase) return { state: 'not_found' };
    return { state: 'open', invitationId: found.invitation.invitationId, locale: found.invitation.locale, churnCase };
  }

  private sendMessage(req: Request, res: Response, target: Exclude<Target, { state: 'open' }>): void {
    const locale = target.state === 'not_found' ? this.pages.localeFor(req.headers['accept-language']) : target.locale;
    this.pages.send(res, STATUS[target.state], locale, this.surveyPage.message(target.state, locale));
  }

  private async safely(req: Request, res: Response, handle: () => Promise<void>): Promise<void> {
    try {
      await handle();
    } catch (err) {
      const requestId = String(res.getHeader('x-request-id') ?? '');
      // The path carries the token, a bearer credential: logs get the route, not the URL.
      this.logger.error(`${req.method} /s/:token/exit failed [${requestId}]`, err instanceof Error ? err.stack : String(err));
      const locale = this.pages.localeFor(req.headers['accept-language']);
      if (!res.headersSent) this.pages.send(res, STATUS.error, locale, this.surveyPage.message('error', locale));
    }
  }
}

function stateOf(c: CaseRow): ExitFormState {
  return {
    primaryReason: c.interview_primary_reason,
    secondaryReasons: c.interview_secondary_reasons ?? [],
    destination: c.interview_destination,
    competitor: c.interview_competitor ?? '',
    mightReturn: c.interview_might_return,
    comment: c.interview_comment ?? '',
    errors: {},
  };
}
