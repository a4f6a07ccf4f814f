import io

import pytest
from django.core.management import call_command

from ikut.accounts.models import Role, User
from ikut.audit import log

pytestmark = pytest.mark.django_db


def test_demo_loads_every_part_prints_a_login_per_role_and_can_run_twice(settings, monkeypatch):
    monkeypatch.delenv("IKUT_SITE_URL", raising=False)
    out = io.StringIO()
    call_command("demo", no_serve=True, addr="127.0.0.1:8123", stdout=out)
    assert settings.SITE_URL == "http://127.0.0.1:8123"  # links in demo emails point where the demo serves
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


def test_demo_task_titles_follow_the_language_not_the_server_default():
    from ikut.participants.models import Task

    call_command("demo", no_serve=True, stdout=io.StringIO())
    titles = [(t.title, t.title_fi) for t in Task.objects.all() if t.title.endswith("step (demo)")]
    assert titles
    for _title, title_fi in titles:
        assert "_" not in title_fi and title_fi.endswith("tehtävä (demo)")
    from django.utils import translation

    from ikut.participants.models import Phase

    with translation.override("en"):
        english = {str(ph.label) for ph in Phase}
    assert {t.split(" — ")[0] for t, _fi in titles} <= english  # not the server default (Finnish)
