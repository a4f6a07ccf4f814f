"""Survivor portal in a real browser: Arabic on a 360 px phone, the job-offer check, quick exit, nothing
left on the device, accessibility, page weight, and screenshots (test-artifacts/portal-*.png)."""

import re

import pytest
from django.apps import apps

from ikut.rights import loader
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PORTAL_PAGE = re.compile(r"/portal/[a-z-]+/")


@pytest.fixture(autouse=True)
def content(transactional_db):
    loader.load_all(apps.get_model)  # transactional tests flush the data-migration rows between tests


def _no_trace(page):
    """No cookies and no local storage for any origin (storage_state covers pages already left)."""
    state = page.context.storage_state()
    assert state["cookies"] == [], state["cookies"]
    assert all(not origin.get("localStorage") for origin in state["origins"]), state["origins"]
    if page.url.startswith("http"):
        assert page.evaluate("window.localStorage.length + window.sessionStorage.length") == 0


def _fits(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{page.url} scrolls sideways at 360 px ({width}px)"


def test_arabic_visitor_checks_an_offer_where_the_passport_is_kept(arabic_phone):
    page = arabic_phone
    page.goto("/portal/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="العربيّة").click()
    page.wait_for_url("**/portal/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    # mirrored: the quick-exit button sits on the left in right-to-left
    exit_box = page.locator(".quick-exit").bounding_box()
    brand_box = page.locator(".brand").bounding_box()
    assert exit_box["x"] < brand_box["x"]
    _fits(page)
    screenshot(page, "portal-ar-home-360")
    assert axe_violations(page) == []

    page.locator("nav.mainnav a[href='/portal/ar/check/']").click()
    page.wait_for_url("**/portal/ar/check/")
    assert page.locator("h1").inner_text() == "افحص عرض عمل"
    page.select_option("#q-sector", "cleaning")
    page.locator("#q-control-employer_keeps_id_documents input[value=yes]").check()
    _fits(page)
    screenshot(page, "portal-ar-check-360")
    assert axe_violations(page) == []
    page.get_by_role("button", name="اعرض النتيجة").click()

    red = page.locator('.flag.red[data-code="ID_DOCUMENTS_RETAINED"]')
    red.wait_for()
    assert "جواز سفرك" in red.inner_text()
    assert page.locator(".verdict.seek_advice").is_visible()
    helpline = page.locator('a.call[href="tel:+358295463177"]')
    assert helpline.is_visible() and "+358 295 463 177" in helpline.inner_text()
    assert page.url.endswith("/portal/ar/check/")  # sent in the background: no new history entry
    _fits(page)
    screenshot(page, "portal-ar-result-360")
    assert axe_violations(page) == []
    _no_trace(page)

    # Quick exit: the portal's only history entry is replaced by the neutral page.
    page.locator(".quick-exit").click()
    page.wait_for_url("**/weather/ar/")
    assert page.locator("h1").inner_text() == "الطقس"
    page.go_back()
    page.wait_for_timeout(300)
    assert not PORTAL_PAGE.search(page.url), f"back returned to the portal: {page.url}"
    assert page.locator(".quick-exit").count() == 0
    _no_trace(page)


def test_escape_key_leaves_and_back_does_not_return(arabic_phone):
    page = arabic_phone
    page.goto("/portal/fi/")
    page.locator("nav.mainnav a[href='/portal/fi/rights/']").click()
    page.wait_for_url("**/portal/fi/rights/")
    page.locator("ul.topics a").first.click()
    page.wait_for_url(re.compile(r".*/portal/fi/rights/[a-z-]+/$"))
    assert page.evaluate("history.length") == 2  # about:blank + one portal entry, links replaced it
    page.keyboard.press("Escape")
    page.wait_for_url("**/weather/fi/")
    page.go_back()
    page.wait_for_timeout(300)
    assert not PORTAL_PAGE.search(page.url), f"back returned to the portal: {page.url}"
    _no_trace(page)


def test_finnish_portal_pages_are_accessible_and_small(browser, live_server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda request: sizes.append(
        request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]))
    page.goto("/portal/fi/", wait_until="networkidle")
    first_visit = sum(sizes)
    print(f"\nfirst visit to /portal/fi/: {len(sizes)} responses, {first_visit} bytes")
    assert first_visit < 60_000, f"first visit transferred {first_visit} bytes"
    _fits(page)
    screenshot(page, "portal-fi-home-360")
    assert axe_violations(page) == []
    for path, name in [("/portal/fi/check/", "portal-fi-check-360"), ("/portal/fi/rights/", "portal-fi-library-360"),
                       ("/portal/fi/rights/working-hours/", "portal-fi-article-360"),
                       ("/portal/fi/help/", "portal-fi-help-360"), ("/portal/fi/languages/", None),
                       ("/portal/so/rights/trafficking-help/", None), ("/weather/fi/", None)]:
        sizes.clear()
        page.goto(path, wait_until="networkidle")
        print(f"{path}: {sum(sizes)} bytes")
        _fits(page)
        if name:
            screenshot(page, name)
        assert axe_violations(page) == [], path
    page.goto("/portal/fi/check/")
    page.select_option("#q-sector", "construction")
    page.fill("#q-pay-amount", "8")
    page.select_option("#q-pay-per", "hour")
    page.locator("#q-hours-overtime_paid input[value=no]").check()
    page.fill("#q-hours-per_day", "12")
    page.fill("#q-hours-days_per_week", "6")
    page.get_by_role("button", name="Näytä tulos").click()
    page.locator(".flag").first.wait_for()
    codes = page.locator(".flag").evaluate_all("els => els.map(e => e.dataset.code)")
    assert {"PAY_BELOW_MINIMUM", "EXCESSIVE_HOURS", "OVERTIME_UNPAID"} <= set(codes)
    screenshot(page, "portal-fi-result-360")
    assert axe_violations(page) == []
    _no_trace(page)
    context.close()


def test_portal_works_without_javascript(browser, live_server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url,
                                  java_script_enabled=False)
    page = context.new_page()
    page.goto("/portal/uk/check/")
    assert page.locator("[data-read-aloud]").is_hidden()  # only offered when speech synthesis exists
    page.select_option("#q-sector", "agriculture")
    page.locator("#q-costs-debt_eur").fill("abc")
    page.locator("button.primary").click()
    assert page.locator(".error-summary").is_visible()
    assert page.locator("#q-costs-debt_eur").get_attribute("aria-invalid") == "true"
    page.locator("#q-costs-debt_eur").fill("2500")
    page.locator("button.primary").click()
    assert page.locator('.flag.red[data-code="DEBT_BONDAGE"]').is_visible()
    page.locator(".quick-exit").click()
    assert page.url.endswith("/weather/uk/")
    assert context.cookies() == []
    context.close()


def test_read_aloud_button_appears_with_speech_synthesis(arabic_phone):
    page = arabic_phone
    page.goto("/portal/en/")
    has_speech = page.evaluate("'speechSynthesis' in window")
    assert page.locator("[data-read-aloud]").is_visible() is has_speech


def test_participant_signs_in_and_sees_own_page(arabic_phone):
    import datetime

    from django.utils import timezone

    from ikut.accounts.models import Role
    from ikut.participants.models import Goal, Meeting, Participant
    from tests.helpers import PASSWORD, make_org, make_user

    org = make_org("Assistance (portal e2e)")
    user = make_user(Role.PARTICIPANT, org, email="nok@portal.example")
    person = Participant.objects.create(organisation=org, first_name="Nok", last_name="Demo", language="th",
                                        date_of_birth=datetime.date(1988, 1, 1), user=user)
    Goal.objects.create(participant=person, phase="intake", own_words="ทำงานในครัวโรงแรม")
    Meeting.objects.create(participant=person, kind="coaching", starts_at=timezone.now() + datetime.timedelta(days=3))
    page = arabic_phone
    page.goto("/portal/th/")
    page.locator("footer a[href*='/accounts/login/']").click()
    page.fill("input[name=username]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/portal/th/me/")
    assert "ทำงานในครัวโรงแรม" in page.locator("main").inner_text()
    assert page.locator("html").get_attribute("lang") == "th"
    screenshot(page, "portal-th-me-360")
    assert axe_violations(page) == []
