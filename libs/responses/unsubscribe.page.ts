import { Injectable } from '@nestjs/common';
import { PublicPages } from './public-page';
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

/** The small public page behind the unsubscribe link of survey e-mails, in the layout of the answering pages. */
@Injectable()
export class UnsubscribePage {
  constructor(private readonly pages: PublicPages) {}

  render(state: UnsubscribePageState, locale: PageLocale): string {
    const texts = (TEXTS[locale] ?? TEXTS.en)[state];
    return this.pages.render('unsubscribe', locale, texts.title, { heading: texts.heading, text: texts.text, button: texts.button ?? null });
  }

  /** For the not-found page, where no customer tells the language. */
  localeFor(acceptLanguage: string | undefined): PageLocale {
    return this.pages.localeFor(acceptLanguage);
  }
}
