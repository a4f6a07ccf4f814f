"""One set of URL reverse tables for every language (issue 17: lean workers).

Django builds the tables `reverse()` reads (names → patterns, namespaces, app names) once per URL resolver *and
active language*, because a URLconf may translate its routes (`gettext_lazy` in a `path()`) or prefix them with the
language (`i18n_patterns`). IKUT does neither, so each language's tables are the same, yet a worker that serves the
portal in its 40 languages held 40 copies: ≈ 0.22 MB each, 8.7 MB in all (docs/performance.md). `share(resolver)`
makes every language of a resolver tree read one table, built by whichever language asks first — but only after
checking that the whole tree has no route whose text depends on the language; if one has, it changes nothing and
Django keeps a table per language, as it must.

It replaces the three per-language dicts of each URLResolver in the tree (`_reverse_dict`, `_namespace_dict`,
`_app_dict`; Django 5.2's private attributes, read by its `reverse_dict`, `namespace_dict` and `app_dict`
properties) by a `_OneTable`. `tests/foundation/test_url_tables.py` checks that every route reverses to the same
path in every language as with Django's own per-language tables, that the tables are one object, and that a
translated route leaves Django's behaviour untouched.
"""

from django.urls.resolvers import RegexPattern, RoutePattern, URLPattern, URLResolver

_TABLES = ("_reverse_dict", "_namespace_dict", "_app_dict")


class _OneTable(dict):
    """{language: table} in which every language reads the same table: the last one Django built (they are equal).
    Django asks `language in tables`, builds the table if not, then reads `tables[language]`."""

    def __init__(self, table=None):
        super().__init__()
        self.table = table

    def __contains__(self, language):
        return self.table is not None

    def __getitem__(self, language):
        if self.table is None:
            raise KeyError(language)
        return self.table

    def __setitem__(self, language, table):
        self.table = table


def _plain(pattern):
    """Whether a pattern's regular expression is the same in every language: a plain string route or regex."""
    if type(pattern) is RoutePattern:
        return isinstance(pattern._route, str)
    if type(pattern) is RegexPattern:
        return isinstance(pattern._regex, str)
    return False  # LocalePrefixPattern (i18n_patterns) or a pattern class IKUT does not know


def _resolvers(resolver):
    """Every URLResolver in the tree under `resolver` (itself included), or None if any pattern is not plain."""
    found, pending = [], [resolver]
    while pending:
        current = pending.pop()
        if not _plain(current.pattern):
            return None
        found.append(current)
        for entry in current.url_patterns:
            if isinstance(entry, URLResolver):
                pending.append(entry)
            elif not (isinstance(entry, URLPattern) and _plain(entry.pattern)):
                return None
    return found


def share(resolver):
    """Make every language of `resolver`'s tree read one set of tables, if no route depends on the language.
    Returns whether it did. Idempotent; imports the URLconf if it was not yet."""
    if is_shared(resolver):
        return True
    resolvers = _resolvers(resolver)
    if resolvers is None:
        return False
    for current in resolvers:
        for name in _TABLES:
            tables = getattr(current, name)
            if not isinstance(tables, _OneTable):
                setattr(current, name, _OneTable(next(iter(tables.values()), None)))
    return True


def is_shared(resolver):
    return isinstance(resolver._reverse_dict, _OneTable)
