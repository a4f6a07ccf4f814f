"""The portal UI and the whole job-offer check are translated into every portal language (machine drafts,
marked as such), and the portal shows the machine-translation note in those languages."""

import re
from pathlib import Path

import pytest
from django.conf import settings

SRC = Path(__file__).resolve().parents[2] / "src" / "ikut"
LANGS = [lang for lang in settings.PORTAL_LANGUAGES if lang != "en"]
PUBLIC_SOURCES = ("questions.py", "rule_data.py", "offer_check.py")
SECTOR_LINE = "models.py"


def folder(lang):
    return "zh_Hans" if lang == "zh-hans" else lang


def blocks(po):
    text = po.read_text(encoding="utf-8")
    header, *rest = text.split("\n\n")
    return header, rest


def value(block, keyword):
    match = re.search(rf'^{keyword} ((?:".*"\n?)+)', block, re.M)
    return "".join(re.findall(r'"(.*)"', match.group(1))) if match else ""


@pytest.mark.parametrize("lang", LANGS)
def test_portal_catalogue_complete_and_marked_draft(lang):
    header, rest = blocks(SRC / "portal" / "locale" / folder(lang) / "LC_MESSAGES" / "django.po")
    assert "X-Translation-Status: machine-draft" in header
    missing = [value(b, "msgid") for b in rest if value(b, "msgid") and (not value(b, "msgstr") or "fuzzy" in b)]
    assert not missing, missing


@pytest.mark.parametrize("lang", LANGS)
def test_job_offer_check_strings_translated(lang):
    header, rest = blocks(SRC / "rights" / "locale" / folder(lang) / "LC_MESSAGES" / "django.po")
    assert "X-Translation-Status: machine-draft" in header
    public = [b for b in rest if any(src in b.split("msgid")[0] for src in PUBLIC_SOURCES)]
    assert len(public) > 90
    missing = [value(b, "msgid") for b in public if not value(b, "msgstr") or "fuzzy" in b]
    assert not missing, missing


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_question_and_flag_texts_render_translated(client, lang):
    html = client.post(f"/portal/{lang}/check/", {"sector": "cleaning",
                                                   "control.employer_keeps_id_documents": "yes"}).content.decode()
    for english in ["The employer wants to keep your passport", "Assistance System for Victims",
                    "Where to get help", "Serious warning sign"]:
        assert english not in html, (lang, english)
    form = client.get(f"/portal/{lang}/check/").content.decode()
    for english in ["Will the employer or recruiter keep", "Hours of work per day", "Show the result"]:
        assert english not in form, (lang, english)
