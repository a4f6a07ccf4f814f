"""Case data in Chromium: a caseworker records a residence permit on the record, sees the expiry on the
caseload dashboard (desktop and phone) and the reminder task on the record; axe finds no violations."""

import datetime

import pytest
from django.utils import timezone

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Assignment, Participant, Task
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_caseworker_records_a_permit_and_sees_the_expiry_on_the_dashboard(page, browser, live_server):
    org = make_org("Assistance (e2e casedata)", Organisation.Kind.ASSISTANCE_SYSTEM)
    coach = make_user(Role.CASEWORKER, org, email="coach@casedata.example")
    p = Participant.objects.create(organisation=org, first_name="Lan", last_name="Nguyen",
                                   date_of_birth=datetime.date(1994, 4, 4), nationality="Viet Nam", language="vi")
    Assignment.objects.create(participant=p, user=coach, role=Assignment.CaseRole.LEAD)
    ends = timezone.localdate() + datetime.timedelta(days=60)
    shown = f"{ends.day}.{ends.month}.{ends.year}"  # Finnish short date (the context's language)

    login(page, coach.email, PASSWORD, totp_user=coach)
    page.wait_for_url("**/home/")
    page.goto(f"/participants/{p.code}/")
    with page.expect_navigation():
        page.click(f"a[href='/casedata/{p.code}/']")
    assert axe_violations(page) == []
    page.select_option("#id_permit_type", "victim_of_trafficking")
    page.fill("#id_permit_valid_until", ends.isoformat())
    page.select_option("#id_right_to_work", "restricted")
    page.fill("#id_work_restriction", "Vain siivousalalla")
    page.check("input[name=allowed_sectors][value=cleaning]")
    page.check("input[name=exploitation_types][value=ForcedLabour]")
    page.select_option("#id_forced_labour_industry", "A_AgricultureForestryAndFishing")
    screenshot(page, "casedata-status-form")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator("#permit-until").inner_text() == shown
    assert page.input_value("#id_permit_valid_until") == ends.isoformat()  # saving again keeps the date
    screenshot(page, "casedata-status-saved")

    page.goto("/participants/")
    panel = page.locator("#expiries")
    assert p.code in panel.inner_text() and shown in panel.inner_text() and "Oleskelulupa" in panel.inner_text()
    assert axe_violations(page) == []
    screenshot(page, "casedata-dashboard-expiry")
    # The 90-day reminder was created at once (the permit ends in 60 days) and shows on the record.
    task = Task.objects.get(participant=p)
    assert task.owner == coach and ends.strftime("%d.%m.%Y") in task.title
    page.goto(f"/participants/{p.code}/")
    assert ends.strftime("%d.%m.%Y") in page.locator("#plan").inner_text()

    # The same session on a phone (a second sign-in within the code's 30 s would be refused as a replay).
    phone = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url,
                                is_mobile=True, has_touch=True, locale="fi-FI",
                                storage_state=page.context.storage_state())
    mobile = phone.new_page()
    mobile.set_default_timeout(15000)
    mobile.goto("/participants/")
    assert p.code in mobile.locator("#expiries").inner_text()
    screenshot(mobile, "casedata-dashboard-expiry-phone")
    phone.close()
