"""Record access, break the glass, field-level notes, intake duplicate check, history, viewers, exit,
documents, export, PDF."""

import datetime
import json

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.participants.models import BreakGlassGrant, Document, FieldChange, Participant, Task, follow_up_due_date
from tests.helpers import enter_sudo

pytestmark = pytest.mark.django_db


# --- 404 for those who may not see ----------------------------------------------------------------------

def test_unassigned_caseworkers_get_404_on_record_and_api(team, as_user):
    p = team.participant
    for user in (team.colleague, team.outsider, team.project_manager, team.employer):
        client = as_user(user)
        assert client.get(reverse("participants:detail", args=[p.code])).status_code == 404
        assert client.get(f"/api/participants/{p.code}").status_code == 404
        assert p.code not in client.get("/api/participants/").content.decode()
    client = as_user(team.caseworker)
    assert client.get(reverse("participants:detail", args=[p.code])).status_code == 200
    data = client.get(f"/api/participants/{p.code}").json()
    assert data["code"] == p.code and data["identity"] is None
    data = client.get(f"/api/participants/{p.code}?identity=true").json()
    assert data["identity"]["first_name"] == "Testi"
    assert [r["code"] for r in client.get("/api/participants/").json()["items"]] == [p.code]


def test_supervisor_off_the_team_needs_break_the_glass(team, as_user):
    """issue 11: a supervisor who is not on the team reads nothing of the record — not the goals in the
    participant's own words, not the history, not the data-subject export — until they break the glass."""
    p = team.participant
    as_user(team.caseworker).post(reverse("participants:goal_add", args=[p.code]),
                                  {"goal-phase": "intake", "goal-own_words": "Oma ravintola joskus"})
    client = enter_sudo(as_user(team.supervisor))
    detail = reverse("participants:detail", args=[p.code])
    assert client.get(detail).status_code == 404
    assert client.get(f"/api/participants/{p.code}").status_code == 404
    assert client.get(reverse("participants:history", args=[p.code])).status_code == 404
    export = reverse("participants:export", args=[p.code])
    assert client.get(export).status_code == 404
    assert client.post(export, {"reason": "curious", "format": "json"}).status_code == 404
    assert not AuditEntry.objects.filter(action="participants.participant.export").exists()
    # the caseload list still shows the code, linking to the team page, not the record
    html = client.get(reverse("participants:dashboard")).content.decode()
    assert p.code in html and f'href="{detail}"' not in html
    # break the glass: the record opens (goal in own words included), logged for review
    client.post(reverse("participants:break_glass"), {"code": p.code, "reason": "Participant called in danger"})
    html = client.get(detail).content.decode()
    assert "Oma ravintola joskus" in html and "Testi" not in html
    assert AuditEntry.objects.filter(action="participants.break_glass.open", subject_id=p.code).count() == 1


def test_identity_is_shown_on_purpose_and_audited(team, as_user):
    client = as_user(team.caseworker)
    url = reverse("participants:detail", args=[team.participant.code])
    assert "Testi" not in client.get(url).content.decode()
    assert "Testi" in client.get(url + "?identity=1").content.decode()
    views = AuditEntry.objects.filter(action="participants.participant.view", subject_id=team.participant.code)
    assert [e.details["identity"] for e in views.order_by("seq")] == [False, True]


def test_contact_preferences_hide_contact_details(team, as_user):
    p = team.participant
    p.phone, p.contact_channel = "+358401234567", "via_worker"
    p.save()
    html = as_user(team.caseworker).get(reverse("participants:detail", args=[p.code]) + "?identity=1").content.decode()
    assert "+358401234567" not in html


# --- Break the glass ---------------------------------------------------------------------------------------

def test_break_the_glass_is_audited_flagged_and_reviewed(team, as_user, django_capture_on_commit_callbacks):
    p = team.participant
    client = as_user(team.colleague)
    detail = reverse("participants:detail", args=[p.code])
    assert client.get(detail).status_code == 404
    response = client.post(reverse("participants:break_glass"), {"code": p.code, "reason": "short"})
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("participants:break_glass"),
                               {"code": p.code.lower(), "reason": "Participant in danger, lead coach is ill"})
    assert response.status_code == 302
    grant = BreakGlassGrant.objects.get()
    assert grant.user == team.colleague and grant.reviewed_at is None
    entry = AuditEntry.objects.get(action="participants.break_glass.open")
    assert entry.reason == "Participant in danger, lead coach is ill" and entry.subject_id == p.code
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [team.supervisor.email]
    assert p.code in mail.outbox[0].body and "Testi" not in mail.outbox[0].body
    assert client.get(detail).status_code == 200
    assert "Testi" in client.get(detail + "?identity=1").content.decode()
    # the supervisor sees it on the dashboard and reviews it, ending the access
    sup = as_user(team.supervisor)
    assert p.code in sup.get(reverse("participants:dashboard")).content.decode()
    sup.post(reverse("participants:break_glass_reviewed", args=[grant.pk]), {"note": "ok", "end_now": "on"})
    grant.refresh_from_db()
    assert grant.reviewed_by == team.supervisor and not grant.is_active
    assert as_user(team.colleague).get(detail).status_code == 404
    viewers = as_user(team.caseworker).get(reverse("participants:viewers", args=[p.code])).content.decode()
    assert "<code>participants.break_glass.open</code>" in viewers and team.colleague.email in viewers
    assert 'class="flag-red"' in viewers  # the emergency access stands out


def test_break_the_glass_refused_for_other_organisations(team, as_user):
    client = as_user(team.outsider)
    response = client.post(reverse("participants:break_glass"),
                           {"code": team.participant.code, "reason": "I want to see this record"})
    assert response.status_code == 200 and "code" in response.context["form"].errors
    assert not BreakGlassGrant.objects.exists()
    assert AuditEntry.objects.filter(action="participants.break_glass.refuse").exists()
    assert as_user(team.project_manager).get(reverse("participants:break_glass")).status_code == 404


# --- Field-level note access ---------------------------------------------------------------------------------

def test_psychosocial_notes_only_for_assigned_psychosocial_workers(team, as_user):
    p = team.participant
    detail = reverse("participants:detail", args=[p.code])
    psy = as_user(team.psychosocial)
    assert psy.post(reverse("participants:note_add", args=[p.code]),
                    {"kind": "psychosocial", "body": "Sleeps badly; nightmares"}).status_code == 302
    assert "Sleeps badly" in psy.get(detail).content.decode()
    cw = as_user(team.caseworker)
    assert "Sleeps badly" not in cw.get(detail).content.decode()
    # the caseworker cannot write a psychosocial note either
    assert cw.post(reverse("participants:note_add", args=[p.code]),
                   {"kind": "psychosocial", "body": "x"}).status_code == 400
    assert cw.post(reverse("participants:note_add", args=[p.code]),
                   {"kind": "team", "body": "Met at the office"}).status_code == 302
    assert "Met at the office" in as_user(team.psychosocial).get(detail).content.decode()
    # a supervisor off the team and an unassigned psychosocial worker get 404
    assert as_user(team.supervisor).get(detail).status_code == 404
    assert as_user(team.other_psychosocial).get(detail).status_code == 404
    # the caseworker's data-subject export leaves psychosocial notes out and says so
    export = enter_sudo(as_user(team.caseworker)).post(reverse("participants:export", args=[p.code]),
                                           {"reason": "Participant asked", "format": "json"})
    data = json.loads(export.content)
    assert data["meta"]["psychosocial_notes_included"] is False
    assert [n["body"] for n in data["notes"]] == ["Met at the office"]
    # notes are encrypted at rest
    with connection.cursor() as cur:
        cur.execute("select body from participants_note")
        assert all("Sleeps" not in row[0] and "Met at" not in row[0] for row in cur.fetchall())


# --- Intake with duplicate check --------------------------------------------------------------------------------

INTAKE = {"first_name": "Nok", "last_name": "Example", "date_of_birth": "1988-04-02", "language": "th",
          "intake_date": "2026-11-01", "gender": "woman", "employment_status_at_entry": "unemployed",
          "education_level": "isced_0_2", "third_country_national": "true"}


def test_creation_is_blocked_until_the_duplicate_search(team, as_user):
    client = as_user(team.caseworker)
    create = reverse("participants:intake_create")
    response = client.post(create, INTAKE)
    assert response.status_code == 400 and response.context["form"].non_field_errors()
    assert not Participant.objects.filter(created_by=team.caseworker).exclude(pk=team.participant.pk).exists()
    search = client.post(reverse("participants:intake"), {"search-first_name": "Nok", "search-last_name": "Example",
                                                          "search-date_of_birth": "1988-04-02"})
    assert search.status_code == 200 and search.context["matches"] == []
    # changing the name after the search needs a new search
    assert client.post(create, dict(INTAKE, first_name="Other")).status_code == 400
    response = client.post(create, INTAKE)
    assert response.status_code == 302
    p = Participant.objects.get(created_by=team.caseworker, first_name__isnull=False, language="th",
                                gender="woman")
    assert p.assignments.get().user == team.caseworker and p.third_country_national is True
    assert p.age_band_at_entry == "30_54"
    # the search is used up by the creation
    assert client.post(create, INTAKE).status_code == 400


def test_duplicate_search_shows_matches_including_swapped_names(team, as_user):
    client = as_user(team.colleague)
    response = client.post(reverse("participants:intake"), {"search-first_name": "HENKILÖ",
                                                            "search-last_name": "testi",
                                                            "search-date_of_birth": "1990-05-01"})
    assert response.context["matches"] == [team.participant]
    html = response.content.decode()
    assert team.participant.code in html and team.participant.pk not in response.context["visible"]
    entry = AuditEntry.objects.get(action="participants.duplicates.search")
    assert entry.details == {"matches": 1, "other_organisations": 0}


# --- History, exit, documents -------------------------------------------------------------------------------------

def test_changes_are_kept_per_field_and_encrypted(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    form = client.get(reverse("participants:edit", args=[p.code])).context["form"]
    data = {k: ("" if v is None else v) for k, v in form.initial.items() if k in form.fields}
    data.update(nationality=["TH"], first_name="Testa", date_of_birth="1990-05-01", intake_date="2026-01-05")
    response = client.post(reverse("participants:edit", args=[p.code]), data)
    assert response.status_code == 302, response.context["form"].errors
    change = FieldChange.objects.get(field="first_name")
    assert (change.old_value, change.new_value, change.changed_by) == ("Testi", "Testa", team.caseworker)
    assert FieldChange.objects.filter(field="nationality", new_value__isnull=False).exists()
    with connection.cursor() as cur:
        cur.execute("select old_value, new_value from participants_fieldchange")
        assert all("Test" not in a and "Test" not in b for a, b in cur.fetchall())
    history = reverse("participants:history", args=[p.code])
    html = client.get(history).content.decode()
    assert "Testi" in html and "Testa" in html
    assert "Thaimaa" in html and ">TH<" not in html  # the nationality by its name in the UI language (Finnish)
    assert as_user(team.supervisor).get(history).status_code == 404
    assert AuditEntry.objects.filter(action="participants.history.view").exists()


def test_exit_records_esf_result_and_creates_follow_up_task(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    exit_date = timezone.localdate() - datetime.timedelta(days=2)
    data = {"exit_date": exit_date.isoformat(), "exit_reason": "employed", "exit_employed": "true",
            "exit_qualification_gained": "true", "exit_job_searching": "false", "exit_in_education_or_training": ""}
    response = client.post(reverse("participants:exit", args=[p.code]), dict(data, confirm="yes"))
    assert response.status_code == 302
    p.refresh_from_db()
    assert p.status == "closed" and p.exit_situation == ["employed", "qualification_gained"]
    # yes / no / not recorded: an unanswered question stays "not recorded", never "no" (issue 15)
    assert (p.exit_employed, p.exit_job_searching, p.exit_in_education_or_training) == (True, False, None)
    task = Task.objects.get(participant=p, kind=Task.Kind.FOLLOW_UP)
    assert task.due_date == follow_up_due_date(exit_date) == exit_date + datetime.timedelta(days=183)
    assert task.owner == team.caseworker


def upload(client, p, name, content, kind="cv"):
    return client.post(reverse("participants:document_upload", args=[p.code]),
                       {"doc-kind": kind, "doc-file": SimpleUploadedFile(name, content)})


def test_document_upload_checks_and_encryption(team, as_user, settings):
    p = team.participant
    client = as_user(team.caseworker)
    assert upload(client, p, "cv.html", b"<html><script>alert(1)</script>").status_code == 400
    assert upload(client, p, "cv.pdf", b"<html>not a pdf</html>").status_code == 400
    assert upload(client, p, "notes.txt", b"<script>x</script>").status_code == 400
    settings.IKUT_UPLOAD_MAX_BYTES = 100
    assert upload(client, p, "big.pdf", b"%PDF-" + b"x" * 200).status_code == 400
    settings.IKUT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    assert not Document.objects.exists()
    content = b"%PDF-1.7 certificate of hygiene passport"
    assert upload(client, p, "hygiene.pdf", content, kind="certificate").status_code == 302
    document = Document.objects.get()
    with default_storage.open(document.storage_name, "rb") as fh:
        stored = fh.read()
    assert b"hygiene passport" not in stored
    response = client.get(reverse("participants:document_download", args=[p.code, document.pk]))
    assert response.content == content
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "hygiene" not in response["Content-Disposition"]  # no file name with personal data in headers
    assert as_user(team.supervisor).get(
        reverse("participants:document_download", args=[p.code, document.pk])).status_code == 404


# --- Export and PDF ------------------------------------------------------------------------------------------------

def test_data_subject_export_asks_reason_and_is_audited(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    url = reverse("participants:export", args=[p.code])
    # without sudo mode: the password and code again first, nothing exported
    response = client.post(url, {"reason": "Request of 3 March", "format": "json"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:sudo"))
    assert not AuditEntry.objects.filter(action="participants.participant.export").exists()
    enter_sudo(client)
    response = client.post(url, {"reason": "", "format": "json"})
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    response = client.post(url, {"reason": "Request of 3 March", "format": "json"})
    data = json.loads(response.content)
    assert data["participant"]["first_name"] == "Testi" and response["Content-Disposition"].startswith("attachment")
    entry = AuditEntry.objects.get(action="participants.participant.export")
    assert entry.reason == "Request of 3 March" and entry.details["format"] == "json"
    pdf = client.post(url, {"reason": "Request of 3 March", "format": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    # the DPO of the owner organisation may export; the DPO of another organisation may not
    assert enter_sudo(as_user(team.dpo)).post(url, {"reason": "DSAR", "format": "json"}).status_code == 200


def test_plan_pdf(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    client.post(reverse("participants:goal_add", args=[p.code]),
                {"goal-phase": "intake", "goal-own_words": "อยากทำงานในครัวโรงแรม",
                 "goal-own_words_fi": "Haluan töihin hotellin keittiöön"})
    response = client.get(reverse("participants:plan_pdf", args=[p.code]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert as_user(team.supervisor).get(reverse("participants:plan_pdf", args=[p.code])).status_code == 404


def test_export_by_dpo_only_for_own_organisation(team, as_user):
    from ikut.accounts.models import Role
    from tests.helpers import make_user

    other_dpo = make_user(Role.DPO, team.other)
    url = reverse("participants:export", args=[team.participant.code])
    assert enter_sudo(as_user(other_dpo)).get(url).status_code == 404
    assert enter_sudo(as_user(team.dpo)).get(url).status_code == 200
    # the DPO exports but never opens the record itself
    assert as_user(team.dpo).get(reverse("participants:detail", args=[team.participant.code])).status_code == 404


def test_api_consents_follow_the_record_rules(team, as_user):
    from ikut.participants.models import Consent

    Consent.objects.create(participant=team.participant, purpose="esf_reporting", text_version="2026-1",
                           text_language="th", how_given="signed")
    url = f"/api/participants/{team.participant.code}/consents"
    data = as_user(team.caseworker).get(url).json()
    assert [(c["purpose"], c["valid"]) for c in data] == [("esf_reporting", True)]
    assert as_user(team.supervisor).get(url).status_code == 404
    assert as_user(team.outsider).get(url).status_code == 404
    assert as_user(team.caseworker).get("/api/participants/IK-1999-9999").status_code == 404


def test_psychosocial_session_summaries_are_psychosocial_only(team, as_user):
    from ikut.participants.models import Meeting

    p = team.participant
    Meeting.objects.create(participant=p, kind="psychosocial", starts_at=timezone.now(), summary="Nightmares again")
    Meeting.objects.create(participant=p, kind="coaching", starts_at=timezone.now(), summary="CV drafted")
    detail = reverse("participants:detail", args=[p.code])
    cw = as_user(team.caseworker).get(detail).content.decode()
    assert "CV drafted" in cw and "Nightmares again" not in cw
    assert "Nightmares again" in as_user(team.psychosocial).get(detail).content.decode()
    data = json.loads(enter_sudo(as_user(team.caseworker)).post(reverse("participants:export", args=[p.code]),
                                                    {"reason": "Request", "format": "json"}).content)
    assert "Nightmares again" not in json.dumps(data) and "CV drafted" in json.dumps(data)


def test_key_rotation_keeps_every_document_readable(team, as_user, settings):
    """rotate-keys re-encrypts stored files too: after it, the old key can go and every document opens
    through the normal download path; a second run (after a crash midway) is safe and has nothing to do."""
    from io import StringIO

    from cryptography.fernet import Fernet
    from django.core.management import call_command

    from ikut.core import crypto

    p = team.participant
    client = as_user(team.caseworker)
    contents = [b"%PDF-1.7 first certificate", b"%PDF-1.7 second certificate", b"plain text notes"]
    for n, content in enumerate(contents):
        name = "notes.txt" if content.startswith(b"plain") else f"c{n}.pdf"
        assert upload(client, p, name, content, kind="certificate").status_code == 302
    documents = list(Document.objects.order_by("pk"))
    old_key = settings.IKUT_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    settings.IKUT_ENCRYPTION_KEYS = [new_key, old_key]
    # A crash after the first file: it is already under the new key, the others are not, a temp file is left.
    crypto.rotate_file(default_storage.path(documents[0].storage_name))
    with open(default_storage.path(documents[1].storage_name) + ".rotating", "wb") as fh:
        fh.write(b"half-written")
    out = StringIO()
    call_command("rotate_keys", stdout=out)
    assert "files: 2 re-encrypted, 1 already under the new key" in out.getvalue()
    out = StringIO()
    call_command("rotate_keys", stdout=out)  # running again is harmless
    assert "files: 0 re-encrypted, 3 already under the new key" in out.getvalue()
    settings.IKUT_ENCRYPTION_KEYS = [new_key]  # the old key is gone
    for document, content in zip(documents, contents, strict=True):
        response = client.get(reverse("participants:document_download", args=[p.code, document.pk]))
        assert response.status_code == 200 and response.content == content
    assert not [name for name in default_storage.listdir("participants")[1] if name.endswith(".rotating")]


def test_exit_asks_first_and_keeps_the_tasks_the_caseworker_chose(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    keep = Task.objects.create(participant=p, phase="placement", title="Placement at the hotel")
    Task.objects.create(participant=p, phase="intake", title="Call Kela", status="in_progress")
    Task.objects.create(participant=p, phase="intake", title="Already done", status="done")
    url = reverse("participants:exit", args=[p.code])
    data = {"exit_date": timezone.localdate().isoformat(), "exit_reason": "employed", "exit_employed": "true"}
    # step 1: the form answers with a confirmation naming the open tasks; nothing is closed yet
    html = client.post(url, data).content.decode()
    assert "Placement at the hotel" in html and "Call Kela" in html and "Already done" not in html
    assert "2 avointa tehtävää suljetaan" in html  # fi is the default language
    assert 'name="exit_reason" value="employed"' in html  # the answers travel with the confirmation
    p.refresh_from_db()
    assert p.status == "open" and not Task.objects.filter(kind=Task.Kind.FOLLOW_UP).exists()
    # a forged task id of another participant is refused and nothing is saved
    other = Participant.objects.create(organisation=team.org, first_name="A", last_name="B",
                                       date_of_birth=datetime.date(1990, 1, 1), language="fi")
    foreign = Task.objects.create(participant=other, phase="intake", title="Not hers")
    response = client.post(url, dict(data, confirm="yes", keep_tasks=[foreign.pk]))
    assert response.status_code == 200
    p.refresh_from_db()
    assert p.status == "open"
    # step 2: confirmed, keeping the placement task
    response = client.post(url, dict(data, confirm="yes", keep_tasks=[keep.pk]))
    assert response.status_code == 302
    p.refresh_from_db()
    assert p.status == "closed"
    statuses = dict(Task.objects.filter(participant=p).values_list("title", "status"))
    assert statuses["Placement at the hotel"] == "planned"
    assert statuses["Call Kela"] == "dropped" and statuses["Already done"] == "done"
    foreign.refresh_from_db()
    assert foreign.status == "planned"
    entry = AuditEntry.objects.get(action="participants.participant.exit")
    assert entry.details["tasks_closed"] == 1 and entry.details["tasks_kept"] == 1


def test_referral_status_form_preselects_the_current_status(team, as_user):
    from ikut.participants.models import Consent, Referral

    p = team.participant
    consent = Consent.objects.create(participant=p, purpose="share_with_partner", partner=team.ngo,
                                     text_version="1", text_language="fi", how_given="signed")
    referral = Referral.objects.create(participant=p, partner=team.ngo, service="kela", consent=consent,
                                       status="accepted")
    html = as_user(team.caseworker).get(reverse("participants:detail", args=[p.code])).content.decode()
    select = html[html.index(f'id="ref-status-{referral.pk}"'):]
    select = select[:select.index("</select>")]
    assert '<option value="accepted" selected>' in select
    assert select.count("selected") == 1
