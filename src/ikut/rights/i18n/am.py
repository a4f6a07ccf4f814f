"""Amharic (am): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU)፦ ለወንጀል ተጠቂዎች እርዳታ",
    "nollalinja": "Nollalinja፦ በቅርብ ግንኙነቶች ውስጥ ስለሚደርስ ጥቃት እና በሴቶች ላይ ስለሚደርስ ጥቃት የእርዳታ መስመር",
    "monika-helpline": "Monika-Naiset፦ ለስደተኛ ሴቶች ብሔራዊ የችግር ጊዜ የእርዳታ መስመር",
    "shelter-mona": "Shelter Mona (Monika-Naiset)፦ ደኅንነቱ የተጠበቀ መጠለያ፣ በብዙ ቋንቋዎች እርዳታ",
    "sak-advice": "SAK ለስደተኛ ሠራተኞች የሚሰጠው የሠራተኛ መብቶች ምክር (ነጻ፣ የማኅበር አባልነት አያስፈልግም)",
    "pam": "PAM፣ የጽዳት፣ የሆቴል፣ የምግብ ቤት እና የሱቅ ሠራተኞች ማኅበር፦ ለአባላት ምክር",
    "teollisuusliitto": "የኢንዱስትሪ ማኅበር (Teollisuusliitto)፣ የኢንዱስትሪ ሠራተኞች ማኅበር፦ ለአባላት ምክር",
    "ombudsman": "የፀረ-አድልዎ እምባ ጠባቂ፦ ስለ አድልዎ ምክር",
}

HOURS = {
    "WEEKDAYS": "ከሰኞ እስከ ዓርብ",
    "WEEKDAYS_DAYTIME": "ከሰኞ እስከ ዓርብ፣ ቀን ቀን",
    "ALWAYS": "በቀን 24 ሰዓት፣ በየቀኑ",
    "SOME_HOURS": "በሥራ ቀናት የተወሰኑ ሰዓቶች፣ በፊንላንድኛ እና በእንግሊዝኛ",
    "TUE_THU": "ከማክሰኞ እስከ ሐሙስ 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "ያለ ትርፍ ሰዓት ክፍያ በሳምንት ከ40 ሰዓት በላይ ይሠራሉ።",
    "OVERTIME_UNPAID_RED.advice": "በሳምንት ከ40 ሰዓት በላይ የሚሠራ ሥራ የትርፍ ሰዓት ሥራ ነው፤ በተጨማሪ ክፍያም መከፈል አለበት። ከመቀበልዎ በፊት የትርፍ ሰዓት ሥራ እንዴት እንደሚከፈል ይጠይቁ።",
    "OVERTIME_UNPAID_AMBER.message": "አንዳንድ ቀናት ያለ ትርፍ ሰዓት ክፍያ ከ8 ሰዓት በላይ ይሆናሉ።",
    "OVERTIME_UNPAID_AMBER.advice": "የሥራ ጊዜ በረጅም ጊዜ አማካይ ሲሰላ ረጅም ቀን ሕጋዊ ሊሆን ይችላል። ሰዓቶችዎ እንዴት እንደሚቆጠሩ እና ተጨማሪ ክፍያ መቼ እንደሚከፈል ይጠይቁ።",
    "WAGE_KICKBACK.message": "የደመወዝዎን ከፊል ለአሠሪው ወይም ለሌላ ሰው መመለስ ይኖርብዎታል።",
    "WAGE_KICKBACK.advice": "ደመወዝዎ የእርስዎ ነው። ከፊሉን መመለስ የተለመደ የብዝበዛ ምልክት ነው። ከመቀበልዎ በፊት ምክር ያግኙ።",
    "FORCED_SELF_EMPLOYMENT.message": "ይህን ሥራ ለመሥራት እንደ የግል ሥራ ባለቤት መመዝገብ ይኖርብዎታል።",
    "FORCED_SELF_EMPLOYMENT.advice": "ሥራዎን እና ሰዓትዎን ሌላ ሰው የሚመራ ከሆነ፣ የተቀጣሪ መብቶች ያሉዎት ተቀጣሪ ሠራተኛ ሊሆኑ ይችላሉ። የሥራ ውል ይጠይቁ።",
    "UNPAID_TRIAL_WORK.message": "ያለ ክፍያ የሙከራ ቀናት ይሠራሉ።",
    "UNPAID_TRIAL_WORK.advice": "ሥራ መከፈል አለበት፤ በሙከራ ጊዜም ቢሆን። ለሚሠሩበት እያንዳንዱ ቀን ክፍያ ይጠይቁ።",
    "WORKER_PAYS_FOR_PPE.message": "ለመከላከያ ልብስ ወይም ለደኅንነት መሣሪያ መክፈል ይኖርብዎታል።",
    "WORKER_PAYS_FOR_PPE.advice": "አሠሪው ሥራው የሚያስፈልገውን የመከላከያ መሣሪያ ማቅረብ አለበት። ለዚህ ማን እንደሚከፍል ይጠይቁ።",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "አንድ ሰው ለፖሊስ ወይም ለኢሚግሬሽን ባለሥልጣናት ሪፖርት እንደሚያደርግዎ ያስፈራራዎታል።",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "ስለ መኖሪያ ፈቃድ የሚደረጉ ዛቻዎች ሰዎችን ለመቆጣጠር ያገለግላሉ። እርዳታ ማግኘት ይችላሉ፤ ስለ ፈቃድዎም ጭምር። በማንኛውም ጊዜ ወደ የእርዳታ ሥርዓቱ ይደውሉ።",
    "SEASONAL_HOUSING_DEDUCTED.message": "እርስዎ ወቅታዊ ሠራተኛ ነዎት፤ ኪራይም ከደመወዝዎ ይቀነሳል።",
    "SEASONAL_HOUSING_DEDUCTED.advice": "የወቅታዊ ሠራተኛ ኪራይ ከደመወዝ በራስ-ሰር መቀነስ የለበትም፤ በጣም ከፍተኛም መሆን የለበትም። የተለየ የኪራይ ውል ይጠይቁ።",
    "PAY_MINIMUM_UNCONFIRMED.message": "ያነጻጸርነው ዝቅተኛ ደመወዝ አልተረጋገጠም ወይም ጊዜው ያለፈበት ሊሆን ይችላል።",
    "PAY_MINIMUM_UNCONFIRMED.advice": "የዘርፉ የኅብረት ስምምነት የአሁኑ ዝቅተኛ ደመወዝ ስንት እንደሆነ የሠራተኛ ማኅበርን ይጠይቁ።",
    "q.pay.part_returned_to_employer": "የደመወዝዎን ከፊል ለአሠሪው ወይም ለሌላ ሰው መመለስ አለብዎት?",
    "q.pay.unpaid_trial_days": "እንደ ሙከራ በነጻ የሚሠሩባቸው ቀናት",
    "q.contract.must_register_as_self_employed": "ሥራውን ለማግኘት እንደ የግል ሥራ ባለቤት (የራስዎ ኩባንያ) መመዝገብ አለብዎት?",
    "q.contract.seasonal": "ይህ ወቅታዊ ሥራ ነው? ለምሳሌ ለአንድ ወቅት የለቀማ ወይም የእርሻ ሥራ?",
    "q.costs.protective_equipment_charged": "ለመከላከያ ልብስ ወይም ለደኅንነት መሣሪያ መክፈል አለብዎት?",
    "q.control.threatens_to_report_to_authorities": "አንድ ሰው ለፖሊስ ወይም ለኢሚግሬሽን ሪፖርት እንደሚያደርግዎ አስፈራርቶዎታል?",
    "ask.title": "ከመቀበልዎ በፊት ምን እንደሚጠይቁ",
    "ask.prefix": "ስለዚህ ይጠይቁ፦",
    "minimum.used": "ያነጻጸርነው ዝቅተኛ ደመወዝ፦ በሰዓት %(min)s € (%(agreement)s፣ ከ%(date)s ጀምሮ)።",
    "minimum.confirmed": "ከደመወዝ ሰንጠረዡ የተረጋገጠ።",
    "minimum.unconfirmed": "አልተረጋገጠም፦ ያረጋግጡት።",
}

PORTAL = {
    "weather.title": "የአየር ሁኔታ",
    "weather.body": "ዛሬ፦ በከፊል ደመናማ፣ ቀላል ነፋስ። ነገ፦ ከሰዓት በኋላ ካፊያ።",
    "404.title": "ገጹ አልተገኘም",
    "404.body": "አድራሻውን ያረጋግጡ፣ ወይም ወደ መነሻ ገጹ ይሂዱ።",
    "500.title": "የሆነ ችግር ተፈጥሯል",
    "500.body": "እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።",
    "nojs.exit": "በደኅንነት ለመውጣት ይህን ትር ይዝጉ። JavaScript ከሌለ የ«ተመለስ» (Back) አዝራር እነዚህን ገጾች አሁንም ሊያሳይ ይችላል።",
}
