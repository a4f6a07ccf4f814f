"""Languages at run time: the current language, the translation status of a catalogue, and content fields
stored once per language (`title_fi`, `title_sv`, `title_en`).

One fallback rule everywhere (docs/architecture.md, "Languages"): the current language is the active
translation — LocaleMiddleware's choice on staff pages, the URL's language in the portal, the
`translation.override` of a task, a mail or a PDF — and, where none is active, settings.LANGUAGE_CODE
(IKUT_LANGUAGE_CODE, "fi" by default). Data keyed by two-letter codes (ESCO labels, pycountry's country
names, course and survey content) takes the base code: "zh-hans" → "zh", "en-gb" → "en".
"""

import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils import translation

REVIEWED = "reviewed"
DRAFT = "machine-draft"
MISSING = "missing"

# Content stored in a column per language (events, courses, surveys) exists in these languages.
CONTENT_LANGUAGES = ("fi", "sv", "en")
CONTENT_FALLBACK = ("en", "fi", "sv")


def current_language(base=False) -> str:
    """The language of this request, task or rendering; settings.LANGUAGE_CODE when none is active.
    `base=True`: without the script or region ("zh-hans" → "zh") for data keyed by two-letter codes."""
    lang = translation.get_language() or settings.LANGUAGE_CODE
    return base_language(lang) if base else lang


def base_language(lang: str) -> str:
    return lang.split("-")[0]


@lru_cache(maxsize=128)
def status(lang: str, locale_dir: Path | None = None) -> str:
    """The X-Translation-Status of the catalogue for `lang` in `locale_dir` (the project's locale/ unless
    given): "reviewed", "machine-draft" (also for a catalogue without the header) or "missing".
    English is the source language and always "reviewed"."""
    if lang == "en":
        return REVIEWED
    folder = Path(locale_dir or settings.BASE_DIR / "locale")
    po = folder / translation.to_locale(lang) / "LC_MESSAGES" / "django.po"
    if not po.exists():
        return MISSING
    match = re.search(r'"X-Translation-Status: ([\w-]+)', po.read_text(encoding="utf-8")[:3000])
    return match.group(1) if match else DRAFT


def localised(obj, field: str, lang: str | None = None) -> tuple[str, str]:
    """The value of `<field>_<lang>` (current language if not given), else English, Finnish, Swedish:
    returns (text, language used); ("", lang) when every language is empty."""
    lang = base_language(lang or current_language())
    for code in (lang, *CONTENT_FALLBACK):
        value = getattr(obj, f"{field}_{code}", "") if code in CONTENT_LANGUAGES else ""
        if value:
            return value, code
    return "", lang


class Localised:
    """Mixin for models with per-language columns: `obj.text("title")`; `text_and_language` also says which
    language the text is in, so a page can state a fallback (content is written in fi, sv and en)."""

    def text(self, field: str, lang: str | None = None) -> str:
        return localised(self, field, lang)[0]

    def text_and_language(self, field: str, lang: str | None = None) -> tuple[str, str]:
        return localised(self, field, lang)


def in_language(msgid, lang):
    """(text, language it is in): `msgid` translated into `lang` when a catalogue of `lang` has it, else the
    English source. Unlike gettext, never the site language's translation (Django falls back to
    LANGUAGE_CODE, Finnish, for a string a language lacks — a third language on a participant's page)."""
    from django.utils import translation
    from django.utils.translation import trans_real

    if lang == "en" or not lang:
        return msgid, "en"
    text = trans_real.translation(lang)._catalog.get(msgid)
    if text:
        return text, lang
    with translation.override("en"):
        return translation.gettext(msgid), "en"
