"""Staff UI complete in fi, sv, en: every catalogue entry translated, none fuzzy, .mo compiled from .po."""

import gettext
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "ikut"
STAFF = ["fi", "sv"]


def catalogues(lang):
    return sorted(SRC.glob(f"**/locale/{lang}/LC_MESSAGES/django.po"))


def entries(po_path):
    """(msgid, msgstr or plural forms, flags) per entry, ignoring the header."""
    text = po_path.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        flags = " ".join(line for line in block.splitlines() if line.startswith("#,"))
        msgid = _joined(block, "msgid")
        if not msgid:
            continue
        if "msgid_plural" in block:
            forms = re.findall(r'^msgstr\[\d\] ((?:".*"\n?)+)', block, re.M)
            values = ["".join(re.findall(r'"(.*)"', f)) for f in forms]
        else:
            values = [_joined(block, "msgstr")]
        yield msgid, values, flags


def _joined(block, keyword):
    match = re.search(rf'^{keyword} ((?:".*"\n?)+)', block, re.M)
    return "".join(re.findall(r'"(.*)"', match.group(1))) if match else ""


def test_there_are_staff_catalogues():
    assert catalogues("fi") and catalogues("sv")


@pytest.mark.parametrize("lang", STAFF)
def test_every_staff_string_is_translated(lang):
    missing = []
    for po in catalogues(lang):
        for msgid, values, flags in entries(po):
            if "fuzzy" in flags or not all(values):
                missing.append(f"{po.relative_to(SRC)}: {msgid[:60]!r}")
    assert not missing, f"{len(missing)} untranslated or fuzzy {lang} strings:\n" + "\n".join(missing[:40])


ALL_LANGUAGES = sorted({po.parts[-3] for po in SRC.glob("**/locale/*/LC_MESSAGES/django.po")})


@pytest.mark.parametrize("lang", ALL_LANGUAGES)  # portal languages too: a stale .mo shows English to survivors
def test_compiled_catalogues_match_their_sources(lang):
    stale = []
    for po in catalogues(lang):
        mo = po.with_suffix(".mo")
        assert mo.exists(), f"{mo} missing: run `ikut translations --compile-only`"
        with mo.open("rb") as fh:
            compiled = gettext.GNUTranslations(fh)
        for msgid, values, _flags in entries(po):
            if len(values) == 1 and values[0] and compiled.gettext(_unescape(msgid)) != _unescape(values[0]):
                stale.append(f"{po.relative_to(SRC)}: {msgid[:60]!r}")
    assert not stale, "compiled .mo out of date (run `ikut translations --compile-only`):\n" + "\n".join(stale[:20])


def _unescape(text):
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(0)), text)


def test_the_status_table_in_the_docs_is_what_the_command_prints():
    """docs/translations.md lists every language with its status and counts exactly as `ikut translations
    --status` computes them (articles of 24, contacts of 11, portal catalogue translated/total)."""
    from ikut.core.translation_status import markdown_table

    text = (SRC.parents[1] / "docs" / "translations.md").read_text(encoding="utf-8")
    start = text.index("<!-- status table: ikut translations --status -->\n") + len(
        "<!-- status table: ikut translations --status -->\n")
    end = text.index("<!-- end of status table -->")
    assert text[start:end] == markdown_table(), "run `ikut translations --status` and paste its table"


def test_ikut_translations_keeps_survivor_apps_in_every_portal_language_and_the_rest_in_staff_languages():
    from django.conf import settings

    from ikut.core.management.commands.translations import ROOT, folder, languages_for

    for app in ("portal", "rights"):
        langs = languages_for(ROOT / app)
        assert set(settings.PORTAL_LANGUAGES) <= set(langs)
        assert all((ROOT / app / "locale" / folder(lang) / "LC_MESSAGES" / "django.po").exists() for lang in langs)
    assert languages_for(ROOT / "participants") == ["fi", "sv", "en"]
    assert languages_for(ROOT) == ["fi", "sv", "en"]
