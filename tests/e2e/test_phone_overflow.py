"""Phones: every staff page of the access-matrix world, opened at 360 px by every staff role allowed to open
it, fits the screen (no sideways scrolling: documentElement.scrollWidth <= clientWidth), and the staff
navigation folds behind a "Menu" button below 600 px (static JavaScript only, nothing blocked by the CSP)."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests import access_matrix
from tests.e2e.conftest import screenshot
from tests.helpers import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# Transactional tests flush the database (and the content migrations loaded) when they end: keep this file
# sorted after test_employers_flow.py, which needs that content.

MATRIX, EXTENDERS = access_matrix.load()
STAFF_ROLES = sorted(access_matrix.STAFF)
NOT_STAFF_PAGES = ("api:", "portal:")
OVERFLOW = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def staff_pages(role):
    for name in sorted(MATRIX):
        case = MATRIX[name]
        if case.method == "get" and role in case.allow and not name.startswith(NOT_STAFF_PAGES):
            yield name, case


def signed_in_context(browser, live_server, user, width):
    client = sign_in(Client(), user)
    context = browser.new_context(viewport={"width": width, "height": 740}, base_url=live_server.url,
                                  is_mobile=width < 600, has_touch=width < 600)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                          "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}])
    return client, context


def test_every_staff_page_fits_360_px_for_every_role_and_the_menu_folds(browser, live_server):
    # One test: the world needs the content that migrations load, and a transactional test's flush removes it.
    from django.core.management import call_command

    from tests.access_matrix.world import build_world

    # Earlier browser tests flushed the database: load the content a migration ships (rights rules) again.
    call_command("load_rights_content", verbosity=0)
    world = build_world(EXTENDERS)
    menu_folds_behind_a_button_on_phones(browser, live_server, world)
    screenshots_at_360_and_1280(browser, live_server, world)
    overflowing, blocked, visited = [], [], 0
    for role in STAFF_ROLES:
        client, context = signed_in_context(browser, live_server, world.users[role], 360)
        page = context.new_page()
        page.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)
        for name, case in staff_pages(role):
            url = reverse(name, kwargs=case.resolve(case.kwargs, world)) + case.query
            response = client.get(url)  # files (PDF, CSV, JSON, iCalendar) are not pages
            if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
                continue
            page.goto(url)
            visited += 1
            scroll, client_width = page.evaluate(OVERFLOW)
            if scroll > client_width:
                overflowing.append(f"{role} {name} {url}: {scroll}px")
                screenshot(page, f"overflow-{role}-{name.replace(':', '-')}")
        context.close()
    assert visited > 100, f"only {visited} pages were opened: the walk is broken"
    assert not overflowing, "pages wider than a 360 px phone:\n" + "\n".join(overflowing)
    assert not blocked, blocked


def menu_folds_behind_a_button_on_phones(browser, live_server, world):
    _client, context = signed_in_context(browser, live_server, world.users["caseworker"], 360)
    page = context.new_page()
    page.goto("/participants/")
    toggle, links = page.locator(".main-nav .nav-toggle"), page.locator("#main-nav-list a")
    assert toggle.is_visible() and not links.first.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    screenshot(page, "nav-closed-360")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and links.first.is_visible()
    screenshot(page, "nav-open-360")
    page.keyboard.press("Escape")
    assert not links.first.is_visible()
    # wide screens: no button, the whole menu in one row
    page.set_viewport_size({"width": 1280, "height": 800})
    assert not toggle.is_visible() and links.first.is_visible()
    context.close()
    # without JavaScript the menu is simply shown (and still fits)
    client = sign_in(Client(), world.users["caseworker"])
    context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url,
                                  java_script_enabled=False)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                          "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}])
    page = context.new_page()
    page.goto("/participants/")
    assert page.locator("#main-nav-list a").first.is_visible()
    assert not page.locator(".main-nav .nav-toggle").is_visible()
    scroll, client_width = page.evaluate(OVERFLOW)
    assert scroll <= client_width
    context.close()


def screenshots_at_360_and_1280(browser, live_server, world):
    """The pages named in issue 16, for people to look at: caseload, participant record, offer form, invite form."""
    employer = "employer"
    pages = [("caseworker", "caseload", reverse("participants:dashboard")),
             ("caseworker", "participant-record", reverse("participants:detail", args=[world.participant.code])),
             (employer, "offer-form", reverse("employers:offer_create", args=[world.emp_company.pk])),
             ("administrator", "invite-form", reverse("accounts:user_list") + "#id_email")]
    for width in (360, 1280):
        for role, label, url in pages:
            _client, context = signed_in_context(browser, live_server, world.users[role], width)
            page = context.new_page()
            assert page.goto(url).status == 200
            screenshot(page, f"issue16-{label}-{width}")
            scroll, client_width = page.evaluate(OVERFLOW)
            assert scroll <= client_width, (label, width, scroll)
            context.close()
