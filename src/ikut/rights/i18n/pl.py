"""Polish (pl): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): pomoc dla ofiar przestępstw",
    "nollalinja": "Nollalinja: telefon zaufania w sprawie przemocy w bliskich związkach i przemocy wobec kobiet",
    "monika-helpline": "Monika-Naiset: ogólnokrajowy telefon kryzysowy dla kobiet migrantek",
    "shelter-mona": "Shelter Mona (Monika-Naiset): bezpieczne schronienie, pomoc w wielu językach",
    "sak-advice": "Porady SAK w sprawie praw pracowniczych dla pracowników cudzoziemców (bezpłatne, członkostwo w związku nie jest potrzebne)",
    "pam": "PAM, związek zawodowy sprzątania, hoteli, restauracji i sklepów: porady dla członków",
    "teollisuusliitto": "Związek Przemysłowy (Teollisuusliitto), związek zawodowy pracowników przemysłu: porady dla członków",
    "ombudsman": "Rzecznik ds. Niedyskryminacji (Non-Discrimination Ombudsman): porady w sprawie dyskryminacji",
}

HOURS = {
    "WEEKDAYS": "Od poniedziałku do piątku",
    "WEEKDAYS_DAYTIME": "Od poniedziałku do piątku, w ciągu dnia",
    "ALWAYS": "Całą dobę, codziennie",
    "SOME_HOURS": "W niektórych godzinach w dni robocze, po fińsku i po angielsku",
    "TUE_THU": "Od wtorku do czwartku 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Praca trwałaby ponad 40 godzin tygodniowo bez dodatku za nadgodziny.",
    "OVERTIME_UNPAID_RED.advice": "Praca ponad 40 godzin tygodniowo to nadgodziny i trzeba za nią dodatkowo zapłacić. Zanim się zgodzisz, zapytaj, jak płacone są nadgodziny.",
    "OVERTIME_UNPAID_AMBER.message": "Niektóre dni trwałyby dłużej niż 8 godzin bez dodatku za nadgodziny.",
    "OVERTIME_UNPAID_AMBER.advice": "Długi dzień może być zgodny z prawem, gdy czas pracy liczy się jako średnią z dłuższego okresu. Zapytaj, jak liczone są twoje godziny i kiedy płacony jest dodatek.",
    "WAGE_KICKBACK.message": "Część pensji trzeba by oddawać pracodawcy albo komuś innemu.",
    "WAGE_KICKBACK.advice": "Twoja pensja należy do ciebie. Oddawanie jej części to częsty sygnał wyzysku. Zanim się zgodzisz, poproś o poradę.",
    "FORCED_SELF_EMPLOYMENT.message": "Żeby wykonywać tę pracę, trzeba by zarejestrować się jako samozatrudniony.",
    "FORCED_SELF_EMPLOYMENT.advice": "Jeśli ktoś inny kieruje twoją pracą i ustala twoje godziny, możesz być pracownikiem z prawami pracownika. Poproś o umowę o pracę.",
    "UNPAID_TRIAL_WORK.message": "Dni próbne byłyby bez zapłaty.",
    "UNPAID_TRIAL_WORK.advice": "Praca musi być płatna, także w okresie próbnym. Poproś o zapłatę za każdy dzień pracy.",
    "WORKER_PAYS_FOR_PPE.message": "Trzeba by płacić za odzież ochronną albo sprzęt ochronny.",
    "WORKER_PAYS_FOR_PPE.advice": "Pracodawca musi zapewnić środki ochrony potrzebne w pracy. Zapytaj, kto za nie płaci.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Ktoś grozi, że doniesie na ciebie na policję albo do urzędu imigracyjnego.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Groźby dotyczące zezwolenia na pobyt służą do kontrolowania ludzi. Możesz dostać pomoc, także w sprawie swojego zezwolenia. Dzwoń do Systemu Pomocy o każdej porze.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Jesteś pracownikiem sezonowym i czynsz byłby potrącany z twojej pensji.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Czynszu pracownika sezonowego nie wolno automatycznie potrącać z pensji i nie może być on za wysoki. Poproś o osobną umowę najmu.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Najniższa płaca, z którą porównaliśmy, nie jest potwierdzona albo może być nieaktualna.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Zapytaj związek zawodowy o aktualną najniższą płacę w układzie zbiorowym branży.",
    "q.pay.part_returned_to_employer": "Czy musisz oddawać część pensji pracodawcy albo komuś innemu?",
    "q.pay.unpaid_trial_days": "Dni darmowej pracy na próbę",
    "q.contract.must_register_as_self_employed": "Czy musisz zarejestrować się jako samozatrudniony (własna firma), żeby dostać tę pracę?",
    "q.contract.seasonal": "Czy to praca sezonowa, na przykład zbiory albo praca w gospodarstwie przez jeden sezon?",
    "q.costs.protective_equipment_charged": "Czy musisz płacić za odzież ochronną albo sprzęt ochronny?",
    "q.control.threatens_to_report_to_authorities": "Czy ktoś groził, że doniesie na ciebie na policję albo do urzędu imigracyjnego?",
    "ask.title": "O co zapytać, zanim się zgodzisz",
    "ask.prefix": "Zapytaj o to:",
    "minimum.used": "Najniższa płaca, z którą porównaliśmy: %(min)s € za godzinę (%(agreement)s, od %(date)s).",
    "minimum.confirmed": "Potwierdzone w tabeli płac.",
    "minimum.unconfirmed": "Niepotwierdzone: sprawdź to.",
}

PORTAL = {
    "weather.title": "Pogoda",
    "weather.body": "Dziś: częściowe zachmurzenie, słaby wiatr. Jutro: po południu przelotne opady.",
    "404.title": "Nie znaleziono strony",
    "404.body": "Sprawdź adres albo przejdź na stronę główną.",
    "500.title": "Coś poszło nie tak",
    "500.body": "Spróbuj ponownie za chwilę.",
    "nojs.exit": "Żeby bezpiecznie wyjść, zamknij tę kartę. Bez JavaScriptu przycisk Wstecz nadal może pokazać te strony.",
}
