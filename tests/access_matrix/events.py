"""Access matrix for seminars and trainings (ikut.events)."""

import datetime

from django.utils import timezone

from ikut.core.crypto import blind_index
from ikut.events.models import Event, Registration

from . import EVERYONE, Case

MANAGERS = {"administrator", "project_manager", "supervisor"}
BROWSERS = {"administrator", "caseworker", "psychosocial", "supervisor", "project_manager", "dpo", "employer",
            "outsider"}


def extend_world(w):
    now = timezone.now()
    w.event = Event.objects.create(title_en="Matrix seminar", title_fi="Matriisiseminaari", published=True,
                                   location="Helsinki", starts_at=now + datetime.timedelta(days=3),
                                   ends_at=now + datetime.timedelta(days=3, hours=2), capacity=10)
    w.registration = Registration.objects.create(
        event=w.event, name="Attendee (test)", email="attendee@test.example",
        email_index=blind_index("attendee@test.example"), status=Registration.Status.CONFIRMED,
        organisation=w.company, checked_in_at=now)
    w.pending = Registration.objects.create(
        event=w.event, name="Pending (test)", email="pending@test.example",
        email_index=blind_index("pending@test.example"), status=Registration.Status.PENDING)
    w.confirm_path = w.pending.new_confirm_url()
    w.spare = Registration.objects.create(
        event=w.event, name="Spare (test)", email="spare@test.example", email_index=blind_index("spare@test.example"),
        status=Registration.Status.CONFIRMED)


def _ticket(w):
    return {"secret": w.registration.secret}


MATRIX = {
    "events:list": Case(allow=EVERYONE),
    "events:detail": Case(allow=EVERYONE, kwargs=lambda w: {"pk": w.event.pk}),
    "events:ticket": Case(allow=EVERYONE, kwargs=_ticket, note="the random token is the credential"),
    "events:confirm": Case(allow=EVERYONE, kwargs=lambda w: {"token": w.confirm_path.rstrip("/").rsplit("/", 1)[-1]},
                           note="the emailed confirmation token is the credential (not the ticket's)"),
    "events:accept": Case(allow=EVERYONE, method="post", kwargs=_ticket),
    "events:cancel": Case(allow=EVERYONE, kwargs=_ticket),
    "events:qr": Case(allow=EVERYONE, kwargs=_ticket),
    "events:ics": Case(allow=EVERYONE, kwargs=_ticket),
    "events:feedback": Case(allow=EVERYONE, kwargs=_ticket),
    "events:certificate": Case(allow=EVERYONE, kwargs=_ticket),
    "events:manage": Case(allow=MANAGERS),
    "events:create": Case(allow=MANAGERS),
    "events:edit": Case(allow=MANAGERS, kwargs=lambda w: {"pk": w.event.pk}),
    "events:attendees": Case(allow=MANAGERS, kwargs=lambda w: {"pk": w.event.pk}),
    "events:export": Case(allow=MANAGERS, kwargs=lambda w: {"pk": w.event.pk, "fmt": "csv"},
                          note="managers are sent to sudo (re-authentication) first"),
    "events:feedback_summary": Case(allow=MANAGERS, kwargs=lambda w: {"pk": w.event.pk}),
    "events:staff_cancel": Case(allow=MANAGERS, method="post", kwargs=lambda w: {"pk": w.spare.pk}),
    "events:checkin_lookup": Case(allow=MANAGERS),
    "events:checkin": Case(allow=MANAGERS, kwargs=lambda w: {"code": w.registration.checkin_code}),
    "events:companies": Case(allow=MANAGERS | {"employer"}),
    "api:events_participation": Case(allow=MANAGERS | {"employer"}),
    "events:company": Case(allow=MANAGERS | {"employer"}, kwargs=lambda w: {"org_pk": w.company.pk},
                           note="an employer sees only their own company (tests/events/test_access.py)"),
}
