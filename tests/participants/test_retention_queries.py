"""Retention (dry run and apply) and bounded query counts for the dashboard and the record page."""

import datetime
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.participants import actions
from ikut.participants.models import (
    Assignment,
    Consent,
    Document,
    FieldChange,
    Goal,
    Meeting,
    Note,
    Participant,
)
from tests.helpers import make_caseload, make_record_history

pytestmark = pytest.mark.django_db


def closed(team, days_ago, **extra):
    p = Participant.objects.create(
        organisation=team.org, first_name="Old", last_name="Record", date_of_birth=datetime.date(1980, 1, 1),
        phone="+35850111", status="closed", exit_date=timezone.localdate() - datetime.timedelta(days=days_ago),
        gender="woman", employment_status_at_entry="long_term_unemployed", education_level="isced_3_4",
        third_country_national=True, exit_employed=True, employed_6_months=True, **extra)
    Note.objects.create(participant=p, body="private note")
    Goal.objects.create(participant=p, phase="intake", own_words="my goal")
    Meeting.objects.create(participant=p, kind="coaching", starts_at=timezone.now(), summary="summary text")
    FieldChange.objects.create(participant=p, model="participant", object_id=p.pk, field="phone",
                               old_value="+35850000", new_value="+35850111")
    Consent.objects.create(participant=p, purpose="esf_reporting", text_version="1", text_language="fi",
                           how_given="signed")
    return p


def test_retention_dry_run_changes_nothing_and_apply_anonymises(team, settings):
    settings.IKUT_RETENTION_DAYS = 365
    old = closed(team, 400)
    recent = closed(team, 100)
    doc = actions.upload_document(team.caseworker, old, "cv", SimpleUploadedFile("cv.pdf", b"%PDF-1 cv"))
    out = StringIO()
    call_command("retention", "--dry-run", stdout=out)
    assert f"would anonymise {old.code}" in out.getvalue() and recent.code not in out.getvalue()
    old.refresh_from_db()
    assert old.first_name == "Old" and old.anonymised_at is None
    out = StringIO()
    call_command("retention", "--apply", stdout=out)
    assert f"anonymised {old.code}" in out.getvalue()
    old.refresh_from_db()
    assert old.anonymised_at is not None
    assert (old.first_name, old.last_name, old.phone, old.date_of_birth, old.identity_index) == ("", "", "", None, "")
    assert not old.notes.exists() and not old.goals.exists() and not old.changes.exists()
    assert not Document.objects.filter(pk=doc.pk).exists() and not default_storage.exists(doc.storage_name)
    assert old.meetings.get().summary == ""
    # coded ESF+ fields stay for reporting
    assert (old.gender, old.employment_status_at_entry, old.age_band_at_entry, old.education_level,
            old.third_country_national, old.exit_employed, old.employed_6_months) == (
        "woman", "long_term_unemployed", "30_54", "isced_3_4", True, True, True)
    assert old.consents.count() == 1
    recent.refresh_from_db()
    assert recent.first_name == "Old" and recent.notes.exists()
    assert AuditEntry.objects.filter(action="participants.participant.anonymise", subject_id=old.code).exists()
    # anonymised records disappear from every list and lookup
    Assignment.objects.create(participant=old, user=team.caseworker)
    from ikut.access.participants import visible_participants

    assert old not in visible_participants(team.caseworker)
    # running again finds nothing
    out = StringIO()
    call_command("retention", "--apply", stdout=out)
    assert "0 record(s)" in out.getvalue()


@pytest.mark.parametrize("n", [3, 30])
def test_dashboard_query_count_is_bounded(team, as_user, django_assert_max_num_queries, n):
    make_caseload(team, n)
    client = as_user(team.caseworker)
    url = reverse("participants:dashboard")
    client.get(url)
    with django_assert_max_num_queries(18):  # +1: upcoming permit/reflection expiries (tests/casedata)
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(n + 1, 50)
    sup = as_user(team.supervisor)
    with django_assert_max_num_queries(20):  # + which rows the supervisor may open (issue 11), + expiries (18)
        assert sup.get(url).status_code == 200


@pytest.mark.parametrize("n", [2, 40])
def test_record_page_query_count_is_bounded(team, as_user, django_assert_max_num_queries, n):
    p = team.participant
    make_record_history(team, n)
    url = reverse("participants:detail", args=[p.code])
    assert as_user(team.supervisor).get(url).status_code == 404  # not on the team (issue 11)
    for user in (team.caseworker, team.psychosocial):
        client = as_user(user)
        client.get(url)
        with django_assert_max_num_queries(23):
            assert client.get(url + "?identity=1").status_code == 200


def test_dashboard_pages_keep_the_filters_and_ignore_junk(team, as_user):
    make_caseload(team, 55)
    client = as_user(team.caseworker)
    url = reverse("participants:dashboard")
    html = client.get(url, {"phase": "intake", "status": "open", "page": "1", "junk": "x"}).content.decode()
    assert "?phase=intake&amp;status=open&amp;page=2" in html and "junk" not in html
    assert client.get(url, {"page": "zz"}).status_code == 200
    assert client.get(url, {"page": "3"}).context["page"].number == 2  # beyond the end: the last page
    assert client.get(url, {"page": "9" * 400}).context["page"].number == 1  # no page number: the first
