import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { ApiKeysService } from '@feedloop/auth/api-keys.service';
import { ApiKeyNotFoundError } from '@feedloop/auth/auth.errors';
import { Roles } from '@feedloop/auth/roles.decorator';
import { DepartmentNotFoundError } from '@feedloop/departments/departments.errors';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, fieldErrorOf, formValues, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { ApiKeyFormDto } from './dto/admin-forms.dto';

/**
 * API keys for integrations. A new key is shown in the response to its
 * creation only (no redirect, no session copy, no-store): only its hash is
 * kept. Revoking asks for confirmation on a page of its own, so it works
 * without JavaScript and by keyboard.
 */
@Roles('admin')
@Controller('admin/api-keys')
export class AdminApiKeysController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    await this.renderPage(res, HttpStatus.OK, {});
  }

  @Post()
  async create(@Actor() actor: AuditActor, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(ApiKeyFormDto, body, req.locale);
    if (form.errors) return this.renderPage(res, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    try {
      const departmentId = form.value.departmentId ? (await this.departments.get(form.value.departmentId)).id : null;
      const { key, apiKey } = await this.apiKeys.create(form.value.name, actor.userId, departmentId, actor);
      await this.renderPage(res, HttpStatus.CREATED, { revealed: { name: apiKey.name, key } });
    } catch (err) {
      const errors = err instanceof DepartmentNotFoundError ? { departmentId: translate(req.locale, 'validation.departmentId.isUuid') } : fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, HttpStatus.BAD_REQUEST, { form: typed, errors });
    }
  }

  @Get(':id/revoke')
  async confirmRevoke(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const key = await this.activeKey(id);
    res.render('admin/api-key-revoke', { titleKey: 'adminApiKeys.revokeTitle', key: { id: key.id, name: key.name, prefix: key.keyPrefix } });
  }

  @Post(':id/revoke')
  async revoke(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const key = await this.activeKey(id);
    await this.apiKeys.revoke(key.id, actor);
    setFlash(req, 'success', translate(req.locale, 'adminApiKeys.revoked', { name: key.name }));
    await redirectAfterFlash(req, res, '/admin/api-keys');
  }

  private async activeKey(id: string) {
    const key = (await this.apiKeys.list()).find((k) => k.id === id && !k.revokedAt);
    if (!key) throw new ApiKeyNotFoundError(id);
    return key;
  }

  private async renderPage(
    res: Response,
    status: number,
    state: { form?: Record<string, string>; errors?: FieldErrors; revealed?: { name: string; key: string } },
  ): Promise<void> {
    const [keys, departments] = await Promise.all([this.apiKeys.list(), this.departments.list()]);
    const names = new Map(departments.map((d) => [d.id, d.name]));
    if (state.revealed) res.setHeader('Cache-Control', 'no-store');
    const active = keys.filter((k) => !k.revokedAt);
    res.status(status).render('admin/api-keys', {
      titleKey: 'adminApiKeys.title',
      keys: [...active, ...keys.filter((k) => k.revokedAt)].map((k) => ({
        id: k.id,
        name: k.name,
        prefix: k.keyPrefix,
        department: k.departmentId ? (names.get(k.departmentId) ?? '—') : null,
        createdAt: k.createdAt,
        lastUsedAt: k.lastUsedAt,
        revokedAt: k.revokedAt,
      })),
      activeCount: active.length,
      departments: departments.map((d) => ({ id: d.id, name: d.name, selected: d.id === state.form?.departmentId })),
      revealed: state.revealed ?? null,
      form: state.form ?? {},
      errors: state.errors ?? null,
    });
  }
}
