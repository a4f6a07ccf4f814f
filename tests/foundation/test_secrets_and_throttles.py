"""issue 11: task arguments never carry secrets (the queue is a table that keeps them); throttles on
password-reset mails and sudo guesses, per account and per client address."""

import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from ikut.accounts.models import Invitation, Role
from ikut.audit.models import AuditEntry
from tests.helpers import PASSWORD, enter_sudo, make_user, sign_in

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _link(message, marker):
    line = [line for line in message.body.splitlines() if marker in line][0].strip()
    return line[line.index(marker):], line.rsplit("/", 2)[-2]


def _stored_text():
    """Everything the task table keeps, as text: arguments and return values."""
    return json.dumps([[r.args_kwargs, r.return_value] for r in DBTaskResult.objects.all()])


@pytest.mark.django_db(transaction=True)
def test_invitation_link_is_never_stored_in_the_task_table(client, org, settings):
    settings.TASKS = DB_TASKS
    admin = make_user(Role.ADMINISTRATOR, org)
    enter_sudo(sign_in(client, admin))
    client.post(reverse("accounts:invite"), {"email": "coach@test.example", "organisation": org.pk,
                                             "role": Role.CASEWORKER})
    row = DBTaskResult.objects.get()
    assert row.args_kwargs["args"][0] == Invitation.objects.get().pk and len(mail.outbox) == 0
    call_command("db_worker", batch=True, reload=False, startup_delay=False)
    path, token = _link(mail.outbox[0], "/accounts/invite/")
    assert token not in _stored_text() and "/accounts/invite/" not in _stored_text()
    # running the stored task again (a replay by anyone who can read the table) ends the first link
    DBTaskResult.objects.update(status="READY", started_at=None, finished_at=None)
    call_command("db_worker", batch=True, reload=False, startup_delay=False)
    assert len(mail.outbox) == 2
    client.post(reverse("accounts:logout"))
    assert client.get(path).status_code == 404
    new_path, new_token = _link(mail.outbox[1], "/accounts/invite/")
    assert new_token != token and client.get(new_path).status_code == 200
    assert new_token not in _stored_text()


@pytest.mark.django_db(transaction=True)
def test_password_reset_token_is_never_stored_in_the_task_table(client, org, settings):
    settings.TASKS = DB_TASKS
    user = make_user(Role.CASEWORKER, org)
    client.post(reverse("accounts:password_reset"), {"email": user.email})
    assert DBTaskResult.objects.get().args_kwargs["args"][0] == user.pk
    call_command("db_worker", batch=True, reload=False, startup_delay=False)
    path, token = _link(mail.outbox[0], "/accounts/password-reset/")
    assert token not in _stored_text() and "password-reset" not in _stored_text()
    assert client.get(path, follow=True).status_code == 200


def test_password_reset_mails_are_throttled_per_account(client, org):
    user = make_user(Role.CASEWORKER, org)
    for n in range(6):
        response = client.post(reverse("accounts:password_reset"), {"email": user.email},
                               REMOTE_ADDR=f"10.1.0.{n}")
        assert response.status_code == 302  # the same answer as for an unknown address: no enumeration
    assert len(mail.outbox) == 3


def test_password_reset_requests_are_throttled_per_address(client, org):
    users = [make_user(Role.CASEWORKER, org) for _ in range(11)]
    statuses = [client.post(reverse("accounts:password_reset"), {"email": u.email}, REMOTE_ADDR="10.2.0.1").status_code
                for u in users]
    assert statuses == [302] * 10 + [429]
    assert len(mail.outbox) == 10
    assert client.post(reverse("accounts:password_reset"), {"email": users[-1].email},
                       REMOTE_ADDR="10.2.0.2").status_code == 302
    assert AuditEntry.objects.filter(action="accounts.password_reset.throttle").count() == 1


def test_sudo_password_guesses_are_throttled_per_account(client, org):
    user = make_user(Role.CASEWORKER, org)
    sign_in(client, user)
    url = reverse("accounts:sudo")
    for n in range(5):
        guess = client.post(url, {"password": f"guess {n}", "code": "000000"}, REMOTE_ADDR=f"10.3.0.{n}")
        assert guess.status_code == 200
    # the sixth try is refused before the password is checked, even with the right password
    from tests.helpers import current_totp

    response = client.post(url, {"password": PASSWORD, "code": current_totp(user)}, REMOTE_ADDR="10.3.0.9")
    assert response.status_code == 429
    assert not client.session.get("ikut_sudo_until")
    assert AuditEntry.objects.filter(action="accounts.sudo.throttle", actor=user).count() == 1


def test_sudo_guesses_are_throttled_per_address(client, org):
    url = reverse("accounts:sudo")
    for _ in range(4):  # 4 accounts x 5 guesses from one address = 20
        sign_in(client, make_user(Role.CASEWORKER, org))
        for n in range(5):
            client.post(url, {"password": f"guess {n}", "code": "000000"}, REMOTE_ADDR="10.4.0.1")
    fresh = make_user(Role.CASEWORKER, org)
    sign_in(client, fresh)
    assert client.post(url, {"password": "guess", "code": "1"}, REMOTE_ADDR="10.4.0.1").status_code == 429
    assert client.post(url, {"password": "guess", "code": "1"}, REMOTE_ADDR="10.4.0.2").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_upgrade_forgets_links_stored_by_the_old_code(org):
    """The migration deletes old mail tasks that carried account links and ends open invitations' links."""
    import importlib

    from django.apps import apps as global_apps
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    admin = make_user(Role.ADMINISTRATOR, org)
    invitation, raw = Invitation.issue(email="late@test.example", organisation=org, role=Role.CASEWORKER,
                                       invited_by=admin)
    common = {"status": "SUCCESSFUL", "backend_name": "default", "queue_name": "default", "priority": 0,
              "run_after": timezone.now(), "task_path": "ikut.core.tasks.send_mail_task"}
    DBTaskResult.objects.create(args_kwargs={"args": [], "kwargs": {
        "subject": "x", "body": f"https://ikut.example/accounts/invite/{raw}/", "to": ["late@test.example"]}},
        **common)
    DBTaskResult.objects.create(args_kwargs={"args": [], "kwargs": {
        "subject": "x", "body": "Break-the-glass to review: /participants/break-glass/review/", "to": ["s@x"]}},
        **common)
    migration = importlib.import_module("ikut.accounts.migrations.0002_forget_stored_account_links")
    migration.forget(global_apps, None)
    assert raw not in _stored_text() and DBTaskResult.objects.count() == 1
    assert Invitation.find_open(raw) is None
