/**
 * Survey comments of the demo company, written for the demo (not the
 * classifier's training rows, nor the catalogue's example phrases, so the
 * demo shows the model on text it has not learnt). Each theme has phrases per
 * locale with slots ({days}, {city}…) filled at random, and a comment may
 * join two themes or wrap one in an opener and a closer, so the same phrase
 * rarely appears twice in the same words.
 */

export type DemoLocale = 'pl' | 'en';
type Phrases = Record<DemoLocale, string[]>;

/** Complaint and praise phrases per theme key of libs/themes/seed/theme-catalogue.ts. */
export const THEME_PHRASES: Record<string, Phrases> = {
  late_delivery: {
    pl: [
      'zamówienie dotarło {days} dni po obiecanym terminie',
      'czekałam na przesyłkę do {weekday}, choć w potwierdzeniu był termin dwudniowy',
      'kurier dowiózł paczkę dopiero po {days} dniach, a płaciłem za ekspres',
      'termin dostawy przesuwano {times} razy i nikt nie wyjaśnił dlaczego',
      'przesyłka utknęła w magazynie w {city} na prawie tydzień',
      'dostawa spóźniona, prezent nie zdążył na urodziny',
    ],
    en: [
      'the order turned up {days} days after the promised date',
      'I waited until {weekdayEn} for a parcel that was meant to take two days',
      'paid for express shipping and it still took {days} days to arrive',
      'the delivery slot was moved {timesEn} times with no explanation',
      'my parcel sat in the depot for almost a week before anyone moved it',
      'delivery came late, the gift missed the birthday',
    ],
  },
  damaged_parcel: {
    pl: [
      'karton przyszedł wgnieciony, a w środku {product} z pękniętą obudową',
      'paczka była przemoczona i rozerwana z boku',
      'połowa zawartości była potłuczona, widać że ktoś rzucał paczką',
      'przesyłka dotarła uszkodzona, folia porwana, produkt porysowany',
      'opakowanie zgniecione jakby ktoś na nim stał',
    ],
    en: [
      'the box was dented and the {productEn} inside had a cracked case',
      'the parcel arrived soaking wet and split along one side',
      'half of the contents were broken, it had clearly been thrown around',
      'it came damaged: torn wrapping and scratches all over the item',
      'the packaging was crushed as if someone had stood on it',
    ],
  },
  lost_parcel: {
    pl: [
      'śledzenie pokazuje doręczenie, a paczki nigdy nie dostałem',
      'przesyłka zaginęła gdzieś między sortownią a moim domem',
      'od {days} dni status się nie zmienia i nikt nie wie, gdzie jest paczka',
      'paczka nie doszła wcale, musiałem zamawiać drugi raz',
      'kurier twierdzi, że zostawił przesyłkę u sąsiada, ale nikt jej nie ma',
    ],
    en: [
      'tracking says delivered but the parcel never reached me',
      'the package vanished somewhere between the sorting centre and my door',
      'the status has not changed for {days} days and nobody knows where my order is',
      'it simply never arrived, I had to order a second time',
      'the driver claims a neighbour took it in, none of them did',
    ],
  },
  courier_behaviour: {
    pl: [
      'kurier był opryskliwy i rzucił paczką na wycieraczkę',
      'dostawca nawet nie zadzwonił domofonem, tylko zostawił awizo',
      'kurier zostawił przesyłkę przy śmietniku bez mojej zgody',
      'pan kurier krzyczał na mnie, że ma mało czasu',
      'kurier przerzucił karton przez płot',
    ],
    en: [
      'the courier was rude and tossed the box onto the doormat',
      'the driver did not even ring the bell, just left a card',
      'the parcel was left next to the bins without my permission',
      'the delivery man shouted at me that he was in a hurry',
      'the courier threw the box over my garden fence',
    ],
  },
  wrong_item: {
    pl: [
      'zamiast {productGen} w paczce był zupełnie inny model',
      'dostałam rozmiar M, a zamawiałam L',
      'kolor zupełnie inny niż na zamówieniu',
      'brakowało ładowarki, choć była w zestawie na zamówieniu',
      'przysłali dwie sztuki tego samego zamiast dwóch różnych produktów',
    ],
    en: [
      'instead of the {productEn} I got a completely different model',
      'I ordered a large and received a medium',
      'the colour was not the one I ordered',
      'the charger was missing although it was part of the bundle',
      'they sent two of the same thing instead of the two items I ordered',
    ],
  },
  long_wait: {
    pl: [
      'na infolinii czekałem {minutes} minut zanim ktoś odebrał',
      'w kolejce na czacie spędziłam ponad {minutes} minut',
      'linia ciągle zajęta, dodzwoniłem się za {nthBy} razem',
      'czekanie na konsultanta trwało w nieskończoność',
      'w oddziale stałam w kolejce prawie godzinę',
    ],
    en: [
      'I was on hold for {minutes} minutes before anyone picked up',
      'spent over {minutes} minutes in the chat queue',
      'the line was busy every time, only got through on attempt {timesEn}',
      'the wait for an agent felt endless',
      'queued in the branch for nearly an hour',
    ],
  },
  unhelpful_agent: {
    pl: [
      'konsultant nie znał odpowiedzi na żadne moje pytanie',
      'pani przez telefon była nieuprzejma i mnie zbyła',
      'rozmowa z konsultantem nic nie wniosła, czytał formułki',
      'pracownik w oddziale był wyraźnie zirytowany moimi pytaniami',
      'na czacie dostawałam gotowce niezwiązane z moją sprawą',
    ],
    en: [
      'the agent could not answer a single one of my questions',
      'the woman on the phone was impolite and brushed me off',
      'talking to the agent achieved nothing, he just read from a script',
      'the branch employee was clearly annoyed by my questions',
      'the chat kept sending canned replies unrelated to my issue',
    ],
  },
  not_resolved: {
    pl: [
      'sprawa nadal nie jest załatwiona, mimo obietnic',
      'zgłoszenie zamknięto, choć problem dalej występuje',
      'nikt nie rozwiązał mojego problemu, odbijam się od ściany',
      'obiecano oddzwonić z rozwiązaniem i cisza',
      'po {days} dniach wciąż nie mam rozwiązania reklamacji',
    ],
    en: [
      'my issue is still not sorted despite all the promises',
      'the ticket was closed although the problem is still there',
      'nobody actually fixed anything, I keep hitting a wall',
      'they promised to call back with a fix and then nothing',
      'after {days} days my complaint is still unresolved',
    ],
  },
  had_to_repeat: {
    pl: [
      'każdemu kolejnemu konsultantowi musiałem opowiadać wszystko od nowa',
      'dzwoniłam już {nth} raz w tej samej sprawie',
      'znów musiałem podawać numer zamówienia i tłumaczyć problem od początku',
      'przełączano mnie między działami i za każdym razem od zera',
    ],
    en: [
      'I had to explain everything again to every new agent',
      'this is call number {timesEn} about the same problem',
      'once more I had to give my order number and start from scratch',
      'I was passed between departments and each time started from zero',
    ],
  },
  no_reply: {
    pl: [
      'na maila z reklamacją nikt nie odpisał od {days} dni',
      'wysłałam formularz kontaktowy i zero odpowiedzi',
      'pisałem dwa razy i żadnej reakcji z waszej strony',
      'wiadomość na Facebooku została bez odpowiedzi',
    ],
    en: [
      'nobody has answered my complaint email for {days} days',
      'I sent the contact form and never heard back',
      'wrote to you twice and got no reaction at all',
      'my message on Facebook was simply ignored',
    ],
  },
  invoice_error: {
    pl: [
      'na fakturze jest zły NIP i błędna nazwa firmy',
      'faktura wystawiona na złą kwotę',
      'dostałem fakturę za usługę, której nie zamawiałem w tym miesiącu',
      'korekta faktury przyszła z kolejnym błędem',
      'w fakturze pomylono adres i trzeba było wszystko poprawiać',
    ],
    en: [
      'the invoice shows the wrong VAT number and company name',
      'the invoice amount is simply wrong',
      'I was invoiced for a service I did not order this month',
      'the corrected invoice came with yet another mistake',
      'the billing address on the invoice was wrong and had to be redone',
    ],
  },
  unexpected_charge: {
    pl: [
      'z konta zeszło {amount} zł bez żadnej informacji',
      'pobrano opłatę dwa razy za ten sam miesiąc',
      'nagle doliczono opłatę serwisową, o której nikt nie mówił',
      'po promocji abonament podrożał bez uprzedzenia',
      'obciążono moją kartę, choć zrezygnowałam z usługi',
    ],
    en: [
      'you took {amountEn} from my account with no warning',
      'I was charged twice for the same month',
      'a service fee suddenly appeared that nobody mentioned',
      'after the promotion the subscription went up without notice',
      'my card was charged even though I had cancelled',
    ],
  },
  refund: {
    pl: [
      'zwrot pieniędzy za odesłany towar czekam już {days} dni',
      'obiecano zwrot w 3 dni robocze, a środków dalej brak',
      'zwrot przyszedł niepełny, brakuje kosztów wysyłki',
      'odesłałem produkt miesiąc temu i nadal nie mam pieniędzy',
    ],
    en: [
      'I have been waiting {days} days for the refund on my return',
      'the refund was promised within 3 working days and still nothing',
      'the refund was short, shipping costs were not included',
      'sent the item back a month ago and still no money',
    ],
  },
  product_defect: {
    pl: [
      '{product} przestał działać po dwóch tygodniach',
      'urządzenie się przegrzewa i samo wyłącza',
      'zamek w kurtce rozpruł się po pierwszym praniu',
      'bateria trzyma ledwie pół dnia, to jakaś wada',
      'produkt trzeszczy i chwieje się, jakość fatalna',
    ],
    en: [
      'the {productEn} stopped working after two weeks',
      'the device overheats and switches itself off',
      'the zip on the jacket came apart after the first wash',
      'the battery barely lasts half a day, it must be faulty',
      'it creaks and wobbles, the build quality is awful',
    ],
  },
  missing_feature: {
    pl: [
      'brakuje mi możliwości eksportu danych do pliku',
      'szkoda, że nie da się ustawić dostawy na konkretną godzinę',
      'przydałaby się opcja podziału płatności na raty',
      'w pakiecie nie ma funkcji, którą miała konkurencja',
      'chciałbym móc zapisać kilka adresów dostawy',
    ],
    en: [
      'I miss a way to export my data to a file',
      'a pity you cannot choose an exact delivery hour',
      'an option to pay in instalments would help a lot',
      'the package lacks a feature the competitor already has',
      'I would like to save more than one delivery address',
    ],
  },
  price_too_high: {
    pl: [
      'za drogo, u konkurencji ten sam pakiet jest o połowę tańszy',
      'abonament jest zdecydowanie za drogi, przepłacam',
      'kolejna podwyżka ceny, tym razem o {percent}%, przestało się opłacać',
      'cena nieadekwatna do jakości, stanowczo za wysoka',
    ],
    en: [
      'way overpriced, the competition charges half as much',
      'the subscription is far too expensive, I am overpaying',
      'yet another price rise, {percent}% this time, it is no longer worth it',
      'too expensive for the quality you get',
    ],
  },
  website_app: {
    pl: [
      'aplikacja wylogowuje mnie przy każdym otwarciu',
      'strona zawiesza się przy płatności kartą',
      'w aplikacji nie działa logowanie odciskiem palca',
      'koszyk na stronie sam się czyści po odświeżeniu',
      'aplikacja na Androida ciągle się zamyka',
    ],
    en: [
      'the app logs me out every time I open it',
      'the website freezes at the card payment step',
      'fingerprint login in the app does not work',
      'the basket on the site empties itself when I refresh',
      'the Android app keeps crashing',
    ],
  },
  praise_delivery: {
    pl: [
      'paczka przyszła już następnego dnia rano',
      'kurier bardzo miły, zadzwonił wcześniej i przyjechał punktualnie',
      'przesyłka świetnie zapakowana, wszystko całe',
      'dostawa ekspresowa, jestem pod wrażeniem',
    ],
    en: [
      'the parcel arrived the very next morning',
      'lovely courier, called ahead and came right on time',
      'beautifully packed, everything arrived intact',
      'super fast delivery, really impressed',
    ],
  },
  praise_service: {
    pl: [
      'pani {agentPl} załatwiła wszystko w kilka minut',
      'konsultant cierpliwie wszystko wytłumaczył',
      'bardzo sprawna i życzliwa obsługa',
      'szybko odpowiedzieliście na maila i problem zniknął',
    ],
    en: [
      '{agentEn} sorted everything out in a few minutes',
      'the agent patiently explained everything',
      'very efficient and friendly service',
      'you answered my email quickly and the problem went away',
    ],
  },
  praise_product: {
    pl: [
      '{product} sprawuje się znakomicie, polecam ten produkt',
      'jakość produktu przerosła moje oczekiwania',
      'bardzo solidne wykonanie, warto było',
      'korzystam codziennie i jestem zachwycona',
    ],
    en: [
      'the {productEn} works brilliantly, highly recommend',
      'the quality exceeded my expectations',
      'really solid build, worth every penny',
      'I use it every day and love it',
    ],
  },
};

/** Comments that name no theme: "ok", "no comments" and the like. */
export const NEUTRAL_PHRASES: Phrases = {
  pl: ['wszystko w porządku', 'bez uwag', 'ok', 'jest w miarę dobrze', 'nic szczególnego', 'raczej poprawnie', 'w sumie bez zastrzeżeń'],
  en: ['all fine', 'nothing to add', 'ok', 'it was alright', 'nothing special', 'fairly decent overall', 'no complaints really'],
};

const OPENERS: Record<'unhappy' | 'mixed' | 'happy', Phrases> = {
  unhappy: {
    pl: ['', '', 'Niestety', 'Szczerze mówiąc', 'Jestem rozczarowany:', 'Słabo,', 'Dramat,', 'Nie polecam,'],
    en: ['', '', 'Unfortunately', 'Honestly,', 'Very disappointed:', 'Poor,', 'Not good,', 'Frustrating,'],
  },
  mixed: {
    pl: ['', 'Ogólnie ok, ale', 'Mogło być lepiej,', 'Nie jest źle, tylko', 'Raczej dobrze, jednak'],
    en: ['', 'Mostly fine, but', 'Could be better,', 'Not bad, only', 'Generally good, however'],
  },
  happy: {
    pl: ['', '', 'Super!', 'Dziękuję,', 'Wszystko świetnie,', 'Brawo,'],
    en: ['', '', 'Great!', 'Thanks,', 'All good,', 'Well done,'],
  },
};

const CLOSERS: Record<'unhappy' | 'mixed' | 'happy', Phrases> = {
  unhappy: {
    pl: ['', '', 'Proszę o kontakt.', 'Zastanawiam się nad rezygnacją.', 'Tak nie powinno być.', 'Liczę na szybką reakcję.'],
    en: ['', '', 'Please get in touch.', 'Thinking about leaving.', 'This should not happen.', 'Hoping for a quick fix.'],
  },
  mixed: {
    pl: ['', '', 'Poza tym w porządku.', 'Reszta bez zarzutu.'],
    en: ['', '', 'Otherwise fine.', 'The rest was okay.'],
  },
  happy: {
    pl: ['', '', 'Polecam!', 'Dziękuję bardzo.', 'Tak trzymać!'],
    en: ['', '', 'Recommended!', 'Many thanks.', 'Keep it up!'],
  },
};

const CONNECTORS: Phrases = { pl: [', a do tego', ', poza tym', '. Do tego', ', a na dodatek'], en: [', and on top of that', ', also', '. Plus', ', and'] };

const SLOTS: Record<string, string[]> = {
  days: ['3', '4', '5', '6', '8', '10', '12'],
  times: ['trzy', 'cztery', 'pięć'],
  timesEn: ['3', '4', '5'],
  nth: ['trzeci', 'czwarty', 'piąty'],
  nthBy: ['trzecim', 'czwartym', 'piątym'],
  weekday: ['piątku', 'soboty', 'poniedziałku', 'środy'],
  weekdayEn: ['Friday', 'Saturday', 'Monday', 'Wednesday'],
  city: ['Strykowie', 'Poznaniu', 'Wrocławiu', 'Sosnowcu', 'Gdańsku'],
  minutes: ['25', '35', '40', '50', '70'],
  amount: ['49,99', '89', '120', '19,90', '249'],
  amountEn: ['£12', 'PLN 89', '€20', 'PLN 49.99'],
  percent: ['15', '20', '25', '30'],
  product: ['router', 'czajnik', 'odkurzacz', 'zegarek', 'ekspres do kawy', 'telefon'],
  productGen: ['routera', 'czajnika', 'odkurzacza', 'zegarka', 'ekspresu do kawy', 'telefonu'],
  productEn: ['headphones', 'router', 'kettle', 'vacuum cleaner', 'watch', 'coffee machine'],
  agentPl: ['Kasia', 'Magda', 'Ania', 'Ewa'],
  agentEn: ['Tom', 'Sarah', 'Kasia', 'Mark'],
};

export type Mood = 'unhappy' | 'mixed' | 'happy';

/** One comment: the themes meant (the classifier decides what is found) and the text. */
export function writeComment(random: () => number, locale: DemoLocale, mood: Mood, themeKeys: string[]): string {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const fill = (phrase: string) =>
    phrase.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const values = SLOTS[slot];
      if (!values) throw new Error(`demo comment slot {${slot}} has no values`);
      return pick(values);
    });
  const parts = themeKeys.length
    ? themeKeys.map((k) => fill(pick(THEME_PHRASES[k][locale])))
    : [pick(NEUTRAL_PHRASES[locale])];
  let body = parts[0];
  for (const next of parts.slice(1)) body += `${pick(CONNECTORS[locale])} ${next}`;
  const opener = pick(OPENERS[mood][locale]);
  const closer = pick(CLOSERS[mood][locale]);
  let text = opener ? `${opener} ${body}` : capitalise(body);
  text = /[.!?]$/.test(text) ? text : `${text}${mood === 'happy' && random() < 0.4 ? '!' : '.'}`;
  if (closer) text += ` ${closer}`;
  // Some people type in a hurry: no capitals, no full stop.
  if (random() < 0.12) text = text.toLowerCase().replace(/[.!]+$/, '');
  return text;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The themes whose phrases a demo comment was written from (for checks: the classifier decides what routing sees). */
export function themesWrittenIn(comment: string): string[] {
  const text = comment.toLowerCase();
  return Object.entries(THEME_PHRASES)
    .filter(([, phrases]) => [...phrases.pl, ...phrases.en].some((p) => phraseRegExp(p).test(text)))
    .map(([key]) => key);
}

function phraseRegExp(phrase: string): RegExp {
  const escaped = phrase.toLowerCase().replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\?\{\w+\\?\}|\{\w+\}/g, '.+?'));
}
