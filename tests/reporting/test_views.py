import pytest
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.participants.models import Assignment, FieldChange
from ikut.reporting.models import Answer, Choice, Question, ReportBuild, Response, SituationReport, Survey, SurveyLink
from tests.helpers import make_user, sign_in

from . import dataset

pytestmark = pytest.mark.django_db


def test_project_manager_dashboard_is_aggregates_only(client, django_assert_max_num_queries):
    period, entrants = dataset.build()
    pm = make_user(Role.PROJECT_MANAGER)
    sign_in(client, pm)
    with django_assert_max_num_queries(40):
        response = client.get(reverse("reporting:dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and "<table" in html
    for p in entrants:
        assert p.code not in html
    assert "&lt;5" in html


def test_completeness_lists_visible_codes_only(client):
    _period, entrants = dataset.build()
    cw = make_user(Role.CASEWORKER, entrants[0].organisation)
    Assignment.objects.create(participant=entrants[19], user=cw)  # has unknown disability → missing
    sign_in(client, cw)
    html = client.get(reverse("reporting:completeness")).content.decode()
    assert entrants[19].code in html
    assert entrants[0].code not in html  # not assigned, not visible


def test_anonymous_answer_stores_no_identity_and_text_is_never_aggregated(client):
    survey = Survey.objects.create(title_fi="Kysely", title_en="Survey", audience="participants", status="open")
    q = Question.objects.create(survey=survey, kind="single", text_fi="Este?", text_en="Barrier?", topic="barriers")
    yes = Choice.objects.create(question=q, label_fi="Kieli", label_en="Language")
    t = Question.objects.create(survey=survey, kind="text", text_en="Anything else?")
    link = SurveyLink.objects.create(survey=survey)
    url = reverse("reporting:answer", args=[link.token])
    assert "Barrier?" in client.get(url + "?lang=en").content.decode()
    response = client.post(url, {"lang": "en", f"q{q.pk}": yes.pk, f"q{t.pk}": "=SECRET free text"})
    assert response.status_code == 200
    r = Response.objects.get()
    assert r.channel == "anonymous_link" and not r.respondent_consented
    assert Answer.objects.filter(response=r).count() == 2
    assert not client.cookies.get("sessionid")
    from ikut.reporting.aggregates import survey_sections

    sections = survey_sections([survey])
    assert "SECRET" not in repr(sections)
    assert all(s["key"] != f"q{t.pk}" for s in sections)
    link.active = False
    link.save()
    assert client.get(url).status_code == 410


def test_situation_report_build_cache_and_pdf(client):
    period, entrants = dataset.build()
    FieldChange.objects.bulk_create([FieldChange(participant=p, model="participant", object_id=p.pk,
                                                 field="current_phase", new_value="work_trial")
                                     for p in entrants[:6]])
    pm = make_user(Role.PROJECT_MANAGER)
    sign_in(client, pm)
    report = SituationReport.objects.create(title="Tilannekatsaus", period=period)
    report.sections.create(heading="Johdanto", body="Yleiskuva.")
    client.post(reverse("reporting:report_build", args=[report.pk]))
    build = ReportBuild.objects.get()
    assert build.status == "done" and build.progress == 100
    keys = [s["key"] for s in build.result["sections"]]
    assert "phases" in keys and "durations" in keys
    # same data → the cached build is reused
    client.post(reverse("reporting:report_build", args=[report.pk]))
    assert ReportBuild.objects.count() == 1
    html = client.get(reverse("reporting:report", args=[report.pk])).content.decode()
    assert "<svg" in html and "Johdanto" in html
    response = client.get(reverse("reporting:report_export", args=[report.pk, "pdf"]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert AuditEntry.objects.filter(action="reporting.situation.export").count() == 1
    # data changes → a new build
    entrants[0].gender = "man"
    entrants[0].save()
    client.post(reverse("reporting:report_build", args=[report.pk]))
    assert ReportBuild.objects.count() == 2


def test_anonymous_answer_needs_no_cookie_but_signed_in_users_keep_csrf():
    from django.test import Client

    survey = Survey.objects.create(title_en="Survey", audience="participants", status="open")
    q = Question.objects.create(survey=survey, kind="scale", text_en="How?", scale_min=1, scale_max=5)
    link = SurveyLink.objects.create(survey=survey, max_responses=1)
    url = reverse("reporting:answer", args=[link.token])
    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post(url, {f"q{q.pk}": 4}).status_code == 200  # no GET first, no cookie
    assert Response.objects.get().answers.get().number == 4
    assert anonymous.post(url, {f"q{q.pk}": 4}).status_code == 410  # the link's limit is reached
    link.max_responses = None
    link.save()
    participant = make_user(Role.PARTICIPANT)
    signed_in = sign_in(Client(enforce_csrf_checks=True), participant)
    assert signed_in.post(url, {f"q{q.pk}": 2, "consent": "on"}).status_code == 403
    assert Response.objects.count() == 1


def test_participant_who_consents_is_recorded_only_as_that_fact(client):
    survey = Survey.objects.create(title_en="Survey", audience="participants", status="open")
    q = Question.objects.create(survey=survey, kind="number", text_en="How many?")
    link = SurveyLink.objects.create(survey=survey)
    participant = make_user(Role.PARTICIPANT)
    sign_in(client, participant)
    client.post(reverse("reporting:answer", args=[link.token]), {f"q{q.pk}": 3, "consent": "on"})
    r = Response.objects.get()
    assert r.respondent_consented and r.channel == "portal"
    assert not any(f.name in ("user", "participant", "ip") for f in Response._meta.get_fields())


def test_esf_page_and_survey_list_query_counts(client, django_assert_max_num_queries):
    period, _ = dataset.build()
    sign_in(client, make_user(Role.PROJECT_MANAGER))
    with django_assert_max_num_queries(40):  # + 5 for the companies part (EECO19), 1 for submitted periods
        assert client.get(reverse("reporting:esf", args=[period.pk])).status_code == 200
    for i in range(5):
        Survey.objects.create(title_en=f"S{i}", audience="companies")
    with django_assert_max_num_queries(15):
        assert client.get(reverse("reporting:surveys")).status_code == 200


def test_supervisor_dashboard_counts_only_their_organisation():
    from ikut.access.reporting import dashboard_scope
    from ikut.reporting.aggregates import build_dashboard
    from tests.helpers import make_org

    _period, entrants = dataset.build()
    own = make_user(Role.SUPERVISOR, entrants[0].organisation)
    other = make_user(Role.SUPERVISOR, make_org("Other org"))

    def phases(user):
        return next(s for s in build_dashboard(dashboard_scope(user))["sections"] if s["key"] == "phases")

    assert phases(own)["total"]["d"] == "41"  # everyone in the dataset, consent or not (their own records)
    assert phases(other)["total"]["d"] == "<5"
    assert dashboard_scope(make_user(Role.CASEWORKER, entrants[0].organisation)) is None


def test_situation_outcomes_protect_small_complements():
    from django.utils import translation

    from ikut.reporting.aggregates import pathway_sections
    from ikut.reporting.sources import reporting_base

    dataset.build()
    with translation.override("en"):
        outcomes = next(s for s in pathway_sections(reporting_base()) if s["key"] == "outcomes")
    shown = {label: cell["d"] for label, cell in outcomes["rows"]}
    # 18 consented leavers: employed 5 (no: 13), education 0, searching 1, qualification 7 (no: 11),
    # employed six months later 8 (no: 10) — every small cell hidden, and nothing else needs to be.
    assert shown == {"Left the pathway": "18", "In employment": "5", "In education or training": "<5",
                     "Job searching": "<5", "Gained a qualification": "7", "In employment six months later": "8"}


def test_survey_builder_question_link_and_caseworker_answer(client):
    from ikut.accounts.models import Organisation
    from tests.helpers import make_org

    org = make_org("Org", Organisation.Kind.ASSISTANCE_SYSTEM)
    sign_in(client, make_user(Role.SUPERVISOR, org))
    client.post(reverse("reporting:surveys"), {"audience": "participants", "title_fi": "Kysely", "title_sv": "Enkät"})
    survey = Survey.objects.get()
    response = client.post(reverse("reporting:survey", args=[survey.pk]), {
        "q-kind": "single", "q-topic": "services", "q-text_fi": "Palvelut?", "q-text_sv": "Tjänster?",
        "q-scale_min": 1, "q-scale_max": 5, "q-order": 1, "q-choices_fi": "Kyllä\nEi", "q-choices_sv": "Ja\nNej"})
    assert response.status_code == 302
    q = survey.questions.get()
    assert [(c.label_fi, c.label_sv) for c in q.choices.all()] == [("Kyllä", "Ja"), ("Ei", "Nej")]
    # a choice question without choices names the field
    response = client.post(reverse("reporting:survey", args=[survey.pk]), {
        "q-kind": "multi", "q-topic": "general", "q-text_fi": "X", "q-scale_min": 1, "q-scale_max": 5, "q-order": 2})
    assert response.status_code == 200
    assert "Valintakysymyksessä on oltava vähintään yksi vaihtoehto." in response.content.decode()
    assert survey.questions.count() == 1
    client.post(reverse("reporting:link_create", args=[survey.pk]), {"l-label": "seminar 2"})
    assert survey.links.get().label == "seminar 2"
    client.post(reverse("reporting:survey_status", args=[survey.pk]), {"status": "open"})
    cw = make_user(Role.CASEWORKER, org)
    sign_in(client, cw)
    client.post(reverse("reporting:answer_with_participant", args=[survey.pk]), {f"q{q.pk}": q.choices.first().pk})
    r = Response.objects.get()
    assert r.channel == "with_caseworker" and r.link is None
    entry = AuditEntry.objects.filter(action="reporting.survey.answer_with_participant").get()
    assert entry.actor_id == cw.pk and entry.details == {}


def test_narrative_section_is_edited_and_audited(client):
    period, _ = dataset.build()
    sign_in(client, make_user(Role.PROJECT_MANAGER))
    report = SituationReport.objects.create(title="R", period=period)
    client.post(reverse("reporting:section_add", args=[report.pk]), {"heading": "Intro", "body": "Text", "order": 1})
    section = report.sections.get()
    client.post(reverse("reporting:section_edit", args=[report.pk, section.pk]),
                {"heading": "Intro", "body": "New text", "order": 1})
    section.refresh_from_db()
    assert section.body == "New text"
    assert AuditEntry.objects.filter(action="reporting.situation.edit_narrative").count() == 2


def test_period_form_names_the_wrong_field(client):
    sign_in(client, make_user(Role.PROJECT_MANAGER))
    response = client.post(reverse("reporting:periods"), {"name": "H1", "start": "2026-06-30", "end": "2026-01-01"})
    assert response.status_code == 200
    assert "Viimeinen päivä ei voi olla ennen ensimmäistä päivää." in response.content.decode()
    response = client.post(reverse("reporting:periods"), {"name": "H1", "start": "2026-01-01", "end": "2026-06-30"})
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="reporting.period.create").count() == 1


def test_running_build_shows_progress_and_refreshes_without_js(client):
    from ikut.reporting.builds import current_build

    period, _ = dataset.build()
    sign_in(client, make_user(Role.PROJECT_MANAGER))
    report = SituationReport.objects.create(title="R", period=period)
    _none, fp = current_build(report)
    ReportBuild.objects.create(kind="situation", report=report, period=period, fingerprint=fp, status="running",
                               progress=40)
    html = client.get(reverse("reporting:report", args=[report.pk])).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in html
    assert '<progress max="100" value="40">' in html
    assert reverse("reporting:report", args=[report.pk]) in html  # the refresh link
    # a running build for the same data is reused, not duplicated
    client.post(reverse("reporting:report_build", args=[report.pk]))
    assert ReportBuild.objects.count() == 1


def test_situation_xlsx_has_tables_and_no_free_text(client):
    import io

    from openpyxl import load_workbook

    period, _ = dataset.build()
    survey = Survey.objects.create(title_en="S", audience="participants", status="open")
    t = Question.objects.create(survey=survey, kind="text", text_en="Anything?")
    r = Response.objects.create(survey=survey, channel="anonymous_link")
    Answer.objects.create(response=r, question=t, text="My name is Secret Person")
    sign_in(client, make_user(Role.PROJECT_MANAGER))
    report = SituationReport.objects.create(title="R", period=period)
    report.surveys.add(survey)
    response = client.get(reverse("reporting:report_export", args=[report.pk, "xlsx"]))
    assert response.status_code == 200
    wb = load_workbook(io.BytesIO(response.content))
    cells = [str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "<5" in cells and not any("Secret" in c for c in cells)


def test_completeness_query_count(client, django_assert_max_num_queries):
    _period, entrants = dataset.build()
    sup = make_user(Role.SUPERVISOR, entrants[0].organisation)
    sign_in(client, sup)
    with django_assert_max_num_queries(15):
        html = client.get(reverse("reporting:completeness")).content.decode()
    assert html.count("<tr>") > 20  # every record of their organisation with something missing


def test_builds_are_per_language_and_run_in_that_language():
    from django.utils import translation

    from ikut.reporting.builds import request_build

    period, _ = dataset.build()
    pm = make_user(Role.PROJECT_MANAGER)
    report = SituationReport.objects.create(title="R", period=period)
    with translation.override("sv"):
        sv, _created = request_build(report, pm)
    with translation.override("en"):
        en, _created = request_build(report, pm)
    assert sv.pk != en.pk
    assert sv.result["sections"][0]["title"] == "Deltagare per fas"
    assert en.result["sections"][0]["title"] == "Participants by phase"


def test_completeness_shows_not_recorded_exit_results_and_special_categories(client, django_assert_max_num_queries):
    from ikut.participants.models import Participant

    _period, entrants = dataset.build(with_companies=False)
    cw = make_user(Role.CASEWORKER, entrants[0].organisation)
    unknown = Participant.objects.get(exit_date="2026-04-01", exit_employed__isnull=True)
    answered_no = Participant.objects.get(exit_date="2026-04-01", exit_employed=False)
    declined = entrants[14]  # disability: did not want to answer — an answer, not missing
    for p in (unknown, answered_no, declined):
        Assignment.objects.create(participant=p, user=cw)
    sign_in(client, cw)
    client.cookies["django_language"] = "en"
    with django_assert_max_num_queries(12):
        html = client.get(reverse("reporting:completeness"), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    def row(p):
        return html[html.index(p.code):].split("</tr>")[0] if p.code in html else ""

    assert "employed at exit" in row(unknown) and "job searching at exit" in row(unknown)
    # "no" is an answer: not listed; the questions left unanswered are
    assert "employed at exit" not in row(answered_no) and "in education or training at exit" in row(answered_no)
    assert "disability" not in row(declined)
