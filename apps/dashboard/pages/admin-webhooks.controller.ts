import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, AuditActor } from '@feedloop/audit/audit-actor';
import { Roles } from '@feedloop/auth/roles.decorator';
import { EndpointView, WebhooksService } from '@feedloop/webhooks/webhooks.service';
import { WEBHOOK_EVENT_TYPES } from '@feedloop/webhooks/webhook-events';
import type { DashboardRequest } from '../dashboard-request';
import { redirectAfterFlash, setFlash } from '../flash';
import { FieldErrors, fieldErrorOf, formValues, readForm } from '../forms';
import { translate } from '../i18n/translate';
import { WebhookFormDto } from './dto/webhook-form.dto';

const RECENT_DELIVERIES = 10;
const STATUS_BADGE: Record<string, string> = { succeeded: 'ok', pending: 'warn', failed: 'danger', cancelled: 'muted' };

/** The secret an admin must copy now: rendered into this one response, never stored for a later page. */
interface RevealedSecret {
  endpoint: EndpointView;
  secret: string;
}

@Roles('admin')
@Controller('admin/webhooks')
export class AdminWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  async list(@Res() res: Response): Promise<void> {
    await this.renderPage(res, HttpStatus.OK, {});
  }

  @Post()
  async create(@Actor() actor: AuditActor, @Req() req: DashboardRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const form = await readForm(WebhookFormDto, body, req.locale);
    if (form.errors) return this.renderPage(res, HttpStatus.BAD_REQUEST, { form: formState(body), errors: form.errors });
    try {
      const revealed = await this.webhooks.create(form.value, actor);
      // No redirect: the secret is shown in this response only, so it never sits in the session store.
      await this.renderPage(res, HttpStatus.CREATED, { revealed });
    } catch (err) {
      const errors = fieldErrorOf(err, req.locale);
      if (!errors) throw err;
      await this.renderPage(res, HttpStatus.BAD_REQUEST, { form: formState(body), errors });
    }
  }

  @Post(':id/pause')
  async pause(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const endpoint = await this.webhooks.update(id, { status: 'paused' }, actor);
    await this.done(req, res, 'adminWebhooks.paused', endpoint.url);
  }

  @Post(':id/resume')
  async resume(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const endpoint = await this.webhooks.update(id, { status: 'active' }, actor);
    await this.done(req, res, 'adminWebhooks.resumed', endpoint.url);
  }

  @Post(':id/ping')
  async ping(@Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const delivery = await this.webhooks.ping(id);
    const ok = delivery.status === 'succeeded';
    setFlash(
      req,
      ok ? 'success' : 'error',
      translate(req.locale, ok ? 'adminWebhooks.pingOk' : 'adminWebhooks.pingFailed', { status: delivery.lastStatusCode ?? '—', error: delivery.lastError ?? '' }),
    );
    await redirectAfterFlash(req, res, '/admin/webhooks');
  }

  @Post(':id/rotate-secret')
  async rotate(@Actor() actor: AuditActor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderPage(res, HttpStatus.OK, { revealed: await this.webhooks.rotateSecret(id, actor) });
  }

  @Post(':id/delete')
  async remove(@Actor() actor: AuditActor, @Param('id') id: string, @Req() req: DashboardRequest, @Res() res: Response): Promise<void> {
    const endpoint = await this.webhooks.get(id);
    await this.webhooks.remove(id, actor);
    await this.done(req, res, 'adminWebhooks.deleted', endpoint.url);
  }

  private async done(req: DashboardRequest, res: Response, key: string, url: string): Promise<void> {
    setFlash(req, 'success', translate(req.locale, key, { url }));
    await redirectAfterFlash(req, res, '/admin/webhooks');
  }

  private async renderPage(
    res: Response,
    status: number,
    state: { form?: { url?: string; description?: string; events: string[] }; errors?: FieldErrors; revealed?: RevealedSecret },
  ): Promise<void> {
    const endpoints = await this.webhooks.overview(RECENT_DELIVERIES);
    const form = state.form ?? { events: [...WEBHOOK_EVENT_TYPES] };
    if (state.revealed) res.setHeader('Cache-Control', 'no-store');
    res.status(status).render('admin/webhooks', {
      titleKey: 'adminWebhooks.title',
      endpoints: endpoints.map((e) => ({
        ...e,
        paused: e.status === 'paused',
        deliveries: e.deliveries.map((d) => ({ ...d, badge: STATUS_BADGE[d.status] ?? 'muted' })),
      })),
      revealed: state.revealed ? { url: state.revealed.endpoint.url, secret: state.revealed.secret } : null,
      eventOptions: WEBHOOK_EVENT_TYPES.map((value) => ({ value, key: value.replace('.', '_'), checked: form.events.includes(value) })),
      form,
      errors: state.errors ?? null,
    });
  }
}

/** What the admin typed, to fill the form in again, with the ticked boxes. */
function formState(body: unknown): { url?: string; description?: string; events: string[] } {
  const values = formValues(body);
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).events : undefined;
  const events = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((e): e is string => typeof e === 'string');
  return { url: values.url, description: values.description, events };
}
