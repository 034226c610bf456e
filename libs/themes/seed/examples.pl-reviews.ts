import type { ExampleRow } from './example-row';

/**
 * Polish seed examples in the style of marketplace reviews and e-mails to a shop: longer, mixed texts where the
 * product is described at length and the real complaint (handling, courier, refund) comes later. The first
 * non-praise key is the main complaint and decides the department the row trains, so order matters.
 */
export const EXAMPLES_PL_REVIEWS: ExampleRow[] = [
  // customer_service: not_resolved
  {
    text: 'Kupiłem słuchawki bezprzewodowe za 249 zł, przez pierwsze dwa tygodnie grały świetnie, bas mocny, etui ładnie się zamyka. Potem lewa słuchawka przestała się łączyć z telefonem i nie pomaga żaden reset. Reklamację złożyłem 3 tygodnie temu, odesłałem na własny koszt i od tamtej pory cisza, status ciągle „w trakcie rozpatrywania”. Ustawowe 14 dni dawno minęło.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zamowilam krzeslo biurowe, po miesiacu pekl podlokietnik i zaczal sie chwiac mechanizm. Zglosilam reklamacje ze zdjeciami, sprzedawca odpisal ze to "uszkodzenie mechaniczne z winy uzytkownika" i odrzucil. Siedze na nim normalnie, waze 60 kg!!! Odwolanie wyslalam, znowu odmowa, sprawa stoi w miejscu.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Odkurzacz pionowy, bateria trzyma 8 minut zamiast obiecanych 40. Reklamacja odrzucona, bo „bateria to element eksploatacyjny”. Serio? Po dwóch miesiącach używania? Nie polecam sklepu, rękojmia dla nich nie istnieje.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Buty trekkingowe za 420 zł, po pierwszym wyjściu w góry odkleiła się podeszwa na czubku. Reklamacja trwa już 6 tygodni, raz mi napisali, że but jest u producenta do ekspertyzy, potem że ekspertyza „się przedłuża”. Sezon mi przeleciał, a ja dalej nie mam ani butów, ani pieniędzy.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Witam, piszę już czwarty raz w sprawie reklamacji ekspresu do kawy (zam. nr 45821). Ekspres przecieka od spodu, woda leje się na blat po każdej kawie. Obiecano mi wymianę na nowy „w ciągu tygodnia”, minęły trzy. Proszę o konkretną datę albo zwrot pieniędzy, inaczej zgłaszam sprawę do rzecznika konsumentów.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'telefon po 3 miesiacach zaczal sie sam restartowac, potem wogole nie wstawal, ciagle logo i od nowa. oddalam na gwarancje, wrocil po 5 tygodniach z adnotacja "nie stwierdzono usterki" i po dwoch dniach to samo!! wyslalam drugi raz i znowu czekam. porazka',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zamówiłam sofę narożną, po dwóch miesiącach zapadło się siedzisko po jednej stronie, wyraźnie pękła sprężyna albo stelaż. Sklep przysłał technika, który zrobił zdjęcia i od tamtej pory nikt się nie odezwał. Dzwonię co tydzień i słyszę, że „sprawa jest u producenta”. Minęły dwa miesiące.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Reklamacja okularów przeciwsłonecznych – zawias pękł po tygodniu. Sprzedawca najpierw się zgodził, kazał odesłać, a po otrzymaniu stwierdził, że jednak nie uzna, bo są ślady użytkowania. No jasne, że są, nosiłam je! Okulary odesłali mi z powrotem, pieniędzy brak.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Kupiłem kurtkę zimową, rozmiar L okazał się za mały, więc w ciągu 14 dni odesłałem ją w stanie nienaruszonym, z metkami. Sklep odmówił przyjęcia zwrotu, bo rzekomo „towar nosił ślady użytkowania”. Mam nagranie z pakowania, metki są na miejscu. Od miesiąca przerzucamy się mailami i nic się nie zmienia.',
    themes: ['not_resolved'],
  },
  {
    text: 'Pralka ładowana od góry, po 5 tygodniach zaczęła przy wirowaniu hałasować jak samolot i przesuwać się po łazience. Serwis był dwa razy, wymienili amortyzatory i dalej to samo. Poprosiłem o wymianę na nową albo zwrot, sklep odpisuje, że „muszą być trzy naprawy”. Nie chcę trzeciej naprawy, chcę działającą pralkę.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Drukarka atramentowa przestala pobierac papier po miesiacu, wciaga kartke krzywo i sie zacina. Zglosilem reklamacje przez formularz, dostalem automatycznego maila z numerem i tyle. Minely 3 tygodnie, status "przyjete". Drukarka mi potrzebna do pracy, kupilem juz druga gdzie indziej.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Rower dziecięcy na prezent komunijny. Po dwóch tygodniach pękł spaw przy kierownicy, dobrze, że syn się nie połamał. Reklamację uznali dopiero, jak zagroziłam rzecznikiem, ale naprawa trwa już 5 tygodni. Na maile odpisują „prosimy o cierpliwość”. Dziecko spędzi lato bez roweru.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'REKLAMACJA ODRZUCONA BEZ ŻADNEGO UZASADNIENIA!!! Zegarek przestał chodzić po miesiącu, szkiełko zaparowane od środka, a był reklamowany jako wodoszczelny 5 ATM. Odpisali jednym zdaniem, że „nie stwierdzono wady”. Zegarek dalej stoi. Omijajcie ten sklep.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zamówione rolety dzień-noc, jedna z pięciu ma krzywo przyciętą tkaninę i nie zwija się równo. Zgłosiłam dwa dni po montażu, wysłałam zdjęcia i filmik. Minął miesiąc, a sklep raz prosi o kolejne zdjęcia, raz o wymiary okna, raz o numer zamówienia, który już podawałam. Mam wrażenie, że grają na czas.',
    themes: ['not_resolved', 'had_to_repeat', 'product_defect'],
  },
  {
    text: 'Kupilem laptopa do pracy, po 4 miesiacach przestala dzialac klawiatura - polowa klawiszy nie reaguje. Oddalem do serwisu przez sklep, mialo byc 14 dni, jest 38. Co tydzien slysze "czekamy na czesc". Prosilem o laptop zastepczy albo zwrot, odpowiedz: nie ma takiej mozliwosci.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Sprzedawca uznał reklamację kołdry (pierze wyłazi przez szwy), obiecał zwrot pieniędzy po otrzymaniu towaru. Paczkę odebrał 20 dni temu, co widzę w śledzeniu przesyłki, a teraz twierdzi, że nic do niego nie dotarło. Wysłałam mu potwierdzenie nadania i numer. Sprawa stoi.',
    themes: ['not_resolved', 'refund', 'product_defect'],
  },
  {
    text: 'Telefon za 1800 zl, po tygodniu zauwazylam na ekranie 3 martwe piksele, zielone kropki widac na kazdym ciemnym tle. Zglosilam reklamacje, odpisali ze wedlug normy do 5 pikseli to nie wada i reklamacji nie uznaja. Nowy telefon i juz z wada, a oni mi o normach pisza. Odwolalam sie, czekam drugi tydzien.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Kupione tenisówki, szyte ładnie, fajny kolor, wygodne od pierwszego dnia. Niestety po trzech tygodniach zaczęła się rozklejać podeszwa z boku, a materiał przy pięcie przetarł się na wylot. Reklamację odrzucono, bo „obuwie nie jest przeznaczone do codziennego noszenia”. To po co się je kupuje??',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zgłaszałem reklamację grilla gazowego – palnik nie zapala się z iskrownika, trzeba zapałkami. Sklep kazał mi zgłosić się do producenta, producent kazał wrócić do sklepu. Od miesiąca jestem odbijany jak piłeczka i nikt nie chce się tym zająć :/',
    themes: ['unhelpful_agent', 'not_resolved', 'product_defect'],
  },
  {
    text: 'Mikser planetarny przy pierwszym wyrabianiu ciasta drożdżowego zaczął śmierdzieć spalenizną i stanął. Reklamację przyjęli, ale po 3 tygodniach zamiast pieniędzy dostałam ten sam mikser „naprawiony”, o co nie prosiłam. Chciałam odstąpienia od umowy, piszę do nich, a oni odpisują, że decyzja jest ostateczna.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'szafa 3-drzwiowa, brakowało dwóch półek i zawiasów w zestawie + jedna plecówka pęknięta. zgłoszone od razu, obiecali dosłać brakujące elementy "w ciągu 7 dni". mija 5 tydzień, szafa stoi bez drzwi w sypialni. kolejny mail i znowu "przekazaliśmy do magazynu"',
    themes: ['not_resolved', 'wrong_item'],
  },
  {
    text: 'Kupilem wiertarko-wkretarke, po paru dniach bateria przestala sie ladowac, ladowarka mruga na czerwono. Odeslalem na reklamacje, sklep po 2 tygodniach napisal ze bateria jest sprawna, odesle mi ja z powrotem i mam zaplacic 60 zl za "ekspertyze". Nie zgodzilem sie i od tamtej pory nie ma zadnej odpowiedzi co dalej.',
    themes: ['not_resolved', 'product_defect', 'unexpected_charge'],
  },
  {
    text: 'Pani z działu reklamacji za każdym razem obiecuje, że „dziś jeszcze ktoś się odezwie”. Reklamacja dotyczy lodówki, która nie chłodzi – w środku 14 stopni, jedzenie się psuje. To już trzeci tydzień bez lodówki z dwójką małych dzieci. Nie wiem, co jeszcze mam zrobić.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Płaszcz wełniany za 690 zł, po dwóch tygodniach noszenia cały w kulkach, a jeden guzik urwał się razem z kawałkiem materiału. Wysłałam reklamację ze zdjęciami, dostałam propozycję rabatu 10% na kolejne zakupy. Nie chcę kolejnych zakupów, chcę sprawny płaszcz albo zwrot. Odmówili.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Piszę w sprawie reklamacji nr R/2291. Fotelik samochodowy ma pękniętą klamrę pasów, nie da się bezpiecznie zapiąć dziecka. Zgłoszenie przyjęliście 30 dni temu, a zgodnie z prawem powinniście się ustosunkować w 14 dni. Brak odpowiedzi uznaję za uznanie reklamacji i proszę o zwrot 899 zł na konto.',
    themes: ['not_resolved', 'product_defect', 'refund'],
  },
  {
    text: 'Zamawialam sukienke na wesele, szew pod pacha puscil przy pierwszym zalozeniu. Reklamacje zlozylam tego samego dnia. Sprzedawca zaproponowal ze "moge sobie zaszyc" i da 15 zl rabatu. Nie tak sie zalatwia reklamacje, chce zwrotu, a oni dalej swoje.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Klimatyzator przenośny przestał chłodzić po jednym sezonie, kompresor chodzi, ale leci ciepłe powietrze. Serwis zewnętrzny odebrał go w sierpniu, teraz jest październik i nikt nie umie mi powiedzieć, gdzie jest moje urządzenie. Sklep mówi, że to sprawa serwisu, serwis – że sklepu.',
    themes: ['not_resolved', 'unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Materac piankowy 160x200. Po trzech miesiącach zrobiło się wgłębienie na środku, śpimy jak w dołku. Reklamacja odrzucona, bo „odkształcenie do 3 cm jest dopuszczalne”. Zmierzyłem: 5 cm. Wysłałem zdjęcia z miarką i od dwóch tygodni nie ma odpowiedzi na odwołanie.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'kupilam zestaw garnkow indukcyjnych, na mojej plycie dwa z pieciu nie sa wykrywane. zgodnie z opisem mialy dzialac na indukcji. reklamacja odrzucona bo "plyta klientki moze byc wadliwa". inne garnki dzialaja na niej idealnie. zenada',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Reklamowałem akumulator do auta, który padł po 5 miesiącach. Sklep uznał reklamację, ale zamiast nowego dostałem „regenerowany” i oczywiście po tygodniu znów nie odpalił. Teraz każą czekać kolejne 14 dni na rozpatrzenie. Auto stoi, jeżdżę komunikacją.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zwrot w ciągu 14 dni: odesłałam nieużywany blender w oryginalnym pudełku. Po 3 tygodniach sklep napisał, że zwrot nie zostanie przyjęty, bo folia na pudełku była rozcięta. Przecież muszę otworzyć paczkę, żeby zobaczyć produkt! Od tamtej pory wymieniamy maile i zero postępu.',
    themes: ['not_resolved', 'refund'],
  },
  {
    text: 'kupilem opony zimowe komplet 4 szt, jedna miala wybrzuszenie na boku od nowosci, wulkanizator od razu pokazal. reklamacja zlozona w listopadzie, teraz jest luty i dalej "w trakcie". jezdze na trzech nowych i jednej starej, super',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Odpowiedź na moją reklamację przyszła po 40 dniach i brzmiała: „prosimy o przesłanie dowodu zakupu”. Dowód zakupu był załączony w pierwszym mailu! Chodzi o lampę sufitową, która mruga od pierwszego dnia. Zaczynamy od początku, brawo.',
    themes: ['not_resolved', 'had_to_repeat', 'product_defect'],
  },
  {
    text: 'Kupiłam wózek dziecięcy 3w1, po 2 miesiącach pękło mocowanie przedniego koła, na spacerze koło po prostu odpadło. Reklamacja uznana, ale sklep od 4 tygodni „czeka na część z fabryki”. Pożyczam wózek od siostry. Żadnej propozycji wózka zastępczego ani zwrotu.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Pan z obsługi zapewniał przez telefon, że zwrot niepasujących płytek przyjmą bez problemu, bo paczki są nieotwierane. Odesłałam 6 paczek na palecie, a teraz dostaję pismo, że towar na zamówienie nie podlega zwrotowi. Nikt mi o tym wcześniej nie powiedział, a nagranie rozmowy się „nie zachowało”.',
    themes: ['not_resolved', 'unhelpful_agent'],
  },
  {
    text: 'Zgłosiłem, że piekarnik nie trzyma temperatury – ustawiam 180, termometr pokazuje 240, wszystko przypalone. Technik przyjechał, stwierdził, że „tak musi być”, i pojechał. Reklamacja zamknięta w systemie jako rozwiązana, a piekarnik dalej pali ciasta. Nikt nie chce tego ponownie otworzyć.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Kosiarka spalinowa nie odpala od nowosci, szarpiesz linke i nic. Zglosilem po tygodniu, sklep kazal jechac do autoryzowanego serwisu 80 km ode mnie na wlasny koszt. Pojechalem, serwis przyjal, minal miesiac, trawa po kolana, a kosiarki dalej nie ma i nikt nic nie wie.',
    themes: ['not_resolved', 'product_defect'],
  },
  // customer_service: no_reply
  {
    text: 'Zamówiłem etui i szkło hartowane do telefonu, szkło pękło przy nakładaniu, bo było krzywo docięte i nie pasowało do zaokrągleń ekranu. Napisałem do sprzedawcy przez wiadomości na platformie 5 dni temu, potem jeszcze raz. Zero odzewu, a na profilu stoi „odpowiada zwykle w ciągu 24 h”.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'sprzedawca nie odpisuje, paczka przyszla bez instrukcji montazu do lozka pietrowego. pisalam 3 razy, dzwonilam na numer z aukcji - nieaktywny. lozko lezy w kawalkach w pokoju dzieci od tygodnia',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'Kupiłam krem pod oczy, po dwóch dniach mocne pieczenie i zaczerwienienie, a na opakowaniu brak daty ważności i polskiej etykiety. Napisałam do sklepu z pytaniem, czy to oryginał, i z prośbą o zwrot. Od dwóch tygodni cisza, żadnej odpowiedzi ani na maila, ani na czacie.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Dzień dobry, to już trzeci mail bez odpowiedzi. Zamówienie z 12 marca, opłacone BLIKIEM, do dziś nie wysłane, a w sklepie ciągle status „w realizacji”. Telefonu podanego na stronie nikt nie odbiera. Proszę o informację, kiedy wyślecie paczkę, albo o zwrot pieniędzy.',
    themes: ['no_reply', 'late_delivery'],
  },
  {
    text: 'Zamowilem klocki hamulcowe i tarcze na przod. Klocki pasuja, tarcze maja inna srednice niz w opisie. Od razu napisalem do sprzedawcy z prosba o wymiane, zalaczylem zdjecia i numer VIN. Tydzien milczenia, a auto stoi rozebrane u mechanika.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'lampka nocna dla corki, po 3 dniach przestala swiecic, dioda mruga i gasnie. pisze do sprzedawcy od 10 dni, wiadomosc odczytana i nic. nie chodzi nawet o te 39 zl tylko o zasade!!',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Dzień dobry, zamówiłem 4 tusze do drukarki, w paczce były 3, czwartego (czarnego) brak. Piszę drugi raz z prośbą o dosłanie. Poprzednia wiadomość została bez odpowiedzi, infolinia niby czynna w godzinach 9-15, ale nikt nie odbiera. Pozdrawiam, Marek K.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'Kupiłam robot kuchenny na raty, jeden z noży nie pasuje do misy, ewidentnie jest z innego modelu. Wysłałam zgłoszenie przez formularz na stronie, potem maila, potem wiadomość na czacie. Minęło 16 dni i nikt się nie odezwał. Kontakt ze sklepem zerowy.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'SPRZEDAWCA NIE ODPOWIADA OD 3 TYGODNI!!! Kupiłem kamerę samochodową, nie zapisuje nagrań na karcie, po każdym wyłączeniu auta wszystko znika. Pytałem, czy to kwestia karty czy urządzenia, zero odzewu. Telefon nieaktywny. Nie kupujcie tutaj.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Zamówiłem panele podłogowe, kurier przywiózł je szybko i w dobrym stanie, bez zastrzeżeń. Problem w tym, że brakuje mi 2 paczek do dokończenia pokoju i chciałem dokupić z tej samej partii. Pisałem trzy razy z pytaniem o dostępność i numer partii – nikt nie odpisał, a ekipa czeka.',
    themes: ['no_reply', 'praise_delivery'],
  },
  {
    text: 'Buty zimowe dla syna przyszly w rozmiarze 33 zamiast 35 (na pudelku 35, w srodku 33 xD). Pisze do sprzedawcy od poniedzialku z prosba o wymiane na dobry rozmiar, cisza. Zima idzie a dziecko chodzi w adidasach.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'Zamówiłam zestaw pędzli do makijażu, włosie wypada garściami przy pierwszym myciu. Napisałam grzecznie do sprzedawcy z prośbą o zwrot, dołączyłam zdjęcia. Po tygodniu się przypomniałam, po dwóch znowu. Wiadomości odczytane, odpowiedzi brak. Wystawiam negatywną ocenę, bo inaczej się nie da.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Od 9 dni próbuję się dodzwonić do sklepu w sprawie stołu rozkładanego, który miał być wysłany „do 3 dni roboczych”. Numer z regulaminu – nikt nie odbiera, poczta głosowa pełna. Maile wracają z autoodpowiedzią. Czy ktoś tam w ogóle pracuje?',
    themes: ['no_reply', 'late_delivery'],
  },
  {
    text: 'Kupilem stacje lutownicza, grot nie nagrzewa sie powyzej 200 stopni mimo ustawienia 350. Napisalem do sprzedawcy z pytaniem co robic, moze jakas kalibracja. Odpowiedzi brak juz 8 dni. Do zwyklego lutowania przewodow sie nie nadaje.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Zamawiałam pościel satynową, 2 komplety, przyszedł jeden. Zgłosiłam od razu, dostałam automatyczną wiadomość „odpowiemy w ciągu 48 h”. Minęło 12 dni, ponawiałam pytanie dwa razy. Sklep ma mnóstwo pozytywnych opinii, nie rozumiem, jak to możliwe.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'Mój tata zamówił przez internet ciśnieniomierz, który pokazuje wyniki wyższe o 30 mmHg niż ten u lekarza. Pomagam mu napisać do sklepu i próbujemy od dwóch tygodni – formularz, mail, telefon. Nikt nie odpowiada. Przy sprzęcie medycznym to jest po prostu nieodpowiedzialne.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'zamowione w piatek, oplacone przez PayU, w srode dalej "oczekuje na wysylke". pisalam do sklepu 2 razy i zero reakcji. jesli do jutra nie wyslecie to anuluje zamowienie i zglaszam sprawe do operatora platnosci',
    themes: ['no_reply', 'late_delivery'],
  },
  {
    text: 'Kupiłem kurtkę softshell, w opisie była „wodoodporna”, pierwszy deszcz i przemokłem do koszulki. Zapytałem sprzedawcę o parametry membrany, bo w opisie nic nie ma, i czy mogę ją zwrócić. Cisza od tygodnia, a czas na zwrot leci.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Zestaw klocków konstrukcyjnych na urodziny syna – w środku brakowało jednego woreczka z elementami, bez którego nie da się złożyć pojazdu. Napisałam do sprzedawcy ze zdjęciem instrukcji i numerem woreczka. Po 10 dniach nic, a prezent leży rozgrzebany na dywanie.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'Nie mogę się doprosić odpowiedzi w sprawie gwarancji na robota sprzątającego. Szczotka boczna przestała się kręcić po 2 miesiącach, robot jeździ w kółko. Wysłałem maila na adres reklamacyjny z regulaminu, potem na ogólny, potem przez formularz. Nic, nawet potwierdzenia.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Zamowilam kolczyki srebrne, po dwoch dniach zrobily sie czarne i uszy mnie swedza, to nie jest zadne srebro 925. Napisalam do sklepu, wiadomosc odczytana i zignorowana. Teraz sklep w ogole zniknal z platformy?? Nie ma jak sie skontaktowac :(',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Zamówienie na 3 pary spodni dla męża, jedna para w złym kolorze – zamiast grafitowych przyszły beżowe. Chciałam tylko wymienić, więc napisałam do sprzedawcy. Od tygodnia brak odpowiedzi, a w regulaminie stoi, że wymianę trzeba uzgodnić mailowo przed odesłaniem.',
    themes: ['no_reply', 'wrong_item'],
  },
  {
    text: 'Fotel bujany dla babci, ładny, ale płoza po tygodniu pękła przy łączeniu. Dwa maile do sklepu i wiadomość przez platformę, wszystko bez odzewu, a numer telefonu na stronie jest „nieprzypisany do abonenta”. Dobrze, że płaciłam przez PayU, będę zgłaszać tam.',
    themes: ['no_reply', 'product_defect'],
  },
  // customer_service: unhelpful_agent
  {
    text: 'Zamówiłam sukienkę w rozmiarze M, tabela rozmiarów na stronie zupełnie nie odpowiada rzeczywistości, jest mniejsza o dwa rozmiary. Poprosiłam o wymianę na L, a sprzedawca odpisał, że „trzeba było dokładnie mierzyć” i że wymian nie robi, mogę najwyżej zwrócić na swój koszt. Ton odpowiedzi bardzo niemiły.',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Zamowilem buty 44, przyszly 44, ale rozmiarowka zanizona i sa za male. Chcialem wymienic na 45, a pan przez telefon powiedzial ze "to nie jego problem ze mam duze stopy" i sie rozlaczyl. Kultura na zero. Zwrot oczywiscie na moj koszt.',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Przyszła bluza w kolorze butelkowej zieleni zamiast granatowej, którą zamawiałam. Gdy zgłosiłam pomyłkę, konsultantka upierała się, że to „ten sam kolor, tylko inne światło”. Wysłałam zdjęcie obok metki z kodem koloru – i dalej swoje. Wymiany nie dostałam.',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Kupiłem pralkę, która po miesiącu zaczęła wyświetlać błąd E21 i nie odpompowuje wody. Konsultant na infolinii kazał mi „poszukać na forach, co to znaczy” i zadzwonić do producenta, bo sklep „tylko sprzedaje”. Przecież to sklep odpowiada z tytułu rękojmi!',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Paczka z odkurzaczem przyszła pognieciona, w środku pęknięty pojemnik na kurz. Zadzwoniłam do sklepu, a pani od razu: „to proszę reklamować u kuriera, nie u nas”. Przecież to sklep wysyłał i to z nim mam umowę. Nie chciała nawet zanotować zgłoszenia.',
    themes: ['unhelpful_agent', 'damaged_parcel'],
  },
  {
    text: 'pani na czacie odpowiada jak bot, kopiuj wklej. pytam czy moge wymienic kurtke na inny kolor, bo ten z aukcji wyglada na zywo zupelnie inaczej, a ona "prosze zapoznac sie z regulaminem". pytam o konkretny punkt - znowu to samo. szkoda gadac',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Zgłosiłem, że w zestawie kluczy nasadowych brakuje nasadki 10 mm (oczywiście tej najpotrzebniejszej). Obsługa odpisała, że „w zestawach tego typu pojedyncze braki się zdarzają”, i zaproponowała 5 zł rabatu. Zestaw kosztował 189 zł, chcę kompletny, a nie łaskę.',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Dzwoniłam w sprawie kanapy, której obicie zaczęło się mechacić po miesiącu. Pan z obsługi podniósł głos, że „to tkanina, a nie pancerz” i że pewnie mam kota. Nie mam kota. Zamiast pomóc, zrobił ze mnie kłamczuchę.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Telefon kupiony na prezent, po tygodniu przestał się ładować, gniazdo USB-C jest luźne. Sklep odesłał mnie do serwisu producenta, serwis każe wrócić do sklepu z paragonem. Konsultantka w sklepie: „nic nie mogę zrobić, taka procedura”. Pół dnia jeżdżenia i nic.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'zamowilam jeansy w rozmiarze 38 i 40 zeby sprawdzic ktory pasuje, jedne odeslalam. sprzedawca napisal ze "takie zamawianie na probe to naduzycie" i ze odliczy sobie koszt wysylki. bardzo niegrzeczny, jakbym go okradla',
    themes: ['unhelpful_agent', 'unexpected_charge'],
  },
  {
    text: 'Kupiłem spodnie robocze w rozmiarze 52, przyszły w 50 – na metce wyraźnie 50. Przy zgłoszeniu sprzedawca najpierw stwierdził, że na pewno sam zamówiłem zły rozmiar, a po pokazaniu zrzutu zamówienia odpisał „no to proszę odesłać, zobaczymy”. Żadnego przepraszam, żadnej etykiety zwrotnej.',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Na infolinii pan poprawiał mnie co drugie zdanie i tłumaczył jak dziecku, że „ekspres trzeba odkamieniać”. Odkamieniam co miesiąc! Ekspres po prostu przestał spieniać mleko po 3 miesiącach. Zamiast przyjąć reklamację, dostałam wykład i odesłanie do instrukcji.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Kupiłam 2 pary kapci dla dzieci w tym samym rozmiarze, jedna para wyraźnie mniejsza. Zapytałam o wymianę, a sprzedawczyni napisała, że „każda para jest szyta ręcznie i może się różnić” i że nic nie zrobi. To po co podawać rozmiary?',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Zadzwonilem zapytac czemu ladowarka do hulajnogi sie grzeje i smierdzi plastikiem. Konsultant stwierdzil ze "wszystkie sie grzeja" i ze mam nie panikowac. Po tygodniu ladowarka sie stopila. Gdybym go dalej sluchal to moglbym miec pozar w domu.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Obsługa klienta to jakiś żart. Zapytałem, czy mogę zmienić adres dostawy, bo zamówienie nie było jeszcze wysłane. Odpowiedź: „system nie pozwala”. Poprosiłem o anulowanie i ponowne złożenie – „nie mamy takiej możliwości”. Paczka poszła na stary adres, odbierałem ją 40 km dalej.',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Czapka i szalik na zimę, zestaw w kolorze musztardowym, a przyszedł ceglasty. Przy zgłoszeniu sprzedawca odpisał, że „kolory na monitorach się różnią” i że to moja wina, bo mam źle ustawiony ekran. Zdjęcie produktu wygląda tak samo na trzech urządzeniach. Wymiany odmówił.',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Chciałam wymienić biustonosz na inny rozmiar, bo 75C jest za mały. Usłyszałam, że bielizna nie podlega wymianie, nawet nieużywana, zapakowana, z metkami. Konsultantka była przy tym wręcz opryskliwa i przerwała rozmowę. Rozumiem zasady higieny, ale można to powiedzieć po ludzku.',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Na czacie sklepu zapytałem, czy ten filtr oleju pasuje do mojego auta, podałem rocznik i silnik. Dostałem odpowiedź „prosimy sprawdzić samodzielnie w katalogu”. Sprawdziłem, zamówiłem, nie pasuje. Teraz przy zwrocie ta sama osoba pisze, że „trzeba było zapytać przed zakupem”. Pytałem!!',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  // customer_service: had_to_repeat
  {
    text: 'Trzy razy opisywałem to samo trzem różnym osobom z obsługi. Za każdym razem numer zamówienia, opis usterki (tablet nie reaguje na dotyk w dolnej części ekranu), zdjęcia. Każda nowa osoba pisze „proszę o szczegóły problemu”. Czy wy w ogóle czytacie historię zgłoszenia?',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'kazdy konsultant kaze mi od nowa podawac numer zamowienia, adres i opis. zglaszalam juz 4 razy ze kurtka ma zepsuty zamek. i za kazdym razem "prosze przeslac zdjecie". przeslalam 4 razy to samo zdjecie!!',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Przełączano mnie między działami pięć razy i każdemu tłumaczyłam, że przyszedł nie ten model lodówki (zamrażarka na górze zamiast na dole). Nikt niczego nie notuje w systemie. Po godzinie rozmowy wiem tyle samo, co na początku.',
    themes: ['had_to_repeat', 'wrong_item'],
  },
  {
    text: 'Zwrot drukarki – piszę czwarty raz to samo: numer przesyłki zwrotnej, data nadania, numer konta. Za każdym razem odpowiada inna osoba, która prosi o te same dane. Nie wiem, czy to celowe, ale zaczynam tracić cierpliwość.',
    themes: ['had_to_repeat', 'refund'],
  },
  {
    text: 'Drugi tydzien i trzeci konsultant. Kazdy pyta od poczatku co sie stalo z mikserem. Opisuje: silnik zgrzyta, czuc spalenizne po 2 minutach pracy. Kazdy mowi ze "przekaze dalej". Nikt nie zostawia notatki, nikt nie oddzwania.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Sprawa pękniętej umywalki ciągnie się od miesiąca i za każdym telefonem zaczynam od zera. „A jaki numer zamówienia? A kiedy przyszła paczka? A zdjęcia pani wysyłała?” Wysyłałam trzy razy. Naprawdę nie ma u was jednego miejsca, gdzie to wszystko jest zapisane?',
    themes: ['had_to_repeat', 'not_resolved'],
  },
  // customer_service: long_wait
  {
    text: '47 minut na infolinii, żeby zapytać o status reklamacji ekspresu. Muzyczka w kółko, co 5 minut komunikat „Twoje połączenie jest dla nas ważne”. Po odebraniu pani powiedziała, że nie ma dostępu do reklamacji i muszę napisać maila.',
    themes: ['long_wait', 'unhelpful_agent'],
  },
  {
    text: 'czat na stronie - jestes 23 w kolejce. po godzinie jestem 4. po poltorej mnie rozlaczylo. chcialam tylko zapytac czy moge odebrac zamowienie osobiscie z magazynu bo mieszkam obok. dramat',
    themes: ['long_wait'],
  },
  {
    text: 'Chciałem zgłosić, że w kuchence mikrofalowej nie świeci się oświetlenie i talerz się nie obraca. Na infolinii czekałem 35 minut, za drugim razem 50, i nie dodzwoniłem się ani razu. Formularza reklamacyjnego na stronie nie ma, więc nie wiem, jak mam to zgłosić.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Próbowałam się dodzwonić przez trzy dni z rzędu, za każdym razem ponad pół godziny na linii, potem połączenie się zrywało. Chciałam tylko odwołać zamówienie na fotel, zanim go wyślą. Oczywiście nie zdążyłam, fotel przyszedł i teraz muszę robić zwrot na własny koszt.',
    themes: ['long_wait', 'unexpected_charge'],
  },
  {
    text: 'Infolinia sklepu to porazka. Dzwonilem w sprawie zamowienia opon, ponad 40 min oczekiwania, a jak w koncu ktos odebral, to sie okazalo ze dzial zamowien pracuje do 14 i mam zadzwonic jutro. Nie mozna bylo tego powiedziec w komunikacie na poczatku?',
    themes: ['long_wait'],
  },
  // logistics: late_delivery
  {
    text: 'Zamówiłam komodę na 5 grudnia, miała być „do 3 dni roboczych”. Przesyłka przyszła 23 grudnia, termin przesuwano trzy razy, a raz kurier DPD w ogóle nie przyjechał mimo smsa. Sama komoda ładna i solidna, złożona bez problemu, ale prawie trzy tygodnie czekania to przesada.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'paczka z inpostu 6 dni w drodze z Krakowa do Warszawy, status caly czas "przyjeta w oddziale". mialy to byc buty na wyjazd, wyjechalam bez nich. buty jak przyszly to spoko, ale co mi po nich teraz',
    themes: ['late_delivery'],
  },
  {
    text: 'Prezent na Dzień Matki, zamówiony 10 dni wcześniej z opcją kuriera 24h. Kurier przyjechał 4 dni po święcie. Sklep nadał paczkę w terminie, więc zawiódł chyba przewoźnik, ale efekt ten sam – mama dostała laurkę, a nie perfumy.',
    themes: ['late_delivery'],
  },
  {
    text: 'Części do skutera (klocki, linka gazu, świeca) zamówione w poniedziałek, przesyłka przez GLS. W śledzeniu przez tydzień „przesyłka w drodze do oddziału docelowego”. Skuter stał, a ja dojeżdżałem do pracy autobusem. Dotarło w kolejny wtorek, części ok.',
    themes: ['late_delivery'],
  },
  {
    text: 'Poczta Polska przeszła samą siebie. Paczka z zamówionymi książkami szła 17 dni. W śledzeniu trzy dni w Łodzi, potem cztery dni „w drodze”, potem awizo, którego nie było w skrzynce. Książki w porządku, ale nigdy więcej wysyłki pocztą.',
    themes: ['late_delivery', 'courier_behaviour'],
  },
  {
    text: 'Zamowione meble ogrodowe mialy byc na majowke, sklep przesuwal wysylke 3 razy bo "towar w drodze od dostawcy". Ostatecznie dostawa w polowie czerwca. Meble ladne i wygodne, ale majowka spedzona na kocu.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Zapłaciłem 29,99 zł za dostawę ekspresową, żeby mieć ładowarkę do laptopa na wyjazd służbowy. Paczka szła 4 dni, czyli tyle co zwykła. Zwrotu różnicy za ekspres nikt nie proponuje. Sam sprzęt działa, ale za co ja płaciłem?',
    themes: ['late_delivery', 'refund'],
  },
  {
    text: 'MIAŁO BYĆ 24H A JEST 8 DZIEŃ!!! Tusze do drukarki potrzebne na już, bo mam do wydrukowania pracę dyplomową. Paczka ciągle „w sortowni”. Kupiłam w końcu w markecie dwa razy drożej. Jak przyjdzie, to odeślę.',
    themes: ['late_delivery'],
  },
  {
    text: 'Dostawa lodówki z wniesieniem – termin ustalony na czwartek 8-16. Nikt nie przyjechał, nikt nie zadzwonił. W piątek informacja, że auto się zepsuło i nowy termin za tydzień. Wzięłam wolne w pracy na marne, a stara lodówka już wywieziona.',
    themes: ['late_delivery', 'courier_behaviour'],
  },
  {
    text: 'paczkomat pokazuje "przygotowana przez nadawce" od 5 dni. sklep twierdzi ze wyslal, inpost ze paczki nie dostal. nikt nic nie wie, a ja czekam na krem do twarzy ktory mi sie skonczyl tydzien temu',
    themes: ['late_delivery'],
  },
  {
    text: 'Zamówienie wysłane 9 dni po zapłacie, choć przy produkcie było „wysyłka w 24 godziny”. Sklep tłumaczy się dużą liczbą zamówień. Rozumiem okres przedświąteczny, ale wystarczyło zmienić informację na stronie. Lampa dotarła cała i działa.',
    themes: ['late_delivery'],
  },
  {
    text: 'Kurier DHL miał być w środę, potem w czwartek, w piątek przyszedł sms, że doręczenie przesunięto na poniedziałek z powodu „zdarzenia losowego”. Chodzi o wiertarkę, którą kupiłem specjalnie na weekendowy remont. Remont przesunięty, urlop zmarnowany.',
    themes: ['late_delivery'],
  },
  {
    text: 'Ksiazki zamowione na prezent swiateczny doszly 28 grudnia. Zamowienie zlozylam 14. Nikt nie uprzedzil ze moze byc opoznienie, wrecz przeciwnie, na stronie bylo "dostawa przed swietami gwarantowana".',
    themes: ['late_delivery'],
  },
  {
    text: 'Zamówiłam fotelik rowerowy dla dziecka, paczka leżała 5 dni w sortowni bez żadnego ruchu. Po moim telefonie do przewoźnika nagle ruszyła i przyszła następnego dnia. Trzeba się dopominać, żeby w ogóle coś dostać.',
    themes: ['late_delivery'],
  },
  {
    text: 'Opony zamówione z dostawą do warsztatu dojechały 6 dni po umówionym terminie wymiany. Musiałem dwa razy przekładać wizytę, a pierwszy śnieg już spadł. Kontakt ze sklepem w porządku, ale dostawa fatalna.',
    themes: ['late_delivery'],
  },
  {
    text: 'Zamowilem garnek do gotowania na parze, wyslany od razu, ale potem 4 dni stal w sortowni DPD. Dostawa przeciagnela sie do tygodnia. Garnek ok, nic do niego nie mam, ale ten kurier to dramat.',
    themes: ['late_delivery'],
  },
  {
    text: 'Zamówiłam sukienkę na wesele przyjaciółki z 2-tygodniowym zapasem. Przewoźnik trzy razy zmieniał prognozowaną datę doręczenia, ostatecznie paczka dotarła w poniedziałek po weselu. Poszłam w starej. Sukienka piękna, ale już mi niepotrzebna, odsyłam.',
    themes: ['late_delivery'],
  },
  // logistics: damaged_parcel
  {
    text: 'Zamówiłam komplet talerzy na 12 osób. Paczka przyszła owinięta jedną warstwą folii bąbelkowej, bez przegródek, karton zgnieciony w rogu. Z 36 sztuk 9 było potłuczonych. Kurier nawet nie poczekał, żebym sprawdziła zawartość.',
    themes: ['damaged_parcel', 'courier_behaviour'],
  },
  {
    text: 'Monitor 27 cali przyszedl w kartonie z dziura, jakby ktos wbil w niego wozek widlowy. Matryca peknieta w rogu, po wlaczeniu pasy na pol ekranu. Spisalismy protokol szkody z kurierem, ale mam wrazenie ze to bedzie droga przez meke.',
    themes: ['damaged_parcel', 'product_defect'],
  },
  {
    text: 'Lampa stojąca z kloszem ze szkła – klosz w kawałkach. Zapakowane w cienki karton bez żadnego wypełnienia, szkło po prostu latało w środku. Sprzedawca, który wysyła szklane rzeczy bez folii i styropianu, prosi się o kłopoty.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Regał przyszedł z odłupanym narożnikiem płyty i wgnieceniem na froncie. Karton był przecięty z boku, widać, że paczka spadła albo była rzucana. Reszta regału w porządku, skręciłam, ale ten róg psuje cały wygląd.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'perfumy 100 ml, flakon pekniety, cala paczka przesiaknieta zapachem, kurier oddal mi to z usmiechem jakby nic. pudelko kartonowe bez zadnego zabezpieczenia. szkoda mi bo to byl prezent dla zony',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Zamówiłam zestaw kosmetyków (szampon, odżywka, olejek). Olejek się wylał, bo nakrętka była niedokręcona, wszystko lepkie, opakowania szamponu i odżywki zniszczone. W środku nic nie było zabezpieczone, wszystko luzem w kartonie.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Ekspres ciśnieniowy dostarczony przez DPD. Karton mokry i pognieciony, jakby stał w deszczu, a w środku pęknięty zbiornik na wodę. Po podłączeniu woda leje się bokiem. Zgłosiłem szkodę, a kurier wypierał się, że paczka była w takim stanie już przy odbiorze.',
    themes: ['damaged_parcel', 'product_defect', 'courier_behaviour'],
  },
  {
    text: 'Kolumny glosnikowe zapakowane tylko w oryginalny karton, bez dodatkowego kartonu zewnetrznego. Naklejki przewoznika naklejone wprost na pudlo, pudlo rozdarte, jedna kolumna ma peknieta maskownice i porysowany bok. Za 1200 zl oczekuje lepszego zabezpieczenia.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Zamówiłem słoiki z miodem od pszczelarza. 3 z 6 rozbite, cała zawartość kartonu w miodzie. Słoiki zawinięte w gazety, bez przegródek. Miód, który przetrwał, pyszny, ale przy takim pakowaniu to była loteria.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Rower w kartonie dostarczony przez kuriera – karton rozerwany na całej długości, przerzutka tylna wygięta, rama porysowana. Widać, że karton był ciągnięty po ziemi. Kurier nie chciał spisać protokołu, powiedział, że „nie ma czasu”.',
    themes: ['damaged_parcel', 'courier_behaviour'],
  },
  {
    text: 'Zamowilam akwarium 60 l. Przyszlo pekniete na dolnej krawedzi, karton caly, ale w srodku tylko dwa kawalki styropianu w rogach. Szyba sie po prostu obijala o karton. Nie bede nawet probowac nalewac wody.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Tablet przyszedł w kopercie bąbelkowej. W kopercie bąbelkowej, rozumiecie? Ekran popękany jak pajęczyna, koperta przedziurawiona. Nie wiem, kto wpadł na taki pomysł, ale to nie jest sposób na wysyłkę elektroniki za 900 zł.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Paczkę z InPostu wyjęłam z paczkomatu całą mokrą, karton rozłaził się w rękach. W środku książki – trzy napuchnięte od wody, okładki pofalowane. Najwyraźniej paczka stała gdzieś na deszczu. Wszystkie do zwrotu.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'krzeslo przyszlo z polamana noga, karton zgnieciony z jednej strony, ewidentnie cos na nie spadlo w transporcie. samo krzeslo wyglada solidnie, szkoda ze tak wyszlo, musze czekac na nowe',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Wazon ceramiczny pięknie wyglądał na zdjęciach. Przyszedł w trzech kawałkach, owinięty jednym arkuszem papieru w za dużym kartonie. Sprzedawca oszczędza na pakowaniu, a potem wszyscy tracą czas na reklamacje.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Zamówiłem felgi aluminiowe, 4 sztuki. Dwie przyszły z rysami na rancie, bo były zapakowane razem w jeden karton bez przekładek i ocierały się o siebie w transporcie. Przy cenie 450 zł za sztukę oczekiwałbym osobnych kartonów.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Blender kielichowy, kielich pekniety, pudelko wygladalo jakby ktos je kopnal, rog calkiem wgnieciony. Kurier GLS zostawil paczke u sasiada bez pytania, wiec nie moglam sprawdzic jej przy nim. Teraz nie wiem kto za to odpowiada.',
    themes: ['damaged_parcel', 'courier_behaviour'],
  },
  {
    text: 'Tort urodzinowy z cukierni internetowej dojechał przechylony, krem rozmazany po całym pudełku, dekoracja odpadła. Pudełko nie miało żadnego usztywnienia ani oznaczenia „góra”. Wyglądał, jakby ktoś nim rzucił. Smak w porządku, ale na przyjęcie się nie nadawał.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Szkło hartowane na telefon przyszło w zwykłej kopercie, bez żadnej sztywnej tekturki. Oczywiście pęknięte w dwóch miejscach, zanim w ogóle je wyjąłem. Koperta była zgięta na pół, pewnie wcisnęli ją do skrzynki na siłę. Za 35 zł to żadna tragedia, ale drugi raz tam nie zamówię.',
    themes: ['damaged_parcel', 'courier_behaviour'],
  },
  {
    text: 'Zamowilem pompe do oczka wodnego i dwa weze. Karton przyszedl rozciety i oklejony byle jak tasma kuriera, jeden waz przeciety na wylot, chyba nozem przy otwieraniu. Pompa na szczescie cala. Ktos tam w sortowni chyba zagladal do srodka.',
    themes: ['damaged_parcel'],
  },
  // logistics: lost_parcel
  {
    text: 'Status przesyłki: „doręczono” w piątek o 14:12. Nikogo nie było, w skrzynce nic, sąsiedzi niczego nie odbierali. Kurier nie zostawił zdjęcia ani awizo. Chodzi o słuchawki za 399 zł. Sklep każe czekać na wynik postępowania przewoźnika, które trwa już 2 tygodnie.',
    themes: ['lost_parcel'],
  },
  {
    text: 'paczka zaginela w sortowni DHL, ostatni status 11 dni temu. w srodku szczoteczka soniczna i koncowki. sklep mowi ze czekaja na decyzje kuriera, kurier ze czeka na sklep. nie mam ani paczki ani pieniedzy',
    themes: ['lost_parcel'],
  },
  {
    text: 'Paczka do paczkomatu – sms z kodem przyszedł, pojechałam, a skrytka pusta. Zgłosiłam od razu w aplikacji przewoźnika, po 3 dniach informacja, że „przesyłka została odebrana”. Nie przeze mnie! W środku były buty dla córki za 280 zł.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Zamówienie wysłane Pocztą Polską, numer nadania pokazuje tylko etap „nadanie”. Od 3 tygodni żadnej aktualizacji. Reklamację na poczcie złożyłam, odpowiedź ma być w 30 dni. W paczce była książka z dedykacją autora, nie do odkupienia.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Kurier oznaczyl paczke jako dostarczona do punktu odbioru, w punkcie jej nie ma i nigdy nie bylo, pani pokazala mi liste. W srodku czesci do auta - czujnik ABS i przewody hamulcowe. Auto stoi, paczki brak.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Z trzech paczek jednego zamowienia (meble do przedpokoju) dotarly dwie. Trzeciej, z frontami i uchwytami, brak od tygodnia. W sledzeniu ciagle "przesylka w transporcie". Bez frontow te meble sa bezuzyteczne.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Przesyłka za pobraniem na 560 zł. Dostałam sms, że kurier był i nikogo nie zastał, a potem, że paczka wraca do nadawcy „z powodu odmowy przyjęcia”. Nie odmawiałam, kuriera nie widziałam. Paczka przepadła gdzieś po drodze, sklep twierdzi, że do niego nie wróciła.',
    themes: ['lost_parcel', 'courier_behaviour'],
  },
  {
    text: 'dwa tygodnie temu kupilem powerbank i kabel, paczka niby wyslana, numer sledzenia "nie znaleziono przesylki". sklep twierdzi ze nadali, ale nie umie pokazac potwierdzenia. moim zdaniem albo nigdy nie wyslali albo zgubili',
    themes: ['lost_parcel'],
  },
  {
    text: 'Zamówiłem tusze do drukarki, w śledzeniu paczka „doręczona”, ze zdjęciem jako dowodem. Na zdjęciu jakieś obce drzwi, nie z mojego bloku. Przewoźnik przyjął reklamację, sklep umywa ręce. Tusze były potrzebne do pracy na już.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Prezent urodzinowy dla siostry wysłany bezpośrednio na jej adres. Po tygodniu status „zwrot do nadawcy”, po kolejnym „przesyłka nie odnaleziona”. Zestaw kosmetyków przepadł. Jedyna informacja, jaką dostałam, to automatyczny mail.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Paczka przez GLS - ostatni skan w sortowni 9 dni temu i koniec. W srodku zabawka interaktywna dla syna na mikolajki. Mikolajki byly, zabawki nie bylo. Sklep po moim mailu wyslal drugi egzemplarz, ale pierwszy zaginal bez sladu.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Kupiłem hulajnogę elektryczną. Status od 12 dni: „przesyłka uszkodzona, oczekuje na decyzję”. Nikt mi nie mówi, co to znaczy i gdzie jest paczka. Ani sklep, ani przewoźnik nie potrafią jej zlokalizować.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Zamowilam 3 pary rajstop i bluzke, wyslane do paczkomatu. Po tygodniu status "przesylka nie zostala odebrana, zwrot do nadawcy", a ja nigdy nie dostalam kodu odbioru ani smsa. Sklep twierdzi ze paczka do nich nie wrocila. Gdzie ona jest??',
    themes: ['lost_parcel'],
  },
  // logistics: courier_behaviour
  {
    text: 'Kurier nawet nie zadzwonił domofonem. W skrzynce awizo „adresat nieobecny”, a siedziałam cały dzień w domu, bo czekałam właśnie na tę paczkę z mikrofalówką. Nagranie z kamery na klatce pokazuje, że nikt nie wchodził do budynku.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'kurier rzucil paczke przez plot, prosto w kaluze. w srodku buty sportowe, na szczescie w pudelku, ale karton caly mokry. jak zwrocilam mu uwage przez okno to cos mruknal i odjechal',
    themes: ['courier_behaviour', 'damaged_parcel'],
  },
  {
    text: 'Kurier byl bardzo niemily, kazal mi zejsc z 4 pietra po paczke z wiertarka, bo "nie bedzie wchodzil". Kiedy zapytalam, czy to normalne, uslyszalam, ze moge sobie zlozyc skarge. Bez windy, z malym dzieckiem na rekach.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Paczkę z kosmetykami kurier zostawił pod drzwiami bez pytania, w kamienicy, gdzie brama jest otwarta dla wszystkich. Wróciłam z pracy, paczki nie ma. W systemie oznaczył „doręczono do rąk własnych”. Kłamstwo i tyle.',
    themes: ['courier_behaviour', 'lost_parcel'],
  },
  {
    text: 'Kurier DPD sam przekierowal paczke do punktu 3 km ode mnie, bez proby dostarczenia pod adres. Zaplacilem 19,99 za dostawe do drzwi. Akurat to byl stolik kawowy, ktory ciezko nosic. Dziekuje bardzo.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Kurier otworzył paczkę przy mnie, „żeby sprawdzić, czy to na pewno moje”, po czym rzucił mi ją na wycieraczkę. W środku porcelanowy serwis do kawy. Na szczęście przetrwał, ale zachowanie kompletnie nieprofesjonalne, do tego zwracał się do mnie per „ty”.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Płatność przy odbiorze – kurier nie miał terminala, choć sklep zapewniał, że można płacić kartą. Kazał iść do bankomatu, a sam odjechał po 2 minutach. Paczka z sukienką na wesele wróciła do magazynu, zanim wróciłam z gotówką.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'kurier przyjezdza zawsze kolo 21, bez telefonu, i jak nie otworze w 30 sekund to zostawia awizo. dzis zamowiona kurtka znowu pojechala do oddzialu. trzeci raz to samo z tym samym kierowca',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Kurier zostawił karton z telewizorem u sąsiadki z parteru, którą widział pierwszy raz w życiu, i nawet nie zostawił kartki. Dowiedziałam się dopiero po dwóch dniach. Telewizor cały, ale tak się nie postępuje z przesyłką za 2500 zł.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Dostawa paneli z wniesieniem na 2 piętro. Kurier zostawił 16 paczek przed klatką i powiedział, że wniesienie „to nie jego sprawa”. Nosiłem sam przez pół godziny, a usługa wniesienia za 49 zł była opłacona w zamówieniu.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Kurier podjechal, zadzwonil ze jest pod blokiem i ze mam byc za minute bo sie spieszy. Zeszlam po 2 minutach a jego juz nie bylo. Paczka z lekami dla psa pojechala z powrotem. Tak sie nie robi ludziom.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Listonosz zostawił awizo, chociaż byłam w domu, a dzwonek działa. Na poczcie paczki jeszcze nie było, bo „listonosz jeszcze nie wrócił z rejonu”. Drugi dzień z rzędu jadę po zamówione kredki i farby dla dzieci. Tak wygląda doręczenie Pocztą Polską.',
    themes: ['courier_behaviour'],
  },
  // logistics: wrong_item
  {
    text: 'Zamówiłem pompę wody do konkretnego silnika, podałem numer katalogowy. Przyszła pompa do zupełnie innego auta, nawet rozstaw śrub się nie zgadza. Na pudełku naklejka z moim numerem, w środku inny produkt. Mechanik tego nie założy, samochód stoi.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamowilam zestaw pieciu kremow, w paczce byly 4, brak serum, ktore bylo najdrozsze w zestawie. Na liscie przewozowej wszystkie 5 odhaczone. Reszta produktow ok, dobrze zapakowane, ale serum nie ma.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamówiłam sandały beżowe w rozmiarze 39, przyszły czarne 37. Kompletnie inne zamówienie, na paragonie nazwisko innej osoby – pewnie ktoś inny dostał moje. Sklep od razu przeprosił i wysłał właściwe, ale i tak czekałam kolejne dni.',
    themes: ['wrong_item', 'praise_service'],
  },
  {
    text: 'W paczce z zestawem narzędzi ogrodowych (sekator, grabki, łopatka, rękawice) brakowało sekatora, który był głównym powodem zakupu. Reszta rzeczy solidna. W opisie wyraźnie „zestaw 4 elementy”, dostałem 3.',
    themes: ['wrong_item'],
  },
  {
    text: 'Toner do drukarki, zamowiony oryginal, przyszedl zamiennik w bialym pudelku bez nazwy. Drukarka go nie rozpoznaje. W opisie wyraznie bylo napisane oryginalny, nie zamiennik. Cena tez byla jak za oryginal.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamówiłem kurtkę w rozmiarze XL, na metce XL, ale to ewidentnie damski krój, wcięta w talii i z zapięciem na drugą stronę. W opisie była męska. Ktoś w magazynie pomylił półki. Szybkości wysyłki nic nie zarzucam, ale spakowanie złego towaru to podstawowy błąd.',
    themes: ['wrong_item', 'praise_delivery'],
  },
  {
    text: 'Zestaw talerzyków dla dzieci z dinozaurami, przyszły z jednorożcami. Syn płakał. Niby drobiazg, ale zamawiałam konkretnie na urodziny z dinozaurami, wszystko było pod ten motyw.',
    themes: ['wrong_item'],
  },
  {
    text: 'Kupilem 3 paczki wkretow 4x40 i 2 paczki 5x60. Przyszly same 4x40, wszystkie 5 paczek. Ktos nie przeczytal zamowienia. Bez tych dluzszych nie zmontuje tarasu, a ekipa umowiona na sobote.',
    themes: ['wrong_item'],
  },
  {
    text: 'W paczce ze smartwatchem nie było ładowarki ani drugiego paska w większym rozmiarze, które według opisu miały być w zestawie. Zegarek działa, ale bez ładowarki za chwilę się rozładuje i będzie bezużyteczny.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamówiłam dwie pary zasłon o długości 250 cm, przyszły 160 cm. Na opakowaniu naklejka 250, w środku krótsze. Wiszą teraz jak przykrótkie spodnie. Ktoś ewidentnie źle spakował towar albo pomylił etykiety.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamowilem etui do telefonu na model Pro, przyszlo do zwyklego modelu, otwory na aparat nie pasuja. Na paczce numer dobrego modelu. Reszta, czyli szklo hartowane, ok i pasuje idealnie.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamowilam zestaw 6 kubkow w kolorze szalwiowym, przyszly 4 szalwiowe i 2 rozowe. Paczka byla porzadnie zapakowana, nic sie nie stluklo. Ale kubki maja byc prezentem na parapetowke i dwa rozowe do kompletu zupelnie nie pasuja.',
    themes: ['wrong_item'],
  },
  // billing: refund
  {
    text: 'Odstąpiłam od umowy w terminie, odesłałam sukienkę i płaszcz przez paczkomat. Sklep potwierdził odbiór zwrotu 25 dni temu. Pieniędzy (612 zł) do dziś nie ma na koncie, a regulamin i ustawa mówią o 14 dniach. Na maile odpowiadają, że „zwrot jest w trakcie księgowania”.',
    themes: ['refund'],
  },
  {
    text: 'zwrot za odkurzacz 1099 zl, sklep przyjal reklamacje i napisal ze zwroci pieniadze. minal miesiac, pieniedzy nie ma. jak dzwonie to slysze "ksiegowosc sie tym zajmuje". place raty za sprzet ktorego nie mam',
    themes: ['refund'],
  },
  {
    text: 'Zaplacilem BLIKIEM, zamowienie anulowalem po godzinie, bo zauwazylem blad w adresie. Sklep potwierdzil anulowanie od razu, ale pieniadze wrocily dopiero po 19 dniach i to po kilku przypomnieniach. Przy zakupie kasa schodzi w sekunde, przy zwrocie trzy tygodnie.',
    themes: ['refund'],
  },
  {
    text: 'Z 4 zwróconych rzeczy sklep oddał pieniądze tylko za 3. Za spodnie (189 zł) brak przelewu, chociaż były w tej samej paczce zwrotnej, co widać w ich własnym potwierdzeniu przyjęcia. Piszę już drugi tydzień i dostaję tylko „sprawdzimy”.',
    themes: ['refund'],
  },
  {
    text: 'Zwrocilam buty bo byly za male, sklep oddal mi kwote pomniejszona o koszt wysylki do mnie (14,99), mimo ze w regulaminie stoi ze przy odstapieniu zwracaja tez koszt najtanszej dostawy. Niby niewiele, ale chodzi o zasade.',
    themes: ['refund'],
  },
  {
    text: 'Reklamacja uznana, sklep przyznał, że pralka była wadliwa i że zwróci 1849 zł. Dostałam przelew na 1649 zł z adnotacją „potrącenie za zużycie”. Nikt mnie o żadnym potrąceniu nie informował, używałam jej 3 tygodnie i była zepsuta od początku.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Przy płatności za pobraniem zwrot miał przyjść na konto, podałem numer rachunku w formularzu. Sklep twierdzi, że przelał pieniądze, ale u mnie nie ma nic, a potwierdzenia przelewu nie potrafią pokazać. Minęły 4 tygodnie od odesłania towaru.',
    themes: ['refund'],
  },
  {
    text: 'czekam na zwrot za anulowane zamowienie od 6 tygodni. 329 zl. towaru nie bylo na magazynie, sami anulowali, a kasy nie oddaja. zaczynam myslec ze to oszustwo',
    themes: ['refund'],
  },
  {
    text: 'Po odesłaniu wadliwego fotela gamingowego (pęknięty siłownik, fotel sam opadał) miałam wybrać zwrot pieniędzy albo wymianę. Wybrałam zwrot, zaznaczyłam to w formularzu. Zamiast pieniędzy dostałam bon na zakupy w tym sklepie o wartości 799 zł. Nie chcę bonu, chcę pieniądze.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Zapłaciłem przez PayU, strona pokazała, że płatność się „nie powiodła”, więc zapłaciłem drugi raz. Okazało się, że obie przeszły. Sklep obiecał zwrot podwójnej płatności w 3 dni, minęły dwa tygodnie i wciąż nic.',
    themes: ['refund', 'unexpected_charge'],
  },
  {
    text: 'Oddalem rower na zwrot w ciagu 14 dni, nieuzywany, w kartonie. Sklep po odbiorze wyslal mi tylko 60% ceny, bo "rower byl zlozony wiec zostal uzyty". Musialem go zlozyc zeby sprawdzic czy rama pasuje na mnie!',
    themes: ['refund'],
  },
  {
    text: 'Kupiłam tablet na prezent, rodzina kupiła taki sam, więc oddałam nieotwarty. Zwrot przyjęty 3 tygodnie temu, pieniądze wciąż nie wróciły. Za każdym razem inna wymówka: raz „przelewy zlecamy w czwartki”, raz „problem po stronie banku”.',
    themes: ['refund'],
  },
  {
    text: 'Reklamacja ekspresu do kawy uznana po 2 miesiącach (!), sklep napisał, że pieniądze zwróci „w najbliższym czasie”. Najbliższy czas trwa już trzeci tydzień. Czy jest jakiś konkretny termin, w którym dostanę swoje 1299 zł?',
    themes: ['refund'],
  },
  {
    text: 'zwrot za czesci samochodowe - odsylalem amortyzatory bo nie pasowaly, sklep potracil 50 zl "oplaty manipulacyjnej" o ktorej nic nie bylo w regulaminie. dostalem 340 zamiast 390. takie drobne oszukiwanie klientow',
    themes: ['refund', 'unexpected_charge'],
  },
  {
    text: 'Zamówienie anulowane przez sklep z powodu braku towaru (zestaw garnków). Płaciłam zwykłym przelewem, więc sklep poprosił o numer konta do zwrotu. Podałam go dwa razy, bo za pierwszym razem „mail zaginął”. Pieniądze nadal nie wróciły po 17 dniach.',
    themes: ['refund'],
  },
  {
    text: 'Dostałam tylko częściowy zwrot za zestaw mebli ogrodowych, bo „karton był uszkodzony przy zwrocie”. Karton uszkodził kurier jeszcze przy dostawie do mnie i mam na to protokół szkody. Sklep twierdzi, że protokół ich nie interesuje, i potrąca 30%.',
    themes: ['refund'],
  },
  {
    text: 'Oddalam sukienke, bo kolor na zywo zupelnie inny niz na zdjeciu. Sklep zwrot przyjal i napisal ze pieniadze beda w ciagu 5 dni roboczych. Po 3 tygodniach sie przypomnialam, odpisali ze "przelew zlecony" i dalej nic. Na koncie pusto.',
    themes: ['refund'],
  },
  {
    text: 'Kupiłem komplet opon, jedna okazała się uszkodzona, sklep zgodził się przyjąć zwrot całego kompletu i oddać koszty. Odesłałem 4 opony, wysyłka kosztowała mnie 200 zł. Cena opon wróciła, za wysyłkę ani złotówki, choć mam obietnicę na piśmie.',
    themes: ['refund'],
  },
  {
    text: 'Zwrot za kurs online z materiałami drukowanymi – materiały nie doszły, kurs anulowałem po 2 dniach. Sklep obiecał zwrot 450 zł „do końca miesiąca”. Jest połowa następnego. Każdy mail kończy się zdaniem „dziękujemy za cierpliwość” ;/',
    themes: ['refund'],
  },
  // billing: unexpected_charge
  {
    text: 'Przy zamówieniu dostawa była za darmo. Po opłaceniu przyszło potwierdzenie, w którym doliczono 24,99 zł za „przesyłkę gabarytową”. W koszyku nikt o tym nie informował. Pieniądze pobrane razem z całą kwotą, bez mojej zgody.',
    themes: ['unexpected_charge'],
  },
  {
    text: 'sciagneli mi z karty 2 razy za ta sama lampe, 2x 219 zl. zamowienie jedno, potwierdzenie jedno. sklep twierdzi ze to blokada banku, ale bank pokazuje 2 zaksiegowane transakcje. czekam az oddadza',
    themes: ['unexpected_charge', 'refund'],
  },
  {
    text: 'Zwrot niepasujących butów miał być bezpłatny, na stronie wielkimi literami „darmowy zwrot 30 dni”. Po odesłaniu sklep potrącił 15 zł za etykietę zwrotną. Drobna kwota, ale czuję się oszukana, bo to informacja wprowadzająca w błąd.',
    themes: ['unexpected_charge', 'refund'],
  },
  {
    text: 'Przy płatności za pobraniem kurier zażądał 7 zł więcej niż kwota na potwierdzeniu zamówienia – „opłata za pobranie”. W koszyku nic o tym nie było, cena dostawy podana jako 14,99. Zapłaciłem, bo chciałem odebrać klocki hamulcowe, ale to nieuczciwe.',
    themes: ['unexpected_charge'],
  },
  {
    text: 'Kupilam krem w promocji, po kilku dniach z konta zeszlo 49 zl za "subskrypcje" ktorej nie zamawialam. Okazalo sie ze przy platnosci bylo zaznaczone malym drukiem. Wypisalam sie, ale pieniedzy nie chca oddac.',
    themes: ['unexpected_charge', 'refund'],
  },
  {
    text: 'Zamówiłem meble z opcją dostawy „do drzwi”. Przy dostawie kierowca oznajmił, że wniesienie na 3 piętro kosztuje dodatkowe 120 zł gotówką, inaczej zostawia wszystko na parterze. Zapłaciłem, bo nie miałem wyjścia. W zamówieniu nie było o tym ani słowa.',
    themes: ['unexpected_charge', 'courier_behaviour'],
  },
  {
    text: 'Zamówiłam szkło hartowane za 19,99 zł. Przy finalizacji pojawiła się „opłata serwisowa” 4,99 zł i opłata za płatność online 2,50 zł. Razem prawie połowa wartości produktu w opłatach ukrytych do ostatniego kroku.',
    themes: ['unexpected_charge'],
  },
  {
    text: 'odeslalem kabel hdmi bo przyszedl nie ten (zamiast 5 m przyszedl 1,5 m), a sklep obciazyl mnie kosztem wysylki zwrotnej 18 zl. to oni wyslali zly produkt, a za swoj blad kaza placic mnie',
    themes: ['unexpected_charge', 'wrong_item'],
  },
  {
    text: 'Zamówiłem drukarkę z „darmowym zestawem startowym tuszów”. Na fakturze tusze doliczone jako osobna pozycja za 89 zł, a z karty pobrano całość. Sklep twierdzi, że promocja skończyła się dzień wcześniej, chociaż baner wciąż wisiał na stronie.',
    themes: ['unexpected_charge'],
  },
  {
    text: 'Zamawiałam jedną suszarkę do włosów, w koszyku była ilość 1. Pobrano za 2 i wysłano 2. Drugą sztukę muszę odesłać na swój koszt, a pieniądze za nią mają wrócić „po weryfikacji”. Sprawdzałam koszyk dwa razy przed płatnością.',
    themes: ['unexpected_charge', 'refund'],
  },
  {
    text: 'Wysylka miala kosztowac 9,99 do paczkomatu. Po wybraniu platnosci BLIK cena dostawy zmienila sie na 16,99 bez zadnego wyjasnienia. Zauwazylem dopiero na potwierdzeniu. Sklep tlumaczy ze to "oplata za szybka platnosc".',
    themes: ['unexpected_charge'],
  },
  {
    text: 'Zamówiłam zestaw farb i pędzli dla córki. Po tygodniu z konta zeszła druga płatność za to samo zamówienie, 156 zł, z dopiskiem „dopłata”. Do czego dopłata, skoro paczkę dostałam i wszystko się zgadza? Nikt mi tego nie potrafi wyjaśnić.',
    themes: ['unexpected_charge'],
  },
  // billing: invoice_error
  {
    text: 'Kupiłem laptopa na firmę, przy zamówieniu zaznaczyłem fakturę VAT i wpisałem NIP. Faktura przyszła na osobę prywatną, bez NIP-u. Poprosiłem o korektę – odpisali, że „po 3 miesiącach faktur do paragonów się nie wystawia”, a ja prosiłem w dniu dostawy.',
    themes: ['invoice_error'],
  },
  {
    text: 'zamowilem czesci do warsztatu za 2300 zl, faktury brak. w paczce nic, mailem nic, na koncie klienta nic. pisze trzeci raz. bez faktury nie moge tego wrzucic w koszty, ksiegowa mnie zabije',
    themes: ['invoice_error', 'no_reply'],
  },
  {
    text: 'Na fakturze za meble biurowe błędna nazwa firmy i stary adres, chociaż dane w koncie są aktualne od roku. Korekta trwała 3 tygodnie, a pierwsza poprawiona faktura miała… zły NIP. Dopiero trzecia wersja była dobra.',
    themes: ['invoice_error'],
  },
  {
    text: 'Kwota na fakturze nie zgadza się z tym, co zapłaciłam. Faktura na 1249 zł, przelew 1319 zł (z dostawą), a dostawy na fakturze nie ma. Potrzebuję dokumentu na pełną kwotę do rozliczenia z pracodawcą.',
    themes: ['invoice_error'],
  },
  {
    text: 'Faktura wystawiona z VAT 23%, a ksiazki powinny miec 5%. Prosze o korekte, bo w firmie mi tego nie przyjma. Poza tym ksiazki dotarly szybko i dobrze zapakowane, bez zastrzezen.',
    themes: ['invoice_error', 'praise_delivery'],
  },
  {
    text: 'Zamówiłam tusze i papier do drukarki dla biura. Sklep przysłał paragon zamiast faktury, mimo że w zamówieniu była zaznaczona faktura i podany NIP. Teraz twierdzą, że nie mogą wystawić faktury do paragonu bez NIP-u na paragonie. To nie mój błąd.',
    themes: ['invoice_error'],
  },
  {
    text: 'Faktura za zakup narzędzi ma błędną datę sprzedaży (miesiąc wcześniej niż rzeczywisty zakup), przez co wpadła w zamknięty już okres rozliczeniowy. Proszę o wystawienie faktury korygującej. Pisałem w tej sprawie tydzień temu, bez odzewu.',
    themes: ['invoice_error', 'no_reply'],
  },
  // digital: website_app
  {
    text: 'Próbowałam zapłacić za zamówienie kartą, trzy razy strona płatności wyrzucała błąd i wracała do koszyka. Za czwartym razem zamówienie się złożyło, ale ma status „nieopłacone”, chociaż pieniądze zeszły z konta. Nie wiem, czy zamówienie w ogóle jest realizowane.',
    themes: ['website_app'],
  },
  {
    text: 'status zamowienia w koncie od tygodnia "w przygotowaniu", a kurier juz mi dostarczyl paczke 3 dni temu. numer przesylki sie nie pokazuje, historia zamowien pusta. aplikacja sklepu zyje wlasnym zyciem',
    themes: ['website_app'],
  },
  {
    text: 'Nie mogę zalogować się na konto, żeby zgłosić zwrot. Reset hasła – link z maila prowadzi do strony z błędem 404. Formularz zwrotu jest dostępny tylko po zalogowaniu, więc w praktyce nie da się oddać butów, które są za małe.',
    themes: ['website_app'],
  },
  {
    text: 'Strona produktu z odkurzaczem pokazuje raz cenę 899, raz 1099, zależnie od tego, czy się ją odświeży. Do koszyka dodaje się za 1099. Opis urywa się w połowie, zdjęcia się nie ładują. Chciałam kupić, ale nie wiem, za ile i co właściwie kupuję.',
    themes: ['website_app'],
  },
  {
    text: 'Aplikacja wyrzuca mnie przy probie platnosci BLIKIEM, kod wpisany, potwierdzony w banku i nic, zamowienie sie nie sklada. Probowalem 4 razy, na komputerze to samo. Kupilem gdzie indziej.',
    themes: ['website_app'],
  },
  {
    text: 'Po założeniu konta nie przyszedł mail aktywacyjny, sprawdzałam też spam. Zamówić jako gość się nie da, bo przycisk „kup bez rejestracji” nie działa. Chciałam tylko kupić kilka książek na prezent, a zmarnowałam pół godziny.',
    themes: ['website_app'],
  },
  {
    text: 'W koszyku kod rabatowy -15% przyjęty, pokazuje nową cenę, ale po przejściu do płatności znów jest cena pełna. Próbowałem w dwóch przeglądarkach. Czy ten kod działa, czy nie? Strona powinna to jasno pokazywać.',
    themes: ['website_app'],
  },
  {
    text: 'filtrowanie po rozmiarze na stronie nie dziala, wybieram 42 a pokazuje wszystkie buty, a potem w karcie produktu 42 "niedostepne". strona wisi przy przewijaniu na telefonie. z takim sklepem to szkoda czasu',
    themes: ['website_app'],
  },
  {
    text: 'Formularz reklamacyjny na stronie nie pozwala dodać zdjęć – każdy plik ma „nieprawidłowy format”, nawet zwykły jpg 2 MB. Bez zdjęć zgłoszenia nie da się wysłać. Chodzi o ładowarkę z pękniętą obudową.',
    themes: ['website_app', 'product_defect'],
  },
  {
    text: 'Zamówienie zniknęło z historii w koncie klienta. Potwierdzenie mailowe mam, pieniądze zeszły, ale po zalogowaniu widzę „nie masz jeszcze żadnych zamówień”. Nie mogę sprawdzić statusu ani pobrać faktury.',
    themes: ['website_app'],
  },
  {
    text: 'Nie dziala sledzenie przesylki w aplikacji sklepu, link do kuriera prowadzi do pustej strony, a w szczegolach zamowienia numer paczki to same kreski. Musialem pisac do obslugi zeby w ogole go dostac. Taka podstawowa rzecz.',
    themes: ['website_app'],
  },
  {
    text: 'Strona wylogowuje mnie co kilka minut, koszyk sie czysci i trzeba wszystko dodawac od nowa. Przy zamowieniu 20 pozycji chemii do domu to mordega. Dwa razy wyrzucilo mnie na etapie platnosci.',
    themes: ['website_app'],
  },
  // product
  {
    text: 'Przyszło szybko, w dwa dni, ładnie zapakowane. Niestety po tygodniu używania suszarka zaczęła przerywać – dmucha, wyłącza się, znowu dmucha. Do tego przy wyższej temperaturze czuć spalony plastik. Za 230 zł spodziewałam się czegoś trwalszego.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Szklo hartowane na telefon - paczka w paczkomacie na drugi dzien, wszystko spoko. Ale samo szklo nie przylega na brzegach, robia sie babelki na calej krawedzi i lapie kurz. Klej jest tylko na srodku. Drugie z zestawu to samo. Szkoda pieniedzy.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Czajnik elektryczny z regulacją temperatury. Wygląda świetnie, nagrzewa szybko. Po trzech tygodniach zaczął przeciekać przy podstawie, a wyświetlacz pokazuje losowe temperatury. Woda w środku czuć plastikiem mimo wielokrotnego gotowania.',
    themes: ['product_defect'],
  },
  {
    text: 'Kupiłem ten odkurzacz po wielu pozytywnych opiniach. Moc ssania dobra, ale akumulator po 3 miesiącach trzyma 7 minut zamiast 35. Do tego stacja dokująca słabo łączy i odkurzacz często się nie ładuje, trzeba go poprawiać. Na dłuższą metę nie polecam.',
    themes: ['product_defect'],
  },
  {
    text: 'buty do biegania, wygodne, lekkie, dostawa kurierem nastepnego dnia. niestety po 80 km przetarla sie siateczka na palcach, a amortyzacja w piecie jakby siadla. za 450 zl to o wiele za krotko',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Biurko z regulacją wysokości. Skręcenie zajęło godzinę, instrukcja czytelna. Niestety silnik przy podnoszeniu strasznie piszczy, a blat na maksymalnej wysokości mocno się chwieje, nie da się pisać na klawiaturze. Na niższych ustawieniach ok, ale nie po to kupowałem biurko do pracy na stojąco.',
    themes: ['product_defect'],
  },
  {
    text: 'Krem nawilżający o „lekkiej konsystencji” – w rzeczywistości tłusty, nie wchłania się nawet po godzinie, a po tygodniu wysypało mnie na brodzie. Zapach mocno perfumowany, choć w opisie „dla skóry wrażliwej”. Dostawa szybka, do sklepu nic nie mam, ale produkt odradzam.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Robot kuchenny za 1600 zl i nie ma funkcji gotowania na parze, ktora ma model konkurencyjny za mniej. Mieszanie ok, ale nie ma wagi w misie i sa tylko 3 programy. Za taka cene oczekiwalem duzo wiecej. Wg mnie przeplacony.',
    themes: ['price_too_high', 'missing_feature'],
  },
  {
    text: 'Spodnie jeansowe, krój fajny, ale po pierwszym praniu w 30 stopniach skurczyły się o dobre 3 cm na długości i mocno puściły kolor – cała pralka na niebiesko. Prałam zgodnie z metką. Więcej tej marki nie kupię.',
    themes: ['product_defect'],
  },
  {
    text: 'Komplet garnków przyszedł po dwóch dniach, pudełko całe, każdy garnek osobno w folii – wysyłka wzorowa. Niestety powłoka w patelni zaczęła schodzić po dwóch tygodniach, mimo że używam tylko drewnianej łopatki. Uchwyty mocno się nagrzewają. Rozczarowanie.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Kupilam zabawke interaktywna dla corki, piesek ktory chodzi i szczeka. Chodzi przez 2 minuty i staje, baterie padaja po jednym dniu zabawy. Do tego dzwiek bardzo glosny i nie da sie go sciszyc, brakuje regulacji glosnosci.',
    themes: ['product_defect', 'missing_feature'],
  },
  {
    text: 'Książka kucharska w twardej oprawie – w opisie 300 przepisów, w środku połowa stron to zdjęcia na całą stronę, przepisy powtarzają się w różnych rozdziałach, a kilka kartek jest źle sklejonych, z pomieszaną numeracją. Za 89 zł słaby zakup.',
    themes: ['product_defect', 'price_too_high'],
  },
  {
    text: 'Wkrętarka akumulatorowa z dwiema bateriami w zestawie. Paczka przyszła następnego dnia, kurier bardzo miły. Niestety uchwyt bije na boki, a sprzęgło nie trzyma ustawionego momentu – wkręty wchodzą raz za głęboko, raz za płytko. Do precyzyjnej roboty się nie nadaje.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Tusze zamienniki do drukarki. Czarny drukuje ok, kolorowe robia smugi i po 30 stronach drukarka pokazuje ze tusz pusty. Oryginal wystarcza mi na 200. Oszczednosc pozorna. Wysylka ok, szybko.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Sofa z funkcją spania, kolor zgodny ze zdjęciem, przywieźli na czas. Po 2 miesiącach mechanizm rozkładania zaczął się zacinać, trzeba szarpać z całej siły, a materiał na siedzisku już się wyciera. Spodziewałam się, że przetrwa chociaż rok.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Smartwatch – w opisie pomiar ciśnienia, w praktyce wyniki z kosmosu, raz 180/110, minutę później 110/60. Powiadomienia z telefonu przychodzą tylko czasami. Brakuje też odpisywania na wiadomości, które reklamowano na zdjęciach. Za 500 zł zdecydowanie za mało.',
    themes: ['product_defect', 'missing_feature', 'price_too_high'],
  },
  {
    text: 'fotelik samochodowy z isofixem, montaz latwy, ale pas boczny sie skreca i trzeba go co chwile prostowac, a klamra czasem nie zaskakuje. przy dziecku ktore sie wierci to koszmar. material mechaci sie po miesiacu',
    themes: ['product_defect'],
  },
  {
    text: 'Rekawice zimowe, ladnie wygladaja i byly tanie. Po tygodniu szew przy kciuku puscil, a ocieplina zbila sie w grudki. Przy -5 stopniach rece marzna po 10 minutach. Wygladaja na cieple, ale to tylko wyglad.',
    themes: ['product_defect'],
  },
  {
    text: 'Ekspres przelewowy za 799 zł, a kawa letnia, nie gorąca, płyta grzewcza wyłącza się po 20 minutach bez możliwości ustawienia dłuższego czasu. Za tę cenę oczekiwałem termosu albo przynajmniej regulacji. Tańszy model u rodziców robi lepszą kawę.',
    themes: ['price_too_high', 'missing_feature', 'product_defect'],
  },
  {
    text: 'Mata do cwiczen przyszla w 2 dni paczkomatem bez problemu. Niestety smierdzi chemia tak mocno ze po tygodniu wietrzenia na balkonie dalej nie da sie na niej cwiczyc. Do tego slizga sie na panelach i zwija na rogach.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Kupiłam zestaw kredek i flamastrów dla dzieci – flamastry wysychają po 2 dniach mimo zamykania, a kredki łamią się przy każdym temperowaniu, grafit w środku jest połamany na kawałki. Dla dzieci w zerówce kompletnie się nie nadaje.',
    themes: ['product_defect'],
  },
  {
    text: 'Płyta indukcyjna, wymiary zgodne z opisem, montaż bez problemu. Ale panel dotykowy reaguje na każdą kroplę wody i sam się wyłącza przy gotowaniu makaronu. Brak też funkcji łączenia pól, która była na zdjęciu produktu. Rozczarowanie.',
    themes: ['product_defect', 'missing_feature'],
  },
  {
    text: 'czesci do auta, zamiennik tarcz hamulcowych. po 3 tys km bicie na kierownicy przy hamowaniu, mechanik mowi ze tarcze sie pokrzywily bo kiepski material. dostawa jak zawsze szybka, ale te czesci to loteria',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Kurtka przeciwdeszczowa przemaka na szwach przy pierwszym porządnym deszczu. Kaptur bez regulacji, wiatr zwiewa go z głowy. Szwy kieszeni nie są podklejone, telefon w środku mokry. Za 380 zł to po prostu przepłacona wiatrówka.',
    themes: ['product_defect', 'missing_feature', 'price_too_high'],
  },
  {
    text: 'Lampka biurkowa LED, ładna, minimalistyczna. Światło migocze przy niższych ustawieniach jasności, co po godzinie pracy męczy oczy. Do tego nie ma regulacji barwy światła, którą miał poprzedni model. Wysyłka i pakowanie bez zarzutu.',
    themes: ['product_defect', 'missing_feature', 'praise_delivery'],
  },
  {
    text: 'Nawilzacz powietrza - po tygodniu bialy osad na wszystkich meblach, a zbiornik zaczal przeciekac od spodu. Poza tym glosny, bzyczy cala noc, w sypialni nie da sie spac. Przyszedl szybko, kurier w porzadku, ale sprzet do wyrzucenia.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Cena tych słuchawek wzrosła o 150 zł w ciągu miesiąca, a to ten sam model bez żadnych zmian. Kupiłam, bo potrzebowałam, ale czuję się naciągnięta. Dźwięk przeciętny, etui plastikowe i trzeszczy. Za 599 zł powinna być co najmniej redukcja szumów, a jej nie ma.',
    themes: ['price_too_high', 'missing_feature'],
  },
  {
    text: 'Wentylator stojący z pilotem. Pilot działa tylko z odległości metra, a oscylacja zacina się po kilku obrotach i trzeba ją popchnąć ręką. Do tego w nocy świeci jasna niebieska dioda, której nie da się wyłączyć. Przesyłka dotarła szybko, produkt do niczego.',
    themes: ['product_defect', 'missing_feature', 'praise_delivery'],
  },
  {
    text: 'Koszulki bawelniane 5-pak, po pierwszym praniu kazda ma inna dlugosc, kolnierzyki rozciagniete jak po roku noszenia. Material cienki, przeswituje. 120 zl za 5 sztuk to i tak drogo za taka jakosc.',
    themes: ['product_defect', 'price_too_high'],
  },
  {
    text: 'Powerbank 20000 mAh – w praktyce naładuje telefon półtora raza, więc realna pojemność to może 8000. Sam ładuje się 10 godzin, bo nie ma szybkiego ładowania na wejściu. W opisie ani słowa o tym. Dostawa ekspresowa i dobrze zapakowany, tylko produkt oszukany.',
    themes: ['product_defect', 'missing_feature', 'praise_delivery'],
  },
  {
    text: 'Wiertła do metalu w zestawie 19 sztuk – tępią się po kilku otworach w cienkiej blasze, dwa najmniejsze złamały się od razu. Plastikowa kaseta pękła przy pierwszym otwarciu. Wyglądają profesjonalnie, ale to chyba tylko wygląd.',
    themes: ['product_defect'],
  },
  {
    text: 'Ladny komplet poscieli, ale po pierwszym praniu sie mechaci i przebarwil sie na szwach. Poszewki na poduszki bez zamka, tylko z zakladka, ktora sie caly czas otwiera. Szkoda ze nie ma wersji z zamkiem.',
    themes: ['product_defect', 'missing_feature'],
  },
  {
    text: 'Waga łazienkowa z analizą składu ciała pokazuje inną wagę przy każdym wejściu, różnice po 1,5 kg w ciągu minuty. Procent tłuszczu to już czysta fantazja. Nie ma też opcji kilku użytkowników, więc z mężem ciągle się nadpisujemy.',
    themes: ['product_defect', 'missing_feature'],
  },
  {
    text: 'Zamówiłam szybko, przyszło szybko, kurier przesympatyczny – to tyle z pozytywów. Lokówka nagrzewa się tylko na końcówce, przy uchwycie jest zimna, więc loki wychodzą nierówne. Po dwóch tygodniach przestał działać wyświetlacz temperatury.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Gra planszowa dla rodziny, wydanie mocno oszczedne: cienkie zetony ktore sie rozwarstwiaja, plansza sie wygina i nie lezy plasko, instrukcja z bledami w tlumaczeniu. 179 zl za cos takiego to przesada. Sama gra fajna.',
    themes: ['price_too_high', 'product_defect'],
  },
  {
    text: 'Zestaw do manicure hybrydowego z lampą. Kciuk nie mieści się pod lampą, więc lakier na nim się nie utwardza, a timer ma tylko jedną opcję – 60 sekund. Lakiery gęste, smużą się. Dla początkującej to bardziej frustracja niż przyjemność.',
    themes: ['product_defect', 'missing_feature'],
  },
  {
    text: 'Cena tego materaca jest zupełnie nieadekwatna do jakości. 2100 zł, a pianka po trzech miesiącach ugina się przy brzegach i czuć sprężyny przez górną warstwę. Pokrowca nie da się zdjąć do prania, o czym w opisie nie było informacji.',
    themes: ['price_too_high', 'product_defect', 'missing_feature'],
  },
  {
    text: 'Plecak szkolny dla syna, po miesiacu pekl zamek w glownej komorze, a szelka zaczela sie pruc przy szwie. Dostawa byla sprawna, nic nie zarzucam, ale plecak nie przetrwal nawet do konca wrzesnia.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Kamera do monitoringu z aplikacją – obraz nocny tak ciemny, że nic nie widać dalej niż na 2 metry. Powiadomienia o ruchu przychodzą z kilkuminutowym opóźnieniem albo wcale. Brakuje też nagrywania na kartę, wszystko idzie tylko do płatnej chmury. Rozczarowanie.',
    themes: ['product_defect', 'missing_feature'],
  },
  {
    text: 'Grzejnik olejowy 2000 W. Grzeje, owszem, ale termostat nie działa – albo pracuje cały czas na full, albo się wyłącza. W pokoju raz 27 stopni, raz 17. Dodatkowo trzeszczy przy nagrzewaniu. Za 300 zł spodziewałem się lepszej jakości.',
    themes: ['product_defect'],
  },
  {
    text: 'Hulajnoga elektryczna za 2400 zl - zasieg w opisie 30 km, realnie 12 przy moich 75 kg. Brak amortyzacji, na kostce trzesie niemilosiernie. Przyszla szybko i dobrze zapakowana, ale za taka cene to slaba propozycja.',
    themes: ['price_too_high', 'product_defect', 'praise_delivery'],
  },
  {
    text: 'Buty zimowe, zamówione w piątek, w poniedziałek już były. Niestety po trzech spacerach w mokrym śniegu przemakają przy szwie na boku, a sztuczny kożuszek w środku zbił się i nie grzeje. Do tego podeszwa strasznie ślizga się na lodzie.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Frytkownica beztłuszczowa, duża komora, fajny wygląd. Powłoka w koszu zaczęła odchodzić płatami po miesiącu, a timer co jakiś czas sam się resetuje w trakcie pieczenia. Brak też okienka do podglądania, trzeba wysuwać kosz. Jak na 549 zł mocno przeciętnie.',
    themes: ['product_defect', 'missing_feature', 'price_too_high'],
  },
  // Second set: the main complaint is the seller's handling (often after a long product description).
  {
    text: 'Blender kielichowy 1200 W za 389 zł. Po pięciu tygodniach zaczął śmierdzieć spalenizną, silnik zwalnia i w końcu staje w połowie miksowania. Robiłam w nim tylko koktajle z banana i mleka, nic twardego. Reklamację odrzucono z uzasadnieniem „przeciążenie silnika wskutek użytkowania niezgodnego z instrukcją”. Poprosiłam o protokół z ekspertyzy – zero odpowiedzi od 12 dni. Blender stoi w szafce, pieniędzy brak. Dzwoniłam też na numer z faktury, pani stwierdziła, że „ekspertyza to dokument wewnętrzny” i nie może mi jej wysłać. Czyli mam uwierzyć na słowo, że zniszczyłam blender bananem.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'kurtka puchowa za 549 zl, po tygodniu noszenia rozszedl sie zamek od dolu i nie da sie go zapiac, do tego z rekawow wylazi pierze. zglosilam reklamacje ze zdjeciami. odpowiedz: "zamek jest elementem podlegajacym naturalnemu zuzyciu". po TYGODNIU?? napisalam odwolanie 20 dni temu i cisza. zima w pelni a ja chodze w starej kurtce. nigdy wiecej',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Kupiłem zestaw 3 szkieł hartowanych 9H na Samsunga A54. Pierwsze pękło w kieszeni po 4 dniach, drugie po tygodniu przy odłożeniu telefonu na stół, trzecie ma pajączka od rogu. Zgłosiłem to sprzedawcy, a on mi odpisał, że „szkło ochronne ma za zadanie pękać zamiast ekranu, więc działa prawidłowo”. No to gratuluję logiki. Reklamacja odrzucona, 59 zł w błoto.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Hulajnoga elektryczna za 1899 zł, przejechane ok. 200 km i nagle zgasł wyświetlacz, nie da się jej włączyć. Wysłałam na gwarancję, po 30 dniach wróciła NIENAPRAWIONA z adnotacją „ślady zalania, naprawa odpłatna 640 zł”. Jeździłam wyłącznie po suchym, stoi w przedpokoju. Poprosiłam o zdjęcia tego zalania – odpowiedź, że „nie udostępniają dokumentacji serwisowej”. Sprawa idzie do rzecznika konsumentów.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Lampa sufitowa LED z pilotem, od pierwszego dnia mruga przy ściemnianiu, a pilot działa co trzecie kliknięcie. Wystawiłem negatywa, sprzedawca od razu napisał, że zwróci całe 279 zł, jeśli usunę komentarz. Usunąłem jak głupi. Minęły trzy tygodnie, kasy nie ma, wiadomości są odczytane i bez odpowiedzi. Wystawiam ocenę jeszcze raz i ostrzegam innych – nie dajcie się na to nabrać.',
    themes: ['not_resolved', 'product_defect', 'refund'],
  },
  {
    text: 'Fotel gamingowy, po dwóch miesiącach siłownik zaczął opadać, siedzę coraz niżej i po godzinie jestem przy biurku na wysokości brody. Do tego pękło jedno kółko. Sprzedawca przyznał, że to wada i obiecał wysłać nowy siłownik „w przyszłym tygodniu”. Słyszę to po raz trzeci, za każdym razem od innej osoby. Paczki brak, numeru przesyłki brak, a ja siedzę na taborecie.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zmywarka do zabudowy 60 cm, po miesiącu błąd E15 i woda w tacce na dole. Zgłaszam do sklepu – każą dzwonić do producenta. Producent mówi, że skoro kupione niecałe pół roku temu, to rękojmia i mam iść do sklepu. Sklep znowu odsyła do producenta. Od 5 tygodni odbijają mnie jak piłkę, a ja myję gary w zlewie. Nikt nie poczuwa się do odpowiedzialności.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'buty do biegania za 480 zl, po ok 80 km pekla pianka w podeszwie pod pieta, widac to golym okiem. reklamacja odrzucona bo "widoczne slady uzytkowania". no ludzie, to sa buty do BIEGANIA, jak mialy nie miec sladow uzytkowania? mam je trzymac w pudelku? odwolanie tez odrzucone tym samym gotowcem, nawet nikt nie przeczytal co napisalem',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Białko serwatkowe 2 kg, smak czekoladowy. Po otwarciu zbrylone, dziwnie kwaśny zapach, a data ważności za 5 tygodni, choć na aukcji było „ważne do 2026”. Zgłosiłem reklamację, kazali odesłać na mój koszt, odesłałem. Po tygodniu odmowa, bo „otwarty produkt spożywczy nie podlega zwrotowi”. Ale to nie był zwrot, tylko reklamacja wadliwego towaru! Piszę i piszę, a oni wklejają ten sam akapit. Dodam, że na etykiecie ktoś przykleił nową datę na starą, widać to pod światło. Zamiast się tym zainteresować, sprzedawca zablokował mi możliwość pisania wiadomości.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Tarcze i klocki hamulcowe do Golfa VI (zam. 77310). Po 2 tys. km kierownica drga przy hamowaniu, mechanik zmierzyl bicie tarczy i potwierdzil krzywizne, mam to na pismie z warsztatu. Sklep odrzucil reklamacje: "nieprawidlowy montaz". Montowal autoryzowany warsztat, dalem im fakture. Teraz zadaja opinii rzeczoznawcy na moj koszt, 350 zl. Za czesci kosztujace 420 zl. Zenada.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zestaw mebli ogrodowych z technorattanu, stół i 4 fotele za 1290 zł. W kartonie ze stołem nie było worka ze śrubami ani jednej z czterech nóg, więc stół leży w częściach na tarasie. Napisałem do sklepu ze zdjęciem zawartości i listą z instrukcji. Odpowiedź: „każda paczka jest ważona przed wysyłką, brak elementów jest niemożliwy”. Czyli kłamię? Odmówili dosłania, odmówili wymiany, a goście na grillu siedzieli przy desce na kozłach.',
    themes: ['not_resolved', 'wrong_item'],
  },
  {
    text: 'Ekspres kolbowy za 1150 zł, manometr od początku stoi na zerze, a kawa leci wodnista. Reklamację uznali w 4 dni, super pomyślałem. Napisali, że wyślą nowy egzemplarz i kurier odbierze stary. Minęły 4 tygodnie – nowego nie ma, kurier po stary nie przyjechał, a na maile dostaję „przekazaliśmy do działu logistyki”. Uznana reklamacja, która nic nie zmienia.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'kosiarka spalinowa 4,5 km, od nowosci nie chce odpalic, a przy trzecim szarpnieciu urwala sie linka rozrusznika. sklep najpierw kazal zalac swieza benzyne 95 (zalalem), potem ze to wina oleju (olej z zestawu!), a na koniec ze linka to "uszkodzenie mechaniczne". kosiarka nie przepracowala ani minuty. trawa do kolan, maj sie konczy, a ja dalej pisze maile',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Fontanna-poidło dla kota za 119 zł. Po 10 dniach pompka zaczęła głośno buczeć, a potem w ogóle przestała pompować wodę. Kot pije z miski, a fontanna stoi. Reklamacja odrzucona, bo „pompka jest częścią eksploatacyjną, dostępną w sklepie za 49 zł”. Czyli co 10 dni mam kupować pompkę za pół ceny urządzenia? Odpisałam, powołałam się na rękojmię – bez reakcji.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Telewizor 55 cali, po dwóch miesiącach pionowe pasy przez pół ekranu. Sklep przysłał kuriera, przy odbiorze zrobiłem zdjęcia – matryca cała, bez rysy. Po 5 tygodniach informacja: „mechaniczne uszkodzenie matrycy, naprawa nieuzasadniona”. Wygląda na to, że pękła w transporcie do serwisu, ale o tym nikt nie chce rozmawiać. Wysłałem zdjęcia z dnia odbioru – odpowiedź szablonowa, reklamacja zamknięta. Telewizor kosztował 2599 zł, ma niecałe trzy miesiące i teraz nadaje się tylko na części. Infolinia każe pisać maile, a maile kończą się słowami „decyzja jest ostateczna”.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'spodnie jeansowe za 199 zl, po pierwszym praniu zafarbowaly na niebiesko cala pralke razem z bielizna i skurczyly sie tak, ze nie dopne guzika. reklamacja odrzucona bo "pranie niezgodne z zaleceniami na metce". pralam w 30 stopniach, dokladnie jak na metce!! wyslalam zdjecie metki i ustawien pralki, dalej odmowa. z nimi sie nie da dogadac',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Materac kieszeniowy 160x200 za 1390 zł. Po 3 miesiącach po mojej stronie zrobił się dołek, budzę się z bólem pleców. Zgłosiłam reklamację, przyjechał pan z linijką, zmierzył 4,5 cm i stwierdził, że „wg regulaminu wada jest od 5 cm, to normalne układanie się pianek”. Czyli muszę jeszcze poczekać, aż się bardziej zapadnie? Reklamacja odrzucona, śpię na kocu złożonym na pół.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Pad do konsoli, po 6 tygodniach lewa gałka zaczęła dryfować, postać sama idzie w bok. Reklamacja przyjęta, po miesiącu odesłali mi TEN SAM pad z kartką „sprawdzono, działa prawidłowo”. Dryf jak był, tak jest, nagrałam film. Druga reklamacja, poprosiłam o zwrot pieniędzy – odmowa, bo „najpierw przysługuje naprawa”. Ale przecież niczego nie naprawili! Kręcimy się w kółko.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Smartwatch za 349 zl przestal sie ladowac po trzech tygodniach, na ladowarce nic, ekran czarny. Sprzedawca kazal nagrac filmik. Nagralem. Potem drugi z inna ladowarka. Potem zdjecie stykow pod lupa. Po miesiacu takich zabaw decyzja: "na podstawie nagran nie stwierdzono usterki". Zegarek nie dziala, widac to na kazdym filmie. Nawet nie chcieli go obejrzec fizycznie.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Szafa z drzwiami przesuwnymi 200 cm, dolna prowadnica przyszła wygięta fabrycznie i drzwi co chwilę wyskakują z szyny. Sklep obiecał dosłać nową prowadnicę w ciągu 7 dni roboczych. Minęło 5 tygodni, dzwoniłam cztery razy, za każdym razem „już jest zamówiona u producenta”. Drzwi stoją oparte o ścianę w sypialni, a ja tracę nadzieję, że to się kiedyś skończy.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'krem do twarzy za 159 zl, juz przy otwarciu byl rozwarstwiony, na gorze olej, pod spodem grudki, zapach jakby zjelczaly. po jednym uzyciu wysypka na policzkach. reklamacja odrzucona bo "kosmetyki po otwarciu nie podlegaja reklamacji". a jak mialam zobaczyc ze jest zepsuty bez otwierania??? wyslalam zdjecia, zero zrozumienia',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zamówiłem buty skórzane w rozmiarze 44, w pudełku naklejka 44, a w środku para 42 – widać na podeszwie. Zdjęcia wysłałem tego samego dnia. Sklep odpowiada, że „magazyn sprawdził nagranie z pakowania i wysłano rozmiar 44”, więc wymiany nie będzie. Nagrania oczywiście nie chcą mi pokazać. Stoję z butami, w które nie wejdę, i 389 zł w plecy.',
    themes: ['not_resolved', 'wrong_item'],
  },
  {
    text: 'Wiertarko-wkrętarka 18 V z dwoma akumulatorami. Po trzech miesiącach oba akumulatory trzymają może 10 minut, wcześniej starczało na cały dzień. Reklamacja odrzucona: „akumulatory ładowane niezgodnie z instrukcją”. Skąd oni to niby wiedzą, skoro nawet ich nie podłączyli, wróciły w tej samej folii? Zażądałem ekspertyzy na piśmie, minęły dwa tygodnie i nic.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Laptop 15,6” za 2899 zł – po miesiącu klawisze E, R i spacja reagują co któryś raz. Oddałam na gwarancję, dostałam protokół „ślady zalania klawiatury, naprawa odpłatna”. Tylko że na zdjęciu w protokole jest laptop w kolorze srebrnym, a mój jest czarny! Pokazałam im to, odpisali tym samym szablonem co poprzednio. Nie wiem już, z kim rozmawiam i czy ktoś w ogóle czyta maile. Laptop jest mi potrzebny do pracy, od 5 tygodni pracuję na komputerze syna. Poprosiłam o zwrot sprzętu bez naprawy – odeślą go dopiero po opłaceniu „kosztów diagnozy” 150 zł.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Fotelik samochodowy z isofixem, po miesiącu pękł plastikowy zaczep przy jednym z ramion, fotelik zaczął się bujać na boki. To jest sprzęt, od którego zależy bezpieczeństwo dziecka! Sprzedawca w odpowiedzi przysłał mi… kod na 50 zł do wykorzystania w ich sklepie. Serio? Dziecko ma jeździć w tym foteliku dalej? Żądam sprawnego fotelika albo zwrotu 899 zł. Od dwóch tygodni piszę to samo, a w odpowiedzi dostaję przypomnienie o ważności kodu.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Zestaw garnków 8 el. „do wszystkich typów kuchenek, także indukcji” – na mojej płycie indukcyjnej dwa największe garnki w ogóle nie są wykrywane. Zgłosiłem, a sklep odpisał, że to „płyta klienta jest niekompatybilna z garnkami”. Płyta ma rok i działa z każdym innym garnkiem w domu. Reklamacja odrzucona, na odwołanie nikt nie odpisał.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'lustro stojace 160 cm przyszlo pekniete w poprzek, karton tez byl zgnieciony, spisalem protokol szkody z kurierem na miejscu, wszystko jak trzeba. wyslalem do sklepu tego samego dnia. od 3 tygodni slysze ze "sprawa jest wyjasniana z przewoznikiem". nowego lustra nie wysla, kasy nie oddadza dopoki kurier nie uzna szkody. a co mnie to obchodzi, umowe mam ze sklepem!',
    themes: ['not_resolved', 'damaged_parcel'],
  },
  {
    text: 'Okulary przeciwsłoneczne z polaryzacją za 229 zł. Polaryzacja nie działa – test z ekranem telefonu nic nie pokazuje, szyby jak zwykłe przyciemnione plastiki. Do tego zawias lata po tygodniu. Reklamacja odrzucona, bo „odczucie polaryzacji jest subiektywne”. Odpisałam, że to fizyka, a nie odczucie. Od tamtej pory cisza. Reklamacja zamknięta bez mojej wiedzy.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Robot sprzatajacy z mapowaniem - gubi mape co drugie sprzatanie, jezdzi w kolko po kuchni i nie wraca do stacji. Po reklamacji dostalem nowy egzemplarz, ktory ma dokladnie te sama wade. Poprosilem o zwrot pieniedzy, skoro wymiana nie pomogla. Odmowa: "wymiana zostala juz zrealizowana, sprawa zamknieta". Czyli mam zostac z drugim wadliwym robotem za 1699 zl?',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Ciśnieniomierz naramienny dla mamy, wyniki skaczą o 30–40 mmHg przy pomiarach minuta po minucie, lekarz porównał z aparatem w przychodni i kazał wyrzucić. Zgłosiłam reklamację z zaświadczeniem od lekarza. Odpowiedź po 2 tygodniach: „urządzenie spełnia normy”. Nikt go nawet nie odebrał do sprawdzenia. Mama mierzy ciśnienie u sąsiadki. Dramat.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'namiot 4 osobowy, w opisie wodoodpornosc 3000 mm. przy pierwszym deszczu na kempingu kapalo na szwach i przy wejsciu, spiwory mokre. reklamacja odrzucona bo "przed uzyciem namiot nalezy zaimpregnowac". o tym nie bylo ani slowa w opisie ani w instrukcji. pytalem gdzie to jest napisane, nie odpisali. zmarnowany urlop i 459 zl',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Drukarka atramentowa drukuje poziome pasy od pierwszej strony, czyszczenie głowicy nic nie daje. Odesłałem do sklepu, po 3 tygodniach odrzucili reklamację: „uszkodzenie spowodowane nieoryginalnym tuszem”. Tusz był w pudełku z drukarką, oryginalny, nawet nie zdążyłem kupić innego! Wysłałem zdjęcia pudełka, odpowiedzi brak. Drukarka wróciła w tym samym stanie.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Grzałka do akwarium 100 W z termostatem, po tygodniu przestała się wyłączać i nagrzała wodę do 34 stopni. Padły mi neonki i dwa skalary. Sklep „łaskawie” zaproponował wymianę grzałki, ale o rybach i o tym, że ich produkt jest niebezpieczny, ani słowa. Poprosiłem o zwrot pieniędzy zamiast wymiany – cisza od 16 dni. Wymieniać na taką samą bombę nie zamierzam.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Powerbank 20000 mAh po miesiącu spuchł i grzał się przy ładowaniu tak, że nie dało się go trzymać w ręce. Odesłałem w reklamacji z opisem, że jest niebezpieczny. Po 3 tygodniach odesłali mi go Z POWROTEM, dalej spuchniętego, z kartką „nie stwierdzono wady”. Przecież to może wybuchnąć w mieszkaniu! Dzwonię – nikt nie odbiera, mail – szablon. Zgłaszam do UOKiK. W zgłoszeniu wyraźnie napisałem, że obudowa się rozchyla i czuć spalony plastik, dołączyłem zdjęcia. Ktoś to w ogóle czytał? Powerbank leży teraz w metalowej puszce na balkonie.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Stół rozkładany 140–180 cm, mechanizm rozkładania zaciął się po miesiącu, a blat na łączeniu zaczął pękać. Sklep przysłał montera, który dokręcił jedną śrubę i pojechał. Po tygodniu to samo. Chciałam zgłosić ponownie, a w panelu widzę, że reklamacja ma status „rozwiązana – klient usatysfakcjonowany”. Nikt mnie o zdanie nie pytał. Nowe zgłoszenie czeka już 10 dni.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Komplet ręczników bawełnianych 6 szt. za 189 zł. Po dwóch praniach mechacą się, linieją tak, że po kąpieli jestem cały w kłaczkach, a krawędzie się strzępią. Sprzedawca: „to naturalna cecha bawełny”. Mam ręczniki z innego sklepu od 5 lat i żaden tak nie wygląda. Reklamacja odrzucona jednym zdaniem, prośba o ponowne rozpatrzenie bez odpowiedzi.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'klimatyzator przenosny ktory ma chlodzic do 25 m2, a u mnie w pokoju 14 m2 tylko dmucha cieplym powietrzem, temperatura nie spada ani o stopien. reklamacja: "pomieszczenie zbyt duze lub zle wyprowadzony waz". waz wyprowadzony przez uszczelke okienna z zestawu. zaproponowali zebym kupil druga sztuke... upaly trwaja a sprawa stoi',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Opony zimowe 205/55 R16, komplet za 1240 zł. Po 500 km na jednej wyszedł bąbel na boku. Reklamacja odrzucona: „uszkodzenie w wyniku uderzenia w krawężnik”. Żadnego krawężnika nie było, jeżdżę spokojnie. Ich rzeczoznawca orzekł to na podstawie dwóch zdjęć z telefonu, opony nawet nie widział. Na prośbę o oględziny odpisali, że decyzja jest ostateczna.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Sukienka na wesele za 269 zł, przy pierwszym przymierzeniu rozpruł się boczny szew na długości 10 cm. Chciałam zwrócić w terminie 14 dni, odesłałam z metką przypiętą plastikową żyłką, tak jak przyszła. Zwrot odrzucony, bo „metka odcięta”. Nie była! Odesłali mi sukienkę z powrotem, kasy nie ma. Na zdjęcia, które zrobiłam przed nadaniem, nikt nie chce spojrzeć.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Czajnik elektryczny za 139 zł nie wyłącza się po zagotowaniu wody, gotuje dopóki go ręcznie nie wyłączę, raz prawie wygotował się do sucha. Sklep uznał reklamację, ale zamiast wymiany daje tylko naprawę z terminem „do 6 tygodni”. Tłumaczę, że to kwestia bezpieczeństwa i chcę nowy albo zwrot – odpowiadają, że „procedura jest procedurą”. Półtora miesiąca bez czajnika za wadę fabryczną.',
    themes: ['not_resolved', 'product_defect'],
  },
  {
    text: 'Anulowałem zamówienie nr 58812 godzinę po złożeniu, przed wysyłką, mam potwierdzenie na czacie. Mimo to paczka wyszła, odmówiłem odbioru, wróciła do nadawcy 12 dni temu. Od tego czasu sklep twierdzi, że „anulacja nie została zarejestrowana w systemie”, i każe mi składać formularz zwrotu od nowa. Wysłałem zrzut z czatu trzy razy. Sprawa stoi, nikt nie umie jej zamknąć.',
    themes: ['not_resolved'],
  },
  {
    text: 'Przed zamówieniem pytałam na czacie, czy ta szafka RTV pomieści soundbar 95 cm – konsultant odpisał „tak, bez problemu”. Wnęka ma 88 cm. Chciałam zwrócić, bo przecież to oni mnie wprowadzili w błąd, ale odmówili, bo „mebel został rozpakowany i zmontowany”. Jak miałam sprawdzić bez montażu? Odsyłają mnie do wymiarów w opisie, o czacie nie chcą słyszeć. Mam zrzut ekranu z czatu z datą i godziną. W odpowiedzi dostałam informację, że „konsultant mógł się pomylić, ale wiążący jest opis”. To po co ten czat?',
    themes: ['not_resolved'],
  },
  {
    text: 'Odkurzacz bezprzewodowy za 899 zł, po trzech tygodniach szczotka główna przestała się kręcić, a silnik wyje jakby coś blokowało. Wyczyściłem wszystko, nic nie pomaga. Reklamację wysłałem formularzem, mailem i przez wiadomość na platformie – 24 dni i ZERO odpowiedzi. Nawet nie wiem, gdzie mam to odesłać. Ustawowe 14 dni dawno minęło, więc formalnie uznana, tylko co mi z tego. Przed zakupem pytałem o dostępność szczotek na wymianę i odpisali w 10 minut. Jak trzeba sprzedać, to są szybcy, jak coś nie działa – nie ma nikogo.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'bluza z kapturem z nadrukiem, po pierwszym praniu na lewej stronie w 30 stopniach nadruk popekal i zaczal odchodzic platami. wyglada jak po 5 latach noszenia. napisalam do sklepu 3 razy, dolaczylam zdjecia, nr zamowienia 10294. zadnej odpowiedzi, nawet automatu. 149 zl za szmate i sprzedawca ktory udaje ze nie istnieje',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Wideorejestrator samochodowy nagrywa maksymalnie 10 minut, potem sam się restartuje i plik jest uszkodzony. Karta pamięci ta z zestawu, formatowana w kamerze. Na stronie sklepu jest numer telefonu – dzwoniłem 11 razy o różnych porach, nikt nie odbiera. Mail wraca z komunikatem „skrzynka odbiorcy jest pełna”. Jak mam złożyć reklamację, skoro nie ma z kim?',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Komplet 4 krzeseł tapicerowanych, jedno się kiwa – tylna noga jest krótsza o dobry centymetr, podkładki nic nie dają. Do tego na siedzisku przebarwienie jak plama. Wysłałam zdjęcia i pytanie, czy mogą wymienić jedno krzesło. Wiadomość ma status „odczytana” od 15 dni. Odczytali i zignorowali. Pozostałe trzy są ok, ale obsługa to porażka.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'etui silikonowe na iphone 15, po tygodniu pozolklo jak stara firanka i peklo przy przycisku glosnosci. w opisie "nie zolknie, anti-yellow". napisalem do sprzedawcy z pytaniem o wymiane albo zwrot 45 zl, juz 2 tygodnie i nic. niby grosze ale zasada jest zasada, a sprzedawca ma w nosie klientow',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Kołdra puchowa 200x220 za 599 zł. Pierze wyłazi przez szwy, rano cała pościel w piórkach, a od nowości czuć zapach kurnika, który nie zszedł po wietrzeniu przez tydzień. Napisałam cztery maile. Na pierwszy przyszedł automat „odpowiemy w ciągu 48 godzin”, potem już nic. Żadnego człowieka po drugiej stronie. Zostawiam ocenę, bo tylko to mi zostało.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Pila lancuchowa elektryczna - przy pierwszym cieciu lancuch spadl z prowadnicy, a przy probie naciagniecia pekl plastikowy napinacz. Narzedzie nie przecielo jednej galezi. Sprzedawca zapadl sie pod ziemie: aukcje dalej aktywne, sprzedaje jak szalony, ale na moje trzy wiadomosci nie odpowiada od ponad dwoch tygodni. Nie kupujcie, przy problemie zostaniecie sami.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Magnez z B6, 180 kapsułek. Słoik przyszedł nieszczelny, kapsułki sklejone w jedną bryłę, część rozpuszczona. Nie nadaje się do jedzenia. Napisałem z prośbą o wymianę, dołączyłem zdjęcia. Cisza od 3 tygodni, a w tym czasie na ich sklepie pojawiło się 5 nowych produktów i dwie promocje, więc firma działa. Tylko odpisać klientowi nie ma komu.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'smycz automatyczna 5 m dla psa do 25 kg. na trzecim spacerze mechanizm blokady przestal dzialac, pies pociagnal i prawie wbiegl na jezdnie. pisze do sprzedawcy zeby ostrzec ze to niebezpieczne i zlozyc reklamacje. 10 dni, zero reakcji. smycz wyrzucilam, kupilam normalna. 89 zl i nikt nawet nie przeprosi',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Słuchawki gamingowe z mikrofonem – mikrofon trzeszczy i co kilka minut się wycisza, koledzy na Discordzie nic nie słyszą. Sterowniki aktualne, inny komputer – to samo. Dzwoniłem na infolinię: „wszyscy konsultanci są zajęci”, po 40 minutach połączenie samo się rozłącza. Tak trzy razy. Mail wysłany 9 dni temu, odpowiedzi brak. Słuchawki za 299 zł leżą w szufladzie.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Dywan 200x300 do salonu za 749 zł. Od pierwszego dnia farbuje – szare skarpetki mamy po godzinie chodzenia, a zapach chemii w całym mieszkaniu nie schodzi od dwóch tygodni, dziecko kaszle. Pisałam przez platformę i na maila z regulaminu. Jedyne, co dostałam, to automatyczne podziękowanie za wystawienie oceny. Na reklamację ani słowa.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Rower miejski 28", przerzutka nie zmienia biegow na 3 najwyzsze, tylne kolo bije na boki, slychac ocieranie o hamulec. Serwis wycenil regulacje na 120 zl, ale to nowy rower, wiec najpierw napisalem do sklepu. Trzy maile, dwie wiadomosci, telefon pod numerem ze strony - "abonent czasowo niedostepny". Miesiac ciszy. Chyba musze isc do rzecznika.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'tablet dla dziecka 10 cali, po miesiacu ekran przestal reagowac na dotyk w prawym gornym rogu, nie da sie zamknac aplikacji ani wejsc w ustawienia. reset fabryczny nic nie dal. zglosilam reklamacje 19 dni temu, nie dostalam nawet potwierdzenia ze ja przyjeli. dzwonilam 2 razy, nikt nie odebral. dziecko placze a ja nie mam z kim rozmawiac',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Parasol ogrodowy 3 m z korbą. Przy drugim rozkładaniu pękła korba, plastik w środku jak z jajka niespodzianki, parasol ani w górę, ani w dół. Napisałem do sprzedawcy ponad miesiąc temu. Widzę, że na pytania przed zakupem pod aukcjami odpowiada w godzinę, ale po zakupie klient już go nie interesuje. Zero odpowiedzi, dwa przypomnienia też bez echa.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Frytkownica beztłuszczowa 5,5 l – po trzech tygodniach powłoka w koszu zaczęła schodzić płatami, znalazłam czarne kawałki we frytkach. Przestałam jej używać, bo nie wiem, co to za świństwo. Wysłałam zdjęcia i prośbę o wymianę kosza lub zwrot. Trzeci tydzień bez odpowiedzi. Infolinia czynna „pn–pt 9–15” tylko w teorii, bo nikt nie podnosi słuchawki.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'czujnik abs do octavii II, po zamontowaniu od razu kontrolka abs na desce i blad w diagnostyce. mechanik sprawdzil wiazke, wszystko ok, czujnik wadliwy nowy z pudelka. pisze do sklepu od 12 dni, dzwonie rano i po poludniu, nikt nie odbiera ani nie oddzwania. auto jezdzi z kontrolka, w przyszlym miesiacu przeglad. no pieknie',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Kupiłem powieść w twardej oprawie za 54,90 zł. Po 200 stronach okazało się, że jest błąd w druku – strony 209–240 są wydrukowane dwa razy, a rozdziałów 11 i 12 w ogóle nie ma. Napisałem do księgarni z prośbą o wymianę egzemplarza, nawet nie chcę zwrotu. Dwa tygodnie, żadnej odpowiedzi. Nie wiem, jak kończy się książka i chyba się nie dowiem.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Piżama dziecięca 104 cm – po pierwszym praniu odpadły dwa guziki, jeden znalazłam w łóżeczku. Dla trzylatka to ryzyko zadławienia! Do tego materiał śmierdzi chemią nawet po praniu. Zgłosiłam to sklepowi, bo uważam, że powinni wiedzieć i wycofać towar. Nikt się nie odezwał od 11 dni. Rozumiem, że bezpieczeństwo dzieci ich nie obchodzi.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'maszynka do strzyzenia wlosow, ostrza szarpia zamiast ciac, po 5 minutach obudowa jest goraca jak zelazko. uzyta dwa razy. napisalem maila, potem wiadomosc przez formularz, potem znowu maila. 17 dni i nic. na stronie pisze "odpowiadamy w 24h". chyba ze nie odpowiadaja wcale',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Hantle regulowane 2x24 kg za 1090 zł. Mechanizm blokady talerzy nie zatrzaskuje się do końca i przy wyciskaniu talerz zsunął mi się prosto na stopę, skończyło się siniakiem na pół stopy. Opisałam wszystko, dołączyłam film pokazujący, że blokada nie trzyma. Od 3 tygodni żadnej odpowiedzi, telefon nieaktywny. Uważajcie, to nie jest bezpieczny sprzęt.',
    themes: ['no_reply', 'product_defect'],
  },
  {
    text: 'Zadałam przed zakupem proste pytanie: jaka jest dokładna wysokość łóżeczka z podniesionym dnem, bo chcę dopasować do łóżka. Czekałam 3 dni, bez odpowiedzi. Zadałam drugi raz – nic. W końcu kupiłam w innym sklepie, który odpowiedział w 20 minut. Szkoda, bo cena była tu lepsza, ale skoro przed zakupem nie odpisują, to bałam się, co będzie po.',
    themes: ['no_reply'],
  },
  {
    text: 'pytalem 2 razy czy ta lodowka ma pelny no frost czy tylko w zamrazarce, bo w opisie jest raz tak raz tak. zadnej odpowiedzi przez tydzien. zamowilem u konkurencji, odpisali od razu. a dzis od was przyszedl newsletter "masz pytania? jestesmy dla ciebie". no wlasnie nie jestescie',
    themes: ['no_reply'],
  },
  {
    text: 'Zamówienie nr 20417 opłacone 9 dni temu, status od początku „w realizacji”, na aukcji była wysyłka w 24 h. Napisałem trzy wiadomości z pytaniem, kiedy paczka wyjdzie albo czy towar w ogóle jest. Zero odpowiedzi. Nie wiem, czy czekać, czy anulować. Gdyby ktoś napisał choć jedno zdanie, byłbym spokojniejszy.',
    themes: ['no_reply', 'late_delivery'],
  },
  {
    text: 'przy zamowieniu zaznaczylem fakture na firme i wpisalem NIP. faktury nie dostalem, wiec napisalem o nia. potem drugi raz. potem trzeci. mija miesiac, ksiegowa mnie goni, a sklep milczy jak zaklety. nie chodzi o kase tylko o jeden plik pdf, serio tak trudno?',
    themes: ['no_reply', 'invoice_error'],
  },
  {
    text: 'Paczka od 6 dni ma w śledzeniu ten sam status „przyjęta w oddziale”. Przewoźnik twierdzi, że informacji udziela nadawca. Napisałam więc do sklepu, dwa razy mailem i raz na czacie na stronie. Czat pokazuje „konsultant wkrótce dołączy” i tak od godziny, a maile bez odpowiedzi. Nikt nie chce mi powiedzieć, gdzie jest moja paczka.',
    themes: ['no_reply', 'lost_parcel'],
  },
  {
    text: 'Chciałem się upewnić, czy filtr kabinowy pasuje do Corolli E15 z 2012 roku, bo w tabeli jest tylko „Corolla 2007–2013” bez rozbicia na wersje. Pytanie wysłane w poniedziałek, przypomnienie w środę. Dziś piątek, odpowiedzi brak. Kupiłem w sklepie stacjonarnym. Sprzedajecie części, a nie umiecie odpowiedzieć na pytanie o pasowanie?',
    themes: ['no_reply'],
  },
  {
    text: 'odstapilam od umowy w 14 dni, wyslalam formularz ze strony, potem maila z tym samym. nie dostalam potwierdzenia ani adresu na ktory mam odeslac buty. w regulaminie jest adres siedziby, ale tam podobno nie przyjmuja zwrotow. pytam od 10 dni gdzie wyslac, nikt nie odpisuje, a termin leci',
    themes: ['no_reply'],
  },
  {
    text: 'W opisie „wysyłka do 3 dni roboczych”, zamówione 2 tygodnie temu, paczki nie ma, numeru przesyłki nie dostałam. Telefon sklepu ciągle wyłączony, maile bez odpowiedzi. Zaczynam się zastanawiać, czy w ogóle ktoś tam pracuje. Chciałabym chociaż wiedzieć, czy mam anulować i szukać gdzie indziej, bo prezent był na urodziny w sobotę.',
    themes: ['no_reply', 'late_delivery'],
  },
  {
    text: 'Napisałam 10 minut po złożeniu zamówienia, że pomyliłam rozmiar i proszę o zmianę z M na S przed wysyłką. Nikt nie odpisał, paczka wyszła dopiero następnego dnia, więc mieli czas. Przyszło M. Teraz muszę robić zwrot, płacić za przesyłkę i zamawiać od nowa. Jedno kliknięcie w skrzynce mailowej i byłoby po sprawie.',
    themes: ['no_reply'],
  },
  {
    text: 'Zamówiłem szafę na wymiar, wpłaciłem zaliczkę 1500 zł i miałem dostać informację o terminie montażu „w ciągu 2 tygodni”. Minęło 5. Napisałem dwa maile, wypełniłem formularz kontaktowy, dzwoniłem – nikt nie odbiera. Nie wiem, czy szafa w ogóle jest produkowana. Przy wpłacie zaliczki byli bardzo rozmowni, teraz kompletna cisza.',
    themes: ['no_reply', 'late_delivery'],
  },
  {
    text: 'chcialem dokupic drugi taki sam kabel do tego samego zamowienia zeby przyszlo w jednej paczce. na stronie jest napisane "w razie pytan piszcie, odpowiadamy szybko". napisalem od razu po zakupie. paczka przyszla po 4 dniach, odpowiedzi do dzis nie ma. drugi kabel kupilem gdzie indziej i zaplacilem drugi raz za wysylke',
    themes: ['no_reply'],
  },
  {
    text: 'Kupiłam u Was szybkowar rok temu, teraz potrzebuję nowej uszczelki do pokrywy. Na stronie jej nie ma, więc napisałam z pytaniem, czy mogą ją sprowadzić albo podać model. Trzy tygodnie bez odpowiedzi, mimo przypomnienia. Szybkowar bez uszczelki jest bezużyteczny. Szkoda, że obsługa posprzedażowa w ogóle nie istnieje.',
    themes: ['no_reply'],
  },
  {
    text: 'Pytałem, jak zgłosić gwarancję producenta na wkrętarkę kupioną u Was, bo w karcie gwarancyjnej nie ma adresu serwisu, tylko pieczątka sklepu. Napisałem dwa razy, raz przez platformę. Zero odpowiedzi przez dwa tygodnie. Nie chcę nic reklamować u Was, chcę tylko wiedzieć, gdzie mam to wysłać. Tyle chyba można odpisać.',
    themes: ['no_reply'],
  },
  {
    text: 'pytalam czy mozna odebrac osobiscie w magazynie bo jestem z tego samego miasta i chcialam oszczedzic na wysylce mebla 149 zl. dostalam 4 razy ten sam autoresponder "dziekujemy za wiadomosc, odpowiemy najszybciej jak to mozliwe". najszybciej jak to mozliwe trwa juz 8 dni. odpuszczam',
    themes: ['no_reply'],
  },
  {
    text: 'buty zimowe "wodoodporne" za 329 zl, po pierwszym spacerze w mokrym sniegu skarpetki do wykrecenia, woda wchodzi przez szew przy podeszwie. napisalam na czacie. konsultantka: "a czy pani chodzila po kaluzach?" potem "buty zimowe nie sluza do chodzenia w wodzie". to do czego sluza, do stania w domu?? zero checi pomocy, tylko sarkazm',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Smartfon za 1499 zł, tylny aparat nie łapie ostrości, wszystkie zdjęcia rozmyte, nawet tekst z 30 cm. Zadzwoniłam na infolinię. Pan kazał przetrzeć obiektyw (przetarłam), zrestartować (zrobiłam), a potem rzucił: „może pani po prostu nie umie robić zdjęć”. Poczułam się jak idiotka. Reklamację złożyłam sama przez formularz, bo z nim nie dało się rozmawiać. Na koniec dodał, że „z tym modelem nikt inny nie ma problemów”, i tyle. Aparat dalej nie ostrzy, a telefon kupiłam głównie do zdjęć dziecka.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'toster na 2 kromki, przypieka tylko z jednej strony, druga strona chleba zostaje blada jak byla. zadzwonilem do sklepu, pan z infolinii sie zasmial i powiedzial "to prosze obrocic chleb i opiec jeszcze raz". serio tak mi odpowiedzial. o reklamacji nie chcial slyszec, kazal pisac maila. 119 zl i taka obsluga',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Wozek spacerowy, po 3 tygodniach przednie kolo zaczelo skrzypiec i blokowac sie w polowie obrotu, wozek sciaga w bok. Zadzwonilam do sklepu, pani od poczatku podniesionym glosem, ze "przy takiej cenie to czego sie spodziewam" i ze "kola trzeba smarowac". Gdy poprosilam o formularz reklamacyjny, po prostu sie rozlaczyla. Nigdy nie spotkalam sie z takim chamstwem.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Zamówiłam czarną torebkę skórzaną, przyszła brązowa i do tego z innym zapięciem, czyli zupełnie inny model. Napisałam do sklepu ze zdjęciami obok aukcji. Konsultant odpowiedział, że „różnice w kolorze wynikają z ustawień monitora”. Monitor nie zmienia kształtu zapięcia! Trzeci mail i dalej to samo kopiuj-wklej. Nie mam siły na takich ludzi.',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Podkład w odcieniu 02 „light beige” na zdjęciu jasny, a w realu pomarańczowy, na twarzy wyglądam jak po solarium. Do tego zapycha i waży się po godzinie. Napisałam, czy mogę wymienić na jaśniejszy. Konsultantka odesłała mi link do FAQ o zwrotach kosmetyków i dopisała „każda skóra reaguje inaczej”. Ani wymiany, ani normalnej rozmowy.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Okap kuchenny 60 cm, od montażu wentylator ociera o obudowę i na drugim biegu hałasuje jak startujący samolot. Sprawdzony przez elektryka, zamontowany poziomo. Napisałem do sprzedawcy z prośbą o pomoc, odpowiedź: „jak się nie podoba, trzeba było kupić droższy”. I tyle, bez podpisu. Tak się traktuje klienta, który zapłacił 649 zł?',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'kabel hdmi opisany jako 2.1, 8k, 48gbps. na ps5 i telewizorze 120hz nie przenosi 4k 120, obraz sie wylacza co chwile, na starym kablu dziala 60hz bez problemu. napisalem do sprzedawcy. odpowiedz: "a po co panu 120hz, ludzkie oko i tak nie widzi roznicy". nie pytalem o opinie tylko o zgodnosc z opisem. zenada',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Rolety zaciemniające „100% blackout” do sypialni dziecka – przez tkaninę widać światło latarni, a po bokach jasne pasy. Dziecko budzi się o 5 rano. Konsultant na czacie poinformował mnie, że „blackout nie oznacza całkowitego zaciemnienia” i że „powinnam była zamówić na wymiar”. Zamówiłam na wymiar! Godzina rozmowy i zero rozwiązania.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Interaktywny piesek dla córki, po dwóch dniach przestał szczekać i chodzić, tylko mruga oczkami. Baterie nowe, wymieniane dwa razy. Zadzwoniłam i usłyszałam, że „dzieci często rzucają zabawkami, proszę sprawdzić, czy nie spadł”. Nie spadł, stał na dywanie. Pani ciągle wracała do tego, że to wina dziecka. Poczułam się oskarżona o kłamstwo.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Żelazko parowe za 279 zł – z dysz leci woda z rdzawymi kropkami, zniszczyłam nim białą koszulę męża. Zgłosiłam to na infolinii. Konsultantka: „trzeba używać wody demineralizowanej”. Używam od początku. „W takim razie nie wiem, proszę poszukać rozwiązania w internecie”. Dosłownie tak. Nie zaproponowała reklamacji ani nawet nie zapisała zgłoszenia.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'zamowilem olej 5w30 do diesla z dpf a przyszedl 10w40 mineralny, zupelnie inny produkt. napisalem do sklepu a konsultant na to "to prawie to samo, spokojnie moze pan lac". no nie, to nie to samo i mechanik by mnie wysmial. dopiero jak zagrozilem negatywem to laskawie przyslal etykiete zwrotna. fachowosc zero',
    themes: ['unhelpful_agent', 'wrong_item'],
  },
  {
    text: 'Biurko z elektryczną regulacją wysokości – jeden silnik nie pracuje, blat przy podnoszeniu przekrzywia się o kilka centymetrów. Wsparcie techniczne kazało mi samodzielnie rozkręcić nogę i sprawdzić połączenia. Zapytałem, czy nie stracę gwarancji. „Owszem, rozkręcenie unieważnia gwarancję”. To po co mi to każecie robić? Konsultant nie widział w tym problemu.',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'perfumy za 389 zl, zapach znika po 20 minutach i pachna inaczej niz te same ze stacjonarnej perfumerii, atomizer tez inny. zapytalam grzecznie czy na pewno sa oryginalne. konsultantka obrazona: "u nas sa wylacznie oryginaly, prosze nie obrazac firmy" i zamknela czat. drugi raz nie moglam napisac bo zablokowala. tak sie rozmawia z klientem?',
    themes: ['unhelpful_agent', 'product_defect'],
  },
  {
    text: 'Zapytałam, czy wysyłacie na Hel, bo w kalkulatorze dostawy wyskakuje dopłata. Odpowiedź: gotowiec o czasie realizacji zamówień i link do regulaminu. Zapytałam drugi raz, jaśniej – kolejny gotowiec, tym razem o zwrotach. Trzeci raz odpisali „prosimy o cierpliwość”. Czy ktoś tam w ogóle czyta wiadomości, czy tylko klika w szablony?',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'mam uczulenie na welne wiec przed zakupem swetra zapytalam o dokladny sklad. odpowiedz "prosze sprawdzic w opisie produktu". w opisie nie ma skladu, tylko "mieszanka przedz". dopytalam, to "nie mam dostepu do takich informacji". to kto ma? sprzedajecie ciuchy i nie wiecie z czego sa?',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Kontakt ze sklepem to tylko chatbot. Pytam o zmianę metody dostawy, a bot trzy razy wysyła link do FAQ o płatnościach. Piszę „chcę rozmawiać z konsultantem” – bot „nie rozumiem pytania, wybierz temat z listy”. Żadnego maila ani telefonu na stronie. Zmarnowałem pół godziny i dalej nie wiem, czy mogę zmienić kuriera na paczkomat.',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Przy składaniu zamówienia pomyliłam numer mieszkania, zauważyłam po minucie i od razu zadzwoniłam. Pani z infolinii stwierdziła, że „to pani błąd, a nie nasz problem” i że nic nie da się zrobić, choć paczka była jeszcze w magazynie. Nie chodzi nawet o to, że się nie dało, tylko o ton. Można było powiedzieć to normalnie.',
    themes: ['unhelpful_agent'],
  },
  {
    text: 'Dzwoniłem zapytać o przesyłkę, konsultant zapewnił mnie, że „kurier będzie jutro do 12, na pewno”. Wziąłem wolne z pracy. Nikt nie przyjechał, a w śledzeniu paczka dopiero tego dnia opuściła magazyn sklepu. Okazało się, że pan powiedział cokolwiek, żeby mnie spławić. Wolałbym usłyszeć prawdę niż tracić dzień urlopu.',
    themes: ['unhelpful_agent', 'late_delivery'],
  },
  {
    text: 'Pralka 8 kg, po miesiącu przy wirowaniu bęben stuka, jakby w środku był kamień, a cała pralka przesuwa się po łazience. Zgłosiłem telefonicznie. Potem dzwonili do mnie kolejno trzej różni konsultanci i każdy zaczynał od zera: model, numer seryjny, data zakupu, opis usterki, filmik. Żaden nie widział notatek poprzedniego. Za czwartym razem już krzyczałem. Serwisu dalej brak. Jeden zapytał nawet, czy zdjąłem śruby transportowe – oczywiście, było to w pierwszym zgłoszeniu. Od zgłoszenia minęły 3 tygodnie, pranie wożę do mamy.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'monitor 27 cali, 3 martwe piksele na srodku i jeden jasny zawsze swiecacy na zielono. zglosilem przez formularz, dostalem numer zgloszenia. potem dzwonie, a pani pyta o wszystko od nowa, numer zgloszenia "nic jej nie mowi". mail - inna osoba, znowu prosba o zdjecia. wyslalem te same zdjecia juz 3 razy. po co dajecie numery zgloszen skoro nikt ich nie czyta',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Sofa 3-osobowa z tkaniny welurowej za 2390 zł. Po dwóch miesiącach tkanina na siedzisku przetarła się do nitek, a szew przy oparciu się rozchodzi. Na każdego maila odpowiada kto inny i każdy prosi o zdjęcia, numer zamówienia i opis, jakby poprzednie wiadomości nie istniały. Zdjęcia wysłałam już cztery razy, w tym samym wątku! Decyzji brak.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Router Wi-Fi 6 zrywa polaczenie kilka razy dziennie, trzeba go odlaczac od pradu. Dzwonilem na wsparcie cztery razy i za kazdym razem inna osoba kazala mi zrestartowac router, zaktualizowac firmware i zmienic kanal. Wszystko to zrobilem przy pierwszej rozmowie! Nikt nie zapisuje, co juz bylo sprawdzone. Po godzinie tlumaczenia od nowa odpuscilem.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'kurtka przeciwdeszczowa z membrana 10000 mm, przemaka na ramionach po 15 minutach lekkiego deszczu. opisalam to na czacie, pani powiedziala ze przekaze do dzialu reklamacji. dzial reklamacji napisal maila zebym opisala problem. opisalam. potem zadzwonil ktos z "jakosci" i znowu pyta co sie stalo. trzy osoby, trzy razy ta sama historia, zero decyzji',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Mikser planetarny – misa nie blokuje się w podstawie i przy wyrabianiu ciasta drożdżowego wyskakuje, raz prawie spadła z blatu. Dzwoniłam na infolinię: przełączono mnie do działu technicznego, stamtąd do reklamacji, a stamtąd z powrotem do „obsługi ogólnej”. Każdemu opowiadałam od początku. Po 50 minutach ostatnia osoba powiedziała, żebym napisała maila.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Lodówka side by side, dwa tygodnie po dostawie przestała chłodzić, straciłam jedzenie za kilkaset złotych. Dzwoniłam pięć razy i za każdym razem ktoś inny prosił o model, numer seryjny, zdjęcie tabliczki znamionowej i datę zakupu. Zdjęcie tabliczki wysłałam trzykrotnie. Technik dalej nie umówiony, a ja trzymam mleko na balkonie. Przy drugiej rozmowie pan obiecał, że „wszystko jest już w systemie”, ale trzecia pani nie widziała nic. Teraz przed każdym telefonem mam kartkę z numerami, bo wiem, że i tak o nie zapytają.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'zamowilam 2 komplety poscieli 160x200, w paczce byl jeden komplet i recznik, ktorego nie zamawialam. tlumaczylam to na czacie, potem mailem, potem przez telefon, za kazdym razem innej osobie i za kazdym razem musialam wysylac zdjecie zawartosci paczki. po tygodniu ktos w koncu napisal "czy moze pani opisac co bylo w paczce?" rece opadaja',
    themes: ['had_to_repeat', 'wrong_item'],
  },
  {
    text: 'Aparat bezlusterkowiec z obiektywem kitowym – obiektyw nie łapie ostrości w trybie AF, silnik tylko terkocze. Zgłosiłem na czacie, potem dostałem maila z prośbą o opis, potem telefon z prośbą o opis. Okazało się, że czat, mail i infolinia to trzy osobne systemy, które się ze sobą nie komunikują. Opisałem problem trzy razy, każdy raz tak samo szczegółowo.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Rolki dla syna za 259 zł, po tygodniu pękło kółko i łożysko wypadło. Napisałam na czacie, konsultant zaczął sprawę, po czym rozmowa zniknęła. Następnego dnia inny konsultant – historii brak, opowiadam od nowa. Po trzech dniach trzeci – to samo. Każdy obiecuje „przekazać dalej”, ale nikt nie wie, co się dzieje ze zgłoszeniem.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Szlifierka kątowa 125 mm – tarcza bije, a w środku przez kratki wentylacyjne widać iskrzenie przy szczotkach. Używana dwa razy. Zgłaszałem to już czterem osobom: dwóm na infolinii, jednej mailem i jednej na czacie. Każda pyta, czy na pewno używam dobrej tarczy i czy nie przeciążam narzędzia. Czwarty raz odpowiadam na te same pytania.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'sluchawki douszne z anc, prawa gra wyraznie ciszej niz lewa, balans w telefonie nic nie zmienia. pisze maila, odpowiada "Kasia", prosi o opis. opisuje. odpowiada "Marek", prosi o opis problemu i nr zamowienia. podaje. odpowiada "Ola" i prosi zebym opisal problem. serio, 3 osoby w jednym watku i zadna nie przeczytala co jest wyzej',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Karma sucha dla psa 12 kg – po otwarciu w worku mole spożywcze i pajęczynki, karma pachnie stęchlizną. Zgłosiłam. Pierwsza osoba poprosiła o numer partii, podałam. Druga poprosiła o numer partii i zdjęcie. Trzecia, po tygodniu, o numer partii i datę ważności. Worek stoi na balkonie, a ja w kółko przepisuję te same cyfry.',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'akumulator 74ah kupiony 2 miesiace temu, po nocy na mrozie auto nie odpala, na miernik 11,2 v. zglosilem, poproszono o wynik testu z warsztatu. wyslalem. potem inny konsultant: prosze o wynik testu. wyslalem znowu. potem kolejny pyta czy sprawdzalem alternator. sprawdzalem, bylo w pierwszym mailu!! wszystko trzy razy',
    themes: ['had_to_repeat', 'product_defect'],
  },
  {
    text: 'Przeprowadzałam się i poprosiłam o zmianę adresu dostawy przed wysyłką. Pierwsza konsultantka potwierdziła, że zmienione. Dzień później mail, że paczka idzie na stary adres. Zadzwoniłam, druga osoba nie widziała żadnej zmiany, więc tłumaczyłam od nowa. Trzecia, na czacie, też nie. Za każdym razem słyszę „już poprawione”. Zobaczymy, gdzie paczka w końcu trafi.',
    themes: ['had_to_repeat'],
  },
  {
    text: 'zwrot butow zrobiony w terminie, paczka doszla. potem telefon ze sklepu - prosze podac numer konta. podalam. za tydzien mail - prosze podac numer konta. podalam. potem druga osoba dzwoni i pyta o nr konta i powod zwrotu. czy wy to gdzies zapisujecie czy wszystko ginie? trzeci raz dyktuje te same cyfry',
    themes: ['had_to_repeat', 'refund'],
  },
  {
    text: 'Dzwonię w sprawie zamówienia nr 66190 czwarty raz w tym tygodniu i za każdym razem trafiam na kogoś innego, komu muszę wszystko opowiadać od początku: co zamówiłem, kiedy, że paczka nie doszła, że już dwa razy obiecano mi oddzwonić. Nikt nie oddzwonił, nikt nie ma notatek. Zaczynam nagrywać te rozmowy, bo mam wrażenie, że gadam do ściany.',
    themes: ['had_to_repeat', 'late_delivery'],
  },
  {
    text: 'Piekarnik do zabudowy za 1790 zł, po 6 tygodniach przestała grzać górna grzałka, ciasto od spodu spalone, z wierzchu surowe. Reklamację zgłosiłam od razu, technik przyjechał po 2 tygodniach, potwierdził wadę i powiedział, że „decyzja należy do sklepu”. Od tamtej pory czekam już 7 tygodni na tę decyzję. Co tydzień słyszę „jeszcze kilka dni”. Święta spędziłam bez piekarnika. Pytałam, czy mogę chociaż dostać zwrot, skoro technik potwierdził wadę – odpowiedź: „proszę czekać na decyzję”.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'telefon po 4 miesiacach zaczal gasnac przy 30% baterii. oddalem do serwisu przez sklep 2 miesiace temu. status od 8 tygodni "diagnoza". dzwonie co kilka dni, zawsze to samo "serwis jeszcze nie odpisal". 2 miesiace bez telefonu, chodze ze starym z peknietym ekranem. nikt nie potrafi podac nawet przyblizonego terminu',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Rower elektryczny za 5400 zł, po 300 km sterownik wyświetla błąd 30 i silnik nie wspomaga. Oddałem w reklamacji 45 dni temu. Według ustawy mieli 14 dni na odpowiedź, dostałem tylko maila, że „reklamacja jest w trakcie rozpatrywania u dystrybutora”. Sezon rowerowy mija, a ja jeżdżę autobusem. Czekanie półtora miesiąca na jakąkolwiek decyzję to kpina. Rower kosztował prawie tyle co moja miesięczna pensja. Zadzwoniłem do dystrybutora bezpośrednio – powiedzieli, że żadnego roweru ode mnie jeszcze nie dostali. To gdzie on jest od półtora miesiąca?',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Zegarek automatyczny za 1250 zł spóźnia się 5–6 minut na dobę, a przy odkładaniu na noc w ogóle staje. Oddałam do sklepu w ramach gwarancji. Minęły trzy miesiące. Trzy miesiące! Najpierw „zegarek jest w drodze do serwisu”, potem „serwis ma kolejkę”, teraz „czekamy na część z Japonii”. Prezent od męża na rocznicę, a ja nawet go nie zdążyłam ponosić.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'kanapa rozkladana, mechanizm sie zacial po 3 tygodniach i nie da sie jej zlozyc, spimy na rozlozonej w salonie. reklamacja przyjeta, "technik skontaktuje sie w ciagu 7 dni". technik sie nie skontaktowal. po 2 tygodniach dzwonie, mowia ze brak wolnych terminow. minelo 6 tygodni i dalej nie mam nawet daty wizyty. salon zamieniony w sypialnie',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Konsola do gier, po miesiacu przestala czytac plyty - wciaga i po chwili wypluwa. Sklep uznal reklamacje i zaproponowal wymiane na nowy egzemplarz. Super, tylko ze od uznania minely 2 miesiace, a nowej konsoli nie ma, bo "czekamy na dostawe". Stara zabrali, wiec dziecko od dwoch miesiecy nie ma na czym grac. Gdybym wiedzial, wzialbym zwrot pieniedzy.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Słuchawki nauszne przestały się ładować po 5 tygodniach, dioda nawet nie mruga. Chciałem to zgłosić telefonicznie, bo tak napisano w instrukcji. Czas oczekiwania na infolinii: 55 minut. Drugi raz: 48 minut i rozłączenie. Trzeci raz dodzwoniłem się po godzinie i dostałem informację, że i tak trzeba wypełnić formularz online. Czemu nie można było tego napisać na stronie?',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Zamówiłam 18 m² płytek gresowych. Po rozpakowaniu okazało się, że część kartonów ma wyraźnie inny odcień – inna partia, widać to po położeniu obok siebie. Glazurnik przerwał pracę. Sklep napisał, że sprawa wymaga „weryfikacji z producentem”. Trwa to już 5 tygodni, glazurnik poszedł na inną budowę, a łazienka stoi rozgrzebana.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'grill gazowy 3 palniki, zapalnik piezo od nowosci nie dziala, trzeba odpalac zapalniczka przez kratke, raz mi osmalilo brwi. wyslalem zgloszenie 4 tygodnie temu. odpowiedz: "zgloszenie przyjete, prosimy o cierpliwosc". od tamtej pory nic. sezon grillowy w pelni, a ja czekam na czesc za pare zlotych jak na wyrok',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Okulary korekcyjne zamówione online – szkła źle oszlifowane, środek optyczny przesunięty, po godzinie noszenia boli mnie głowa. Optometrysta potwierdził błąd na piśmie. Sklep przyznał rację i obiecał nowe szkła „w ciągu 10 dni roboczych”. Jest piąty tydzień. Chodzę w starych okularach ze słabszą mocą i mrużę oczy przy komputerze.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'dostalem filtr oleju do innego silnika niz zamawialem, na pudelku inny numer katalogowy niz na fakturze. zglosilem wymiane 3 tygodnie temu ze zdjeciami. do dzis czekam na odpowiedz czy mam go odeslac i kiedy przyjdzie wlasciwy. auto stoi u mechanika ktory liczy sobie za postoj. jedna decyzja, a trwa to wieki',
    themes: ['long_wait', 'wrong_item'],
  },
  {
    text: 'Bieżnia elektryczna za 2300 zł – taśma zsuwa się na lewą stronę i szarpie przy 8 km/h, raz prawie się przewróciłem. Regulacja śrubami według instrukcji nic nie dała. Sklep obiecał wizytę serwisanta. Od zgłoszenia minęło 9 tygodni, serwisant „ma bardzo dużo zleceń w regionie”. Bieżnia zajmuje pół pokoju i służy jako wieszak.',
    themes: ['long_wait', 'product_defect'],
  },
  {
    text: 'Napisałam na czacie na stronie sklepu, bo chciałam tylko dopytać o termin wysyłki. Byłam w kolejce jako 14. osoba. Po godzinie byłam 9., po dwóch 3. Gdy w końcu przyszła moja kolej, czat się zamknął z komunikatem „konsultanci pracują do 16:00”. Dwie godziny wpatrywania się w ekran na nic. Następnego dnia znowu od końca kolejki.',
    themes: ['long_wait'],
  },
  {
    text: 'odpowiedz na mojego maila przyszla po 3 tygodniach. pytalem czy zdaze odebrac zamowienie przed wyjazdem na urlop. jak odpisali to juz bylem po powrocie i paczka dawno wrocila do nadawcy bo nikt nie odebral. odpowiedz "tak, powinno zdazyc". dziekuje, bardzo przydatne',
    themes: ['long_wait'],
  },
  {
    text: 'Infolinia sklepu to jakiś żart. 40 minut czekania z melodyjką i komunikatem „Twoje połączenie jest dla nas ważne” powtarzanym co 30 sekund. Kiedy w końcu ktoś odebrał, okazało się, że sprawy zamówień obsługuje inny numer, na który znowu czekałem 25 minut. Ponad godzina, żeby zapytać, czy mogę dopłacić za ekspresową wysyłkę.',
    themes: ['long_wait'],
  },
  {
    text: 'Zapytalem o status zamowienia 31182, bo od tygodnia nic sie nie dzialo w sledzeniu. Odpowiedz przyszla po 11 dniach: "paczka jest w drodze, prosimy o cierpliwosc". Tyle ze paczke odebralem 3 dni wczesniej. Nie oczekuje odpowiedzi w godzine, ale prawie dwa tygodnie na jedno zdanie to przesada.',
    themes: ['long_wait'],
  },
  {
    text: 'oddalam sukienke w ramach zwrotu, paczka dotarla do sklepu 24 dnia miesiaca wedlug sledzenia. od tego czasu minelo 5 tygodni, a w panelu dalej "zwrot oczekuje na przyjecie na magazyn". pisze co tydzien, dostaje "zwrot jest w kolejce do weryfikacji". jak dlugo mozna weryfikowac jedna sukienke?',
    themes: ['long_wait'],
  },
  {
    text: 'Przed zakupem ekspresu zapytałam, czy cena z promocji obejmuje też młynek w zestawie, bo opis był niejasny. Odpowiedź dostałam po 16 dniach: „tak, obejmuje”. Promocja skończyła się tydzień wcześniej, teraz ten sam zestaw kosztuje 300 zł więcej. Gdyby odpisali w normalnym czasie, kupiłabym u nich. A tak – kupiłam gdzie indziej.',
    themes: ['long_wait'],
  },
  // Second set: the main complaint is the delivery (packing, missing parts, courier, lead time), the product often described at length.
  {
    text: 'Robot planetarny 1200 W w kolorze pistacjowym, 899 zł. Sam sprzęt wygląda świetnie, misa 5 l ze stali, trzy końcówki, na pierwszym cieście działał cicho i równo. Tylko że przyszedł w samym firmowym kartonie, bez żadnego kartonu zewnętrznego, naklejka kuriera wprost na zdjęciu produktu. Styropian w środku pokruszony, obudowa głowicy pęknięta przy zawiasie, hak do ciasta wygięty. Przy takiej cenie oszczędzanie na pakowaniu jest po prostu nie na miejscu.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'zamowilam zestaw 6 szklanek do whisky z grubym dnem, bardzo ladne, ciezkie, szlif jak w krysztale. przyszly 4 cale i 2 w kawalkach, bo w kartonie nie bylo nic poza pognieciona gazeta. zadnych przegrodek, zadnej folii babelkowej, szklanki obijaly sie o siebie cala droge. te co przetrwaly sa super, ale komplet rozbity a to mial byc prezent na 40stke szwagra. zam. 20931/24',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Telewizor 55" dostarczony przez firmę spedycyjną. Karton z zewnątrz prawie cały, tylko jeden róg wgnieciony, więc podpisałam bez protokołu – błąd. Po rozpakowaniu matryca pęknięta dokładnie w tym rogu, od środka rozchodzą się czarne plamy. Model wybierałam dwa tygodnie, obraz w sklepie stacjonarnym robił wrażenie, kolory, HDR, wszystko. Teraz mam 2300 zł w kartonie i spór, kto zawinił.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Doniczki ceramiczne, komplet 3 szt w kolorze terakoty, na zdjeciach wygladaly rewelacyjnie i w sumie na zywo tez, szkliwo rowne, ladny mat. Niestety najwieksza przyszla z odlupanym brzegiem i peknieciem do samego dna. Zapakowane wszystkie trzy jedna w drugiej, bez niczego pomiedzy, w cienkim kartonie po jakichs pieluchach. Kto tak wysyla ceramike??',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Krem do twarzy w szklanym słoiczku i serum z pipetą – oba produkty znam, używam od roku, więc zamówiłam na zapas. Paczka przyszła z mokrym rogiem, w środku słoiczek pęknięty, krem wymieszany z kawałkami szkła, pipeta serum też roztrzaskana. Kosmetyki wrzucone luzem do kartonu 30x20 bez grama wypełniacza. Razem 187 zł do kosza.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Zamowilem kask rowerowy dla syna i lampki. Kask przyszedl z peknieta skorupa, a to go dyskwalifikuje, kask po uderzeniu nadaje sie tylko do wyrzucenia. Karton byl zgnieciony na plasko z jednej strony, jakby lezal pod czyms ciezkim. Lampki ok. Sam kask fajny, wentylacja dobra, regulacja pokretlem, lekki, ale takiego nie zaloze dziecku na glowe.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Lustro łazienkowe z podświetleniem LED 80x60 cm. Na plus: sprzedawca od razu odpisał i podał numer do przewoźnika. Na minus wszystko inne – lustro przyszło owinięte folią stretch i dwoma kawałkami tektury na rogach, nic więcej. Rozbite w drobny mak, szkło wysypywało się z kartonu, jak tylko kurier go postawił. Wymiana potrwa 2 tygodnie, a łazienka już po remoncie i czeka.',
    themes: ['damaged_parcel', 'praise_service'],
  },
  {
    text: 'Kupiłem zestaw kluczy nasadowych 1/2" 94 elementy w walizce, 349 zł. Narzędzia solidne, chrom-wanad, grzechotka chodzi równo. Problem w tym, że walizka przyszła pęknięta na zawiasie, zatrzask urwany, a połowa nasadek wypadła z gniazd i latała luzem. Dwóch nasadek (13 i 17) brak, pewnie wypadły przez dziurę w rozdartym boku. Całość była wysłana w foliopaku, bez kartonu. Serio?',
    themes: ['damaged_parcel', 'wrong_item', 'praise_product'],
  },
  {
    text: 'Karma dla kota, worek 10 kg, worek rozdarty, polowa karmy wysypana do kartonu i pewnie po drodze. Karton tez byl rozerwany i oklejony tasma z logo kuriera. Nie wiem czy ktos nie grzebal w srodku, ale nie bede tego dawac kotu, karma mogla zawilgotniec. Kot te karme uwielbia, zamawiam ja od roku i zawsze bylo ok, pierwszy raz takie cos.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Gitarę akustyczną zamówiłam synowi na urodziny, model dla początkujących za 549 zł. Przyszła w miękkim pokrowcu wciśniętym w karton, bez żadnego wypełnienia przy główce. Główka gryfu pęknięta przy kluczach, struny luźne. Widać, że karton był rzucony albo postawiony na sztorc i coś na nim leżało. Z tego, co widzę, wykonanie ładne, lakier równy, ale grać się na tym nie da.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Zamowienie nr 77120: 2 puszki lakieru samochodowego w sprayu + podklad. Jedna puszka wgnieciona, zawor urwany, lakier wyciekl na reszte zawartosci i na karton, podklad caly uwalony. Puszki wlozone do foliopaka bez kawalka tektury. Kolor dobrany idealnie pod kod lakieru, tu nie mam zastrzezen, ale co z tego jak polowa w kartonie zamiast na blotniku.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Stolik kawowy z blatem ze szkła hartowanego. Hartowane szkło podobno dużo wytrzymuje, ale widocznie nie upadek z paki. Blat roztrzaskany na setki kawałków, karton z dziurą od spodu. Nogi i rama drewniane całe i bardzo ładne, dąb olejowany, dokładnie taki kolor, jak chciałam. Teraz czekam na sam blat, sklep mówi, że 3 tygodnie. Kurier przy odbiorze tylko wzruszył ramionami.',
    themes: ['damaged_parcel', 'praise_product', 'courier_behaviour'],
  },
  {
    text: 'mikrofalowka przyszla z wgnieciona obudowa na gorze i drzwiczki sie nie domykaja, jest szpara na 2 mm. karton wygladal jakby ktos po nim chodzil, slady butow na wierzchu!! w srodku styropian tylko na dole. mikrofala niby grzeje ale boje sie jej uzywac z niedomknietymi drzwiami. szkoda bo model dobry, mama ma taki sam od 5 lat',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Komplet opon zimowych 4 szt. – jedna przyszła z rozciętym bokiem. Opony były tylko owinięte folią, bez kartonu, każda osobno z naklejką przewoźnika. Wulkanizator potwierdził, że rozcięcie jest głębokie i opona nie nadaje się do montażu. Pozostałe trzy: bieżnik równy, data produkcji świeża, tu bez zarzutu. Ale jeżdżę dalej na letnich, bo czekam na czwartą.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Dzbanek do herbaty z porcelany, ręcznie malowany, 159 zł, i dwie filiżanki. Wszystko zapakowane w jedną cienką torebkę z folii bąbelkowej i wrzucone do kartonu po butach. Dzbanek dotarł bez ucha, jedna filiżanka pęknięta. Sprzedawca przeprosił bardzo miło i od razu zaproponował zwrot, ale prezent na imieniny mamy nie wypalił. Pakujcie porcelanę jak porcelanę!',
    themes: ['damaged_parcel', 'praise_service'],
  },
  {
    text: 'Zamowilem dysk SSD 1TB i obudowe do niego. Dysk przyszedl w kopercie babelkowej razem z obudowa, bez zadnego kartonika. Obudowa peknieta, a dysk nie jest wykrywany w zadnym komputerze, zlacze M.2 lekko wygiete. Koperta byla przerwana w rogu. Dysk to Samsung, uzywam takich od lat i nigdy nie mialem problemu, wiec stawiam na transport. Czekam na wymiane juz 10 dzien.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Hulajnoga elektryczna dla syna, 1799 zł. Karton dojechał z wielką dziurą z boku, przez którą wystawała kierownica (!). Manetka gazu złamana, tylny błotnik pęknięty, lakier na kolumnie zdarty do metalu. Jeździ, silnik ciągnie dobrze, bateria wystarcza na 25 km, czyli tyle, ile obiecywano. Ale za prawie 1800 zł nie będę jeździł pokiereszowanym sprzętem. Kurier chciał, żebym podpisał „bez uwag”, nie podpisałem.',
    themes: ['damaged_parcel', 'praise_product', 'courier_behaviour'],
  },
  {
    text: 'Taca z lustrzanym dnem i 4 świeczniki szklane do dekoracji stołu na wesele. Z czterech świeczników dwa dotarły całe. Reszta w kawałkach, bo każdy był zawinięty w jedną kartkę papieru pakowego i włożony do kartonu na ścisk, bez przekładek. Taca porysowana odłamkami. Wesele w sobotę, nie zdążę zamówić nowych. Wzór ładny, ale pakowanie to dramat.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Kupilem zestaw 12 sloiczkow z przyprawami na stojaku obrotowym. Stojak ok, solidny, sloiczki ladne z korkowymi zakretkami. Tylko ze 5 sloikow rozbitych, przyprawy wymieszane ze szklem, caly karton w papryce i kurkumie. Stojak i sloiki lezaly luzem, sloiki nie byly nawet w folii. 129 zl, dostalem 7 sloikow i godzine sprzatania.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Drzwi do szafy przesuwnej z lustrem – druga dostawa i drugi raz to samo, lustro pęknięte przy krawędzi. Za pierwszym razem sprzedawca zrzucał winę na przewoźnika, teraz już chyba widać, że problem to pakowanie: płyta z lustrem w cienkim kartonie, dwie listwy styropianu i tyle. Konstrukcja szafy porządna, prowadnice chodzą cicho, ale bez drzwi to jest regał.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Akumulator do auta 74 Ah. Karton cały mokry od spodu, po otwarciu okazało się, że obudowa akumulatora pęknięta i wycieka elektrolit. Kurier przyniósł to, trzymając bokiem pod pachą!! Na szczęście nie poparzyłem się przy rozpakowywaniu. Tak się nie przewozi akumulatorów, a sklep mógłby dać chociaż naklejkę „tą stroną do góry”.',
    themes: ['damaged_parcel', 'courier_behaviour'],
  },
  {
    text: 'Bombki choinkowe szklane, 24 szt w pudelku z przegrodkami, 89 zl. Same bombki przepiekne, recznie malowane, zupelnie inna klasa niz marketowe. Ale pudelko wlozono do kartonu o polowe wiekszego, bez zadnego wypelnienia, i wszystko sie przesuwalo. 9 bombek stluczonych, reszta z odpryskami. Szkoda, bo produkt naprawde fajny.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Fotel biurowy. Sam fotel w porządku – siedzisko miękkie, oparcie z siatki, regulacja odcinka lędźwiowego, za 649 zł wydaje się solidny. Ale podstawa pięcioramienna przyszła pęknięta w jednym ramieniu, a karton miał wyraźne ślady po widłach. Złożyłem i siedzę na starym, bo na tym boję się siadać. Protokół szkody spisany, czekam na nową podstawę.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Deska snowboardowa 154 cm z wiązaniami, zamówiona na ferie. Deska zapakowana w folię i karton, ale wiązania już przykręcone i nic nie chroniło wystających części. Pasek w jednym wiązaniu urwany, highback pęknięty, krawędź deski wgnieciona, jakby ktoś rzucił paczką płasko o beton. Grafika piękna, deska sztywna, dokładnie taka, jak chciałem. Szkoda, że nie do użycia.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Paczka z pieluchami i chusteczkami nawilzanymi – karton rozerwany, jedno opakowanie pieluch rozdarte i brudne, chusteczki przebite czyms ostrym i wyschniete. Przy odbiorze z paczkomatu nawet nie zauwazylam bo bylo ciemno. Produkty standard, zawsze kupuje te same, ale z tej paczki polowa do wyrzucenia. 1 gwiazdka za transport.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Obraz na płótnie 100x70 w drewnianej ramie. Rama pęknięta w narożniku, płótno przebite – dziura wielkości kciuka, akurat w samym środku. Zabezpieczenie: jedna warstwa szarego papieru i taśma. Sklep ma piękne grafiki i dobre ceny, naprawdę chciałam u nich jeszcze kupować, ale przy takim pakowaniu więcej nie zaryzykuję.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'zamowilem 3 szklane butelki na nalewki, 3 x 1 l z korkiem. jedna cala, dwie pekniete przy szyjce. karton bez przegrod, butelki owiniete jakas cienka pianka ktora nic nie dala. Potem zamowilem u innego sprzedawcy te same – przyszly w kartonie z przekladkami i cale. Da sie? da sie.',
    themes: ['damaged_parcel'],
  },
  {
    text: 'Laptop gamingowy za 4999 zł, wysłany przez DPD. Oryginalne pudło włożone w karton zewnętrzny – tu OK. Ale zewnętrzny karton był rozcięty, pudło w środku wgniecione, a w laptopie pęknięty zawias i klapa chodzi krzywo. Sprzęt śmiga, 144 Hz, gry chodzą płynnie, ale kupuje się nowy laptop, a nie laptop po przejściach. Kurier zaklinał się, że tak odebrał od nadawcy.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Kupiłam zestaw do decoupage i farby akrylowe, 12 tubek. Przyszła paczka z cieknącą farbą – dwie tubki pęknięte, reszta umazana, pędzle sklejone, a serwetki do decoupage do wyrzucenia. Karton był zgnieciony w połowie. Farby dobrze kryją, tych, które przetrwały, używam i jestem zadowolona, ale na serwetki i pędzle czekam na wymianę.',
    themes: ['damaged_parcel', 'praise_product'],
  },
  {
    text: 'Kierownica do symulatora z pedalami. Karton przyszedl z podarta tasma i wgnieciony, pedal gazu odlamany przy mocowaniu, kierownica ma rysy na obreczy. Sam sprzet fajny, force feedback czuc, ale to mial byc prezent na gwiazdke, a dostalem kawalki plastiku. Zgloszone do sklepu i do kuriera, sklep odpisal szybko i konkretnie, przynajmniej tyle.',
    themes: ['damaged_parcel', 'praise_product', 'praise_service'],
  },
  {
    text: 'Zamówiłam etui na Samsunga S23 w kolorze szałwiowym i szkło hartowane 2 szt. Przyszło etui na S23+ (za duże, wycięcia na aparaty nie pasują) i jedno szkło zamiast dwóch. Etui samo w sobie ładne, miękki silikon, w środku mikrofibra, ale co z tego, jak telefon w nim lata. Odsyłanie drobiazgu za 49 zł to więcej zachodu niż to warte.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamowilem buty do biegania rozmiar 44, przyszly 42. na pudelku naklejka 44, w srodku buty 42, ktos wlozyl nie te buty do nie tego pudelka. Model ten sam, kolor ten sam, wygladaja swietnie, podeszwa miekka, az mi szkoda odsylac. Ale w 42 nie wcisne stopy. Zawod, bo mialy byc na polmaraton za tydzien.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Regał metalowy do garażu – w opisie „komplet śrub i kołków w zestawie”. W paczce: słupki, półki, ani jednej śruby. Półki solidne, blacha gruba, malowanie proszkowe bez zarzutu, nośność 150 kg na półkę wydaje się realna. Ale złożyć się tego nie da, bo śruby mają nietypowy gwint i w markecie nie dostałem pasujących. Weekend w plecy.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zestaw garnków 10 elementów – miało być 5 garnków i 5 pokrywek. W pudle 5 garnków i 4 pokrywki, brakuje tej od najmniejszego rondelka. Garnki ładne, dno kapsułowe, na indukcji grzeją równo, uchwyty się nie nagrzewają. Szkoda tylko, że zestaw niepełny, a na pudełku wyraźnie stoi 10 el. Kontakt ze sprzedawcą miły, pokrywka ma być dosłana.',
    themes: ['wrong_item', 'praise_product', 'praise_service'],
  },
  {
    text: 'Kurtka zimowa damska, zamowiona czarna w rozmiarze M. Dostalam butelkowa zielen w L. Dwie rzeczy naraz zle!! Sama kurtka ladna, cieplutka, puch naturalny, kaptur z odpinanym futerkiem, tylko ze nie taka jak zamawialam. Screen zamowienia mam w telefonie, wyraznie M czarna. Zwrot musze nadac sama, a etykiete przysylaja dopiero po 3 dniach.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Kamera do monitoringu – w zestawie miał być zasilacz, uchwyt i karta pamięci 32 GB (tak w opisie aukcji i na zdjęciu). W pudełku sama kamera i kabel USB. Kamera robi fajny obraz w nocy, aplikacja prosta, ale bez zasilacza nie powieszę jej na zewnątrz, a kabel ma 1 m. Dokupiłem zasilacz za 35 zł, o karcie nawet nie wspominam.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamówiłam 3 pary legginsów sportowych: czarne, granatowe, bordowe. Przyszły dwie pary czarnych i jedna szara. Rozmiar akurat się zgadza, tylko kolory nie. Jakość materiału bardzo dobra, nie prześwitują przy przysiadach, szwy płaskie, nie obcierają. Ale czarnych mam już w szafie trzy pary i właśnie dlatego chciałam inne kolory.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Filtr oleju i filtr powietrza do Golfa VI 1.6 TDI, podalem VIN w uwagach do zamowienia. Filtr powietrza ok, pasuje, za to olejowy przyszedl do benzyny, inny rozmiar. Mechanik juz mial auto na podnosniku. Czesci markowe, porzadne, ale przez pomylke w magazynie stoje z rozebranym autem dodatkowy dzien. Zam. 48812.',
    themes: ['wrong_item'],
  },
  {
    text: 'Lego, zestaw 1200 elementów dla syna na urodziny. Po 3 godzinach składania okazało się, że brakuje całego woreczka nr 9 – to nie jeden klocek, tylko cały etap budowy. Pudełko fabrycznie zamknięte? Nie, taśma była przecięta i zaklejona na nowo, czyli ktoś to już otwierał. Zestaw sam w sobie genialny, syn zachwycony, ale nie da się go skończyć.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamowilam 2 kg kawy ziarnistej Brazylia, przyszla kawa mielona, w dodatku Kolumbia. Mam ekspres z mlynkiem, mielona mi sie nie przyda. Kawa pachnie ladnie, palona swiezo, data sprzed tygodnia, wiec sama jakosc pewnie dobra, tylko to nie moje zamowienie. Najgorsze, ze teraz mam odsylac paczke 2 kg na poczte, bo kurier po zwroty nie przyjezdza.',
    themes: ['wrong_item'],
  },
  {
    text: 'Karnisz podwójny 240 cm z kompletem: 2 wsporniki, 2 końcówki, 40 kółek. Przyszedł karnisz 200 cm (!), wsporniki są, końcówki są, kółek 20. Rura ładna, matowa czerń, solidna, końcówki eleganckie. Ale okno mam szersze, a 20 kółek starczy na jedną firankę. Niby detale, a montaż przełożony o tydzień.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Kupiłem laptopa z Windowsem 11 Pro i 16 GB RAM, tak było w ofercie i na fakturze. Przyszedł egzemplarz z 8 GB i Windowsem Home, numer seryjny inny niż na dokumencie wydania. Laptop ładny, ekran matowy, klawiatura wygodna, bateria trzyma z 7 godzin – szkoda, że to nie ten model. Ktoś na magazynie chwycił nie to pudełko.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamowilam sukienke w kwiaty na wesele, rozmiar 38. Dostalam sukienke w krate. W KRATE!!! zupelnie inny fason, jakby z innej paczki. na metce ten sam kod co na stronie, wiec chyba ktos zle oznaczyl towar w magazynie. Material ok, szycie porzadne, ale wesele za 5 dni i juz nie zdaze wymienic.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zestaw wkrętarka + 2 akumulatory + ładowarka, 459 zł. Przyszła wkrętarka i jeden akumulator. Ładowarki brak, drugiego akumulatora brak. Karton producenta był rozklejony, więc podejrzewam, że to czyjś zwrot puszczony dalej bez sprawdzenia. Wkrętarka mocna, 60 Nm, metalowy uchwyt, ale bez ładowarki to cegła.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamawiałam 6 białych doniczek samonawadniających, średnica 20 cm. Przyszły 4 białe i 2 antracytowe, w dodatku te antracytowe 16 cm. Same doniczki fajne, system nawadniania działa, zbiornik wystarcza na tydzień, pływak pokazuje poziom wody. Ale na parapecie chciałam równy rząd sześciu takich samych.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zabawka interaktywna (piesek co chodzi i szczeka) – w pudelku byl pies, ale bez pilota, a bez pilota nie chodzi, tylko szczeka jak sie go poglaska. W opisie pilot w zestawie, na pudelku tez narysowany. Corka ma 4 lata i nie rozumie czemu piesek nie idzie. Wykonanie fajne, mieciutki, dobrze brzmi, tylko niepelny.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Szafki nocne, zamówione 2 sztuki w kolorze dąb sonoma. Przyszły dwie paczki – w jednej dąb sonoma, w drugiej biała. Na etykiecie obie „dąb sonoma”. Mebelek fajny, szuflada na prowadnicach z cichym domykiem, za tę cenę zaskakująco dobre okucia. Ale komplet przy łóżku to nie szachownica.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zestaw śrub do felg + kluczyk do śrub zabezpieczających. Śruby przyszły, kluczyka nie ma. Czyli zabezpieczyłbym sobie koła tak skutecznie, że sam bym ich nie odkręcił. Na szczęście zauważyłem, zanim wkręciłem wszystkie. Dobrze, że sklep szybko odpisał i wysłał kluczyk, ale nie pakuje się zestawu bez najważniejszego elementu.',
    themes: ['wrong_item', 'praise_service'],
  },
  {
    text: 'kupilem 3 koszulki bawelniane oversize, L, jedna biala dwie czarne. dostalem S. wszystkie 3 w S. na woreczkach naklejki L, na metkach S. bawelna gruba, fajny kroj, nadruk nie schodzi po praniu (wypralem jedna zanim sie zorientowalem, moj blad). teraz nie wiem czy przyjma zwrot pranej.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Ekspres przelewowy z młynkiem, w opisie: dzbanek termiczny ze stali. Przyszedł ekspres ze szklanym dzbankiem, czyli tańsza wersja tego samego modelu (różnica 150 zł). Kawa smaczna, młynek żarnowy, całkiem cichy, można ustawić godzinę parzenia. Ale zapłaciłem za wersję z termosem, bo chcę, żeby kawa trzymała temperaturę do południa.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamówienie 3 produktów: mata do jogi, 2 hantle 3 kg, gumy oporowe. Dotarła mata i gumy. Hantli brak, choć w potwierdzeniu wysyłki były. Paczka lekka, od razu poczułam, że coś nie gra. Mata świetna, gruba i antypoślizgowa, gumy też ok. Sklep każe czekać 7 dni na „sprawdzenie monitoringu pakowania”.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamowilem czesci do pralki Bosch: pasek napedowy i amortyzatory 2 szt. Przyszedl pasek do zupelnie innej pralki (inny numer) i jeden amortyzator. Pralka rozkrecona na srodku lazienki, zona patrzy na mnie jak na winnego. Sprzedawca twierdzi ze wyslal dobrze, ale mam zdjecie zawartosci zrobione zaraz po otwarciu.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamówiłam pościel satynową 160x200 w kolorze „butelkowa zieleń” i dwie poszewki 70x80. Przyszła pościel 140x200, kolor się zgadza, poszewki 50x60. Sam materiał przyjemny, śliski, po praniu się nie mechaci – wyprałam, bo nie zerknęłam na metkę. Teraz kołdra wystaje spod poszwy z dwóch stron.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Smartwatch z dwoma paskami (silikon + stal) – w opisie tak, na zdjęciu tak. W paczce zegarek i pasek silikonowy. Napisałem, odpowiedź przyszła w godzinę, miła pani przeprosiła i obiecała dosłać. Zegarek dobry, tętno mierzy dokładnie, bateria na 6 dni. Tylko że kupiłem go na prezent i zestaw bez bransolety wygląda biednie.',
    themes: ['wrong_item', 'praise_product', 'praise_service'],
  },
  {
    text: 'Paczka z drogerii: zamowione 2 szampony, maska i odzywka bez splukiwania. W srodku 2 szampony, maska i... lakier do paznokci ktorego nie zamawialam. Odzywki brak. Na paragonie odzywka jest, zaplacona. Szamponow uzywam od dawna i sa super, zero zastrzezen, ale skoro juz ktos pakuje, niech patrzy na liste.',
    themes: ['wrong_item'],
  },
  {
    text: 'Klocki hamulcowe na przód do Toyoty Corolli 2015 – w pudełku klocki na tył. Pudełko dobre, numer katalogowy dobry, zawartość zła. Czyli ktoś w hurtowni albo u sprzedawcy przepakował. Jakości nie oceniam, bo ich nie założyłem. Wymiana w warsztacie była umówiona na 8 rano, o 8:10 byłem z powrotem w domu.',
    themes: ['wrong_item'],
  },
  {
    text: 'Zamowilem meble ogrodowe z technorattanu: sofa, 2 fotele, stolik. Dojechaly 3 paczki na 4, brak stolika. Dzwonilem, okazalo sie ze w ogole go nie nadali, bo "byl w innym magazynie". Mozna bylo napisac w mailu. Sofa i fotele wygodne, poduchy grube, rattan dobrze spleciony, przy tej cenie bardzo ok. Tylko kawe stawiam na trawie.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamówiłam buty dla dziecka w rozmiarze 28, dwie pary – sandałki i kalosze. Sandałki 28, kalosze 25. Syn nawet palców nie wciśnie. Kalosze w dinozaury, cudne, syn się w nich zakochał na zdjęciu i płakał, jak nie weszły. Zwrot i wymiana to kolejne 10 dni, akurat skończy się deszczowa jesień.',
    themes: ['wrong_item'],
  },
  {
    text: 'Drukarka atramentowa z zestawem startowym tuszy. Tusze są, ale kabla USB, który według opisu był w zestawie – brak. Niby drobiazg, drukuje przez wifi, ale konfiguracja wifi w tym modelu wymaga najpierw podłączenia kablem. Drukarka cicha, wydruki ładne, tylko tego kabla szukałam po całym domu o 22.',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamowilam wozek spacerowy w kolorze grafitowym. Przyszedl bezowy. Wozek lekki, sklada sie jedna reka, kola duze i amortyzowane, naprawde super sie prowadzi – sprawdzilam w mieszkaniu zanim dotarlo do mnie ze kolor nie ten. Bezowy na naszym blotnistym osiedlu wytrzyma tydzien. Po co wybieram kolor, skoro przychodzi co popadnie?',
    themes: ['wrong_item', 'praise_product'],
  },
  {
    text: 'Zamówiłem zraszacz ogrodowy i 25 m węża z wózkiem, przy ofercie stało „wysyłka w 24h”. Paczka nadana po 6 dniach, dostarczona po 9. Akurat przyszła fala upałów i trawnik zdążył wyschnąć na słomę. Wąż dobrej jakości, nie załamuje się, wózek stabilny. Ale po co mi to teraz, jak zapowiadają deszcze.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Czesc, zamowienie nr 30112 zlozone 2 marca, oplacone od razu blikiem. Status "w realizacji" do 11 marca. Nikt nie informuje o opoznieniu, na stronie dalej "wysylka w 1 dzien roboczy". Zamowilem tablet graficzny do pracy, jestem grafikiem i bez niego stoje. Doszedl w koncu 14, dziala bez zarzutu, ale dwa tygodnie to nie 1 dzien.',
    themes: ['late_delivery'],
  },
  {
    text: 'Suplementy (witamina D3+K2 i magnez) zamówione na szybko, bo skończył mi się zapas. W śledzeniu 4 dni „przesyłka w sortowni” w Strykowie, bez ruchu. Potem nagle „przekazano do doręczenia” i kolejne 2 dni cisza. Produkty te same co zawsze, sprawdzone, cena najlepsza w sieci – tylko dlatego tu kupuję. Ale tydzień za paczkę, która mieści się w dłoni?',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Choinka sztuczna 220 cm, zamówiona 1 grudnia. Dostarczona 27 grudnia. Nie, nie żartuję. Najpierw „brak kuriera w rejonie”, potem „przeciążenie sieci”, potem paczka wróciła do magazynu, bo „za duża na paczkomat” – a wybierałam kuriera do domu! Choinka gęsta, ładnie się rozkłada, wygląda jak prawdziwa. Postoi do przyszłego roku.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Zestaw kabli do starego wzmacniacza i gniazdo RCA, drobiazgi za 47 zl, ale potrzebne na koncert w sobote. Zamowilem w poniedzialek z dostawa "jutro". Przyszlo w nastepny wtorek. Po drodze paczka jezdzila miedzy Poznaniem a Wroclawiem dwa razy, jakby nie mogli sie zdecydowac. Kable porzadne, gruba izolacja, ale koncert zagralem na pozyczonych.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Karma weterynaryjna dla psa z alergią – 12 kg, nie do kupienia w zwykłym sklepie. Zamówiłam z 5-dniowym zapasem, wysyłka miała być tego samego dnia. Sklep nadał paczkę po 4 dniach, kurier dowiózł po kolejnych trzech. Pies przez dwa dni jadł ryż z indykiem i skończyło się wizytą u weterynarza. Karma dobra, pies ma po niej zdrową skórę, ale takie opóźnienia przy takim produkcie są nie do przyjęcia.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Blat kuchenny 300 cm, dąb lity. Dostawa miała być w ciągu 10 dni roboczych, przyszła po 5 tygodniach. Termin przesuwany co tydzień mailem „z przyczyn logistycznych”. Ekipa monterska dwa razy przyjeżdżała na nic i dwa razy zapłaciłem za dojazd. Blat przepiękny, słoje, olejowanie równe – tu szacunek. Ale to opóźnienie kosztowało mnie 400 zł.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'paczka nadana w piatek, miala byc w poniedzialek, jest czwartek nastepnego tygodnia. tracking pokazuje ze od soboty siedzi w oddziale w Radomiu. infolinia kuriera: "prosze czekac". w srodku buty trekkingowe na wyjazd w tatry w piatek. jak nie dojda jutro to jade w adidasach i niech ktos inny odpowiada jak sie poslizgne',
    themes: ['late_delivery'],
  },
  {
    text: 'Zamówiłam 4 książki z przedsprzedaży, miały wyjść 15 października i od razu zostać wysłane. Wysłali 2 listopada, bez słowa wyjaśnienia. Znajomi, którzy zamawiali w innej księgarni, mieli je w dniu premiery. Wydanie ładne, twarda oprawa, barwione brzegi, zakładka – naprawdę kolekcjonerskie. Ale czemu ja czekam 3 tygodnie dłużej niż wszyscy?',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Okulary przeciwsloneczne z polaryzacja, 199 zl. Zamowione przed urlopem, "dostawa 1-2 dni". Doszly jak juz bylem nad morzem, sasiad odebral i polozyl mi na balkonie. Okulary lekkie, w etui, polaryzacja dziala, szkla bez znieksztalcen. A ja tydzien nad morzem w okularach z Lidla za 20 zl. Sklep nawet nie przeprosil.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Kupiłem ramę łóżka 160x200 ze stelażem. Zamówienie podzielone na 3 paczki, wysłane tego samego dnia. Dwie doszły po 2 dniach, trzecia (z nogami i śrubami) po 12 dniach, bo „utknęła w hubie”. Przez półtora tygodnia spaliśmy na materacu na podłodze obok rozłożonych desek. Łóżko, jak już stanęło – stabilne, nie skrzypi, tapicerka ładna.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Dostawa do paczkomatu, zamówienie w środę, „jutro u Ciebie”. Czwartek – nic. Piątek – „przesyłka opóźniona”. Poniedziałek – „przekierowana do innego paczkomatu z powodu przepełnienia”, 3 km dalej. Wtorek – odebrałam. Zamawiałam maskę do włosów i szampon, kosmetyki ok. Ale to „jutro u Ciebie” to jakiś żart.',
    themes: ['late_delivery'],
  },
  {
    text: 'Kupilem podgrzewacz do butelek i sterylizator przed porodem zony, z zapasem 3 tygodni. Wysylka miala byc "do 48h", sklep wyslal po 16 dniach, bo "czekal na dostawe od producenta". Syn urodzil sie wczesniej, sterylizator doszedl jak juz bylismy w domu. Sprzet dziala dobrze, ale gdybym wiedzial ze nie ma go na stanie, kupilbym gdzie indziej. Po co pisac ze jest dostepny?',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Rowerek biegowy na Mikołaja. Zamówiony 22 listopada, dostawa 2-3 dni. Przyszedł 14 grudnia. Paczka przez 9 dni miała status „wydana do doręczenia”, a kurier codziennie „nie zdążył”. Rowerek lekki, drewniany, ładnie wykończony, córka jeździ z uśmiechem – ale Mikołaj przyniósł tylko laurkę z obrazkiem rowerka i obietnicą.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Uszczelki i zestaw naprawczy do pompy hydroforowej. Zamówione z opcją „wysyłka dziś, jeśli zamówisz do 14:00” – zamówiłem o 9:30. Wysłano po trzech dniach. W tym czasie byłem bez wody w domu na wsi. Części pasowały, wszystko dobrze zapakowane, tu zero zastrzeżeń. Tylko że trzy dni bez wody z małymi dziećmi to nie zabawa.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Mata grzewcza do terrarium i termostat. Gekon siedzi w chlodzie, a paczka juz 8 dzien w drodze. Kurier Pocztex, pierwszy i ostatni raz. Sklep nadal w dzien zamowienia, wiec to nie ich wina, ale wybieram "kurier 24h" za 16,99 zl a dostaje wycieczke krajoznawcza przez pol Polski.',
    themes: ['late_delivery'],
  },
  {
    text: 'Szafa trzydrzwiowa, 1249 zł, „dostawa do 7 dni roboczych”. Po 7 dniach telefon, że transport będzie w przyszłym tygodniu. Po kolejnym tygodniu, że za dwa. Ostatecznie szafa przyjechała po 26 dniach. Ciuchy przez miesiąc w kartonach po przeprowadzce. Szafa ok, płyta gruba, drzwi równo zawieszone, ale nikt mi tego miesiąca nie odda.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Buty do tanca towarzyskiego na turniej, zamowione 3 tygodnie przed. "Produkt na magazynie, wysylka w 24h". Po tygodniu mail, ze beda szyte na zamowienie i potrwa to 14 dni. Doszly w czwartek, turniej w sobote – nie zdazylam ich rozchodzic i tanczylam w starych. Buty wygodne, skora miekka, obcas stabilny. Tylko po co ta sciema z magazynem.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Termin dostawy pralki: sobota. W sobotę SMS, że poniedziałek. W poniedziałek, że środa. W środę kurier dzwoni o 7 rano, że będzie za 20 minut, a ja już w pracy. Ostatecznie pralka stoi w domu od czwartku, pierze cicho, wiruje bez skakania – dobry model. Ale tydzień prania w misce i trzy dni wolnego na czekanie to za dużo.',
    themes: ['late_delivery', 'courier_behaviour', 'praise_product'],
  },
  {
    text: 'zamowilam kostium kapielowy na wyjazd, dostawa miala byc w 2 dni. paczka 5 dni wisiala "w drodze do punktu", pozniej punkt zamkniety bo urlop (!!) i przekierowanie do innego. odebralam juz po powrocie. kostium sliczny, dobrze lezy, material gruby. no ale na plazy byl stary.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Niania elektroniczna z kamerą, zamówiona przy haśle „wysyłka natychmiastowa”. Wysyłka natychmiastowa trwała 8 dni roboczych, bo magazyn przenosił się do nowej hali (dowiedziałam się z Facebooka, nie od sklepu). Sprzęt dobry, zasięg przez dwa piętra, tryb nocny wyraźny. Ale sklep powinien uprzedzić, a nie trzymać klientów w niewiedzy.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Zamówienie nr 2024/11/5578: tonery do drukarki laserowej w biurze, 3 szt. Deklarowana dostawa 1 dzień roboczy, dla firm „priorytet”. Dotarły po 7 dniach. Przez ten czas faktury szły do klientów mailem, a umowy drukowałem u księgowej piętro niżej. Tonery to zamienniki, drukują dobrze, bez smug, cena bardzo dobra. Ale „priorytet” to chyba ozdobnik.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Kask motocyklowy z interkomem. Zamówiony z myślą o wyjeździe w Alpy, 3 tygodnie zapasu. Paczka jechała z magazynu w Niemczech, o czym przy ofercie nie było ani słowa, i utknęła po drodze w jakimś centrum przeładunkowym. 19 dni. Kask wygodny, cichy przy 120 km/h, interkom sparowałem w 2 minuty. Do Alp pojechałem w starym.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Drobne zamowienie – zestaw wiertel do betonu i kolki. Kurier DPD mial dzis przyjechac, potem sms "doreczenie jutro", jutro "pojutrze". Tak 4 razy. W koncu przyjechal w sobote. Zadnej informacji dlaczego. Wiertla dobre, ostre, wchodza w beton jak w maslo. Ale wole zaplacic 5 zl wiecej gdzie indziej i miec na czas.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Zamówiłam 6 l farby do ścian (ciepła biel) z obietnicą wysyłki w 24 godziny. Ekipa malarska wynajęta na konkretny tydzień. Farba przyszła w piątek tego tygodnia, ekipa pomalowała dwa pokoje zamiast pięciu i pojechała na kolejne zlecenie. Farba dobrze kryje, jedna warstwa wystarczyła, nie śmierdzi. Pozostałe trzy pokoje maluję sama w weekendy.',
    themes: ['late_delivery', 'praise_product'],
  },
  {
    text: 'Paczkomat zepsuty od 3 dni, skrytki sie nie otwieraja, a Inpost "pracuje nad tym". W srodku leza moje kosmetyki do makijazu na wesele w sobote. Na infolinii obiecali przekazac paczke kurierowi, kurier przyjechal, stwierdzil ze nie ma klucza do paczkomatu i pojechal. Paczka odebrana w poniedzialek. Paleta cieni ladna, ale wesele juz bylo.',
    themes: ['late_delivery', 'courier_behaviour'],
  },
  {
    text: 'Zamówiłam dwie sukienki i żakiet na rozmowę kwalifikacyjną, łącznie 437 zł. Przewoźnik od 12 dni pokazuje ostatni status „przyjęta w sortowni Piotrków Trybunalski”. Infolinia: „paczka jest poszukiwana”. Sklep: „czekamy na protokół zaginięcia”. Na rozmowę poszłam w pożyczonej marynarce. Czy ktoś w ogóle wie, gdzie jest moja paczka?',
    themes: ['lost_parcel'],
  },
  {
    text: 'Dwa zamowienia w tym samym sklepie – pierwsze, kubki termiczne, doszlo, super jakosc, trzymaja cieplo 6h, dlatego zamowilem drugie jako prezenty dla calego zespolu, 8 sztuk. Drugie zaginelo. Status "w doreczeniu" od 9 dni, kurier nie odbiera, sklep odsyla do kuriera. 8 kubkow po 79 zl, a swieta tuz tuz.',
    themes: ['lost_parcel', 'praise_product'],
  },
  {
    text: 'Paczka z paczkomatu „odebrana” wieczorem, kiedy byłam w pracy na drugiej zmianie. Kod miałam tylko ja, w aplikacji brak wpisu o odbiorze z mojego telefonu. W środku ładowarka indukcyjna i słuchawki, razem 329 zł. Reklamację złożyłam w dniu zdarzenia, minęły 3 tygodnie, dostaję tylko automatyczne maile, że sprawa jest rozpatrywana.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Kupilem w tym sklepie juz kilka razy czesci do drukarki 3D – dysze, hotend, filament – zawsze bylo szybko i dobrze. Tym razem paczka z 4 szpulami filamentu PETG "zaginela w transporcie" wg kuriera. Sklep od razu zaproponowal ponowna wysylke, za co plus, ale filamentu w tym kolorze juz nie maja i czekam 3 tygodnie na dostawe od producenta.',
    themes: ['lost_parcel', 'praise_service'],
  },
  {
    text: 'Zamawiałam zestaw do makijażu ślubnego – podkład, korektor, puder, paleta cieni, wszystko dobrane po konsultacji z wizażystką. Paczka zaginęła. W śledzeniu „doręczono – skrzynka pocztowa”, tylko że paczka 30x20 nie zmieści się w skrzynce na listy. Ślub za 10 dni, a ja nie mam nawet numeru zgłoszenia od przewoźnika.',
    themes: ['lost_parcel'],
  },
  {
    text: 'przesylka z czesciami do kosiarki (noz, pasek klinowy, filtr) – "zwrocona do nadawcy" bez zadnej proby doreczenia. nadawca twierdzi ze nic do niego nie wrocilo. kurier twierdzi ze oddal. 3 tygodnie, trawa po kolana, a ja nie mam ani czesci, ani kasy. komu mam wierzyc?',
    themes: ['lost_parcel'],
  },
  {
    text: 'Zamówienie w 3 paczkach: wózek, fotelik, baza isofix. Doszły wózek i fotelik. Baza – 349 zł – zaginęła. Bez bazy fotelik mocuję pasami, da się, ale po to kupowałam bazę, żeby było bezpieczniej i szybciej. Wózek i fotelik świetne, lekkie, dobrze wykonane. Drugą bazę sklep wysłał dopiero po zakończeniu postępowania u przewoźnika, czyli po 17 dniach.',
    themes: ['lost_parcel', 'praise_product'],
  },
  {
    text: 'zamowilam gre na konsole (edycja kolekcjonerska z figurka, 499 zl) jako prezent dla meza. status: doreczono, podpis odbiorcy: "XX". nikt z nas nic nie podpisywal, bylismy w domu, nikt nie dzwonil. kurier DHL nie odbiera, infolinia przyjela reklamacje i tyle. edycja wyprzedana wszedzie, drugiej nie kupie.',
    themes: ['lost_parcel', 'courier_behaviour'],
  },
  {
    text: 'Lampa biurkowa LED z ładowarką indukcyjną w podstawie. Paczka wyszła z magazynu w Gdańsku, 2 dni później status „w drodze” i tak od 16 dni. Ani „doręczenie nieudane”, ani „zwrot”. Sprzedawca bardzo uprzejmy, przeprasza, ale jest bezradny, bo nie może wysłać drugiej, dopóki kurier nie uzna zaginięcia. Rozumiem procedury, ale dwa i pół tygodnia?',
    themes: ['lost_parcel', 'praise_service'],
  },
  {
    text: 'Witam, paczka z zamowienia 55091 (ekspres kapsulkowy + 100 kapsulek) zniknela po "przekazaniu do punktu odbioru". W punkcie (kiosk) pani mowi ze nie dostala, w systemie ze jest. Bylam 3 razy, pani wyswietlila mi nawet liste paczek – mojej nie ma. 389 zl. Sprzedawca kaze czekac na kuriera, kurier kaze pisac do sprzedawcy.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Zamówiłem komplet 4 kół zimowych do auta (opony na felgach), przyszły trzy. Czwarte koło zaginęło w sortowni, bo każde szło jako osobna paczka. Nie wiem, jak można zgubić koło 17 cali, ale się udało. Trzy koła wyglądają dobrze, felgi czyste, wyważone. Tylko że auto na trzech kołach nie pojedzie, a synoptycy zapowiadają śnieg.',
    themes: ['lost_parcel', 'praise_product'],
  },
  {
    text: 'zamowilam szklane pojemniki kuchenne z bambusowymi pokrywkami, zestaw 5 szt. kurier napisal ze paczka zostawiona "u sasiada spod 12". pod 12 mieszka starsza pani, ktora o niczym nie wie. pod 21 tez nic. zadnego zdjecia, zadnego nazwiska. 168 zl przepadlo, bo jak sie okazuje "dostarczona" = sprawa zamknieta.',
    themes: ['lost_parcel', 'courier_behaviour'],
  },
  {
    text: 'Najgorsze jest to, że zamówienie było przemyślane. Trzy tygodnie porównywałem aparaty bezlusterkowe, wybrałem ten sklep ze względu na cenę (3490 zł) i opinie. Paczka wysłana z ubezpieczeniem, w śledzeniu dojechała do oddziału w moim mieście i… tyle. Od 10 dni status „w oddziale”, a oddział nie może jej znaleźć na magazynie. Wyjazd na zdjęcia w Bieszczady odwołany.',
    themes: ['lost_parcel'],
  },
  {
    text: 'obroza GPS dla psa, kupiona bo pies ucieka za sarnami. paczka miala byc w paczkomacie i niby byla – tylko ze moj kod otwieral pusta skrytke. po zgloszeniu najpierw "paczka odnaleziona", zaraz potem "zaginiona". 3 tyg. pies dalej bez obrozy, ja bez 259 zl.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Zamówienie z marketplace: nóż szefa kuchni ze stali damasceńskiej, 589 zł, i deska z drewna oliwnego. Deska doszła osobną paczką – piękna, ciężka, gładko wyszlifowana. Nóż – nigdy. Numer śledzenia „nieznany”, sprzedawca podał go z błędem, a potem drugi numer, który prowadzi do czyjejś paczki w Szczecinie. Nie wiem już, czy nóż w ogóle wyjechał z magazynu.',
    themes: ['lost_parcel', 'praise_product'],
  },
  {
    text: 'zamowilam dla corki przybory szkolne i plecak ortopedyczny, na 1 wrzesnia czyli na wczoraj :) paczka "doreczona" do punktu w Zabce. w Zabce nikt o niej nie slyszal, skaner nic nie pokazuje. Corka poszla do szkoly ze starym plecakiem brata. Sklep oddal kase po 3 tyg, ale plecaka w tym kolorze juz nie ma.',
    themes: ['lost_parcel'],
  },
  {
    text: 'Przesyłka z Wielkiej Brytanii, zegarek automatyczny od małej marki, 1100 zł. W Polsce paczkę przejęła Poczta Polska i od 5 tygodni status „przekazano do urzędu celnego”. Cło zapłacone? Nikt nie wie. Urząd celny? Nie ma takiego numeru. Sprzedawca przysłał mi zdjęcie dowodu nadania, widać, że uczciwy, ale zegarka jak nie było, tak nie ma.',
    themes: ['lost_parcel', 'praise_service'],
  },
  {
    text: 'Zamowilem rolety dzien/noc na wymiar, 5 szt, bo 5 okien. Przyszly 4. Piatej (do kuchni, 120x160) brak, choc w liscie przewozowym byly dwie paczki i obie maja status doreczone. Kurier przywiozl jedna. Rolety ktore doszly – swietne, material gruby, dobrze przyciemnia, montaz bez wiercenia prosty. Kuchnia bez rolety, a na wymiar czeka sie 3 tygodnie.',
    themes: ['lost_parcel', 'praise_product'],
  },
  {
    text: 'Paczka nadana „priorytetem” z zestawem ziół i herbat na prezent dla teściowej, która czekała na niego pół roku, bo zestaw jest limitowany. Po 2 dniach status „uszkodzenie etykiety, przesyłka przekazana do wyjaśnienia”. Od tej pory nic, 24 dni. Wyjaśnienie potrwa chyba do Wielkanocy.',
    themes: ['lost_parcel'],
  },
  {
    text: 'kupilem robota sprzatajacego za 1299 zl. kurier podobno przyjechal, ale "nikogo nie bylo" (bylem), potem paczka "w oddziale do odbioru osobistego", w oddziale jej nie ma. Pan przy okienku szukal 20 minut i rozlozyl rece. Reklamacja u kuriera zlozona 2 tyg temu, od sklepu dostalem kod rabatowy 5% na przeprosiny. Super, ale na co, jak nie mam robota??',
    themes: ['lost_parcel', 'courier_behaviour'],
  },
  {
    text: 'Zamówiłem telewizor 50 cali, dostawa kurierem. Dzwonek działa, domofon działa, byłem w domu cały dzień. Wieczorem SMS: „nieudana próba doręczenia, adresat nieobecny”. Na kamerce przy drzwiach widać, jak kurier podchodzi, wkleja awizo i odchodzi po 15 sekundach, nawet nie dotykając dzwonka. Telewizor odebrałem w końcu z oddziału, sam taszczyłem go do auta. Sprzęt fajny, ale tej firmy kurierskiej unikam.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Kurier przerzucil paczke przez plot!! W srodku byl zestaw szklanych pojemnikow na zywnosc, 2 rozbite. Mamy furtke z dzwonkiem, pies w kojcu, nic nie stalo na przeszkodzie zeby zadzwonic. Sasiad widzial i mowi ze facet nawet nie wysiadl porzadnie z auta. Pojemniki ktore przetrwaly fajne, pokrywki szczelne. Ale sprzedawca za to nie odpowiada, zostaje mi reklamacja u przewoznika.',
    themes: ['courier_behaviour', 'damaged_parcel', 'praise_product'],
  },
  {
    text: 'Kurier był niesamowicie chamski. Zadzwonił, że jest pod blokiem, zeszłam po 2 minutach (trzecie piętro, z dzieckiem na ręku), a on krzyczy, że „nie ma czasu na czekanie”, i rzuca mi karton pod nogi. W środku blender. Blender cały, działa, lód kruszy bez problemu – na szczęście. Sklep nic nie zawinił, ale ocena idzie w dół, bo to oni wybierają, z kim współpracują.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Paczka z ekspresem do kawy zostawiona pod drzwiami klatki, na zewnatrz, w deszczu. Nikt nie dzwonil, nie bylo smsa. Znalazlam ja przypadkiem wracajac z pracy. Karton przemoczony, ekspres na szczescie w folii. Zrobilam pierwsza kawe – crema idealna, mleko spienia sie super. Ale co by bylo gdyby ktos ja zabral?',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Zamówienie za pobraniem – zestaw mebli balkonowych, 689 zł. Kurier przyjechał, nie zadzwonił wcześniej, choć była taka opcja. Zapłaciłam, a on postawił kartony na chodniku przed posesją i odjechał, choć do furtki jest 10 metrów. 35 kg. Zapytałam, czy pomoże, usłyszałam „to nie moja robota, proszę pani”. Meble ładne i stabilne, ale niesmak został.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'kurier zostawil paczke na wycieraczce i oznaczyl jako "doreczona do rak wlasnych" z podpisem ktorego nie skladalem. w paczce tablet za 1400 zl. na szczescie sasiadka wziela ja do siebie, jakby nie ona to by zniknela. tablet ok, ekran piekny, szybki. ale podrabianie podpisu??',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Trzy razy awizo, trzy razy byłem w domu. Za trzecim razem czekałem przy oknie. Kurier zaparkował, siedział 5 minut w aucie z telefonem, wkleił awizo na drzwi wejściowe i odjechał. Paczka wróciła do nadawcy po „trzech nieudanych próbach doręczenia”. Chodziło o buty robocze S3, bez których nie wejdę na budowę. Sklep wysłał drugi raz innym przewoźnikiem i wtedy przyszło w dzień.',
    themes: ['courier_behaviour', 'late_delivery'],
  },
  {
    text: 'Zadzwonilem do kuriera po 2 dniach awiz, bo nie moglem sie doczekac paczki z czesciami do roweru. Uslyszalem ze "jak mi sie nie podoba to mam se sam odebrac w oddziale 40 km dalej". Po czym sie rozlaczyl. Paczka doszla czwartego dnia, pedaly i lancuch ok, pasuja. Ale poziom obslugi kuriera – dno.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Kurier zostawił paczkę u „sąsiada” bez żadnej informacji. Szukałam jej dwa dni, chodziłam po mieszkaniach. Okazało się, że dał ją panu z parteru w innej klatce, który mnie nawet nie zna. W środku był zestaw kosmetyków do pielęgnacji brody dla męża, na prezent. Produkty pachną świetnie, olejek szybko się wchłania. Tylko dlaczego ja mam się bawić w detektywa?',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Wybralam dostawe do paczkomatu pod blokiem. Kurier wlozyl paczke do paczkomatu 2 km dalej, bo "moj byl pelny" – tylko ze moj mial wolne skrytki, widzialam w aplikacji. Do tego paczka wcisnieta na sile do skrytki gabaryt A, karton zgnieciony. W srodku dwie ksiazki w twardej oprawie, rogi wgniecione. Tresci jeszcze nie ocenie, ale wydania szkoda.',
    themes: ['courier_behaviour', 'damaged_parcel'],
  },
  {
    text: 'Obiecano dostawę z wniesieniem na 4 piętro (płatna opcja 99 zł). Kurierzy przyjechali z lodówką, zobaczyli, że nie ma windy, i powiedzieli, że „tego nie wniosą, bo nie mają pasów”. Zostawili ją na parterze na klatce. Wnosiłem z sąsiadem. Lodówka działa, cicha, no frost, ładny inox – do samego sprzętu pretensji nie mam. Ale 99 zł za wniesienie poproszę z powrotem.',
    themes: ['courier_behaviour', 'refund', 'praise_product'],
  },
  {
    text: 'Kurier rzucil paczke z kilku metrow na podjazd, widze to na nagraniu z kamery. Rzucil, nie polozyl. W srodku zestaw sztuccow 48 el. w drewnianej skrzynce, skrzynka pekla w rogu. Sztucce cale bo metal, ale skrzynka to polowa uroku tego prezentu. Nagranie wyslalem do DPD, jak na razie cisza.',
    themes: ['courier_behaviour', 'damaged_parcel'],
  },
  {
    text: 'Mam 82 lata, zamówiłam przez wnuczkę poduszkę ortopedyczną i koc elektryczny. Kurier nie chciał czekać, aż zejdę po schodach, krzyczał przez domofon, żebym się pospieszyła. Jak zeszłam, paczka leżała przy skrzynkach, a jego już nie było. Wniosłam ją sama, z laską. Poduszka bardzo wygodna, koc grzeje równo. Szkoda, że taki człowiek dowozi towar starszym ludziom.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Zamowilem lustrzanke uzywana, ale w stanie idealnym, ze sklepu z odnowionym sprzetem. Kurier zadzwonil ze jest, zeszlem, a on juz odjezdzal. Zostawil paczke na masce mojego auta!! Na parkingu przy ulicy. Aparat pieknie utrzymany, przebieg migawki niski, obiektyw czysty – sklep sie spisal. Kurier – nie.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Paczka miała być doręczona do rąk własnych, bo w środku leki dla kota z apteki weterynaryjnej, do przechowywania w lodówce. Kurier wcisnął ją do skrzynki pocztowej – tej na listy! – zgniatając opakowanie. Część ampułek przetrwała, wkład chłodzący był już ciepły. Dzwoniłam do przewoźnika, usłyszałam, że „skrzynka to też doręczenie”.',
    themes: ['courier_behaviour', 'damaged_parcel'],
  },
  {
    text: 'kurier GLS zamiast do mnie dostarczyl paczke do pracy mojego meza (?!), bo jak mowi "tam zawsze ktos jest". skad mial ten adres – nie wiem, pewnie z jakiejs starej przesylki. maz jest w innym miescie w delegacji. paczka z lekami dla dziecka lezala 3 dni na recepcji obcej firmy. SKANDAL',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Kurier przy przekazaniu paczki: „Pani sprawdzi przy mnie? Nie, nie ma czasu.” I odjechał. Chciałam sprawdzić, bo karton był rozcięty. W środku robot kuchenny z popękaną misą. Bez protokołu szkody przewoźnik odrzuca reklamację i tyle. Sam robot – jak już dostałam wymianę od sklepu – świetny, ciasto drożdżowe wyrabia jak ręcznie.',
    themes: ['courier_behaviour', 'damaged_parcel', 'praise_product'],
  },
  {
    text: 'Zamowilem kurierem do domu, bo pracuje zdalnie i zawsze jestem. Kurier bez pytania zostawil paczke w punkcie odbioru w sklepie monopolowym 1,5 km dalej, nawet nie probujac dowiezc. "Skierowano do punktu z powodu braku mozliwosci doreczenia" – jakiego braku? Auto stoi pod domem caly dzien. Zamowienie – wycieraczki i plyn do spryskiwaczy 5 l, targalem w reku.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'Rower dla córki. Kurier przyniósł go bardzo niemiły – westchnął, rzucił karton na wycieraczkę tak, że odbił się od ściany, i powiedział „następnym razem niech pani zamawia mniejsze rzeczy”. Rower na szczęście cały, kierownica trochę przekręcona, ale to do regulacji. Rowerek ładny, lekki, hamulce tarczowe, córka szczęśliwa. Ocena za dostawę.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Zamówiłem przez telefon kocioł gazowy z dostawą na palecie. Kierowca przyjechał, zdjął paletę windą na ulicę i powiedział, że na podwórko nie wjedzie, bo mu się nie chce manewrować. Kocioł 48 kg sam na ulicy, a zaczyna kropić. W umowie „dostawa pod wskazany adres”. Sklep przeprosił, kocioł pracuje bez zarzutu, ale kierowca zachował się skandalicznie.',
    themes: ['courier_behaviour', 'praise_service', 'praise_product'],
  },
  {
    text: 'Paczka miala byc w paczkomacie – okazalo sie ze kurier dal ja obcej osobie do reki przy paczkomacie "bo byla za duza do skrytki" i ta osoba przyniosla mi ja po 2 dniach, otwarta!! W srodku ubranka dla niemowlaka, chyba wszystko jest, ale nie wiem czy ktos czegos nie wzial. Jakosc ubranek bardzo dobra, mieciutka bawelna.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  {
    text: 'Ten kurier ma chyba jakiś problem z dzwonkiem. Trzecia paczka z rzędu zostawiona pod drzwiami bez dzwonienia i bez SMS-a, tym razem z laptopem za 3200 zł. Stała na klatce cały dzień, w bloku na 40 mieszkań. Laptop na szczęście działa, wszystko w porządku, ale to czysty przypadek. Proszę wybrać innego przewoźnika, bo następnym razem kupię gdzie indziej.',
    themes: ['courier_behaviour'],
  },
  {
    text: 'zamowione plytki podlogowe 12 m2 na palecie. Kierowca zrzucil palete z windy tak ze pekla folia i kilka kartonow zjechalo na ziemie. 9 plytek peknietych. Smial sie ze "i tak trzeba zamawiac 10% zapasu". Plytki ladne, struktura drewna wyglada naprawde realnie. Zapas zamowilem, ale na docinki, nie na jego humor.',
    themes: ['courier_behaviour', 'damaged_parcel', 'praise_product'],
  },
  {
    text: 'Kurier zadzwonił o 21:40, że stoi pod domem i jak nie zejdę w 3 minuty, to odjeżdża. Byłam w piżamie, z uśpionym dzieckiem. Zeszłam. Paczka – zestaw ręczników bambusowych, miękkie, chłonne, kolory jak na zdjęciu – dotarła cała. Ale dostawa o tej porze i w tym tonie? Sklep nic nie zawinił, wysłał w dniu zamówienia, tylko przewoźnika ma fatalnego.',
    themes: ['courier_behaviour', 'praise_product'],
  },
  // Second set: the main complaint is the product (the seller or courier mentioned in passing or praised), the money, or the shop's site.
  {
    text: 'Szkło hartowane prywatyzujące na Samsunga A54, dwie sztuki za 49 zł. Wysyłka błyskawiczna, paczkomat następnego dnia, a sprzedawca dorzucił ściereczkę, naklejki do kurzu i ramkę do nakładania – miło. Tylko że po naklejeniu czytnik linii papilarnych w ekranie przestał mnie rozpoznawać i telefon odblokowuję już tylko PIN-em. Ekran ciemny jak przez okulary przeciwsłoneczne, nawet na maksymalnej jasności, a dotyk przy krawędziach nie reaguje – klawiatura gubi litery „q” i „p”. Drugie szkło to samo. Produkt nie nadaje się do tego modelu, choć tak jest opisany.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Korki piłkarskie dla syna, rozmiar 38, 219 zł. Sprzedawca bardzo pomocny, przed zakupem odpisał w godzinę i doradził rozmiar, dobrze trafił. Niestety po czterech treningach na sztucznej murawie dwa wkręty w podeszwie się wyłamały, a cholewka przy małym palcu rozeszła się od podeszwy na 2 cm. Syn gra trzy razy w tygodniu, to normalne użytkowanie, a nie mecze w błocie. Za tę cenę to po prostu słaba jakość.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Blender kielichowy za 349 zł, w opisie stało jak byk, że ma funkcję pulsacyjną i osobny program do kruszenia lodu. Na miejscu okazało się, że jest jedno pokrętło z trzema prędkościami i tyle, żadnego pulsu, żadnych programów. Kostki lodu latają po kielichu, trzeba dolewać wody. Paczka przyszła dzień po zamówieniu, świetnie zabezpieczona, karton w kartonie, tu nic nie mogę zarzucić. Ale sprzęt nie ma tego, za co zapłaciłam.',
    themes: ['missing_feature', 'praise_delivery'],
  },
  {
    text: 'Krem pod oczy za 189 zł za 15 ml. Kupiłam, bo wszędzie same zachwyty. Szczerze? Nie widzę żadnej różnicy w porównaniu z drogeryjnym za 30 zł, konsystencja ta sama, zapach ładny, ale tyle. Opakowanie z pompką, sporo zostaje w środku i nie da się tego wydobyć. Sprzedawca wysłał szybko, dołączył próbki i odręczną karteczkę z podziękowaniem, miło. Ale sam produkt kompletnie niewart swojej ceny, drugi raz nie kupię.',
    themes: ['price_too_high', 'praise_service', 'praise_delivery'],
  },
  {
    text: 'Hokery barowe 2 szt, 389 zl za komplet. Skladanie zajelo 20 minut, kurier wniosl karton na 3 pietro bez marudzenia wiec plus. Ale po 5 tygodniach jeden silownik zaczal opadac, siadasz i zjezdzasz w dol az do samego konca. Drugi hoker skrzypi przy kazdym obrocie i siedzisko ma luz na boki. Ekoskora na brzegach juz sie luszczy jak stara farba. Reklamacje zloze, zobaczymy co powiedza, ale na razie w kuchni stoja dwa smutne stolki.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Klocki konstrukcyjne dla syna na urodziny, zestaw 500 elementów, 129 zł. Elementy nie trzymają się siebie, wystarczy dotknąć i wieża się rozsypuje, część klocków ma nadlewy plastiku i ostre krawędzie, syn skaleczył się w palec. Instrukcja to jakieś wydruki w złej rozdzielczości, nie widać, który klocek gdzie. Sprzedawca na wiadomość odpisał uprzejmie i sam zaproponował zwrot, więc pewnie skorzystam, ale prezent popsuty.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Etui do iPhone 13 z klapka, 59 zl. Po tygodniu magnes przestal trzymac klapke, otwiera sie sama w kieszeni. Sztuczna skora na rogach juz starta do bialego, a przycisk glosnosci w etui jest tak twardy ze trzeba go wciskac paznokciem. Wysylka ok, przyszlo w 2 dni, sprzedawca tez normalny w kontakcie. Nie mam do nich pretensji tylko do tego wyrobu ktory udaje skore.',
    themes: ['product_defect'],
  },
  {
    text: 'Mikrofalówka 20 l z grillem, 329 zł. Po trzech tygodniach przy podgrzewaniu zupy w środku zaczęło iskrzyć przy ściance, w zwykłej ceramicznej misce bez żadnych zdobień. Talerz obrotowy co jakiś czas staje i trzeba go popchnąć, a drzwiczki domykają się dopiero za drugim trzaśnięciem. Grill pachnie spalonym plastikiem. Dostawa kurierem DPD szybka i bez uwag, wszystko całe, ale co z tego, jak boję się jej używać.',
    themes: ['product_defect'],
  },
  {
    text: 'Parka zimowa męska, rozmiar L, 459 zł, w opisie „ocieplina do -20°C”. Pierwszy poranek przy minus pięciu i marznę na przystanku jak w wiatrówce, ocieplina cienka jak w kurtce przejściowej. Po dwóch tygodniach rozpruła się podszewka w kieszeni, a futerko przy kapturze linieje na szalik. Muszę przyznać, że obsługa sklepu bardzo fajna, pani przez telefon od razu wysłała mi etykietę zwrotną i nie robiła problemów. Tylko szkoda, że sama kurtka to bubel.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Atlas grzybów w twardej oprawie za 119 zł. Przyszedł szybko, zapakowany w karton z wypełniaczem, rogi całe, wszystko pięknie. Ale zawartość... 160 stron, z czego opisanych gatunków może 90, zdjęcia małe i często niewyraźne, a przy kilku trujących brak porównania z jadalnymi sobowtórami, co w atlasie jest chyba podstawą. Za połowę tej ceny mam w domu starszy atlas, który jest dwa razy grubszy i lepszy. Zdecydowanie przepłacone.',
    themes: ['price_too_high', 'praise_delivery'],
  },
  {
    text: 'Młotowiertarka SDS 800 W z walizką i zestawem wierteł, 389 zł. Po dwóch tygodniach wiercenia w betonie pod szafki kuchenne udar zaczął zanikać, wiertło tylko się kręci i nie idzie dalej. Uchwyt SDS ma luz, wiertło wypada przy wyjmowaniu z otworu. W środku coś grzechocze. Sprzedawca wysłał w dniu zamówienia, paczkę miałem następnego dnia, kontakt mailowy bez problemu. Tylko że ja potrzebowałem narzędzia do pracy, a nie zabawki na jeden raz.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Garnitur na wesele brata, 699 zł, rozmiar 50 dobrany według tabeli, pomiary robiła mi żona centymetrem. Marynarka ciągnie się na plecach i nie da się zapiąć guzika bez marszczenia, a spodnie krótsze o 4 cm od podanej długości. Podszewka w rękawie przyszyta krzywo, widać szew. Materiał „wełniany” błyszczy się jak poliester pod światło. Zwrot przyjęty bez gadania, ale do wesela tydzień i znowu biegam po sklepach.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Smartwatch za 249 zl, kupowalem glownie do biegania a tu niespodzianka – nie ma wbudowanego GPS, trzeba nosic telefon przy sobie, w opisie nigdzie nie bylo tego wyraznie napisane, tylko ze "sledzi trase". Nie ma tez powiadomien z Messengera, tylko SMS i polaczenia. Dostawa ekspresowa, pudelko ladne, sprzedawca odpisal rzeczowo ze ten model tak ma. No to oddaje, bo dla mnie bezuzyteczny.',
    themes: ['missing_feature', 'praise_delivery'],
  },
  {
    text: 'Wąż ogrodowy 30 m z zestawem złączek, 119 zł. Po pierwszym podłączeniu złączka pękła przy kranie, plastik cienki i kruchy jak skorupka. Sam wąż skręca się i załamuje przy każdym ruchu, pomimo że w opisie „antyskrętny”. Po tygodniu na słońcu zrobiły się pęknięcia na zewnętrznej warstwie. Paczka dotarła w dwa dni, nie mam uwag. Ale kupowałam na lata, a wytrzymał tydzień. Żenada.',
    themes: ['product_defect'],
  },
  {
    text: 'Kolagen w proszku 300 g za 159 zl. Starcza na 20 dni a nie na miesiac jak pisza, bo miarka jest wieksza niz podana porcja. Smak ok, rozpuszcza sie dobrze, ale efektow po 2 opakowaniach zero. W aptece sklad prawie identyczny za polowe ceny. Przesylka szybka, sklep w porzadku, nie mam zastrzezen do obslugi. Po prostu produkt przeplacony, placi sie za marke i reklamy u influencerek.',
    themes: ['price_too_high'],
  },
  {
    text: 'Łóżko drewniane 160x200, złożone zgodnie z instrukcją przez męża, który składa meble od lat. Po dwóch tygodniach skrzypi przy każdym ruchu, a listwa stelaża pękła w połowie – drewno pełne sęków i suche jak pieprz. Otwory na śruby nawiercone krzywo, jedną trzeba było przewiercać samemu. Sprzedawca od razu zaproponował wysyłkę nowej listwy, fajne podejście, ale mam wrażenie, że cała rama jest z tego samego marnego drewna.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Szelki dla psa rozmiar M, dla labradora 30 kg. Na drugim spacerze pekla plastikowa klamra, pies wyskoczyl na ulice, dobrze ze nic sie nie stalo. Przeszycia tez puszczaja przy kolku do smyczy. Szelki przyszly szybko i w ladnym woreczku, sprzedawca kontaktowy, ale to jest produkt ktory moze doprowadzic do wypadku i powinien zniknac ze sprzedazy. Ostrzegam wlascicieli duzych psow!!',
    themes: ['product_defect'],
  },
  {
    text: 'Robot sprzątający z mopem za 899 zł, kupiony po długim porównywaniu modeli. Zacznę od plusów: wysyłka szybka, dobrze zapakowany, sklep nawet zadzwonił potwierdzić adres i godzinę dostawy. Minusy dotyczą niestety samego robota. Aplikacja nie ma mapowania pomieszczeń ani stref zakazanych, choć na zdjęciach aukcji wyświetla się ładna mapa mieszkania z podziałem na pokoje. Nie da się ustawić harmonogramu osobno na dni tygodnia, tylko „codziennie o tej samej godzinie”. Nie ma też regulacji ilości wody dla mopa, więc na panelach zostają kałuże. Robot jeździ losowo, zostawia połowę pokoju. Za te pieniądze oczekiwałem podstawowych funkcji.',
    themes: ['missing_feature', 'product_defect', 'praise_delivery'],
  },
  {
    text: 'Sluchawki nauszne z ANC za 399 zl. Redukcja szumow to jakis zart, szum autobusu slychac prawie tak samo jak bez. Do tego po godzinie sluchania bola uszy, pady twarde jak z kartonu, a palak trzeszczy przy kazdym ruchu glowa. Lewa strona od czasu do czasu trzaska. Sklep wyslal w dniu zamowienia i dobrze opisal paczke, nie mam nic do nich, ale sluchawki wracaja, szkoda pieniedzy.',
    themes: ['product_defect'],
  },
  {
    text: 'Klocki hamulcowe przód do Passata B8, komplet 249 zł, podobno „premium ceramic”. Po założeniu piszczą przy każdym hamowaniu, a po 3 tysiącach km widać już spore zużycie i czarny pył na felgach. Mechanik powiedział, że to zwykłe klocki z niższej półki w ładnym pudełku, a w hurtowni taka jakość kosztuje 90 zł. Dostawa przed czasem, paczka elegancka, faktura od razu w mailu. Ale płacić prawie trzy razy więcej za naklejkę to przesada.',
    themes: ['price_too_high', 'product_defect', 'praise_delivery'],
  },
  {
    text: 'Lampki solarne do ogrodu, 10 sztuk za 149 zł. Po tygodniu połowa świeci może godzinę po zmroku, a w opisie „do 10 godzin”. Trzy w ogóle się nie włączają, choć stoją w pełnym słońcu cały dzień. Po pierwszej ulewie w kloszach zebrała się woda, styki zaśniedziały, a szpikulce pękają przy wbijaniu w ziemię. Sprzedawca odpisał w ciągu dnia i poprosił o zdjęcia, więc reklamacja w toku. Ale sam produkt – nie polecam.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Jeansy damskie mom fit, rozmiar 38, 179 zl. Po trzech tygodniach noszenia zamek zaczal sie sam rozpinac przy siadaniu, guzik odpadl razem z kawalkiem materialu, a miedzy udami material juz przetarty na przeswit. Pare razy wypralam, zgodnie z metka. Paczka byla swietnie zapakowana, nawet w bibulke z naklejka, widac ze sklep dba o wizerunek. Szkoda ze nie o jakosc towaru. Nie kupie wiecej.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Tablet dla dziecka 10 cali, 599 zł. Kupowany pod kontrolę rodzicielską, a okazało się, że jest tylko okrojona wersja – nie da się ustawić limitu czasu na konkretne aplikacje, tylko ogólnie na cały tablet. Nie ma też slotu na kartę pamięci, choć w specyfikacji był wymieniony, a 32 GB zapełniło się po dwóch grach. Kurier przywiózł w terminie, sprzedawca miły. Po prostu produkt nie ma tego, czego potrzebowałem.',
    themes: ['missing_feature', 'praise_service'],
  },
  {
    text: 'Termos stalowy 1 l, 139 zł, „utrzymuje ciepło 24 h”. Herbata zalana wrzątkiem o 6 rano w południe jest letnia, a wieczorem zimna. Korek przecieka, jak się termos położy w plecaku, zalał mi dokumenty. Po dwóch tygodniach na dnie wgniecenie od zwykłego odstawienia na stół, a farba odpryskuje. Wysyłka ok, sprzedawca przyjął reklamację i czekam. Ale to najgorszy termos, jaki miałem, a miałem takie za 40 zł.',
    themes: ['product_defect'],
  },
  {
    text: 'Lalka interaktywna za 279 zl dla corki. Umie powiedziec moze 10 zdan na krzyz, baterie zjada w 2 dni, a wlosy po tygodniu czesania wygladaja jak siano. W markecie podobna lalka innej firmy kosztuje 99 zl i robi dokladnie to samo. Sklep w porzadku, wyslali szybko, odpisali na pytanie o baterie. Ale czuje sie nabita w butelke, placi sie za licencje z bajki a nie za zabawke.',
    themes: ['price_too_high', 'product_defect'],
  },
  {
    text: 'Monitor 32 cale 4K, 1649 zł. Po dwóch tygodniach przez środek ekranu pojawiła się cienka pionowa linia w kolorze różowym, widoczna na każdym tle. Menu OSD czasem samo się otwiera, jakby przyciski z tyłu się zacinały. Stopa chwieje się przy pisaniu na klawiaturze, bo mocowanie VESA ma luz. Sprzedawca nie robi problemu, kurier zabierze monitor w piątek. Przykro, bo czekałem na ten model dwa miesiące.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Zestaw mebli ogrodowych z technorattanu: sofa, dwa fotele i stolik ze szklanym blatem, 1299 zl. Transport byl super, dwoch panow wnioslo wszystko na taras, pomogli rozpakowac i zabrali kartony, naprawde pelna kultura. Niestety po jednym sezonie (stoja pod zadaszeniem, na zime chowane do garazu!) rattan popekal na oparciach i sie strzepi, zaczepia o ubrania. Rama z aluminium ma ogniska korozji przy spawach, a podobno aluminium nie rdzewieje. Poduszki wyplowialy z grafitu do szarosci, pianka w siedziskach sie zbila i siedzi sie prawie na ramie. Meble wygladaja teraz jak z wystawki, a mialy posluzyc kilka lat.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Frytkownica beztłuszczowa 5,5 l za 399 zł. Nie ma okienka do podglądu, choć na zdjęciu produktu jest, nie ma też funkcji opóźnionego startu, o której pisze opis. Programy są tylko 4, a reklamowano 8. Sama smaży ok, ale to nie jest urządzenie, które zamówiłam. Dostawa bardzo szybka, sklep odpowiedział, że to „nowsza wersja modelu”. Nowsza, a z mniejszą liczbą funkcji?',
    themes: ['missing_feature'],
  },
  {
    text: 'Łóżko dmuchane dwuosobowe z wbudowaną pompką, 299 zł, kupione na przyjazd teściów. Każdej nocy schodzi z niego powietrze – o 3 w nocy śpimy praktycznie na podłodze. Szukałem dziury w wannie, nic nie widać, więc pewnie przepuszcza zawór albo zgrzew. Pompka wyje jak suszarka i grzeje się po minucie. Dostawa na czas, kurier zadzwonił godzinę wcześniej, wszystko jak trzeba. Ale teściowie spali na kanapie, a łóżko wraca.',
    themes: ['product_defect'],
  },
  {
    text: 'Sonda lambda do Corsy D 1.2, 159 zł. Wkręcona w warsztacie, po tygodniu znowu check engine, spalanie skoczyło o litr, a komputer pokazuje ten sam błąd co przed wymianą. Wtyczka tylko udaje oryginalną, zatrzask nie trzyma i trzeba było ją przypiąć opaską. Zapłaciłem za robociznę dwa razy. Sprzedawca w porządku, wysłał szybko i odpisał, że przyjmie reklamację, ale kasy za mechanika mi nikt nie odda.',
    themes: ['product_defect'],
  },
  {
    text: 'Buty skórzane do pracy za 549 zł. Skóra naturalna? Może w cholewce, bo podszewka to ewidentnie plastik, stopa poci się po godzinie. Podeszwa klejona, nie szyta, choć cena sugeruje coś porządnego. Wyglądają ok, nie rozlazły się, ale za takie pieniądze kupiłem kiedyś buty, które nosiłem 6 lat. Obsługa sklepu wzorowa, pomogli dobrać rozmiar przez czat. Jakość do ceny – słabo.',
    themes: ['price_too_high', 'praise_service'],
  },
  {
    text: 'Tusz do rzęs wydłużający, 119 zł. Na zdjęciach rzęsy do brwi, u mnie efekt jakby nic nie było, szczoteczka nabiera za dużo i skleja rzęsy w grube pajęcze nóżki. Po dwóch godzinach mam czarne kropki pod oczami, a na koniec dnia efekt pandy. Dodatkowo po trzech dniach szczypały mnie oczy. Zamówienie przyszło szybko, w kartoniku z próbkami, sprzedawca miły. Ale produkt do kosza, nawet nie ma sensu go oddawać.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Zmywarka wolnostojąca 45 cm, 1699 zł. Od pierwszego tygodnia nie domywa – na szklankach biały nalot, na talerzach zaschnięte resztki, choć płuczemy wstępnie. Program eko trwa 4 godziny, a po nim naczynia mokre, suszenia praktycznie brak. Kosz górny wypada z prowadnic przy wysuwaniu. Dostawa z wniesieniem bez zarzutu, panowie nawet podłączyli i sprawdzili szczelność. Serwis ma przyjechać w przyszłym tygodniu, zobaczymy, ale wrażenie fatalne.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Automatyczny karmnik dla kota, 229 zł. Kupowałam z myślą o wyjazdach, a karmnik nie ma podtrzymania bateryjnego – jak zabraknie prądu na chwilę, kasuje się cały harmonogram. W opisie jest „zasilanie awaryjne”, ale okazuje się, że to moduł za dopłatą. Nie ma też możliwości nagrania głosu. Sprzedawca odpisał szybko i przyznał, że opis jest nieprecyzyjny, poprawią. Ja jednak zostałam z urządzeniem, któremu nie ufam.',
    themes: ['missing_feature', 'praise_service'],
  },
  {
    text: 'Rower dzieciecy 20 cali dla corki na komunie, 899 zl. Przyjechal prawie zlozony, karton bez jednego zadrapania, kurier wniosl do garazu – brawo. Niestety po miesiacu lancuch spada przy kazdej zmianie biegu, nozka podporka wygiela sie pod ciezarem samego roweru, a dwie szprychy w tylnym kole sa luzne. Lakier na ramie odpryskuje przy zapieciu do stojaka. Serwis stwierdzil ze osprzet najtanszy z mozliwych. Reklamacje wyslalam.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Szlafrok bawełniany damski, rozmiar M, 149 zł. Po pierwszym praniu zrobił się sztywny jak tektura, wchłania wodę gorzej niż polarowy koc, a przy kieszeniach wylazły nitki. Gramatura na pewno nie 400 g jak w opisie, jest cienki i prześwituje pod światło. Pasek skurczył się bardziej niż reszta i nie da się go zawiązać. Wysyłka ekspresowa, wszystko ładnie zapakowane, nic do zarzucenia sprzedawcy. Produkt niezgodny z opisem i tyle.',
    themes: ['product_defect'],
  },
  {
    text: 'Ekspres kolbowy za 1899 zł. Od razu mówię: kawa dobra, crema ładna, nie ma tu żadnej wady, która by dyskwalifikowała sprzęt. Ale jak na tę półkę cenową to obudowa z plastiku udającego szczotkowaną stal, spieniacz słaby i mleko trzeba trzymać dwie minuty, żeby się ledwo ogrzało, młynka brak, a tamper w zestawie to lekka plastikowa zabawka. Za 1200 zł kupiłbym model konkurencji z metalową obudową, manometrem i lepszym wyposażeniem, niestety zauważyłem za późno. Sklep spisał się super, dostawa w 24 h, kurier zadzwonił przed przyjazdem. Po prostu sprzęt jest wyraźnie przepłacony.',
    themes: ['price_too_high', 'praise_delivery'],
  },
  {
    text: 'Ladowarka indukcyjna 3w1 (telefon, zegarek, sluchawki), 169 zl. Telefon laduje tylko gdy polozysz go idealnie na srodku, milimetr w bok i koniec, rano czesto zostaje z 20%. Zegarek w ogole nie laduje przez etui, ktore na zdjeciach bylo na nim. Przy ladowaniu podstawka robi sie goraca i bzyczy cicho w nocy. Przesylka szybka, paczkomat pod domem, zero problemow. Ale sprzet do oddania.',
    themes: ['product_defect'],
  },
  {
    text: 'Regał na książki, 5 półek, 80 cm, 449 zł. Płyta cieńsza niż deklarowane 18 mm, na krawędziach odchodzi okleina już przy składaniu. Po tygodniu z książkami półki wygięły się w łuk, środkowa opadła o dobry centymetr. Tylna ścianka z cienkiej płyty pilśniowej, przybita gwoździkami, które wyłażą. Sprzedawca odpisał, że wyśle dodatkowe wsporniki, miło, tylko co z resztą. Regał wygląda na mebel za 150 zł.',
    themes: ['product_defect', 'price_too_high', 'praise_service'],
  },
  {
    text: 'Telefon za 899 zl, model z zeszlego roku. Nie ma NFC! W opisie aukcji jest "platnosci zblizeniowe", a tu okazuje sie ze wersja europejska moze ma, ta z dystrybucji azjatyckiej nie. Nie ma tez polskiego menu w ustawieniach systemu dopoki sie nie zaktualizuje. Sprzedawca odpisal grzecznie i przyjmie zwrot, paczka przyszla szybko. Ale ktos mi powinien byl to napisac przed zakupem.',
    themes: ['missing_feature', 'praise_service'],
  },
  {
    text: 'Kosiarka elektryczna 1800 W, 549 zł. Trzecie koszenie i silnik zaczął się przegrzewać, wyłącza się co 10 minut. Kosz na trawę rozpada się na zaczepach, a regulacja wysokości ma luzy, kosiarka kosi nierówno, zostają pasy na trawniku. Kabel przy rączce ma luźne połączenie, coś iskrzy. Przyznam, że dostawa super – paczka dzień po zamówieniu i dobrze zabezpieczona. Produkt – porażka.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Omega-3 w kapsułkach, 2 opakowania po 79 zł. Po otwarciu zapach zjełczałej ryby na pół kuchni, kapsułki sklejone ze sobą, kilka pękniętych w środku słoiczka. Data ważności w porządku, ale jakość fatalna. Po jednej kapsułce odbija się rybą do wieczora. Sprzedawca zaproponował zwrot bez odsyłania, co doceniam, ale tego produktu więcej nie tknę.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Zestaw klockow z licencja, 699 zl. 800 elementow, polowa to malutkie kafelki, naklejki zamiast nadrukow, dziecko zlozylo w 2 wieczory. Klocki trzymaja, karton przyszedl nieuszkodzony, przesylka ok. Ale stosunek cena/zawartosc fatalny, za to mozna kupic 3 inne zestawy.',
    themes: ['price_too_high'],
  },
  {
    text: 'Lokówka automatyczna, 249 zł, „sama wciąga pasmo i kręci loki w 8 sekund”. Wciąga, owszem – i wplątuje włosy tak, że dwa razy musiałam je wycinać nożyczkami. Loki trzymają się może godzinę, a na najwyższej temperaturze czuć swąd przypalonych włosów. Po tygodniu zaczęła piszczeć przy obracaniu. Sklepowi nie mam nic do zarzucenia, wysłali na drugi dzień i odpisali, że przyjmą na gwarancję. Ale sprzęt niebezpieczny dla włosów.',
    themes: ['product_defect'],
  },
  {
    text: 'Lawka treningowa regulowana, 459 zl. Po miesiacu treningow zaczela sie chwiac na boki przy wyciskaniu, bo spaw przy tylnej nodze ma pekniecie. Regulacja oparcia przeskakuje z jednej pozycji na druga pod obciazeniem, raz mi oparcie opadlo w trakcie serii. Obicie peklo na szwie. Dostawa sprawna mimo ze paczka wazyla 30 kg, kurier nawet wniosl. Ale sprzet jest niebezpieczny, nie polecam nikomu.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Okap kominowy 60 cm za 649 zł. W opisie „tryb automatyczny z czujnikiem pary” i „funkcja opóźnionego wyłączenia” – nie ma ani jednego, ani drugiego, są cztery przyciski i lampka. Filtra węglowego do pracy w obiegu zamkniętym też nie ma w zestawie, choć było napisane, że jest, a ja nie mam kanału wentylacyjnego. Ciągnie przyzwoicie, tylko brakuje tego, za co płaciłam. Zamówienie dotarło szybko, zapakowane porządnie.',
    themes: ['missing_feature', 'praise_delivery'],
  },
  {
    text: 'Serum z witaminą C 15%, 30 ml za 139 zł. Już po otwarciu kolor ciemnopomarańczowy zamiast przezroczystego, czyli pewnie utlenione, a zapach metaliczny. Na twarzy szczypie tak, że po minucie muszę zmywać, a na palcach zostają żółte plamy. Buteleczka przezroczysta, choć witamina C powinna być chroniona przed światłem. Sklep obiecuje świeże partie, paczka przyszła ładnie opakowana z fakturą. Ale to serum jest do wyrzucenia.',
    themes: ['product_defect'],
  },
  {
    text: 'Buty dla corki na jesien, rozmiar 31, 169 zl. Po 2 tygodniach chodzenia do przedszkola odkleila sie podeszwa z przodu, a "wodoodporna" cholewka przemaka w pierwszej kaluzy. Rzepy juz slabo trzymaja. Sprzedawca mily, szybko odpisal, wyslal etykiete zwrotna, za to plus. Ale dziecko chodzi teraz w starych za malych butach bo jesien w pelni a ja musze znowu szukac.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Ładowarka sieciowa 65 W z kablem USB-C za 179 zł. Działa, ładuje, tu nie mam uwag. Ale obok na półce w markecie ta sama ładowarka pod inną nazwą za 79 zł – ten sam kształt, te same oznaczenia na spodzie. Przepłaciłem ponad dwa razy za logo. Sklep wysłał szybko, dobrze zapakowane. Trzy gwiazdki, bo produkt ok, ale ceny to przesada, więcej tu nie kupię.',
    themes: ['price_too_high', 'praise_delivery'],
  },
  {
    text: 'Obrus plamoodporny 140x220, 129 zł, „wino i kawa spływają jak po szybie”. Pierwsza kolacja, kropla barszczu i plama wsiąkła natychmiast, nie zeszła ani po zasypaniu solą, ani w praniu. Po praniu w 40 stopniach skurczył się o 8 cm i pofalowały brzegi. Wzór wypłowiał. Wysyłka błyskawiczna, sprzedawca nawet pytał mailem, czy wszystko dotarło. Dotarło, tylko nie to, co w opisie.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Laptop 15,6 cala, 2699 zl, nowy, kupiony do pracy z programami graficznymi. Po dwoch tygodniach zaczal sie grzac do 95 stopni przy zwyklym przegladaniu internetu, wentylator wyje jak odkurzacz nawet przy otwartym Wordzie. Zawias ekranu trzeszczy przy otwieraniu, a lewa strona obudowy przy porcie USB sie rozchodzi, widac szczeline na paznokiec. Bateria realnie 2 godziny, nie 8 jak w specyfikacji. Touchpad czasem klika sam. Sklep wyslal od reki, na infolinii pan konkretny, przyjal zgloszenie, wyslal mi numer serwisu i instrukcje jak spakowac. Do nich nie mam pretensji, to sprzet jest wadliwy.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Płaszcz wełniany damski, 399 zł. W opisie 70% wełny – na metce wszytej w środek 20% wełny, reszta poliester. Po dwóch tygodniach noszenia mechaci się pod pachami i z tyłu jak stary sweter. Guziki przyszyte na jedną nitkę, jeden już zgubiłam. Kurier przyjechał w umówionym oknie, sprzedawca przysłał grzeczną wiadomość z numerem przesyłki. Mnie chodzi tylko o to, że produkt jest niezgodny z opisem.',
    themes: ['product_defect'],
  },
  {
    text: 'Kamera cofania bezprzewodowa, 249 zl. W opisie "dynamiczne linie pomocnicze i tryb nocny", w rzeczywistosci linie sa stale, nie skrecaja z kierownica, a tryb nocny to 2 diody ktore nic nie oswietlaja. Nie da sie tez wylaczyc lustrzanego odbicia obrazu. Montaz w 30 min, sprzedawca wyslal szybko. Dziala, ale bez funkcji za ktore zaplacilem wiec raczej wraca.',
    themes: ['missing_feature'],
  },
  {
    text: 'Drapak dla kotów 150 cm, 279 zł. Kot waży 5 kg, wskoczył na najwyższą półkę i cały drapak się przechylił, mało nie przewrócił się na telewizor. Rury z kartonu owinięte sznurkiem, sznurek po tygodniu wisi, a budka obita pluszem, który się łuszczy. Śruby nie pasują do otworów. Sklep odpowiedział w ciągu godziny i przeprosił, super kontakt, ale drapak to tandeta.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Komoda z litego drewna, 1899 zl. Lity to jest chyba blat, boki i tyl to plyta z okleina, szuflady ze sklejki 4 mm, dno z dykty. Wyglada dobrze, stoi rowno, ale za taka cene bylam pewna ze to bedzie caly drewniany mebel. W meblowym za rogiem komoda tej jakosci kosztuje 900. Dostawa na czas i panowie ostrozni przy wnoszeniu. Cena zupelnie nieadekwatna.',
    themes: ['price_too_high', 'praise_delivery'],
  },
  {
    text: 'Głośnik Bluetooth wodoodporny IPX7, 299 zł. Wzięłam na kajaki, jedno chlapnięcie wody i koniec – nie włącza się, pod maskownicą para. Wcześniej i tak bateria trzymała 4 godziny zamiast 20, a przy wyższej głośności rzęził. Sprzedawca na wiadomość odpisał szybko i podał instrukcję reklamacji, wyślę w poniedziałek. Ale wodoodporność to ściema, nie kupujcie nad wodę.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Posciel z satyny bawelnianej 200x220, 259 zl. Po pierwszym praniu wszystkie szwy sie wywinely, poszewka na poduszke zrobila sie mniejsza o 5 cm a kolor z granatowego zrobil sie sinawy. W nocy elektryzuje sie, czuc ze to nie bawelna. Zapach chemii przy rozpakowaniu byl mocny. Paczka przyszla nastepnego dnia i byla porzadnie zapakowana, tylko co z tego jak towar kiepski.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Niania elektroniczna z kamerą, 449 zł. Brak zapisu nagrań, brak podglądu na telefonie – tylko na dołączonym monitorku, który trzeba nosić po domu. W opisie widniało „aplikacja mobilna”, a sprzedawca dopiero w wiadomości wyjaśnił, że to dotyczy innej wersji. Obraz w nocy ok, dźwięk też, sama rzecz działa. Ale bez aplikacji jest dla nas mało przydatna, w dodatku zasięg tylko 50 m.',
    themes: ['missing_feature'],
  },
  {
    text: 'Grill gazowy 3-palnikowy z bocznym palnikiem, 1399 zł, kupiony na całe lato grillowania z rodziną. Po trzecim użyciu przepalił się jeden palnik, płomień wychodzi bokiem. Ruszty żeliwne zaczęły rdzewieć, choć myjemy je po każdym grillu, oliwimy i przykrywamy pokrowcem. Termometr w pokrywie pokazuje 150 stopni, a faktycznie jest ponad 250, sprawdzałem termometrem kuchennym – mięso spalone z zewnątrz, surowe w środku. Pokrętła mają luzy, a zapalarka iskrzy co piąty raz. Transport z wniesieniem do ogrodu, wszystko sprawnie, kierowca bardzo pomocny. Reklamację złożę, zobaczymy.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Gogle narciarskie z podwójną szybą „anti-fog”, 199 zł. Pierwszy zjazd i szyba zaparowała od środka tak, że jechałam na pamięć. Wentylacja chyba tylko narysowana. Gumka elastyczna po dwóch dniach się rozciągnęła i gogle zsuwają się z kasku, a pianka przy nosie odkleiła się na mrozie. Sprzedawca ok, odpisał i zaproponował wymianę. Ale drugiej pary tego samego nie chcę, tylko szkoda, że ferie spędziłam, przecierając szybę rękawicą.',
    themes: ['product_defect'],
  },
  {
    text: 'Nasiona trawy „premium”, 5 kg za 189 zł. Wysiane zgodnie z instrukcją, podlewane rano i wieczorem. Wzeszło może 40%, reszta łysa, a to, co wyrosło, wygląda jak kępy chwastu. Sąsiad kupił worek za 70 zł w markecie budowlanym i ma trawnik jak dywan. Paczka dotarła szybko, worek cały. Premium to chyba tylko grafika na worku, cena kompletnie z kosmosu.',
    themes: ['price_too_high', 'product_defect'],
  },
  {
    text: 'Parownica do ubrań ręczna, 219 zł. Nagrzewa się 2 minuty zamiast 25 sekund, a potem zamiast pary pluje gorącą wodą, na jasnej koszuli zostały mokre plamy z rdzawymi obwódkami. Zbiornik wystarcza na 4 minuty. Po tygodniu zaczęła przeciekać przy przycisku, więc woda leje się na rękę. Sprzedawca wysłał szybko, przy zwrocie nie robił problemów, dostałam etykietę. Ale sprzęt rozczarował mnie kompletnie.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Maszyna do szycia dla poczatkujacych, 549 zl. W opisie 32 sciegi i automatyczne nawlekanie igly – nawlekacza nie ma w ogole, a sciegow ozdobnych jest 12, reszta to warianty prostego. Brak tez regulacji docisku stopki, wiec grubszych materialow nie uszyje. Sklep wyslal szybko, dolaczyl nici i igly gratis, sympatycznie. Ale to nie jest maszyna z opisu.',
    themes: ['missing_feature', 'praise_service'],
  },
  {
    text: 'Farba lateksowa do ścian, 10 l, kolor „szałwiowy”, 219 zł. Krycie fatalne – po trzech warstwach dalej prześwituje stara biała ściana. Kolor po wyschnięciu dużo ciemniejszy niż na wzorniku. Po tygodniu smugi i plamy po przetarciu na mokro, a miała być odporna na szorowanie. Sklep dostarczył w terminie, wiaderka całe, tu wszystko okej. Ale malowanie całego pokoju do powtórki.',
    themes: ['product_defect'],
  },
  {
    text: 'Szczoteczka soniczna, 229 zl. Po miesiacu bateria trzyma 3 dni zamiast 30, a po szesciu tygodniach przestala sie wlaczac w ogole. Koncowki zapasowe nie pasuja idealnie, klikaja i luzno siedza. Tryb "wybielanie" od "czyszczenie" nie rozni sie niczym. Paczka przyszla na drugi dzien, sprzedawca przyjal reklamacje i dal znac ze czeka na paczke, wiec zobaczymy. Sam produkt niestety slaby.',
    themes: ['product_defect'],
  },
  {
    text: 'Koszulka sportowa z logo znanej marki, 199 zł. Materiał cieniutki, po dwóch praniach wygląda jak z dyskontu, nadruk zaczyna pękać. Rozumiem, że płaci się za markę, ale to już przesada – koszulka bez logo za 40 zł jest lepiej uszyta. Sprzedawca wysłał szybko, pakowanie estetyczne, w pudełku. Więcej nie dam się złapać na ten marketing.',
    themes: ['price_too_high', 'product_defect', 'praise_delivery'],
  },
  {
    text: 'System mesh Wi-Fi, 3 moduly, 549 zl. Mialo byc jedno wifi w calym domu, a telefon przy przechodzeniu z kuchni do salonu gubi polaczenie na pol minuty. Satelita na pietrze co kilka godzin znika z aplikacji i trzeba ja wyjac z gniazdka. Predkosc na gorze 20 Mb/s przy swiatlowodzie 600. Obsluga sklepu pomocna, pan na czacie nawet probowal pomoc w konfiguracji, doceniam. Ale sprzet wraca.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Wózek spacerowy, 899 zł. Brak regulacji podnóżka, oparcie rozkłada się tylko do połowy, więc dziecko nie pośpi na leżąco, a w opisie „pozycja do spania”. Budka nie ma okienka, nie widzę dziecka podczas spaceru. Kosz na zakupy malutki. Dostawa kurierem sprawna, sprzedawca szybko odpisał na maila. Wózek ładny, ale brakuje podstawowych rzeczy, które obiecywał opis.',
    themes: ['missing_feature'],
  },
  {
    text: 'Zestaw noży w bloku, 6 szt., 259 zł, „stal japońska”. Po dwóch tygodniach na ostrzach pojawiły się rdzawe plamki, choć myjemy ręcznie i od razu wycieramy. Tępieją po pokrojeniu kilku pomidorów, a rękojeść noża szefa kuchni ma szczelinę, w której zbiera się brud. Blok z drewna śmierdzi lakierem. Wysyłka szybka, zapakowane bezpiecznie. Produkt zupełnie nie na tę cenę.',
    themes: ['product_defect', 'price_too_high'],
  },
  {
    text: 'Spiwor puchowy, w opisie "komfort -5, ekstremum -15". Pierwsza noc w Bieszczadach przy +3 stopniach i trzeslem sie do rana w polarze. Puch przesypuje sie na dol komor, na gorze zostaja puste kanaly. Zamek zacina sie na podszewce co drugi raz, a worek kompresyjny pekl przy pierwszym sciaganiu. Wysylka i kontakt ze sklepem bez zarzutu, ale caly wyjazd przez ten spiwor zepsuty, 589 zl wyrzucone.',
    themes: ['product_defect'],
  },
  {
    text: 'Szampon do wlosow "salonowy", 250 ml za 119 zl. Pieni sie slabo, trzeba duzo nalozyc, starcza na 2 tygodnie. Efektow wow brak, wlosy jak po zwyklym szamponie, moze troche bardziej puszyste ale to moze pogoda. Za ta cene spodziewalam sie cudu. Sklep bardzo mily, dolaczyl probki odzywki, przesylka na nastepny dzien. Sam produkt przereklamowany i za drogi.',
    themes: ['price_too_high', 'praise_delivery'],
  },
  {
    text: 'Filtr kubełkowy do akwarium 200 l, 359 zł. Po tygodniu zaczął przeciekać na uszczelce pokrywy, rano kałuża pod szafką. Głośny jak lodówka z lat 90., w sypialni nie do wytrzymania. Wydajność dużo mniejsza niż podana, woda mętna. Kontakt ze sprzedawcą dobry, wysłał nową uszczelkę bez pytania o paragon. Wymieniłem, dalej kapie, więc to chyba obudowa krzywo odlana.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Sweter z kaszmirem, 329 zł, kolor kremowy. Od pierwszego założenia zostawia kłaczki na wszystkim, na czarnych spodniach wyglądam jak po przytuleniu owczarka. Po praniu ręcznym w letniej wodzie rozciągnął się o dwa rozmiary, rękawy do kolan. Kaszmiru tam chyba śladowe ilości. Zwrot niestety już po terminie, bo prałam po 3 tygodniach. Sklepowi nic nie zarzucam, wysyłka błyskawiczna, ale jakość słaba.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Telewizor 55 cali, 2199 zl. Okazalo sie ze nie ma Bluetooth wiec sluchawek bezprzewodowych nie podlacze, a w specyfikacji bylo "BT: tak". Nie ma tez HDMI 2.1, tylko 2.0, wiec konsola chodzi na 60 Hz. Obraz w porzadku, kurier dostarczyl na czas i wniosl na gore. Sklep przyznal ze opis byl bledny. Jednak to nie jest telewizor ktory chcialem kupic.',
    themes: ['missing_feature', 'praise_delivery'],
  },
  {
    text: 'Białko wegańskie z grochu i ryżu, 1 kg, smak waniliowy, 149 zł. Rozpuszcza się fatalnie, w szejkerze zostają grudki nawet po minucie trzepania, a konsystencja jak piasek z wodą. Smak ziemisty, wanilii nie czuć wcale. Po przeliczeniu wartości z tabelki białka w porcji jest mniej, niż krzyczy front opakowania. Przesyłka przyszła szybko, opakowanie szczelnie zamknięte. Nie mam uwag do sklepu, do produktu mam same.',
    themes: ['product_defect'],
  },
  {
    text: 'Zestaw bitow i nasadek 108 elementow w walizce, 139 zl. Bity wyrabiaja sie po kilku srubach, jeden PH2 skrecil sie jak sprezyna przy wkrecaniu w drewno. Grzechotka ma luzy i przeskakuje pod obciazeniem. Walizka nie domyka sie bo zatrzask krzywy i wszystko wypada. Przesylka dotarla szybko, sprzedawca wyslal z faktura. Do warsztatu sie nie nadaje, co najwyzej do szuflady.',
    themes: ['product_defect'],
  },
  {
    text: 'Karma dla psa, ta sama co od trzech lat, dotąd worek 12 kg za 289 zł. Teraz „nowe opakowanie” – worek 10 kg, a cena 299 zł. Nikt tego nie ogłasza, trzeba samemu wypatrzeć wagę małym drukiem. Skład bez zmian, pies je chętnie, tu zero problemu. Dostawa super, kurier nawet wniósł worek pod drzwi. Ale w przeliczeniu na kilogram to ponad 20% drożej i czuję się potraktowana jak frajerka.',
    themes: ['price_too_high', 'praise_delivery'],
  },
  {
    text: 'Zegar ścienny 60 cm, 169 zł. Mechanizm tyka tak głośno, że słychać go w drugim pokoju, choć opis mówił „cichy mechanizm płynący”. Po dwóch tygodniach spieszy 10 minut na dobę. Wskazówki ocierają się o siebie i stają na dwunastce. Tarcza z tektury, wygięła się od wilgoci. Sprzedawca przyjmie zwrot, paczka była dobrze zabezpieczona, ale wolałabym zegar, który po prostu działa.',
    themes: ['product_defect'],
  },
  {
    text: 'Mysz gamingowa 16000 DPI, 199 zl. Po miesiacu lewy przycisk zaczal robic podwojne klikniecia, w grze to katastrofa. Scroll przeskakuje, a oprogramowanie do podswietlenia nie widzi myszy po restarcie komputera. Kabel w oplocie sie strzepi przy wtyku. Sklep wyslal blyskawicznie, reklamacje wypelnilem online i juz mam potwierdzenie. Produkt za te pieniadze slabiutki.',
    themes: ['product_defect'],
  },
  {
    text: 'Hulajnoga elektryczna, 1799 zł. Brak tempomatu, brak aplikacji, choć w opisie obie rzeczy były. Światło tylne tylko pozycyjne, bez funkcji stopu. Nie da się też złożyć kierownicy, więc do bagażnika małego auta nie wejdzie. Jeździ w porządku, zasięg prawie zgodny z opisem. Sprzedawca odpowiedział, że w tej partii „zmienił się model”. Kurier dostarczył szybko. Zwracam, bo nie tego chciałem.',
    themes: ['missing_feature'],
  },
  {
    text: 'Bransoletka srebrna próby 925, 249 zł, kupiona na prezent dla żony. Po dwóch tygodniach sczerniała na zapięciu i w miejscach łączeń, a ślady na skórze nadgarstka zielonkawe – srebro to chyba tylko z wierzchu. Zapięcie otwiera się samo, raz znalazłam ją na podłodze w samochodzie. Przyszła w eleganckim pudełku, dostawa kurierem w umówionym dniu, sprzedawca odpowiada na pytania. Ale jakość wykonania rozczarowująca.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Garnek żeliwny emaliowany 24 cm, 749 zł. Gotuje się w nim dobrze, nie przywiera, waży swoje. Ale emalia w środku już po pół roku ma mikropęknięcia, a garnek tej samej pojemności innej marki za 300 zł sprawuje się identycznie. Sklep w porządku, wysyłka szybka, pytanie o indukcję dostało rzeczową odpowiedź. Nie jest zły, tylko zdecydowanie nie za taką kwotę.',
    themes: ['price_too_high', 'product_defect', 'praise_service'],
  },
  {
    text: 'Drukarka wielofunkcyjna, 499 zl. W opisie duplex i drukowanie z telefonu. Duplex jest tylko "reczny", czyli sam przekladasz kartki, a aplikacja na telefon nie obsluguje tego modelu, tylko nowsze. Skaner bez podajnika, trzeba kartka po kartce. Sklep wyslal szybko, kontakt ok. Drukuje poprawnie, ale kupowalem do domowego biura i tych funkcji mi brakuje.',
    themes: ['missing_feature'],
  },
  {
    text: 'Szpilki skórzane na wesele, rozmiar 38, 259 zł. Przetańczyłam w nich może 3 godziny i obcas w prawym bucie się odkleił, a palce przez wąski nosek mam obtarte do krwi. W środku czuć klej, a „skóra” na czubku pękła przy pierwszym zgięciu. Sprzedawca szybko zareagował na wiadomość, zaproponował naprawę lub zwrot – rozważam. Ale zepsutego wieczoru nikt mi nie odda.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Wycieraczki bezramowe do Skody Octavii, komplet 99 zl. Od pierwszego deszczu zostawiaja smugi na pol szyby, a przy szybszej jezdzie podskakuja i halasuja. Po miesiacu gumka po stronie kierowcy zaczela sie odklejac od listwy. Adapter do ramienia ledwo trzyma, boje sie ze odpadnie na autostradzie. Wysylka ok, pakowanie ok. Produkt zly, wrocilem do starych.',
    themes: ['product_defect'],
  },
  {
    text: 'Rowerek biegowy dla 2-latka, 249 zł. Brak regulacji wysokości kierownicy, a siodełko reguluje się tylko w zakresie 3 cm, więc za pół roku będzie za mały. W opisie „rośnie razem z dzieckiem”. Nie ma też ogranicznika skrętu, który był w specyfikacji, maluch już się przez to przewrócił. Kurier dowiózł szybko, sprzedawca odpisał i przeprosił za opis. Niemniej rowerek nie spełnia obietnic.',
    themes: ['missing_feature', 'product_defect'],
  },
  {
    text: 'Listwa zasilajaca "premium" 6 gniazd, 189 zl. Dziala tak samo jak moja stara za 45 zl, parametrow ochrony brak. Wykonanie ladne, dostawa szybka, sprzedawca uprzejmy – nic im nie zarzucam. Po prostu cena z kosmosu, za roznice moglem kupic cos naprawde potrzebnego. Dalem sie nabrac na marketing, ostrzegam innych.',
    themes: ['price_too_high'],
  },
  {
    text: 'Prostownica do włosów z płytkami „ceramiczno-turmalinowymi”, 179 zł. Nagrzewa się nierówno – jedna płytka parzy, druga ledwo ciepła, więc pasmo trzeba przeciągać pięć razy. Wyświetlacz pokazuje 200 stopni, a włosy ledwie się prostują. Po dwóch tygodniach na jednej płytce pojawiła się rysa i zaczęła szarpać włosy. Paczka przyszła w 24 godziny, wszystko zapakowane starannie. Ale prostownica do niczego.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Gofrownica 1200 W, 159 zl. Gofry przywieraja mimo smarowania, polowa zostaje na plytach i trzeba wydlubywac widelcem. Wierzch sie przypala a spod surowy. Zatrzask pekl za trzecim uzyciem. Lampka kontrolna nie dziala od poczatku. Sklep wyslal szybko, na pytanie odpisali w godzine i przyjma zwrot. Tylko dzieci sie nastawily na gofry na urodziny i wyszla kicha.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Kamera IP do monitoringu domu, 279 zł. Nie obsługuje nagrywania na kartę w pętli, po zapełnieniu się po prostu zatrzymuje. Brak powiadomień push o ruchu, można tylko przeglądać nagrania w aplikacji. Brak integracji z asystentem głosowym, o której pisał opis. Obraz dobry, montaż prosty, paczka szybko. Sprzedawca przeprosił i zaproponował rabat 30 zł, ale mnie potrzebna kamera z tymi funkcjami.',
    themes: ['missing_feature', 'praise_service'],
  },
  {
    text: 'Fotel uszak w welurze, 1490 zł. Wygodny, ładny, nie powiem. Ale za tę cenę oczekiwałam solidnej roboty, a tapicerka od spodu przypięta zszywkami byle jak, nóżki wkręcane, a welur najtańszy, mechaci się po miesiącu. Identyczny fotel (ta sama fabryka, sprawdziłam) w innym sklepie 890 zł. Dostawa sprawna, kurier miły. Czuję się oskubana.',
    themes: ['price_too_high', 'product_defect', 'praise_delivery'],
  },
  {
    text: 'Puzzle 1000 el. z pejzazem, 79 zl, "premium karton 2 mm". Karton cienki, elementy sie rozwarstwiaja przy wyjmowaniu z woreczka, obrazek schodzi z wierzchu jak naklejka. Po ulozeniu brakowalo 3 elementow, a 2 byly z zupelnie innego obrazka. Kolory blade, nie jak na pudelku. Sklep wyslal szybko i zaproponowal wymiane, zobaczymy czy nowe pudelko bedzie lepsze, bo moze to cala partia wadliwa.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Sterownik nawadniania ogrodu na 4 sekcje, 389 zł. Kupiony, bo w opisie „czujnik deszczu w zestawie” i „sterowanie przez Wi-Fi”. Czujnika nie ma, trzeba dokupić za 120 zł, a Wi-Fi to osobny moduł. Sam sterownik programuje się przyciskami jak zegarek z lat 90. Przesyłka przyszła następnego dnia i była dobrze zapakowana. Ale bez tych dodatków to zwykły timer w przepłaconej cenie.',
    themes: ['missing_feature', 'price_too_high', 'praise_delivery'],
  },
  {
    text: 'Pilarka tarczowa 1400 W, 379 zł. Tarcza ma bicie, cięcie krzywe nawet z prowadnicą, a prowadnica równoległa sama się przesuwa, bo śruba blokująca nie dokręca. Osłona dolna zacina się w połowie. Przy cięciu płyty OSB silnik śmierdzi spalenizną. Sprzedawca kontaktowy, faktura VAT od razu w mailu, wysyłka szybka. Ale piła do pracy się nie nadaje, szkoda tylko straconego czasu.',
    themes: ['product_defect'],
  },
  {
    text: 'Cynk z selenem, 60 kapsulek za 69 zl. Kapsulka zawiera 5 mg cynku, czyli zeby miec sensowna dawke trzeba brac 3 dziennie – opakowanie na 20 dni. W aptece za 20 zl mam 90 tabletek z wieksza dawka. Produkt pewnie dziala, paznokcie troche mocniejsze, ale cena absurdalna. Przesylka dotarla ekspresowo, nie mam zastrzezen do obslugi. Nie polecam z powodu ceny.',
    themes: ['price_too_high'],
  },
  {
    text: 'Rower stacjonarny magnetyczny, 899 zł. Po trzech tygodniach regulacja oporu przestała działać – na poziomie 1 i 8 kręci się tak samo lekko. Przy szybszym pedałowaniu coś stuka w obudowie, a licznik pokazuje tętno 180 przy spokojnej jeździe albo zero. Siodełko ma luz i obraca się w trakcie jazdy. Sklep świetnie zapakował i wysłał tego samego dnia, ale rower to porażka i więcej czasu na nim nie spędzę.',
    themes: ['product_defect', 'praise_delivery'],
  },
  {
    text: 'Sluchawki douszne TWS, 299 zl. Nie ma mozliwosci podlaczenia do dwoch urzadzen naraz, choc w opisie "multipoint". Nie da sie tez zmienic sterowania dotykowego, kazde dotkniecie ucha przy poprawianiu czapki pauzuje muzyke. Brak equalizera w aplikacji. Dzwiek ok, etui ladne. Wysylka szybka i sprawna, sprzedawca przyznal ze opis pochodzi od producenta. Mimo to zwracam.',
    themes: ['missing_feature'],
  },
  {
    text: 'Kombinezon zimowy dla dziecka 98 cm, 289 zł, wybrany specjalnie ze względu na opis „wodoodporność 8000 mm, szwy podklejane”. Po pierwszym spacerze w mokrym śniegu synek miał przemoczone kolana i pupę, rajstopy do wykręcenia, a bawiliśmy się może pół godziny. Szwy na kolanach podklejone tylko z jednej strony. Zamek zacina się na wysokości brzucha i trzeba go prostować, a odblaski odpadły w pierwszym praniu w 30 stopniach. Sprzedawca bardzo sympatyczny, odpowiedział w niedzielę wieczorem i od razu przesłał formularz zwrotu. Produkt niestety nie na polską zimę.',
    themes: ['product_defect', 'praise_service'],
  },
  {
    text: 'Szklo na aparat + szklo na ekran do Xiaomi, zestaw 49 zl. Szklo na ekran o milimetr za male z kazdej strony, z etui nachodzi i sie odkleja. Szkielko na obiektyw powoduje flary i rozmycie zdjec w nocy, wygladaja jak przez mgle. Po tygodniu obie rzeczy mialy odpryski na rogach. Przyszlo w 2 dni w sztywnej kopercie, sprzedawca kontaktowy. Nie kupujcie, lepiej dolozyc do porzadnego.',
    themes: ['product_defect'],
  },
  {
    text: 'Kawa ziarnista specialty 250 g za 89 zł. Opis: nuty czekolady, wiśni i karmelu. W smaku płasko i kwaśno, data palenia na opakowaniu sprzed 5 miesięcy, więc dawno po najlepszym. Za tę cenę oczekuję świeżej kawy. Paczka przyszła szybko, z uroczym liścikiem, obsługa świetna. Ale produkt niewart nawet połowy tej kwoty.',
    themes: ['price_too_high', 'product_defect', 'praise_service'],
  },
  {
    text: 'Zwróciłam buty (zamówienie 551203), bo były za małe – rozmiarówka zaniżona o numer, choć same w sobie ładne, miękka skóra, wygodna wkładka, szkoda było odsyłać. Paczka zwrotna doręczona do sklepu 4 marca, potwierdzenie mam ze śledzenia i podpis magazynu. Dziś jest 2 kwietnia i pieniędzy dalej brak – 349 zł. Na pierwszego maila dostałam odpowiedź, że „zwrot jest przetwarzany”, na drugiego, że „środki zostaną przekazane w najbliższym cyklu płatności”. Jaki cykl? Przetwarzany od miesiąca? Ustawa mówi o 14 dniach. Teraz już mi wszystko jedno, chcę tylko swoich pieniędzy.',
    themes: ['refund'],
  },
  {
    text: 'Odeslalem odkurzacz w ramach odstapienia od umowy w 14 dni, sklep potwierdzil odbior 10.01. Zwrot dostalem ale tylko 420 zl z 499 zl – potracili 79 zl jako "koszt odbioru kurierem", choc na stronie stoi jak byk "darmowe zwroty". Odkurzacz byl nieuzywany, w oryginalnym kartonie z foliami. Nikt wczesniej nie napisal ze cos potracaja. Domagam sie reszty kwoty, 79 zl to moze nie majatek ale to moje pieniadze.',
    themes: ['refund'],
  },
  {
    text: 'Zamowilem kolki i wkrety za 64 zl, "darmowa dostawa od 50 zl". Na ostatnim kroku doszlo 19,99 za "przesylke gabarytowa" – paczka wielkosci pudelka po butach. Zaplacilem bo potrzebowalem na juz, towar ok, przyszedl na czas. Ale to zwykle naciaganie, o doplacie ani slowa wczesniej.',
    themes: ['unexpected_charge'],
  },
  {
    text: 'Kupowałam monitor na firmę, przy zamówieniu zaznaczyłam fakturę VAT i wpisałam NIP. Monitor przyszedł, działa świetnie, tylko faktury brak – w paczce paragon, w mailu nic. Pisałam 3 razy z prośbą o fakturę, raz odpisali, że „wyślemy”, i na tym się skończyło. Minęło 5 tygodni, księgowa mnie goni, a ja nie mogę tego zaksięgować. 1299 zł to nie jest drobny wydatek.',
    themes: ['invoice_error', 'praise_product'],
  },
  {
    text: 'Cena kurtki na stronie 189 zł, płaciłem kartą, a na wyciągu 47,90 EUR plus „opłata za przewalutowanie” naliczona przez sklep – razem wyszło mi 214 zł. Sklep jest polski, strona po polsku, ceny w złotówkach, skąd euro? Okazuje się, że płatności obsługuje zagraniczna spółka, o czym nigdzie nie było informacji przed zapłatą. Sama kurtka fajna, cieplutka, rozmiar jak trzeba. Ale 25 zł dopłaty za nic to nie drobiazg, proszę o zwrot różnicy.',
    themes: ['unexpected_charge', 'praise_product'],
  },
  {
    text: 'Reklamacja ekspresu uznana – super, sklep szybko przyznał, że wada fabryczna, bez przepychanek. Napisali, że pieniądze wrócą w ciągu 7 dni roboczych. Minęły 3 tygodnie, 1150 zł dalej nie ma na koncie. Bank twierdzi, że żaden przelew nie wpłynął. Wszystko poszło gładko aż do momentu, kiedy trzeba oddać kasę. Proszę o zwrot albo chociaż potwierdzenie przelewu.',
    themes: ['refund', 'praise_service'],
  },
  {
    text: 'Faktura do zamowienia 88231 wystawiona na zly NIP, zamiast 5213... jest 5231..., dwie cyfry zamienione. Drugi blad – nazwa firmy bez "sp. z o.o.". Zglosilem korekte 2 tygodnie temu, dalej nie mam. Towar (krzesla konferencyjne 6 szt) w porzadku, solidne, dostawa bez problemu. Ale bez poprawnej faktury nie odlicze VAT, a przy 2400 zl to robi roznice.',
    themes: ['invoice_error', 'praise_product', 'praise_delivery'],
  },
  {
    text: 'Zamówiłam lampkę biurkową i na potwierdzeniu zobaczyłam pozycję „pakowanie prezentowe – 9,99 zł”. Niczego takiego nie wybierałam, w koszyku tego nie było, a pieniądze pobrane razem z lampką. Paczka przyszła w zwykłym kartonie, bez żadnego papieru prezentowego, więc nawet nie dostałam tego, za co mi policzyli. Lampka ok, ładnie świeci. Ale poczułam się oszukana. Proszę o zwrot tych 9,99 zł.',
    themes: ['unexpected_charge', 'praise_product'],
  },
  {
    text: 'Zamowilam 3 pary spodni, 2 odeslalam. Zwrot przyszedl tylko za jedna pare – 139 zl zamiast 278 zl. Na moje pytanie odpisali ze druga para "nie dotarla", a przeciez byly w jednej paczce, mam zdjecie zawartosci przed wyslaniem i numer nadania. Spodnie same w sobie nie najgorsze, tylko kroj nie na moja figure. Teraz od 3 tygodni wyjasniamy gdzie sa moje pieniadze.',
    themes: ['refund'],
  },
  {
    text: 'Zamówiłem w jednym koszyku rower i kask, razem 2590 zł. Po dwóch dniach mail, że kasku jednak nie ma na stanie i pozycja została anulowana – rower doszedł, fajny, lekki, wszystko gra. Tylko że za kask, 199 zł, pieniądze dalej nie wróciły, a minęło 18 dni. Na czacie słyszę, że „częściowe zwroty robi się ręcznie”. To niech ktoś wreszcie zrobi ten przelew ręcznie.',
    themes: ['refund', 'praise_product'],
  },
  {
    text: 'Kupilem telefon na raty 0% przez sklep. W pierwszej racie pojawila sie oplata 49 zl za "ubezpieczenie sprzetu", ktorego nie wybieralem, checkbox musial byc zaznaczony domyslnie gdzies malym drukiem. Telefon super, zero zastrzezen, wysylka na drugi dzien. Ale takie dopisywanie uslug to nieuczciwe. Chce rezygnacji z ubezpieczenia i zwrotu oplaty.',
    themes: ['unexpected_charge', 'praise_product', 'praise_delivery'],
  },
  {
    text: 'Mop parowy zupełnie nie parował, woda kapała spod stopy i zostawiała kałuże na panelach. Odesłałam w ciągu 14 dni, paczkę odebrali 12 maja. Od tamtej pory czekam na zwrot 329 zł. Dwa razy słyszałam, że „do końca tygodnia”. Mop był słaby, ale to mnie już nie obchodzi, chcę tylko pieniędzy. Pięć tygodni to za długo.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Kwota na fakturze nie zgadza się z tym, co zapłaciłem. Zapłaciłem 847 zł (po kodzie rabatowym), a faktura opiewa na 999 zł, więc w rozliczeniu z pracodawcą wychodzi bałagan. Do tego pozycja opisana jako „towar” zamiast nazwy produktu. Słuchawki świetne, dostarczone szybko, ale papiery są do poprawy i czekam na korektę już drugi tydzień.',
    themes: ['invoice_error', 'praise_product', 'praise_delivery'],
  },
  {
    text: 'Towar nie dotarl – paczka zaginela u przewoznika, sklep sam to przyznal i napisal ze zwroca pieniadze. To bylo 25 lutego. Mamy kwiecien, 459 zl nadal nie zwrocone. Rozumiem ze miedzy nimi a firma kurierska trwa wyjasnianie, ale to nie moj problem, ja zaplacilem za towar ktorego nie dostalem. Prosze o zwrot niezaleznie od ich rozliczen.',
    themes: ['refund', 'lost_parcel'],
  },
  {
    text: 'Przy finalizacji zamówienia cena karmy dla kota skoczyła ze 149 na 171 zł – doszło „ubezpieczenie przesyłki 6,90 zł” zaznaczone domyślnie i „prowizja za płatność kartą 2%”. Nigdzie wcześniej o tym nie było, a w karcie produktu stała darmowa dostawa. Karma ta sama co zawsze, kot zadowolony, paczka dotarła bez problemu. Ale ukryte dopłaty na ostatnim ekranie to praktyka, którą powinien się zająć UOKiK.',
    themes: ['unexpected_charge'],
  },
  {
    text: 'Zwróciłam całe zamówienie (sukienka i żakiet) w terminie, sklep oddał cenę ubrań, ale nie oddał kosztów pierwotnej dostawy 14,99 zł, a przy odstąpieniu od umowy powinien. Napisałam grzecznie, z przepisem, odpowiedź: „nie zwracamy kosztów wysyłki”. Ubrania zwracałam, bo materiał był sztywny i szorstki, zupełnie nie jak na zdjęciu. Chcę całej kwoty.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Zamowienie dla firmy, 4 opony zimowe, 1680 zl. Faktura przyszla, NIP dobry, ale na fakturze 2 sztuki opon i kwota 840 zl, a zaplacilem za 4 i tyle przyszlo. Ksiegowa pyta skad przelew na 1680 przy fakturze na polowe. Korekte obiecali w ciagu 48h, mija 10 dni. Opony dobre, ciche, kurier dostarczyl szybko, ale papiery musza sie zgadzac z przelewem.',
    themes: ['invoice_error', 'praise_product', 'praise_delivery'],
  },
  {
    text: 'Blender przyszedł z wadą silnika, reklamację uznali od ręki – za to duży plus. Tylko że przy zwrocie pieniędzy potrącili 12,99 zł za etykietę zwrotną, a przy uznanej reklamacji koszt odesłania wadliwego towaru nie może obciążać klienta. Dostałam 276 zł zamiast 289 zł. Napisałam dwa razy z przepisem, odpowiedź, że „taki jest cennik”. Kwota mała, ale to moje pieniądze i chcę je w całości.',
    themes: ['refund', 'praise_service'],
  },
  {
    text: 'Zamawialem meble ogrodowe z dostawa "do drzwi" za 99 zl. Potem przyszla faktura z doliczonymi 40 zl za "awizo telefoniczne" i 25 zl za "oplate paletowa". Awizo telefoniczne?! Nigdzie w koszyku tych pozycji nie bylo, karta obciazona o 65 zl wiecej niz w podsumowaniu. Meble fajne, solidne, ale oplaty ktore wyskakuja po zakupie to przesada. Prosze o wyjasnienie i zwrot.',
    themes: ['unexpected_charge', 'praise_product'],
  },
  {
    text: 'Oddałam kurtkę w sklepie stacjonarnym, bo zamawiałam przez internet, a tak było szybciej – pani przyjęła, wypisała protokół i powiedziała, że pieniądze wrócą na konto w 14 dni. Minął miesiąc. Sklep internetowy twierdzi, że zwrot robi salon, salon – że internet. A 299 zł dalej nie ma. Kurtka zresztą była ok, po prostu kolor nie pasował.',
    themes: ['refund'],
  },
  {
    text: 'Faktura VAT do zamówienia 30917 przyszła szybko, dane firmy dobre, ale wiertarka udarowa policzona z 8% VAT zamiast 23%. Kwota brutto się zgadza, więc netto wyszło zawyżone i księgowa nie chce jej przyjąć. Poprosiłem o korektę, dostałem tę samą fakturę drugi raz z nowym numerem i tym samym błędem. Wiertarka jest dobra, mocna, ale przez to nie wrzucę jej normalnie w koszty firmy.',
    themes: ['invoice_error', 'praise_product'],
  },
  {
    text: 'Sklep potwierdzil odbior zwrotu 3 tygodnie temu (fotelik samochodowy, nieuzywany, kupilismy wiekszy model). W panelu klienta status "zwrot zakonczony", a na koncie pusto. Na pytanie odpowiadaja, ze przelew wyszedl, ale potwierdzenia nie chca podac. Bank nic nie widzi. 899 zl to dla nas spora kwota, zwlaszcza z malym dzieckiem w domu.',
    themes: ['refund'],
  },
  {
    text: 'Obciążyli mi kartę dwa razy za tę samą wyciskarkę – 599 zł 2 czerwca i znowu 599 zł 4 czerwca, choć zamówienie jedno i przyszła jedna sztuka. W historii zamówień widzę tylko jedno. Wyciskarka działa, choć jest głośniejsza, niż się spodziewałam, i sitko trudno domyć. Ale to nic przy podwójnym obciążeniu. Czekam na zwrot drugiej płatności.',
    themes: ['unexpected_charge', 'refund', 'product_defect'],
  },
  {
    text: 'Oddalem buty w 14 dni, nienoszone, przymierzone w domu na dywanie. Sklep potracil 30% "za slady uzytkowania" i oddal 175 zl z 250. Jakie slady? Podeszwa czysta, mam zdjecia przed wyslaniem. Buty byly zreszta ciasne w palcach, dlatego je oddawalem. Nie zgadzam sie na potracenie i zadam zwrotu calej kwoty.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Faktura przyszła po 2 miesiącach od zakupu i to na błędną kwotę – brak rabatu 10% z newslettera, więc VAT wyliczony od wyższej sumy. Pozycje połączone w jedną „zestaw kosmetyków”, a kupowałam 4 różne produkty. Kosmetyki ok, krem do rąk bardzo dobry, serum przeciętne. Proszę o wystawienie korekty, bo w takiej formie księgowa jej nie przyjmie.',
    themes: ['invoice_error'],
  },
  {
    text: 'Kupiłam materac ze 100-dniowym okresem testowym, to był główny powód wyboru tego sklepu. Po 40 dniach uznałam, że jest dla mnie za twardy, bolały mnie biodra. Zgłosiłam zwrot zgodnie z regulaminem, przez formularz, materac odebrała firma transportowa w zeszłym miesiącu, mam protokół odbioru. Pieniądze miały wrócić w 14 dni od odbioru. Po 31 dniach dalej nic, a na czacie słyszę, że „księgowość ma opóźnienia w związku z dużą liczbą zwrotów”. Materac – przyznaję – dobrze wykonany, porządny pokrowiec, po prostu nie dla mnie. Ale to nie zmienia faktu, że 1890 zł to dużo pieniędzy. Oddajcie je.',
    themes: ['refund', 'praise_product'],
  },
  {
    text: 'Zamowienie z opcja "odbior osobisty – 0 zl". W podsumowaniu 0 zl, a na wyciagu z karty 14,90 wiecej niz cena towaru. Na moje pytanie odpisali ze to "oplata za przygotowanie zamowienia do odbioru". Przygotowanie zamowienia to chyba ich praca?? Zestaw sztuccow przyszedl kompletny i ladny. Ale przez ta oplate juz tu nie wroce.',
    themes: ['unexpected_charge', 'praise_product'],
  },
  {
    text: 'Zegarek sportowy przestał się ładować po tygodniu, reklamacja uznana, wybrałem zwrot pieniędzy zamiast wymiany. Zwrot przyszedł – ale 324,50 zł z 649 zł. Na pytanie, gdzie reszta, odpowiedź: „druga część zostanie przekazana w kolejnym przelewie”. Ten kolejny przelew nie przyszedł od 4 tygodni. Pierwszy raz widzę zwrot na raty. Jak się nie ruszy do piątku, kolejny krok to rzecznik konsumentów.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Kupilem laptopa dla firmy, faktura wystawiona z 23% VAT, w porzadku, ale data sprzedazy na fakturze jest z przyszlego miesiaca, a numer zamowienia inny niz moj. Wyglada jakby ktos pomylil dokumenty. Prosilem o korekte, odpisali ze "system tak generuje". Laptop bardzo dobry, szybki, przyszedl w 24h. Ale faktury w tej formie nie przyjme.',
    themes: ['invoice_error', 'praise_product', 'praise_delivery'],
  },
  {
    text: 'Odesłałem zamówienie, bo przyszedł inny kolor kurtki, niż zamawiałem. Sklep przeprosił i zgodził się na zwrot – za kurtkę oddali szybko, ale koszt odesłania 18 zł miał być zwrócony osobno, bo to ich pomyłka. Tych 18 zł nie ma od miesiąca. Niby mała kwota, ale chodzi o zasadę. Skoro główny zwrot poszedł sprawnie, nie rozumiem, czemu reszta tak się ciągnie.',
    themes: ['refund', 'wrong_item'],
  },
  {
    text: 'Zamówiłam zestaw garnków w promocji za 399 zł. Po tygodniu na karcie pojawiła się druga transakcja na 45 zł z nazwą sklepu. Okazuje się, że „aktywowałam” płatny program lojalnościowy, bo przy zakupie był zaznaczony jakiś checkbox. Nie aktywowałam niczego świadomie! Garnki fajne, ciężkie, gotuje się w nich świetnie. Proszę o anulowanie programu i oddanie 45 zł.',
    themes: ['unexpected_charge', 'praise_product'],
  },
  {
    text: 'Zwrocilam spodnie i kurtke 2.09, sklep odebral 5.09. Pieniadze niby wyslane 20.09, ale na numer konta, ktory podalam przy zwrocie rok temu, a ktory jest od dawna zamkniety. Teraz podalam nowy numer drugi raz, bo pierwszy mail "nie dotarl", a bank mowi ze przelew na zamkniete konto wraca do nadawcy po kilku dniach. Dzis 11.10 i dalej 468 zl nie mam. Ubrania zreszta byly sztywne i krzywo uszyte, ale to inna historia.',
    themes: ['refund', 'product_defect'],
  },
  {
    text: 'Zamawiałam rolety na wymiar do biura, zalogowana na konto, które kiedyś założył mąż, ale w zamówieniu wpisałam dane mojej firmy i NIP. Faktura przyszła wystawiona na męża jako osobę prywatną, bez NIP-u, z jego adresem. Rolety piękne, wymiar idealny, montaż prosty. Tylko o fakturę od 3 tygodni korespondencja w kółko, bo system „pobiera dane z konta” i za każdym razem generuje to samo.',
    themes: ['invoice_error', 'praise_product'],
  },
  {
    text: 'Oddałam 2 z 5 rzeczy z zamówienia. Sklep przeliczył rabat „-20% przy zakupie 5 sztuk” i oddał mi o 94 zł mniej, niż zapłaciłam za zwrócone rzeczy. Rozumiem, że rabat przestał obowiązywać, ale w regulaminie nie było o tym ani słowa. Rzeczy, które zostawiłam, są świetne, bluzki bardzo dobrej jakości. Ale tych 94 zł domagam się z powrotem.',
    themes: ['refund', 'praise_product'],
  },
  {
    text: 'Wybralem dostawe kurierem za 15,99, a w potwierdzeniu zamowienia pojawila sie kwota 29,99 bo "produkt wielkogabarytowy". Produkt: lampa stojaca, owszem wysoka, ale przed zaplaceniem nigdzie tego nie bylo widac. Lampa swieci ladnie, montaz 5 minut. Tylko nie lubie gdy ktos zmienia cene dostawy po zakupie. Prosze o zwrot 14 zl roznicy.',
    themes: ['unexpected_charge', 'praise_product'],
  },
  {
    text: 'Trzeci dzień próbuję zapłacić za zamówienie (pralka, 1899 zł) i przy przekierowaniu do banku strona wyrzuca błąd 500. Próbowałam na telefonie, na laptopie, w dwóch przeglądarkach, z wyłączonym blokerem reklam. BLIK też nie przechodzi, pole na kod w ogóle się nie wyświetla, jest pusta ramka. Przelew tradycyjny niby dostępny, ale po wybraniu go zamówienie ląduje w koszyku jako „nieopłacone – wybierz metodę płatności” i koło się zamyka. Konsultant na czacie był miły i próbował pomóc, sam przyznał, że to problem po stronie systemu i że „informatycy już wiedzą”. Promocja kończy się jutro. Jak nie zadziała, kupię gdzie indziej.',
    themes: ['website_app', 'praise_service'],
  },
  {
    text: 'Zamowienie z 12.03, sluchawki, oplacone od razu. W panelu klienta status najpierw "wyslane", nastepnego dnia z powrotem "w realizacji", a dzis znowu "wyslane". Numer przesylki z zakladki "moje zamowienia" pokazuje na stronie kuriera paczke jakiejs pani z Gdyni, a ja jestem z Krakowa. Nie mam pojecia czy moja paczka w ogole wyszla. Mailowo sklep odpisuje ze wszystko ok, ale chcialbym to widziec na stronie.',
    themes: ['website_app'],
  },
  {
    text: 'Aplikacja sklepu wywala się przy ostatnim kroku zamówienia – po kliknięciu „kupuję i płacę” ekran zamarza i aplikacja się zamyka. Trzy razy to samo, a za czwartym zamówienie nie powstało, ale koszyk się wyczyścił. Android 14, najnowsza wersja aplikacji. W przeglądarce w końcu się udało, ale kod rabatowy z aplikacji już nie działał. Zabawki dla dzieci przyszły potem bez zarzutu.',
    themes: ['website_app', 'praise_delivery'],
  },
  {
    text: 'Na stronie przy ekspresie "dostepny, wysylka w 24h". Zamowilem, zaplacilem, a po dwoch dniach mail ze towaru nie ma na stanie i czas oczekiwania 3 tygodnie. Potem sprawdzilem – strona dalej pokazuje "dostepny" i inni ludzie tez to kupuja. Sklep pieniadze oddal szybko, to plus, ale stany magazynowe na stronie to fikcja. Zmarnowalem tydzien.',
    themes: ['website_app', 'praise_service'],
  },
  {
    text: 'Nie mogę zalogować się na konto od tygodnia – po wpisaniu hasła strona prosi o kod SMS do weryfikacji dwuetapowej, a SMS nie przychodzi. Przycisk „wyślij ponownie” po trzecim kliknięciu blokuje konto na 24 godziny. Numer telefonu w koncie jest dobry, od innych serwisów kody przychodzą. Na koncie mam punkty lojalnościowe za 180 zł i historię zamówień z gwarancjami. Pani z infolinii była uprzejma, zgłosiła do IT, ale dalej nic.',
    themes: ['website_app', 'praise_service'],
  },
  {
    text: 'Wybor rozmiaru na stronie nie dziala – wybieram 42, w koszyku pojawia sie 40. Zmieniam w koszyku na 42, po odswiezeniu znowu 40. W koncu zamowilem przez infolinie, pani wszystko poprawila recznie. Buty przyszly dobre, wygodne, rozmiar zgodny. Tylko ze strona sklepu w dzisiejszych czasach nie powinna wymagac dzwonienia zeby kupic buty.',
    themes: ['website_app', 'praise_service', 'praise_product'],
  },
  {
    text: 'Strona się sypie na telefonie – galeria zdjęć produktu nie przewija się, powiększenie nie działa, a przycisk „dodaj do koszyka” jest zasłonięty dymkiem czatu, którego nie da się zminimalizować. Baner cookies wraca po każdym przejściu na inną stronę. Chciałam kupić pościel dla córki i straciłam pół godziny. Ostatecznie zamówiłam z komputera i dostawa była błyskawiczna, ale wersja mobilna to dramat.',
    themes: ['website_app', 'praise_delivery'],
  },
  {
    text: 'Formularz zamowienia nie przyjmuje mojego kodu pocztowego – wpisuje 34-400, wyskakuje "nieprawidlowy kod pocztowy" i przycisk "dalej" szary. Probowalem bez myslnika, ze spacja, w innej przegladarce. Kod jest prawidlowy, mieszkam tu 15 lat. Jako adres firmy wpisalem kod z Krakowa zeby w ogole przejsc dalej i w uwagach napisalem prawdziwy adres. Wiertarka doszla, ale to jakis zart ze trzeba kombinowac.',
    themes: ['website_app'],
  },
  {
    text: 'W koszyku nie da się wybrać paczkomatu – mapa się nie ładuje, kręci się kółko, a wyszukiwarka punktów po wpisaniu ulicy nic nie znajduje. Po kilku próbach system sam przypisał mi automat z drugiego końca miasta i nie da się go zmienić, bo pole jest zablokowane. Kurier do domu kosztuje 8 zł więcej, więc wzięłam kuriera. Krem i serum dotarły, są ok. Ale system zakupowy jest zepsuty.',
    themes: ['website_app'],
  },
  {
    text: 'Platnosc karta nie przechodzi – po potwierdzeniu 3D Secure w banku wraca na strone sklepu z komunikatem "platnosc odrzucona", a w banku transakcja autoryzowana i blokada srodkow na 2 dni. Jedyna opcja ktora dziala to przelew tradycyjny, czyli czekam dodatkowe 2 dni z wyslaniem. Rozumiem ze moga byc awarie, ale to trwa od tygodnia, czytam ze inni maja to samo.',
    themes: ['website_app'],
  },
  {
    text: 'Wyszukiwarka na stronie nie działa – wpisuję dokładną nazwę modelu odkurzacza z waszej gazetki i wynik „0 produktów”, a w kategorii ten odkurzacz jest. Sortowanie po cenie miesza wyniki, a filtr „dostępne od ręki” pokazuje produkty niedostępne. Zamówiłam w końcu przez telefon, pan był pomocny i wszystko ustalił. Ale strona wymaga porządnego przeglądu, bo tak się nie da kupować.',
    themes: ['website_app', 'praise_service'],
  },
  {
    text: 'Nie moge usunac zapisanej karty platniczej z konta. Klikam "usun", wyskakuje "wystapil blad, sprobuj pozniej" – i tak od 2 tygodni. Zmiana hasla tez konczy sie bledem. Karta jest zastrzezona po kradziezy portfela, ale i tak nie chce, zeby jej dane wisialy w koncie sklepu. Przy kolejnym zamowieniu system sam podstawia te karte i platnosc sie wysypuje. Prosze to naprawic.',
    themes: ['website_app'],
  },
  {
    text: 'Nie da się zmienić adresu dostawy w koncie – formularz pokazuje „zapisano”, a przy zamówieniu i tak podstawia stary adres. Przez to pierwsza paczka z karmą dla psa poszła na mój poprzedni adres, na drugim końcu miasta. Na szczęście nowi lokatorzy oddali. Przy drugim zamówieniu musiałam wpisywać adres ręcznie jako gość. Popracujcie nad tym kontem.',
    themes: ['website_app'],
  },
  {
    text: 'Aplikacja na iPhone zawiesza sie na kroku wyboru dostawy. Wybieram kuriera, kolko kreci sie w nieskonczonosc. Zamykam, otwieram, koszyk pusty. Probowalem 5 razy przez dwa dni i promocja na opony skonczyla sie zanim udalo mi sie zamowic przez komputer. Stracilem przez to jakies 200 zl. Sklep ma dobre ceny i szybka wysylke ale aplikacja nadaje sie do kosza.',
    themes: ['website_app', 'praise_delivery'],
  },
  {
    text: 'W koncie dwa identyczne zamowienia na telefon, oba "w realizacji", a potwierdzenie mailowe jedno. Przycisk "anuluj" nie reaguje, ani na stronie, ani w aplikacji. Pieniadze na szczescie pobrane raz. Ale co jesli przyjda dwa telefony? Konsultant mowi ze to "blad wyswietlania", ale jak mam to sprawdzic skoro nic innego nie widze?',
    themes: ['website_app'],
  },
];
