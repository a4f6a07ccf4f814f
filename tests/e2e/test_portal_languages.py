"""Portal languages and help in a real browser (issue 14): the searchable language picker remembers nothing,
the help list and a new article in Arabic at 360 px are accessible (screenshots in test-artifacts/)."""

import unicodedata

import pytest
from django.apps import apps

from ikut.rights import loader
from tests.e2e.conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def content(transactional_db):
    loader.load_all(apps.get_model)


def _visible(page):
    return [unicodedata.normalize("NFC", t) for t in page.locator("[data-lang-list] li:visible a").all_inner_texts()]


def _no_trace(page):
    state = page.context.storage_state()
    assert state["cookies"] == [] and all(not o.get("localStorage") for o in state["origins"])
    assert page.evaluate("window.localStorage.length + window.sessionStorage.length") == 0


def test_language_picker_filters_by_own_or_english_name_and_stores_nothing(phone):
    page = phone
    page.goto("/portal/", wait_until="networkidle")
    box = page.locator("#lang-filter")
    assert box.is_visible() and box.get_attribute("autocomplete") == "off"
    everything = _visible(page)
    assert len(everything) >= 16
    box.fill("tigr")
    assert _visible(page) == ["ትግርኛ"]
    box.fill("العر")
    found = _visible(page)
    assert len(found) == 1 and found[0].startswith("العرب")
    box.fill("suomi")
    assert _visible(page) == ["suomi"]
    box.fill("")
    assert _visible(page) == everything
    screenshot(page, "portal-start-picker-360")
    assert axe_violations(page) == []
    page.goto("/portal/ar/languages/", wait_until="networkidle")
    page.locator("#lang-filter").fill("viet")
    assert _visible(page) == [unicodedata.normalize("NFC", "Tiếng Việt")]
    assert axe_violations(page) == []
    _no_trace(page)


def test_picker_without_javascript_shows_the_full_list_and_no_dead_search(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/portal/")
    assert not page.locator("#lang-filter").is_visible()
    assert len(page.locator("[data-lang-list] li a").all()) >= 16
    context.close()


def test_arabic_help_and_new_article_at_360px(phone):
    page = phone
    page.goto("/portal/ar/help/", wait_until="networkidle")
    assert page.locator("html").get_attribute("dir") == "rtl"
    text = page.locator("main").inner_text()
    assert "+358 295 463 177" in text and "(0295 463 177)" in text and "116 006" in text
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(page, "portal-ar-help-360")
    assert axe_violations(page) == []
    page.goto("/portal/ar/rights/threats-permit-police/", wait_until="networkidle")
    assert page.locator("article h1").inner_text().strip().startswith("التهديد")
    assert page.locator(".note").count() == 0  # no fallback note: the Arabic version exists
    screenshot(page, "portal-ar-threats-article-360")
    assert axe_violations(page) == []
