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
