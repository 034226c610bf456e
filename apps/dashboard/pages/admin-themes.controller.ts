import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '@feedloop/auth/current-user.decorator';
import { Roles } from '@feedloop/auth/roles.decorator';
import { UserEntity } from '@feedloop/auth/user.entity';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { ThemeModelService } from '@feedloop/themes/theme-model.service';
import { ThemesService } from '@feedloop/themes/themes.service';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, fieldErrorOf, formValues, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { KeywordRuleFormDto, ThemeFormDto } from './dto/inbox-forms.dto';
import { localName } from './inbox-view';

/**
 * The theme catalogue for admins: names and descriptions in both languages,
 * example phrases (they train the model), the owning department, the active
 * flag and keyword rules, plus the model version and a retrain button.
 */
@Roles('admin')
@Controller('admin/themes')
export class AdminThemesController {
  constructor(
    private readonly themes: ThemesService,
    private readonly models: ThemeModelService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  async list(@Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const [themes, departments, model] = await Promise.all([this.themes.list(), this.departments.list(), this.models.info()]);
    const groups = departments
      .map((d) => ({
        name: d.name,
        themes: themes
          .filter((t) => t.department.key === d.key)
          .map((t) => ({ ...t, displayName: localName(t.name, req.locale, t.key), ruleCount: t.keywordRules.length }))
          .sort((a, b) => a.key.localeCompare(b.key)),
      }))
      .filter((g) => g.themes.length);
    res.render('admin/themes', { titleKey: 'adminThemes.title', groups, model });
  }

  @Post('retrain')
  async retrain(@Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const info = await this.models.retrain();
    setFlash(req, 'success', translate(req.locale, 'adminThemes.retrained', { version: String(info.version), examples: translate(req.locale, 'units.examples', { count: info.exampleCount }) }));
    await redirectAfterFlash(req, res, '/admin/themes');
  }

  @Get(':key')
  async edit(@Param('key') key: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.renderTheme(key, req, res, HttpStatus.OK, {});
  }

  @Post(':key')
  async update(@Actor() actor: AuditActor, @Param('key') key: string, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(ThemeFormDto, body, req.locale);
    if (form.errors) return this.renderTheme(key, req, res, HttpStatus.BAD_REQUEST, { form: typed, errors: form.errors });
    const f = form.value;
    try {
      await this.themes.update(key, {
        name: { pl: f.namePl, en: f.nameEn },
        description: { pl: f.descriptionPl ?? '', en: f.descriptionEn ?? '' },
        examples: { pl: f.examplesPl, en: f.examplesEn },
        departmentKey: f.departmentKey,
        active: f.active === 'on',
      }, actor);
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors || errors.key) throw err;
      return this.renderTheme(key, req, res, HttpStatus.BAD_REQUEST, { form: typed, errors });
    }
    setFlash(req, 'success', translate(req.locale, 'adminThemes.saved', { name: req.locale === 'pl' ? f.namePl : f.nameEn }));
    await redirectAfterFlash(req, res, `/admin/themes/${encodeURIComponent(key)}`);
  }

  @Post(':key/rules')
  async addRule(@Actor() actor: AuditActor, @Param('key') key: string, @CurrentUser() user: UserEntity, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const typed = formValues(body);
    const form = await readForm(KeywordRuleFormDto, body, req.locale);
    if (form.errors) return this.renderTheme(key, req, res, HttpStatus.BAD_REQUEST, { rule: typed, errors: form.errors });
    try {
      await this.themes.addRule(key, form.value.phrase, user.id, actor);
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors || !errors.phrase) throw err;
      return this.renderTheme(key, req, res, HttpStatus.BAD_REQUEST, { rule: typed, errors });
    }
    setFlash(req, 'success', translate(req.locale, 'adminThemes.ruleAdded', { phrase: form.value.phrase }));
    await redirectAfterFlash(req, res, `/admin/themes/${encodeURIComponent(key)}`);
  }

  @Post(':key/rules/:ruleId/delete')
  async removeRule(@Actor() actor: AuditActor, @Param('key') key: string, @Param('ruleId') ruleId: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    await this.themes.removeRule(key, ruleId, actor);
    setFlash(req, 'success', translate(req.locale, 'adminThemes.ruleRemoved'));
    await redirectAfterFlash(req, res, `/admin/themes/${encodeURIComponent(key)}`);
  }

  private async renderTheme(
    key: string,
    req: DashboardRequest,
    res: Response,
    status: number,
    state: { form?: Record<string, string>; rule?: Record<string, string>; errors?: FieldErrors },
  ): Promise<void> {
    const [theme, departments] = await Promise.all([this.themes.get(key), this.departments.list()]);
    const form = state.form ?? {
      namePl: theme.name.pl ?? '',
      nameEn: theme.name.en ?? '',
      descriptionPl: theme.description.pl ?? '',
      descriptionEn: theme.description.en ?? '',
      examplesPl: (theme.examples.pl ?? []).join('\n'),
      examplesEn: (theme.examples.en ?? []).join('\n'),
      departmentKey: theme.department.key,
      active: theme.active ? 'on' : '',
    };
    res.status(status).render('admin/theme', {
      title: translate(req.locale, 'adminThemes.editTitle', { name: localName(theme.name, req.locale, theme.key) }),
      theme,
      form,
      rule: state.rule ?? {},
      departments: departments.map((d) => ({ key: d.key, name: d.name, selected: d.key === form.departmentKey })),
      errors: state.errors ?? null,
    });
  }
}
