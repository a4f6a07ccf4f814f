"""Albanian (sq): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): ndihmë për viktimat e krimit",
    "nollalinja": "Nollalinja: linjë ndihme për dhunën në marrëdhëniet e ngushta dhe dhunën ndaj grave",
    "monika-helpline": "Monika-Naiset: linjë kombëtare krize për gratë emigrante",
    "shelter-mona": "Shelter Mona (Monika-Naiset): strehë e sigurt, ndihmë në shumë gjuhë",
    "sak-advice": "Këshillimi i SAK për të drejtat e punëmarrësve për punëtorët emigrantë (falas, nuk duhet anëtarësi në sindikatë)",
    "pam": "PAM, sindikata e pastrimit, hoteleve, restoranteve dhe dyqaneve: këshilla për anëtarët",
    "teollisuusliitto": "Teollisuusliitto (Sindikata e Industrisë), sindikata e punëtorëve të industrisë: këshilla për anëtarët",
    "ombudsman": "Ombudsmani për Mosdiskriminim (Non-Discrimination Ombudsman): këshilla për diskriminimin",
}

HOURS = {
    "WEEKDAYS": "Nga e hëna deri të premten",
    "WEEKDAYS_DAYTIME": "Nga e hëna deri të premten, gjatë ditës",
    "ALWAYS": "24 orë në ditë, çdo ditë",
    "SOME_HOURS": "Disa orë në ditët e punës, në finlandisht dhe anglisht",
    "TUE_THU": "Nga e marta deri të enjten 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Do të punonit më shumë se 40 orë në javë pa pagesë për punën jashtë orarit.",
    "OVERTIME_UNPAID_RED.advice": "Puna mbi 40 orë në javë është punë jashtë orarit dhe duhet të paguhet shtesë. Pyesni si paguhet puna jashtë orarit para se të pranoni.",
    "OVERTIME_UNPAID_AMBER.message": "Disa ditë do të ishin më të gjata se 8 orë pa pagesë për punën jashtë orarit.",
    "OVERTIME_UNPAID_AMBER.advice": "Një ditë e gjatë mund të jetë e ligjshme kur koha e punës llogaritet si mesatare e një periudhe më të gjatë. Pyesni si llogariten orët tuaja dhe kur paguhet pagesa shtesë.",
    "WAGE_KICKBACK.message": "Do t'ju duhej t'i kthenit një pjesë të pagës punëdhënësit ose dikujt tjetër.",
    "WAGE_KICKBACK.advice": "Paga juaj është e juaja. Kthimi i një pjese të saj është shenjë e zakonshme shfrytëzimi. Merrni këshilla para se të pranoni.",
    "FORCED_SELF_EMPLOYMENT.message": "Do t'ju duhej të regjistroheshit si i vetëpunësuar për ta bërë këtë punë.",
    "FORCED_SELF_EMPLOYMENT.advice": "Nëse dikush tjetër drejton punën dhe orët tuaja, mund të jeni punëmarrës me të drejtat e punëmarrësit. Kërkoni një kontratë pune.",
    "UNPAID_TRIAL_WORK.message": "Do të punonit ditë prove pa pagesë.",
    "UNPAID_TRIAL_WORK.advice": "Puna duhet të paguhet, edhe gjatë periudhës së provës. Kërkoni pagesë për çdo ditë që punoni.",
    "WORKER_PAYS_FOR_PPE.message": "Do t'ju duhej të paguanit për rroba mbrojtëse ose pajisje sigurie.",
    "WORKER_PAYS_FOR_PPE.advice": "Punëdhënësi duhet të sigurojë pajisjet mbrojtëse që kërkon puna. Pyesni kush paguan për to.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Dikush kërcënon se do t'ju denoncojë në polici ose te autoritetet e imigracionit.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Kërcënimet për lejen e qëndrimit përdoren për të kontrolluar njerëzit. Mund të merrni ndihmë, edhe për lejen tuaj. Telefononi Sistemin e Ndihmës në çdo kohë.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Jeni punëtor sezonal dhe qiraja do të mbahej nga paga juaj.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Qiraja e një punëtori sezonal nuk duhet të mbahet automatikisht nga paga dhe nuk duhet të jetë shumë e lartë. Kërkoni një kontratë qiraje të veçantë.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Paga më e ulët me të cilën krahasuam nuk është konfirmuar ose mund të jetë e vjetëruar.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Pyesni një sindikatë për pagën më të ulët aktuale të kontratës kolektive të sektorit.",
    "q.pay.part_returned_to_employer": "A duhet t'i ktheni një pjesë të pagës punëdhënësit ose dikujt tjetër?",
    "q.pay.unpaid_trial_days": "Ditët që do të punonit falas si provë",
    "q.contract.must_register_as_self_employed": "A duhet të regjistroheni si i vetëpunësuar (firma juaj) për të marrë punën?",
    "q.contract.seasonal": "A është kjo punë sezonale, për shembull mbledhje ose punë në fermë për një sezon?",
    "q.costs.protective_equipment_charged": "A duhet të paguani për rroba mbrojtëse ose pajisje sigurie?",
    "q.control.threatens_to_report_to_authorities": "A ju ka kërcënuar dikush se do t'ju denoncojë në polici ose në imigracion?",
    "ask.title": "Çfarë të pyesni para se të pranoni",
    "ask.prefix": "Pyesni për këtë:",
    "minimum.used": "Paga më e ulët me të cilën krahasuam: %(min)s € në orë (%(agreement)s, nga %(date)s).",
    "minimum.confirmed": "E konfirmuar nga tabela e pagave.",
    "minimum.unconfirmed": "E pakonfirmuar: kontrollojeni.",
}

PORTAL = {
    "weather.title": "Moti",
    "weather.body": "Sot: pjesërisht me re, erë e lehtë. Nesër: reshje shiu pasdite.",
    "404.title": "Faqja nuk u gjet",
    "404.body": "Kontrolloni adresën, ose shkoni në faqen kryesore.",
    "500.title": "Diçka shkoi keq",
    "500.body": "Ju lutemi provoni përsëri pas pak.",
    "nojs.exit": "Për të dalë në mënyrë të sigurt, mbyllni këtë skedë. Pa JavaScript, butoni \"Prapa\" (Back) i shfletuesit mund t'i shfaqë ende këto faqe.",
}
