import { Controller, Get, HttpStatus, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { AuditQueryDto } from '@feedloop/audit/dto/audit-entry.dto';
import { AccessScope } from '@feedloop/auth/access-scope';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { Roles } from '@feedloop/auth/roles.decorator';
import { UsersService } from '@feedloop/auth/users.service';
import { DomainError } from '@feedloop/core/errors/domain-error';
import type { DashboardRequest } from '../dashboard-request';
import { FieldErrors, messageOf, readForm } from '../forms';
import { diffRows } from './audit-diff';

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
/** What the entity-type filter offers: everything the services record. */
const ENTITY_TYPES = ['user', 'api_key', 'department', 'theme', 'keyword_rule', 'webhook', 'survey', 'customer', 'customer_import', 'feedback_item', 'churn_case', 'churn_offer_type'];

/**
 * The audit log for admins: filters in the URL (a filtered view can be
 * bookmarked or sent), newest first, each change as a table of fields
 * before and after.
 */
@Roles('admin')
@Controller('admin/audit')
export class AdminAuditController {
  constructor(
    private readonly audit: AuditLog,
    private readonly users: UsersService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Get()
  async list(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    const filters: Record<string, string> = {};
    for (const name of FILTERS) if (typeof query[name] === 'string' && query[name]) filters[name] = (query[name] as string).trim();
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const options = await this.filterOptions(scope, filters.actor);
    const render = (status: number, data: object) =>
      res.status(status).render('admin/audit', { titleKey: 'adminAudit.title', filters, options, entityTypes: ENTITY_TYPES, filtered: Object.keys(filters).length > 0, ...data });

    const form = await readForm(AuditQueryDto, { ...filters, cursor, limit: String(PAGE_SIZE) }, req.locale);
    if (form.errors) return render(HttpStatus.BAD_REQUEST, { errors: form.errors, rows: [] });
    let page;
    try {
      page = await this.audit.list(form.value);
    } catch (err) {
      if (!(err instanceof DomainError) || !err.field) throw err;
      const errors: FieldErrors = { [err.field]: messageOf(err, req.locale) };
      return render(HttpStatus.BAD_REQUEST, { errors, rows: [] });
    }
    const params = new URLSearchParams(Object.entries(filters));
    const older = new URLSearchParams(params);
    if (page.nextCursor) older.set('cursor', page.nextCursor);
    render(HttpStatus.OK, {
      rows: page.items.map((e) => ({
        ...e,
        diff: diffRows(e),
        entityHref: e.entityId ? `/admin/audit?${new URLSearchParams({ entityType: e.entityType, entityId: e.entityId }).toString()}` : null,
        actorHref: e.actor.userId || e.actor.apiKeyId ? `/admin/audit?${new URLSearchParams({ actor: (e.actor.userId ?? e.actor.apiKeyId)! }).toString()}` : null,
      })),
      count: page.items.length,
      olderHref: page.nextCursor ? `/admin/audit?${older.toString()}` : null,
      firstPageHref: cursor ? `/admin/audit${params.size ? `?${params.toString()}` : ''}` : null,
      errors: null,
    });
  }

  /** Who the actor filter offers: every user and key (revoked and disabled too: their past changes stay), the CLI and the system. */
  private async filterOptions(scope: AccessScope, selected: string | undefined) {
    const [users, keys] = await Promise.all([this.users.list(scope), this.apiKeys.list()]);
    return {
      users: users.map((u) => ({ value: u.id, label: `${u.name} <${u.email}>`, selected: u.id === selected })),
      apiKeys: keys.map((k) => ({ value: k.id, label: `${k.name} (fl_${k.keyPrefix}_…)`, selected: k.id === selected })),
      cliSelected: selected === 'cli',
      systemSelected: selected === 'system',
    };
  }
}
