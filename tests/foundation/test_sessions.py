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
