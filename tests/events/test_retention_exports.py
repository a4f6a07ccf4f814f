import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.events import actions, exports, participation
from ikut.events.models import Feedback, Registration
from tests.helpers import SYSTEM, make_user, sign_in

S = Registration.Status
NASTY = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "=1+1"]


@pytest.mark.django_db
@override_settings(IKUT_EVENT_RETENTION_DAYS=30)
def test_retention_deletes_attendee_data_but_keeps_aggregates(make_event, company):
    ended = timezone.now() - datetime.timedelta(days=31)
    old = make_event(starts_at=ended - datetime.timedelta(hours=2), ends_at=ended)
    recent = make_event(starts_at=timezone.now() - datetime.timedelta(days=29, hours=2),
                        ends_at=timezone.now() - datetime.timedelta(days=29))
    user = make_user(Role.EMPLOYER, company)
    kept = Registration.objects.create(event=recent, name="Recent Person", email="recent@example.org",
                                       email_index="x" * 64, status=S.CONFIRMED)
    gone = Registration.objects.create(event=old, name="Old Person", email="old@example.org", email_index="y" * 64,
                                       status=S.CONFIRMED, user=user, organisation=company, checked_in_at=ended)
    Feedback.objects.create(event=old, registration=gone, overall=4, relevance=5, comment="I am Old Person")
    out = io.StringIO()
    call_command("events_housekeeping", stdout=out)
    assert "anonymised_events=1" in out.getvalue()
    gone.refresh_from_db(), kept.refresh_from_db(), old.refresh_from_db()
    assert gone.anonymised and gone.name == "" and gone.email == "" and gone.email_index == "" and gone.user is None
    assert kept.name == "Recent Person" and not kept.anonymised
    assert old.anonymised_at is not None
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, email FROM events_registration WHERE id = %s", [gone.pk])
        raw = cursor.fetchone()
    assert all(len(value) < 200 for value in raw)  # encrypted empty strings, no old ciphertext kept
    feedback = Feedback.objects.get()
    assert feedback.comment == "" and feedback.overall == 4
    # company participation survives as an aggregate
    row, = participation.for_organisation(company)
    assert row["attended"] == 1
    assert AuditEntry.objects.filter(action="events.event.anonymise", subject_id=f"event-{old.pk}").exists()
    # idempotent
    assert actions.housekeeping(SYSTEM)["anonymised_events"] == 0


def test_neutralise_prefixes_every_dangerous_start():
    for value in NASTY:
        assert exports.neutralise(value) == "'" + value
    assert exports.neutralise("Anna") == "Anna"
    assert exports.neutralise("") == ""
    assert exports.neutralise(None) == ""


def _nasty_event(make_event):
    event = make_event(capacity=20)
    for n, name in enumerate(NASTY):
        Registration.objects.create(event=event, name=name, email=f"=cmd|' /C calc'!A{n}@x.org",
                                    email_index=str(n) * 64, status=S.CONFIRMED)
    return event


@pytest.mark.django_db
def test_csv_export_is_safe_from_formula_injection(make_event):
    event = _nasty_event(make_event)
    rows = list(csv.reader(io.StringIO(exports.to_csv(event).lstrip("\ufeff"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not any(cell.startswith(exports.DANGEROUS) for cell in cells)
    assert {row[0] for row in rows[1:]} == {"'" + v for v in NASTY}


@pytest.mark.django_db
def test_xlsx_export_is_safe_from_formula_injection(make_event):
    event = _nasty_event(make_event)
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(event))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert cells and all(cell.data_type == "s" for cell in cells if cell.value is not None)  # never "f" (formula)
    assert not any(str(cell.value or "").startswith(exports.DANGEROUS) for cell in cells)
    # XML stores a carriage return as a newline; the apostrophe is what matters
    written = {sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)}
    assert written == {"'" + v.replace("\r", "\n") for v in NASTY}


@pytest.mark.django_db
def test_export_view_requires_sudo_and_is_audited(client, make_event, manager):
    from ikut.accounts import sessions

    event = _nasty_event(make_event)
    sign_in(client, manager)
    url = reverse("events:export", args=[event.pk, "xlsx"])
    assert reverse("accounts:sudo") in client.get(url)["Location"]
    session = client.session
    session[sessions.SUDO_KEY] = timezone.now().timestamp() + 600
    session.save()
    response = client.get(url)
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    entry = AuditEntry.objects.get(action="events.attendees.export")
    assert entry.details == {"format": "xlsx", "rows": len(NASTY)}
    assert client.get(reverse("events:export", args=[event.pk, "pdf"])).status_code == 404
