import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Roles } from '@feedloop/auth/roles.decorator';
import { ChurnOfferTypesService } from '@feedloop/churn/churn-offer-types.service';
import { ChurnOfferTypeDto } from '@feedloop/churn/dto/churn-case.dto';
import { CreateOfferTypeDto, UpdateOfferTypeDto } from '@feedloop/churn/dto/churn-input.dto';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, FormOptions, fieldErrorOf, formErrorStatus, formValues, readForm } from '../forms';
import { translate } from '../i18n/translate';

const LIST = '/admin/offer-types';

/**
 * The form's fields are offerName and offerDescription, not the DTO's name and
 * description: those field names carry other limits on other admin pages
 * (departments, webhooks), and the messages are looked up by field name.
 */
const FIELDS: FormOptions = { fieldOf: (path) => ({ name: 'offerName', description: 'offerDescription' })[path] ?? path };

/** What the form holds as the DTO's input: absent fields stay absent, so the DTO names what is missing. */
function inputOf(values: Record<string, string>, withKey: boolean): Record<string, string> {
  const input: Record<string, string> = {};
  if (withKey && values.key !== undefined) input.key = values.key;
  if (values.offerName !== undefined) input.name = values.offerName;
  if (values.offerDescription !== undefined) input.description = values.offerDescription;
  return input;
}

/**
 * Save offers the retention team records on a case (discount, plan change,
 * pause...), for admins: list, add, rename and describe, deactivate and
 * activate again. An offer type is never deleted, so recorded offers keep
 * their label. Writes go through ChurnOfferTypesService, as the API's do, so
 * the audit log has the same entries whichever was used.
 */
@Roles('admin')
@Controller('admin/offer-types')
export class AdminOfferTypesController {
  constructor(private readonly offerTypes: ChurnOfferTypesService) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    await this.renderList(res, HttpStatus.OK, {});
  }

  @Post()
  async create(@Actor() actor: AuditActor, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(CreateOfferTypeDto, inputOf(typed, true), req.locale, FIELDS);
    if (form.errors) return this.renderList(res, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    try {
      const created = await this.offerTypes.create(form.value, actor);
      await this.done(req, res, 'adminOfferTypes.created', created.name);
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderList(res, formErrorStatus(err), { form: typed, errors });
    }
  }

  @Get(':id')
  async edit(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const offerType = await this.offerTypes.get(id);
    this.renderEdit(req, res, HttpStatus.OK, offerType, { offerName: offerType.name, offerDescription: offerType.description ?? '' });
  }

  @Post(':id')
  async update(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    // First, alone: an unknown offer type is a 404 page, not a form error.
    const current = await this.offerTypes.get(id);
    const typed = formValues(body);
    const form = await readForm(UpdateOfferTypeDto, inputOf(typed, false), req.locale, FIELDS);
    if (form.errors) return this.renderEdit(req, res, HttpStatus.BAD_REQUEST, current, typed, form.errors);
    const updated = await this.offerTypes.update(id, form.value, actor);
    await this.done(req, res, 'adminOfferTypes.saved', updated.name);
  }

  @Post(':id/deactivate')
  async deactivate(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const updated = await this.offerTypes.update(id, { active: false }, actor);
    await this.done(req, res, 'adminOfferTypes.deactivated', updated.name);
  }

  @Post(':id/activate')
  async activate(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const updated = await this.offerTypes.update(id, { active: true }, actor);
    await this.done(req, res, 'adminOfferTypes.activated', updated.name);
  }

  private async done(req: DashboardRequest, res: Response, key: string, name: string): Promise<void> {
    setFlash(req, 'success', translate(req.locale, key, { name }));
    await redirectAfterFlash(req, res, LIST);
  }

  private async renderList(res: Response, status: number, state: { form?: Record<string, string>; errors?: FieldErrors }): Promise<void> {
    const offerTypes = await this.offerTypes.list();
    res.status(status).render('admin/offer-types', {
      titleKey: 'adminOfferTypes.title',
      // Active first, each group by name: the ones in use are what the page is mostly about.
      offerTypes: [...offerTypes.filter((o) => o.active), ...offerTypes.filter((o) => !o.active)],
      form: state.form ?? {},
      errors: state.errors ?? null,
    });
  }

  private renderEdit(req: DashboardRequest, res: Response, status: number, offerType: ChurnOfferTypeDto, form: Record<string, string>, errors: FieldErrors | null = null): void {
    res.status(status).render('admin/offer-type', {
      title: translate(req.locale, 'adminOfferTypes.editTitle', { name: offerType.name }),
      offerType,
      form,
      errors,
    });
  }
}
