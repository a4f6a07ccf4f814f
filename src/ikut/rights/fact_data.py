"""Shipped help contacts and sector minimum pay, with provenance (see rights/provenance.py).

`source` is the address the fact comes from; `checked_on` is the date someone read that source and found the
fact there, or "" (the UI then says "not yet checked"). Only facts read on the date given carry a date: the
readings of 2026-11-30 are listed in ../shared/FACTS.md and docs/rights.md ("Help contacts"). Pages were read
as stored copies through the project's search tool; where a page showed no date of its own or was years old,
the row stays unchecked even if the number matched.

Phone numbers are stored in the international form ("+358 …"); the portal shows the national form beside it
(HelpContact.national_phone), one format everywhere. 112 and 116 006 have one form only.

Names and hours of the first contacts are translated in the rights catalogues (gettext_noop); the newer
contacts carry machine-drafted translations here (HelpContact.translations, status draft like every
catalogue marked X-Translation-Status: machine-draft) — staff can correct them in the database.
"""

from django.utils.translation import gettext_noop

CHECKED = "2026-11-30"

E_JUSTICE_FI = ("https://e-justice.europa.eu/content_rights_of_victims_of_crime_in_criminal_proceedings-171-FI-"
                "maximizeMS-en.do?clang=fi&idSubpage=9&member=1")

# Hours phrases shared by several contacts, machine-drafted per language.
WEEKDAYS = {
    "en": "Monday to Friday", "fi": "maanantaista perjantaihin", "sv": "måndag till fredag",
    "ru": "с понедельника по пятницу", "uk": "з понеділка по п'ятницю", "ar": "من الاثنين إلى الجمعة",
    "fa": "دوشنبه تا جمعه", "vi": "Thứ Hai đến Thứ Sáu", "th": "วันจันทร์ถึงวันศุกร์",
    "so": "Isniin ilaa Jimce", "ti": "ሰኑይ ክሳብ ዓርቢ", "zh-hans": "周一至周五", "ro": "de luni până vineri",
    "bg": "от понеделник до петък", "tl": "Lunes hanggang Biyernes", "fr": "du lundi au vendredi",
}
WEEKDAYS_DAYTIME = {
    "en": "Monday to Friday, daytime", "fi": "maanantaista perjantaihin päivisin", "sv": "måndag till fredag dagtid",
    "ru": "с понедельника по пятницу, днём", "uk": "з понеділка по п'ятницю, вдень",
    "ar": "من الاثنين إلى الجمعة، خلال النهار", "fa": "دوشنبه تا جمعه، در طول روز",
    "vi": "Thứ Hai đến Thứ Sáu, ban ngày", "th": "วันจันทร์ถึงวันศุกร์ ช่วงกลางวัน", "so": "Isniin ilaa Jimce, maalintii",
    "ti": "ሰኑይ ክሳብ ዓርቢ፣ ብመዓልቲ", "zh-hans": "周一至周五白天", "ro": "de luni până vineri, în timpul zilei",
    "bg": "от понеделник до петък, през деня", "tl": "Lunes hanggang Biyernes, sa araw",
    "fr": "du lundi au vendredi, en journée",
}
ALWAYS = {
    "en": "24 hours a day, every day", "fi": "ympäri vuorokauden, joka päivä", "sv": "dygnet runt, alla dagar",
    "ru": "круглосуточно, каждый день", "uk": "цілодобово, щодня", "ar": "على مدار 24 ساعة، كل يوم",
    "fa": "شبانه‌روزی، هر روز", "vi": "24 giờ mỗi ngày, tất cả các ngày", "th": "ตลอด 24 ชั่วโมง ทุกวัน",
    "so": "24 saac maalin kasta", "ti": "24 ሰዓት፣ መዓልቲ መዓልቲ", "zh-hans": "每天24小时", "ro": "non-stop, în fiecare zi",
    "bg": "денонощно, всеки ден", "tl": "24 oras araw-araw", "fr": "24 heures sur 24, tous les jours",
}
SOME_HOURS = {
    "en": "Some hours on weekdays, in Finnish and English", "fi": "arkisin tiettyinä aikoina, suomeksi ja englanniksi",
    "sv": "vissa tider på vardagar, på finska och engelska", "ru": "в некоторые часы по будням, на финском и английском",
    "uk": "у певні години в будні, фінською та англійською", "ar": "في بعض الساعات أيام العمل، بالفنلندية والإنجليزية",
    "fa": "برخی ساعات در روزهای کاری، به فنلاندی و انگلیسی", "vi": "Một số giờ trong ngày thường, bằng tiếng Phần Lan và tiếng Anh",
    "th": "บางช่วงเวลาในวันทำงาน ภาษาฟินแลนด์และอังกฤษ", "so": "Saacado qaar maalmaha shaqada, af-Finnish iyo Ingiriis",
    "ti": "ገለ ሰዓታት ኣብ መዓልትታት ስራሕ፣ ብፊንላንድኛን እንግሊዝኛን", "zh-hans": "工作日部分时段，芬兰语和英语",
    "ro": "câteva ore în zilele lucrătoare, în finlandeză și engleză",
    "bg": "в някои часове в делнични дни, на фински и английски", "tl": "Ilang oras sa mga araw ng trabaho, sa Finnish at Ingles",
    "fr": "certaines heures en semaine, en finnois et en anglais",
}
TUE_THU = {
    "en": "Tuesday to Thursday 10–12", "fi": "tiistaista torstaihin klo 10–12", "sv": "tisdag till torsdag kl. 10–12",
    "ru": "со вторника по четверг 10–12", "uk": "з вівторка по четвер 10–12", "ar": "من الثلاثاء إلى الخميس 10–12",
    "fa": "سه‌شنبه تا پنجشنبه 10–12", "vi": "Thứ Ba đến Thứ Năm 10–12", "th": "วันอังคารถึงวันพฤหัสบดี 10–12",
    "so": "Talaado ilaa Khamiis 10–12", "ti": "ሰሉስ ክሳብ ሓሙስ 10–12", "zh-hans": "周二至周四 10–12点",
    "ro": "de marți până joi, 10–12", "bg": "от вторник до четвъртък 10–12", "tl": "Martes hanggang Huwebes 10–12",
    "fr": "du mardi au jeudi, 10 h–12 h",
}

NAMES = {
    "victim-support": {
        "en": "Victim Support Finland (RIKU): help for victims of crime",
        "fi": "Rikosuhripäivystys (RIKU): apua rikoksen uhrille",
        "sv": "Brottsofferjouren (RIKU): hjälp till brottsoffer",
        "ru": "Служба помощи жертвам преступлений (RIKU)",
        "uk": "Служба допомоги жертвам злочинів (RIKU)",
        "ar": "خدمة دعم ضحايا الجرائم (RIKU)",
        "fa": "خدمات حمایت از قربانیان جرم (RIKU)",
        "vi": "Hỗ trợ nạn nhân tội phạm Phần Lan (RIKU)",
        "th": "ศูนย์ช่วยเหลือผู้เสียหายจากอาชญากรรม (RIKU)",
        "so": "Caawinta dhibanayaasha dembiyada (RIKU)",
        "ti": "ሓገዝ ግዳያት ገበን (RIKU)",
        "zh-hans": "芬兰犯罪受害者援助（RIKU）",
        "ro": "Sprijin pentru victimele infracțiunilor (RIKU)",
        "bg": "Помощ за жертви на престъпления (RIKU)",
        "tl": "Tulong para sa mga biktima ng krimen (RIKU)",
        "fr": "Aide aux victimes d'infractions (RIKU)",
    },
    "nollalinja": {
        "en": "Nollalinja: helpline on violence in close relationships and violence against women",
        "fi": "Nollalinja: auttava puhelin lähisuhdeväkivaltaa ja naisiin kohdistuvaa väkivaltaa kokeneille",
        "sv": "Nollinjen: hjälptelefon vid våld i nära relationer och våld mot kvinnor",
        "ru": "Nollalinja: телефон помощи при насилии в близких отношениях и насилии против женщин",
        "uk": "Nollalinja: телефон допомоги при насильстві в близьких стосунках і насильстві щодо жінок",
        "ar": "Nollalinja: خط مساعدة لضحايا العنف في العلاقات القريبة والعنف ضد النساء",
        "fa": "Nollalinja: خط کمک برای خشونت در روابط نزدیک و خشونت علیه زنان",
        "vi": "Nollalinja: đường dây hỗ trợ về bạo lực trong quan hệ gần gũi và bạo lực đối với phụ nữ",
        "th": "Nollalinja: สายด่วนเรื่องความรุนแรงในความสัมพันธ์ใกล้ชิดและความรุนแรงต่อผู้หญิง",
        "so": "Nollalinja: khadka caawinta rabshadaha qoyska iyo rabshadaha ka dhanka ah haweenka",
        "ti": "Nollalinja: ናይ ሓገዝ ተሌፎን ንዓመጽ ኣብ ቀረባ ዝምድና ከምኡ'ውን ኣብ ልዕሊ ደቂ ኣንስትዮ ዝወርድ ዓመጽ",
        "zh-hans": "Nollalinja：亲密关系暴力和针对女性暴力求助热线",
        "ro": "Nollalinja: linie de ajutor pentru violența în relațiile apropiate și violența împotriva femeilor",
        "bg": "Nollalinja: телефон за помощ при насилие в близки отношения и насилие над жени",
        "tl": "Nollalinja: helpline para sa karahasan sa malapit na relasyon at karahasan laban sa kababaihan",
        "fr": "Nollalinja : ligne d'aide contre la violence conjugale et la violence faite aux femmes",
    },
    "monika-helpline": {
        "en": "Monika-Naiset: national crisis helpline for migrant women",
        "fi": "Monika-Naiset: valtakunnallinen kriisipuhelin maahan muuttaneille naisille",
        "sv": "Monika-Naiset: nationell kristelefon för invandrade kvinnor",
        "ru": "Monika-Naiset: национальная кризисная линия для женщин-мигранток",
        "uk": "Monika-Naiset: національна кризова лінія для жінок-мігранток",
        "ar": "Monika-Naiset: خط الأزمات الوطني للنساء المهاجرات",
        "fa": "Monika-Naiset: خط بحران سراسری برای زنان مهاجر",
        "vi": "Monika-Naiset: đường dây khủng hoảng toàn quốc cho phụ nữ nhập cư",
        "th": "Monika-Naiset: สายด่วนวิกฤตระดับประเทศสำหรับผู้หญิงผู้ย้ายถิ่น",
        "so": "Monika-Naiset: khadka qaranka ee xaaladaha degdegga ah ee haweenka soo galootiga ah",
        "ti": "Monika-Naiset: ሃገራዊ ናይ ቅልውላው ተሌፎን ንስደተኛታት ደቂ ኣንስትዮ",
        "zh-hans": "Monika-Naiset：移民女性全国危机热线",
        "ro": "Monika-Naiset: linie națională de criză pentru femeile migrante",
        "bg": "Monika-Naiset: национална кризисна линия за жени мигрантки",
        "tl": "Monika-Naiset: pambansang crisis helpline para sa mga migranteng babae",
        "fr": "Monika-Naiset : ligne de crise nationale pour les femmes migrantes",
    },
    "shelter-mona": {
        "en": "Shelter Mona (Monika-Naiset): safe shelter, help in many languages",
        "fi": "Turvakoti Mona (Monika-Naiset): turvakoti, apua monella kielellä",
        "sv": "Skyddshemmet Mona (Monika-Naiset): skyddat boende, hjälp på många språk",
        "ru": "Убежище Mona (Monika-Naiset): безопасное жильё, помощь на многих языках",
        "uk": "Притулок Mona (Monika-Naiset): безпечне житло, допомога багатьма мовами",
        "ar": "مأوى Mona (Monika-Naiset): مأوى آمن ومساعدة بلغات كثيرة",
        "fa": "پناهگاه Mona (Monika-Naiset): پناهگاه امن، کمک به زبان‌های مختلف",
        "vi": "Nhà tạm lánh Mona (Monika-Naiset): nơi ở an toàn, hỗ trợ bằng nhiều ngôn ngữ",
        "th": "บ้านพักปลอดภัย Mona (Monika-Naiset): ที่พักปลอดภัย ช่วยเหลือหลายภาษา",
        "so": "Hoyga Mona (Monika-Naiset): hoy ammaan ah, caawimo luuqado badan",
        "ti": "መዕቆቢ Mona (Monika-Naiset): ውሑስ መዕቆቢ፣ ሓገዝ ብብዙሕ ቋንቋታት",
        "zh-hans": "Mona庇护所（Monika-Naiset）：安全住所，多语种帮助",
        "ro": "Adăpostul Mona (Monika-Naiset): adăpost sigur, ajutor în multe limbi",
        "bg": "Убежище Mona (Monika-Naiset): сигурен подслон, помощ на много езици",
        "tl": "Shelter Mona (Monika-Naiset): ligtas na tirahan, tulong sa maraming wika",
        "fr": "Refuge Mona (Monika-Naiset) : hébergement protégé, aide en plusieurs langues",
    },
    "sak-advice": {
        "en": "SAK employee rights advice for migrant workers (free, no union membership needed)",
        "fi": "SAK:n työsuhdeneuvonta maahanmuuttajille (maksuton, liiton jäsenyyttä ei tarvita)",
        "sv": "SAK:s arbetsrättsliga rådgivning för invandrare (gratis, inget medlemskap behövs)",
        "ru": "Консультация SAK по трудовым правам для мигрантов (бесплатно, членство в профсоюзе не нужно)",
        "uk": "Консультація SAK з трудових прав для мігрантів (безкоштовно, членство в профспілці не потрібне)",
        "ar": "استشارة SAK حول حقوق العمال للمهاجرين (مجانية، لا تحتاج إلى عضوية نقابة)",
        "fa": "مشاوره SAK درباره حقوق کارگران مهاجر (رایگان، بدون نیاز به عضویت در اتحادیه)",
        "vi": "Tư vấn quyền người lao động của SAK cho người nhập cư (miễn phí, không cần là thành viên công đoàn)",
        "th": "บริการให้คำปรึกษาสิทธิแรงงานของ SAK สำหรับแรงงานข้ามชาติ (ฟรี ไม่ต้องเป็นสมาชิกสหภาพ)",
        "so": "Talo-bixinta SAK ee xuquuqda shaqaalaha soo galootiga (bilaash, looma baahna xubinnimo urur)",
        "ti": "ምኽሪ SAK ብዛዕባ መሰላት ሰራሕተኛታት ንስደተኛታት (ብናጻ፣ ኣባልነት ማሕበር ኣየድልን)",
        "zh-hans": "SAK移民劳工权益咨询（免费，无需工会会员身份）",
        "ro": "Consiliere SAK privind drepturile lucrătorilor migranți (gratuit, nu trebuie să fiți membru de sindicat)",
        "bg": "Съвети на SAK за трудовите права на мигранти (безплатно, без членство в синдикат)",
        "tl": "Payo ng SAK sa karapatan ng manggagawang migrante (libre, hindi kailangang miyembro ng unyon)",
        "fr": "Conseil SAK sur les droits des travailleurs migrants (gratuit, sans adhésion syndicale)",
    },
    "pam": {
        "en": "PAM, trade union for cleaning, hotels, restaurants and shops: advice for members",
        "fi": "PAM, siivous-, hotelli-, ravintola- ja kauppa-alan ammattiliitto: neuvonta jäsenille",
        "sv": "PAM, fackförbund för städning, hotell, restauranger och handel: rådgivning för medlemmar",
        "ru": "PAM, профсоюз уборки, гостиниц, ресторанов и торговли: консультации для членов",
        "uk": "PAM, профспілка прибирання, готелів, ресторанів і торгівлі: консультації для членів",
        "ar": "PAM، نقابة التنظيف والفنادق والمطاعم والمتاجر: استشارة للأعضاء",
        "fa": "PAM، اتحادیه کارگران نظافت، هتل، رستوران و فروشگاه: مشاوره برای اعضا",
        "vi": "PAM, công đoàn ngành vệ sinh, khách sạn, nhà hàng và bán lẻ: tư vấn cho thành viên",
        "th": "PAM สหภาพแรงงานงานทำความสะอาด โรงแรม ร้านอาหาร และร้านค้า: คำปรึกษาสำหรับสมาชิก",
        "so": "PAM, ururka shaqaalaha nadaafadda, hoteellada, makhaayadaha iyo dukaamada: talo xubnaha",
        "ti": "PAM፣ ማሕበር ሰራሕተኛታት ጽሬት፣ ሆቴል፣ ቤት መግቢን ድኳናትን: ምኽሪ ንኣባላት",
        "zh-hans": "PAM（清洁、酒店、餐饮和零售业工会）：会员咨询",
        "ro": "PAM, sindicatul pentru curățenie, hoteluri, restaurante și magazine: consiliere pentru membri",
        "bg": "PAM, синдикат за почистване, хотели, ресторанти и магазини: съвети за членове",
        "tl": "PAM, unyon para sa paglilinis, hotel, restawran at tindahan: payo para sa mga miyembro",
        "fr": "PAM, syndicat du nettoyage, de l'hôtellerie, de la restauration et du commerce : conseil aux membres",
    },
    "teollisuusliitto": {
        "en": "Industrial Union (Teollisuusliitto), trade union for industry workers: advice for members",
        "fi": "Teollisuusliitto, teollisuuden työntekijöiden ammattiliitto: neuvonta jäsenille",
        "sv": "Industrifacket (Teollisuusliitto), fackförbund för industriarbetare: rådgivning för medlemmar",
        "ru": "Промышленный профсоюз (Teollisuusliitto): консультации для членов",
        "uk": "Промислова профспілка (Teollisuusliitto): консультації для членів",
        "ar": "النقابة الصناعية (Teollisuusliitto): استشارة للأعضاء",
        "fa": "اتحادیه صنعتی (Teollisuusliitto): مشاوره برای اعضا",
        "vi": "Công đoàn Công nghiệp (Teollisuusliitto): tư vấn cho thành viên",
        "th": "สหภาพแรงงานอุตสาหกรรม (Teollisuusliitto): คำปรึกษาสำหรับสมาชิก",
        "so": "Ururka Shaqaalaha Warshadaha (Teollisuusliitto): talo xubnaha",
        "ti": "ማሕበር ሰራሕተኛታት ኢንዱስትሪ (Teollisuusliitto): ምኽሪ ንኣባላት",
        "zh-hans": "工业工会（Teollisuusliitto）：会员咨询",
        "ro": "Sindicatul Industrial (Teollisuusliitto): consiliere pentru membri",
        "bg": "Индустриален синдикат (Teollisuusliitto): съвети за членове",
        "tl": "Industrial Union (Teollisuusliitto): payo para sa mga miyembro",
        "fr": "Syndicat de l'industrie (Teollisuusliitto) : conseil aux membres",
    },
    "ombudsman": {
        "en": "Non-Discrimination Ombudsman: advice on discrimination",
        "fi": "Yhdenvertaisuusvaltuutettu: neuvontaa syrjinnästä",
        "sv": "Diskrimineringsombudsmannen: råd om diskriminering",
        "ru": "Омбудсмен по вопросам недискриминации: консультации о дискриминации",
        "uk": "Омбудсмен з питань недискримінації: консультації щодо дискримінації",
        "ar": "أمين المظالم لعدم التمييز: استشارة حول التمييز",
        "fa": "بازرس منع تبعیض: مشاوره درباره تبعیض",
        "vi": "Thanh tra chống phân biệt đối xử: tư vấn về phân biệt đối xử",
        "th": "ผู้ตรวจการด้านการไม่เลือกปฏิบัติ: คำปรึกษาเรื่องการเลือกปฏิบัติ",
        "so": "Ombudsmanka Takoor-la'aanta: talo ku saabsan takoorka",
        "ti": "ኦምቡድስማን ኣንጻር ኣድልዎ: ምኽሪ ብዛዕባ ኣድልዎ",
        "zh-hans": "反歧视监察员：歧视问题咨询",
        "ro": "Ombudsmanul pentru nediscriminare: consiliere privind discriminarea",
        "bg": "Омбудсман по недискриминация: съвети за дискриминация",
        "tl": "Non-Discrimination Ombudsman: payo tungkol sa diskriminasyon",
        "fr": "Médiateur pour la non-discrimination : conseil en cas de discrimination",
    },
}


HOURS = {"WEEKDAYS": WEEKDAYS, "WEEKDAYS_DAYTIME": WEEKDAYS_DAYTIME, "ALWAYS": ALWAYS, "SOME_HOURS": SOME_HOURS,
         "TUE_THU": TUE_THU}


def _merge_language_modules():
    """Names and hours of the languages kept as one data module each (rights/i18n/<code>.py)."""
    from . import i18n

    for lang, names in i18n.section("CONTACTS").items():
        for key, name in names.items():
            if key in NAMES and isinstance(name, str) and name.strip():
                NAMES[key].setdefault(lang, name.strip())
    for lang, hours in i18n.section("HOURS").items():
        for phrase, text in hours.items():
            if phrase in HOURS and isinstance(text, str) and text.strip():
                HOURS[phrase].setdefault(lang, text.strip())


_merge_language_modules()


def _translations(key, hours):
    """{lang: {"name", "hours"}} for every language that has a name; hours only where translated (a missing
    part falls back to the English one, shown with the page's note)."""
    return {lang: {"name": name} | ({"hours": hours[lang]} if lang in hours else {})
            for lang, name in NAMES[key].items() if lang != "en"}


def _contact(key, order, phone, hours, source, checked_on):
    return {"key": key, "order": order, "name": NAMES[key]["en"], "phone": phone, "hours": hours["en"],
            "translations": _translations(key, hours), "source": source, "checked_on": checked_on}


HELP = [
    {"key": "assistance-system", "order": 1,
     "name": gettext_noop("Assistance System for Victims of Human Trafficking"),
     "phone": "+358 295 463 177", "hours": gettext_noop("24 hours a day, every day"), "translations": {},
     # e-justice.europa.eu, Finland's page on support for victims: "Ihmiskaupan uhrien auttamisjärjestelmä (24/7)
     # puh. 029 54 63 177"; FACTS.md: confirmed (ihmiskauppa.fi).
     "source": E_JUSTICE_FI, "checked_on": CHECKED},
    {"key": "emergency", "order": 2, "name": gettext_noop("Emergency number"),
     "phone": "112", "hours": gettext_noop("24 hours a day, in danger or emergency"), "translations": {},
     "source": E_JUSTICE_FI, "checked_on": CHECKED},
    # Number confirmed on the same e-justice page; hours not confirmed. Fact check 2026-11-30: the 9–20 hours come
    # from 2020 (sttinfo.fi, victim-support.eu); victim-support.eu (3.4.2025) says the helpline's calls fell
    # "following the reduction of the helpline's operating hours in April" 2024, and no page with the current
    # hours was found (searched riku.fi, "116 006 aukioloajat", "opening hours"). Shown as weekdays only.
    _contact("victim-support", 3, "116 006", WEEKDAYS, E_JUSTICE_FI, ""),
    # nollalinja.fi/en: "call at any time, on any day of the year … 080 005 005"; from abroad +358 80 005 005.
    _contact("nollalinja", 4, "+358 80 005 005", ALWAYS, "https://nollalinja.fi/en", CHECKED),
    # monikanaiset.fi/en/our-activities/ (a 2020 notice): helpline Mon–Fri 9–16; Shelter Mona 24 h. Fact check
    # 2026-11-30: the newest pages found are that notice and monikanaiset.fi's 2017 note ("MAKSUTON NUMERO 0800
    # 05058 PALVELEE 22.3.2017 LÄHTIEN ... ma-pe kello 9-16"); nothing newer, so both stay unchecked.
    _contact("monika-helpline", 5, "+358 800 05058", WEEKDAYS_DAYTIME, "https://monikanaiset.fi/en/our-activities/", ""),
    _contact("shelter-mona", 6, "+358 45 6396 274", ALWAYS, "https://monikanaiset.fi/en/our-activities/", ""),
    {"key": "osh-advice", "order": 7,
     "name": gettext_noop("Occupational safety and health authority, telephone advice"),
     "phone": "+358 295 016 620", "hours": gettext_noop("Monday to Friday 9.00–15.00"), "translations": {},
     # Not confirmed for 2026. The telephone-service page (stored copy from 2024: "In number 0295 016 620 ...
     # Service in Finnish is available from Monday to Friday 9:00 am – 3:00 pm", English Mon, Wed, Fri 9–12) is
     # older than the 1.1.2026 reorganisation, and tyosuojelu.fi/en/services-and-contact-information (late 2025)
     # says: "the Occupational Safety and Health Department of the new agency will become the competent national
     # occupational safety and health authority, and the contact details will change." No 2026 page giving the
     # number was found (searched sttinfo.fi releases of Lupa- ja valvontavirasto, tyosuojelu.fi, lvv.fi).
     "source": "https://tyosuojelu.fi/en/services-and-contact-information/telephone-service", "checked_on": ""},
    # sak.fi/en/working-life/immigrants: free, open to all, no union membership; 0800 414 004; Finnish and English.
    _contact("sak-advice", 8, "+358 800 414 004", SOME_HOURS, "https://www.sak.fi/en/working-life/immigrants",
             CHECKED),
    # yhdenvertaisuusvaltuutettu.fi/en/customer-service: helpline Tue, Wed, Thu 10–12, 0295 666 817.
    _contact("ombudsman", 9, "+358 295 666 817", TUE_THU,
             "https://yhdenvertaisuusvaltuutettu.fi/en/customer-service", CHECKED),
    # pam.fi/en/work/work.html: employment advice 030 100 625 weekdays 10–14 (page undated) — not yet checked.
    # Fact check 2026-11-30: the newest dated pam.fi page with the number is from 22.3.2023 ("Employment advice
    # 030 100 625 weekdays 10 am to 2 pm"); an undated wiki page shows 030 100 620 and PAM's 20.12.2024 page on
    # employment advice gives no number. Not confirmed for 2026.
    _contact("pam", 10, "+358 30 100 625", WEEKDAYS_DAYTIME, "https://www.pam.fi/en/work/work.html", ""),
    # tekijalehti.fi (2021): Industrial Union employment advice 020 690 447, Mon–Fri 8.30–15.00 — not yet checked.
    # Fact check 2026-11-30: no newer page with the number was found (teollisuusliitto.fi not in the stored pages).
    _contact("teollisuusliitto", 11, "+358 20 690 447", WEEKDAYS_DAYTIME, "https://www.teollisuusliitto.fi/en/", ""),
]

# Lowest hourly pay of the generally applicable collective agreements. The figures were NOT confirmed
# against the current pay tables when shipped (uncertain=True, checked_on empty): approximations to be
# checked and corrected by an administrator (Rights → Minimum pay, or Rights → Unchecked facts).
# Fact check 2026-11-30: no current pay table was found in the stored pages. Found only the raises: property
# services 1.3.2023–31.3.2025 ("Taulukkoja korotetaan 1.5.2023 4,4 prosenttia ja 1.8.2024 1,8 prosenttia",
# tes.pam.fi) and a new agreement from April 2025 ("7,8" % over three years, kiinteistotyonantajat.fi); MaRa
# "1,7 prosenttia 1.9.2024" (esimiesliitto.com) and a new agreement in April 2025 (7.8 % over three years,
# demokraatti.fi); trade 1.2.2023–31.1.2025 with raises on 1.6.2023 and 1.6.2024 (pam.fi) — so the retail and
# warehouse rows' "effective 2025-04-01" matches no raise date found. All rows stay unchecked.
# sector, agreement, lowest pay group, €/h, effective from, source, checked_on
MINIMUM_PAY = [
    ("cleaning", "Kiinteistöpalvelualan työehtosopimus (property services)", "Pay group 2 (pr 2)", "12.20",
     "2025-04-01", "https://tes.pam.fi/", ""),
    ("hospitality", "Matkailu-, ravintola- ja vapaa-ajan palveluja koskeva työehtosopimus (MaRa)",
     "T1, under 2 years", "11.80", "2024-09-01", "https://tes.pam.fi/marava-tes-tyontekijoiden-palkat/", ""),
    ("construction", "Rakennusalan työehtosopimus (building construction)", "Pay group I", "13.00",
     "2025-05-01", "https://rakennusliitto.fi/tyoehtosopimukset/", ""),
    ("agriculture", "Maaseudun työntekijöiden työehtosopimus (agriculture and gardening)", "Lowest pay group",
     "11.00", "2025-04-01", "https://www.mtl.fi/", ""),
    ("warehouse", "Kaupan alan työehtosopimus (trade, including warehouses)", "Pay group A", "12.00",
     "2025-04-01", "https://tes.pam.fi/", ""),
    ("retail", "Kaupan alan työehtosopimus (trade)", "Pay group A", "12.00", "2025-04-01", "https://tes.pam.fi/", ""),
    ("care", "Yksityisen sosiaalipalvelualan työehtosopimus (private social services)", "Lowest pay group",
     "12.30", "2025-05-01", "https://www.tehy.fi/", ""),
]
