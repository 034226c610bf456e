import type { SurveyLocale, SurveyMetric } from './survey.entity';

/** Default wording of survey messages; a survey's `templates` replace subject, intro or the whole SMS per locale. */
export interface SurveyTexts {
  subject: string;
  reminderPrefix: string;
  greeting: (name: string | null) => string;
  intro: string;
  reminderIntro: string;
  chooseScore: string;
  commentHint: string;
  scaleLabels: Record<SurveyMetric, (min: number, max: number) => string>;
  answerPagePrompt: string;
  answerPageLink: string;
  privacy: string;
  unsubscribePrompt: string;
  unsubscribeLink: string;
  smsInstructions: (min: number, max: number) => string;
  /** Exit surveys: the link to the exit interview instead of a scale. */
  exitSubject: string;
  exitIntro: string;
  exitButton: string;
  exitSmsInstructions: (url: string) => string;
  /** Texted back to an SMS reply to an exit survey: its reasons are chosen on the page. */
  exitSmsReply: (url: string) => string;
}

export const SURVEY_TEXTS: Readonly<Record<SurveyLocale, SurveyTexts>> = {
  pl: {
    subject: 'Jak nam poszło? Wystarczy jedno kliknięcie',
    reminderPrefix: 'Przypomnienie: ',
    greeting: (name) => (name ? `Dzień dobry, ${name},` : 'Dzień dobry,'),
    intro: 'Zależy nam na Twojej opinii. Wybierz ocenę poniżej – wystarczy jedno kliknięcie.',
    reminderIntro: 'Kilka dni temu zadaliśmy Ci jedno pytanie. Jeśli masz chwilę, będziemy wdzięczni za odpowiedź.',
    chooseScore: 'Kliknij ocenę:',
    commentHint: 'Po kliknięciu możesz dodać komentarz.',
    scaleLabels: {
      csat: (min, max) => `${min} = bardzo źle, ${max} = bardzo dobrze`,
      nps: (min, max) => `${min} = wcale, ${max} = na pewno`,
      ces: (min, max) => `${min} = bardzo trudno, ${max} = bardzo łatwo`,
    },
    answerPagePrompt: 'Wolisz odpowiedzieć na stronie?',
    answerPageLink: 'Otwórz ankietę',
    privacy: 'Otrzymujesz tę wiadomość, ponieważ jesteś naszym klientem. Twoją odpowiedź wykorzystamy wyłącznie do poprawy obsługi.',
    unsubscribePrompt: 'Nie chcesz otrzymywać ankiet e-mailem?',
    unsubscribeLink: 'Wypisz się',
    smsInstructions: (min, max) => `Odpisz liczbą ${min}-${max} i komentarzem. STOP = rezygnacja`,
    exitSubject: 'Przykro nam, że odchodzisz – powiesz nam dlaczego?',
    exitIntro: 'Zanim się pożegnamy: Twoja odpowiedź pomoże nam poprawić to, co nie zadziałało. To zajmie minutę.',
    exitButton: 'Powiedz nam dlaczego',
    exitSmsInstructions: (url) => `Odpowiedz tutaj: ${url} STOP = rezygnacja`,
    exitSmsReply: (url) => `Dziękujemy za wiadomość. Powód rezygnacji możesz podać tutaj: ${url}`,
  },
  en: {
    subject: 'How did we do? One click is all it takes',
    reminderPrefix: 'Reminder: ',
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'Your opinion matters to us. Choose a score below – one click is enough.',
    reminderIntro: 'A few days ago we asked you one question. If you have a moment, we would be grateful for your answer.',
    chooseScore: 'Click a score:',
    commentHint: 'After clicking you can add a comment.',
    scaleLabels: {
      csat: (min, max) => `${min} = very dissatisfied, ${max} = very satisfied`,
      nps: (min, max) => `${min} = not at all likely, ${max} = extremely likely`,
      ces: (min, max) => `${min} = very difficult, ${max} = very easy`,
    },
    answerPagePrompt: 'Prefer a web page?',
    answerPageLink: 'Open the survey',
    privacy: 'You are receiving this message because you are our customer. We use your answer only to improve our service.',
    unsubscribePrompt: "Don't want survey e-mails?",
    unsubscribeLink: 'Unsubscribe',
    smsInstructions: (min, max) => `Reply with a number ${min}-${max} and a comment. STOP = opt out`,
    exitSubject: 'We are sorry to see you go – will you tell us why?',
    exitIntro: 'Before we say goodbye: your answer helps us fix what did not work. It takes a minute.',
    exitButton: 'Tell us why',
    exitSmsInstructions: (url) => `Answer here: ${url} STOP = opt out`,
    exitSmsReply: (url) => `Thank you for your message. You can tell us why you are leaving here: ${url}`,
  },
};
