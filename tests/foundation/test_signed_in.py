"""The session, user and second-factor reads of every signed-in request (ikut.accounts.signed_in): SQL compiled once
per process, and still every row read fresh — each attack below changes a row behind the app's back after the
compiled statement is in use, and the next request must see it."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.middleware import OTPMiddleware as LibraryMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice

from ikut.accounts.models import Role, User
from ikut.accounts.signed_in import ModelBackend, OTPMiddleware
from ikut.core import fixed_sql
from tests.helpers import make_user, sign_in

pytestmark = pytest.mark.django_db

KEYS = ("accounts.signed_in.session", "accounts.signed_in.user", ("accounts.signed_in.device", "otp_totp.totpdevice"))


def _home(client):
    return client.get(reverse("core:home"))


@pytest.fixture
def coach(org):
    return make_user(Role.CASEWORKER, org)


@pytest.fixture
def signed_in(coach):
    """A signed-in work coach whose session, user and device reads are compiled and bound (second request)."""
    client = sign_in(Client(), coach)
    assert _home(client).status_code == 200
    assert _home(client).status_code == 200
    return client


def test_the_three_reads_run_compiled_sql_and_nothing_more(signed_in):
    assert all(key in fixed_sql._SHAPES for key in KEYS)
    with CaptureQueriesContext(connection) as queries:
        assert _home(signed_in).status_code == 200
    tables = [q["sql"].split(" FROM ")[1].split()[0] for q in queries.captured_queries[:3]]
    assert tables == ['"django_session"', '"accounts_user"', '"otp_totp_totpdevice"']


def test_a_session_expired_behind_the_apps_back_is_signed_out(signed_in):
    key = signed_in.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = _home(signed_in)
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:login"))
    assert signed_in.session.session_key != key  # a new, empty session: the expired one's data was never used


def test_a_session_deleted_behind_the_apps_back_is_signed_out(signed_in):
    Session.objects.filter(session_key=signed_in.session.session_key).delete()
    assert _home(signed_in).status_code == 302


def test_a_session_that_is_still_valid_keeps_its_data(signed_in):
    key = signed_in.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() + timedelta(seconds=30))
    assert _home(signed_in).status_code == 200
    assert signed_in.session.session_key == key


@pytest.mark.parametrize("change", [{"is_active": False}, {"password": "md5$x$changed"}],
                         ids=["deactivated", "password changed"])
def test_a_user_changed_behind_the_apps_back_is_signed_out(signed_in, coach, change):
    User.objects.filter(pk=coach.pk).update(**change)
    assert _home(signed_in).status_code == 302


def test_the_backend_refuses_a_user_deactivated_behind_the_apps_back(signed_in, coach):
    assert ModelBackend().get_user(coach.pk) == coach
    User.objects.filter(pk=coach.pk).update(is_active=False)
    assert ModelBackend().get_user(coach.pk) is None
    assert ModelBackend().get_user(coach.pk + 10_000) is None


def test_a_deleted_user_is_signed_out(signed_in, coach):
    TOTPDevice.objects.filter(user=coach).delete()
    User.objects.filter(pk=coach.pk).delete()
    assert _home(signed_in).status_code == 302


def test_a_device_unconfirmed_behind_the_apps_back_ends_the_staff_session(signed_in, coach):
    TOTPDevice.objects.filter(user=coach).update(confirmed=False)
    response = _home(signed_in)
    assert response.status_code == 302
    assert signed_in.session.get("ikut_ended") == "mfa"


def _forged_ids(coach, other):
    mine = TOTPDevice.objects.get(user=coach, confirmed=True)
    return [
        TOTPDevice.objects.get(user=other, confirmed=True).persistent_id,  # another person's device
        f"otp_totp.totpdevice/{mine.pk + 10_000}", "otp_totp.totpdevice/abc", "otp_totp.totpdevice/",
        f"accounts.user/{coach.pk}",  # a model that is no device
        "nosuch.model/1", "garbage", "", "a.b.c.d/1",
    ]


def test_the_device_read_answers_as_django_otp_does(signed_in, coach, org):
    """Differential: for real, forged and malformed ids (the legacy full-path form included), the same device or
    None as django-otp's own lookup; each id asked twice, so the second answer comes from the compiled SQL."""
    other = make_user(Role.CASEWORKER, org)
    ours, theirs = OTPMiddleware(lambda r: None), LibraryMiddleware(lambda r: None)
    mine = TOTPDevice.objects.get(user=coach)
    legacy = f"django_otp.plugins.otp_totp.models.TOTPDevice/{mine.pk}"  # the old full-path form: still the device
    ids = [mine.persistent_id, legacy, *_forged_ids(coach, other)]
    for persistent_id in ids * 2:
        try:
            expected = theirs._device_from_persistent_id(persistent_id)
        except AttributeError:  # django-otp 1.x fails on a model that is no Device ("accounts.user/1"); ours: None
            assert persistent_id.startswith("accounts.user/")
            expected = None
        assert ours._device_from_persistent_id(persistent_id) == expected, persistent_id
    assert ours._device_from_persistent_id(mine.persistent_id) == ours._device_from_persistent_id(legacy) == mine


def test_a_forged_device_id_in_the_session_is_not_a_second_factor(coach, org):
    other = make_user(Role.CASEWORKER, org)
    for forged in _forged_ids(coach, other):
        client = sign_in(Client(), coach)
        assert _home(client).status_code == 200
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = forged
        session.save()
        response = _home(client)
        assert response.status_code == 302, forged
        assert client.session.get("ikut_ended") == "mfa", forged
