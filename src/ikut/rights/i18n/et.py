"""Estonian (et): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the English
source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Soome Ohvriabi (RIKU): abi kuriteoohvritele",
    "nollalinja": "Nollalinja: abitelefon lähisuhtevägivalla ja naistevastase vägivalla korral",
    "monika-helpline": "Monika-Naiset: üleriigiline kriisitelefon sisserändajatest naistele",
    "shelter-mona": "Varjupaik Mona (Monika-Naiset): turvaline varjupaik, abi paljudes keeltes",
    "sak-advice": "SAK töötajate õiguste nõustamine sisserändajatest töötajatele (tasuta, ametiühingu liikmesust pole vaja)",
    "pam": "PAM, koristus-, hotelli-, restorani- ja kaubandustöötajate ametiühing: nõustamine liikmetele",
    "teollisuusliitto": "Teollisuusliitto (Tööstusliit), tööstustöötajate ametiühing: nõustamine liikmetele",
    "ombudsman": "Diskrimineerimisvastane volinik (Ombudsman): nõustamine diskrimineerimise korral",
}

HOURS = {
    "WEEKDAYS": "Esmaspäevast reedeni",
    "WEEKDAYS_DAYTIME": "Esmaspäevast reedeni, päevasel ajal",
    "ALWAYS": "Ööpäevaringselt 24 tundi, iga päev",
    "SOME_HOURS": "Mõnel tunnil tööpäevadel, soome ja inglise keeles",
    "TUE_THU": "Teisipäevast neljapäevani 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Sa töötaksid üle 40 tunni nädalas ilma ületunnitasuta.",
    "OVERTIME_UNPAID_RED.advice": "Töö üle 40 tunni nädalas on ületunnitöö ja selle eest tuleb maksta lisatasu. Enne nõustumist küsi, kuidas ületunnitööd tasustatakse.",
    "OVERTIME_UNPAID_AMBER.message": "Mõned päevad oleksid pikemad kui 8 tundi ilma ületunnitasuta.",
    "OVERTIME_UNPAID_AMBER.advice": "Pikk päev võib olla seaduslik, kui tööaega arvestatakse pikema perioodi keskmisena. Küsi, kuidas sinu tunde arvestatakse ja millal lisatasu makstakse.",
    "WAGE_KICKBACK.message": "Sa peaksid osa oma palgast andma tagasi tööandjale või kellelegi teisele.",
    "WAGE_KICKBACK.advice": "Sinu palk on sinu oma. Osa palga tagasiandmine on ärakasutamise tavaline tunnus. Küsi nõu enne nõustumist.",
    "FORCED_SELF_EMPLOYMENT.message": "Selle töö tegemiseks peaksid sa registreerima end füüsilisest isikust ettevõtjaks.",
    "FORCED_SELF_EMPLOYMENT.advice": "Kui keegi teine juhib sinu tööd ja tööaega, võid sa olla töötaja töötaja õigustega. Küsi töölepingut.",
    "UNPAID_TRIAL_WORK.message": "Sa töötaksid proovipäevi ilma palgata.",
    "UNPAID_TRIAL_WORK.advice": "Töö eest tuleb maksta, ka katseajal. Küsi palka iga päeva eest, mil sa töötad.",
    "WORKER_PAYS_FOR_PPE.message": "Sa peaksid ise maksma kaitseriietuse või turvavarustuse eest.",
    "WORKER_PAYS_FOR_PPE.advice": "Tööandja peab andma isikukaitsevahendid, mida töö nõuab. Küsi, kes nende eest maksab.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Keegi ähvardab sinust teatada politseile või migratsiooniasutustele.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Elamisloaga seotud ähvardusi kasutatakse inimeste kontrollimiseks. Sa saad abi, ka oma loa küsimuses. Helista abisüsteemi igal ajal.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Sa oled hooajatöötaja ja üür võetaks sinu palgast.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Hooajatöötaja üüri ei tohi palgast automaatselt maha arvata ja see ei tohi olla liiga kõrge. Küsi eraldi üürilepingut.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Madalaim palk, millega me võrdlesime, ei ole kinnitatud või võib olla aegunud.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Küsi ametiühingult valdkonna kollektiivlepingu praegust madalaimat palka.",
    "q.pay.part_returned_to_employer": "Kas sa pead osa oma palgast andma tagasi tööandjale või kellelegi teisele?",
    "q.pay.unpaid_trial_days": "Päevad, mil sa töötaksid proovi mõttes tasuta",
    "q.contract.must_register_as_self_employed": "Kas sa pead töö saamiseks registreerima end füüsilisest isikust ettevõtjaks (oma ettevõte)?",
    "q.contract.seasonal": "Kas see on hooajatöö, näiteks korjamine või talutöö üheks hooajaks?",
    "q.costs.protective_equipment_charged": "Kas sa pead ise maksma kaitseriietuse või turvavarustuse eest?",
    "q.control.threatens_to_report_to_authorities": "Kas keegi on ähvardanud sinust teatada politseile või migratsiooniasutusele?",
    "ask.title": "Mida küsida enne nõustumist",
    "ask.prefix": "Küsi selle kohta:",
    "minimum.used": "Madalaim palk, millega me võrdlesime: %(min)s € tunnis (%(agreement)s, alates %(date)s).",
    "minimum.confirmed": "Kinnitatud palgatabeli järgi.",
    "minimum.unconfirmed": "Kinnitamata: kontrolli seda.",
}

PORTAL = {
    "weather.title": "Ilm",
    "weather.body": "Täna: vahelduv pilvisus, nõrk tuul. Homme: pärastlõunal hoovihmad.",
    "404.title": "Lehte ei leitud",
    "404.body": "Kontrolli aadressi või mine avalehele.",
    "500.title": "Midagi läks valesti",
    "500.body": "Palun proovi hetke pärast uuesti.",
    "nojs.exit": "Turvaliseks lahkumiseks sulge see vahekaart. Ilma JavaScriptita võib nupp „Tagasi“ neid lehti ikka näidata.",
}
