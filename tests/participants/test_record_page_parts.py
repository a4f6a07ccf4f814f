"""The record page's parts built once per process (participants/views.py): links equal reverse()'s, options and
texts are escaped and follow the active language. (benchmarks/caseload_html.py compares the whole page with the
template-built one.)"""

import pytest
from django.urls import reverse, set_script_prefix
from django.utils import translation

from ikut.participants import views
from ikut.participants.models import Status

CODES = ["IK-2026-000001", "IK-2026-987654321", "a b?c#d%e&f", "ä<x>\"'"]


@pytest.mark.parametrize("code", CODES)
def test_record_links_are_what_reverse_gives(code):
    urls = views._record_urls(code)
    assert set(urls) == set(views.RECORD_LINKS)
    for key, name in views.RECORD_LINKS.items():
        assert urls[key] == reverse(name, args=[code]), key
    for name in ("goal_update", "task_update", "referral_status", "flag_resolve", "document_download"):
        for pk in (1, 987654321, 12345678901):
            assert views._code_pk_urls(f"participants:{name}")(code, pk) == reverse(
                f"participants:{name}", args=[code, pk])


def test_links_follow_the_script_prefix():
    try:
        set_script_prefix("/ikut/")
        assert views._record_urls("IK-1")["history"] == "/ikut/participants/IK-1/history/" == reverse(
            "participants:history", args=["IK-1"])
    finally:
        set_script_prefix("/")
    assert views._record_urls("IK-1")["history"] == "/participants/IK-1/history/"


def test_options_mark_the_selected_value_and_follow_the_language(monkeypatch):
    monkeypatch.setitem(views.OPTION_CHOICES, "hostile", lambda: [("<v>", "<l>"), ("x", "y")])
    assert views._options("hostile", "x") == ('<option value="&lt;v&gt;">&lt;l&gt;</option>'
                                              '<option value="x" selected>y</option>')
    with translation.override("fi"):
        finnish = views._options("status", Status.PLANNED)
    with translation.override("en"):
        english = views._options("status", Status.PLANNED)
    assert finnish != english and english.count(" selected") == 1
    assert english.startswith('<option value="planned" selected>Planned</option>')


def test_section_links_keep_a_line_per_hidden_link():
    can = {needs: False for needs, _target, _text in views.RECORD_SECTIONS if needs}
    urls = views._record_urls('IK-"1')
    with translation.override("en"):
        hidden = views._record_sections(can, urls)
        shown = views._record_sections(dict.fromkeys(can, True), urls)
    assert hidden.split("\n") == ['  <li><a href="#plan">Plan</a></li>', '  <li><a href="#meetings">Meetings</a></li>',
                                  "  ", '  <li><a href="#consents">Consents</a></li>', "  ",
                                  '  <li><a href="#safety">Safety</a></li>', *["  "] * 7]
    assert '  <li><a href="/participants/IK-%221/history/">History</a></li>' in shown.split("\n")


@pytest.mark.django_db
def test_the_record_page_masks_one_csrf_token_for_all_its_forms(team):
    """The template's {% csrf_token %} and the forms the view builds carry the one masked token of the response
    (Django's: one per rendering), and a form of the page posts with it."""
    import re

    from django.test import Client

    from ikut.participants.models import Goal, Phase
    from tests.helpers import sign_in

    Goal.objects.create(participant=team.participant, phase=Phase.INTAKE, own_words="Find work")
    client = sign_in(Client(enforce_csrf_checks=True), team.caseworker)  # the lead: edits, so forms are built
    url = reverse("participants:detail", args=[team.participant.code])
    html = client.get(url).content.decode()
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert len(tokens) >= 5 and len(set(tokens)) == 1  # language, sign out, phase, goal status, note
    assert 'name="status" id="goal-status-' in html  # a form built in the view
    response = client.post(reverse("participants:set_phase", args=[team.participant.code]),
                           {"phase": Phase.INTAKE, "csrfmiddlewaretoken": tokens[0]})
    assert response.status_code == 302
    assert client.post(reverse("participants:set_phase", args=[team.participant.code]),
                       {"phase": Phase.INTAKE, "csrfmiddlewaretoken": "x" * 64}).status_code == 403
