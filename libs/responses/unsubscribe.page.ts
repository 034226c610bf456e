import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { LocaleConfig } from '@feedloop/core/config/app-config';
import type { PageLocale } from './unsubscribe.service';

export type UnsubscribePageState = 'confirm' | 'done' | 'already' | 'not_found';

interface PageTexts {
  title: string;
  heading: string;
  text: string;
  button?: string;
}

const TEXTS: Readonly<Record<PageLocale, Record<UnsubscribePageState, PageTexts>>> = {
  pl: {
    confirm: {
      title: 'Wypisz się z ankiet e-mail',
      heading: 'Nie chcesz dostawać od nas ankiet e-mailem?',
      text: 'Po wypisaniu nie wyślemy Ci już żadnej ankiety e-mailem.',
      button: 'Wypisz mnie',
    },
    done: { title: 'Wypisano', heading: 'Wypisano Cię z ankiet e-mail.', text: 'Nie wyślemy Ci już żadnej ankiety e-mailem.' },
    already: { title: 'Wypisano', heading: 'Ten adres jest już wypisany z ankiet e-mail.', text: 'Nie wyślemy Ci już żadnej ankiety e-mailem.' },
    not_found: {
      title: 'Nie znaleziono linku',
      heading: 'Nie znaleźliśmy tego linku.',
      text: 'Link jest niepełny lub nieprawidłowy. Skopiuj cały adres z wiadomości albo użyj linku z nowszej wiadomości.',
    },
  },
  en: {
    confirm: {
      title: 'Unsubscribe from survey e-mails',
      heading: 'Stop receiving survey e-mails?',
      text: 'Once you unsubscribe, we will not send you any more survey e-mails.',
      button: 'Unsubscribe me',
    },
    done: { title: 'Unsubscribed', heading: 'You have been unsubscribed.', text: 'We will not send you any more survey e-mails.' },
    already: { title: 'Unsubscribed', heading: 'You are already unsubscribed.', text: 'We will not send you any more survey e-mails.' },
    not_found: {
      title: 'Link not found',
      heading: 'We could not find this link.',
      text: 'The link is incomplete or not valid. Copy the whole address from the e-mail, or use the link in a more recent e-mail.',
    },
  },
};

/**
 * tsc does not copy .hbs files into dist/, so the template is read from the
 * source tree: the nearest folder above this file with a package.json, under
 * jest (libs/responses/*.ts) and from dist/libs/responses/*.js alike
 * (the same rule as apps/dashboard/paths.ts).
 */
function templatesDir(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return join(dir, 'libs', 'responses', 'templates');
}

/** The small public page behind the unsubscribe link of survey e-mails; compiled once, escaped by handlebars. */
@Injectable()
export class UnsubscribePage {
  private readonly template = Handlebars.create().compile(readFileSync(join(templatesDir(), 'unsubscribe.hbs'), 'utf8'), { strict: true });

  constructor(private readonly locale: LocaleConfig) {}

  render(state: UnsubscribePageState, locale: PageLocale): string {
    const texts = TEXTS[locale] ?? TEXTS.en;
    return this.template({ lang: locale, ...texts[state], button: texts[state].button ?? null });
  }

  /** For the not-found page, where no customer tells the language: the browser's preference between pl and en. */
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
