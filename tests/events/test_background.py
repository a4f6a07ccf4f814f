"""Emails leave the request: with a queueing backend nothing is sent in the request, the queue holds only
ids, and offer expiry is scheduled with run_after. (The demo/tests use the immediate backend.)"""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import task_backends

from ikut.events import actions, emails
from ikut.events.models import Registration
from tests.helpers import VISITOR

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _queued():
    return task_backends["default"].results


@pytest.mark.django_db
@override_settings(TASKS=DUMMY)
def test_registration_request_only_enqueues_ids(client, make_event):
    event = make_event()
    response = client.post(reverse("events:detail", args=[event.pk]),
                           {"name": "Queue Person", "email": "queue@example.org", "privacy": "on"})
    assert response.status_code == 302
    assert mail.outbox == []
    (result,) = _queued()
    registration = Registration.objects.get()
    assert result.task.name == "send_registration_email"
    assert list(result.args) == [registration.pk, "confirm_email"]
    assert "queue@example.org" not in repr(result.args) + repr(result.kwargs)


@pytest.mark.django_db
@override_settings(TASKS=DUMMY)
def test_offer_expiry_is_scheduled_with_run_after(make_event):
    event = make_event(capacity=1, offer_hours=6)
    holder = Registration.objects.create(event=event, name="H", email="h@x.org", email_index="h" * 64,
                                         status=Registration.Status.CONFIRMED)
    waiting = Registration.objects.create(event=event, name="W", email="w@x.org", email_index="w" * 64,
                                          status=Registration.Status.WAITLISTED, waitlisted_at=timezone.now())
    actions.cancel(VISITOR, holder)
    waiting.refresh_from_db()
    expiry = [r for r in _queued() if r.task.name == "expire_offer_task"]
    assert len(expiry) == 1 and list(expiry[0].args) == [waiting.pk]
    assert expiry[0].task.run_after >= waiting.offer_expires_at
    assert expiry[0].task.run_after - timezone.now() < datetime.timedelta(hours=6, minutes=1)


@pytest.mark.django_db
def test_emails_are_in_the_registrants_language(make_event):
    event = make_event(title_sv="Seminarium (test)")
    registration = actions.register(VISITOR, event, name="Sven", email="sven@example.org", language="sv")
    assert mail.outbox[-1].subject.startswith("Bekräfta din anmälan")
    assert "Seminarium (test)" in mail.outbox[-1].subject
    actions.confirm_email(VISITOR, registration)
    message = mail.outbox[-1]
    assert message.subject.startswith("Du är anmäld")
    assert "SUMMARY:Seminarium (test)" in message.attachments[0][1]


@pytest.mark.django_db
def test_email_for_an_anonymised_registration_is_not_sent(make_event):
    registration = actions.register(VISITOR, make_event(), name="X", email="x@example.org", language="fi")
    Registration.objects.filter(pk=registration.pk).update(anonymised=True)
    mail.outbox.clear()
    assert emails.send(registration.pk, "reminder") == 0 and mail.outbox == []


@pytest.mark.django_db
def test_public_pages_have_bounded_queries(client, make_event, django_assert_max_num_queries):
    event = make_event(capacity=50)
    registrations = [actions.register(VISITOR, event, name=f"P{n}", email=f"p{n}@example.org", language="fi")
                     for n in range(20)]
    for r in registrations:
        actions.confirm_email(VISITOR, r)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("events:list")).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("events:detail", args=[event.pk])).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(reverse("events:ticket", args=[registrations[0].secret])).status_code == 200
