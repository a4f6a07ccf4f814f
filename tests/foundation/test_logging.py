"""Logs name routes, never paths: a path can carry a participant code or an invitation token."""

import io
import logging

import pytest
from django.test import Client

from ikut.accounts.models import Role
from ikut.core.logging import JsonFormatter
from tests.helpers import make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def stderr_log():
    """What the configured JSON handler writes, captured."""
    handler = next(h for h in logging.getLogger().handlers if isinstance(h.formatter, JsonFormatter))
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def test_csrf_failure_logs_the_route_not_the_path(org, stderr_log, caplog):
    client = Client(enforce_csrf_checks=True)
    sign_in(client, make_user(Role.CASEWORKER, org))
    code = "IK-2026-0042"
    token = "secret-invitation-token-abcdef123456"
    with caplog.at_level(logging.WARNING, logger="django.security.csrf"):
        assert client.post(f"/participants/{code}/notes/?q=Ahmed", {"text": "x"}).status_code == 403
        assert client.post(f"/accounts/invite/{token}/", {"password1": "x"}).status_code == 403
        assert client.post("/portal/fi/ääkkönen/", {}).status_code in (403, 404)
    written = stderr_log.getvalue() + caplog.text
    assert "participants:note_add" in written and "accounts:invite_accept" in written  # logged, by route
    for secret in (code, token, "Ahmed", "ääkkönen", "\\xe4\\xe4kk"):
        assert secret not in written, secret


def test_login_lockout_logs_neither_email_nor_address_nor_path(org, stderr_log, settings):
    user = make_user(Role.CASEWORKER, org)
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        client.post("/accounts/login/", {"username": user.email, "password": "wrong"}, REMOTE_ADDR="203.0.113.77")
    written = stderr_log.getvalue()
    assert "AXES" in written  # the lockout is logged ...
    for secret in (user.email, "203.0.113.77", "/accounts/login/"):  # ... without personal data
        assert secret not in written, secret


def test_the_json_line_is_what_json_dumps_and_strftime_give():
    """The formatter keeps its encoder and the last second's text (one line per request): the line is still
    json.dumps(payload, ensure_ascii=False) with the record's UTC second, across second boundaries and back."""
    import json
    import time

    formatter = JsonFormatter()
    extra = {"ikut": {"route": "portal:home", "status": 200, "ms": 1.5, "user": None, "note": "ääkkönen العربية\n"}}
    for created in (1764576000.0, 1764576000.999999, 1764576001.0, 1764575999.5, 1764576001.25, 0.0, 86399.9,
                    1764576000.5, 1764576000.5):
        record = logging.LogRecord("ikut.request", logging.INFO, __file__, 1, "request %s", ("ä",), None)
        record.created = created
        record.ikut = extra["ikut"]
        expected = json.dumps({"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)), "level": "INFO",
                               "logger": "ikut.request", "msg": "request ä", **extra["ikut"]}, ensure_ascii=False)
        assert formatter.format(record) == expected, created
