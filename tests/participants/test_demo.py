import pytest

from ikut.core.demo import seed_foundation
from ikut.participants import demo
from ikut.participants.models import PHASE_ORDER, Note, Participant

pytestmark = pytest.mark.django_db


def test_demo_has_every_phase_marked_demo_and_is_idempotent():
    world = seed_foundation()
    created = demo.seed(world)
    assert {p.current_phase for p in created} == set(PHASE_ORDER)
    assert all(p.last_name.endswith("(demo)") for p in created)
    assert all(p.assignments.filter(user=world["users"]["caseworker"]).exists() for p in created)
    assert Note.objects.filter(kind="psychosocial", author=world["users"]["psychosocial"]).exists()
    assert Participant.objects.filter(user=world["users"]["participant"]).count() == 1
    assert all(p.consents.exists() and p.goals.exists() and p.meetings.exists() for p in created)
    assert demo.seed(world) == []
    assert Participant.objects.count() == len(created)
