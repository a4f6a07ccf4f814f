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

# Runs of headers that many responses share, in the order the middleware stack writes them.
HTML = ("Content-Type", "text/html; charset=utf-8")
JSON = ("Content-Type", "application/json")
SIZE = ("Content-Length", LENGTH)
GUARDS = [  # the privacy headers, CSP and X-Frame-Options: every response of a known host
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Content-Security-Policy", POLICY),
    ("X-Frame-Options", "DENY"),
]
CLOSING = [  # Django's SecurityMiddleware, last to touch the response
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]


def _language(code):
    return ("Content-Language", code)


def _vary(value):
    return ("Vary", value)


BROTLI_PORTAL = [HTML, _language("fi"), *GUARDS, SIZE, _vary("Accept-Language, Cookie, Accept-Encoding"), *CLOSING,
                 ("Content-Encoding", "br")]
STAFF_PAGE_FI = [HTML, *GUARDS, _vary("Cookie, Accept-Language"), SIZE, _language("fi"), *CLOSING]

EXPECTED = {
    "portal fi": [HTML, _language("fi"), *GUARDS, SIZE, _vary("Accept-Language, Cookie"), *CLOSING],
    "portal ar": [HTML, _language("ar"), *GUARDS, SIZE, _vary("Accept-Language, Cookie"), *CLOSING],
    "portal fi br": BROTLI_PORTAL,
    "portal fi br again": BROTLI_PORTAL,
    "check-offer": [("Content-Type", "application/json; charset=utf-8"), *GUARDS, SIZE,
                    _vary("Accept-Language, Cookie"), _language("fi"), *CLOSING],
    "healthz": [JSON, *GUARDS, SIZE, _vary("Accept-Language, Cookie"), _language("fi"), *CLOSING],
    "404": STAFF_PAGE_FI,
    "host not allowed": [HTML, _vary("Accept-Language"), _language("fi"), *CLOSING],
    "accept-language sv": [HTML, *GUARDS, _vary("Cookie, Accept-Language"), SIZE, _language("sv"), *CLOSING],
    "staff home": STAFF_PAGE_FI,
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
