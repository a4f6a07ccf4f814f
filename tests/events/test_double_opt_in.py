"""issue 11: the seminar double opt-in is confirmed only by the token in the confirmation email — not from the
ticket page a visitor lands on after typing any address, not with the ticket's secret."""

import pytest
from django.core import mail
from django.urls import NoReverseMatch, reverse

from ikut.events.models import Registration
from tests.helpers import SYSTEM

S = Registration.Status


def _confirm_path(message):
    word = [w for w in message.body.split() if "/events/confirm/" in w][0]
    return word[word.index("/events/"):]


@pytest.mark.django_db
def test_arbitrary_addresses_cannot_be_confirmed_from_the_ticket_page(client, make_event):
    event = make_event(capacity=20)
    for n in range(10):
        response = client.post(reverse("events:detail", args=[event.pk]),
                               {"name": f"Victim {n}", "email": f"victim{n}@example.org", "privacy": "on"})
        ticket = client.get(response["Location"])
        assert "/events/confirm/" not in ticket.content.decode()  # the ticket page offers no confirmation
        secret = response["Location"].rstrip("/").rsplit("/", 1)[-1]
        # the old attack: POST the ticket's own secret to a confirm address
        assert client.post(f"/events/r/{secret}/confirm/").status_code == 404
        assert client.post(f"/events/confirm/{secret}/").status_code == 404
    assert set(Registration.objects.values_list("status", flat=True)) == {S.PENDING}


@pytest.mark.django_db
def test_only_the_emailed_token_confirms_once(client, make_event):
    event = make_event(capacity=5)
    client.post(reverse("events:detail", args=[event.pk]),
                {"name": "Anna Example", "email": "anna@example.org", "privacy": "on"})
    registration = Registration.objects.get()
    path = _confirm_path(mail.outbox[0])
    assert registration.secret not in mail.outbox[0].body
    token = path.rstrip("/").rsplit("/", 1)[-1]
    assert token not in (registration.confirm_hash, registration.secret)  # only a hash is stored
    page = client.get(path)  # a mail scanner opening the link does not confirm
    assert page.status_code == 200
    registration.refresh_from_db()
    assert registration.status == S.PENDING
    assert client.post(path).status_code == 302
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED and registration.confirm_hash == ""
    assert client.post(path).status_code == 404  # used up
    with pytest.raises(NoReverseMatch):
        reverse("events:confirm", kwargs={"secret": registration.secret})


@pytest.mark.django_db
def test_registrations_pending_before_the_change_get_one_new_confirmation_email(client, make_event):
    """Their old email pointed at the ticket page, which no longer confirms: housekeeping sends one new link."""
    import datetime

    from django.utils import timezone

    from ikut.core.crypto import blind_index
    from ikut.events import actions

    event = make_event(capacity=5)
    old = Registration.objects.create(event=event, name="Old Pending", email="old@example.org",
                                      email_index=blind_index("old@example.org"),
                                      created_at=timezone.now() - datetime.timedelta(days=1))
    assert old.status == S.PENDING and old.confirm_hash == ""
    assert actions.housekeeping(SYSTEM)["confirmations_resent"] == 1
    assert actions.housekeeping(SYSTEM)["confirmations_resent"] == 0  # once: the task stored the new token's hash
    message, = mail.outbox
    assert message.to == ["old@example.org"]
    assert client.post(_confirm_path(message)).status_code == 302
    old.refresh_from_db()
    assert old.status == S.CONFIRMED
