"""Interview questions in the participant's language, shown beside the staff language (fi/sv/en).

These short texts are content, drafted by IKUT for the interview and the profile PDF. Every language other
than English is a machine draft that needs review by a native speaker (STATUS below); a language without a
text falls back to English and the page says so.
"""

STATUS = {"en": "source", "fi": "machine-draft", "sv": "machine-draft", "ar": "machine-draft",
          "fa": "machine-draft", "th": "machine-draft", "vi": "machine-draft", "ru": "machine-draft",
          "uk": "machine-draft", "ti": "machine-draft", "so": "machine-draft"}

SECTIONS = ["languages", "education", "work", "digital", "certificates", "goals"]

TEXT = {
    "profile": {
        "en": "Skills profile", "fi": "Osaamisprofiili", "sv": "Kompetensprofil", "ar": "ملف المهارات",
        "fa": "پروفایل مهارت‌ها", "th": "โปรไฟล์ทักษะ", "vi": "Hồ sơ kỹ năng", "ru": "Профиль навыков",
        "uk": "Профіль навичок", "ti": "መግለጺ ክእለታት", "so": "Muuqaalka xirfadaha"},
    "skills": {
        "en": "Skills", "fi": "Taidot", "sv": "Färdigheter", "ar": "المهارات", "fa": "مهارت‌ها", "th": "ทักษะ",
        "vi": "Kỹ năng", "ru": "Навыки", "uk": "Навички", "ti": "ክእለታት", "so": "Xirfadaha"},
    "languages": {
        "en": ("Languages", "Which languages do you know? How well do you understand and speak them?"),
        "fi": ("Kielet", "Mitä kieliä osaat? Kuinka hyvin ymmärrät ja puhut niitä?"),
        "sv": ("Språk", "Vilka språk kan du? Hur bra förstår och talar du dem?"),
        "ar": ("اللغات", "ما اللغات التي تعرفها؟ ما مدى فهمك لها وتحدثك بها؟"),
        "fa": ("زبان‌ها", "چه زبان‌هایی می‌دانید؟ چقدر خوب می‌فهمید و صحبت می‌کنید؟"),
        "th": ("ภาษา", "คุณรู้ภาษาอะไรบ้าง เข้าใจและพูดได้ดีแค่ไหน"),
        "vi": ("Ngôn ngữ", "Bạn biết những ngôn ngữ nào? Bạn hiểu và nói tốt đến mức nào?"),
        "ru": ("Языки", "Какие языки вы знаете? Насколько хорошо вы понимаете и говорите?"),
        "uk": ("Мови", "Які мови ви знаєте? Наскільки добре ви розумієте і розмовляєте?"),
        "ti": ("ቋንቋታት", "ኣየኖት ቋንቋታት ትፈልጥ? ክንደይ ጽቡቕ ትርድእን ትዛረብን?"),
        "so": ("Luqadaha", "Luqadee ayaad taqaannaa? Sidee u fahantaa oo ugu hadashaa?"),
    },
    "education": {
        "en": ("Education", "What schooling or training have you had? Do you have certificates?"),
        "fi": ("Koulutus", "Millaista koulutusta sinulla on? Onko sinulla todistuksia?"),
        "sv": ("Utbildning", "Vilken skolgång eller utbildning har du? Har du betyg eller intyg?"),
        "ar": ("التعليم", "ما الدراسة أو التدريب الذي حصلت عليه؟ هل لديك شهادات؟"),
        "fa": ("تحصیلات", "چه تحصیلات یا آموزشی داشته‌اید؟ آیا مدرکی دارید؟"),
        "th": ("การศึกษา", "คุณเคยเรียนหรือฝึกอบรมอะไรมาบ้าง มีใบรับรองหรือไม่"),
        "vi": ("Học vấn", "Bạn đã học hoặc được đào tạo những gì? Bạn có bằng cấp không?"),
        "ru": ("Образование", "Где вы учились? Есть ли у вас документы об образовании?"),
        "uk": ("Освіта", "Де ви навчалися? Чи маєте документи про освіту?"),
        "ti": ("ትምህርቲ", "እንታይ ትምህርቲ ወይ ስልጠና ወሲድካ? ሰርቲፊኬት ኣለካዶ?"),
        "so": ("Waxbarasho", "Waxbarasho ama tababar noocee ah ayaad heshay? Ma haysaa shahaadooyin?"),
    },
    "work": {
        "en": ("Work experience", "What work have you done? All work counts: paid, unpaid or informal, at home or abroad."),
        "fi": ("Työkokemus", "Millaista työtä olet tehnyt? Kaikki työ lasketaan: palkallinen, palkaton ja epävirallinen, kotona tai ulkomailla."),
        "sv": ("Arbetserfarenhet", "Vilket arbete har du gjort? Allt arbete räknas: betalt, obetalt och informellt, hemma eller utomlands."),
        "ar": ("الخبرة في العمل", "ما الأعمال التي قمت بها؟ كل عمل له قيمة: مدفوع الأجر أو غير مدفوع أو غير رسمي، في البيت أو في الخارج."),
        "fa": ("سابقه کار", "چه کارهایی انجام داده‌اید؟ هر کاری ارزش دارد: با مزد، بدون مزد یا غیررسمی، در خانه یا در خارج."),
        "th": ("ประสบการณ์การทำงาน", "คุณเคยทำงานอะไรมาบ้าง งานทุกอย่างมีคุณค่า ทั้งงานที่ได้ค่าจ้าง ไม่ได้ค่าจ้าง หรืองานนอกระบบ ทั้งที่บ้านและต่างประเทศ"),
        "vi": ("Kinh nghiệm làm việc", "Bạn đã làm những công việc gì? Mọi công việc đều có giá trị: có lương, không lương hay không chính thức, ở nhà hay ở nước ngoài."),
        "ru": ("Опыт работы", "Какую работу вы выполняли? Любая работа имеет значение: оплачиваемая, неоплачиваемая или неофициальная, дома или за границей."),
        "uk": ("Досвід роботи", "Яку роботу ви виконували? Будь-яка робота має значення: оплачувана, неоплачувана чи неофіційна, вдома чи за кордоном."),
        "ti": ("ተመክሮ ስራሕ", "እንታይ ስራሕ ሰሪሕካ? ኩሉ ስራሕ ዋጋ ኣለዎ፡ ብደሞዝ፡ ብዘይ ደሞዝ ወይ ዘይስሩዕ፡ ኣብ ገዛ ወይ ኣብ ወጻኢ።"),
        "so": ("Khibradda shaqada", "Shaqooyinkee ayaad qabatay? Shaqo kasta way qiimo leedahay: mushaar leh, mushaar la'aan ama aan rasmi ahayn, guriga ama dibadda."),
    },
    "digital": {
        "en": ("Digital skills", "What do you do with a phone or a computer?"),
        "fi": ("Digitaidot", "Mitä teet puhelimella tai tietokoneella?"),
        "sv": ("Digitala färdigheter", "Vad gör du med en telefon eller en dator?"),
        "ar": ("المهارات الرقمية", "ماذا تفعل بالهاتف أو الحاسوب؟"),
        "fa": ("مهارت‌های دیجیتال", "با تلفن یا رایانه چه کارهایی انجام می‌دهید؟"),
        "th": ("ทักษะดิจิทัล", "คุณใช้โทรศัพท์หรือคอมพิวเตอร์ทำอะไรบ้าง"),
        "vi": ("Kỹ năng số", "Bạn làm gì với điện thoại hoặc máy tính?"),
        "ru": ("Цифровые навыки", "Что вы делаете с телефоном или компьютером?"),
        "uk": ("Цифрові навички", "Що ви робите з телефоном або комп'ютером?"),
        "ti": ("ዲጂታላዊ ክእለት", "ብተሌፎን ወይ ብኮምፒዩተር እንታይ ትገብር?"),
        "so": ("Xirfadaha dhijitaalka", "Maxaad ku samaysaa taleefan ama kombiyuutar?"),
    },
    "certificates": {
        "en": ("Certificates and licences", "Do you have cards, licences or certificates (for example a driving licence)?"),
        "fi": ("Kortit, luvat ja todistukset", "Onko sinulla kortteja, lupia tai todistuksia (esimerkiksi ajokortti)?"),
        "sv": ("Kort, tillstånd och intyg", "Har du kort, tillstånd eller intyg (till exempel körkort)?"),
        "ar": ("الشهادات والرخص", "هل لديك بطاقات أو رخص أو شهادات (مثل رخصة القيادة)؟"),
        "fa": ("گواهی‌نامه‌ها و مجوزها", "آیا کارت، مجوز یا گواهی‌نامه‌ای دارید (مثلاً گواهی‌نامه رانندگی)؟"),
        "th": ("ใบรับรองและใบอนุญาต", "คุณมีบัตร ใบอนุญาต หรือใบรับรองใดบ้าง (เช่น ใบขับขี่)"),
        "vi": ("Chứng chỉ và giấy phép", "Bạn có thẻ, giấy phép hoặc chứng chỉ nào không (ví dụ bằng lái xe)?"),
        "ru": ("Сертификаты и удостоверения", "Есть ли у вас карточки, удостоверения или сертификаты (например, водительские права)?"),
        "uk": ("Сертифікати та посвідчення", "Чи маєте ви картки, посвідчення або сертифікати (наприклад, водійське посвідчення)?"),
        "ti": ("ሰርቲፊኬታትን ፍቓዳትን", "ካርድ፡ ፍቓድ ወይ ሰርቲፊኬት ኣለካዶ (ንኣብነት መንጃ ፍቓድ)?"),
        "so": ("Shahaadooyin iyo ruqsado", "Ma haysaa kaarar, ruqsado ama shahaadooyin (tusaale ahaan liisanka darawalnimada)?"),
    },
    "goals": {
        "en": ("Interests and goals", "What would you like to do? What makes work possible for you (childcare, health, travel)?"),
        "fi": ("Kiinnostukset ja tavoitteet", "Millaista työtä haluaisit tehdä? Mikä tekee työnteon mahdolliseksi (lastenhoito, terveys, liikkuminen)?"),
        "sv": ("Intressen och mål", "Vilket arbete skulle du vilja göra? Vad gör det möjligt för dig att arbeta (barnomsorg, hälsa, resor)?"),
        "ar": ("الاهتمامات والأهداف", "ماذا تحب أن تعمل؟ ما الذي يجعل العمل ممكنًا لك (رعاية الأطفال، الصحة، التنقل)؟"),
        "fa": ("علایق و اهداف", "دوست دارید چه کاری انجام دهید؟ چه چیزی کار را برای شما ممکن می‌کند (مراقبت از کودک، سلامت، رفت‌وآمد)؟"),
        "th": ("ความสนใจและเป้าหมาย", "คุณอยากทำงานอะไร อะไรช่วยให้คุณทำงานได้ (การดูแลเด็ก สุขภาพ การเดินทาง)"),
        "vi": ("Sở thích và mục tiêu", "Bạn muốn làm công việc gì? Điều gì giúp bạn có thể đi làm (chăm sóc con, sức khỏe, đi lại)?"),
        "ru": ("Интересы и цели", "Чем бы вы хотели заниматься? Что делает работу возможной для вас (уход за детьми, здоровье, дорога)?"),
        "uk": ("Інтереси та цілі", "Чим би ви хотіли займатися? Що робить роботу можливою для вас (догляд за дітьми, здоров'я, дорога)?"),
        "ti": ("ድሌትን ዕላማን", "እንታይ ስራሕ ክትሰርሕ ትደሊ? እንታይ እዩ ስራሕ ዘኽእለካ (ክንክን ቆልዑ፡ ጥዕና፡ መጓዓዝያ)?"),
        "so": ("Xiisaha iyo hadafyada", "Maxaad jeclaan lahayd inaad qabato? Maxaa shaqada kuu suurtagelinaya (daryeelka carruurta, caafimaadka, gaadiidka)?"),
    },
}

RTL = {"ar", "fa", "ps", "ckb", "he", "ur"}


def _merge_more():
    """The further portal languages (interview_text_more.py, machine drafts); keyed like `base()` does."""
    from .interview_text_more import MORE

    for lang, (profile, skills, *sections) in MORE.items():
        code = lang.split("-")[0].lower()
        STATUS.setdefault(code, "machine-draft")
        TEXT["profile"].setdefault(code, profile)
        TEXT["skills"].setdefault(code, skills)
        for key, pair in zip(SECTIONS, sections, strict=False):
            TEXT[key].setdefault(code, pair)


_merge_more()


def base(lang):
    return (lang or "en").split("-")[0].lower()


def text(key, lang):
    """(value, language actually used): falls back to English when `lang` has no text."""
    entries = TEXT[key]
    code = base(lang)
    if code in entries:
        return entries[code], code
    return entries["en"], "en"


def section(key, participant_lang, staff_lang):
    """Title and question in the participant's language and in the staff language, side by side."""
    (p_title, p_question), p_used = text(key, participant_lang)
    (s_title, s_question), s_used = text(key, staff_lang)
    return {
        "key": key, "icon": f"skills/icons/{key}.svg",
        "participant": {"title": p_title, "question": p_question, "lang": p_used, "rtl": p_used in RTL,
                        "fallback": p_used != base(participant_lang), "status": STATUS.get(p_used, "")},
        "staff": {"title": s_title, "question": s_question, "lang": s_used, "rtl": s_used in RTL},
        "same": p_used == s_used,
    }
