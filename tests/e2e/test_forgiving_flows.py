"""Mistakes that can be taken back before they happen: withdrawing a consent and exiting a participant show a
confirmation page first (no JavaScript needed) and keep what the user chose; the referral status form shows
the current status; the invitation form preselects no role."""

import datetime

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Assignment, Consent, Participant, Referral, Task
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# Transactional tests flush the database (and the content migrations loaded) when they end: keep this file
# sorted after test_employers_flow.py, which needs that content.


@pytest.fixture
def case():
    org = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    ngo = make_org("Partner (e2e)", Organisation.Kind.PARTNER_NGO)
    coach = make_user(Role.CASEWORKER, org, email="coach@e2e.example")
    p = Participant.objects.create(organisation=org, first_name="Nok", last_name="S",
                                   date_of_birth=datetime.date(1988, 9, 21), language="th")
    Assignment.objects.create(participant=p, user=coach, role=Assignment.CaseRole.LEAD)
    consent = Consent.objects.create(participant=p, purpose="share_with_partner", partner=ngo, text_version="1",
                                     text_language="th", how_given="signed")
    referral = Referral.objects.create(participant=p, partner=ngo, service="kela", consent=consent,
                                       status="accepted", shared_fields=["first_name"])
    return {"coach": coach, "p": p, "consent": consent, "referral": referral, "org": org}


def click(page, selector):
    with page.expect_navigation():
        page.click(selector)


def test_withdrawal_asks_first_and_cancel_keeps_the_consent(page, case):
    coach, p, consent = case["coach"], case["p"], case["consent"]
    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto(f"/participants/{p.code}/")
    # the referral status form shows the current status, so "Update" cannot revert it by accident
    assert page.input_value(f"#ref-status-{case['referral'].pk}") == "accepted"

    page.goto(f"/participants/{p.code}/consents/")
    click(page, "main a.button.danger")
    assert "Partner (e2e)" in page.locator("main").inner_text()  # names the referral that will be revoked
    screenshot(page, "confirm-consent-withdrawal")
    assert axe_violations(page) == []
    click(page, "main form a")  # cancel
    consent.refresh_from_db()
    assert consent.withdrawn_at is None

    click(page, "main a.button.danger")
    click(page, "main form button[type=submit]")
    consent.refresh_from_db()
    case["referral"].refresh_from_db()
    assert consent.withdrawn_at is not None and case["referral"].status == "revoked"


def test_exit_confirmation_keeps_the_tasks_the_user_chose(page, case):
    coach, p = case["coach"], case["p"]
    keep = Task.objects.create(participant=p, phase="placement", title="Start the placement at the hotel",
                               owner=coach, due_date=datetime.date(2030, 1, 15))
    Task.objects.create(participant=p, phase="intake", title="Call Kela", owner=coach)
    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto(f"/participants/{p.code}/exit/")
    page.select_option("#id_exit_reason", "employed")
    page.check("#id_exit_employed_1")  # "Yes" (0 = not recorded, 2 = no)
    click(page, "main form button[type=submit]")
    text = page.locator("main").inner_text()
    assert "Start the placement at the hotel" in text and "Call Kela" in text
    assert "2030-01-15" not in text  # dates in the person's format
    p.refresh_from_db()
    assert p.status == "open"
    page.check(f"input[name=keep_tasks][value='{keep.pk}']")
    screenshot(page, "confirm-exit")
    assert axe_violations(page) == []
    click(page, "main form button[type=submit]")
    p.refresh_from_db()
    assert p.status == "closed" and p.exit_employed
    statuses = dict(p.tasks.filter(kind="plan").values_list("title", "status"))
    assert statuses == {"Start the placement at the hotel": "planned", "Call Kela": "dropped"}


def test_invite_form_has_no_role_preselected(page, case):
    admin = make_user(Role.ADMINISTRATOR, case["org"], email="admin@e2e.example")
    login(page, admin.email, PASSWORD, totp_user=admin)
    page.wait_for_url("**/home/")
    page.goto("/accounts/users/")
    radios = page.locator("form[action$='/accounts/users/invite/'] input[name=role]")
    assert radios.count() == len(Role.choices)
    assert page.locator("form[action$='/accounts/users/invite/'] input[name=role]:checked").count() == 0
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    screenshot(page, "invite-form-360")
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "invite-form-1280")
    # sending without a role names the field and sends nothing
    page.fill("#id_email", "new@e2e.example")
    click(page, "form[action$='/accounts/users/invite/'] button[type=submit]")
    assert page.locator(".error-summary a[href='#id_role_0']").count() == 1


def test_country_picker_shows_names_in_the_ui_language_and_filters(page, case):
    from ikut.skills.models import SkillsProfile

    coach, p = case["coach"], case["p"]
    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto(f"/skills/p/{p.code}/section/education/")  # the browser context is Finnish (fi-FI)
    select = page.locator("#id_education_country")
    assert select.locator("option[value=SE]").inner_text() == "Ruotsi"
    page.fill("#id_education_country-filter", "ruot")
    visible = select.evaluate("s => Array.from(s.options).filter(o => !o.hidden).map(o => o.value)")
    assert "SE" in visible and "VN" not in visible and len(visible) < 5
    select.select_option("SE")
    page.select_option("#id_isced_level", index=2)
    assert axe_violations(page) == []
    click(page, "main form button[type=submit]")
    assert SkillsProfile.objects.get(participant=p).education_country == "SE"
    assert "Ruotsi" in page.locator("main").inner_text()  # the profile shows the name, not "SE"
