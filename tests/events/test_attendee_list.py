"""The attendee list: a fixed number of queries whatever its length, links and buttons per row, pages of 500."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.core.crypto import blind_index
from ikut.events import views
from ikut.events.models import Registration
from tests.helpers import sign_in

S = Registration.Status
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def registrations(event, n, status=S.CONFIRMED, start=0, **extra):
    return Registration.objects.bulk_create([
        Registration(event=event, name=f"Attendee {i}", email=f"a{i}@example.org",
                     email_index=blind_index(f"a{i}@example.org"), status=status, **extra)
        for i in range(start, start + n)])


@pytest.mark.parametrize("n", [3, 300])
def test_queries_do_not_grow_with_the_list(client, make_event, manager, company, n, django_assert_max_num_queries):
    event = make_event(capacity=n)
    registrations(event, n, organisation=company)
    sign_in(client, manager)
    with django_assert_max_num_queries(16):
        response = client.get(reverse("events:attendees", args=[event.pk]))
    html = response.content.decode()
    assert response.status_code == 200 and html.count("<tr>") == n + 1  # header + one per attendee
    assert html.count("Company (test)") == n
    assert f"{n} / {n} places taken, 0 checked in" in html
    assert AuditEntry.objects.get(action="events.attendees.view").details == {"rows": n, "page": 1}


def test_each_row_has_its_own_links_and_one_csrf_token_serves_every_cancel_button(client, make_event, manager):
    event = make_event(capacity=5)
    confirmed, waiting = registrations(event, 1)[0], registrations(event, 1, S.WAITLISTED, start=1)[0]
    checked = registrations(event, 1, start=2, checked_in_at=timezone.now())[0]
    cancelled = registrations(event, 1, S.CANCELLED, start=3)[0]
    sign_in(client, manager)
    html = client.get(reverse("events:attendees", args=[event.pk])).content.decode()
    table = html[html.index("<tbody>"):html.index("</tbody>")]
    assert "<form" not in table and "csrfmiddlewaretoken" not in table  # no form and no token per row
    actions = re.findall(r'formaction="([^"]+)"', html)
    assert sorted(actions) == sorted(reverse("events:staff_cancel", args=[r.pk]) for r in (confirmed, waiting))
    assert reverse("events:checkin", args=[confirmed.checkin_code]) in html
    for r in (waiting, checked, cancelled):
        assert reverse("events:checkin", args=[r.checkin_code]) not in html
    form = html[html.index('<form id="cancel-registration"'):]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form[:form.index("</form>")]).group(1)
    assert table.count('form="cancel-registration"') == 2
    client.handler.enforce_csrf_checks = True  # the button posts the page's one form to its formaction
    response = client.post(actions[0], {"csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_long_lists_are_paged(client, make_event, manager, monkeypatch):
    monkeypatch.setattr(views, "ATTENDEES_PER_PAGE", 4)
    event = make_event(capacity=10, starts_at=timezone.now() + datetime.timedelta(days=3),
                       ends_at=timezone.now() + datetime.timedelta(days=3, hours=1))
    registrations(event, 6)
    sign_in(client, manager)
    url = reverse("events:attendees", args=[event.pk])
    first, second = client.get(url).content.decode(), client.get(url + "?page=2").content.decode()
    assert first.count("<tr>") == 5 and second.count("<tr>") == 3
    assert "6 / 10 places taken" in first and "6 / 10 places taken" in second  # counts cover every page
    assert '?page=2"' in first and '?page=1"' in second
    assert client.get(url + "?page=x").status_code == 200  # a bad page number shows the first page
