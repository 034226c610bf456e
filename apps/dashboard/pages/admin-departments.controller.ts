import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Roles } from '@feedloop/auth/roles.decorator';
import { CreateDepartmentDto, RenameDepartmentDto } from '@feedloop/departments/dto/create-department.dto';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, fieldErrorOf, formErrorStatus, formValues, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { SlaFormDto } from './dto/inbox-forms.dto';

@Roles('admin')
@Controller('admin/departments')
export class AdminDepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    await this.renderPage(res, HttpStatus.OK, {});
  }

  @Post()
  async create(@Actor() actor: AuditActor, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(CreateDepartmentDto, body, req.locale);
    if (form.errors) return this.renderPage(res, HttpStatus.BAD_REQUEST, { form: formValues(body), errors: form.errors });
    try {
      const department = await this.departments.create(form.value, actor);
      setFlash(req, 'success', translate(req.locale, 'adminDepartments.created', { name: department.name }));
      await redirectAfterFlash(req, res, '/admin/departments');
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, formErrorStatus(err), { form: formValues(body), errors });
    }
  }

  @Post(':id')
  async rename(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const form = await readForm(RenameDepartmentDto, body, req.locale);
    if (form.errors) return this.renderPage(res, HttpStatus.BAD_REQUEST, { renaming: { id, errors: form.errors, typed: formValues(body) } });
    try {
      const department = await this.departments.rename(id, form.value.name, actor);
      setFlash(req, 'success', translate(req.locale, 'adminDepartments.renamed', { name: department.name }));
      await redirectAfterFlash(req, res, '/admin/departments');
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, formErrorStatus(err), { renaming: { id, errors, typed: formValues(body) } });
    }
  }

  /** Deadlines of items routed to the department from now on; open items keep theirs. */
  @Post(':id/sla')
  async setSla(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown) {
    const form = await readForm(SlaFormDto, body, req.locale);
    if (form.errors) return this.renderPage(res, HttpStatus.BAD_REQUEST, { sla: { id, errors: form.errors, typed: formValues(body) } });
    try {
      const department = await this.departments.updateSla(id, form.value, actor);
      setFlash(req, 'success', translate(req.locale, 'adminDepartments.slaSaved', {
        name: department.name,
        hours: translate(req.locale, 'units.hours', { count: department.ackSlaHours }),
        days: translate(req.locale, 'units.days', { count: department.resolveSlaDays }),
      }));
      await redirectAfterFlash(req, res, '/admin/departments');
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, HttpStatus.BAD_REQUEST, { sla: { id, errors, typed: formValues(body) } });
    }
  }

  private async renderPage(
    res: Response,
    status: number,
    state: {
      form?: object;
      errors?: FieldErrors;
      renaming?: { id: string; errors: FieldErrors; typed: Record<string, string> };
      sla?: { id: string; errors: FieldErrors; typed: Record<string, string> };
    },
  ): Promise<void> {
    const departments = await this.departments.list();
    res.status(status).render('admin/departments', {
      titleKey: 'adminDepartments.title',
      // The rename error is shown in the row it belongs to.
      departments: departments.map((d) => {
        const sla = state.sla?.id === d.id ? state.sla : null;
        const renaming = state.renaming?.id === d.id ? state.renaming : null;
        return {
          ...d,
          renameError: renaming?.errors.name ?? null,
          // What was typed comes back with its error, not the stored name.
          nameValue: renaming?.typed.name ?? d.name,
          slaErrors: sla?.errors ?? null,
          ackValue: sla?.typed.ackSlaHours ?? String(d.ackSlaHours),
          resolveValue: sla?.typed.resolveSlaDays ?? String(d.resolveSlaDays),
        };
      }),
      form: state.form ?? {},
      errors: state.errors ?? null,
    });
  }
}
