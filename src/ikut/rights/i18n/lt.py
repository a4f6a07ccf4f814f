"""Lithuanian (lt): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the English
source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Suomijos pagalba aukoms (RIKU): pagalba nusikaltimų aukoms",
    "nollalinja": "Nollalinja: pagalbos linija dėl smurto artimoje aplinkoje ir smurto prieš moteris",
    "monika-helpline": "Monika-Naiset: nacionalinė krizių pagalbos linija migrantėms moterims",
    "shelter-mona": "Prieglauda Mona (Monika-Naiset): saugi prieglauda, pagalba daugeliu kalbų",
    "sak-advice": "SAK konsultacijos dėl darbuotojų teisių migrantams darbuotojams (nemokamai, narystė profesinėje sąjungoje nereikalinga)",
    "pam": "PAM, valymo, viešbučių, restoranų ir parduotuvių darbuotojų profesinė sąjunga: konsultacijos nariams",
    "teollisuusliitto": "Teollisuusliitto (Pramonės profesinė sąjunga), pramonės darbuotojų profesinė sąjunga: konsultacijos nariams",
    "ombudsman": "Nediskriminavimo ombudsmenas (Ombudsman): konsultacijos dėl diskriminacijos",
}

HOURS = {
    "WEEKDAYS": "Nuo pirmadienio iki penktadienio",
    "WEEKDAYS_DAYTIME": "Nuo pirmadienio iki penktadienio, dieną",
    "ALWAYS": "Visą parą, 24 valandas, kasdien",
    "SOME_HOURS": "Kai kurias valandas darbo dienomis, suomių ir anglų kalbomis",
    "TUE_THU": "Nuo antradienio iki ketvirtadienio 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Dirbtumėte daugiau nei 40 valandų per savaitę be apmokėjimo už viršvalandžius.",
    "OVERTIME_UNPAID_RED.advice": "Darbas, viršijantis 40 valandų per savaitę, yra viršvalandžiai, ir už juos turi būti mokama papildomai. Prieš sutikdami paklauskite, kaip apmokami viršvalandžiai.",
    "OVERTIME_UNPAID_AMBER.message": "Kai kurios dienos būtų ilgesnės nei 8 valandos be apmokėjimo už viršvalandžius.",
    "OVERTIME_UNPAID_AMBER.advice": "Ilga diena gali būti teisėta, kai darbo laikas skaičiuojamas kaip ilgesnio laikotarpio vidurkis. Paklauskite, kaip skaičiuojamos jūsų valandos ir kada mokamas priedas.",
    "WAGE_KICKBACK.message": "Turėtumėte grąžinti dalį atlyginimo darbdaviui ar kam nors kitam.",
    "WAGE_KICKBACK.advice": "Jūsų atlyginimas priklauso jums. Atlyginimo dalies grąžinimas yra dažnas išnaudojimo požymis. Prieš sutikdami pasitarkite.",
    "FORCED_SELF_EMPLOYMENT.message": "Kad galėtumėte dirbti šį darbą, turėtumėte užsiregistruoti kaip savarankiškai dirbantis asmuo.",
    "FORCED_SELF_EMPLOYMENT.advice": "Jei kas nors kitas vadovauja jūsų darbui ir nustato darbo laiką, galite būti darbuotojas su darbuotojo teisėmis. Paprašykite darbo sutarties.",
    "UNPAID_TRIAL_WORK.message": "Bandomąsias dienas dirbtumėte be atlyginimo.",
    "UNPAID_TRIAL_WORK.advice": "Už darbą turi būti mokama, taip pat bandomuoju laikotarpiu. Paprašykite atlyginimo už kiekvieną dieną, kai dirbate.",
    "WORKER_PAYS_FOR_PPE.message": "Turėtumėte patys mokėti už apsauginius drabužius ar saugos priemones.",
    "WORKER_PAYS_FOR_PPE.advice": "Darbdavys privalo aprūpinti darbui reikalingomis apsaugos priemonėmis. Paklauskite, kas už jas moka.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Kas nors grasina pranešti apie jus policijai ar migracijos institucijoms.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Grasinimai dėl leidimo gyventi naudojami žmonėms kontroliuoti. Galite gauti pagalbos, taip pat dėl savo leidimo. Skambinkite į pagalbos sistemą bet kuriuo metu.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Esate sezoninis darbuotojas, ir nuoma būtų išskaičiuojama iš jūsų atlyginimo.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Sezoninio darbuotojo nuoma negali būti automatiškai išskaičiuojama iš atlyginimo ir negali būti per didelė. Paprašykite atskiros nuomos sutarties.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Mažiausias atlyginimas, su kuriuo palyginome, nėra patvirtintas arba gali būti pasenęs.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Paklauskite profesinės sąjungos, koks yra dabartinis mažiausias sektoriaus kolektyvinės sutarties atlyginimas.",
    "q.pay.part_returned_to_employer": "Ar turite grąžinti dalį atlyginimo darbdaviui ar kam nors kitam?",
    "q.pay.unpaid_trial_days": "Dienos, kurias dirbtumėte nemokamai kaip bandymą",
    "q.contract.must_register_as_self_employed": "Ar, norėdami gauti darbą, turite užsiregistruoti kaip savarankiškai dirbantis asmuo (savo įmonė)?",
    "q.contract.seasonal": "Ar tai sezoninis darbas, pavyzdžiui, uogų rinkimas ar ūkio darbai vieną sezoną?",
    "q.costs.protective_equipment_charged": "Ar turite patys mokėti už apsauginius drabužius ar saugos priemones?",
    "q.control.threatens_to_report_to_authorities": "Ar kas nors grasino pranešti apie jus policijai ar migracijos tarnybai?",
    "ask.title": "Ko paklausti prieš sutinkant",
    "ask.prefix": "Paklauskite apie tai:",
    "minimum.used": "Mažiausias atlyginimas, su kuriuo palyginome: %(min)s € per valandą (%(agreement)s, nuo %(date)s).",
    "minimum.confirmed": "Patvirtinta pagal atlyginimų lentelę.",
    "minimum.unconfirmed": "Nepatvirtinta: patikrinkite.",
}

PORTAL = {
    "weather.title": "Orai",
    "weather.body": "Šiandien: nepastoviai debesuota, silpnas vėjas. Rytoj: po pietų trumpalaikis lietus.",
    "404.title": "Puslapis nerastas",
    "404.body": "Patikrinkite adresą arba eikite į pradinį puslapį.",
    "500.title": "Kažkas nepavyko",
    "500.body": "Pabandykite dar kartą po akimirkos.",
    "nojs.exit": "Norėdami saugiai išeiti, uždarykite šį skirtuką. Be JavaScript mygtukas „Atgal“ vis tiek gali parodyti šiuos puslapius.",
}
