import io

import pytest
from django.core.management import call_command

from ikut.accounts.models import Role, User
from ikut.audit import log

pytestmark = pytest.mark.django_db


def test_demo_loads_every_part_prints_a_login_per_role_and_can_run_twice():
    out = io.StringIO()
    call_command("demo", no_serve=True, stdout=out)
    printed = out.getvalue()
    for role in Role:
        assert str(role.label) in printed, role
        assert User.objects.filter(role=role, email__endswith="@demo.ikut.fi").exists()
    assert "ikut-demo-2026" in printed and "fictional" in printed
    staff = User.objects.get(email="aino@demo.ikut.fi")
    assert staff.display_name.endswith("(demo)")
    from ikut.participants.models import Participant

    phases = set(Participant.objects.values_list("current_phase", flat=True))
    assert len(phases) == 7, phases  # demo participants in every phase of the model
    counts = {model: model.objects.count() for model in (User, Participant)}
    call_command("demo", no_serve=True, stdout=io.StringIO())  # reuses, never duplicates
    assert counts == {model: model.objects.count() for model in (User, Participant)}
    ok, message, _ = log.verify()
    assert ok, message
