"""Two registrations for the last seat at the same moment: exactly one gets it.

Runs on a transactional database with real threads (each thread has its own connection). On PostgreSQL
`SELECT ... FOR UPDATE` on the event row serialises the two; on SQLite the first write to the event
row takes the database write lock, so the second waits and then sees the seat taken. Run it on
PostgreSQL with DATABASE_URL=postgres://... (see docs/events-learning.md).
"""

import threading

import pytest
from django.db import connection, connections

from ikut.events import actions
from ikut.events.models import Registration
from tests.helpers import VISITOR

S = Registration.Status


@pytest.mark.django_db(transaction=True)
def test_two_people_racing_for_the_last_seat(make_event):
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(("file:memorydb", ":memory:")):
        pytest.skip("in-memory SQLite shares one connection between threads; run with IKUT_TEST_SQLITE=/tmp/x.db "
                    "or on PostgreSQL")
    event = make_event(capacity=3)
    for n in range(2):  # two of three seats taken
        early = actions.register(VISITOR, event, name=f"Early {n}", email=f"early{n}@example.org", language="fi")
        actions.confirm_email(VISITOR, early)
    racers = [actions.register(VISITOR, event, name=f"Racer {n}", email=f"racer{n}@example.org",
                               language="fi")
              for n in range(2)]
    barrier = threading.Barrier(len(racers))
    errors = []

    def confirm(registration):
        try:
            barrier.wait(timeout=10)
            actions.confirm_email(VISITOR, registration)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=confirm, args=(r,)) for r in racers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    statuses = sorted(Registration.objects.filter(pk__in=[r.pk for r in racers]).values_list("status", flat=True))
    assert statuses == sorted([S.CONFIRMED, S.WAITLISTED])
    assert event.registrations.filter(status=S.CONFIRMED).count() == 3
