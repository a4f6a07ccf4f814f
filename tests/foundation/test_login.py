import pytest
from django.core import mail
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ikut.accounts.models import Invitation, Role, User
from ikut.audit.models import AuditEntry
from tests.helpers import PASSWORD, current_totp, make_user, sign_in

pytestmark = pytest.mark.django_db


def password_step(client, email, password=PASSWORD, **extra):
    return client.post(reverse("accounts:login"), {"username": email, "password": password}, **extra)


def test_staff_login_needs_password_and_totp(client, org):
    user = make_user(Role.CASEWORKER, org)
    response = password_step(client, user.email)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:mfa_verify")
    # Not signed in yet: the home page still asks for login.
    assert client.get(reverse("core:home")).status_code == 302
    response = client.post(reverse("accounts:mfa_verify"), {"code": current_totp(user)})
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200
    assert AuditEntry.objects.filter(action="accounts.login.succeed", subject_id=user.audit_label).exists()


def test_wrong_password_is_audited_without_the_email(client, org):
    user = make_user(Role.CASEWORKER, org)
    response = password_step(client, user.email, "wrong password entirely")
    assert response.status_code == 200
    assert "Email or password is wrong" in response.content.decode() or "Sähköposti" in response.content.decode()
    entry = AuditEntry.objects.get(action="accounts.login.fail")
    assert user.email not in str(entry.content())


def test_wrong_totp_code_is_refused_and_audited(client, org):
    user = make_user(Role.CASEWORKER, org)
    password_step(client, user.email)
    response = client.post(reverse("accounts:mfa_verify"), {"code": "000000"})
    assert response.status_code == 200
    assert client.get(reverse("core:home")).status_code == 302
    assert AuditEntry.objects.filter(action="accounts.login.fail_mfa").count() == 1


def test_recovery_code_works_once(client, org):
    user = make_user(Role.SUPERVISOR, org)
    code = StaticToken.objects.filter(device__user=user).first().token
    password_step(client, user.email)
    assert client.post(reverse("accounts:mfa_verify"), {"code": code}).status_code == 302
    client.post(reverse("accounts:logout"))
    password_step(client, user.email)
    response = client.post(reverse("accounts:mfa_verify"), {"code": code})
    assert response.status_code == 200  # used up


def test_staff_without_authenticator_must_enrol_before_signing_in(client, org):
    user = make_user(Role.DPO, org, enrol=False)
    response = password_step(client, user.email)
    assert response["Location"] == reverse("accounts:mfa_enrol")
    page = client.get(reverse("accounts:mfa_enrol"))
    assert b"data:image/svg+xml" in page.content  # QR rendered locally as a data URI
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    from django_otp.oath import totp

    code = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    response = client.post(reverse("accounts:mfa_enrol"), {"code": code})
    assert response["Location"] == reverse("accounts:recovery_codes")
    codes_page = client.get(reverse("accounts:recovery_codes")).content.decode()
    assert codes_page.count("<li>") >= 10
    assert client.get(reverse("core:home")).status_code == 200
    # The codes are shown once only.
    assert client.get(reverse("accounts:recovery_codes")).status_code == 302


def test_participant_signs_in_without_second_factor(client, org):
    user = make_user(Role.PARTICIPANT, org)
    user.language = "th"
    user.save()
    response = password_step(client, user.email)
    assert response["Location"] == "/portal/th/me/"  # straight to their own area, in their language
    assert client.get(reverse("core:home")).status_code == 200


def test_lockout_per_account(client, org, settings):
    user = make_user(Role.CASEWORKER, org)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        password_step(client, user.email, "not the password", REMOTE_ADDR="10.9.0.1")
    # Even the right password is refused now, from a different address.
    response = password_step(client, user.email, REMOTE_ADDR="10.9.0.2")
    assert response.status_code == 429
    assert AuditEntry.objects.filter(action="accounts.login.lock_out").exists()


def test_lockout_per_ip_address(client, org, settings):
    victims = [make_user(Role.CASEWORKER, org) for _ in range(settings.AXES_FAILURE_LIMIT)]
    for victim in victims:  # one failure per account, all from one address
        password_step(client, victim.email, "not the password", REMOTE_ADDR="10.9.0.7")
    fresh = make_user(Role.CASEWORKER, org)
    assert password_step(client, fresh.email, REMOTE_ADDR="10.9.0.7").status_code == 429
    assert password_step(client, fresh.email, REMOTE_ADDR="10.9.0.8").status_code == 302


def test_common_password_is_refused_on_invitation(client, org):
    admin = make_user(Role.ADMINISTRATOR, org)
    invitation, raw = Invitation.issue(email="new@test.example", organisation=org, role=Role.CASEWORKER,
                                       invited_by=admin)
    url = reverse("accounts:invite_accept", args=[raw])
    response = client.post(url, {"password1": "password123456", "password2": "password123456"})
    assert response.status_code == 200
    assert "too common" in response.content.decode() or "yleinen" in response.content.decode()
    assert not User.objects.filter(email="new@test.example").exists()


def test_invitation_flow_sends_mail_and_leads_to_enrolment(client, org, django_capture_on_commit_callbacks):
    admin = make_user(Role.ADMINISTRATOR, org)
    sign_in(client, admin)
    session = client.session
    session["ikut_sudo_until"] = 9e12
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:invite"), {"email": "Coach@Test.example", "organisation": org.pk,
                                                            "role": Role.CASEWORKER})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["coach@test.example"]
    link = [line for line in mail.outbox[0].body.splitlines() if "/accounts/invite/" in line][0].strip()
    path = link[link.index("/accounts/invite/"):]
    client.post(reverse("accounts:logout"))
    passphrase = "a long and unusual passphrase"
    response = client.post(path, {"password1": passphrase, "password2": passphrase})
    assert response["Location"] == reverse("accounts:mfa_enrol")
    new_user = User.objects.get(email="coach@test.example")
    assert new_user.role == Role.CASEWORKER and new_user.organisation == org
    # The invitation link works once.
    assert client.get(path).status_code == 404


def test_invite_form_names_the_bad_field(client, org):
    admin = make_user(Role.ADMINISTRATOR, org)
    sign_in(client, admin)
    response = client.post(reverse("accounts:invite"), {"email": "not-an-email", "organisation": org.pk, "role": "x"})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'href="#id_email"' in body and 'href="#id_role_0"' in body
    assert Invitation.objects.count() == 0


def test_password_reset_does_not_bypass_mfa(client, org):
    user = make_user(Role.CASEWORKER, org)
    client.post(reverse("accounts:password_reset"), {"email": user.email})
    assert len(mail.outbox) == 1
    link = [line for line in mail.outbox[0].body.splitlines() if "/password-reset/" in line][0].strip()
    path = link[link.index("/accounts/"):]
    response = client.get(path, follow=True)
    set_url = response.redirect_chain[-1][0]
    client.post(set_url, {"new_password1": "another long passphrase 9", "new_password2": "another long passphrase 9"})
    response = password_step(client, user.email, "another long passphrase 9")
    assert response["Location"] == reverse("accounts:mfa_verify")  # still asks for the second factor
    assert client.get(reverse("core:home")).status_code == 302


def _code_for(device):
    from django_otp.oath import totp

    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.ADMINISTRATOR])
def test_password_alone_cannot_enrol_a_new_authenticator(client, org, role):
    """The attacker's path: password only -> enrol page instead of the code page -> code for a new secret."""
    victim = make_user(role, org)
    original = TOTPDevice.objects.get(user=victim, confirmed=True)
    assert password_step(client, victim.email)["Location"] == reverse("accounts:mfa_verify")
    page = client.get(reverse("accounts:mfa_enrol"))
    assert page.status_code == 302 and page["Location"] == reverse("accounts:mfa_verify")
    assert b"data:image/svg+xml" not in page.content
    assert not TOTPDevice.objects.filter(user=victim, confirmed=False).exists()  # no new secret made
    # Even with a code for a device the attacker made up, nothing changes and nobody is signed in.
    attacker_device = TOTPDevice.objects.create(user=victim, name="x", confirmed=False)
    response = client.post(reverse("accounts:mfa_enrol"), {"code": _code_for(attacker_device)})
    assert response.status_code == 302 and response["Location"] == reverse("accounts:mfa_verify")
    assert list(TOTPDevice.objects.filter(user=victim, confirmed=True)) == [original]
    assert client.get(reverse("core:home")).status_code == 302
    assert not AuditEntry.objects.filter(action="accounts.mfa.enrol").exists()
    assert AuditEntry.objects.filter(action="accounts.mfa.refuse_enrol").exists()


def test_password_alone_cannot_enrol_when_only_recovery_codes_are_left(client, org):
    victim = make_user(Role.CASEWORKER, org)
    TOTPDevice.objects.filter(user=victim).delete()  # recovery codes remain: they are a second factor
    assert password_step(client, victim.email)["Location"] == reverse("accounts:mfa_verify")
    assert client.get(reverse("accounts:mfa_enrol"))["Location"] == reverse("accounts:mfa_verify")
    assert not TOTPDevice.objects.filter(user=victim).exists()


def test_signed_in_user_needs_sudo_to_enrol(client, org):
    user = make_user(Role.CASEWORKER, org)
    sign_in(client, user)
    response = client.get(reverse("accounts:mfa_enrol"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:sudo"))
    assert not TOTPDevice.objects.filter(user=user, confirmed=False).exists()
    session = client.session
    session["ikut_sudo_until"] = 9e12
    session.save()
    page = client.get(reverse("accounts:mfa_enrol"))
    assert page.status_code == 200 and b"data:image/svg+xml" in page.content
    new_device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(reverse("accounts:mfa_enrol"), {"code": _code_for(new_device)})
    assert response["Location"] == reverse("accounts:recovery_codes")
    assert list(TOTPDevice.objects.filter(user=user, confirmed=True)) == [new_device]
