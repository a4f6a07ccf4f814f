"""Every response header of a handful of requests through the whole middleware stack, pinned in order (issue 17:
the shared request path was made cheaper; this proves it still answers with the same headers). Names, values
and order are compared exactly, except: the CSP header as a set of directives with any nonce masked, and
Content-Length as the length of the body sent (the pages themselves are other tests' business). Cookies are
left to the session and CSRF tests."""

import json
import re

import pytest
from django.test import Client

from tests.helpers import make_org, make_user, sign_in

OFFER = json.dumps({"schema": "ikut.job-offer/1", "sector": "cleaning", "job_title": "cleaner",
                    "pay": {"amount": 1600, "per": "month"}})
LENGTH = "the body's length"

POLICY = frozenset({
    "base-uri 'none'",
    "connect-src 'self'",
    "default-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    "media-src 'self'",
    "object-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
})

EXPECTED = {
    "portal fi": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Language", "fi"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Content-Length", LENGTH),
        ("Vary", "Accept-Language, Cookie"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "portal ar": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Language", "ar"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Content-Length", LENGTH),
        ("Vary", "Accept-Language, Cookie"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "portal fi br": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Language", "fi"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Content-Length", LENGTH),
        ("Vary", "Accept-Language, Cookie, Accept-Encoding"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Content-Encoding", "br"),
    ],
    "portal fi br again": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Language", "fi"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Content-Length", LENGTH),
        ("Vary", "Accept-Language, Cookie, Accept-Encoding"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Content-Encoding", "br"),
    ],
    "check-offer": [
        ("Content-Type", "application/json; charset=utf-8"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Content-Length", LENGTH),
        ("Vary", "Accept-Language, Cookie"),
        ("Content-Language", "fi"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "healthz": [
        ("Content-Type", "application/json"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Content-Length", LENGTH),
        ("Vary", "Accept-Language, Cookie"),
        ("Content-Language", "fi"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "404": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Vary", "Cookie, Accept-Language"),
        ("Content-Length", LENGTH),
        ("Content-Language", "fi"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "host not allowed": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Vary", "Accept-Language"),
        ("Content-Language", "fi"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "accept-language sv": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Vary", "Cookie, Accept-Language"),
        ("Content-Length", LENGTH),
        ("Content-Language", "sv"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
    "staff home": [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Cache-Control", "no-store"),
        ("Pragma", "no-cache"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Content-Security-Policy", POLICY),
        ("X-Frame-Options", "DENY"),
        ("Vary", "Cookie, Accept-Language"),
        ("Content-Length", LENGTH),
        ("Content-Language", "fi"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
}


def _headers(response):
    headers = []
    for name, value in response.items():
        if name == "Content-Security-Policy":
            value = frozenset(re.sub(r"'nonce-[^']+'", "'nonce-*'", part.strip()) for part in value.split(";"))
        elif name == "Content-Length":
            assert value == str(len(response.content))
            value = LENGTH
        headers.append((name, value))
    return headers


def _requests(client, staff):
    yield "portal fi", client.get("/portal/fi/")
    yield "portal ar", client.get("/portal/ar/")
    yield "portal fi br", client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="gzip, br")
    yield "portal fi br again", client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="gzip, br")  # the kept answer
    yield "check-offer", client.post("/api/rights/check-offer?lang=fi", OFFER, content_type="application/json")
    yield "healthz", client.get("/healthz")
    yield "404", client.get("/no-such-page/")
    yield "host not allowed", client.get("/portal/fi/", HTTP_HOST="evil.example")
    yield "accept-language sv", client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="sv,en;q=0.5")
    sign_in(client, staff)
    yield "staff home", client.get("/home/")


@pytest.mark.django_db
def test_every_response_header_is_as_pinned():
    staff = make_user("caseworker", make_org())
    responses = dict(_requests(Client(), staff))
    assert {name: r.status_code for name, r in responses.items() if r.status_code != 200} == {
        "404": 404, "host not allowed": 400}
    seen = {name: _headers(response) for name, response in responses.items()}
    assert seen.keys() == EXPECTED.keys()
    for name, headers in seen.items():
        assert headers == EXPECTED[name], name
