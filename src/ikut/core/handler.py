"""IKUT's WSGI handler: Django's, with the URL resolution of fixed paths remembered per process (issue 17).

Django resolves every request's path from scratch: the root URLconf's patterns in order, then the included ones,
building a ResolverMatch at each level (three for /api/rights/check-offer): 94 k instructions (5 %) of the
job-offer check's POST (docs/performance.md, seventh round). Resolution depends on nothing but the path and the
URLconf, so the answer for a path is the same on every request until the URLconf changes; this handler keeps it for
the paths that are a route's own text (nothing captured and `match.route` equals the path), which bounds the table
by the number of such routes whatever paths clients send. Every other path (a participant code, an id, a 404, a
request with its own `request.urlconf`) is resolved by Django as before. Each request gets its own copy of the kept
match, so nothing a request does to its `resolver_match` reaches the next one.

It also gives every language one set of the URLconf's reverse tables (`core.url_tables.share`), once per resolver
before the first request's view runs: a worker serving the portal's languages otherwise builds a copy per language.
"""

from django.core.handlers.wsgi import WSGIHandler
from django.urls import ResolverMatch, get_resolver

from . import url_tables


class Handler(WSGIHandler):
    def resolve_request(self, request):
        if hasattr(request, "urlconf"):  # a middleware chose another URLconf: Django's way (IKUT has none)
            return super().resolve_request(request)
        resolver = get_resolver()  # per ROOT_URLCONF; a new object after clear_url_caches() (a settings change)
        if resolver is not _tables_of[0]:
            url_tables.share(resolver)
            _tables_of[0] = resolver
        path = request.path_info
        kept = _kept_for(resolver).get(path)
        if kept is not None:
            match = _copy(kept)
        else:
            match = resolver.resolve(path)  # Resolver404 as before
            if _fixed(match, path):
                _keep(resolver, path, _copy(match))
        request.resolver_match = match
        return match


_tables_of: list = [None]  # the resolver whose tables were shared (or found to depend on the language)
_kept: tuple = (None, {})  # (the resolver the matches came from, {path: ResolverMatch})
_MOST_KEPT = 512  # never reached by routes' own text; a guard if a URLconf grew one


def _kept_for(resolver):
    if _kept[0] is not resolver:
        return {}
    return _kept[1]


def _keep(resolver, path, match):
    global _kept
    if _kept[0] is not resolver:
        _kept = (resolver, {})
    table = _kept[1]
    if len(table) >= _MOST_KEPT:
        table.clear()
    table[path] = match


def _fixed(match, path):
    """Whether `path` is the text of the route that matched, with nothing captured: then no other path gives this
    match and this path gives no other (resolution is a function of the path)."""
    return (not match.args and not match.kwargs and not match.captured_kwargs and not match.extra_kwargs
            and path.startswith("/") and match.route == path[1:])


def _copy(match):
    """A ResolverMatch equal to `match` in every attribute, with its own containers (args, kwargs and the lists;
    the entries of `tried` are Django's lists of pattern objects, shared)."""
    fresh = object.__new__(ResolverMatch)
    attributes = fresh.__dict__
    attributes.update(match.__dict__)
    for name in ("kwargs", "captured_kwargs", "extra_kwargs"):
        value = attributes[name]
        if value is not None:
            attributes[name] = dict(value)
    for name in ("app_names", "namespaces", "tried"):
        value = attributes[name]
        if value is not None:
            attributes[name] = list(value)
    return fresh
