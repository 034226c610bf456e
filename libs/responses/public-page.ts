import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import Handlebars from 'handlebars';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import { findRoot } from '@feedloop/core/source-root';
import type { PageLocale } from './unsubscribe.service';

/** The bodies that go into the shared layout, one template each under templates/. */
export type PublicPageName = 'survey' | 'thanks' | 'message' | 'unsubscribe';
const PAGE_NAMES: readonly PublicPageName[] = ['survey', 'thanks', 'message', 'unsubscribe'];

/**
 * The pages customers reach from survey messages (answering, thank-you,
 * unsubscribe and the friendly errors): one layout, one stylesheet inlined
 * into it, every template compiled once per process and escaped by
 * handlebars. The stylesheet is allowed by its hash, so the CSP can forbid
 * every other style, script and resource.
 */
@Injectable()
export class PublicPages {
  /** An environment of our own: nothing registered elsewhere leaks into customer-facing pages. */
  private readonly hbs = Handlebars.create();
  private readonly layout: Handlebars.TemplateDelegate;
  private readonly pages: Record<PublicPageName, Handlebars.TemplateDelegate>;
  private readonly css: Handlebars.SafeString;
  private readonly csp: string;

  constructor(private readonly locale: LocaleConfig) {
    const dir = join(findRoot(), 'libs', 'responses', 'templates');
    const compile = (file: string) => this.hbs.compile(readFileSync(join(dir, file), 'utf8'), { strict: true });
    this.layout = compile('layout.hbs');
    this.pages = Object.fromEntries(PAGE_NAMES.map((name) => [name, compile(`${name}.hbs`)])) as Record<PublicPageName, Handlebars.TemplateDelegate>;
    const css = readFileSync(join(dir, 'public-page.css'), 'utf8').trim();
    this.css = new this.hbs.SafeString(css);
    const cssHash = createHash('sha256').update(css).digest('base64');
    this.csp = `default-src 'none'; style-src 'sha256-${cssHash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
  }

  /** A whole page: `context` goes to the page's template, `title` and `lang` to the layout. */
  render(page: PublicPageName, locale: PageLocale, title: string, context: Record<string, unknown>): string {
    return this.layout({ lang: locale, title, css: this.css, body: new this.hbs.SafeString(this.pages[page](context)) });
  }

  /**
   * A whole page around a body another module rendered (the exit interview,
   * libs/churn) with its own escaping handlebars templates, so every
   * customer-facing page shares this layout, stylesheet and CSP.
   */
  renderBody(locale: PageLocale, title: string, body: string): string {
    return this.layout({ lang: locale, title, css: this.css, body: new this.hbs.SafeString(body) });
  }

  /** Sends a rendered page with the headers every one of them needs. */
  send(res: Response, status: number, locale: PageLocale, html: string, headers: Record<string, string> = {}): void {
    res.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', ...this.headers(locale), ...headers }).send(html);
  }

  /** Also for redirects between the pages. */
  headers(locale: PageLocale): Record<string, string> {
    return {
      // The token is in the URL: it must not leak to other sites or into search indexes and caches.
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': this.csp,
      'Content-Language': locale,
    };
  }

  /** For pages no invitation tells the language of: the browser's preference between pl and en. */
  localeFor(acceptLanguage: string | undefined): PageLocale {
    const preferred = (acceptLanguage ?? '')
      .split(',')
      .map((part, index) => {
        const [tag, ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
        return { lang: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
      })
      .filter((l): l is { lang: PageLocale; q: number; index: number } => (l.lang === 'pl' || l.lang === 'en') && l.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index)[0];
    return preferred?.lang ?? this.locale.defaultLocale;
  }
}
