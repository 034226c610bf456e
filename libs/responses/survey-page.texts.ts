import type { PageLocale } from './unsubscribe.service';

/** Wording of the answering pages (the survey's own question and follow-up come from the survey). */
export interface SurveyPageTexts {
  formTitle: string;
  errorTitlePrefix: string;
  savedHeading: (score: number) => string;
  savedText: string;
  commentHint: (max: number) => string;
  submit: string;
  scoreMissing: (min: number, max: number) => string;
  scoreInvalid: (min: number, max: number) => string;
  commentTooLong: (max: number) => string;
  commentInvalid: string;
  thanksTitle: string;
  thanksHeading: string;
  thanksScore: (score: number, min: number, max: number) => string;
  thanksCommentLabel: string;
  thanksText: string;
  changeLink: string;
  messages: Record<'expired' | 'closed' | 'not_found' | 'rate_limited' | 'error', { title: string; heading: string; text: string }>;
}

export const SURVEY_PAGE_TEXTS: Readonly<Record<PageLocale, SurveyPageTexts>> = {
  pl: {
    formTitle: 'Ankieta',
    errorTitlePrefix: 'Błąd: ',
    savedHeading: (score) => `Dziękujemy! Zapisaliśmy Twoją ocenę: ${score}.`,
    savedText: 'Możesz ją jeszcze zmienić poniżej. Napisz też, co o niej zdecydowało – to nam bardzo pomoże.',
    commentHint: (max) => `Komentarz jest opcjonalny, do ${max} znaków.`,
    submit: 'Wyślij',
    scoreMissing: (min, max) => `Wybierz ocenę od ${min} do ${max}.`,
    scoreInvalid: (min, max) => `Ta ocena jest nieprawidłowa. Wybierz ocenę od ${min} do ${max}.`,
    commentTooLong: (max) => `Komentarz może mieć najwyżej ${max} znaków. Skróć go, proszę.`,
    commentInvalid: 'Nie udało się odczytać komentarza. Wpisz go ponownie.',
    thanksTitle: 'Dziękujemy',
    thanksHeading: 'Dziękujemy za odpowiedź!',
    thanksScore: (score, min, max) => `Twoja ocena: ${score} (w skali od ${min} do ${max}).`,
    thanksCommentLabel: 'Twój komentarz:',
    thanksText: 'Przeczytamy każdą odpowiedź i wykorzystamy ją, żeby lepiej Cię obsługiwać.',
    changeLink: 'Zmień odpowiedź',
    messages: {
      expired: {
        title: 'Ankieta zakończona',
        heading: 'Ta ankieta jest już zamknięta.',
        text: 'Czas na odpowiedź minął. Dziękujemy za chęć podzielenia się opinią – zapytamy ponownie przy następnej okazji.',
      },
      closed: {
        title: 'Ankieta niedostępna',
        heading: 'Na tę ankietę nie można już odpowiedzieć.',
        text: 'Ta ankieta nie przyjmuje odpowiedzi. Dziękujemy za chęć podzielenia się opinią.',
      },
      not_found: {
        title: 'Nie znaleziono linku',
        heading: 'Nie znaleźliśmy tego linku.',
        text: 'Link jest niepełny lub nieprawidłowy. Skopiuj cały adres z wiadomości albo użyj linku z nowszej wiadomości.',
      },
      rate_limited: {
        title: 'Zbyt wiele prób',
        heading: 'Zbyt wiele prób w krótkim czasie.',
        text: 'Odczekaj minutę i spróbuj ponownie.',
      },
      error: {
        title: 'Coś poszło nie tak',
        heading: 'Coś poszło nie tak po naszej stronie.',
        text: 'Nie udało się zapisać odpowiedzi. Spróbuj ponownie za chwilę.',
      },
    },
  },
  en: {
    formTitle: 'Survey',
    errorTitlePrefix: 'Error: ',
    savedHeading: (score) => `Thank you! We saved your score: ${score}.`,
    savedText: 'You can still change it below. Tell us what made you choose it – it helps us a lot.',
    commentHint: (max) => `The comment is optional, up to ${max} characters.`,
    submit: 'Send',
    scoreMissing: (min, max) => `Choose a score from ${min} to ${max}.`,
    scoreInvalid: (min, max) => `That score is not valid. Choose a score from ${min} to ${max}.`,
    commentTooLong: (max) => `The comment can be at most ${max} characters long. Please shorten it.`,
    commentInvalid: 'We could not read the comment. Please type it again.',
    thanksTitle: 'Thank you',
    thanksHeading: 'Thank you for your answer!',
    thanksScore: (score, min, max) => `Your score: ${score} (on a scale from ${min} to ${max}).`,
    thanksCommentLabel: 'Your comment:',
    thanksText: 'We read every answer and use it to serve you better.',
    changeLink: 'Change your answer',
    messages: {
      expired: {
        title: 'Survey closed',
        heading: 'This survey has closed.',
        text: 'The time to answer has passed. Thank you for wanting to share your opinion – we will ask again next time.',
      },
      closed: {
        title: 'Survey not available',
        heading: 'This survey can no longer be answered.',
        text: 'This survey is not taking answers. Thank you for wanting to share your opinion.',
      },
      not_found: {
        title: 'Link not found',
        heading: 'We could not find this link.',
        text: 'The link is incomplete or not valid. Copy the whole address from the e-mail, or use the link in a more recent e-mail.',
      },
      rate_limited: {
        title: 'Too many attempts',
        heading: 'Too many attempts in a short time.',
        text: 'Please wait a minute and try again.',
      },
      error: {
        title: 'Something went wrong',
        heading: 'Something went wrong on our side.',
        text: 'We could not save your answer. Please try again in a moment.',
      },
    },
  },
};
