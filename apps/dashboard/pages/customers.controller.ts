import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import type { Locale } from '@feedloop/auth/roles';
import { Roles } from '@feedloop/auth/roles.decorator';
import { CustomerPrivacyService } from '@feedloop/customers/customer-privacy.service';
import { CustomersService } from '@feedloop/customers/customers.service';
import type { TimelineItemDto } from '@feedloop/timeline/dto/timeline.dto';
import { TimelineService } from '@feedloop/timeline/timeline.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, formValues } from '../forms';
import { HiddenFrom } from '../hidden-from';
import { lookup, translate } from '../i18n/translate';
import { PageIdPipe } from '../page-id.pipe';
import { itemRow } from './inbox-view';

const SEARCH_LIMIT = 50;
const MAX_QUERY = 200;
const TIMELINE_PAGE = 25;

interface CustomerPageState {
  form?: Record<string, string>;
  errors?: FieldErrors;
}

/**
 * Customer search and Customer 360 for admins, analysts and retention agents.
 * A department head reaches customers only through their department's
 * items, so every route here is a 404 for them, as if it were not there.
 * The timeline is read with the caller's scope: a retention agent sees
 * contacts, surveys and answers but no department's feedback items. GDPR
 * export and erasure are for admins.
 */
@HiddenFrom('department_head')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly privacy: CustomerPrivacyService,
    private readonly timeline: TimelineService,
  ) {}

  @Get()
  async search(@Query('q') q: unknown, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const query = typeof q === 'string' ? q.trim() : '';
    if (query.length > MAX_QUERY) {
      res.status(HttpStatus.BAD_REQUEST).render('customers/index', {
        titleKey: 'customers.title',
        q: query,
        errors: { q: translate(req.locale, 'customers.queryTooLong', { max: MAX_QUERY }) },
      });
      return;
    }
    const results = query ? await this.customers.search(query, SEARCH_LIMIT) : [];
    res.render('customers/index', {
      titleKey: 'customers.title',
      q: query,
      searched: query !== '',
      results,
      more: results.length === SEARCH_LIMIT,
    });
  }

  @Get(':id')
  async show(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Query('cursor') cursor: unknown, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.renderCustomer(scope, id, typeof cursor === 'string' ? cursor : undefined, req, res, HttpStatus.OK, {});
  }

  /** The JSON the API's export gives, as a file; a POST so that only the button on the page starts it. */
  @Roles('admin')
  @Post(':id/export')
  async export(@Param('id', PageIdPipe) id: string, @Res() res: Response): Promise<void> {
    const data = await this.privacy.export(id);
    const name = (data.customer.externalId || data.customer.id).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    res.setHeader('Content-Disposition', `attachment; filename="customer-${name}.json"`);
    res.status(HttpStatus.OK).type('application/json').send(JSON.stringify(data, null, 2));
  }

  /** Erases the person once the admin typed their external id, then shows what remains. */
  @Roles('admin')
  @Post(':id/erase')
  async erase(@Scope() scope: AccessScope, @Param('id', PageIdPipe) id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const who = await this.customers.identify(id);
    if (who.erasedAt) return this.renderCustomer(scope, id, undefined, req, res, HttpStatus.CONFLICT, {});
    if ((typed.confirmExternalId ?? '').trim() !== who.externalId) {
      const errors = { confirmExternalId: translate(req.locale, 'customers.erase.mismatch', { externalId: who.externalId ?? '' }) };
      return this.renderCustomer(scope, id, undefined, req, res, HttpStatus.BAD_REQUEST, { form: typed, errors });
    }
    await this.privacy.erase(id);
    setFlash(req, 'success', translate(req.locale, 'customers.erase.done'));
    await redirectAfterFlash(req, res, `/customers/${id}`);
  }

  private async renderCustomer(
    scope: AccessScope,
    id: string,
    cursor: string | undefined,
    req: DashboardRequest,
    res: Response,
    status: number,
    state: CustomerPageState,
  ): Promise<void> {
    const who = await this.customers.identify(id);
    const erased = who.erasedAt !== null;
    const [customer, consentHistory, timeline] = await Promise.all([
      erased ? null : this.customers.get(id),
      erased ? [] : this.customers.consentHistory(id),
      this.timeline.page(id, { limit: TIMELINE_PAGE, cursor }, scope),
    ]);
    const locale = req.locale;
    const label = customer ? (customer.name ?? customer.externalId) : translate(locale, 'customers.erasedName');
    res.status(status).render('customers/show', {
      title: label,
      label,
      id,
      erased,
      erasedAt: who.erasedAt,
      customer,
      attributes: customer ? Object.entries(customer.attributes).map(([key, value]) => ({ key, value: value === null ? '—' : String(value) })) : [],
      consents: customer
        ? (['email', 'sms'] as const).map((channel) => ({ channel, optedOut: customer.consent[channel].optedOut, changedAt: customer.consent[channel].changedAt }))
        : [],
      consentHistory: [...consentHistory].reverse().map((c) => ({ ...c, sourceLabel: lookup(locale, `customers.source.${c.source}`) ?? c.source })),
      timeline: timeline.items.map((t) => timelineEntry(t, locale)),
      olderHref: timeline.nextCursor ? `/customers/${id}?cursor=${encodeURIComponent(timeline.nextCursor)}#timeline` : null,
      newestHref: cursor ? `/customers/${id}#timeline` : null,
      canManagePrivacy: scope.role === 'admin' && !erased,
      form: state.form ?? {},
      errors: state.errors ?? null,
    });
  }
}

/** One timeline line with what its view needs (the feedback item's row as the inbox shows it). */
function timelineEntry(t: TimelineItemDto, locale: Locale) {
  return {
    ...t,
    itemRow: t.feedbackItem ? itemRow(t.feedbackItem, locale) : null,
  };
}
