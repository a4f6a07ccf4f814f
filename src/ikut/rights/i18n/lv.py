"""Latvian (lv): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the English
source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Somijas Cietušo atbalsts (RIKU): palīdzība noziegumos cietušajiem",
    "nollalinja": "Nollalinja: palīdzības tālrunis vardarbības tuvās attiecībās un vardarbības pret sievietēm gadījumos",
    "monika-helpline": "Monika-Naiset: valsts krīzes palīdzības tālrunis sievietēm imigrantēm",
    "shelter-mona": "Patversme Mona (Monika-Naiset): droša patversme, palīdzība daudzās valodās",
    "sak-advice": "SAK konsultācijas par darbinieku tiesībām darba migrantiem (bez maksas, dalība arodbiedrībā nav vajadzīga)",
    "pam": "PAM, uzkopšanas, viesnīcu, restorānu un veikalu darbinieku arodbiedrība: konsultācijas biedriem",
    "teollisuusliitto": "Teollisuusliitto (Rūpniecības arodbiedrība), rūpniecības darbinieku arodbiedrība: konsultācijas biedriem",
    "ombudsman": "Nediskriminācijas ombuds (Ombudsman): konsultācijas par diskrimināciju",
}

HOURS = {
    "WEEKDAYS": "No pirmdienas līdz piektdienai",
    "WEEKDAYS_DAYTIME": "No pirmdienas līdz piektdienai, dienas laikā",
    "ALWAYS": "24 stundas diennaktī, katru dienu",
    "SOME_HOURS": "Dažas stundas darba dienās, somu un angļu valodā",
    "TUE_THU": "No otrdienas līdz ceturtdienai 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Jūs strādātu vairāk nekā 40 stundas nedēļā bez samaksas par virsstundām.",
    "OVERTIME_UNPAID_RED.advice": "Darbs pāri 40 stundām nedēļā ir virsstundas, un par tām jāmaksā papildus. Pirms piekrītat, pajautājiet, kā tiek apmaksātas virsstundas.",
    "OVERTIME_UNPAID_AMBER.message": "Dažas dienas būtu garākas par 8 stundām bez samaksas par virsstundām.",
    "OVERTIME_UNPAID_AMBER.advice": "Gara diena var būt likumīga, ja darba laiku rēķina kā vidējo ilgākā periodā. Pajautājiet, kā tiek skaitītas jūsu stundas un kad tiek maksātas piemaksas.",
    "WAGE_KICKBACK.message": "Jums būtu jāatdod daļa algas darba devējam vai kādam citam.",
    "WAGE_KICKBACK.advice": "Jūsu alga pieder jums. Daļas algas atdošana ir bieža izmantošanas pazīme. Pirms piekrītat, lūdziet padomu.",
    "FORCED_SELF_EMPLOYMENT.message": "Lai veiktu šo darbu, jums būtu jāreģistrējas kā pašnodarbinātajam.",
    "FORCED_SELF_EMPLOYMENT.advice": "Ja kāds cits vada jūsu darbu un darba laiku, jūs varat būt darbinieks ar darbinieka tiesībām. Prasiet darba līgumu.",
    "UNPAID_TRIAL_WORK.message": "Jūs strādātu izmēģinājuma dienas bez samaksas.",
    "UNPAID_TRIAL_WORK.advice": "Darbs ir jāapmaksā, arī pārbaudes laikā. Prasiet samaksu par katru dienu, kad strādājat.",
    "WORKER_PAYS_FOR_PPE.message": "Jums būtu jāmaksā par aizsargapģērbu vai drošības aprīkojumu.",
    "WORKER_PAYS_FOR_PPE.advice": "Darba devējam jānodrošina darbam vajadzīgie aizsardzības līdzekļi. Pajautājiet, kas par tiem maksā.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Kāds draud ziņot par jums policijai vai migrācijas iestādēm.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Draudus par uzturēšanās atļauju izmanto, lai kontrolētu cilvēkus. Jūs varat saņemt palīdzību, arī par savu atļauju. Zvaniet palīdzības sistēmai jebkurā laikā.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Jūs esat sezonas strādnieks, un īre tiktu ieturēta no jūsu algas.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Sezonas strādnieka īri nedrīkst automātiski ieturēt no algas, un tā nedrīkst būt pārāk augsta. Prasiet atsevišķu īres līgumu.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Zemākā alga, ar kuru salīdzinājām, nav apstiprināta vai var būt novecojusi.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Pajautājiet arodbiedrībai nozares koplīguma pašreizējo zemāko algu.",
    "q.pay.part_returned_to_employer": "Vai jums jāatdod daļa algas darba devējam vai kādam citam?",
    "q.pay.unpaid_trial_days": "Dienas, kuras jūs strādātu bez maksas kā izmēģinājumu",
    "q.contract.must_register_as_self_employed": "Vai jums jāreģistrējas kā pašnodarbinātajam (savs uzņēmums), lai dabūtu darbu?",
    "q.contract.seasonal": "Vai tas ir sezonas darbs, piemēram, ogošana vai lauku darbs vienu sezonu?",
    "q.costs.protective_equipment_charged": "Vai jums jāmaksā par aizsargapģērbu vai drošības aprīkojumu?",
    "q.control.threatens_to_report_to_authorities": "Vai kāds ir draudējis ziņot par jums policijai vai migrācijas iestādēm?",
    "ask.title": "Ko pajautāt, pirms piekrītat",
    "ask.prefix": "Pajautājiet par šo:",
    "minimum.used": "Zemākā alga, ar kuru salīdzinājām: %(min)s € stundā (%(agreement)s, no %(date)s).",
    "minimum.confirmed": "Apstiprināts pēc algu tabulas.",
    "minimum.unconfirmed": "Nav apstiprināts: pārbaudiet.",
}

PORTAL = {
    "weather.title": "Laikapstākļi",
    "weather.body": "Šodien: daļēji mākoņains, vājš vējš. Rīt: pēcpusdienā lietusgāzes.",
    "404.title": "Lapa nav atrasta",
    "404.body": "Pārbaudiet adresi vai dodieties uz sākumlapu.",
    "500.title": "Kaut kas nogāja greizi",
    "500.body": "Lūdzu, mēģiniet vēlreiz pēc brīža.",
    "nojs.exit": "Lai droši izietu, aizveriet šo cilni. Bez JavaScript poga „Atpakaļ“ joprojām var parādīt šīs lapas.",
}
