import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { CreateUserDto } from '@feedloop/auth/dto/create-user.dto';
import { ROLES } from '@feedloop/auth/roles';
import { Roles } from '@feedloop/auth/roles.decorator';
import { UsersService } from '@feedloop/auth/users.service';
import { DomainError } from '@feedloop/core/errors/domain-error';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, fieldErrorOf, formErrorStatus, formValues, messageOf, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { staffRows } from './staff-rows';

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
  async create(@Scope() scope: AccessScope, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const form = await readForm(CreateUserDto, body, req.locale);
    if (form.errors) return this.renderPage(res, scope, HttpStatus.BAD_REQUEST, formValues(body), form.errors);
    try {
      const user = await this.users.createUser(form.value);
      setFlash(req, 'success', translate(req.locale, 'adminUsers.created', { email: user.email }));
      await redirectAfterFlash(req, res, '/admin/users');
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, scope, formErrorStatus(err), formValues(body), errors);
    }
  }

  @Post(':id/disable')
  async disable(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    try {
      const user = await this.users.get(id);
      await this.users.disable(user.id);
      setFlash(req, 'success', translate(req.locale, 'adminUsers.disabled', { email: user.email }));
    } catch (err) {
      if (!(err instanceof DomainError) || err.code === 'USER_NOT_FOUND') throw err;
      setFlash(req, 'error', messageOf(err, req.locale));
    }
    await redirectAfterFlash(req, res, '/admin/users');
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
}
