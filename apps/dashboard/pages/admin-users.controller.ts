import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { CreateUserDto } from '@feedloop/auth/dto/create-user.dto';
import { LOCALES, ROLES } from '@feedloop/auth/roles';
import { Roles } from '@feedloop/auth/roles.decorator';
import { UserEntity } from '@feedloop/auth/user.entity';
import { UsersService } from '@feedloop/auth/users.service';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, fieldErrorOf, formErrorStatus, formValues, messageOf, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { EditUserFormDto, ResetPasswordFormDto } from './dto/admin-forms.dto';
import { staffRows } from './staff-rows';

/** What the user page shows after a reset that generated the password: in this response only, never stored. */
interface RevealedPassword {
  password: string;
}

@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  async list(@Scope() scope: AccessScope, @Res() res: Response): Promise<void> {
    await this.renderPage(res, scope, HttpStatus.OK, {}, null);
  }

  @Post()
  async create(@Actor() actor: AuditActor, @Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const form = await readForm(CreateUserDto, body, req.locale);
    if (form.errors) return this.renderPage(res, scope, HttpStatus.BAD_REQUEST, formValues(body), form.errors);
    try {
      const user = await this.users.createUser(form.value, actor);
      setFlash(req, 'success', translate(req.locale, 'adminUsers.created', { email: user.email }));
      await redirectAfterFlash(req, res, '/admin/users');
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, scope, formErrorStatus(err), formValues(body), errors);
    }
  }

  @Get(':id')
  async edit(@Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderUser(res, await this.users.get(id), HttpStatus.OK, {});
  }

  /** Role, department, name and language; what was typed stays in the form when a rule is broken. */
  @Post(':id')
  async update(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const user = await this.users.get(id);
    const typed = formValues(body);
    const form = await readForm(EditUserFormDto, body, req.locale);
    if (form.errors) return this.renderUser(res, user, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    try {
      await this.users.update(user.id, { ...form.value, departmentId: form.value.departmentId ?? null }, actor);
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale) ?? (err instanceof DomainError && err.code === 'LAST_ADMIN' ? { role: messageOf(err, req.locale) } : null);
      if (!errors) throw err;
      return this.renderUser(res, user, HttpStatus.BAD_REQUEST, { form: typed, errors });
    }
    setFlash(req, 'success', translate(req.locale, 'adminUsers.saved', { email: user.email }));
    await redirectAfterFlash(req, res, `/admin/users/${user.id}`);
  }

  @Post(':id/disable')
  async disable(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    let back = '/admin/users';
    try {
      const user = await this.users.get(id);
      back = refererIsUserPage(req, user.id) ? `/admin/users/${user.id}` : back;
      await this.users.disable(user.id, actor);
      setFlash(req, 'success', translate(req.locale, 'adminUsers.disabled', { email: user.email }));
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'USER_NOT_FOUND') throw err;
      setFlash(req, 'error', messageOf(err, req.locale));
    }
    await redirectAfterFlash(req, res, back);
  }

  @Post(':id/enable')
  async enable(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const user = await this.users.get(id);
    await this.users.enable(user.id, actor);
    setFlash(req, 'success', translate(req.locale, 'adminUsers.enabled', { email: user.email }));
    await redirectAfterFlash(req, res, `/admin/users/${user.id}`);
  }

  /**
   * Sets the password the admin typed, or generates one and shows it once on
   * the page (no redirect, no-store). Either way the account is unlocked and
   * every session of the user ends.
   */
  @Post(':id/reset-password')
  async resetPassword(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const user = await this.users.get(id);
    const form = await readForm(ResetPasswordFormDto, body, req.locale);
    if (form.errors) return this.renderUser(res, user, HttpStatus.BAD_REQUEST, { errors: form.errors });
    const password = form.value.password ?? randomBytes(12).toString('base64url');
    try {
      await this.users.setPassword(user.id, password, actor);
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      return this.renderUser(res, user, HttpStatus.BAD_REQUEST, { errors });
    }
    if (form.value.password) {
      setFlash(req, 'success', translate(req.locale, 'adminUsers.passwordSet', { email: user.email }));
      return redirectAfterFlash(req, res, `/admin/users/${user.id}`);
    }
    await this.renderUser(res, await this.users.get(user.id), HttpStatus.OK, { revealed: { password } });
  }

  private async renderPage(res: Response, scope: AccessScope, status: number, form: object, errors: FieldErrors | null) {
    const [users, departments] = await Promise.all([this.users.list(scope), this.departments.list()]);
    res.status(status).render('admin/users', {
      titleKey: 'adminUsers.title',
      users: staffRows(users, departments),
      departments,
      roles: ROLES,
      form,
      errors,
    });
  }

  private async renderUser(
    res: Response,
    user: UserEntity,
    status: number,
    state: { form?: Record<string, string>; errors?: FieldErrors; revealed?: RevealedPassword },
  ): Promise<void> {
    const departments = await this.departments.list();
    const [row] = staffRows([user], departments);
    const form = state.form ?? { name: user.name, role: user.role, departmentId: user.departmentId ?? '', locale: user.locale };
    if (state.revealed) res.setHeader('Cache-Control', 'no-store');
    res.status(status).render('admin/user', {
      titleKey: 'adminUsers.editTitle',
      user: { ...row, lastLoginAt: user.lastLoginAt, createdAt: user.createdAt },
      departments,
      roles: ROLES,
      locales: LOCALES,
      form,
      errors: state.errors ?? null,
      revealed: state.revealed ?? null,
    });
  }
}

/** Disabling from the user's own page returns there; from the list, to the list. */
function refererIsUserPage(req: DashboardRequest, id: string): boolean {
  const referer = req.get('referer') ?? '';
  try {
    return new URL(referer).pathname === `/admin/users/${id}`;
  } catch {
    return false;
  }
}
