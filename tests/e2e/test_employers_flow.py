"""Browser flow: an employer creates offers (a passport-keeping one is refused with the reason), a work coach
matches and proposes a participant, the employer sees only the pseudonymous profile, the participant consents
(recorded by the work coach), the employer then sees the name, and the placement shows in the pathway."""

import datetime
import re

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.employers.models import Company, Introduction, Offer, Placement
from ikut.participants.models import Assignment, Participant
from ikut.skills.models import Certificate, LanguageSkill, ProfileCertificate, ProfileSkill, Skill, SkillsProfile
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user, published_consent_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME, SURNAME, NATIONALITY = "Hieu", "Nguyenvan-E2E", "Vietnam-E2E-nationality"


@pytest.fixture(autouse=True)
def rights_content(transactional_db):
    """The job-offer rules (transactional tests flush the data-migration rows, so load them here too)."""
    from django.apps import apps

    from ikut.rights import loader

    loader.load_all(apps.get_model)


@pytest.fixture
def people():
    assistance = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    org = make_org("Ravintola Kuu (e2e)", Organisation.Kind.COMPANY)
    company = Company.objects.create(organisation=org, business_id="7654321-2", sector="hospitality",
                                     locations="Helsinki")
    employer = make_user(Role.EMPLOYER, org, email="mika@e2e.example")
    coach = make_user(Role.CASEWORKER, assistance, email="aino@e2e.example")
    participant = Participant.objects.create(organisation=assistance, first_name=NAME, last_name=SURNAME,
                                             nationality=NATIONALITY, language="vi", current_phase="job_readiness")
    Assignment.objects.create(participant=participant, user=coach, role=Assignment.CaseRole.LEAD)
    skill = Skill.objects.create(uri="http://data.europa.eu/esco/skill/e2e-veg",
                                 labels={"en": {"preferred": "prepare vegetables"},
                                         "fi": {"preferred": "valmistaa vihanneksia"}})
    hygiene = Certificate.objects.create(code="hygiene_passport_e2e", kind="card",
                                         labels={"en": {"preferred": "Hygiene passport"},
                                                 "fi": {"preferred": "Hygieniapassi"}})
    profile = SkillsProfile.objects.create(participant=participant, location="Helsinki")
    ProfileSkill.objects.create(profile=profile, skill=skill, source="experience", confidence="confirmed")
    ProfileCertificate.objects.create(profile=profile, certificate=hygiene)
    LanguageSkill.objects.create(profile=profile, code="vi", understanding="native", speaking="native")
    LanguageSkill.objects.create(profile=profile, code="fi", understanding="A2", speaking="A1")
    return {"company": company, "employer": employer, "coach": coach, "participant": participant,
            "skill": skill, "hygiene": hygiene}


def submit(page, form_selector, button="button[type=submit]"):
    with page.expect_navigation():
        page.locator(form_selector).locator(button).last.click()


def fill_offer(page, title, documents, skip=()):
    page.select_option("#id_kind", "work_trial")
    page.fill("#id_title", title)
    page.fill("#id_tasks", "Dishwashing and preparing vegetables")
    page.fill("#id_location", "Helsinki")
    page.fill("#id_hours_per_day", "7.5")
    page.fill("#id_days_per_week", "5")
    page.select_option("#id_pay_per", "none")
    page.fill("#id_collective_agreement", "Matkailu-, ravintola- ja vapaa-ajan palveluita koskeva TES")
    page.select_option("#id_language_fi", "A1")
    answer_rights_questions(page, skip=("documents", *skip))
    page.check(f"input[name=documents][value={documents}]")


def answer_rights_questions(page, skip=()):
    """Answer every rights question the way a fair employer would (FAIR_ANSWERS)."""
    from ikut.employers.demo import FAIR_ANSWERS

    for name, value in FAIR_ANSWERS.items():
        if name in skip:
            continue
        if isinstance(value, bool):
            page.check(f"input[name={name}][value={'yes' if value else 'no'}]")
        elif name == "documents":
            page.check(f"input[name=documents][value={value}]")
        else:
            page.fill(f"#id_{name}", str(value))


@pytest.fixture
def new_page(browser, live_server):
    """Pages in separate browser contexts (employer and work coach side by side), closed after the test."""
    contexts, external = [], []

    def guard(route):
        if route.request.url.startswith(live_server.url) or route.request.url.startswith("data:"):
            return route.continue_()
        external.append(route.request.url)
        return route.abort()

    def make():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url,
                                      locale="fi-FI")
        context.route("**/*", guard)
        contexts.append(context)
        p = context.new_page()
        p.set_default_timeout(15000)
        return p

    yield make
    for context in contexts:
        context.close()
    assert not external, f"requests to external hosts: {external}"


def test_offer_introduction_consent_and_placement(new_page, people):
    employer, coach, participant = people["employer"], people["coach"], people["participant"]
    emp = new_page()
    login(emp, employer.email, PASSWORD, totp_user=employer)
    emp.wait_for_url("**/home/")
    emp.goto("/employers/")
    assert re.search(r"/employers/companies/\d+/$", emp.url)  # the employer lands on their own company
    assert axe_violations(emp) == []

    # 1. an offer that keeps passports "for safekeeping" is refused, and the company sees why
    emp.goto(f"/employers/companies/{people['company'].pk}/offers/new/")
    fill_offer(emp, "Kitchen work trial with passport safekeeping", "employer")
    screenshot(emp, "employers-offer-form")
    assert axe_violations(emp) == []
    submit(emp, "main form.stack")
    refused = Offer.objects.get(title__contains="passport", company=people["company"])
    assert refused.status == "draft" and "ID_DOCUMENTS_RETAINED" in [f["code"] for f in refused.red_flags]
    alert = emp.locator(".pt-alert")
    assert alert.is_visible()
    assert "passi" in alert.inner_text().lower() or "passport" in alert.inner_text().lower()
    assert emp.locator("button[value=publish]").count() == 0  # no way to publish it (the server refuses too)
    screenshot(emp, "employers-offer-refused")

    # 2. a fair offer with a required skill and certificate is published
    emp.goto(f"/employers/companies/{people['company'].pk}/offers/new/")
    fill_offer(emp, "Kitchen work trial", "worker")
    emp.check(f"#id_required_skills input[value='{people['skill'].pk}']")
    emp.check(f"#id_required_certificates input[value='{people['hygiene'].pk}']")
    submit(emp, "main form.stack")
    offer = Offer.objects.get(title="Kitchen work trial", company=people["company"])
    assert not offer.red_flags
    with emp.expect_navigation():
        emp.locator("button[value=publish]").click()
    offer.refresh_from_db()
    assert offer.status == "published"

    # 3. the work coach matches and proposes the participant
    cw = new_page()
    login(cw, coach.email, PASSWORD, totp_user=coach)
    cw.wait_for_url("**/home/")
    cw.goto(f"/employers/offers/{offer.pk}/candidates/")
    row = cw.locator("tr", has_text=participant.code)
    assert row.count() == 1 and "100" in row.inner_text()
    screenshot(cw, "employers-candidates")
    assert axe_violations(cw) == []
    with cw.expect_navigation():
        row.locator("a").click()
    cw.select_option("#id_availability", "full_time")
    submit(cw, "main form.stack")  # preview
    preview = cw.locator("#h-preview").locator("xpath=..").inner_text()
    assert NAME not in preview and NATIONALITY not in preview and participant.code not in preview
    submit(cw, "main form.stack")  # propose
    intro = Introduction.objects.get(offer=offer)
    assert re.search(rf"/employers/introductions/{intro.pk}/$", cw.url)

    # 4. the employer sees only the pseudonymous profile — in the page and in the API
    emp.goto(f"/employers/introductions/{intro.pk}/")
    html = emp.content()
    assert intro.handle in html and "valmistaa vihanneksia" in html
    for secret in (NAME, SURNAME, NATIONALITY, participant.code, "vi "):
        assert secret not in html, secret
    assert axe_violations(emp) == []
    screenshot(emp, "employers-introduction-pseudonymous")
    api = emp.goto(f"/api/employers/introductions/{intro.pk}").text()
    for secret in (NAME, SURNAME, NATIONALITY, participant.code):
        assert secret not in api, secret
    api_list = emp.goto("/api/employers/introductions").text()
    assert intro.handle in api_list and NAME not in api_list and participant.code not in api_list
    # the employer cannot open the participant's record
    assert emp.goto(f"/participants/{participant.code}/").status == 404

    emp.goto(f"/employers/introductions/{intro.pk}/")
    emp.check("input[name=answer][value=interested]")
    submit(emp, "form[action$='/respond/']")
    assert NAME not in emp.content()  # interest alone shares nothing

    # 5. the participant consents: recorded by the work coach (record consent, then the step on the introduction)
    text = published_consent_text(participant.organisation, "employer_introductions")
    cw.goto(f"/participants/{participant.code}/consents/")
    cw.select_option("#id_text", str(text.pk))
    cw.select_option("#id_how_given", "oral_with_interpreter")
    cw.select_option("#id_interpreter_language", "vi")
    submit(cw, "main form.stack")
    cw.goto(f"/employers/introductions/{intro.pk}/consent/")
    cw.check("#id_confirmed")
    submit(cw, "main form.stack")
    intro.refresh_from_db()
    assert intro.status == "shared"

    # 6. the employer now sees the name (and still not the nationality or code)
    emp.goto(f"/employers/introductions/{intro.pk}/")
    assert emp.locator("[data-testid=candidate-name]").inner_text().startswith(NAME)
    assert NATIONALITY not in emp.content() and participant.code not in emp.content()
    screenshot(emp, "employers-introduction-consented")

    # 7. the work coach records the placement; it shows in the participant's pathway
    cw.goto(f"/employers/introductions/{intro.pk}/placement/")
    cw.fill("#id_start_date", datetime.date.today().isoformat())
    cw.fill("#id_mentor_name", "Mika")
    submit(cw, "main form.stack")
    placement = Placement.objects.get(introduction=intro)
    assert re.search(rf"/employers/placements/{placement.pk}/$", cw.url)
    assert axe_violations(cw) == []
    cw.goto(f"/participants/{participant.code}/")
    assert "Ravintola Kuu (e2e)" in cw.locator("#plan").inner_text()
    participant.refresh_from_db()
    assert participant.current_phase == "work_trial"

    # 8. the employer's placement page works on a phone too
    emp.set_viewport_size({"width": 360, "height": 740})
    emp.goto(f"/employers/placements/{placement.pk}/")
    assert NAME in emp.content()
    width = emp.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"placement page scrolls sideways at 360 px ({width}px)"
    screenshot(emp, "employers-placement-360")
    assert axe_violations(emp) == []


def test_self_assessment_on_a_phone_and_registry_pages_are_accessible(new_page, people, browser, live_server):
    employer = people["employer"]
    page = new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    login(page, employer.email, PASSWORD, totp_user=employer)
    page.wait_for_url("**/home/")
    page.goto(f"/employers/companies/{people['company'].pk}/self-assessment/")
    assert axe_violations(page) == []
    for radio in page.locator("input[type=radio][value=no]").all():
        radio.check()
    page.check("input[name=chain_levels][value='3']")
    page.check("input[name=documents][value=yes]")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert re.search(r"/employers/self-assessments/\d+/$", page.url)
    assert page.locator(".pt-alert").is_visible()  # kept passports are critical
    assert "ei vielä tarkistettu" in page.content()  # no source stamped without a reading (fi)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"risk summary scrolls sideways at 360 px ({width}px)"
    screenshot(page, "employers-assessment-360")
    assert axe_violations(page) == []
    page.goto(f"/employers/companies/{people['company'].pk}/")
    assert axe_violations(page) == []
    assert page.goto(f"/employers/companies/{people['company'].pk + 999}/").status == 404

    pm = make_user(Role.PROJECT_MANAGER, make_org("Project (e2e)", Organisation.Kind.PROJECT_OFFICE),
                   email="leena@e2e.example")
    staff = new_page()
    login(staff, pm.email, PASSWORD, totp_user=pm)
    staff.wait_for_url("**/home/")
    staff.goto("/employers/companies/new/")
    staff.fill("#id_name", "Siisti Oy (e2e)")
    staff.fill("#id_business_id", "1234567-2")
    staff.select_option("#id_sector", "cleaning")
    with staff.expect_navigation():
        staff.locator("main form button[type=submit]").click()
    assert staff.locator(".error-summary").is_visible()  # the check digit is wrong, and the field is named
    assert axe_violations(staff) == []
    staff.fill("#id_business_id", "1234567-1")
    with staff.expect_navigation():
        staff.locator("main form button[type=submit]").click()
    assert re.search(r"/employers/companies/\d+/$", staff.url)
    staff.goto("/employers/")
    assert axe_violations(staff) == []


def test_employer_cannot_publish_an_offer_with_an_unanswered_question(new_page, people):
    """Unknown is not fine: the rights questions are yes/no radios with nothing pre-selected; an offer with
    one question left open is saved as a draft with the open question named, and has no Publish button."""
    employer = people["employer"]
    emp = new_page()
    emp.set_viewport_size({"width": 360, "height": 740})
    login(emp, employer.email, PASSWORD, totp_user=employer)
    emp.wait_for_url("**/home/")
    emp.goto(f"/employers/companies/{people['company'].pk}/offers/new/")
    assert emp.locator("input[name=free_to_leave]:checked").count() == 0  # no default answer
    assert emp.locator("input[type=radio][value=yes]:checked").count() == 0
    fill_offer(emp, "Dishwasher, one answer missing", "worker", skip=("free_to_leave",))
    submit(emp, "main form.stack")
    offer = Offer.objects.get(title="Dishwasher, one answer missing")
    assert offer.status == "draft" and offer.free_to_leave is None and not offer.red_flags
    open_questions = emp.locator("[data-unanswered]")
    assert open_questions.is_visible()
    assert emp.locator("button[value=publish]").count() == 0
    screenshot(emp, "employers-offer-unanswered-360")
    assert axe_violations(emp) == []

    # Answering the question (yes) makes it publishable.
    emp.goto(f"/employers/offers/{offer.pk}/edit/")
    emp.check("input[name=free_to_leave][value=yes]")
    submit(emp, "main form.stack")
    with emp.expect_navigation():
        emp.locator("button[value=publish]").click()
    offer.refresh_from_db()
    assert offer.status == "published"
