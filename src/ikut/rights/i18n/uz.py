"""Uzbek (uz): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): jinoyat qurbonlariga yordam",
    "nollalinja": "Nollalinja: yaqin munosabatlardagi zoʻravonlik va ayollarga nisbatan zoʻravonlik boʻyicha ishonch telefoni",
    "monika-helpline": "Monika-Naiset: migrant ayollar uchun milliy inqiroz ishonch telefoni",
    "shelter-mona": "Shelter Mona (Monika-Naiset): xavfsiz boshpana, koʻp tillarda yordam",
    "sak-advice": "SAKning migrant ishchilar uchun xodimlar huquqlari boʻyicha maslahati (bepul, kasaba uyushmasiga aʼzolik shart emas)",
    "pam": "PAM, tozalash, mehmonxonalar, restoranlar va doʻkonlar kasaba uyushmasi: aʼzolarga maslahat",
    "teollisuusliitto": "Teollisuusliitto (Sanoat kasaba uyushmasi), sanoat ishchilari kasaba uyushmasi: aʼzolarga maslahat",
    "ombudsman": "Kamsitishga qarshi ombudsman (Non-Discrimination Ombudsman): kamsitish boʻyicha maslahat",
}

HOURS = {
    "WEEKDAYS": "Dushanbadan jumagacha",
    "WEEKDAYS_DAYTIME": "Dushanbadan jumagacha, kunduzi",
    "ALWAYS": "Sutkasiga 24 soat, har kuni",
    "SOME_HOURS": "Ish kunlari bir necha soat, fin va ingliz tillarida",
    "TUE_THU": "Seshanbadan payshanbagacha 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Qoʻshimcha ish haqisiz haftasiga 40 soatdan koʻp ishlagan boʻlardingiz.",
    "OVERTIME_UNPAID_RED.advice": "Haftasiga 40 soatdan ortiq ish — qoʻshimcha ish va u qoʻshimcha haq bilan toʻlanishi kerak. Rozi boʻlishdan oldin qoʻshimcha ish qanday toʻlanishini soʻrang.",
    "OVERTIME_UNPAID_AMBER.message": "Baʼzi kunlar qoʻshimcha ish haqisiz 8 soatdan uzun boʻlardi.",
    "OVERTIME_UNPAID_AMBER.advice": "Ish vaqti uzunroq davrning oʻrtachasi sifatida hisoblanganda uzun kun qonuniy boʻlishi mumkin. Soatlaringiz qanday hisoblanishini va qoʻshimcha haq qachon toʻlanishini soʻrang.",
    "WAGE_KICKBACK.message": "Ish haqingizning bir qismini ish beruvchiga yoki boshqa birovga qaytarib berishingiz kerak boʻlardi.",
    "WAGE_KICKBACK.advice": "Ish haqingiz sizniki. Uning bir qismini qaytarib berish — ekspluatatsiyaning keng tarqalgan belgisi. Rozi boʻlishdan oldin maslahat oling.",
    "FORCED_SELF_EMPLOYMENT.message": "Bu ishni bajarish uchun oʻzini oʻzi band qilgan sifatida roʻyxatdan oʻtishingiz kerak boʻlardi.",
    "FORCED_SELF_EMPLOYMENT.advice": "Agar ishingiz va soatlaringizni boshqa birov boshqarsa, siz xodim huquqlariga ega xodim boʻlishingiz mumkin. Mehnat shartnomasini soʻrang.",
    "UNPAID_TRIAL_WORK.message": "Sinov kunlarini haqsiz ishlagan boʻlardingiz.",
    "UNPAID_TRIAL_WORK.advice": "Ish uchun haq toʻlanishi kerak, sinov muddatida ham. Ishlagan har bir kuningiz uchun haq soʻrang.",
    "WORKER_PAYS_FOR_PPE.message": "Himoya kiyimi yoki xavfsizlik vositalari uchun oʻzingiz toʻlashingiz kerak boʻlardi.",
    "WORKER_PAYS_FOR_PPE.advice": "Ish beruvchi ish uchun kerakli himoya vositalarini berishi kerak. Ular uchun kim toʻlashini soʻrang.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Kimdir sizni politsiyaga yoki migratsiya organlariga xabar qilish bilan tahdid qilmoqda.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Yashash ruxsatnomasi haqidagi tahdidlar odamlarni nazorat qilish uchun ishlatiladi. Yordam olishingiz mumkin, ruxsatnomangiz boʻyicha ham. Istalgan vaqtda Yordam tizimiga qoʻngʻiroq qiling.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Siz mavsumiy ishchisiz va ijara haqi ish haqingizdan ushlab qolinardi.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Mavsumiy ishchining ijara haqi ish haqidan avtomatik ravishda ushlab qolinmasligi va juda yuqori boʻlmasligi kerak. Alohida ijara shartnomasini soʻrang.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Biz solishtirgan eng past ish haqi tasdiqlanmagan yoki eskirgan boʻlishi mumkin.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Sohaning jamoaviy shartnomasidagi hozirgi eng past ish haqini kasaba uyushmasidan soʻrang.",
    "q.pay.part_returned_to_employer": "Ish haqingizning bir qismini ish beruvchiga yoki boshqa birovga qaytarib berishingiz kerakmi?",
    "q.pay.unpaid_trial_days": "Sinov sifatida bepul ishlaydigan kunlaringiz",
    "q.contract.must_register_as_self_employed": "Ishni olish uchun oʻzini oʻzi band qilgan (oʻz kompaniyangiz) sifatida roʻyxatdan oʻtishingiz kerakmi?",
    "q.contract.seasonal": "Bu mavsumiy ishmi, masalan, bir mavsumga terim yoki fermadagi ish?",
    "q.costs.protective_equipment_charged": "Himoya kiyimi yoki xavfsizlik vositalari uchun oʻzingiz toʻlashingiz kerakmi?",
    "q.control.threatens_to_report_to_authorities": "Kimdir sizni politsiyaga yoki migratsiya xizmatiga xabar qilish bilan tahdid qildimi?",
    "ask.title": "Rozi boʻlishdan oldin nimani soʻrash kerak",
    "ask.prefix": "Bu haqda soʻrang:",
    "minimum.used": "Biz solishtirgan eng past ish haqi: soatiga %(min)s € (%(agreement)s, %(date)s dan).",
    "minimum.confirmed": "Ish haqi jadvalidan tasdiqlangan.",
    "minimum.unconfirmed": "Tasdiqlanmagan: tekshiring.",
}

PORTAL = {
    "weather.title": "Ob-havo",
    "weather.body": "Bugun: qisman bulutli, yengil shamol. Ertaga: tushdan keyin jala.",
    "404.title": "Sahifa topilmadi",
    "404.body": "Manzilni tekshiring yoki bosh sahifaga oʻting.",
    "500.title": "Nimadir notoʻgʻri ketdi",
    "500.body": "Birozdan keyin qayta urinib koʻring.",
    "nojs.exit": "Xavfsiz chiqish uchun bu varaqni yoping. JavaScript boʻlmasa, brauzerning «Orqaga» (Back) tugmasi bu sahifalarni hali ham koʻrsatishi mumkin.",
}
