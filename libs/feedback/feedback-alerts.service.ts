import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import Handlebars from 'handlebars';
import { UsersService } from '@feedloop/auth/users.service';
import type { UserEntity } from '@feedloop/auth/user.entity';
import { HttpConfig } from '@feedloop/core/config/app-config';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { findRoot } from '@feedloop/core/source-root';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { EMAIL_PROVIDER, EmailProvider } from '@feedloop/delivery/providers/email/email-provider';
import { ThemesService } from '@feedloop/themes/themes.service';
import { FeedbackAlertsRepository, AlertItemRow } from './feedback-alerts.repository';
import { checkSlaJob, sendDigestsJob } from './feedback.jobs';

const MAX_ITEMS_PER_SECTION = 25;
/** Daily digests go out at this hour of the UTC day (07:00 in Warsaw in winter). */
export const DAILY_DIGEST_HOUR_UTC = 6;

const TEXTS = {
  pl: {
    alertSubject: (dept: string, n: number) => `${dept}: przekroczony termin SLA (${n})`,
    alertHeading: (dept: string) => `Te zgłoszenia działu ${dept} przekroczyły termin SLA:`,
    ackBreached: 'Niepotwierdzone w terminie',
    resolveBreached: 'Nierozwiązane w terminie',
    digestSubject: (dept: string, n: number, o: number) => `${dept}: ${n} nowych, ${o} po terminie`,
    digestHeading: (dept: string) => `Podsumowanie zgłoszeń działu ${dept}`,
    newItems: 'Nowe',
    overdue: 'Po terminie',
    footer: 'Częstotliwość podsumowań zmienisz na stronie swojego konta w panelu Feedloop.',
    noComment: '(bez komentarza)',
  },
  en: {
    alertSubject: (dept: string, n: number) => `${dept}: SLA breached (${n})`,
    alertHeading: (dept: string) => `These ${dept} items breached their SLA:`,
    ackBreached: 'Not acknowledged in time',
    resolveBreached: 'Not resolved in time',
    digestSubject: (dept: string, n: number, o: number) => `${dept}: ${n} new, ${o} overdue`,
    digestHeading: (dept: string) => `Feedback digest for ${dept}`,
    newItems: 'New',
    overdue: 'Overdue',
    footer: 'Change how often you get this digest on your account page in the Feedloop dashboard.',
    noComment: '(no comment)',
  },
} as const;

const hbs = Handlebars.create();
let compiled: { html: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate } | undefined;
function templates() {
  if (!compiled) {
    const dir = join(findRoot(), 'libs', 'feedback', 'templates');
    compiled = {
      html: hbs.compile(readFileSync(join(dir, 'alert.html.hbs'), 'utf8'), { strict: true }),
      text: hbs.compile(readFileSync(join(dir, 'alert.text.hbs'), 'utf8'), { strict: true, noEscape: true }),
    };
  }
  return compiled;
}

interface Section {
  title: string;
  items: AlertItemRow[];
}

/**
 * What reaches department heads without them opening the dashboard: one
 * alert when an item breaches its SLA (claimed on the item row, so once
 * however many workers run), and a digest of new and overdue items, hourly
 * or daily by each head's setting (one per head and period, recorded).
 */
@Injectable()
export class FeedbackAlertsService implements OnModuleInit {
  private readonly logger = new Logger(FeedbackAlertsService.name);

  constructor(
    private readonly repo: FeedbackAlertsRepository,
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
    private readonly themes: ThemesService,
    private readonly http: HttpConfig,
    private readonly jobs: JobsService,
    @Inject(EMAIL_PROVIDER) private readonly email: EmailProvider,
  ) {}

  onModuleInit(): void {
    this.jobs.register(checkSlaJob(this));
    this.jobs.register(sendDigestsJob(this));
  }

  /** Claims every item that breached a deadline since the last run and alerts its department's heads once. */
  async alertBreaches(): Promise<number> {
    const breached = await this.repo.claimBreaches();
    const byDepartment = new Map<string, AlertItemRow[]>();
    for (const item of breached) byDepartment.set(item.departmentId, [...(byDepartment.get(item.departmentId) ?? []), item]);
    for (const [departmentId, items] of byDepartment) {
      const department = await this.departments.get(departmentId);
      const heads = await this.users.departmentHeads(departmentId);
      for (const head of heads) {
        const t = TEXTS[head.locale];
        const sections = [
          { title: t.ackBreached, items: items.filter((i) => i.breach === 'acknowledge') },
          { title: t.resolveBreached, items: items.filter((i) => i.breach === 'resolve') },
        ];
        await this.mail(head, t.alertSubject(department.name, items.length), t.alertHeading(department.name), sections).catch((err: Error) =>
          this.logger.warn(`SLA alert to ${head.id} failed: ${err.message}`),
        );
      }
    }
    return breached.length;
  }

  /** Digests due at `now`: hourly ones every hour, daily ones at DAILY_DIGEST_HOUR_UTC. */
  async sendDigests(now: Date): Promise<number> {
    const hourStart = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    const heads = await this.users.departmentHeads();
    let sent = 0;
    for (const head of heads) {
      if (!head.departmentId || head.digestFrequency === 'off') continue;
      if (head.digestFrequency === 'daily' && hourStart.getUTCHours() !== DAILY_DIGEST_HOUR_UTC) continue;
      const hours = head.digestFrequency === 'hourly' ? 1 : 24;
      const periodStart = new Date(hourStart.getTime() - hours * 3_600_000);
      if (await this.sendDigest(head, periodStart, hourStart)) sent++;
    }
    return sent;
  }

  /** One head's digest for [from, to); false when it was sent already or there was nothing to tell. */
  async sendDigest(head: UserEntity, from: Date, to: Date): Promise<boolean> {
    const [fresh, overdue] = await Promise.all([this.repo.createdBetween(head.departmentId!, from, to, MAX_ITEMS_PER_SECTION), this.repo.overdue(head.departmentId!, MAX_ITEMS_PER_SECTION)]);
    if (!(await this.repo.recordDigest(head.id, from, fresh.length + overdue.length))) return false;
    if (!fresh.length && !overdue.length) return false;
    const department = await this.departments.get(head.departmentId!);
    const t = TEXTS[head.locale];
    const newCount = await this.repo.countCreatedBetween(head.departmentId!, from, to);
    const overdueCount = await this.repo.countOverdue(head.departmentId!);
    await this.mail(head, t.digestSubject(department.name, newCount, overdueCount), t.digestHeading(department.name), [
      { title: t.newItems, items: fresh },
      { title: t.overdue, items: overdue },
    ]);
    return true;
  }

  private async mail(head: UserEntity, subject: string, heading: string, sections: Section[]): Promise<void> {
    const t = TEXTS[head.locale];
    const summaries = await this.themes.summaries();
    const vars = {
      lang: head.locale,
      subject,
      heading,
      footer: t.footer,
      sections: sections
        .filter((s) => s.items.length)
        .map((s) => ({
          title: s.title,
          count: s.items.length,
          items: s.items.map((i) => ({
            url: `${this.http.dashboardUrl.replace(/\/$/, '')}/inbox/${i.id}`,
            themes: i.themeKeys.map((k) => summaries.get(k)?.name[head.locale] ?? k).join(', ') || i.metric.toUpperCase(),
            score: `${i.metric.toUpperCase()} ${i.score}`,
            comment: i.comment ? (i.comment.length > 140 ? `${i.comment.slice(0, 139)}…` : i.comment) : t.noComment,
          })),
        })),
    };
    await this.email.send({ to: head.email, subject, html: templates().html(vars), text: templates().text(vars) });
  }
}
