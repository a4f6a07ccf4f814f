"""IKUT's cheaper stand-ins for two library middlewares (issue 17) decide exactly as the libraries do: the same
headers, the same activated language, for the same requests and settings. Each case runs a request through both
and compares every response header."""

import pytest
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.test import RequestFactory, override_settings
from django.utils import translation

from ikut.core.middleware import CSPMiddleware, LocaleMiddleware


def _through(middleware_class, request, status=200, nonce=None, **response_attributes):
    def view(request):
        if nonce:
            request._csp_nonce = nonce  # what django-csp stores when a template reads request.csp_nonce
        response = HttpResponse("page", status=status)
        for name, value in response_attributes.items():
            if name[0].isupper():  # a header the view set (Vary)
                response[name] = value
            else:
                setattr(response, name, value)
        return response

    with translation.override(None):
        response = middleware_class(view)(request)
        return dict(response.items()), getattr(request, "LANGUAGE_CODE", None), request


def _same(middleware_class, library_class, path="/portal/fi/", status=200, nonce=None, **kwargs):
    headers = {k: v for k, v in kwargs.items() if k.startswith("HTTP_")}
    attributes = {k: v for k, v in kwargs.items() if not k.startswith("HTTP_")}
    ours, library = (_through(cls, RequestFactory().get(path, **headers), status, nonce, **attributes)
                     for cls in (middleware_class, library_class))
    assert _policies_as_sets(ours[0]) == _policies_as_sets(library[0]) and ours[1] == library[1]
    for name, value in ours[0].items():  # ours in one order: directives sorted by name (test_csp_order.py)
        if name.startswith("Content-Security-Policy"):
            assert value.split("; ") == sorted(value.split("; "), key=lambda directive: directive.split()[0])
    return ours


def _policies_as_sets(headers):
    """The headers, each CSP as the set of its directives: django-csp's order varies between processes."""
    return {name: set(value.split("; ")) if name.startswith("Content-Security-Policy") else value
            for name, value in headers.items()}


CSP_CASES = [
    {},
    {"_csp_update": {"img-src": ["https://tiles.example"]}},
    {"_csp_replace": {"script-src": ["'self'", "https://cdn.example"]}},
    {"_csp_config": {"default-src": ["'none'"]}},
    {"_csp_exempt": True},
    {"nonce": "bm9uY2U="},
]


@pytest.mark.parametrize("case", CSP_CASES)
def test_csp_headers_are_django_csps(case):
    headers, _language, request = _same(CSPMiddleware, DjangoCSPMiddleware, **case)
    assert ("Content-Security-Policy" in headers) == ("_csp_exempt" not in case)
    if "nonce" in case:
        assert str(request.csp_nonce) == case["nonce"]
    else:  # as django-csp: a nonce read after the header was written is an error, not a silent miss
        with pytest.raises(CSPNonceError):
            str(request.csp_nonce)


REPORT_ONLY = {"DIRECTIVES": {"default-src": ["'self'"], "script-src": ["'self'"], "report-uri": ["/csp-report/"]},
               "EXCLUDE_URL_PREFIXES": ["/api/"]}


@pytest.mark.parametrize("path", ["/portal/fi/", "/api/rights/check-offer"])
def test_a_changed_policy_is_used_at_once(path):
    """The policy is built once per process: a change of the settings (tests, `override_settings`) must not
    leave the old one in use."""
    before = _same(CSPMiddleware, DjangoCSPMiddleware, path)[0]
    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"default-src": ["'none'"]},
                                                    "EXCLUDE_URL_PREFIXES": ["/api/"]},
                           CONTENT_SECURITY_POLICY_REPORT_ONLY=REPORT_ONLY):
        changed = _same(CSPMiddleware, DjangoCSPMiddleware, path)[0]
    assert changed != before
    assert _same(CSPMiddleware, DjangoCSPMiddleware, path)[0] == before


@override_settings(DEBUG=True)
def test_debug_error_pages_keep_no_csp_as_with_django_csp():
    headers = _same(CSPMiddleware, DjangoCSPMiddleware, status=404)[0]
    assert "Content-Security-Policy" not in headers


@pytest.mark.parametrize("path", ["/portal/fi/", "/portal/ar/", "/participants/", "/api/rights/check-offer", "/fi/"])
@pytest.mark.parametrize("request_headers", [
    {},
    {"HTTP_ACCEPT_LANGUAGE": "sv-FI,sv;q=0.9,en;q=0.5"},
    {"HTTP_ACCEPT_LANGUAGE": "ar"},
    {"HTTP_ACCEPT_LANGUAGE": "xx-YY, *"},
    {"HTTP_COOKIE": "django_language=en"},
    {"HTTP_COOKIE": "django_language=portal", "HTTP_ACCEPT_LANGUAGE": "so"},
])
@pytest.mark.parametrize("status", [200, 404])
def test_the_language_and_its_headers_are_djangos(path, request_headers, status):
    headers, language, _request = _same(LocaleMiddleware, DjangoLocaleMiddleware, path, status, **request_headers)
    assert language and headers["Content-Language"] == language and "Accept-Language" in headers["Vary"]


@pytest.mark.parametrize("request_headers", [
    {},
    {"HTTP_ACCEPT_LANGUAGE": "sv-FI,sv;q=0.9,en;q=0.5"},
    {"HTTP_ACCEPT_LANGUAGE": "ar"},
    {"HTTP_ACCEPT_LANGUAGE": "en;q=0.1, " + "xx;q=0.5, " * 40},  # too long to be kept: decided each time
    {"HTTP_COOKIE": "django_language=en"},
    {"HTTP_COOKIE": "django_language=portal", "HTTP_ACCEPT_LANGUAGE": "so"},
])
def test_a_kept_language_choice_is_djangos_again_and_after_a_settings_change(request_headers):
    for _ in range(2):  # the second request is answered from the kept choice
        headers, language, _request = _same(LocaleMiddleware, DjangoLocaleMiddleware, Vary="Cookie",
                                            **request_headers)
        assert headers["Vary"] == "Cookie, Accept-Language"
    with override_settings(LANGUAGES=[("sv", "Swedish"), ("so", "Somali")], LANGUAGE_CODE="sv"):
        _headers, changed, _request = _same(LocaleMiddleware, DjangoLocaleMiddleware, **request_headers)
        assert changed in ("sv", "so")
