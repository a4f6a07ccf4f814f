"""A task reclaimed from a dead worker runs again: the waiting-list tasks must be safe to repeat."""

import datetime

import pytest
from django.utils import timezone

from tests.helpers import SYSTEM, VISITOR

pytestmark = pytest.mark.django_db


def test_expiring_an_offer_twice_gives_the_seat_once(make_event):
    """A reclaimed expire_offer_task runs again: the second run must change nothing."""
    from ikut.events import actions
    from ikut.events.models import Registration

    S = Registration.Status
    event = make_event(capacity=1, offer_hours=6)
    holder = Registration.objects.create(event=event, name="H", email="h@x.org", email_index="h" * 64,
                                         status=S.CONFIRMED)
    first = Registration.objects.create(event=event, name="A", email="a@x.org", email_index="a" * 64,
                                        status=S.WAITLISTED, waitlisted_at=timezone.now())
    Registration.objects.create(event=event, name="B", email="b@x.org", email_index="b" * 64,
                                status=S.WAITLISTED, waitlisted_at=timezone.now())
    actions.cancel(VISITOR, holder)
    Registration.objects.filter(pk=first.pk).update(offer_expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert actions.expire_offer(SYSTEM, first.pk) is True
    assert actions.expire_offer(SYSTEM, first.pk) is False
    assert Registration.objects.filter(event=event, status__in=[S.OFFERED, S.CONFIRMED]).count() == 1
