"""Browser (Chromium): quick exit leaves no portal page in the history; a new red flag in Arabic on a
360 px arabic_phone; a mistyped portal address is a portal 404 in the visitor's language with the exit."""

import re

import pytest
from django.apps import apps

from ikut.portal import texts
from ikut.rights import loader, offer_texts
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PORTAL_WORDS = ("Work info", "Quick exit", "Check a job offer", "Your rights")


@pytest.fixture(autouse=True)
def content(transactional_db):
    loader.load_all(apps.get_model)


def _not_portal(page):
    assert "/portal/" not in page.url, f"a portal page is in the history: {page.url}"
    if page.url.startswith("http"):
        html = page.content()
        assert "quick-exit" not in html and not any(word in html for word in PORTAL_WORDS), page.url


def test_quick_exit_leaves_no_portal_page_in_the_history(arabic_phone):
    page = arabic_phone
    page.goto("/portal/en/")
    page.locator("nav.mainnav a[href='/portal/en/rights/']").click()
    page.wait_for_url("**/portal/en/rights/")
    page.locator("ul.topics a").first.click()
    page.wait_for_url(re.compile(r".*/portal/en/rights/[a-z-]+/$"))
    assert page.locator("main h1").is_visible()
    page.locator("nav.mainnav a[href='/portal/en/check/']").click()
    page.wait_for_url("**/portal/en/check/")
    page.select_option("#q-sector", "cleaning")
    page.locator("#q-pay-part_returned_to_employer input[value=yes]").check()
    page.get_by_role("button", name="Show the result").click()
    page.locator('.flag.red[data-code="WAGE_KICKBACK"]').wait_for()
    assert page.evaluate("history.length") == 2  # about:blank + one portal entry: every step replaced it

    page.keyboard.press("Escape")
    page.wait_for_url("**/weather/en/")
    assert "/portal/" not in page.url and page.locator("h1").inner_text() == "Weather"
    _not_portal(page)
    steps = 0
    while steps < 10 and page.evaluate("history.length") > 1:
        before = page.url
        page.go_back()
        page.wait_for_timeout(300)
        if page.url == before:
            break
        _not_portal(page)
        steps += 1
    assert steps >= 1 and page.url == "about:blank"  # what was open before the portal (a blank tab here)
    page.go_forward()
    page.wait_for_timeout(300)
    _not_portal(page)  # forward again: the neutral page, never the portal


def test_quick_exit_button_after_a_form_with_an_error(arabic_phone):
    page = arabic_phone
    page.goto("/portal/fi/check/")
    page.select_option("#q-sector", "cleaning")
    page.fill("#q-pay-unpaid_trial_days", "-2")
    page.locator("button.primary").click()
    page.locator(".error-summary").wait_for()
    assert page.url.endswith("/portal/fi/check/")
    page.locator(".quick-exit").click()
    page.wait_for_url("**/weather/fi/")
    assert page.locator("h1").inner_text() == texts.TEXTS["fi"]["weather.title"]
    page.go_back()
    page.wait_for_timeout(300)
    _not_portal(page)


def test_new_red_flag_in_arabic_on_a_phone(arabic_phone):
    page = arabic_phone
    page.goto("/portal/ar/check/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.select_option("#q-sector", "agriculture")
    question = page.locator("#q-control-threatens_to_report_to_authorities")
    assert offer_texts.TEXTS["ar"]["q.control.threatens_to_report_to_authorities"] in question.inner_text()
    question.locator("input[value=yes]").check()
    page.get_by_role("button", name="اعرض النتيجة").click()
    red = page.locator('.flag.red[data-code="THREATS_ABOUT_RESIDENCE_STATUS"]')
    red.wait_for()
    assert offer_texts.TEXTS["ar"]["THREATS_ABOUT_RESIDENCE_STATUS.message"] in red.inner_text()
    assert page.locator(".verdict.seek_advice").is_visible()
    assert page.locator("[data-ask]").count() > 0  # unanswered questions become "ask about this"
    assert offer_texts.TEXTS["ar"]["ask.title"] in page.locator("main").inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"scrolls sideways at 360 px ({width}px)"
    red.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot(page, "portal-ar-residence-threat-360").with_name(
        "portal-ar-residence-threat-360-viewport.png")))
    assert axe_violations(page) == []


def test_mistyped_portal_address_shows_a_portal_404_in_the_visitors_language(arabic_phone):
    page = arabic_phone
    response = page.goto("/portal/ar/rigths/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("h1").inner_text() == texts.TEXTS["ar"]["404.title"]
    assert page.locator(".quick-exit").is_visible()
    assert page.locator("a[href^='/accounts/'], a[href='/']").count() == 0
    screenshot(page, "portal-ar-404-360")
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    page.wait_for_url("**/weather/ar/")
    assert page.locator("h1").inner_text() == texts.TEXTS["ar"]["weather.title"]
    screenshot(page, "weather-ar-360")
    assert axe_violations(page) == []
    response = page.goto("/portal/xx/")  # mistyped language: the browser's language (Arabic here)
    assert response.status == 404 and page.locator("html").get_attribute("lang") == "ar"
