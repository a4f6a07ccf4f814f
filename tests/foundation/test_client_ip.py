"""One proxy-aware client address (ikut.core.net.client_ip) for login lockouts, throttles, audit, sessions."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from ikut.accounts.models import Role, UserSession
from ikut.audit.models import AuditEntry
from ikut.core.net import client_ip
from tests.helpers import PASSWORD, current_totp, make_user

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_a_forged_forwarded_header_is_ignored(settings):
    settings.IKUT_PROXY_COUNT = 0
    assert client_ip(request_from("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_behind_one_proxy_the_address_the_proxy_saw_is_used(settings):
    settings.IKUT_PROXY_COUNT = 1
    assert client_ip(request_from(PROXY, "203.0.113.9")) == "203.0.113.9"
    # The client wrote the left part itself; only the entry the proxy appended counts.
    assert client_ip(request_from(PROXY, "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    assert client_ip(request_from(PROXY, "not-an-ip, 203.0.113.9")) == "203.0.113.9"
    # No header (a health check from the proxy host): the socket address.
    assert client_ip(request_from(PROXY)) == PROXY


def test_behind_two_proxies(settings):
    settings.IKUT_PROXY_COUNT = 2
    assert client_ip(request_from(PROXY, "1.2.3.4, 203.0.113.9, 10.0.0.1")) == "203.0.113.9"


def test_trusted_proxies_ignore_the_header_from_anyone_else(settings):
    settings.IKUT_PROXY_COUNT = 1
    settings.IKUT_TRUSTED_PROXIES = ["10.0.0.0/24"]
    assert client_ip(request_from(PROXY, "203.0.113.9")) == "203.0.113.9"
    # Someone reaching the app directly cannot choose their address.
    assert client_ip(request_from("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def password_step(client, email, password, forwarded):
    return client.post(reverse("accounts:login"), {"username": email, "password": password},
                       REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def test_behind_a_proxy_one_address_failing_does_not_lock_out_another(client, org, settings):
    """Done-when of issue 11: 6 failures from one forwarded address; another forwarded address still signs in."""
    settings.IKUT_PROXY_COUNT = 1
    victims = [make_user(Role.CASEWORKER, org) for _ in range(6)]
    for victim in victims:  # one failure per account (no per-account lockout), all from one address
        response = password_step(client, victim.email, "not the password", "203.0.113.66")
    assert response.status_code == 429  # that address is locked out ...
    fresh = make_user(Role.CASEWORKER, org)
    response = password_step(client, fresh.email, PASSWORD, "198.51.100.20")
    assert response.status_code == 302 and response["Location"] == reverse("accounts:mfa_verify")  # ... not others
    response = client.post(reverse("accounts:mfa_verify"), {"code": current_totp(fresh)},
                           REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert response.status_code == 302
    # The audit entries and the session list show the visitor's address, not the proxy's.
    assert set(AuditEntry.objects.filter(action="accounts.login.fail").values_list("ip", flat=True)) == {"203.0.113.66"}
    assert AuditEntry.objects.get(action="accounts.login.succeed").ip == "198.51.100.20"
    assert UserSession.objects.get(user=fresh).ip == "198.51.100.20"


def test_without_proxies_forged_headers_do_not_escape_the_lockout(client, org, settings):
    settings.IKUT_PROXY_COUNT = 0
    victims = [make_user(Role.CASEWORKER, org) for _ in range(settings.AXES_FAILURE_LIMIT)]
    for n, victim in enumerate(victims):  # a new forged address on each try
        password_step(client, victim.email, "not the password", f"203.0.113.{n + 1}")
    fresh = make_user(Role.CASEWORKER, org)
    assert password_step(client, fresh.email, PASSWORD, "198.51.100.99").status_code == 429
    assert set(AuditEntry.objects.filter(action="accounts.login.fail").values_list("ip", flat=True)) == {PROXY}
