"""The anonymous survey in every portal language (issue 14): its own texts are portal strings translated in every
portal language; the survey's content (written in fi, sv, en) falls back with a visible note; no other language
appears on the page; nothing is stored on the device."""

import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from ikut.accounts.models import Role
from ikut.reporting.models import Choice, Question, Response, Survey, SurveyLink
from tests.helpers import make_user, sign_in

pytestmark = pytest.mark.django_db

SURVEY_STRINGS = ["Send", "Survey closed", "This survey is not open for answers", "Thank you for your interest.",
                  "Thank you", "Your answer has been saved. It is not linked to your name.",
                  "Please do not write names or anything that identifies anyone.",
                  "I am a participant of the project and agree that my answer is counted as a participant's answer. "
                  "My name is not stored with it.", "Please check this answer", "Please check these answers"]
PORTAL = Path(settings.BASE_DIR) / "portal" / "locale"
LANGS = [lang for lang in settings.PORTAL_LANGUAGES if lang != "en"]


def _folder(lang):
    return "zh_Hans" if lang == "zh-hans" else lang


@pytest.mark.parametrize("lang", LANGS)
def test_survey_strings_are_portal_strings_translated_in_every_portal_language(lang):
    po = polib.pofile(str(PORTAL / _folder(lang) / "LC_MESSAGES" / "django.po"))
    entries = {e.msgid: e for e in po if not e.obsolete}
    for msgid in SURVEY_STRINGS:
        assert msgid in entries, (lang, msgid)
        assert entries[msgid].msgstr and "fuzzy" not in entries[msgid].flags, (lang, msgid)
        with translation.override(lang):
            assert translation.gettext(msgid) == entries[msgid].msgstr, (lang, msgid)  # compiled


def _survey(**titles):
    survey = Survey.objects.create(audience="participants", status="open", **titles)
    q = Question.objects.create(survey=survey, kind="single", text_fi="Este?", text_en="Barrier?", topic="barriers",
                                required=True)
    Choice.objects.create(question=q, label_fi="Kieli", label_en="Language")
    t = Question.objects.create(survey=survey, kind="text", text_en="Anything else?")
    return survey, q, t, SurveyLink.objects.create(survey=survey)


def _visible(html):
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<select.*?</select>", " ", html, flags=re.S)  # the language list names every language
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("lang", [lang for lang in settings.PORTAL_LANGUAGES if lang not in ("fi", "sv", "en")])
def test_answer_page_in_a_portal_language_with_content_fallback_noted(lang):
    survey, q, t, link = _survey(title_fi="Kysely", title_en="Survey")
    client = Client()
    url = reverse("reporting:answer", args=[link.token])
    html = unescape(client.get(url, {"lang": lang}).content.decode())
    with translation.override(lang):
        send = translation.gettext("Send")
        note = translation.gettext("This page is not yet available in your language. It is shown in %(name)s.") % {
            "name": "English"}
        no_names = translation.gettext("Please do not write names or anything that identifies anyone.")
    assert f'<html lang="{lang}"' in html
    assert ('dir="rtl"' in html) == translation.get_language_info(lang)["bidi"]
    assert send in html and note in html and no_names in html
    assert '<h1 lang="en">Survey</h1>' in html and "Barrier?" in html
    visible = _visible(html)
    for finnish in ("Kysely", "Este?", "Lähetä", "Kiitos"):
        assert finnish not in visible, (lang, finnish)  # never a third language
    response = client.post(url, {"lang": lang})  # required question left out
    with translation.override(lang):
        assert translation.gettext("Please check this answer") in unescape(response.content.decode())
    thanks = client.post(url, {"lang": lang, f"q{q.pk}": q.choices.first().pk, f"q{t.pk}": ""})
    with translation.override(lang):
        assert translation.gettext("Your answer has been saved. It is not linked to your name.") in \
            unescape(thanks.content.decode())
    assert Response.objects.get().language == lang
    assert not client.cookies  # nothing stored on the device


def test_answer_page_in_finnish_has_no_fallback_note_and_no_english():
    survey, q, t, link = _survey(title_fi="Kysely", title_en="Survey")
    t.text_fi = "Muuta?"
    t.save()
    html = Client().get(reverse("reporting:answer", args=[link.token]), {"lang": "fi"}).content.decode()
    assert 'class="note"' not in html and "Kysely" in html and "Este?" in html and "Lähetä" in html
    assert "Barrier?" not in html and ">Send<" not in html


def test_unknown_language_falls_back_to_finnish_not_an_error():
    survey, q, t, link = _survey(title_fi="Kysely", title_en="Survey")
    response = Client().get(reverse("reporting:answer", args=[link.token]), {"lang": "xx"})
    assert response.status_code == 200 and '<html lang="fi"' in response.content.decode()


def test_closed_survey_page_in_the_visitors_language():
    survey, q, t, link = _survey(title_en="Survey")
    link.active = False
    link.save()
    response = Client().get(reverse("reporting:answer", args=[link.token]), {"lang": "ar"})
    with translation.override("ar"):
        closed = translation.gettext("This survey is not open for answers")
    assert response.status_code == 410 and closed in response.content.decode()
    assert closed != "This survey is not open for answers"


def test_participant_consent_text_in_the_chosen_language(client):
    survey, q, t, link = _survey(title_en="Survey")
    sign_in(client, make_user(Role.PARTICIPANT))
    html = unescape(client.get(reverse("reporting:answer", args=[link.token]), {"lang": "uk"}).content.decode())
    with translation.override("uk"):
        assert translation.gettext(
            "I am a participant of the project and agree that my answer is counted as a participant's answer. "
            "My name is not stored with it.") in html


def test_caseworker_fills_in_the_survey_in_the_participants_language(client):
    survey, q, t, link = _survey(title_fi="Kysely", title_en="Survey")
    sign_in(client, make_user(Role.CASEWORKER))
    url = reverse("reporting:answer_with_participant", args=[survey.pk])
    html = unescape(client.get(url, {"lang": "ti"}).content.decode())
    with translation.override("ti"):
        no_names = translation.gettext("Please do not write names or anything that identifies anyone.")
    assert no_names in html and '<option value="ti" lang="ti" selected>' in html
    assert "Barrier?" in html  # content fallback, named for the caseworker
    client.post(url, {"lang": "ti", f"q{q.pk}": q.choices.first().pk})
    assert Response.objects.get().language == "ti"
