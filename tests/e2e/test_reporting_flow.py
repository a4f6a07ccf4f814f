"""The project manager opens the dashboard (charts), exports the ESF+ XLSX and the situation report PDF;
the PDF renders with charts and suppressed cells (pdftoppm → test-artifacts/)."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import FieldChange
from ikut.reporting.models import SituationReport
from tests.e2e.conftest import ARTIFACTS, axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user
from tests.reporting import dataset

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world():
    org = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    period, entrants = dataset.build(org)
    from ikut.participants.models import Participant

    for phases, group in ((("skills_identification",) * 8, entrants[:8]), (("job_readiness",) * 6, entrants[8:14]),
                          (("work_trial",) * 6, entrants[14:20])):
        Participant.objects.filter(pk__in=[p.pk for p in group]).update(current_phase=phases[0])
    FieldChange.objects.bulk_create([FieldChange(participant=p, model="participant", object_id=p.pk,
                                                 field="current_phase", new_value="work_trial") for p in entrants[:8]])
    pm = make_user(Role.PROJECT_MANAGER, make_org("Project (e2e)", Organisation.Kind.PROJECT_OFFICE),
                   email="leena@e2e.example")
    report = SituationReport.objects.create(title="Tilannekatsaus 2026", period=period)
    report.sections.create(heading="Johdanto", body="Tämä katsaus kuvaa osallistujien tilannetta työmarkkinoilla.")
    return {"period": period, "pm": pm, "report": report, "entrants": entrants}


def test_project_manager_dashboard_esf_xlsx_and_situation_pdf(page, world):
    from openpyxl import load_workbook

    pm = world["pm"]
    login(page, pm.email, PASSWORD, totp_user=pm)
    page.wait_for_url("**/home/")
    page.goto("/reporting/dashboard/")
    assert page.locator("main svg.chart").count() >= 3
    assert page.locator("main svg.chart").first.is_visible()
    html = page.content()
    for p in world["entrants"]:
        assert p.code not in html  # aggregates only
    screenshot(page, "reporting-dashboard")
    assert axe_violations(page) == []

    page.goto(f"/reporting/esf/{world['period'].pk}/")
    assert page.locator("td.rp-suppressed").count() > 0
    screenshot(page, "reporting-esf")
    assert axe_violations(page) == []
    with page.expect_download() as info:
        page.click(f"a[href$='/esf/{world['period'].pk}/export.xlsx']")
    path = info.value.path()
    ws = load_workbook(io.BytesIO(Path(path).read_bytes()))["ESF+"]
    values = {r[6]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert values["EECO01"][12] == 21 and values["EECO01"][10] == "<5"  # total, non-binary

    # review, then submit: the stored figures and their fingerprint are shown
    page.click("form[action$='/review/'] button")
    page.wait_for_load_state()
    page.click("form[action$='/submit/'] button")
    page.wait_for_load_state()
    world["period"].refresh_from_db()
    assert world["period"].state == "submitted"
    assert world["period"].fingerprint[:10] in page.content()
    screenshot(page, "reporting-esf-submitted")
    assert axe_violations(page) == []
    page.goto("/reporting/esf/")
    assert page.locator("#h-cumulative").is_visible()
    assert axe_violations(page) == []

    page.goto(f"/reporting/situation/{world['report'].pk}/")
    page.click("form[action$='/build/'] button")
    page.wait_for_load_state()
    assert page.locator("main svg.chart").count() >= 3
    assert axe_violations(page) == []
    with page.expect_download() as info:
        page.click(f"a[href$='/situation/{world['report'].pk}/export.pdf']")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "reporting-situation.pdf"
    info.value.save_as(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(ARTIFACTS / "reporting-situation")], check=True)
        assert list(ARTIFACTS.glob("reporting-situation-*.png"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout \
        if shutil.which("pdftotext") else ""
    if text:
        assert "<5" in text and "Johdanto" in text


def test_anonymous_respondent_answers_on_a_phone(phone):
    from ikut.reporting.models import Choice, Question, Response, Survey, SurveyLink

    survey = Survey.objects.create(title_fi="Työ ja palvelut", title_en="Work and services", audience="participants",
                                   status="open", intro_en="Answering is voluntary and anonymous.")
    q = Question.objects.create(survey=survey, kind="multi", text_fi="Mikä on vaikeuttanut?",
                                text_en="What has made finding work hard?", topic="barriers")
    for i, label in enumerate(["Language skills", "Residence permit"]):
        Choice.objects.create(question=q, order=i, label_en=label, label_fi=label)
    link = SurveyLink.objects.create(survey=survey)
    phone.goto(f"/reporting/s/{link.token}/?lang=en")
    assert phone.locator("h1").inner_text() == "Work and services"
    phone.get_by_label("Language skills").check()
    screenshot(phone, "reporting-survey-phone")
    assert axe_violations(phone) == []
    phone.click("main button[type=submit]")
    phone.wait_for_load_state()
    assert Response.objects.get().answers.count() == 1
    assert not [c for c in phone.context.cookies() if c["name"] == "sessionid"]
