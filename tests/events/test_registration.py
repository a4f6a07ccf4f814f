import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.core.crypto import blind_index
from ikut.events import actions
from ikut.events.models import Registration
from tests.helpers import SYSTEM, VISITOR, make_user

S = Registration.Status


def register(event, n):
    return actions.register(VISITOR, event, name=f"Person {n}", email=f"p{n}@example.org", language="en")


def ics_attachments(message):
    return [a for a in message.attachments if a[0].endswith(".ics")]


@pytest.mark.django_db
def test_anonymous_registration_needs_email_confirmation(client, make_event):
    event = make_event(capacity=5)
    response = client.post(reverse("events:detail", args=[event.pk]),
                           {"name": "Anna Example", "email": "anna@example.org", "privacy": "on"})
    registration = Registration.objects.get()
    assert response.status_code == 302 and response["Location"] == registration.ticket_url()
    assert registration.status == S.PENDING
    assert len(mail.outbox) == 1 and "/events/confirm/" in mail.outbox[0].body
    assert "anna@example.org" not in response["Location"] and "Anna" not in response["Location"]
    link = [w for w in mail.outbox[0].body.split() if "/events/confirm/" in w][0]
    client.post(link[link.index("/events/"):])
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED
    confirmation = mail.outbox[-1]
    assert confirmation.to == ["anna@example.org"]
    (name, content, mimetype), = ics_attachments(confirmation)
    # registered in Finnish
    assert mimetype == "text/calendar" and "BEGIN:VEVENT" in content and "Seminaari (testi)" in content


@pytest.mark.django_db
def test_personal_data_is_encrypted_with_a_blind_index(make_event):
    from django.db import connection

    registration = register(make_event(), 1)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, email, email_index FROM events_registration WHERE id = %s", [registration.pk])
        name, email, index = cursor.fetchone()
    assert "Person" not in name and "example.org" not in email and len(index) == 64


@pytest.mark.django_db
def test_same_email_cannot_register_twice(make_event):
    event = make_event()
    register(event, 1)
    with pytest.raises(actions.AlreadyRegistered):
        actions.register(VISITOR, event, name="Again", email="  P1@Example.org ", language="fi")


@pytest.mark.django_db
def test_full_event_waitlist_cancel_promotes_with_time_limited_offer(make_event):
    event = make_event(capacity=1, offer_hours=24)
    first, second, third = (register(event, n) for n in (1, 2, 3))
    for r in (first, second, third):
        actions.confirm_email(VISITOR, r)
    first.refresh_from_db(), second.refresh_from_db(), third.refresh_from_db()
    assert [first.status, second.status, third.status] == [S.CONFIRMED, S.WAITLISTED, S.WAITLISTED]
    mail.outbox.clear()
    actions.cancel(VISITOR, first)
    second.refresh_from_db()
    assert second.status == S.OFFERED
    expires_in = second.offer_expires_at - timezone.now()
    assert abs(expires_in - datetime.timedelta(hours=24)) < datetime.timedelta(minutes=1)
    offer = [m for m in mail.outbox if m.to == ["p2@example.org"]]
    assert offer and second.secret in offer[0].body
    assert actions.accept_offer(VISITOR, second)
    second.refresh_from_db()
    assert second.status == S.CONFIRMED
    assert ics_attachments(mail.outbox[-1]) and mail.outbox[-1].to == ["p2@example.org"]
    third.refresh_from_db()
    assert third.status == S.WAITLISTED


@pytest.mark.django_db
def test_expired_offer_goes_to_the_next_person_via_housekeeping(make_event):
    event = make_event(capacity=1)
    regs = [register(event, n) for n in (1, 2, 3)]
    for r in regs:
        actions.confirm_email(VISITOR, r)
    actions.cancel(VISITOR, regs[0])
    Registration.objects.filter(pk=regs[1].pk).update(offer_expires_at=timezone.now() - datetime.timedelta(minutes=1))
    counts = actions.housekeeping(SYSTEM)
    assert counts["expired_offers"] == 1
    regs[1].refresh_from_db(), regs[2].refresh_from_db()
    assert regs[1].status == S.EXPIRED and regs[2].status == S.OFFERED
    assert not actions.accept_offer(VISITOR, regs[1])


@pytest.mark.django_db
def test_offer_cannot_be_accepted_after_its_deadline(make_event):
    event = make_event(capacity=1)
    a, b = register(event, 1), register(event, 2)
    actions.confirm_email(VISITOR, a), actions.confirm_email(VISITOR, b)
    actions.cancel(VISITOR, a)
    Registration.objects.filter(pk=b.pk).update(offer_expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert actions.accept_offer(VISITOR, b) is False


@pytest.mark.django_db
def test_reminders_are_sent_once_with_calendar(make_event):
    event = make_event(starts_at=timezone.now() + datetime.timedelta(hours=5),
                       ends_at=timezone.now() + datetime.timedelta(hours=7), reminder_hours=24)
    actions.confirm_email(VISITOR, register(event, 1))
    mail.outbox.clear()
    assert actions.housekeeping(SYSTEM)["reminders"] == 1
    assert len(mail.outbox) == 1 and ics_attachments(mail.outbox[0])
    assert actions.housekeeping(SYSTEM)["reminders"] == 0


@pytest.mark.django_db
def test_signed_in_user_registers_at_once_and_company_is_recorded(client, make_event, company):
    from ikut.accounts.models import Role
    from tests.helpers import sign_in

    employer = make_user(Role.EMPLOYER, company)
    sign_in(client, employer)
    event = make_event()
    client.post(reverse("events:detail", args=[event.pk]), {"name": "Sanna", "email": employer.email, "privacy": "on"})
    registration = Registration.objects.get()
    assert registration.status == S.CONFIRMED and registration.organisation == company
    assert registration.user == employer


@pytest.mark.django_db
def test_registration_is_audited_without_personal_data(make_event):
    registration = register(make_event(), 7)
    entry = AuditEntry.objects.filter(action="events.registration.create").get()
    assert entry.subject_id == f"registration-{registration.pk}"
    assert "p7@example.org" not in str(entry.details) and "Person 7" not in str(entry.details)


@pytest.mark.django_db
def test_ticket_with_unknown_token_is_404(client):
    assert client.get(reverse("events:ticket", args=["no-such-token"])).status_code == 404


@pytest.mark.django_db
def test_closed_or_past_events_refuse_registration(make_event):
    past = make_event(starts_at=timezone.now() - datetime.timedelta(days=2),
                      ends_at=timezone.now() - datetime.timedelta(days=2, hours=-2))
    with pytest.raises(actions.RegistrationClosed):
        register(past, 1)
    with pytest.raises(actions.RegistrationClosed):
        register(make_event(registration_open=False), 2)


@pytest.mark.django_db
def test_raising_capacity_offers_places_to_the_waiting_list(client, make_event, manager):
    from tests.helpers import sign_in

    event = make_event(capacity=1)
    a, b = register(event, 1), register(event, 2)
    actions.confirm_email(VISITOR, a), actions.confirm_email(VISITOR, b)
    sign_in(client, manager)
    data = {k: getattr(event, k) for k in ["kind", "format", "title_fi", "title_en", "location", "offer_hours",
                                           "reminder_hours"]}
    data.update(starts_at=timezone.localtime(event.starts_at).strftime("%Y-%m-%dT%H:%M"),
                ends_at=timezone.localtime(event.ends_at).strftime("%Y-%m-%dT%H:%M"), capacity=2, published="on",
                registration_open="on")
    response = client.post(reverse("events:edit", args=[event.pk]), data)
    assert response.status_code == 302, response.content
    b.refresh_from_db()
    assert b.status == S.OFFERED


@pytest.mark.django_db
def test_attendees_are_invited_to_the_feedback_survey_once_after_the_event(make_event):
    now = timezone.now()
    event = make_event(starts_at=now - datetime.timedelta(hours=3), ends_at=now - datetime.timedelta(hours=1))
    came = Registration.objects.create(event=event, name="Came", email="came@example.org", email_index="c" * 64,
                                       status=S.CONFIRMED, checked_in_at=now - datetime.timedelta(hours=3))
    Registration.objects.create(event=event, name="No-show", email="noshow@example.org", email_index="n" * 64,
                                status=S.CONFIRMED)
    mail.outbox.clear()
    assert actions.housekeeping(SYSTEM)["feedback_requests"] == 1
    (message,) = mail.outbox
    assert message.to == ["came@example.org"] and came.secret in message.body
    assert actions.housekeeping(SYSTEM)["feedback_requests"] == 0


@pytest.mark.django_db
def test_anonymous_registrations_are_throttled_per_address(client, make_event):
    from ikut.events.views import REGISTRATIONS_PER_HOUR

    event = make_event(capacity=100)
    url = reverse("events:detail", args=[event.pk])
    for n in range(REGISTRATIONS_PER_HOUR):
        assert client.post(url, {"name": f"N{n}", "email": f"n{n}@example.org", "privacy": "on"}).status_code == 302
    response = client.post(url, {"name": "Flood", "email": "victim@example.org", "privacy": "on"})
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    assert not Registration.objects.filter(email_index=blind_index("victim@example.org")).exists()
    assert not [m for m in mail.outbox if m.to == ["victim@example.org"]]


@pytest.mark.django_db
def test_registration_throttle_counts_each_forwarded_address_behind_a_proxy(client, make_event, settings):
    """Behind the reverse proxy the throttle is per visitor, not one bucket for everyone (the proxy's address)."""
    from ikut.events.views import REGISTRATIONS_PER_HOUR

    settings.IKUT_PROXY_COUNT = 1
    event = make_event(capacity=100)
    url = reverse("events:detail", args=[event.pk])

    def register(n, forwarded):
        return client.post(url, {"name": f"N{n}", "email": f"n{n}@example.org", "privacy": "on"},
                           REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)

    for n in range(REGISTRATIONS_PER_HOUR):
        assert register(n, "203.0.113.5").status_code == 302
    assert register(99, "203.0.113.5").status_code == 200  # this visitor is throttled
    assert register(100, "198.51.100.8").status_code == 302  # another visitor is not
