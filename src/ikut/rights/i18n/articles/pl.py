"""Polish (pl): the rights articles (ARTICLES), kept apart from the other texts of ../pl.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Umowa o pracę i warunki na piśmie",
        "summary": "Co musi być w twojej umowie i dlaczego warto mieć ją na piśmie.",
        "body": """Umowę o pracę można zawrzeć ustnie, na piśmie albo elektronicznie. Umowa na piśmie to najlepszy dowód tego, co zostało uzgodnione.

Jeśli nie dostajesz umowy na piśmie, pracodawca i tak musi dać ci na piśmie najważniejsze warunki pracy. W ciągu 7 dni od rozpoczęcia pracy: kto jest pracodawcą, kiedy zaczyna się praca, kiedy i dlaczego kończy się praca na czas określony, czy jest okres próbny, gdzie pracujesz, jaką pracę wykonujesz, twoje wynagrodzenie i jak często jest wypłacane oraz twój czas pracy. Pozostałe warunki, na przykład urlop wypoczynkowy, okres wypowiedzenia i to, który układ zbiorowy obowiązuje, w ciągu miesiąca. Dotyczy to sytuacji, gdy pracujesz więcej niż 12 godzin w ciągu czterech tygodni.

Nie podpisuj niczego, czego nie rozumiesz. Możesz zabrać umowę do domu, poprosić o nią w języku, który rozumiesz, i poprosić związek zawodowy lub osobę wspierającą, żeby przeczytali ją razem z tobą.""",
    },
    "pay": {
        "title": "Wynagrodzenie i układy zbiorowe",
        "summary": "W Finlandii nie ma ustawy o płacy minimalnej: najniższą płacę ustala układ zbiorowy twojej branży.",
        "body": """W Finlandii nie ma ogólnej płacy minimalnej ustalonej w ustawie. Zamiast tego większość branż ma powszechnie obowiązujący układ zbiorowy pracy. Każdy pracodawca w tej branży musi płacić co najmniej tyle, ile mówi układ, nawet jeśli ani pracodawca, ani ty nie należycie do żadnego związku zawodowego ani związku pracodawców.

Układ ustala też dodatki za pracę wieczorem, w nocy, w niedzielę i w nadgodzinach oraz inne prawa, na przykład wynagrodzenie w czasie choroby. Zapytaj, który układ obowiązuje w twojej pracy; powinno to być zapisane w twojej umowie.

Jeśli nie obowiązuje żaden układ zbiorowy, wynagrodzenie i tak musi być rozsądne i zwykłe dla takiej pracy. Wyraźnie za niska płaca może być przestępstwem (dyskryminacja w pracy polegająca na wyzysku).""",
    },
    "payslip": {
        "title": "Pasek wypłaty i pensja na twoje konto bankowe",
        "summary": "Twoja pensja trafia na twoje własne konto, za każdym razem z paskiem wypłaty.",
        "body": """Twoje wynagrodzenie musi być wypłacane na konto bankowe, które wybierasz i kontrolujesz. Kartę bankową, kody i bankowość internetową zachowaj tylko dla siebie. Nikt inny nie powinien ich mieć.

Przy każdej wypłacie masz prawo do paska wypłaty. Widać na nim, ile wynosi twoje wynagrodzenie, za jakie godziny i co zostało potrącone (podatek, składki emerytalne i na ubezpieczenie na wypadek bezrobocia oraz wszystko inne).

Zachowuj paski wypłaty i zapisuj swoje godziny pracy. Jeśli brakuje pieniędzy albo wypłata się spóźnia, zapytaj pracodawcę na piśmie. Może ci doradzić związek zawodowy albo urząd bezpieczeństwa i higieny pracy.""",
    },
    "working-hours": {
        "title": "Czas pracy, nadgodziny i odpoczynek",
        "summary": "Zwykły czas pracy, dodatkowa płaca za nadgodziny i twoje prawo do odpoczynku.",
        "body": """Zwykły czas pracy to zazwyczaj najwyżej 8 godzin dziennie i 40 godzin tygodniowo. Czas pracy można też ustalić jako średnią z kilku tygodni, na przykład w pracy zmianowej albo w pracy w okresach rozliczeniowych. Wtedy jeden dłuższy dzień może być zgodny z prawem. Zapytaj, jak ustalony jest twój czas pracy.

Praca ponad uzgodnione godziny wymaga twojej zgody. Za nadgodziny trzeba dodatkowo zapłacić. Jeśli pracujesz więcej niż 40 godzin tygodniowo, tydzień po tygodniu, i nie dostajesz dodatku za nadgodziny, to poważny sygnał ostrzegawczy. Łącznie czas pracy nie może przekraczać średnio 48 godzin tygodniowo.

Zwykła zasada to co najmniej 11 godzin odpoczynku między dniami pracy i co najmniej 35 godzin nieprzerwanego odpoczynku w każdym tygodniu. W niektórych przypadkach odpoczynek między dniami pracy może zgodnie z prawem być krótszy. Jeśli masz mniej niż 11 godzin, zapytaj dlaczego i poproś o poradę. W dniu pracy dłuższym niż 6 godzin masz przerwę, zwykle co najmniej godzinną.""",
    },
    "annual-holiday": {
        "title": "Urlop wypoczynkowy",
        "summary": "Za każdy przepracowany miesiąc zdobywasz płatny urlop.",
        "body": """Za każdy pełny miesiąc pracy (miesiąc z co najmniej 14 dniami pracy lub w niektórych przypadkach z 35 godzinami pracy) zdobywasz płatny urlop wypoczynkowy. W pierwszym roku są to 2 dni za miesiąc; gdy na koniec marca twoje zatrudnienie trwa już co najmniej rok, jest to 2,5 dnia za miesiąc.

W czasie urlopu dostajesz swoje zwykłe wynagrodzenie. Wiele układów zbiorowych daje też dodatek urlopowy.

Jeśli zatrudnienie kończy się, zanim wykorzystasz urlop, pracodawca musi zamiast tego wypłacić ekwiwalent za urlop.""",
    },
    "sick-leave": {
        "title": "Zwolnienie chorobowe",
        "summary": "W czasie choroby możesz zostać w domu, a za pierwsze dni dostajesz wynagrodzenie.",
        "body": """Jeśli choroba nie pozwala ci pracować, powiedz o tym pracodawcy jak najszybciej. Pracodawca może poprosić o zaświadczenie lekarskie; zasady są w układzie zbiorowym albo w instrukcjach w miejscu pracy.

Jeśli twoje zatrudnienie trwa co najmniej miesiąc, pracodawca płaci ci pełne wynagrodzenie za pierwszy dzień choroby i za następne dziewięć dni roboczych. Jeśli trwa krócej niż miesiąc, dostajesz połowę wynagrodzenia.

Przy dłuższej chorobie możesz złożyć wniosek o zasiłek chorobowy do Kela. Pracodawca nie może cię zwolnić tylko z powodu choroby.""",
    },
    "trial-period": {
        "title": "Okres próbny i koniec zatrudnienia",
        "summary": "Jak długo może trwać okres próbny i jak może skończyć się praca.",
        "body": """Na początku pracy można uzgodnić okres próbny. Może on trwać najwyżej 6 miesięcy. W pracy na czas określony krótszej niż 12 miesięcy może on wynosić najwyżej połowę czasu trwania pracy. W okresie próbnym każda ze stron może zakończyć zatrudnienie, ale nie z powodu dyskryminującego.

Po okresie próbnym pracodawca potrzebuje właściwej przyczyny, żeby cię zwolnić, na przykład gdy zaniedbujesz swoje obowiązki albo gdy nie ma wystarczająco dużo pracy z powodów finansowych lub produkcyjnych. Błaha lub dyskryminująca przyczyna nigdy nie wystarcza. Pracodawca musi zachować okres wypowiedzenia, który zależy od tego, jak długo pracujesz, i wynosi od 14 dni w górę.

Ty też możesz złożyć wypowiedzenie. Jeśli twoje zatrudnienie trwa krócej niż pięć lat, twój okres wypowiedzenia wynosi zwykle 14 dni. Gdy praca się kończy, poproś o pisemne świadectwo pracy.""",
    },
    "tax": {
        "title": "Karta podatkowa i podatki",
        "summary": "Załatw kartę podatkową, żeby z twojej pensji pobierano właściwy podatek.",
        "body": """Żeby pracować w Finlandii, potrzebujesz fińskiego osobistego numeru identyfikacyjnego i karty podatkowej z fińskiej administracji podatkowej (Vero). Daj kartę podatkową pracodawcy. Pracodawca pobiera podatek z twojego wynagrodzenia i wpłaca go do Vero.

Bez karty podatkowej pracodawca musi pobrać jako podatek 60 % twojego wynagrodzenia. Te pieniądze nie przepadają, ale nadwyżkę odzyskasz dopiero później, po rozliczeniu podatku.

Na budowach potrzebujesz też numeru podatkowego na swoim identyfikatorze. Pasek wypłaty pokazuje, ile podatku pobrano; sprawdź, czy zgadza się to z twoją kartą podatkową.""",
    },
    "safety": {
        "title": "Bezpieczeństwo w pracy",
        "summary": "Pracodawca musi dbać o twoje bezpieczeństwo i nauczyć cię bezpiecznej pracy.",
        "body": """Pracodawca musi dbać o twoje bezpieczeństwo i zdrowie w pracy. Zanim zaczniesz, trzeba ci pokazać, jak bezpiecznie wykonywać pracę, w sposób, który rozumiesz.

Środki ochrony potrzebne w pracy (na przykład rękawice, obuwie ochronne, kask albo maska) musisz dostać za darmo. Pracodawca musi też zapewnić opiekę medycyny pracy.

Jeśli praca stwarza poważne zagrożenie dla twojego życia albo zdrowia, masz prawo odmówić jej wykonania. Zgłaszaj wypadki pracodawcy. Możesz poprosić o poradę urząd bezpieczeństwa i higieny pracy: +358 295 016 620 (0295 016 620), od poniedziałku do piątku 9–15.""",
    },
    "unions": {
        "title": "Związki zawodowe i kasy dla bezrobotnych",
        "summary": "Możesz wstąpić do związku zawodowego. Związek może ci doradzić i pomóc w problemach w pracy.",
        "body": """Każdy, kto pracuje w Finlandii, może wstąpić do związku zawodowego, bez względu na obywatelstwo. Pracodawca nie może ci tego zabronić ani traktować cię gorzej dlatego, że jesteś członkiem. Nie musisz mówić pracodawcy, że jesteś członkiem.

Związek doradza członkom w sprawie wynagrodzenia i warunków pracy, sprawdza umowy i paski wypłaty oraz może pomóc w sporach, także z pomocą prawnika.

Kasy dla bezrobotnych wypłacają członkom, którzy stracili pracę, zasiłek dla bezrobotnych zależny od zarobków, jeśli pracowali wystarczająco długo. W wielu związkach członkostwo w kasie jest w cenie składki.""",
    },
    "housing": {
        "title": "Mieszkanie i potrącenia z pensji",
        "summary": "Gdy pracodawca jest też twoim wynajmującym, uważaj na czynsz i potrącenia.",
        "body": """Niektórzy pracodawcy oferują mieszkanie. To może pomóc, ale daje też pracodawcy władzę nad tobą: jeśli stracisz pracę, możesz stracić dach nad głową.

Poproś o osobną pisemną umowę najmu, w której jest czynsz, co obejmuje i jak kończy się umowa. Czynsz powinien być zwykły dla tej okolicy i stanu mieszkania.

Pracodawca może potrącać pieniądze z twojej pensji tylko w granicach ustalonych przez prawo, a każde potrącenie musi być widoczne na pasku wypłaty. Bardzo wysoki czynsz albo potrącenia, po których zostaje ci mało pieniędzy, to sygnały ostrzegawcze.""",
    },
    "residence-permit": {
        "title": "Zezwolenie na pobyt i zmiana pracodawcy",
        "summary": "Na co pozwala twoje zezwolenie i co zrobić, jeśli chcesz zmienić pracę.",
        "body": """Wiele zezwoleń na pobyt w celu pracy jest związanych z jedną dziedziną pracy. Zwykle możesz zmienić pracodawcę w tej samej dziedzinie. Żeby pracować w innej dziedzinie, możesz potrzebować nowego zezwolenia. Sprawdź warunki swojego zezwolenia albo zapytaj Fiński Urząd Imigracyjny (Migri).

Pracodawca musi sprawdzić, czy masz prawo do pracy, ale nie może zatrzymać twojej karty pobytu ani paszportu.

Jeśli pracodawca cię wykorzystywał, możesz dostać pomoc w złożeniu wniosku o zezwolenie na nową pracę. Wyzysk nie odbiera ci praw: System Pomocy pomaga ofiarom, nawet jeśli są w Finlandii bez ważnego zezwolenia.""",
    },
    "seasonal-work": {
        "title": "Praca sezonowa i zbieranie jagód",
        "summary": "Pracownicy sezonowi mają takie same prawa jak inni pracownicy.",
        "body": """Pracownicy sezonowi w rolnictwie, ogrodnictwie i turystyce mają takie same prawa jak inni pracownicy: umowę, wynagrodzenie według układu zbiorowego, odpoczynek i bezpieczne zakwaterowanie.

Zbieracze dzikich jagód, którzy przyjeżdżają zbierać i sprzedawać jagody, często nie są pracownikami. Zanim wyjedziesz, dowiedz się, komu będziesz sprzedawać jagody, ile zapłacisz za podróż, zakwaterowanie, jedzenie i samochody oraz czy te koszty są odliczane od tego, co zarobisz.

Zapisuj, ile zbierasz i ile ci płacą. Nigdy nikomu nie oddawaj paszportu. Jeśli wpadniesz w długi albo nie możesz odejść, zadzwoń do Systemu Pomocy.""",
    },
    "discrimination": {
        "title": "Dyskryminacja i dyskryminacja w pracy polegająca na wyzysku",
        "summary": "Nie wolno cię traktować gorzej z powodu tego, skąd pochodzisz, a wykorzystywanie twojej sytuacji jest przestępstwem.",
        "body": """W pracy nie wolno cię traktować gorzej z powodu pochodzenia, obywatelstwa, języka, religii, płci, wieku, zdrowia ani innych osobistych powodów. Dotyczy to zatrudniania, wynagrodzenia, warunków pracy i zwolnienia.

Dyskryminacja w pracy polegająca na wyzysku jest w Finlandii przestępstwem. Oznacza to, że pracodawca stawia pracownika w wyraźnie gorszej sytuacji, wykorzystując jego trudne położenie, zależność albo brak wiedzy, na przykład bardzo niską płacą albo bardzo długimi godzinami pracy.

Możesz poprosić o poradę urząd bezpieczeństwa i higieny pracy albo Rzecznika ds. Niedyskryminacji (Non-Discrimination Ombudsman), a przestępstwo możesz zgłosić na policję.""",
    },
    "trafficking-help": {
        "title": "Sygnały handlu ludźmi i gdzie szukać pomocy",
        "summary": "Sygnały ostrzegawcze i kto ci pomoże — za darmo i poufnie, nawet bez dokumentów.",
        "body": """Sygnały ostrzegawcze to między innymi: ktoś trzyma twój paszport albo kartę bankową; masz dług u pracodawcy albo rekrutera; nie możesz opuścić miejsca pracy albo zakwaterowania; twój telefon albo kontakty są kontrolowane; ktoś ci grozi; pracujesz bardzo długo za małe pieniądze albo bez zapłaty; praca jest inna niż obiecana.

System Pomocy Ofiarom Handlu Ludźmi pomaga ci, nawet jeśli jesteś w Finlandii bez ważnego zezwolenia i nawet jeśli nie chcesz iść na policję. Zadzwoń pod numer +358 295 463 177 (0295 463 177), całą dobę.

W sprawie warunków pracy zadzwoń do urzędu bezpieczeństwa i higieny pracy: +358 295 016 620 (0295 016 620), od poniedziałku do piątku 9–15. W niebezpieczeństwie dzwoń pod 112.""",
    },
    "paying-back-pay": {
        "title": "Zmuszanie do oddawania części pensji",
        "summary": "Twoja pensja należy do ciebie. Nikt nie może zmusić cię do oddania jej części.",
        "body": """Czasem pasek wypłaty pokazuje prawidłową pensję, ale pracodawca albo pośrednik każe ci oddać jej część w gotówce, na inne konto albo jako „opłatę”. To sposób, żeby płacić ci mniej, niż mówią prawo i układ zbiorowy.

Nie musisz oddawać żadnej części swojej pensji. Zachowuj paski wypłaty, wyciągi bankowe i wiadomości i zapisuj każdy raz, gdy ktoś żądał od ciebie pieniędzy.

Zmuszanie do oddawania pensji może być przestępstwem. Możesz dostać poradę bez podawania nazwiska. Jeśli się boisz, zadzwoń do Systemu Pomocy Ofiarom Handlu Ludźmi, całą dobę.""",
    },
    "forced-self-employment": {
        "title": "Zmuszanie do pracy jako „samozatrudniony”",
        "summary": "Jeśli ktoś inny decyduje o twojej pracy, godzinach i zapłacie, najpewniej jesteś pracownikiem.",
        "body": """Niektórzy pracodawcy każą pracownikom zarejestrować firmę albo podpisać umowę „lekkiego przedsiębiorcy” (light entrepreneur), żeby nie płacić za urlop, chorobowe, emerytury ani ubezpieczenia. Wtedy wszystkie koszty możesz musieć płacić samodzielnie.

Liczy się to, jak praca naprawdę wygląda, a nie to, co jest napisane na papierze. Jeśli pracujesz dla jednej firmy, według jej poleceń, w godzinach, które ona ustala, i za zapłatę, którą ona ustala, najpewniej jesteś pracownikiem ze wszystkimi prawami pracownika.

Nie podpisuj umowy, której nie rozumiesz. Poproś o poradę, zanim zarejestrujesz firmę. Porady SAK dla pracowników cudzoziemców są bezpłatne i nie wymagają członkostwa w związku.""",
    },
    "unpaid-trial-days": {
        "title": "Niepłatne „dni próbne”",
        "summary": "Praca to praca płatna, także pierwszego dnia i w okresie próbnym.",
        "body": """Niektórzy pracodawcy proszą o kilka dni pracy za darmo, „żeby pokazać, co potrafisz”, a potem cię nie zatrudniają. Praca wykonana dla pracodawcy to praca płatna, także pierwszego dnia.

Okres próbny jest częścią płatnego zatrudnienia: w tym czasie dostajesz pełne wynagrodzenie. Krótka, niepłatna wizyta, żeby zobaczyć miejsce pracy, to co innego niż prawdziwa praca dla pracodawcy.

Zapisz dni i godziny pracy, miejsce i to, kto kazał ci pracować. Poproś na piśmie o zapłatę. Związek zawodowy albo bezpłatne porady SAK dla pracowników cudzoziemców mogą pomóc ci jej dochodzić.""",
    },
    "protective-equipment": {
        "title": "Środki ochrony są za darmo",
        "summary": "Za rękawice, obuwie ochronne, kaski i maski potrzebne w pracy płaci pracodawca.",
        "body": """Jeśli w pracy potrzebne są środki ochrony, takie jak rękawice, obuwie ochronne, kask, ochronniki słuchu albo maska, pracodawca musi dać ci je za darmo. Pracodawca nie może potrącić ich kosztu z twojej pensji.

Pracodawca musi też pokazać ci, jak używać sprzętu, w sposób, który rozumiesz. Używaj go i powiedz pracodawcy, jeśli jest zepsuty albo nie pasuje.

Jeśli każą ci płacić za środki ochrony albo pracować bez nich przy niebezpiecznej pracy, poproś o poradę urząd bezpieczeństwa i higieny pracy albo związek zawodowy.""",
    },
    "threats-permit-police": {
        "title": "Groźby dotyczące zezwolenia na pobyt albo policji",
        "summary": "Pracodawca nie może odebrać ci zezwolenia, a groźby to sygnał ostrzegawczy.",
        "body": """Niektórzy pracodawcy mówią: „Jak się poskarżysz, załatwię, że stracisz zezwolenie”, „Policja cię deportuje” albo „Nikt ci nie uwierzy”. To groźby, które mają cię uciszyć. O twoim zezwoleniu na pobyt nie decyduje pracodawca, tylko Fiński Urząd Imigracyjny.

Grożenie komuś może być przestępstwem i jest częstym sygnałem wyzysku i handlu ludźmi. Masz prawa w pracy, nawet jeśli twoje zezwolenie zależy od twojej pracy albo nie masz ważnego zezwolenia.

System Pomocy Ofiarom Handlu Ludźmi pomaga ci, nawet jeśli nie chcesz iść na policję. Możesz dzwonić całą dobę. W niebezpieczeństwie dzwoń pod 112.""",
    },
    "wild-berries": {
        "title": "Zbieranie dzikich jagód",
        "summary": "Ustawa z 2021 roku chroni zbieraczy z zagranicy, którzy nie są pracownikami.",
        "body": """Wielu zbieraczy dzikich jagód z zagranicy nie jest pracownikami: zbierają jagody i sprzedają je firmie skupującej, która organizuje im zakwaterowanie i jedzenie. Od 2021 roku zasady w tej sprawie ustala ustawa (487/2021). Jej przestrzeganie nadzorują urzędy bezpieczeństwa i higieny pracy.

Firma skupująca jagody nie może pobierać od ciebie opłat za rekrutację. Zanim wyjedziesz, zapytaj, jaką cenę dostaniesz za jagody i ile zapłacisz za zakwaterowanie, jedzenie i podróż. Zapisuj, ile zbierasz, sprzedajesz i płacisz.

Jeśli w rzeczywistości pracujesz według czyichś poleceń i w ustalonych przez kogoś godzinach, możesz być pracownikiem i wtedy obejmuje cię ustawa o umowach o pracę (Employment Contracts Act) ze wszystkimi prawami. Nigdy nikomu nie oddawaj paszportu.""",
    },
    "seasonal-housing": {
        "title": "Zakwaterowanie dla pracowników sezonowych",
        "summary": "Czynsz nie może być za wysoki w stosunku do twojej pensji i nie może być automatycznie potrącany z pensji.",
        "body": """Jeśli pracodawca zapewnia ci zakwaterowanie jako pracownikowi sezonowemu, czynsz nie może być nadmierny w porównaniu z twoją pensją netto. Czynszu nie wolno automatycznie potrącać z twojej pensji.

Zanim wyjedziesz, poproś o pisemną umowę najmu z czynszem, tym, co obejmuje, i liczbą osób w pokoju. Zakwaterowanie musi być bezpieczne i godne.

Zachowuj paski wypłaty i pokwitowania. Jeśli czynsz albo inne koszty zabierają większość twojej pensji albo nie możesz opuścić zakwaterowania, poproś o poradę albo zadzwoń do Systemu Pomocy Ofiarom Handlu Ludźmi.""",
    },
    "victim-residence-permit": {
        "title": "Zezwolenie na pobyt dla ofiar handlu ludźmi i okres do namysłu",
        "summary": "Ofiara handlu ludźmi może dostać czas do namysłu i własne zezwolenie na pobyt.",
        "body": """Jeśli możesz być ofiarą handlu ludźmi, prawo daje ci okres do namysłu: czas, żeby dojść do siebie i zdecydować, czy chcesz współpracować z władzami. W tym czasie nie można cię wydalić z Finlandii.

Ofiara handlu ludźmi może też dostać zezwolenie na pobyt, które nie zależy od pracodawcy. Bierze się pod uwagę twoją sytuację i twoje bezpieczeństwo.

System Pomocy Ofiarom Handlu Ludźmi pomaga ci w tym, nawet jeśli teraz nie masz ważnego zezwolenia. Jego pomoc jest bezpłatna i poufna. Dzwoń całą dobę.""",
    },
    "recruitment-fees": {
        "title": "Nigdy nie musisz płacić za rekrutację",
        "summary": "Nikomu nie należy płacić za zdobycie pracy. Opłata może zamienić się w dług, który cię uwięzi.",
        "body": """Pracownicy nie powinni płacić za zdobycie pracy: ani agencji, ani rekruterowi, ani pośrednikowi, ani pracodawcy. Dotyczy to też „opłat” za ofertę pracy, umowę, załatwienie wizy albo miejsce w grupie. W przypadku zbieraczy dzikich jagód z zagranicy fińskie prawo zabrania pobierania opłat za rekrutację.

Opłata rekrutacyjna często zamienia się w dług. Dług u rekrutera albo pracodawcy może służyć do kontrolowania cię i jest sygnałem pracy przymusowej.

Jeśli pieniądze zostały już zapłacone albo ktoś żąda od ciebie zapłaty, zachowaj pokwitowania i wiadomości i poproś o poradę. Jeśli dług jest wykorzystywany przeciwko tobie, zadzwoń do Systemu Pomocy Ofiarom Handlu Ludźmi, całą dobę.""",
    },
}
