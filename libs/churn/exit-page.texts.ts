export interface ExitPageTexts {
  title: string;
  heading: string;
  intro: string;
  primaryLegend: string;
  primaryMissing: string;
  secondaryLegend: string;
  destinationLegend: string;
  destinations: Record<'competitor' | 'no_replacement' | 'not_sure', string>;
  destinationNeeded: string;
  competitorLabel: string;
  competitorTooLong: string;
  returnLegend: string;
  mightReturn: Record<'yes' | 'no' | 'maybe', string>;
  commentLabel: string;
  commentTooLong: (max: number) => string;
  submit: string;
  errorTitlePrefix: string;
  thanksTitle: string;
  thanksHeading: string;
  thanksText: string;
  changeLink: string;
}

export const EXIT_PAGE_TEXTS: Readonly<Record<'pl' | 'en', ExitPageTexts>> = {
  pl: {
    title: 'Dlaczego odchodzisz?',
    heading: 'Przykro nam, że odchodzisz',
    intro: 'Powiedz nam, proszę, dlaczego. Zajmie to minutę, a Twoja odpowiedź trafi do osób, które mogą to zmienić.',
    primaryLegend: 'Jaki jest główny powód rezygnacji?',
    primaryMissing: 'Wybierz główny powód.',
    secondaryLegend: 'Inne powody (opcjonalnie)',
    destinationLegend: 'Co dalej?',
    destinations: { competitor: 'Przechodzę do innej firmy', no_replacement: 'Nie zastąpię tej usługi', not_sure: 'Jeszcze nie wiem' },
    destinationNeeded: 'Podając nazwę firmy, zaznacz „Przechodzę do innej firmy”.',
    competitorLabel: 'Do jakiej firmy? (opcjonalnie)',
    competitorTooLong: 'Nazwa może mieć najwyżej 200 znaków.',
    returnLegend: 'Czy możesz do nas wrócić?',
    mightReturn: { yes: 'Tak', maybe: 'Może', no: 'Nie' },
    commentLabel: 'Co moglibyśmy zrobić lepiej? (opcjonalnie)',
    commentTooLong: (max) => `Komentarz może mieć najwyżej ${max} znaków.`,
    submit: 'Wyślij',
    errorTitlePrefix: 'Błąd: ',
    thanksTitle: 'Dziękujemy',
    thanksHeading: 'Dziękujemy za odpowiedź',
    thanksText: 'Przeczytamy ją uważnie. Jeśli zmienisz zdanie, zawsze możesz do nas wrócić.',
    changeLink: 'Zmień odpowiedź',
  },
  en: {
    title: 'Why are you leaving?',
    heading: 'We are sorry to see you go',
    intro: 'Please tell us why. It takes a minute, and your answer reaches the people who can change things.',
    primaryLegend: 'What is the main reason you are leaving?',
    primaryMissing: 'Choose the main reason.',
    secondaryLegend: 'Other reasons (optional)',
    destinationLegend: 'What next?',
    destinations: { competitor: 'I am moving to another company', no_replacement: 'I will not replace this service', not_sure: 'Not sure yet' },
    destinationNeeded: 'To name a company, choose "I am moving to another company".',
    competitorLabel: 'Which company? (optional)',
    competitorTooLong: 'The name can be at most 200 characters long.',
    returnLegend: 'Might you come back?',
    mightReturn: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
    commentLabel: 'What could we have done better? (optional)',
    commentTooLong: (max) => `The comment can be at most ${max} characters long.`,
    submit: 'Send',
    errorTitlePrefix: 'Error: ',
    thanksTitle: 'Thank you',
    thanksHeading: 'Thank you for your answer',
    thanksText: 'We will read it carefully. Should you change your mind, you are always welcome back.',
    changeLink: 'Change your answer',
  },
};
