"""Browser flow: an employer contact takes the course, fails a quiz once, passes, finishes, downloads the
certificate, and the public verification page confirms it."""

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.learning import loader
from ikut.learning.models import Enrolment
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def answer(page, module, correct):
    for q in module.questions.all():
        choice = next(c for c in q.choices.all() if c.correct == correct)
        page.check(f"input[name=q{q.pk}][value='{choice.pk}']")
    page.click(".quiz form button[type=submit]")


def test_employer_completes_course_with_one_failed_quiz(page, browser, live_server):
    course = loader.load(loader.CONTENT / "trafficking-labour-exploitation.json")
    company = make_org("Siisti Oy (e2e)", Organisation.Kind.COMPANY)
    sanna = make_user(Role.EMPLOYER, company, email="sanna@e2e.example")
    login(page, sanna.email, PASSWORD, totp_user=sanna)
    page.goto("/learning/")
    page.click(f"a[href='/learning/{course.slug}/']")
    assert page.locator("#content-draft-note").is_visible()  # Finnish text is a machine draft
    page.click("main form button[type=submit]")  # start
    modules = list(course.modules.all())
    for i, module in enumerate(modules):
        page.wait_for_url(f"**/learning/{course.slug}/{module.slug}/")
        if i == 0:
            assert axe_violations(page) == []
            answer(page, module, correct=False)
            assert page.locator("#quiz-result").get_attribute("data-passed") == "false"
            screenshot(page, "learning-quiz-failed")
        answer(page, module, correct=True)
        assert page.locator("#quiz-result").get_attribute("data-passed") == "true"
        if i + 1 < len(modules):
            page.click(f"a[href='/learning/{course.slug}/{modules[i + 1].slug}/']")
        else:
            page.click(f"a.button[href='/learning/{course.slug}/']")
    code = page.locator("#certificate-code").inner_text()
    enrolment = Enrolment.objects.get(user=sanna)
    assert code == enrolment.certificate_code and enrolment.completed_at
    with page.expect_download() as download:
        page.click(f"a[href='/learning/{course.slug}/certificate.pdf']")
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"

    # The verifier has no account: a fresh browser context, public page.
    context = browser.new_context(base_url=live_server.url)
    verifier = context.new_page()
    verifier.goto("/learning/verify/")
    verifier.fill("#id_code", code.lower())
    verifier.click("main form button[type=submit]")
    assert verifier.locator("#verify-valid").is_visible()
    assert sanna.display_name not in verifier.content()
    verifier.fill("#id_name", sanna.display_name)
    verifier.click("main form button[type=submit]")
    assert "error" not in verifier.locator("#name-result").get_attribute("class")
    assert axe_violations(verifier) == []
    screenshot(verifier, "learning-verify")
    context.close()
