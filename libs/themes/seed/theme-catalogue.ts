/**
 * Seeded theme catalogue (issue 9). Admins can edit names, descriptions and examples later;
 * the keys are stable and used by the API, routing rules and the shipped classifier.
 */
export type ThemeKind = 'complaint' | 'praise';

export interface ThemeSeed {
  key: string;
  kind: ThemeKind;
  department: string;
  name: { pl: string; en: string };
  description: { pl: string; en: string };
  examples: { pl: string[]; en: string[] };
}

export const DIGITAL_DEPARTMENT = { key: 'digital', name: 'Digital' };

export const THEME_CATALOGUE: ThemeSeed[] = [
  // logistics
  {
    key: 'late_delivery',
    kind: 'complaint',
    department: 'logistics',
    name: { pl: 'Opóźniona dostawa', en: 'Late delivery' },
    description: {
      pl: 'Przesyłka dotarła później niż obiecano albo termin dostawy był wielokrotnie przesuwany.',
      en: 'The order arrived later than promised or the delivery date kept being pushed back.',
    },
    examples: {
      pl: ['Paczka przyszła tydzień po terminie', 'Kurier się spóźnił o trzy dni', 'Dostawa miała być na wtorek, a jest piątek'],
      en: ['Parcel arrived a week late', 'The delivery date kept slipping', 'Promised next day, took five days'],
    },
  },
  {
    key: 'damaged_parcel',
    kind: 'complaint',
    department: 'logistics',
    name: { pl: 'Uszkodzona przesyłka', en: 'Damaged parcel' },
    description: {
      pl: 'Paczka lub jej zawartość została uszkodzona w transporcie.',
      en: 'The parcel or its contents were damaged in transit.',
    },
    examples: {
      pl: ['Karton był zgnieciony i mokry', 'Towar przyszedł potłuczony', 'Paczka rozerwana, część rzeczy wypadła'],
      en: ['Box arrived crushed', 'The glass was smashed in the parcel', 'Package was soaked and torn open'],
    },
  },
  {
    key: 'lost_parcel',
    kind: 'complaint',
    department: 'logistics',
    name: { pl: 'Zaginiona przesyłka', en: 'Lost parcel' },
    description: {
      pl: 'Przesyłka nie dotarła do klienta, zaginęła albo status pokazuje doręczenie, którego nie było.',
      en: 'The parcel never arrived, went missing, or tracking shows a delivery that did not happen.',
    },
    examples: {
      pl: ['Paczka nie dotarła do dziś', 'Status: doręczono, a paczki nie ma', 'Przesyłka zaginęła w sortowni'],
      en: ['My parcel never arrived', 'Tracking says delivered but nothing came', 'The package got lost somewhere in the depot'],
    },
  },
  {
    key: 'courier_behaviour',
    kind: 'complaint',
    department: 'logistics',
    name: { pl: 'Zachowanie kuriera', en: 'Courier behaviour' },
    description: {
      pl: 'Kurier był niegrzeczny, zostawił paczkę bez pytania albo nie próbował doręczyć przesyłki.',
      en: 'The courier was rude, left the parcel without asking, or did not really try to deliver.',
    },
    examples: {
      pl: ['Kurier był chamski', 'Zostawił paczkę pod drzwiami bez pytania', 'Awizo w skrzynce, a byłem cały dzień w domu'],
      en: ['The driver was rude to me', 'Parcel thrown over the fence', 'Left a missed-delivery card without even knocking'],
    },
  },
  {
    key: 'wrong_item',
    kind: 'complaint',
    department: 'logistics',
    name: { pl: 'Niewłaściwy towar', en: 'Wrong item' },
    description: {
      pl: 'Klient dostał inny produkt, rozmiar, kolor lub niepełne zamówienie.',
      en: 'The customer received a different product, size or colour, or an incomplete order.',
    },
    examples: {
      pl: ['Przyszedł zły rozmiar', 'Zamówiłam czarną, dostałam niebieską', 'W paczce brakowało jednej rzeczy'],
      en: ['Sent the wrong size', 'I ordered black and got blue', 'One item was missing from the box'],
    },
  },
  // customer_service
  {
    key: 'long_wait',
    kind: 'complaint',
    department: 'customer_service',
    name: { pl: 'Długie oczekiwanie', en: 'Long wait' },
    description: {
      pl: 'Klient długo czekał na połączenie z konsultantem, na czacie lub w kolejce.',
      en: 'The customer waited a long time on hold, in the chat queue or in line.',
    },
    examples: {
      pl: ['Czekałem 40 minut na infolinii', 'Kolejka na czacie trwała wieczność', 'Długo wisiałam na linii'],
      en: ['Held for 40 minutes before anyone answered', 'The chat queue took forever', 'Waited ages to reach anyone'],
    },
  },
  {
    key: 'unhelpful_agent',
    kind: 'complaint',
    department: 'customer_service',
    name: { pl: 'Niepomocny konsultant', en: 'Unhelpful agent' },
    description: {
      pl: 'Konsultant był niekompetentny, nieuprzejmy albo nie chciał pomóc.',
      en: 'The agent was incompetent, impolite or unwilling to help.',
    },
    examples: {
      pl: ['Konsultant nic nie wiedział', 'Pani na infolinii była niemiła', 'Odpowiedzi jak z automatu, zero pomocy'],
      en: ['The agent had no idea what he was doing', 'Staff member was dismissive', 'Scripted answers, no real help'],
    },
  },
  {
    key: 'not_resolved',
    kind: 'complaint',
    department: 'customer_service',
    name: { pl: 'Sprawa nierozwiązana', en: 'Issue not resolved' },
    description: {
      pl: 'Zgłoszenie lub reklamacja nie zostały załatwione mimo kontaktu.',
      en: 'The request or complaint was not sorted out despite contacting the company.',
    },
    examples: {
      pl: ['Problem nadal nie jest rozwiązany', 'Reklamacja wisi od miesiąca', 'Obiecali, że załatwią, i nic'],
      en: ['Still not fixed', 'My complaint has been open for a month', 'They promised to sort it out and never did'],
    },
  },
  {
    key: 'had_to_repeat',
    kind: 'complaint',
    department: 'customer_service',
    name: { pl: 'Powtarzanie sprawy', en: 'Had to repeat myself' },
    description: {
      pl: 'Klient musiał wielokrotnie tłumaczyć to samo kolejnym konsultantom.',
      en: 'The customer had to explain the same issue again to several agents.',
    },
    examples: {
      pl: ['Każdemu konsultantowi musiałem mówić od nowa', 'Przełączali mnie i za każdym razem to samo', 'Trzeci raz podaję numer zamówienia'],
      en: ['Had to explain everything again to each agent', 'Transferred three times and started from scratch', 'Nobody reads the notes, I keep repeating myself'],
    },
  },
  {
    key: 'no_reply',
    kind: 'complaint',
    department: 'customer_service',
    name: { pl: 'Brak odpowiedzi', en: 'No reply' },
    description: {
      pl: 'Firma lub sprzedawca nie odpowiada na wiadomości, e-maile ani nie oddzwania.',
      en: 'The company or seller does not answer messages or e-mails, or never calls back.',
    },
    examples: {
      pl: ['Nikt nie odpisuje na maile', 'Sprzedawca milczy od tygodnia', 'Mieli oddzwonić i nie oddzwonili'],
      en: ['No answer to my emails', 'Seller has ignored my messages for a week', 'Promised a call back that never came'],
    },
  },
  // billing
  {
    key: 'invoice_error',
    kind: 'complaint',
    department: 'billing',
    name: { pl: 'Błąd na fakturze', en: 'Invoice error' },
    description: {
      pl: 'Faktura ma błędne dane, złą kwotę albo klient w ogóle jej nie dostał.',
      en: 'The invoice has wrong details or amounts, or the customer never received one.',
    },
    examples: {
      pl: ['Zły NIP na fakturze', 'Nie dostałem faktury do zamówienia', 'Kwota na fakturze się nie zgadza'],
      en: ['Wrong company name on the invoice', 'Never received an invoice', 'The amount on the bill is wrong'],
    },
  },
  {
    key: 'unexpected_charge',
    kind: 'complaint',
    department: 'billing',
    name: { pl: 'Nieoczekiwana opłata', en: 'Unexpected charge' },
    description: {
      pl: 'Klient został obciążony podwójnie, za coś, czego nie zamawiał, lub dodatkową opłatą.',
      en: 'The customer was charged twice, for something not ordered, or with an extra fee.',
    },
    examples: {
      pl: ['Pobrali pieniądze dwa razy', 'Dodatkowa opłata, o której nikt nie mówił', 'Obciążyli mnie za usługę, której nie zamawiałem'],
      en: ['I was charged twice', 'Hidden fee on my bill', 'Charged for a service I never ordered'],
    },
  },
  {
    key: 'refund',
    kind: 'complaint',
    department: 'billing',
    name: { pl: 'Zwrot pieniędzy', en: 'Refund' },
    description: {
      pl: 'Klient nie otrzymał zwrotu pieniędzy albo zwrot trwa zbyt długo.',
      en: 'The customer has not got their money back or the refund is taking too long.',
    },
    examples: {
      pl: ['Nadal czekam na zwrot pieniędzy', 'Towar odesłany, kasy brak', 'Zwrot miał być w 14 dni, minął miesiąc'],
      en: ['Still waiting for my refund', 'Returned the item, no money back', 'Refund promised in 5 days, it has been a month'],
    },
  },
  // product
  {
    key: 'product_defect',
    kind: 'complaint',
    department: 'product',
    name: { pl: 'Wada produktu', en: 'Product defect' },
    description: {
      pl: 'Produkt jest wadliwy, zepsuł się szybko albo nie działa tak, jak powinien.',
      en: 'The product is faulty, broke quickly or does not work as it should.',
    },
    examples: {
      pl: ['Zepsuło się po tygodniu', 'Nie włącza się od nowości', 'Szew puścił po pierwszym praniu'],
      en: ['Stopped working after a week', 'Dead on arrival', 'The zip broke the first time I used it'],
    },
  },
  {
    key: 'missing_feature',
    kind: 'complaint',
    department: 'product',
    name: { pl: 'Brakująca funkcja', en: 'Missing feature' },
    description: {
      pl: 'Klientowi brakuje funkcji, opcji lub wariantu produktu albo usługi.',
      en: 'The customer misses a feature, option or variant of the product or service.',
    },
    examples: {
      pl: ['Brakuje trybu ciemnego', 'Szkoda, że nie ma większego rozmiaru', 'Przydałaby się opcja płatności BLIK'],
      en: ['Would love a dark mode', 'No option to export my data', 'Please add a larger size'],
    },
  },
  {
    key: 'price_too_high',
    kind: 'complaint',
    department: 'product',
    name: { pl: 'Za wysoka cena', en: 'Price too high' },
    description: {
      pl: 'Klient uważa, że cena produktu, usługi lub abonamentu jest zbyt wysoka.',
      en: 'The customer thinks the price of the product, service or plan is too high.',
    },
    examples: {
      pl: ['Za drogo w porównaniu z konkurencją', 'Abonament znowu podrożał', 'Cena nieadekwatna do jakości'],
      en: ['Way too expensive', 'Competitors are much cheaper', 'Another price rise on my plan'],
    },
  },
  // digital
  {
    key: 'website_app',
    kind: 'complaint',
    department: 'digital',
    name: { pl: 'Strona i aplikacja', en: 'Website and app' },
    description: {
      pl: 'Błędy strony internetowej lub aplikacji: logowanie, płatność, zawieszanie się, nieczytelny interfejs.',
      en: 'Problems with the website or app: logging in, payment, crashes, a confusing interface.',
    },
    examples: {
      pl: ['Nie mogę się zalogować do aplikacji', 'Strona płatności się wysypuje', 'Aplikacja ciągle się zawiesza'],
      en: ['Cannot log in to the app', 'Checkout page keeps crashing', 'The website is slow and confusing'],
    },
  },
  // praise
  {
    key: 'praise_delivery',
    kind: 'praise',
    department: 'logistics',
    name: { pl: 'Pochwała dostawy', en: 'Delivery praise' },
    description: {
      pl: 'Klient chwali szybką lub sprawną dostawę albo miłego kuriera.',
      en: 'The customer praises a fast or smooth delivery or a friendly courier.',
    },
    examples: {
      pl: ['Paczka była następnego dnia', 'Bardzo miły kurier', 'Dostawa szybciej niż się spodziewałem'],
      en: ['Arrived next day, brilliant', 'Lovely friendly driver', 'Faster delivery than expected'],
    },
  },
  {
    key: 'praise_service',
    kind: 'praise',
    department: 'customer_service',
    name: { pl: 'Pochwała obsługi', en: 'Service praise' },
    description: {
      pl: 'Klient chwali konsultanta lub obsługę klienta.',
      en: 'The customer praises an agent or the customer service team.',
    },
    examples: {
      pl: ['Pani na infolinii bardzo pomocna', 'Sprawa załatwiona od ręki', 'Profesjonalna i miła obsługa'],
      en: ['The agent was really helpful', 'Sorted out in one call', 'Friendly and professional support'],
    },
  },
  {
    key: 'praise_product',
    kind: 'praise',
    department: 'product',
    name: { pl: 'Pochwała produktu', en: 'Product praise' },
    description: {
      pl: 'Klient chwali jakość, działanie lub cenę produktu.',
      en: 'The customer praises the quality, performance or value of the product.',
    },
    examples: {
      pl: ['Świetna jakość', 'Produkt zgodny z opisem, polecam', 'Działa bez zarzutu'],
      en: ['Great quality', 'Exactly as described, would recommend', 'Works perfectly'],
    },
  },
];
