"""Anonymous portal HTML is compressed (gzip, or Brotli when accepted); nothing that can hold a secret is (BREACH:
a secret beside attacker-chosen text in a compressed response leaks through the response's size)."""

import gzip
import re

import brotli
import pytest
from django.urls import reverse

from ikut.accounts.models import Role
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db


def test_portal_home_is_gzipped_for_an_anonymous_visitor(client):
    plain = client.get("/portal/fi/")
    assert "Content-Encoding" not in plain  # no Accept-Encoding: as before
    response = client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response.status_code == 200 and response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert int(response["Content-Length"]) == len(response.content) < len(plain.content) / 2
    assert gzip.decompress(response.content) == plain.content
    assert not response.cookies and response["Cache-Control"] == "no-store"


def test_brotli_when_the_browser_accepts_it(client):
    plain = client.get("/portal/ar/")
    response = client.get("/portal/ar/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(response.content) == plain.content


def test_refused_codings_are_not_used(client):
    response = client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="gzip;q=0, identity")
    assert "Content-Encoding" not in response


def test_the_offer_check_result_is_compressed_too(client):
    """The result reflects what the visitor typed, but holds no secret to find."""
    response = client.post(
        reverse("portal:check", args=["en"]),
        {"sector": "cleaning", "control.employer_keeps_id_documents": "yes"},
        HTTP_ACCEPT_ENCODING="gzip",
    )
    assert response.status_code == 200 and response["Content-Encoding"] == "gzip"


def test_a_signed_in_staff_page_is_not_compressed(client):
    """Staff pages hold a CSRF token and personal data next to reflected input (a search): never compressed."""
    sign_in(client, make_user(Role.CASEWORKER, make_org()))
    response = client.get("/participants/?q=attacker-chosen-text", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200 and "Content-Encoding" not in response
    assert "csrfmiddlewaretoken" in response.content.decode() or client.cookies.get("csrftoken")


def test_the_signed_in_participant_area_is_not_compressed(client):
    sign_in(client, make_user(Role.PARTICIPANT, make_org()))
    for path in ("/portal/fi/me/", "/portal/fi/"):
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200 and "Content-Encoding" not in response, path


def test_the_api_and_other_pages_are_not_compressed(client):
    response = client.post(
        "/api/rights/check-offer?lang=en",
        {"schema": "ikut.job-offer/1", "sector": "cleaning"},
        content_type="application/json",
        HTTP_ACCEPT_ENCODING="gzip, br",
    )
    assert response.status_code == 200 and "Content-Encoding" not in response
    response = client.get(reverse("accounts:login"), HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200 and "Content-Encoding" not in response  # a CSRF token is on it


@pytest.fixture
def nothing_kept():
    """Pages never seen: neither the rendered pages nor their compressed forms or answers are kept."""
    from ikut.core import middleware
    from ikut.portal import views

    views._forget_pages()
    middleware.forget_kept_pages()
    yield
    views._forget_pages()
    middleware.forget_kept_pages()


@pytest.fixture
def brotli_calls(monkeypatch):
    calls = []
    real = brotli.compress
    monkeypatch.setattr(brotli, "compress", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    return calls


def test_a_page_the_same_for_every_visitor_is_compressed_once(client, nothing_kept, brotli_calls):
    """The home is served from memory to every anonymous visitor: it is Brotli-compressed once, for visitors with
    a cookie (the full path every time) as for those without (a kept answer), while a result that reflects what a
    visitor typed is compressed afresh every time."""
    plain = client.get("/portal/fi/").content
    client.cookies["django_language"] = "sv"  # a cookie: never a kept answer, still an anonymous visitor
    with_cookie = [client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="br") for _ in range(3)]
    del client.cookies["django_language"]
    without = [client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="br") for _ in range(3)]
    assert len(brotli_calls) == 1
    for answer in with_cookie + without:
        assert answer["Content-Encoding"] == "br" and brotli.decompress(answer.content) == plain
        assert int(answer["Content-Length"]) == len(answer.content) == len(without[0].content)
    for _ in range(2):
        result = client.post(
            reverse("portal:check", args=["en"]),
            {"sector": "cleaning", "control.employer_keeps_id_documents": "yes"},
            HTTP_ACCEPT_ENCODING="br",
        )
        assert result["Content-Encoding"] == "br"
    assert len(brotli_calls) == 3


KINDS = {  # (method, path, data)
    "anonymous portal HTML": ("get", "/portal/fi/", None),
    "anonymous portal HTML, other language": ("get", "/portal/ar/", None),
    "check-offer result": (
        "post",
        "/portal/en/check/",
        {"sector": "cleaning", "control.employer_keeps_id_documents": "yes"},
    ),
    "staff page": ("get", "/participants/?q=attacker-chosen-text", None),
    "API JSON": ("post", "/api/rights/check-offer?lang=en", {"schema": "ikut.job-offer/1", "sector": "cleaning"}),
    "login page (CSRF token)": ("get", "/accounts/login/", None),
    "anonymous page outside the portal": ("get", "/weather/fi/", None),  # the quick exit's neutral page
}
COMPRESSED = {"anonymous portal HTML", "anonymous portal HTML, other language", "check-offer result"}


def _ask(client, kind, accept_encoding):
    method, path, data = KINDS[kind]
    headers = {} if accept_encoding is None else {"HTTP_ACCEPT_ENCODING": accept_encoding}
    if kind == "API JSON":
        return client.post(path, data, content_type="application/json", **headers)
    return getattr(client, method)(path, data, **headers) if data else getattr(client, method)(path, **headers)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("accept_encoding", ["gzip, deflate, br", "br", "gzip", "identity", "gzip;q=0, br;q=0", None])
def test_which_answers_are_compressed_and_how(client, nothing_kept, kind, accept_encoding):
    """Headers and bytes by kind of answer and Accept-Encoding: only anonymous portal HTML is compressed (Brotli
    before gzip), the body decompresses to the uncompressed answer, and the headers say so."""
    if kind == "staff page":
        sign_in(client, make_user(Role.CASEWORKER, make_org()))
    plain = _ask(client, kind, None)
    twice = [_ask(client, kind, accept_encoding) for _ in range(2)]  # the second may be a kept answer
    coding = None
    if kind in COMPRESSED and accept_encoding:
        coding = "br" if "br" in accept_encoding else "gzip" if accept_encoding.startswith("gzip") else None
        coding = None if "q=0" in accept_encoding else coding
    for response in twice:
        assert response.status_code == plain.status_code == 200
        assert response.get("Content-Encoding") == coding
        assert int(response["Content-Length"]) == len(response.content)
        assert ("Accept-Encoding" in response.get("Vary", "")) == (coding is not None)
        body = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[coding](response.content)
        if kind in ("staff page", "login page (CSRF token)"):  # a fresh CSRF token in each: compare the rest
            body, expected = (re.sub(rb'value="[^"]{64}"', b"", b) for b in (body, plain.content))
        else:
            expected = plain.content
        assert body == expected
        assert _other_headers(response) == _other_headers(plain)


def _other_headers(response):
    return [header for header in response.items() if header[0] not in ("Content-Encoding", "Content-Length", "Vary")]


def test_a_kept_gzip_member_gives_djangos_bytes_for_every_random_name(monkeypatch):
    """A page the same for every visitor is deflated once; each answer still gets Django's random-length file name
    (BREACH mitigation), and its bytes are compress_string's for that name length."""
    import secrets

    from django.utils.text import compress_string

    from ikut.core import middleware

    page = "<!doctype html><p>Oikeutesi työssä — حقوقك في العمل</p>".encode() * 40
    middleware._gzip_pages.clear()
    for length in range(100):
        asked: list[int] = []
        monkeypatch.setattr(secrets, "randbelow", lambda limit, n=length, asked=asked: asked.append(limit) or n)
        django_bytes = compress_string(page, max_random_bytes=100)
        assert middleware._gzip(page, True) == django_bytes, length
        assert middleware._gzip(page, False) == django_bytes, length
        assert asked == [100, 100, 100]
        assert gzip.decompress(django_bytes) == page
    assert list(middleware._gzip_pages) == [page]
    middleware._gzip_pages.clear()


def test_the_gzip_member_of_the_home_is_made_once(client, monkeypatch):
    import zlib

    from ikut.core import middleware
    from ikut.portal import views

    views._same_for_everyone.clear()
    middleware._gzip_pages.clear()
    plain = client.get("/portal/ar/").content
    calls = []
    real = zlib.compress
    monkeypatch.setattr(zlib, "compress", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    answers = [client.get("/portal/ar/", HTTP_ACCEPT_ENCODING="gzip") for _ in range(3)]
    assert len(calls) == 1
    assert all(gzip.decompress(a.content) == plain and a["Content-Encoding"] == "gzip" for a in answers)
    assert all(int(a["Content-Length"]) == len(a.content) for a in answers)
    assert list(middleware._gzip_pages) == [plain]
    views._same_for_everyone.clear()
    middleware._gzip_pages.clear()
