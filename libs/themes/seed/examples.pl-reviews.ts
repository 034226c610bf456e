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
];
