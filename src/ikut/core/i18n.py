"""Translation status per language, read from each catalogue's header (X-Translation-Status)."""

import re
from functools import lru_cache

from django.conf import settings

REVIEWED = "reviewed"
DRAFT = "machine-draft"


@lru_cache(maxsize=64)
def status(lang):
    if lang == "en":
        return REVIEWED  # source language
    po = settings.BASE_DIR / "locale" / lang.replace("-", "_") / "LC_MESSAGES" / "django.po"
    if lang == "zh-hans":
        po = settings.BASE_DIR / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
    if not po.exists():
        return "missing"
    match = re.search(r'"X-Translation-Status: ([\w-]+)', po.read_text(encoding="utf-8")[:3000])
    return match.group(1) if match else DRAFT


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
