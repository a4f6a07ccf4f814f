"""One set of URL reverse tables for every language (ikut.core.url_tables)."""

import io
import re
import types
import uuid

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.urls import NoReverseMatch, URLResolver, clear_url_caches, get_resolver, include, path, re_path, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from django.utils import translation
from django.utils.translation import gettext_lazy

from ikut.core import url_tables
from tests.urlnames import walk

LANGUAGES = [code for code, _ in settings.LANGUAGES]


def view(request, **kwargs):
    return HttpResponse("x")


def _urlconf(*, translated=False, prefixed=False):
    """A fresh URLconf module shaped like IKUT's: namespaced includes, nested includes, captured values."""
    inner = [path("<int:pk>/", view, name="item"), path("", view, name="index"),
             path(gettext_lazy("about/") if translated else "about/", view, name="about")]
    outer = [path("things/", include((inner, "things"), namespace="things")),
             re_path(r"^re/(?P<slug>[a-z]+)/$", view, name="regex")]
    module = types.ModuleType(f"urlconf_{uuid.uuid4().hex}")
    module.urlpatterns = [path("", include(outer)), path("top/<uuid:key>/", view, name="top")]
    if prefixed:
        module.urlpatterns.append(URLResolver(LocalePrefixPattern(), [path("p/", view, name="prefixed")]))
    return module


NAMES = [("things:item", {"pk": 7}), ("things:index", {}), ("things:about", {}), ("regex", {"slug": "abc"}),
         ("top", {"key": uuid.UUID(int=5)})]


def _paths(urlconf):
    out = {}
    for language in LANGUAGES:
        with translation.override(language):
            out[language] = [reverse(name, urlconf=urlconf, kwargs=kwargs) for name, kwargs in NAMES]
    return out


def test_every_language_reverses_as_with_djangos_own_tables():
    django_own, shared = _urlconf(), _urlconf()
    assert url_tables.share(get_resolver(shared))
    assert _paths(shared) == _paths(django_own)
    assert len(get_resolver(django_own)._reverse_dict) == len(LANGUAGES)  # Django: a table per language


def test_the_languages_share_one_table_in_every_resolver():
    urlconf = _urlconf()
    root = get_resolver(urlconf)
    url_tables.share(root)
    _paths(urlconf)
    resolvers = url_tables._resolvers(root)
    assert len(resolvers) == 3
    for resolver in resolvers:
        for attribute in ("reverse_dict", "namespace_dict", "app_dict"):
            tables = set()
            for language in LANGUAGES:
                with translation.override(language):
                    tables.add(id(getattr(resolver, attribute)))
            assert len(tables) == 1, (resolver, attribute)


def test_sharing_after_a_language_was_built_keeps_that_table():
    urlconf = _urlconf()
    root = get_resolver(urlconf)
    with translation.override("ar"):
        built = root.reverse_dict
    url_tables.share(root)
    with translation.override("fi"):
        assert root.reverse_dict is built
    assert url_tables.share(root) and url_tables.is_shared(root)  # idempotent


@pytest.mark.parametrize("shape", [{"translated": True}, {"prefixed": True}], ids=["translated route", "i18n prefix"])
def test_a_route_that_depends_on_the_language_leaves_djangos_tables(shape):
    urlconf = _urlconf(**shape)
    root = get_resolver(urlconf)
    assert not url_tables.share(root)
    assert not url_tables.is_shared(root)
    resolvers, pending = [], [root]
    while pending:
        resolvers.append(pending.pop())
        pending += [p for p in resolvers[-1].url_patterns if isinstance(p, URLResolver)]
    assert len(resolvers) >= 3 and all(type(r._reverse_dict) is dict for r in resolvers)
    with translation.override("fi"):
        fi = root.reverse_dict
    with translation.override("ar"):
        assert root.reverse_dict is not fi


CAPTURED = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>")
SAMPLES = {"int": 3, "uuid": uuid.UUID(int=3)}


def _kwargs(pattern):
    """Sample values for a route's captured parts: 3 for <int:…>, a UUID for <uuid:…>, "x" otherwise (a regex
    group "x" may not match: that name then fails to reverse in every language alike)."""
    kwargs = {}
    for converter, name, group in CAPTURED.findall(pattern):
        kwargs[name or group] = SAMPLES.get(converter, "x")
    return kwargs or None


def test_ikuts_urlconf_is_shared_and_reverses_the_same_in_every_language():
    root = get_resolver()
    assert url_tables.share(root)  # IKUT translates no route: if this fails, a route's text now depends on language
    routes = [(name, _kwargs(pattern)) for name, pattern, _ in walk() if name]
    assert len(routes) > 100
    first = None
    for language in LANGUAGES:
        with translation.override(language):
            paths = {}
            for name, kwargs in routes:
                try:
                    paths[name] = reverse(name, kwargs=kwargs)
                except NoReverseMatch:
                    paths[name] = None
            tables = id(root.reverse_dict)
        if first is None:
            first = (paths, tables)
        assert (paths, tables) == first, language
    assert sum(p is not None for p in first[0].values()) > 100


@pytest.mark.django_db
def test_the_wsgi_handler_shares_the_tables_of_the_urlconf_it_serves():
    from ikut.wsgi import application

    clear_url_caches()  # a new root resolver, not yet shared by any earlier test
    assert not url_tables.is_shared(get_resolver())
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/healthz", "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80",
               "REMOTE_ADDR": "127.0.0.1", "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http",
               "QUERY_STRING": ""}
    b"".join(application(environ, lambda *a: None))
    assert url_tables.is_shared(get_resolver())


def test_regex_pattern_with_a_lazy_regex_is_not_plain():
    assert not url_tables._plain(RegexPattern(gettext_lazy("^about/$")))
    assert url_tables._plain(RegexPattern("^about/$"))
