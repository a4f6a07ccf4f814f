"""Issue 17, seventh round: the request path's shortcuts give what Django, logging, json and django-ninja give.

- ikut.core.handler.Handler (ikut.wsgi's application) keeps the ResolverMatch of paths that are a route's own text;
  every path resolves to a match equal in every attribute to Django's, each request gets its own copy, and only
  fixed paths are kept (the table cannot grow with the paths clients make up).
- The request log's record names the same caller findCaller() names, and holds what logger.info gives.
- The JSON log line is json.dumps(payload, ensure_ascii=False), errors included.
- IkutAPI.create_temporal_response is django-ninja's, attribute for attribute, and each one is its own.
"""

import json
import logging
import math

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, path, re_path, set_urlconf
from ninja import NinjaAPI

from ikut.core import handler
from ikut.core.logging import JsonFormatter, _encode


def _routes(resolver=None, prefix=""):
    """Every route's text of the URLconf (converters left as they are), depth first."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        text = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, text)
        elif isinstance(pattern, URLPattern):
            yield text


def _paths():
    routes = list(_routes())
    fixed = ["/" + route for route in routes if "<" not in route and "^" not in route]
    varying = ["/" + route.replace("<str:lang>", "fi").replace("<code>", "IK-2026-0001").replace("<int:pk>", "7")
               .replace("<uuid:token>", "0b9f3c52-8f0e-4f4c-9a43-3c1e5e8a0b11") for route in routes if "<" in route]
    made_up = ["/nonexistent", "/api/nonexistent", "/api/rights/check-offer/", "/api/rights/check-offer%20",
               "/portal/fi", "/api//me", "/participants/IK-2026-0001/notes/x/"]
    return fixed, varying, made_up


@pytest.fixture
def application():
    handler._kept = (None, {})
    yield handler.Handler()
    handler._kept = (None, {})


def _resolved(application, path):
    request = RequestFactory().get(path)
    try:
        return vars(application.resolve_request(request)), request
    except Exception as exc:  # noqa: BLE001 - compared with Django's own answer
        return type(exc), request


def _django(path):
    try:
        return vars(get_resolver().resolve(path))
    except Exception as exc:  # noqa: BLE001
        return type(exc)


def test_every_path_resolves_as_django_resolves_it_first_and_later():
    fixed, varying, made_up = _paths()
    assert len(fixed) > 50 and "/api/rights/check-offer" in fixed
    application = handler.Handler()
    handler._kept = (None, {})
    try:
        for path in fixed + varying + made_up:
            for _ in range(3):
                ours, request = _resolved(application, path)
                assert ours == _django(path), path
                if isinstance(ours, dict):
                    assert request.resolver_match.view_name == ours["view_name"]
        kept = handler._kept[1]
        # Only paths that are a route's own text are kept; any other path is resolved by Django each time.
        assert set(kept) == {path for path in fixed if isinstance(_django(path), dict)}
        assert not set(kept) & set(varying + made_up)
    finally:
        handler._kept = (None, {})


def test_each_request_gets_its_own_match(application):
    seen = []
    for _ in range(4):  # the first is resolved by Django, the others come from the table
        match = application.resolve_request(RequestFactory().post("/api/rights/check-offer"))
        assert vars(match) == vars(get_resolver().resolve("/api/rights/check-offer"))
        assert all(match is not earlier for earlier in seen)
        seen.append(match)
        match.kwargs["x"] = 1
        match.tried.append(["changed"])
        match.namespaces.append("changed")
        match.app_names.append("changed")
        match.view_name = "changed"


def _view(request, **kwargs):
    return HttpResponse("ok")


# A URLconf with a regular expression that matches many paths without capturing anything: none of them is kept.
urlpatterns = [
    re_path(r"^files/.*$", _view, name="files"),
    path("fixed/", _view, name="fixed"),
    path("item/<int:pk>/", _view, name="item"),
]


@override_settings(ROOT_URLCONF=__name__)
def test_only_a_routes_own_text_is_kept(application):
    for _ in range(2):
        for path_ in ("/files/a", "/files/b/c", "/fixed/", "/item/3/", "/item/4/"):
            assert vars(application.resolve_request(RequestFactory().get(path_))) == vars(get_resolver().resolve(
                path_))
    assert set(handler._kept[1]) == {"/fixed/"}


def test_a_new_urlconf_is_not_answered_from_the_old_table(application):
    application.resolve_request(RequestFactory().get("/healthz"))
    assert "/healthz" in handler._kept[1]
    with override_settings(ROOT_URLCONF="ikut.portal.urls"):  # clear_url_caches(): a new resolver
        request = RequestFactory().get("/healthz")
        with pytest.raises(Resolver404):
            application.resolve_request(request)


def test_a_request_with_its_own_urlconf_goes_djangos_way(application):
    request = RequestFactory().get("/fi/")
    request.urlconf = "ikut.portal.urls"
    try:
        match = application.resolve_request(request)
    finally:
        set_urlconf(None)  # Django's resolve_request sets the thread's URLconf; request_finished resets it
    assert match.view_name == get_resolver("ikut.portal.urls").resolve("/fi/").view_name
    assert handler._kept[1] == {}


def test_the_wsgi_application_is_this_handler():
    from django.core.handlers.wsgi import WSGIHandler

    from ikut.wsgi import application

    assert type(application) is handler.Handler and isinstance(application, WSGIHandler)


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.mark.django_db
def test_the_request_log_record_is_what_logger_info_made(client):
    import ikut.core.middleware as middleware

    logger = logging.getLogger("ikut.request")
    records = _Records()
    level = logger.level
    logger.addHandler(records)
    logger.setLevel(logging.INFO)
    try:
        for _ in range(2):  # the first finds the caller, the second uses what it found
            client.get("/healthz")
        logger.info("request", extra={"ikut": {}})  # the reference: a record made by logger.info
    finally:
        logger.removeHandler(records)
        logger.setLevel(level)
    *ours, reference = records.records
    assert len(ours) == 2
    with open(middleware.__file__, encoding="utf-8") as file:
        source = file.read().splitlines()
    for record in ours:
        assert (record.pathname, record.funcName) == (middleware.__file__, "__call__")
        assert "_log_caller(logger)" in source[record.lineno - 1]  # the line findCaller() names
        assert (record.name, record.levelno, record.msg, record.args, record.exc_info, record.stack_info) == (
            "ikut.request", logging.INFO, "request", (), None, None)
        assert set(vars(record)) == set(vars(reference))
        assert record.ikut["route"] == "core:healthz" and record.ikut["status"] == 200


def test_the_request_log_names_no_caller_when_logging_looks_for_none(client, monkeypatch):
    import ikut.core.middleware as middleware

    monkeypatch.setattr(logging, "_srcfile", None)
    monkeypatch.setattr(middleware, "_LOG_CALLER", None)
    assert middleware._log_caller(logging.getLogger("ikut.request")) == ("(unknown file)", 0, "(unknown function)")


@pytest.mark.parametrize("payload", [
    {"ts": "2026-12-01T16:00:00", "level": "INFO", "msg": "request", "route": "api:check_offer", "ms": 1.5,
     "user": None, "status": 200},
    {"msg": "ääkköset, العربية, 日本語, \u2028 \"quoted\" \\ \n\t", "n": -0.0, "big": 1e308, "small": 5e-324,
     "list": [1, 2.5, "x", None, True, False, {"a": []}], "nested": {"b": {"c": [{}]}}, 3: "int key"},
    {"nan": math.nan, "inf": math.inf, "-inf": -math.inf},
    {},
])
def test_the_log_line_is_json_dumps(payload):
    assert _encode(payload) == json.dumps(payload, ensure_ascii=False)


def test_the_log_line_fails_as_json_dumps_fails():
    circular = {"a": []}
    circular["a"].append(circular)
    for bad in (circular, {"x": object()}, {(1, 2): "tuple key"}):
        with pytest.raises((ValueError, TypeError)) as expected:
            json.dumps(bad, ensure_ascii=False)
        with pytest.raises(type(expected.value)) as ours:
            _encode(bad)
        assert str(ours.value) == str(expected.value)
    assert _encode({"after": "errors"}) == '{"after": "errors"}'  # nothing left behind by a failed call


def test_the_formatter_writes_the_line_json_dumps_writes():
    record = logging.LogRecord("ikut.request", logging.INFO, __file__, 1, "request", (), None)
    record.ikut = {"method": "POST", "route": "api:check_offer", "status": 200, "ms": 0.7, "user": None}
    line = JsonFormatter().format(record)
    assert line == json.dumps(json.loads(line), ensure_ascii=False)
    assert json.loads(line)["route"] == "api:check_offer"


def test_the_temporal_response_is_django_ninjas():
    from ikut.api.api import api

    request = RequestFactory().post("/api/rights/check-offer")
    reference = NinjaAPI.create_temporal_response(api, request)
    for _ in range(3):
        ours = api.create_temporal_response(request)
        assert type(ours) is HttpResponse
        assert set(vars(ours)) == set(vars(reference))
        for name, value in vars(reference).items():
            if name == "headers":
                assert type(ours.headers) is type(value) and vars(ours.headers) == vars(value)
            elif name == "cookies":
                assert type(ours.cookies) is type(value) and dict(ours.cookies) == dict(value) == {}
            else:
                assert getattr(ours, name) == value, name
        assert (ours.status_code, ours.charset, ours.content, list(ours.items())) == (
            reference.status_code, reference.charset, reference.content, list(reference.items()))
        # Each its own: what a view does to one does not reach the next.
        ours["X-Changed"] = "1"
        ours.set_cookie("changed", "1")
        ours.status_code = 201
        ours.content = b"changed"
        ours._resource_closers.append(print)
        ours.headers["Content-Type"] = "text/plain"
