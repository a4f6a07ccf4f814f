"""The pathway in Chromium: intake with duplicate search, consents, plan, meeting, referral, psychosocial
note the caseworker cannot see, exit; an unassigned caseworker gets 404 on the record and the API."""

import re

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Note, Participant
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user, published_consent_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people():
    org = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    ngo = make_org("Monika-Naiset (e2e)", Organisation.Kind.PARTNER_NGO)
    texts = {purpose: published_consent_text(org, purpose, "th")
             for purpose in ("participation_and_data_processing", "share_with_partner")}
    return {"texts": texts,
        "org": org, "ngo": ngo,
        "coach": make_user(Role.CASEWORKER, org, email="aino@e2e.example"),
        "psy": make_user(Role.PSYCHOSOCIAL, ngo, email="marja@e2e.example"),
        "colleague": make_user(Role.CASEWORKER, org, email="other@e2e.example"),
    }


def new_page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url, locale="fi-FI")
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


def submit(page, form_selector):
    with page.expect_navigation():
        page.locator(form_selector).locator("button[type=submit]").last.click()


def test_caseworker_runs_the_pathway(page, browser, live_server, people):
    coach, psy = people["coach"], people["psy"]
    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto("/participants/")
    assert axe_violations(page) == []

    # 1. intake: the duplicate search comes first and its result is shown
    page.goto("/participants/new/")
    assert page.locator("form[action$='/participants/new/create/']").count() == 0
    page.fill("#id_search-first_name", "Nok")
    page.fill("#id_search-last_name", "Saelim")
    page.fill("#id_search-date_of_birth", "1988-09-21")
    submit(page, "main form")
    assert page.locator("#duplicate-results").is_visible()
    assert page.input_value("#id_first_name") == "Nok"
    page.select_option("#id_language", "th")
    page.select_option("#id_gender", "woman")
    page.select_option("#id_employment_status_at_entry", "long_term_unemployed")
    page.select_option("#id_contact_channel", "sms")
    screenshot(page, "participants-intake")
    assert axe_violations(page) == []
    submit(page, "form[action$='/participants/new/create/']")
    assert re.search(r"/participants/IK-\d{4}-\d{4,}/$", page.url)
    participant = Participant.objects.get()
    code = participant.code
    detail = f"/participants/{code}/"

    # 2. consents: participation and sharing with the partner, given orally with an interpreter
    page.goto(f"{detail}consents/")
    page.select_option("#id_text", str(people["texts"]["participation_and_data_processing"].pk))
    page.select_option("#id_how_given", "signed")
    submit(page, "main form.stack")
    page.select_option("#id_text", str(people["texts"]["share_with_partner"].pk))
    page.select_option("#id_partner", str(people["ngo"].pk))
    page.select_option("#id_how_given", "oral_with_interpreter")
    page.select_option("#id_interpreter_language", "th")
    submit(page, "main form.stack")
    assert participant.consents.count() == 2
    assert axe_violations(page) == []

    # 3. plan: a goal in her own words and a task
    page.goto(f"{detail}goals/")
    page.fill("#id_goal-own_words", "อยากทำงานในครัวโรงแรม")
    page.fill("#id_goal-own_words_fi", "Haluan töihin hotellin keittiöön")
    submit(page, "main form")
    page.goto(f"{detail}tasks/")
    page.fill("#id_task-title", "Hygiene passport course")
    page.fill("#id_task-due_date", "2030-01-15")
    submit(page, "main form")
    assert page.locator("#plan q").get_by_text("อยากทำงานในครัวโรงแรม").is_visible()
    assert page.locator("#plan .pt-tasks").get_by_text("Hygiene passport course").is_visible()

    # 4. a meeting with an interpreter
    page.goto(f"{detail}meetings/new/")
    page.select_option("#id_kind", "coaching")
    page.fill("#id_duration_minutes", "45")
    page.check("#id_interpreter_used")
    page.select_option("#id_interpreter_language", "th")
    page.select_option("#id_attendance", "attended")
    page.fill("#id_summary", "Talked about the hygiene passport.")
    submit(page, "main form")
    assert page.get_by_text("Talked about the hygiene passport.").is_visible()

    # 5. the team: add the psychosocial worker; then refer to the partner under the consent
    page.goto(f"{detail}team/")
    page.select_option("#id_user", str(psy.pk))
    page.select_option("#id_role", "psychosocial")
    submit(page, "main form.stack")
    page.goto(f"{detail}referrals/new/")
    page.select_option("#id_partner", str(people["ngo"].pk))
    page.select_option("#id_service", "psychosocial_support")
    page.check("input[name=shared_fields][value=first_name]")
    submit(page, "main form")
    assert page.locator("#referrals").get_by_text("Monika-Naiset (e2e)").is_visible()
    screenshot(page, "participants-record")
    assert axe_violations(page) == []

    # 6. the psychosocial worker writes a note the caseworker cannot see
    psy_page = new_page(browser, live_server)
    login(psy_page, psy.email, PASSWORD, totp_user=psy)
    psy_page.wait_for_url("**/home/")
    psy_page.goto(detail)
    psy_page.locator("#notes summary").click()
    psy_page.select_option("#id_kind", "psychosocial")
    psy_page.fill("#id_body", "Sleeps badly; we practised grounding.")
    submit(psy_page, f"form[action='{detail}notes/']")
    assert psy_page.get_by_text("Sleeps badly; we practised grounding.").is_visible()
    psy_page.context.close()
    assert Note.objects.filter(kind="psychosocial").count() == 1
    page.goto(detail)
    assert "Sleeps badly" not in page.content()

    # 7. exit with the ESF+ result; a six-month follow-up task appears
    page.goto(f"{detail}exit/")
    page.select_option("#id_exit_reason", "employed")
    page.check("#id_exit_employed_1")  # "Yes" (0 = not recorded, 2 = no)
    submit(page, "main form")
    submit(page, "main form")  # the confirmation page
    participant.refresh_from_db()
    assert participant.status == "closed" and participant.exit_employed
    assert participant.tasks.filter(kind="follow_up").exists()

    # phone width: the record does not scroll sideways
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(detail)
    screenshot(page, "participants-record-360")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # 8. an unassigned caseworker: 404 on the record and on the API
    other = new_page(browser, live_server)
    login(other, people["colleague"].email, PASSWORD, totp_user=people["colleague"])
    other.wait_for_url("**/home/")
    assert other.goto(detail).status == 404
    assert other.goto(f"/api/participants/{code}").status == 404
    assert code not in other.goto("/api/participants/").text()
    other.context.close()
