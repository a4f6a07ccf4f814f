import pytest

from ikut.core.demo import seed_foundation
from ikut.reporting import demo
from ikut.reporting.aggregates import survey_sections
from ikut.reporting.models import Response

pytestmark = pytest.mark.django_db


def test_demo_seed_is_idempotent_and_aggregates():
    world = seed_foundation()
    first = demo.seed(world)
    demo.seed(world)
    assert Response.objects.count() == 7
    assert first["report"].sections.count() == 1
    sections = survey_sections([first["survey"]])
    services = next(s for s in sections if s["topic"] == "services")
    # 7 answers: yes 4, no 2, don't know 1, no answer 0 — every cell is under 5, the total 7 is published
    displays = [cell["d"] for _label, cell in services["rows"]]
    assert displays[0] == "<5" and services["total"]["d"] == "7"
