import { foldText } from '@feedloop/themes/classifier/text-folding';

/** Names, addresses and teams of the demo company: Polish mostly, some English-speaking customers. */

const PL_FEMALE = ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Magdalena', 'Joanna', 'Aleksandra', 'Zofia', 'Monika', 'Natalia', 'Julia', 'Karolina', 'Marta', 'Beata', 'Dorota', 'Paulina', 'Weronika', 'Alicja', 'Justyna', 'Iwona', 'Hanna'];
const PL_MALE = ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Jan', 'Michał', 'Marcin', 'Jakub', 'Adam', 'Łukasz', 'Grzegorz', 'Mateusz', 'Wojciech', 'Mariusz', 'Dariusz', 'Rafał', 'Kamil', 'Bartosz', 'Szymon', 'Maciej', 'Sebastian', 'Damian', 'Jerzy', 'Stanisław'];
/** Masculine form; the feminine one is derived (-ski → -ska) or the same. */
const PL_SURNAMES = ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Wojciechowski', 'Kwiatkowski', 'Krawczyk', 'Kaczmarek', 'Piotrowski', 'Grabowski', 'Zając', 'Pawłowski', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowakowski', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski', 'Jaworski', 'Adamczyk', 'Dudek', 'Nowicki', 'Pawlak', 'Górski', 'Witkowski', 'Walczak'];
const EN_FIRST = ['Oliver', 'George', 'Harry', 'Jack', 'James', 'Emily', 'Olivia', 'Amelia', 'Sophie', 'Grace', 'Thomas', 'Daniel', 'Charlotte', 'Lucy', 'Hannah', 'William', 'Chloe', 'Samuel', 'Ella', 'Joseph'];
const EN_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke'];
/** Reserved for examples (RFC 2606): nothing sent to them reaches anyone. */
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];

export interface DemoPerson {
  name: string;
  email: string;
  phone: string;
}

type Pick = <T>(items: readonly T[]) => T;

export function polishPerson(pick: Pick, random: () => number, n: number): DemoPerson {
  const female = random() < 0.52;
  const first = pick(female ? PL_FEMALE : PL_MALE);
  const surname = pick(PL_SURNAMES);
  const last = female ? surname.replace(/ski$/, 'ska').replace(/cki$/, 'cka') : surname;
  return { name: `${first} ${last}`, email: emailOf(first, last, n, pick), phone: polishMobile(random) };
}

export function englishPerson(pick: Pick, random: () => number, n: number): DemoPerson {
  const first = pick(EN_FIRST);
  const last = pick(EN_LAST);
  // English speakers in Poland mostly have Polish numbers; some kept a UK one.
  const phone = random() < 0.6 ? polishMobile(random) : `+447${digits(random, 9)}`;
  return { name: `${first} ${last}`, email: emailOf(first, last, n, pick), phone };
}

function emailOf(first: string, last: string, n: number, pick: Pick): string {
  const local = foldText(`${first}.${last}${n}`);
  return `${local}@${pick(EMAIL_DOMAINS)}`;
}

/** Polish mobile numbers in E.164, as the customers API stores them. */
function polishMobile(random: () => number): string {
  const prefix = ['50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88'][Math.floor(random() * 11)];
  return `+48${prefix}${digits(random, 7)}`;
}

function digits(random: () => number, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += Math.floor(random() * 10);
  return s;
}

/** Contact centre teams by the channel they answer, each with its agents. */
export const TEAMS: Record<string, Array<{ team: string; agents: string[] }>> = {
  phone: [
    { team: 'Infolinia Warszawa', agents: ['Marta Z.', 'Kamil B.', 'Ola P.', 'Robert K.', 'Ewelina S.'] },
    { team: 'Infolinia Gdańsk', agents: ['Tomek W.', 'Iza M.', 'Paweł D.', 'Sandra L.'] },
  ],
  email: [{ team: 'Reklamacje', agents: ['Joanna R.', 'Michał T.', 'Agata N.'] }],
  chat: [{ team: 'Czat', agents: ['Kasia J.', 'Bartek O.', 'Natalia W.', 'Sara H.'] }],
  social: [{ team: 'Social media', agents: ['Filip G.', 'Emma C.'] }],
  branch: [
    { team: 'Oddział Kraków', agents: ['Halina F.', 'Marek S.'] },
    { team: 'Oddział Poznań', agents: ['Jolanta K.', 'Adrian P.'] },
  ],
  app: [{ team: 'Wsparcie aplikacji', agents: ['Igor L.', 'Daria M.'] }],
};

/** How contacts spread over channels. */
export const CHANNEL_WEIGHTS: Array<[string, number]> = [
  ['phone', 0.36],
  ['email', 0.2],
  ['chat', 0.2],
  ['app', 0.1],
  ['branch', 0.08],
  ['social', 0.06],
];
