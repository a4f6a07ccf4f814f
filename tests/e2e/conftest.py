"""Browser tests: Playwright from PyPI driving Debian's Chromium (/usr/bin/chromium), headless.

Without Chromium the tests skip with a message; under CI=true a missing browser fails instead.
Screenshots go to test-artifacts/ (created by the run).
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses that unless told.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("IKUT_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def _playwright():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " — required in CI")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(_playwright):
    browser = _playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    yield browser
    browser.close()


def _guarded_page(browser, live_server, **context_options):
    """A fresh context (no cookies, no storage) whose page fails the test on any request leaving the server."""
    context = browser.new_context(base_url=live_server.url, **context_options)
    external = []

    def guard(route):
        # Nothing may leave the server: any request to another host fails the test.
        if not route.request.url.startswith(live_server.url) and not route.request.url.startswith("data:"):
            external.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
    assert not external, f"requests to external hosts: {external}"


@pytest.fixture
def page(browser, live_server):
    """A 1280 px desktop viewport, Finnish browser."""
    yield from _guarded_page(browser, live_server, viewport={"width": 1280, "height": 900}, locale="fi-FI")


@pytest.fixture
def phone(browser, live_server):
    """A 360 × 740 phone viewport."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def arabic_phone(browser, live_server):
    """A 360 × 740 phone with an Arabic browser."""
    yield from _guarded_page(browser, live_server, viewport={"width": 360, "height": 740}, is_mobile=True,
                             has_touch=True, locale="ar")


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page):
    """WCAG 2.1 A/AA violations found by axe-core on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": wcag}})
    return results.response["violations"]


def login(page, email, password, totp_user=None):
    from tests.helpers import current_totp

    page.goto("/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    if totp_user is not None:
        page.fill("input[name=code]", current_totp(totp_user))
        page.click("main button[type=submit]")
