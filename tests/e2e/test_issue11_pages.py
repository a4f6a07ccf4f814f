"""issue 11 pages in Chromium: the DPO's audit filter with a bad date (field error, axe-clean) and the seminar
confirmation page reached from the emailed link (phone width, axe-clean)."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from ikut.accounts.models import Organisation, Role
from ikut.events import actions
from ikut.events.models import Event
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, VISITOR, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_audit_filter_error_is_a_field_error(page):
    org = make_org("Org (e2e)", Organisation.Kind.ASSISTANCE_SYSTEM)
    dpo = make_user(Role.DPO, org, email="dpo11@e2e.example")
    login(page, dpo.email, PASSWORD, totp_user=dpo)
    page.wait_for_url("**/home/")
    response = page.goto("/audit/?since=not-a-date&page=zz")
    assert response.status == 200
    assert page.locator("#id_since_errors").is_visible()
    assert axe_violations(page) == []
    screenshot(page, "audit-filter-error")


def test_confirm_page_from_the_emailed_link(phone, live_server):
    now = timezone.now()
    event = Event.objects.create(title_en="Seminar (e2e)", title_fi="Seminaari (e2e)", published=True,
                                 location="Helsinki", starts_at=now + datetime.timedelta(days=3),
                                 ends_at=now + datetime.timedelta(days=3, hours=2), capacity=5)
    actions.register(VISITOR, event, name="Anna Example", email="anna@example.org", language="fi")
    word = [w for w in mail.outbox[0].body.split() if "/events/confirm/" in w][0]
    phone.goto(word[word.index("/events/"):])
    assert phone.locator("#confirm-registration button").is_visible()
    assert axe_violations(phone) == []
    screenshot(phone, "events-confirm-phone")
    phone.click("#confirm-registration button")
    assert phone.locator("#registration-status").get_attribute("data-status") == "confirmed"
