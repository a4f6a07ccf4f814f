"""Consent texts as versioned content (issue 16, item 4): drafts written by supervisors and the DPO, published
only by the DPO, immutable once published (a new wording is a new version), audited; a consent is recorded on
a current published text of the participant's organisation chosen from a list, and points at that exact
version; the text prints in the participant's language or says which language it falls back to."""

import pytest
from django.urls import reverse

from ikut.accounts.models import Organisation, Role
from ikut.audit.models import AuditEntry
from ikut.participants import actions
from ikut.participants.consent_texts import STARTING_TEXTS
from ikut.participants.models import Consent, ConsentPurpose, ConsentText
from tests.helpers import make_org, make_user, published_consent_text

pytestmark = pytest.mark.django_db
PARTICIPATION = ConsentPurpose.PARTICIPATION


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def published(org, purpose=PARTICIPATION, language="en", version=1, body="The wording."):
    return published_consent_text(org, purpose, language, version, body=body)


def draft(org, purpose=PARTICIPATION, language="en", version=1, body="Draft wording."):
    return ConsentText.objects.create(organisation=org, purpose=purpose, language=language, version=version,
                                      title="Draft", body=body)


def _url(name, *args):
    return reverse(f"participants:{name}", args=args)


# --- user paths ----------------------------------------------------------------------------------------------------

def test_supervisor_drafts_the_dpo_publishes_and_a_caseworker_records_on_it(team, as_user):
    client = as_user(team.supervisor)
    response = client.post(_url("consent_text_new"), {
        "purpose": PARTICIPATION, "language": "th", "title": "การเข้าร่วม", "body": "ฉันยินยอม…\n\nฉันถอนได้"})
    text = ConsentText.objects.get()
    assert response.status_code == 302 and response["Location"] == _url("consent_text", text.pk)
    assert (text.organisation, text.version, text.state, text.created_by) == (team.org, 1, "draft", team.supervisor)
    response = client.post(_url("consent_text_edit", text.pk), {"title": "การเข้าร่วมโครงการ", "body": "ฉันยินยอม"})
    assert response.status_code == 302
    text.refresh_from_db()
    assert text.title == "การเข้าร่วมโครงการ" and text.is_draft
    # the caseworker cannot record on a draft: the form offers nothing and says who publishes
    caseworker = as_user(team.caseworker)
    page = caseworker.get(_url("consents", team.participant.code)).content.decode()
    assert "No consent text of the participant's organisation has been published" in page

    dpo = as_user(team.dpo)
    confirm = dpo.get(_url("consent_text_publish", text.pk))
    assert confirm.status_code == 200 and b'name="confirm" value="yes"' in confirm.content
    text.refresh_from_db()
    assert text.is_draft  # showing the confirmation publishes nothing
    assert dpo.post(_url("consent_text_publish", text.pk), {"confirm": "yes"}).status_code == 302
    text.refresh_from_db()
    assert (text.state, text.published_by) == ("published", team.dpo) and text.published_at

    caseworker = as_user(team.caseworker)
    url = _url("consents", team.participant.code)
    form_page = caseworker.get(url).content.decode()
    assert f'<option value="{text.pk}">' in form_page and "<optgroup" in form_page
    response = caseworker.post(url, {"text": text.pk, "how_given": "signed"})
    assert response.status_code == 302
    consent = Consent.objects.get()
    assert (consent.text, consent.purpose, consent.text_version, consent.text_language) == (
        text, PARTICIPATION, "v1", "th")
    codes = list(AuditEntry.objects.order_by("seq").values_list("action", flat=True))
    for code in ("participants.consent_text.create", "participants.consent_text.edit",
                 "participants.consent_text.publish", "participants.consent.give"):
        assert code in codes
    publish = AuditEntry.objects.get(action="participants.consent_text.publish")
    assert publish.actor == team.dpo and publish.details["version"] == 1
    assert publish.subject_type == "participants.consenttext" and publish.subject_id == str(text.pk)
    assert publish.ip == "127.0.0.1"  # the actor-style action gets the client address through the adapter
    assert AuditEntry.objects.get(action="participants.consent.give").details["text"] == text.pk


def test_the_starting_texts_load_as_machine_drafted_drafts_once(team, as_user):
    client = as_user(team.supervisor)
    page = client.get(_url("consent_texts")).content.decode()
    assert "Add the starting texts as drafts" in page
    assert client.post(_url("consent_text_load")).status_code == 302
    texts = ConsentText.objects.filter(organisation=team.org)
    expected = sum(len(languages) for languages in STARTING_TEXTS.values())
    assert texts.count() == expected == len(ConsentPurpose.values) * 3
    assert set(texts.values_list("language", flat=True)) == {"fi", "sv", "en"}
    assert all(t.is_draft and t.machine_draft and t.version == 1 for t in texts)
    assert all("{" not in t.body and "Assistance" in t.body for t in texts)  # placeholders filled
    assert AuditEntry.objects.get(action="participants.consent_text.load").details == {"drafts": expected}
    client.post(_url("consent_text_load"))
    assert texts.count() == expected
    assert AuditEntry.objects.filter(action="participants.consent_text.load").count() == 1
    # the list shows each purpose and language with its draft
    page = client.get(_url("consent_texts")).content.decode()
    assert page.count("machine-drafted") >= expected


def test_a_new_version_replaces_the_old_one_for_new_consents_only(team, as_user):
    v1 = published(team.org, body="First wording.")
    actions.record_consent(team.caseworker, team.participant,
                           {"text": v1, "how_given": "signed", "partner": None, "interpreter_language": ""})
    given = Consent.objects.get()
    supervisor = as_user(team.supervisor)
    response = supervisor.post(_url("consent_text_revise", v1.pk))
    v2 = ConsentText.objects.get(version=2)
    assert response["Location"] == _url("consent_text_edit", v2.pk)
    assert (v2.body, v2.based_on, v2.is_draft) == ("First wording.", v1, True)
    # asking again returns the open draft instead of a third version
    supervisor.post(_url("consent_text_revise", v1.pk))
    assert ConsentText.objects.count() == 2
    supervisor.post(_url("consent_text_edit", v2.pk), {"title": "Participation", "body": "Second wording."})
    as_user(team.dpo).post(_url("consent_text_publish", v2.pk), {"confirm": "yes"})
    assert AuditEntry.objects.get(action="participants.consent_text.publish").details["replaces"] == 1
    caseworker = as_user(team.caseworker)
    form = caseworker.get(_url("consents", team.participant.code)).context["form"]
    assert list(form.texts) == [str(v2.pk)]
    # the consent given on v1 still prints v1's wording
    page = caseworker.get(_url("consent_agreed", team.participant.code, given.pk)).content.decode()
    assert "First wording." in page and "Second wording." not in page


def test_printing_uses_the_participants_language_or_says_which_it_falls_back_to(team, as_user):
    published(team.org, language="en", body="English wording.")
    client = as_user(team.caseworker)
    url = _url("consent_print", team.participant.code, PARTICIPATION)
    page = client.get(url).content.decode()  # the participant reads Thai; only English is published
    assert "English wording." in page
    assert "No consent text in the participant's language (Thai) has been published" in page
    assert "No consent text in Thai has been published; this is the version in English" in page  # printout
    assert 'lang="en"' in page
    published(team.org, language="th", body="ข้อความภาษาไทย")
    page = client.get(url).content.decode()
    assert "ข้อความภาษาไทย" in page and "falls back" not in page and "has been published; this is" not in page
    pdf = client.get(url, {"format": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    prints = AuditEntry.objects.filter(action="participants.consent_text.print", subject_id=team.participant.code)
    assert [e.details["fallback"] for e in prints.order_by("seq")] == [True, False, False]
    assert prints.order_by("seq").last().details["format"] == "pdf"


def test_printing_says_when_no_text_is_published_and_an_unknown_purpose_is_404(team, as_user):
    client = as_user(team.caseworker)
    page = client.get(_url("consent_print", team.participant.code, PARTICIPATION)).content.decode()
    assert "No consent text for this purpose has been published yet" in page
    assert client.get(_url("consent_print", team.participant.code, "no-such-purpose")).status_code == 404


def test_a_consent_from_before_versioned_texts_stays_readable(team, as_user):
    legacy = Consent.objects.create(participant=team.participant, purpose=PARTICIPATION, text_version="2026-1",
                                    text_language="th", how_given="signed")
    client = as_user(team.caseworker)
    consents = client.get(_url("consents", team.participant.code)).content.decode()
    assert "2026-1" in consents and "recorded before texts were kept in IKUT" in consents
    page = client.get(_url("consent_agreed", team.participant.code, legacy.pk)).content.decode()
    assert "recorded before consent texts were kept in IKUT" in page and "“2026-1”" in page


def test_the_consents_page_does_not_query_per_consent(team, as_user, django_assert_max_num_queries):
    text = published(team.org)
    for _ in range(2):
        Consent.objects.create(participant=team.participant, purpose=PARTICIPATION, text=text, text_version="v1",
                               text_language="en", how_given="signed")
    client = as_user(team.caseworker)
    url = _url("consents", team.participant.code)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(10):
        Consent.objects.create(participant=team.participant, purpose=PARTICIPATION, text=text, text_version="v1",
                               text_language="en", how_given="signed")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


# --- attacker paths ---------------------------------------------------------------------------------------------

def test_publishing_needs_the_dpo_role(team, as_user):
    text = draft(team.org)
    for user in (team.supervisor, team.caseworker, team.psychosocial, make_user(Role.ADMINISTRATOR, team.org)):
        client = as_user(user)
        assert client.get(_url("consent_text_publish", text.pk)).status_code == 404
        assert client.post(_url("consent_text_publish", text.pk), {"confirm": "yes"}).status_code == 404
    text.refresh_from_db()
    assert text.is_draft and not AuditEntry.objects.filter(action="participants.consent_text.publish").exists()
    denied = AuditEntry.objects.filter(action="access.request.deny").values_list("details", flat=True)
    assert {"route": "participants:consent_text_publish", "rule": "participants.consent_text.publish",
            "object": ""} in list(denied)


def test_caseworkers_cannot_write_texts(team, as_user):
    text = draft(team.org)
    client = as_user(team.caseworker)
    assert client.get(_url("consent_texts")).status_code == 200  # they read and print
    assert client.post(_url("consent_text_new"), {"purpose": PARTICIPATION, "language": "fi", "title": "x",
                                                  "body": "y"}).status_code == 404
    assert client.post(_url("consent_text_edit", text.pk), {"title": "x", "body": "hacked"}).status_code == 404
    assert client.post(_url("consent_text_load")).status_code == 404
    text.refresh_from_db()
    assert text.body == "Draft wording." and ConsentText.objects.count() == 1


def test_a_published_version_cannot_be_edited(team, as_user):
    text = published(team.org, body="Agreed wording.")
    client = as_user(team.supervisor)
    response = client.post(_url("consent_text_edit", text.pk), {"title": "Changed", "body": "Changed wording."})
    assert response.status_code == 302 and response["Location"] == _url("consent_text", text.pk)
    text.refresh_from_db()
    assert (text.title, text.body) != ("Changed", "Changed wording.") and text.body == "Agreed wording."
    assert not AuditEntry.objects.filter(action="participants.consent_text.edit").exists()
    with pytest.raises(actions.ConsentTextLocked):
        actions.edit_consent_text(team.supervisor, text, {"body": "Changed"})
    with pytest.raises(actions.ConsentTextLocked):
        actions.publish_consent_text(team.dpo, text)
    text.body = "Changed behind the actions' back"
    with pytest.raises(ConsentText.Frozen):
        text.save()
    with pytest.raises(ConsentText.Frozen):
        text.delete()
    assert ConsentText.objects.get(pk=text.pk).body == "Agreed wording."


def test_another_organisations_text_ids_answer_404(team, as_user):
    other = make_org("Elsewhere", Organisation.Kind.ASSISTANCE_SYSTEM)
    theirs, their_draft = published(other, body="Their wording."), draft(other, version=2)
    for role in (Role.SUPERVISOR, Role.DPO, Role.CASEWORKER):
        client = as_user(make_user(role, team.org))
        for name, text in (("consent_text", theirs), ("consent_text_edit", their_draft),
                           ("consent_text_publish", their_draft)):
            assert client.get(_url(name, text.pk)).status_code == 404, (role, name)
        assert client.post(_url("consent_text_revise", theirs.pk)).status_code == 404
        assert client.post(_url("consent_text_publish", their_draft.pk), {"confirm": "yes"}).status_code == 404
        assert "Their wording." not in client.get(_url("consent_texts")).content.decode()
    their_draft.refresh_from_db()
    assert their_draft.is_draft and ConsentText.objects.filter(organisation=other).count() == 2
    assert not ConsentText.objects.filter(organisation=team.org).exists()


@pytest.mark.parametrize("forged", ["draft", "replaced", "other_organisation", "nonsense"])
def test_recording_on_a_forged_text_id_is_a_form_error_naming_the_field(team, as_user, forged):
    ours = published(team.org, version=1)
    newer = published(team.org, version=2)
    text_id = {"draft": lambda: draft(team.org, version=3).pk, "replaced": lambda: ours.pk,
               "other_organisation": lambda: published(make_org("Elsewhere")).pk,
               "nonsense": lambda: "1e1000000"}[forged]()
    client = as_user(team.caseworker)
    response = client.post(_url("consents", team.participant.code), {"text": text_id, "how_given": "signed"})
    assert response.status_code == 400
    assert "text" in response.context["form"].errors
    html = response.content.decode()
    assert '<a href="#id_text">Consent text</a>: Choose one of the published consent texts in the list.' in html
    assert not Consent.objects.exists()
    assert newer.pk != text_id


def test_the_action_refuses_a_text_that_is_not_current_for_the_participants_organisation(team):
    theirs = published(make_org("Elsewhere"))
    old, _new = published(team.org, version=1), published(team.org, version=2)
    for text in (theirs, old, draft(team.org, version=3)):
        with pytest.raises(actions.ValidationError):
            actions.record_consent(team.caseworker, team.participant,
                                   {"text": text, "how_given": "signed", "partner": None, "interpreter_language": ""})
    assert not Consent.objects.exists()


def test_one_open_draft_per_purpose_and_language(team, as_user):
    draft(team.org)
    response = as_user(team.dpo).post(_url("consent_text_new"), {
        "purpose": PARTICIPATION, "language": "en", "title": "Another", "body": "Another draft."})
    assert response.status_code == 400
    assert "A draft of this text in this language is already open" in response.content.decode()
    assert ConsentText.objects.count() == 1


def test_a_text_prints_as_a_pdf_without_a_participant(team, as_user):
    text = published(team.org, language="fi", body="Suomenkielinen teksti.")
    response = as_user(team.caseworker).get(_url("consent_text", text.pk), {"format": "pdf"})
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF-")
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize("basis,promise", [("consent", "I am left out of ESF+ reports"),
                                           ("legal_obligation", "counted whether or not I give this consent")])
def test_the_esf_starting_text_says_what_withdrawal_does_under_the_configured_basis(team, settings, basis, promise):
    settings.IKUT_ESF_BASIS = basis
    actions.load_starting_consent_texts(team.supervisor)
    texts = ConsentText.objects.filter(organisation=team.org, purpose=ConsentPurpose.ESF_REPORTING)
    assert promise in texts.get(language="en").body
    assert all("{" not in t.body for t in texts) and texts.count() == 3
