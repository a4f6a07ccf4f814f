import pytest
from django.core import mail

from ikut.core.demo import seed_foundation
from ikut.events import demo as events_demo
from ikut.events.models import Event, Registration
from ikut.learning import demo as learning_demo
from ikut.learning.models import Enrolment


@pytest.mark.django_db
def test_demo_seed_two_seminars_one_full_and_employer_progress():
    world = seed_foundation()
    for _ in range(2):  # idempotent
        learning_demo.seed(world)
        events_demo.seed(world)
    upcoming = [e for e in Event.objects.all() if not e.is_past]
    assert len(upcoming) == 2
    full = next(e for e in upcoming if e.seats_left() == 0)
    assert full.registrations.filter(status=Registration.Status.WAITLISTED).count() == 2
    employer = world["users"]["employer"]
    enrolment = Enrolment.objects.get(user=employer)
    assert enrolment.organisation == world["organisations"]["company"]
    assert enrolment.module_completions.count() == 2 and not enrolment.completed_at
    assert mail.outbox == []  # seeding sends nothing
