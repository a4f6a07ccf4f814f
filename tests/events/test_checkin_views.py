import datetime
import subprocess
from pathlib import Path

import pytest
import segno
from django.urls import reverse
from django.utils import timezone

from ikut.accounts.models import Organisation, Role
from ikut.audit.models import AuditEntry
from ikut.core.crypto import blind_index
from ikut.core.links import absolute
from ikut.events import actions
from ikut.events.models import Registration
from tests.helpers import make_org, make_user, sign_in

S = Registration.Status


def confirmed(event, n=1, **extra):
    return Registration.objects.create(event=event, name=f"Attendee {n}", email=f"a{n}@example.org",
                                       email_index=blind_index(f"a{n}@example.org"), status=S.CONFIRMED, **extra)


@pytest.mark.django_db
def test_qr_code_encodes_the_checkin_url_with_the_ticket_token(client, make_event):
    registration = confirmed(make_event())
    response = client.get(reverse("events:qr", args=[registration.secret]))
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    expected_url = absolute(reverse("events:checkin", args=[registration.checkin_code]))
    assert registration.name not in expected_url and registration.secret not in expected_url
    # The SVG's modules are exactly those of a QR code for the check-in URL.
    import io

    buffer = io.BytesIO()
    segno.make(expected_url, error="m").save(buffer, kind="svg", scale=6, border=2, title="x")
    path_of = lambda svg: svg.split(b' d="')[1].split(b'"')[0]  # noqa: E731
    assert path_of(response.content) == path_of(buffer.getvalue())


@pytest.mark.django_db
def test_checkin_needs_staff_and_is_audited(client, make_event, manager, company):
    registration = confirmed(make_event())
    url = reverse("events:checkin", args=[registration.checkin_code])
    assert client.get(url).status_code == 302  # anonymous: to the login page
    sign_in(client, make_user(Role.EMPLOYER, company))
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    client.logout()
    sign_in(client, manager)
    page = client.get(url)
    assert page.status_code == 200 and b"Attendee 1" in page.content and page["Cache-Control"] == "no-store"
    client.post(url)
    registration.refresh_from_db()
    assert registration.checked_in_at and registration.checked_in_by == manager
    assert AuditEntry.objects.filter(action="events.registration.check_in").count() == 1
    client.post(url)  # twice is harmless
    assert AuditEntry.objects.filter(action="events.registration.check_in").count() == 1


@pytest.mark.django_db
def test_waitlisted_ticket_cannot_be_checked_in(make_event, manager):
    event = make_event()
    registration = Registration.objects.create(event=event, name="W", email="w@x.org", email_index="w" * 64,
                                               status=S.WAITLISTED)
    assert actions.check_in(manager, registration) is False


@pytest.mark.django_db
def test_checkin_lookup_by_printed_code(client, make_event, manager):
    registration = confirmed(make_event())
    sign_in(client, manager)
    response = client.get(reverse("events:checkin_lookup"), {"code": registration.checkin_code[:8]})
    assert response["Location"] == reverse("events:checkin", args=[registration.checkin_code])
    miss = client.get(reverse("events:checkin_lookup"), {"code": "zzzzzzzz"})
    assert miss.status_code == 200 and miss.context["form"].errors["code"]


@pytest.mark.django_db
def test_feedback_only_after_attending_and_once(client, make_event):
    registration = confirmed(make_event())
    url = reverse("events:feedback", args=[registration.secret])
    assert client.get(url).status_code == 404
    Registration.objects.filter(pk=registration.pk).update(checked_in_at=timezone.now())
    assert client.get(url).status_code == 200
    response = client.post(url, {"overall": "5", "relevance": "4", "will_act": "on", "comment": "Good"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.feedback.overall == 5 and registration.feedback.will_act
    client.post(url, {"overall": "1", "relevance": "1"})
    assert registration.event.feedback.count() == 1


@pytest.mark.django_db
def test_employer_sees_only_own_company_participation(client, make_event, company):
    other = make_org("Other company (test)", Organisation.Kind.COMPANY)
    employer = make_user(Role.EMPLOYER, company)
    event = make_event()
    confirmed(event, 1, organisation=company, checked_in_at=timezone.now())
    confirmed(event, 2, organisation=other, checked_in_at=timezone.now())
    sign_in(client, employer)
    assert client.get(reverse("events:company", args=[company.pk])).status_code == 200
    assert client.get(reverse("events:company", args=[other.pk])).status_code == 404
    ngo = make_org("NGO", Organisation.Kind.PARTNER_NGO)
    assert client.get(reverse("events:company", args=[ngo.pk])).status_code == 404
    assert client.get(reverse("events:companies"))["Location"] == reverse("events:company", args=[company.pk])
    page = client.get(reverse("events:company", args=[company.pk])).content.decode()
    assert "Attendee 1" not in page and "Attendee 2" not in page  # counts, never names


@pytest.mark.django_db
def test_manage_and_attendee_pages_have_bounded_queries(client, make_event, manager, company,
                                                        django_assert_max_num_queries):
    sign_in(client, manager)
    for e in range(3):
        event = make_event(title_en=f"E{e}", capacity=50)
        for n in range(15):
            confirmed(event, f"{e}-{n}", organisation=company)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("events:manage")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(reverse("events:attendees", args=[event.pk])).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("events:companies")).status_code == 200


@pytest.mark.django_db
def test_public_list_hides_unpublished_and_past_events(client, make_event):
    make_event(title_en="Visible", title_fi="Näkyvä")
    make_event(title_en="Draft", title_fi="Luonnos", published=False)
    make_event(title_en="Old", title_fi="Vanha", starts_at=timezone.now() - datetime.timedelta(days=3),
               ends_at=timezone.now() - datetime.timedelta(days=3, hours=-1))
    page = client.get(reverse("events:list")).content.decode()
    assert "Näkyvä" in page and "Luonnos" not in page and "Vanha" not in page


@pytest.mark.django_db
def test_certificate_of_attendance_pdf(client, make_event, tmp_path):
    registration = confirmed(make_event(), checked_in_at=timezone.now())
    url = reverse("events:certificate", args=[registration.secret])
    response = client.get(url)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    out = Path("/tmp/ev") if Path("/tmp/ev").exists() else tmp_path
    (out / "attendance.pdf").write_bytes(response.content)
    text = subprocess.run(["pdftotext", str(out / "attendance.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Attendee 1" in text
    not_attended = confirmed(registration.event, 2)
    assert client.get(reverse("events:certificate", args=[not_attended.secret])).status_code == 404


@pytest.mark.django_db
def test_participation_api_scopes_to_own_company(client, make_event, company, manager):
    other = make_org("Other company (test)", Organisation.Kind.COMPANY)
    event = make_event()
    confirmed(event, 1, organisation=company, checked_in_at=timezone.now())
    confirmed(event, 2, organisation=other, checked_in_at=timezone.now())
    sign_in(client, make_user(Role.EMPLOYER, company))
    rows = client.get("/api/events/participation").json()
    assert [(r["organisation_id"], r["events_attended"]) for r in rows] == [(company.pk, 1)]
    client.logout()
    sign_in(client, manager)
    rows = client.get("/api/events/participation").json()
    assert {r["organisation_id"] for r in rows} >= {company.pk, other.pk}
    client.logout()
    sign_in(client, make_user(Role.CASEWORKER, make_org("A")))
    assert client.get("/api/events/participation").status_code == 404


@pytest.mark.django_db
def test_manager_cancels_a_registration_and_the_waiting_list_moves(client, make_event, manager, company):
    event = make_event(capacity=1)
    holder = confirmed(event, 1)
    waiting = Registration.objects.create(event=event, name="W", email="w@x.org", email_index="w" * 64,
                                          status=S.WAITLISTED, waitlisted_at=timezone.now())
    url = reverse("events:staff_cancel", args=[holder.pk])
    sign_in(client, make_user(Role.EMPLOYER, company))
    assert client.post(url).status_code == 404
    client.logout()
    sign_in(client, manager)
    assert client.get(url).status_code == 405
    assert client.post(url)["Location"] == reverse("events:attendees", args=[event.pk])
    holder.refresh_from_db(), waiting.refresh_from_db()
    assert holder.status == S.CANCELLED and waiting.status == S.OFFERED
    entry = AuditEntry.objects.get(action="events.registration.cancel")
    assert entry.details["by"] == "staff" and entry.actor == manager
