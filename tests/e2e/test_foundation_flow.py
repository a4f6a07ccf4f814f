import pytest

from ikut.accounts.models import Organisation, Role
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def caseworker():
    org = make_org("Assistance (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    return make_user(Role.CASEWORKER, org, email="aino@e2e.example")


def test_caseworker_signs_in_with_totp_and_switches_language(page, caseworker):
    login(page, caseworker.email, PASSWORD, totp_user=caseworker)
    page.wait_for_url("**/home/")
    assert page.locator("h1").inner_text().startswith("Tervetuloa")  # Finnish is the default
    nav = page.locator("nav.main-nav")
    assert nav.is_visible()
    assert nav.get_by_text("Lokitiedot").count() == 0  # the audit log is the DPO's, not a caseworker's

    page.select_option("#lang-select", "sv")
    page.click(".lang-switch button")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").inner_text().startswith("Välkommen")
    assert page.get_by_role("link", name="Startsida").count() == 1

    page.select_option("#lang-select", "fi")
    page.click(".lang-switch button")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fi"
    assert page.get_by_role("link", name="Etusivu").count() == 1
    assert axe_violations(page) == []


def test_wrong_totp_is_refused(page, caseworker):
    page.goto("/accounts/login/")
    page.fill("input[name=username]", caseworker.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.fill("input[name=code]", "000000")
    page.click("main button[type=submit]")
    assert "/accounts/login/code/" in page.url
    assert page.locator(".error-summary").is_visible()


def test_login_page_on_a_phone_is_accessible(phone):
    phone.goto("/accounts/login/")
    path = screenshot(phone, "login-360")
    assert path.stat().st_size > 1000
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"login page scrolls sideways at 360 px ({width}px)"
    assert axe_violations(phone) == []


def test_pages_make_no_external_requests_and_send_strict_headers(page):
    response = page.goto("/accounts/login/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("role,paths", [
    (Role.DPO, ["/home/", "/audit/", "/audit/verify/", "/accounts/me/"]),
    (Role.ADMINISTRATOR, ["/accounts/users/", "/accounts/sudo/"]),
])
def test_foundation_pages_have_no_accessibility_violations(page, role, paths):
    org = make_org("Org (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    user = make_user(role, org, email=f"{role.value}@e2e.example")
    login(page, user.email, PASSWORD, totp_user=user)
    page.wait_for_url("**/home/")
    for path in paths:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert axe_violations(page) == [], path
    screenshot(page, f"foundation-{role.value}")


def test_api_docs_are_served_locally(page, caseworker):
    login(page, caseworker.email, PASSWORD, totp_user=caseworker)
    page.wait_for_url("**/home/")
    page.goto("/api/docs")
    page.wait_for_selector("text=IKUT API")
    screenshot(page, "api-docs")
