"""Anonymous portal HTML is compressed (gzip, or Brotli when accepted); nothing that can hold a secret is (BREACH:
a secret beside attacker-chosen text in a compressed response leaks through the response's size)."""

import gzip

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
    response = client.post(reverse("portal:check", args=["en"]),
                           {"sector": "cleaning", "control.employer_keeps_id_documents": "yes"},
                           HTTP_ACCEPT_ENCODING="gzip")
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
    response = client.post("/api/rights/check-offer?lang=en", {"schema": "ikut.job-offer/1", "sector": "cleaning"},
                           content_type="application/json", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200 and "Content-Encoding" not in response
    response = client.get(reverse("accounts:login"), HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200 and "Content-Encoding" not in response  # a CSRF token is on it


def test_a_page_the_same_for_every_visitor_is_compressed_once(client, monkeypatch):
    """The home is served from memory to every anonymous visitor: its Brotli form is kept too, while a result that
    reflects what a visitor typed is compressed afresh and never kept."""
    from ikut.core import middleware
    from ikut.portal import views

    views._same_for_everyone.clear()
    middleware._brotli_pages.clear()
    plain = client.get("/portal/fi/").content
    calls = []
    real = brotli.compress
    monkeypatch.setattr(brotli, "compress", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    answers = [client.get("/portal/fi/", HTTP_ACCEPT_ENCODING="br") for _ in range(3)]
    assert len(calls) == 1
    assert all(brotli.decompress(a.content) == plain and a["Content-Encoding"] == "br" for a in answers)
    assert all(int(a["Content-Length"]) == len(a.content) for a in answers)
    for _ in range(2):
        result = client.post(reverse("portal:check", args=["en"]),
                             {"sector": "cleaning", "control.employer_keeps_id_documents": "yes"},
                             HTTP_ACCEPT_ENCODING="br")
        assert result["Content-Encoding"] == "br"
    assert len(calls) == 3 and list(middleware._brotli_pages.values()) == [answers[0].content]
    views._same_for_everyone.clear()
    middleware._brotli_pages.clear()
