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


def test_demo_cohort_gives_real_figures_outside_the_caseload(capsys):
    import json

    from django.core.management import call_command
    from django.utils import timezone

    from ikut.access.participants import visible_participants
    from ikut.participants.models import Participant
    from ikut.reporting import esf, periods
    from ikut.reporting.models import ReportingPeriod

    world = seed_foundation()
    from ikut.participants import demo as participants_demo

    participants_demo.seed(world)
    demo.seed(world)
    cohort = Participant.objects.filter(organisation__name=demo.COHORT_ORG)
    assert cohort.count() >= 120
    caseworker = world["users"]["caseworker"]
    assert not visible_participants(caseworker).filter(organisation__name=demo.COHORT_ORG).exists()
    made = list(ReportingPeriod.objects.order_by("start"))
    assert [p.state for p in made] == ["submitted", "submitted", "draft"]
    for a, b in zip(made, made[1:], strict=False):  # consecutive pairs
        assert a.end < b.start  # never overlapping
    # The submitted periods' tables show real numbers: most coded totals are published.
    for period in made[:2]:
        cells = period.published["cells"]
        coded = [row.key for row in esf.ROWS if row.code and row.cohort == "entered"]
        shown = [k for k in coded if cells[k]["total"]["s"] == "shown"]
        assert cells["EECO01"]["total"]["v"] >= 30 and len(shown) >= len(coded) // 2, (period.name, shown)
    # ikut esf-report works on the demo data
    call_command("esf_report", "--list")
    assert made[0].name in capsys.readouterr().out
    call_command("esf_report", "--period", made[1].name, "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["state"] == "submitted" and data["fingerprint"] == made[1].fingerprint
    assert timezone.localdate() <= made[2].end and periods.published(made[2])["cells"]["EECO01"]["total"]["v"]
