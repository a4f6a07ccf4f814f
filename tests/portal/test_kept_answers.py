"""Finished answers kept for anonymous visitors (issue 17, core.middleware.PortalCompressionMiddleware): the portal
home and the empty check form are the same for every visitor without a cookie, so their finished Brotli answer is
replayed without running the inner middlewares. The attacker's and the odd visitor's paths: a forged Host, a
cookie, a query string, HTTPS after HTTP, a settings change — each must get what the full path would give."""

import logging

import brotli
import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.test import override_settings

from ikut.accounts.models import Role
from ikut.core import middleware
from tests.helpers import make_user, sign_in

pytestmark = pytest.mark.django_db

BR = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture(autouse=True)
def nothing_kept():
    middleware.forget_kept_pages()
    yield
    middleware.forget_kept_pages()


@pytest.fixture
def inner_calls(monkeypatch):
    """How many requests reached the inner middlewares (the session middleware stands for them all)."""
    calls = []
    original = SessionMiddleware.process_request

    def counting(self, request):
        calls.append(request.path)
        return original(self, request)

    monkeypatch.setattr(SessionMiddleware, "process_request", counting)
    return calls


@pytest.mark.parametrize("path", ["/portal/fi/", "/portal/ar/", "/portal/th/check/"])
def test_a_replayed_answer_is_the_full_paths_answer(client, inner_calls, path):
    first = client.get(path, HTTP_ACCEPT_LANGUAGE="sv", **BR)
    second = client.get(path, HTTP_ACCEPT_LANGUAGE="en", **BR)
    assert inner_calls == [path]  # the second never reached the inner middlewares
    assert first.status_code == second.status_code == 200
    assert list(second.items()) == list(first.items())  # every header, in order: CSP, privacy, Vary, length
    assert second.content == first.content and second["Content-Encoding"] == "br"
    assert second["Content-Language"] == path.split("/")[2]  # the page's language, whatever the browser asked
    assert "Content-Security-Policy" in second and second["Cache-Control"] == "no-store"


def test_an_unknown_host_is_refused_even_when_an_answer_is_kept(client):
    assert client.get("/portal/fi/", **BR).status_code == 200
    assert client.get("/portal/fi/", HTTP_HOST="evil.example", **BR).status_code == 400


def test_a_visitor_with_a_cookie_or_a_query_gets_the_full_path(client, inner_calls):
    client.get("/portal/fi/", **BR)
    client.cookies["sessionid"] = "forged-or-real"
    client.get("/portal/fi/", **BR)
    del client.cookies["sessionid"]
    client.get("/portal/fi/", {"x": "1"}, **BR)
    client.get("/portal/fi/", HTTP_AUTHORIZATION="Bearer x", **BR)
    client.head("/portal/fi/", **BR)
    assert len(inner_calls) == 5


def test_gzip_answers_are_not_kept(client, inner_calls):
    """Django adds random bytes to each gzip answer (BREACH): they stay per answer."""
    first = client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="gzip")
    client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip" and len(inner_calls) == 2
    client.get("/portal/fi/", **BR)  # the first Brotli answer takes the full path too
    assert len(inner_calls) == 3


def test_a_signed_in_participant_never_gets_a_kept_answer(client, inner_calls):
    client.get("/portal/fi/", **BR)
    participant = make_user(Role.PARTICIPANT)
    sign_in(client, participant)
    response = client.get("/portal/fi/", **BR)
    assert response.status_code == 200 and response.wsgi_request.user == participant
    assert len(inner_calls) == 2 and "Content-Encoding" not in response  # their own page, never compressed


@override_settings(SECURE_HSTS_SECONDS=3600)
def test_https_after_http_gets_its_own_answer_with_hsts(client):
    plain = client.get("/portal/fi/", **BR)
    secure = client.get("/portal/fi/", secure=True, **BR)
    again = client.get("/portal/fi/", secure=True, **BR)
    assert "Strict-Transport-Security" not in plain
    assert secure["Strict-Transport-Security"].startswith("max-age=3600")
    assert list(again.items()) == list(secure.items())


def test_a_settings_change_forgets_kept_answers(client, inner_calls):
    """The pages show a setting (the quick-exit address): a change must not leave the old answer in use."""
    kept = [client.get("/portal/fi/", **BR) for _ in range(2)]
    assert len(inner_calls) == 1 and b"https://exit.example/" not in brotli.decompress(kept[1].content)
    with override_settings(IKUT_PORTAL_EXIT_URL="https://exit.example/"):
        changed = [client.get("/portal/fi/", **BR) for _ in range(2)]
        assert len(inner_calls) == 2  # the first took the full path, the second got its answer
        assert all(b"https://exit.example/" in brotli.decompress(answer.content) for answer in changed)
    after = client.get("/portal/fi/", **BR)
    assert len(inner_calls) == 3 and after.content == kept[0].content


def test_the_request_log_names_the_route_of_a_replayed_answer(client, caplog):
    with caplog.at_level(logging.INFO, logger="ikut.request"):
        client.get("/portal/fi/", **BR)
        client.get("/portal/fi/", **BR)
    routes = [record.ikut["route"] for record in caplog.records if record.name == "ikut.request"]
    assert routes == ["portal:home", "portal:home"]
