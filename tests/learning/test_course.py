import json
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from ikut.accounts.models import Organisation, Role
from ikut.audit.models import AuditEntry
from ikut.learning import actions, loader, progress
from ikut.learning.models import Course, Enrolment, QuizAttempt
from tests.helpers import make_org, make_user, sign_in

SHIPPED = loader.CONTENT / "trafficking-labour-exploitation.json"


@pytest.fixture
def course(db):
    return loader.load(SHIPPED)


@pytest.fixture
def company(db):
    return make_org("Siisti (test)", Organisation.Kind.COMPANY)


@pytest.fixture
def employer(company):
    return make_user(Role.EMPLOYER, company)


def right(module):
    return {q.pk: next(c.pk for c in q.choices.all() if c.correct) for q in module.questions.all()}


def wrong(module):
    return {q.pk: next(c.pk for c in q.choices.all() if not c.correct) for q in module.questions.all()}


def test_shipped_course_content_is_complete_and_sourced():
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert data["translation_status"] == {"en": "source", "fi": "machine-draft", "sv": "machine-draft"}
    assert "sources_verified_on" not in data  # provenance per source row, no course-wide stamp
    assert len(data["modules"]) == 5
    for module in data["modules"]:
        for lang in ("fi", "sv", "en"):
            assert module["title"][lang] and module["body"][lang], (module["slug"], lang)
        assert module["sources"] and all(s["url"].startswith("https://") for s in module["sources"])
        assert all(not s.get("checked_on") for s in module["sources"])  # no reading recorded yet
        assert module["questions"]
        for q in module["questions"]:
            assert sum(c["correct"] for c in q["choices"]) == 1
            for lang in ("fi", "sv", "en"):
                assert q["text"][lang] and q["explanation"][lang] and all(c["text"][lang] for c in q["choices"])
    everything = SHIPPED.read_text(encoding="utf-8")
    for fact in ("39/1889", "55/2001", "1233/2006", "47", "+358 295 463 177", "112"):
        assert fact in everything
    indicators = data["modules"][1]["body"]["en"]
    assert indicators.count("\n- ") == 11  # the ILO's eleven indicators


@pytest.mark.django_db
def test_loading_twice_updates_in_place(course):
    again = loader.load(SHIPPED)
    assert again.pk == course.pk and Course.objects.count() == 1 and course.modules.count() == 5


@pytest.mark.django_db
def test_fail_retry_pass_complete_and_certificate(course, employer, company):
    enrolment = actions.enrol(employer, course)
    assert enrolment.organisation == company
    modules = list(course.modules.all())
    attempt, results = actions.submit_quiz(employer, enrolment, modules[0], wrong(modules[0]))
    assert not attempt.passed and attempt.score == 0 and not any(results.values())
    attempt, _ = actions.submit_quiz(employer, enrolment, modules[0], right(modules[0]))
    assert attempt.passed and attempt.score == 100
    for module in modules[1:]:
        actions.submit_quiz(employer, enrolment, module, right(module))
    enrolment.refresh_from_db()
    assert enrolment.completed_at and enrolment.certificate_code and len(enrolment.certificate_code) == 14
    assert enrolment.holder_name == employer.display_name
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 6
    assert progress.for_organisation(company) == [{"course": course, "started": 1, "completed": 1}]
    assert progress.completions_by_organisation([company.pk]) == {company.pk: 1}


@pytest.mark.django_db
def test_pass_mark_is_enforced(course, employer):
    enrolment = actions.enrol(employer, course)
    module = course.modules.get(slug="ilo-indicators")  # three questions, pass mark 80 %
    answers = right(module)
    first = next(iter(answers))
    answers[first] = wrong(module)[first]
    attempt, _ = actions.submit_quiz(employer, enrolment, module, answers)
    assert attempt.score == 67 and not attempt.passed
    assert not enrolment.module_completions.filter(module=module).exists()


@pytest.mark.django_db
def test_views_quiz_flow_certificate_and_public_verification(client, course, employer):
    sign_in(client, employer)
    client.post(reverse("learning:course", args=[course.slug]))
    modules = list(course.modules.all())
    url = reverse("learning:module", args=[course.slug, modules[0].slug])
    bad = client.post(url, {f"q{k}": v for k, v in wrong(modules[0]).items()})
    assert b'data-passed="false"' in bad.content
    for module in modules:
        response = client.post(reverse("learning:module", args=[course.slug, module.slug]),
                               {f"q{k}": v for k, v in right(module).items()})
        assert b'data-passed="true"' in response.content
    enrolment = Enrolment.objects.get(user=employer)
    pdf = client.get(reverse("learning:certificate", args=[course.slug]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    Path("/tmp/ev").mkdir(exist_ok=True)
    Path("/tmp/ev/course-certificate.pdf").write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", "/tmp/ev/course-certificate.pdf", "-"], capture_output=True, text=True).stdout
    assert enrolment.certificate_code in text and employer.display_name in text
    client.logout()
    verify = client.get(reverse("learning:verify", args=[enrolment.certificate_code]))
    page = verify.content.decode()
    assert verify.status_code == 200 and 'id="verify-valid"' in page
    assert employer.display_name not in page and employer.email not in page
    match = client.post(reverse("learning:verify", args=[enrolment.certificate_code]),
                        {"name": employer.display_name.upper()})
    assert "The name matches" in match.content.decode() or "täsmää" in match.content.decode()
    miss = client.post(reverse("learning:verify", args=[enrolment.certificate_code]), {"name": "Someone Else"})
    assert 'id="name-result"' in miss.content.decode() and 'class="msg error"' in miss.content.decode()
    assert client.get(reverse("learning:verify", args=["AAAA-BBBB-CCCC"])).status_code == 404
    assert AuditEntry.objects.filter(action="learning.course.complete").count() == 1


@pytest.mark.django_db
def test_certificate_only_for_own_completed_course(client, course, employer, company):
    other = make_user(Role.EMPLOYER, company)
    enrolment = actions.enrol(employer, course)
    for module in course.modules.all():
        actions.submit_quiz(employer, enrolment, module, right(module))
    sign_in(client, other)
    assert client.get(reverse("learning:certificate", args=[course.slug])).status_code == 404


@pytest.mark.django_db
def test_machine_draft_note_shows_in_finnish_not_in_english(client, course, employer):
    sign_in(client, employer)
    url = reverse("learning:course", args=[course.slug])
    with translation.override("fi"):
        fi = client.get(url, HTTP_ACCEPT_LANGUAGE="fi")
    assert 'id="content-draft-note"' in fi.content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    en = client.get(url)
    assert 'id="content-draft-note"' not in en.content.decode()
    assert course.title_en in en.content.decode()


@pytest.mark.django_db
def test_course_pages_have_bounded_queries(client, course, employer, django_assert_max_num_queries):
    sign_in(client, employer)
    actions.enrol(employer, course)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("learning:list")).status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(reverse("learning:course", args=[course.slug])).status_code == 200
    module = course.modules.get(slug="ilo-indicators")
    with django_assert_max_num_queries(22):
        assert client.get(reverse("learning:module", args=[course.slug, module.slug])).status_code == 200


@pytest.mark.django_db
def test_course_overview_for_managers_counts_per_company(client, course, employer, company,
                                                         django_assert_max_num_queries):
    from ikut.accounts.models import Organisation as Org

    enrolment = actions.enrol(employer, course)
    for module in course.modules.all():
        actions.submit_quiz(employer, enrolment, module, right(module))
    manager = make_user(Role.PROJECT_MANAGER, make_org("Project", Org.Kind.PROJECT_OFFICE))
    sign_in(client, manager)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("learning:manage"))
    page = response.content.decode()
    assert company.name in page and employer.display_name not in page and employer.email not in page
    row, = response.context["by_company"]
    assert (row["started"], row["completed"], row["course_title"]) == (1, 1, course.title)
