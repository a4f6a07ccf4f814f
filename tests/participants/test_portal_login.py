"""A caseworker gives a participant a portal login from the record: an emailed link (built inside the
background task from the user id), audited; the participant chooses a password and signs in; the caseworker
can disable the login (after a confirmation), which ends the participant's sessions."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from ikut.accounts.models import Role, User, UserSession
from ikut.audit.models import AuditEntry
from ikut.participants import tasks
from tests.helpers import make_user

pytestmark = pytest.mark.django_db


def test_caseworker_creates_the_login_and_the_participant_signs_in(team, as_user, monkeypatch,
                                                                   django_capture_on_commit_callbacks):
    p = team.participant
    enqueued = []
    real = tasks.send_portal_invitation

    class Recording:
        def enqueue(self, *args, **kwargs):
            enqueued.append((args, kwargs))
            return real.enqueue(*args, **kwargs)

    monkeypatch.setattr(tasks, "send_portal_invitation", Recording())
    client = as_user(team.caseworker)
    url = reverse("participants:portal_login", args=[p.code])
    assert "Testi" not in client.get(url).content.decode()  # the page shows no identity
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "Nok@Example.org"})
    assert response.status_code == 302
    p.refresh_from_db()
    user = p.user
    assert user.email == "nok@example.org" and user.role == Role.PARTICIPANT and not user.has_usable_password()
    assert user.language == "th"
    # the task got the user id only; the secret link was built inside it
    assert enqueued == [((user.pk,), {})]
    entry = AuditEntry.objects.get(action="participants.portal_login.invite")
    assert "example.org" not in str(entry.details)
    body = mail.outbox[0].body
    assert "trafficking" not in (body + mail.outbox[0].subject).lower()
    link = re.search(r"https?://\S+/accounts/password-reset/\S+", body).group(0)
    path = link[link.index("/accounts/"):]
    # the participant chooses a password through the link and signs in to the portal
    anonymous = Client()
    form_page = anonymous.get(path, follow=True)
    assert form_page.status_code == 200
    anonymous.post(form_page.redirect_chain[-1][0], {"new_password1": "a long and unusual passphrase",
                                                     "new_password2": "a long and unusual passphrase"})
    user.refresh_from_db()
    assert user.has_usable_password()
    anonymous.post(reverse("accounts:login"), {"username": "nok@example.org",
                                               "password": "a long and unusual passphrase"})
    assert anonymous.get(reverse("portal:me", args=["th"])).status_code == 200


def test_another_accounts_email_is_refused_and_nothing_is_saved(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    response = client.post(reverse("participants:portal_login", args=[p.code]), {"email": team.supervisor.email})
    assert response.status_code == 400
    p.refresh_from_db()
    assert p.user is None
    team.supervisor.refresh_from_db()
    assert team.supervisor.role == Role.SUPERVISOR
    assert client.post(reverse("participants:portal_login", args=[p.code]), {"email": "x"}).status_code == 400
    assert User.objects.filter(role=Role.PARTICIPANT).count() == 0


def test_disabling_asks_first_then_ends_the_participants_sessions(team, as_user):
    from tests.helpers import sign_in

    p = team.participant
    user = make_user(Role.PARTICIPANT, team.org)
    p.user = user
    p.save(update_fields=["user"])
    portal = sign_in(Client(), user)
    UserSession.objects.create(user=user, session_key=portal.session.session_key)
    client = as_user(team.caseworker)
    url = reverse("participants:portal_login_disable", args=[p.code])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 200  # no confirm=yes: still only the question
    user.refresh_from_db()
    assert user.is_active
    assert client.post(url, {"confirm": "yes"}).status_code == 302
    user.refresh_from_db()
    assert not user.is_active and not UserSession.objects.filter(user=user).exists()
    assert portal.get(reverse("portal:me", args=["fi"])).status_code in (302, 404)
    assert AuditEntry.objects.filter(action="participants.portal_login.disable").exists()
    # the psychosocial worker (not the lead) cannot
    assert as_user(team.psychosocial).get(reverse("participants:portal_login", args=[p.code])).status_code == 404
