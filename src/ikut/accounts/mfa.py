"""Second factor with django-otp: TOTP devices and single-use recovery codes."""

import base64

from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


def confirmed_devices(user):
    return list(devices_for_user(user, confirmed=True))


def has_totp(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def verify(user, code):
    """Return the device that accepts `code` (TOTP first, then a recovery code, which is used up)."""
    if not code:
        return None
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        if device.verify_is_allowed()[0] and device.verify_token(code):
            return device
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(code):
            return device
    return None


def pending_totp(user):
    """The unconfirmed device being enrolled (one at a time)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=False)


def secret_base32(device):
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def qr_data_uri(device):
    # Rendered here, never by an outside service: the secret must not leave the server.
    import segno  # loaded by the first enrolment, not by every worker at start-up

    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)


def confirm(user, device):
    """Make `device` the user's only TOTP device and issue fresh recovery codes; return the codes."""
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(user)


def new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=static, token=c) for c in codes])
    return codes


def remove_all(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
