"""The survivor-facing languages IKUT knows about (issue 14, item 1): code, English name, the name in the
language's own script, writing direction and script (which decides the font).

`ENABLED` languages are served by the portal (settings.PORTAL_LANGUAGES): they have the portal chrome, the
rights articles and the help contacts. The others are prepared — names, direction, fonts — and are switched
on when their translations exist (docs/translations.md lists each language with its status). Nothing here
imports Django, so settings.py can use it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # English
    name_local: str  # in its own script
    script: str  # ISO 15924
    bidi: bool = False


# Order: the portal's first languages, then the others by script and name.
LANGUAGES = [
    Language("fi", "Finnish", "suomi", "Latn"),
    Language("sv", "Swedish", "svenska", "Latn"),
    Language("en", "English", "English", "Latn"),
    Language("ru", "Russian", "русский", "Cyrl"),
    Language("uk", "Ukrainian", "українська", "Cyrl"),
    Language("ar", "Arabic", "العربية", "Arab", bidi=True),
    Language("fa", "Persian", "فارسی", "Arab", bidi=True),
    Language("vi", "Vietnamese", "Tiếng Việt", "Latn"),
    Language("th", "Thai", "ไทย", "Thai"),
    Language("so", "Somali", "Soomaali", "Latn"),
    Language("ti", "Tigrinya", "ትግርኛ", "Ethi"),
    Language("zh-hans", "Chinese (simplified)", "简体中文", "Hans"),
    Language("ro", "Romanian", "română", "Latn"),
    Language("bg", "Bulgarian", "български", "Cyrl"),
    Language("tl", "Tagalog", "Tagalog", "Latn"),
    Language("fr", "French", "français", "Latn"),
    # issue 14: each has a data module (rights/i18n/<code>.py) and portal and rights catalogues
    Language("am", "Amharic", "አማርኛ", "Ethi"),
    Language("ckb", "Central Kurdish (Sorani)", "کوردی", "Arab", bidi=True),
    Language("kmr", "Northern Kurdish (Kurmanji)", "Kurmancî", "Latn"),
    Language("ps", "Pashto", "پښتو", "Arab", bidi=True),
    Language("ur", "Urdu", "اردو", "Arab", bidi=True),
    Language("hi", "Hindi", "हिंदी", "Deva"),
    Language("ne", "Nepali", "नेपाली", "Deva"),
    Language("bn", "Bengali", "বাংলা", "Beng"),
    Language("si", "Sinhala", "සිංහල", "Sinh"),
    Language("ta", "Tamil", "தமிழ்", "Taml"),
    Language("my", "Burmese", "မြန်မာဘာသာ", "Mymr"),
    Language("km", "Khmer", "ខ្មែរ", "Khmr"),
    Language("ka", "Georgian", "ქართული", "Geor"),
    Language("ky", "Kyrgyz", "Кыргызча", "Cyrl"),
    Language("uz", "Uzbek", "oʻzbek tili", "Latn"),
    Language("tr", "Turkish", "Türkçe", "Latn"),
    Language("sq", "Albanian", "shqip", "Latn"),
    Language("pl", "Polish", "polski", "Latn"),
    Language("et", "Estonian", "eesti", "Latn"),
    Language("lv", "Latvian", "latviešu", "Latn"),
    Language("lt", "Lithuanian", "Lietuviškai", "Latn"),
    Language("es", "Spanish", "español", "Latn"),
    Language("pt", "Portuguese", "Português", "Latn"),
    Language("id", "Indonesian", "Bahasa Indonesia", "Latn"),
]

BY_CODE = {language.code: language for language in LANGUAGES}

# Served by the portal today (translations of the chrome, every article and every help contact exist).
ENABLED = ["fi", "sv", "en", "ru", "uk", "ar", "fa", "vi", "th", "so", "ti", "zh-hans", "ro", "bg", "tl", "fr",
           # issue 14: languages kept as data modules (rights/i18n/<code>.py) with their portal and rights catalogues
           "am", "ckb", "kmr", "ps", "ur", "hi", "ne", "bn", "si", "ta", "my", "km", "ka", "ky", "uz", "tr", "sq",
           "pl", "et", "lv", "lt", "es", "pt", "id"]

# Noto family per script, for PDFs and the browser tests (system fonts come from Debian fonts-noto-core).
FONT_FAMILY = {
    "Latn": "NotoSans", "Cyrl": "NotoSans", "Arab": "NotoSansArabic", "Thai": "NotoSansThai",
    "Ethi": "NotoSansEthiopic", "Deva": "NotoSansDevanagari", "Beng": "NotoSansBengali",
    "Sinh": "NotoSansSinhala", "Taml": "NotoSansTamil", "Mymr": "NotoSansMyanmar", "Khmr": "NotoSansKhmer",
    "Geor": "NotoSansGeorgian", "Hans": "NotoSansCJK",
}


def lang_info():
    """Entries for django.conf.locale.LANG_INFO (names in their own script, direction)."""
    return {language.code: {"bidi": language.bidi, "code": language.code, "name": language.name,
                            "name_local": language.name_local} for language in LANGUAGES}
