"""Browser flow: a visitor registers for a full seminar and lands on the waiting list; a cancellation
promotes them (the offer and the confirmation arrive by email, the confirmation with an .ics file); staff
check them in from the QR code's URL; they answer the feedback survey and get their certificate."""

import datetime
import io
import re

import pytest
import segno
from django.core import mail
from django.utils import timezone

from ikut.accounts.models import Organisation, Role
from ikut.events import actions
from ikut.events.models import Event, Registration
from tests.e2e.conftest import axe_violations, login, screenshot
from tests.helpers import PASSWORD, VISITOR, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
S = Registration.Status


def link_in(message, live_server):
    match = re.search(r"http://[^\s]+/events/(?:r|confirm)/[\w-]+/", message.body)
    assert match, message.body
    return match.group(0).replace("http://127.0.0.1:8000", live_server.url)


@pytest.fixture
def seminar():
    now = timezone.now()
    event = Event.objects.create(
        title_fi="Ihmiskauppa ja yritysvastuu (e2e)", title_en="Trafficking and corporate responsibility (e2e)",
        description_fi="Seminaari työnantajille.", published=True, location="Helsinki",
        starts_at=now + datetime.timedelta(days=5), ends_at=now + datetime.timedelta(days=5, hours=3), capacity=1)
    holder = actions.register(VISITOR, event, name="Mika Kuu", email="mika@kuu.example", language="fi")
    actions.confirm_email(VISITOR, holder)
    return event, Registration.objects.get(pk=holder.pk)


@pytest.fixture
def staff():
    return make_user(Role.PROJECT_MANAGER, make_org("Project office (e2e)", Organisation.Kind.PROJECT_OFFICE),
                     email="leena@e2e.example")


def test_waiting_list_promotion_checkin_feedback(page, browser, live_server, seminar, staff):
    event, holder = seminar
    mail.outbox.clear()

    # 1. A visitor registers for the full seminar.
    page.goto(f"/events/{event.pk}/")
    assert axe_violations(page) == []
    page.fill("#id_name", "Blessing Example")
    page.fill("#id_email", "blessing@example.org")
    page.check("#id_privacy")
    page.click("main form button[type=submit]")
    assert page.locator("#registration-status").get_attribute("data-status") == "pending"
    assert "blessing" not in page.url.lower()  # no personal data in the URL

    # 2. Double opt-in: the link in the email confirms; the seminar is full, so: waiting list.
    confirm_email, = [m for m in mail.outbox if m.to == ["blessing@example.org"]]
    page.goto(link_in(confirm_email, live_server))
    page.click("#confirm-registration button")
    assert page.locator("#registration-status").get_attribute("data-status") == "waitlisted"
    screenshot(page, "events-waitlisted")
    ticket_url = page.url
    mail.outbox.clear()

    # 3. The place-holder cancels from their own link; the visitor is offered the place by email.
    page.goto(f"{live_server.url}{holder.ticket_url()}cancel/")
    page.click("main form button[type=submit]")
    offer, = [m for m in mail.outbox if m.to == ["blessing@example.org"]]
    page.goto(link_in(offer, live_server))
    assert page.locator("#registration-status").get_attribute("data-status") == "offered"
    page.click("form[action$='/accept/'] button")
    assert page.locator("#registration-status").get_attribute("data-status") == "confirmed"
    confirmation = [m for m in mail.outbox if m.to == ["blessing@example.org"]][-1]
    (filename, ics, mimetype), = [a for a in confirmation.attachments if a[0].endswith(".ics")]
    assert mimetype == "text/calendar" and "BEGIN:VEVENT" in ics and "Ihmiskauppa ja yritysvastuu (e2e)" in ics
    assert axe_violations(page) == []
    screenshot(page, "events-ticket")

    # 4. The QR code: what a scanner reads is the check-in URL; the image encodes exactly that payload.
    qr = page.locator("img.qr")
    payload = qr.get_attribute("data-payload")
    svg = page.request.get(qr.get_attribute("src")).body()
    expected = io.BytesIO()
    segno.make(payload, error="m").save(expected, kind="svg", scale=6, border=2, title="x")
    assert svg.split(b' d="')[1].split(b'"')[0] == expected.getvalue().split(b' d="')[1].split(b'"')[0]
    checkin_path = payload.split("://", 1)[1].split("/", 1)[1]

    # 5. Staff open the scanned URL: it needs a staff sign-in, then one tap checks the attendee in.
    staff_context = browser.new_context(viewport={"width": 360, "height": 740}, base_url=live_server.url)
    staff_page = staff_context.new_page()
    staff_page.goto(f"/{checkin_path}")
    assert "/accounts/login/" in staff_page.url
    login(staff_page, staff.email, PASSWORD, totp_user=staff)
    staff_page.goto(f"/{checkin_path}")
    assert "Blessing Example" in staff_page.locator(".attendee-name").inner_text()
    staff_page.click("main form button[type=submit]")
    assert staff_page.locator("#checkin-done").is_visible()
    screenshot(staff_page, "events-checkin-phone")
    staff_context.close()
    registration = Registration.objects.get(event=event, status=S.CONFIRMED)
    assert registration.checked_in_at is not None and registration.checked_in_by == staff

    # 6. The attendee answers the feedback survey and can download the certificate.
    page.goto(ticket_url)
    page.click("a[href$='/feedback/']")
    page.check("input[name=overall][value='5']")
    page.check("input[name=relevance][value='4']")
    page.check("#id_will_act")
    page.fill("#id_comment", "Hyvä seminaari")
    assert axe_violations(page) == []
    page.click("main form button[type=submit]")
    assert registration.event.feedback.get().overall == 5
    page.goto(ticket_url)
    with page.expect_download() as download:
        page.click("a[href$='/certificate.pdf']")
    assert download.value.suggested_filename == "certificate-of-attendance.pdf"


def test_staff_pages_are_accessible_on_desktop_and_phone(page, phone, seminar, staff):
    from ikut.events.demo import seed as seed_events
    from ikut.learning.demo import seed as seed_learning

    event, holder = seminar
    company = make_org("Siisti Oy (e2e)", Organisation.Kind.COMPANY)
    employer = make_user(Role.EMPLOYER, company, email="sanna@e2e.example")
    world = {"organisations": {"company": company}, "users": {"employer": employer}}
    seed_learning(world)
    seed_events(world)
    login(page, staff.email, PASSWORD, totp_user=staff)
    for path in ["/events/manage/", f"/events/manage/{event.pk}/attendees/", f"/events/manage/{event.pk}/edit/",
                 "/events/manage/new/", "/events/checkin/", "/events/companies/", f"/events/companies/{company.pk}/",
                 f"/events/manage/{event.pk}/feedback/", "/learning/manage/", "/events/"]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert axe_violations(page) == [], path
        screenshot(page, "events-staff-" + path.strip("/").replace("/", "-"))
    # The attendee's pages on a phone
    phone.goto(holder.ticket_url())
    assert phone.locator("img.qr").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe_violations(phone) == []
    screenshot(phone, "events-ticket-phone")
    phone.goto(f"/events/{event.pk}/")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(phone, "events-detail-phone")


def test_manager_cancels_from_the_attendee_list_in_a_browser(page, live_server, seminar, staff):
    """Every row's cancel button posts the page's one form (form= and formaction=): the registration of the
    row clicked is cancelled, no other."""
    event, holder = seminar
    other = actions.register(VISITOR, event, name="Aino Toinen", email="aino@toinen.example", language="fi")
    actions.confirm_email(VISITOR, other)  # the event is full: on the waiting list
    login(page, staff.email, PASSWORD, totp_user=staff)
    page.goto(f"/events/manage/{event.pk}/attendees/")
    row = page.locator("tr", has_text="Mika Kuu")
    row.locator("button[form=cancel-registration]").click()
    page.wait_for_url(f"**/events/manage/{event.pk}/attendees/")
    holder.refresh_from_db(), other.refresh_from_db()
    assert holder.status == S.CANCELLED
    assert other.status == S.OFFERED  # the waiting list moved, as for any cancellation
