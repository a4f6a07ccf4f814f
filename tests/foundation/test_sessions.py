import time

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ikut.accounts.models import Role, UserSession
from ikut.accounts.sessions import AUTH_AT_KEY, LAST_SEEN_KEY, SUDO_KEY
from ikut.audit.models import AuditEntry
from tests.helpers import PASSWORD, current_totp, make_user, sign_in

pytestmark = pytest.mark.django_db


def real_login(client, user):
    """Sign in through the real forms. A TOTP code is accepted once (replay protection), so a second
    device in the same 30-second window signs in with a recovery code."""
    client.post(reverse("accounts:login"), {"username": user.email, "password": PASSWORD})
    code = current_totp(user)
    if UserSession.objects.filter(user=user).exists():
        code = StaticToken.objects.filter(device__user=user).first().token
    client.post(reverse("accounts:mfa_verify"), {"code": code})
    assert client.get(reverse("core:home")).status_code == 200


def test_login_creates_a_new_session_key(client, org):
    user = make_user(Role.CASEWORKER, org)
    client.get(reverse("accounts:login"))
    client.session.save()
    before = client.session.session_key
    real_login(client, user)
    assert client.session.session_key != before


def test_user_sees_and_ends_other_sessions(org):
    user = make_user(Role.CASEWORKER, org)
    laptop, phone = Client(), Client()
    real_login(laptop, user)
    real_login(phone, user)
    assert UserSession.objects.filter(user=user).count() == 2
    page = laptop.get(reverse("accounts:account")).content.decode()
    assert page.count("/end/") == 2
    other = UserSession.objects.exclude(session_key=laptop.session.session_key).get(user=user)
    laptop.post(reverse("accounts:end_session", args=[other.pk]))
    assert phone.get(reverse("core:home")).status_code == 302
    assert laptop.get(reverse("core:home")).status_code == 200


def test_cannot_end_someone_elses_session(org):
    a, b = make_user(Role.CASEWORKER, org), make_user(Role.CASEWORKER, org)
    ca, cb = Client(), Client()
    real_login(ca, a)
    real_login(cb, b)
    b_session = UserSession.objects.get(user=b)
    assert ca.post(reverse("accounts:end_session", args=[b_session.pk])).status_code == 404
    assert cb.get(reverse("core:home")).status_code == 200


def test_deactivation_ends_every_session_at_once(org):
    admin = make_user(Role.ADMINISTRATOR, org)
    coach = make_user(Role.CASEWORKER, org)
    c1, c2, ca = Client(), Client(), Client()
    real_login(c1, coach)
    real_login(c2, coach)
    sign_in(ca, admin)
    session = ca.session
    session[SUDO_KEY] = time.time() + 600
    session.save()
    url = reverse("accounts:deactivate", args=[coach.pk])
    # the first click names the consequences and changes nothing
    for response in (ca.get(url), ca.post(url)):
        assert response.status_code == 200
        assert "2 avointa istuntoa päättyy heti" in response.content.decode()  # fi is the default language
    coach.refresh_from_db()
    assert coach.is_active
    assert ca.post(url, {"confirm": "yes"}).status_code == 302
    assert c1.get(reverse("core:home")).status_code == 302
    assert c2.get(reverse("core:home")).status_code == 302
    assert not UserSession.objects.filter(user=coach).exists()
    assert AuditEntry.objects.filter(action="accounts.user.deactivate", subject_id=coach.audit_label).exists()


def test_deactivation_needs_sudo(org):
    admin = make_user(Role.ADMINISTRATOR, org)
    coach = make_user(Role.CASEWORKER, org)
    client = sign_in(Client(), admin)
    response = client.post(reverse("accounts:deactivate", args=[coach.pk]), {"confirm": "yes"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:sudo"))
    coach.refresh_from_db()
    assert coach.is_active


def test_sudo_requires_password_and_code(client, org):
    user = make_user(Role.ADMINISTRATOR, org)
    sign_in(client, user)
    client.post(reverse("accounts:sudo"), {"password": PASSWORD, "code": "000000"})
    assert SUDO_KEY not in client.session
    TOTPDevice.objects.get(user=user).throttle_reset()  # django-otp slows retries after a failure
    client.post(reverse("accounts:sudo"), {"password": PASSWORD, "code": current_totp(user)})
    assert client.session[SUDO_KEY] > time.time()


def test_role_change_is_audited_as_permission_change(client, org):
    admin = make_user(Role.ADMINISTRATOR, org)
    coach = make_user(Role.CASEWORKER, org)
    sign_in(client, admin)
    session = client.session
    session[SUDO_KEY] = time.time() + 600
    session.save()
    url = reverse("accounts:change_role", args=[coach.pk])
    page = client.get(url).content.decode()
    assert 'value="caseworker" required id="id_role_0" checked' in page and page.count(" checked") == 1
    client.post(url, {"role": "supervisor"})  # the confirmation page; nothing changes yet
    coach.refresh_from_db()
    assert coach.role == "caseworker"
    client.post(url, {"role": "supervisor", "confirm": "yes"})
    coach.refresh_from_db()
    assert coach.role == "supervisor"
    entry = AuditEntry.objects.get(action="accounts.user.change_role")
    assert entry.details == {"from": "caseworker", "to": "supervisor"}


@pytest.mark.parametrize("key,age,role", [
    (LAST_SEEN_KEY, 16 * 60, Role.CASEWORKER),   # staff idle timeout 15 min
    (LAST_SEEN_KEY, 31 * 60, Role.PARTICIPANT),  # participants 30 min
    (AUTH_AT_KEY, 12 * 3600 + 5, Role.CASEWORKER),  # absolute 12 h
])
def test_timeouts_end_the_session(client, org, key, age, role):
    user = make_user(role, org)
    sign_in(client, user)
    assert client.get(reverse("core:home")).status_code == 200
    session = client.session
    session[key] = time.time() - age
    session.save()
    response = client.get(reverse("core:home"))
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 302


def test_staff_session_without_second_factor_is_ended(client, org):
    user = make_user(Role.CASEWORKER, org)
    client.force_login(user)
    session = client.session
    session[AUTH_AT_KEY] = session[LAST_SEEN_KEY] = time.time()
    session.save()
    assert client.get(reverse("core:home")).status_code == 302
    assert not Session.objects.filter(session_key=session.session_key).exists()


def _sudo(client):
    session = client.session
    session[SUDO_KEY] = time.time() + 600
    session.save()


def test_making_someone_administrator_needs_a_second_explicit_confirmation(client, org):
    admin = make_user(Role.ADMINISTRATOR, org)
    coach = make_user(Role.CASEWORKER, org)
    sign_in(client, admin)
    _sudo(client)
    url = reverse("accounts:change_role", args=[coach.pk])
    # confirm=yes without ticking the acknowledgement (a skipped step) does nothing
    response = client.post(url, {"role": "administrator", "confirm": "yes"})
    assert response.status_code == 200 and 'name="understood"' in response.content.decode()
    coach.refresh_from_db()
    assert coach.role == "caseworker"
    client.post(url, {"role": "administrator", "confirm": "yes", "understood": "on"})
    coach.refresh_from_db()
    assert coach.role == "administrator"


def test_inviting_an_administrator_asks_for_password_and_code_again(client, org, django_capture_on_commit_callbacks):
    from ikut.accounts.models import Invitation

    admin = make_user(Role.ADMINISTRATOR, org)
    sign_in(client, admin)  # not in sudo mode
    data = {"email": "boss@test.example", "organisation": org.pk, "role": "dpo"}
    response = client.post(reverse("accounts:invite"), data)
    html = response.content.decode()
    assert response.status_code == 200 and 'name="password"' in html and 'name="understood"' in html
    # ticking the box without the password and code is not enough
    client.post(reverse("accounts:invite"), dict(data, confirm="yes", understood="on"))
    client.post(reverse("accounts:invite"), dict(data, confirm="yes", understood="on", password="wrong",
                                                 code=current_totp(admin)))
    assert Invitation.objects.count() == 0
    TOTPDevice.objects.get(user=admin).throttle_reset()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:invite"), dict(data, confirm="yes", understood="on",
                                                                password=PASSWORD, code=current_totp(admin)))
    assert response.status_code == 302
    assert Invitation.objects.get().role == "dpo"
    # a work coach needs no extra step
    response = client.post(reverse("accounts:invite"), {"email": "coach@test.example", "organisation": org.pk,
                                                        "role": "caseworker"})
    assert response.status_code == 302 and Invitation.objects.count() == 2


def test_invite_form_preselects_no_role_and_explains_each(client, org):
    admin = make_user(Role.ADMINISTRATOR, org)
    sign_in(client, admin)
    html = client.get(reverse("accounts:user_list")).content.decode()
    form = html[html.index('action="/accounts/users/invite/"'):]
    assert 'name="role"' in form and "checked" not in form and "selected" not in form.split('name="role"')[0][-200:]
    assert form.count('type="radio" name="role"') == len(Role.choices)
    assert "Kutsuu ja poistaa käytöstä käyttäjiä" in form


class _Clock:
    """Stands in for the `time` module in the session middleware: the tests move the time, not the session."""

    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    import ikut.accounts.middleware

    fake = _Clock(time.time())
    monkeypatch.setattr(ikut.accounts.middleware, "time", fake)
    return fake


def test_a_request_within_the_step_does_not_save_the_session(client, org, clock):
    """The last-seen time moves only by more than LAST_SEEN_GRANULARITY: most requests leave the session as it was,
    and it is not saved (no write, no new cookie)."""
    sign_in(client, make_user(Role.CASEWORKER, org))
    stored = client.session[LAST_SEEN_KEY]
    clock.now = stored + 30
    response = client.get(reverse("core:home"))
    assert response.status_code == 200 and "sessionid" not in response.cookies
    assert client.session[LAST_SEEN_KEY] == stored
    clock.now = stored + 61
    response = client.get(reverse("core:home"))
    assert response.status_code == 200 and "sessionid" in response.cookies
    assert client.session[LAST_SEEN_KEY] == stored + 61


def test_an_idle_session_still_ends_although_last_seen_lags(client, org, clock):
    """Attacker's path: a cookie left behind by a user who went idle. The stored time lags the last request by at
    most the step, so the session ends at most that much early, never late."""
    user = make_user(Role.CASEWORKER, org)
    sign_in(client, user)
    start = client.session[LAST_SEEN_KEY]
    clock.now = start + 50  # the user's last request: not written
    assert client.get(reverse("core:home")).status_code == 200
    clock.now = start + 15 * 60 - 1  # 14 min 9 s after that request: still signed in
    assert client.get(reverse("core:home")).status_code == 200
    key = client.session.session_key
    clock.now += 15 * 60 + 1  # idle for more than the staff timeout
    assert client.get(reverse("core:home")).status_code == 302
    assert not Session.objects.filter(session_key=key).exists()
    assert client.get(reverse("core:home")).status_code == 302


def test_activity_keeps_the_session_alive_in_steps_below_the_granularity(client, org, clock):
    sign_in(client, make_user(Role.CASEWORKER, org))
    start = client.session[LAST_SEEN_KEY]
    for minute in range(1, 40):  # a request every 59 s for 38 minutes, past the 15-minute idle timeout
        clock.now = start + minute * 59
        assert client.get(reverse("core:home")).status_code == 200


@pytest.mark.parametrize("timeout,seen_ago,written", [(300, 29, False), (300, 31, True), (15 * 60, 59, False)])
def test_the_step_is_at_most_a_tenth_of_the_idle_timeout(client, org, clock, settings, timeout, seen_ago, written):
    settings.IKUT_IDLE_TIMEOUT_STAFF = timeout
    sign_in(client, make_user(Role.CASEWORKER, org))
    stored = client.session[LAST_SEEN_KEY]
    clock.now = stored + seen_ago
    assert client.get(reverse("core:home")).status_code == 200
    assert (client.session[LAST_SEEN_KEY] == clock.now) is written
