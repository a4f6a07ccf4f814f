"""Model rows of a fixed-shape queryset without compiling it again on every request.

A page that reads the same queries on every request (the record page's lists: "this participant's notes, goals,
tasks, …") spends more on the ORM turning each queryset into SQL text than on running it. `rows()` compiles a
queryset once per (shape key, database alias, vendor) and process, and afterwards only binds the new parameters:

    notes = fixed_sql.rows(("participants.record.notes", *kinds), [p.pk, *kinds],
                           lambda: p.notes.filter(kind__in=kinds).select_related("author")[:20], owner=p)

The rows are model instances built as the ORM's ModelIterable builds them (`_run` does its steps without a QuerySet
and a compiler per call) from the compiler's select list, so the field converters (decryption of encrypted fields,
dates, JSON) and select_related() run exactly as for `list(queryset)`.
A `values_list(*names)` queryset (`named=True` or not; the names given explicitly) gives its tuples the same way,
converted as the ORM converts them: a list of many rows that needs a few columns is spared building a model instance
per row (for a model of many fields that costs more than the rest of the query).

The caller's promise: every queryset `build()` returns for the same `key` has the same SQL text, and differs only in
the parameter values, which are `params` in the order the compiled SQL takes them. Put into the key whatever changes
the shape (a role that adds a filter, the values of an `__in` list, a limit). Checked on the first call: the
queryset is compiled and cached only if its parameters are exactly `params` (the same values of the same types);
otherwise nothing is cached and the queryset runs as usual. A queryset that can match nothing (EmptyResultSet) is
not cached either. Lookups that put a value into the SQL text instead of a parameter must not be used with a
varying value (LIMIT and OFFSET, for instance, are fixed per key).

`located_rows(key, varying, build)` is the same for a queryset whose parameters the caller cannot list in order (an
`Exists()` adds a literal of its own, filters come and go): the caller names only the values that change between
calls (a user's id), and every other compiled parameter is a constant of the key. The first call finds each
varying value among the compiled parameters; it is cached only if each occurs exactly once (same value and type),
or exactly as often as the caller says with `(value, times)` (a user's id in two subqueries), which proves its
positions: a user whose id equals a literal of the query is served uncached, not misread. Django's
`Exists()` selects its `1` as a parameter, which would make every user with id 1 such a user: `Exists` here
selects it as SQL text.
"""

import operator
import re
import weakref
from typing import Any, NamedTuple

from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models import Exists as OrmExists
from django.db.models import sql as sql_query
from django.db.models.expressions import RawSQL
from django.db.models.query import (  # type: ignore[attr-defined]
    ModelIterable,
    NamedValuesListIterable,
    ValuesListIterable,
    get_related_populators,
)
from django.db.models.utils import create_namedtuple_class

_FORMAT = re.compile(r"(?<!%)%s")  # a "format" placeholder, as Django's SQLite backend finds them


def pyformat(sql):
    """(`sql` with its %s placeholders named %(p0)s, %(p1)s, …, their names in order), to run with a dict of
    parameters. The same statement once bound; the point is the cost of running it: Django's SQLite backend turns
    "format" placeholders into SQLite's with a regular expression over the whole text on every execute (for the
    dashboard's union of five queries, more than SQLite spends running it), named ones with one `%` formatting.
    PostgreSQL's driver takes either."""
    names: list[str] = []

    def name(_match):
        names.append(f"p{len(names)}")
        return f"%({names[-1]})s"

    return _FORMAT.sub(name, sql), tuple(names)


class _Shape(NamedTuple):
    query: Any  # an empty Query of the model, only to make compilers from (they never compile it: as_sql is replaced)
    sql: str  # with named placeholders (pyformat)
    names_of_params: tuple
    select: list
    klass_info: dict
    annotation_col_map: dict
    col_count: int
    has_extra_select: bool
    known_fields: tuple  # the foreign keys a related manager's queryset sets on each row to its owner
    converters: weakref.WeakKeyDictionary  # {database connection: the select list's converters for it}
    readers: dict  # {database alias: _Reader}
    constants: tuple = ()  # located_rows: the compiled parameters, the varying ones replaced on each call
    slots: tuple = ()  # located_rows: the positions of each varying value among them
    iterable: Any = ModelIterable  # or a values_list's iterable, with `names` its fields
    names: tuple = ()


_SHAPES: dict[Any, tuple[Any, dict[tuple[str, str], _Shape]]] = {}  # key -> (model, {(alias, vendor): shape})


def same_params(compiled, params):
    """Whether compiled SQL parameters are exactly `params`: same values of the same types, in order."""
    return len(compiled) == len(params) and all(
        type(a) is type(b) and a == b for a, b in zip(compiled, params, strict=True)
    )


def rows(key, params, build, *, owner=None):
    """list(build()), compiled once per `key` (see the module's docstring). `owner`: the instance whose related
    manager `build()` uses (each row's foreign key to it is set without a query, as the related manager does)."""
    params = list(params)
    shape, alias = _cached(key, owner)
    if shape is not None:
        return _run(shape, alias, params, owner)
    queryset = build()
    _fill(key, params, queryset, owner)
    return list(queryset)


def located_rows(key, varying, build):
    """list(build()), compiled once per `key`, where `varying` are the only values that change between calls with
    this key (see the module's docstring)."""
    varying = [item if isinstance(item, tuple) else (item, 1) for item in varying]
    shape, alias = _cached(key, None)
    if shape is not None and len(shape.slots) == len(varying):
        params = list(shape.constants)
        for slots, (value, _times) in zip(shape.slots, varying, strict=True):
            for slot in slots:
                params[slot] = value
        return _run(shape, alias, params, None)
    queryset = build()
    _fill(key, None, queryset, None, varying=varying)
    return list(queryset)


def _cached(key, owner):
    """(the shape cached for `key` on the database the model reads from, that alias), or (None, None)."""
    entry = _SHAPES.get(key) if owner is None or owner.pk is not None else None  # unsaved: as the ORM answers
    if entry is None:
        return None, None
    model, by_database = entry
    alias = router.db_for_read(model)
    return by_database.get((alias, connections[alias].vendor)), alias


class _Reader(NamedTuple):
    """What ModelIterable works out from the compiled select list before its first row, kept per shape and
    database alias: the model's columns, the select_related() populators, the foreign keys to the owner."""
    init_list: list
    start: int
    end: int
    populators: list
    known: list  # [(the foreign key field, a getter of its value on a row's instance)]


def _reader(shape, alias):
    reader = shape.readers.get(alias)
    if reader is None:
        klass_info, select = shape.klass_info, shape.select
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        model = shape.query.model
        reader = shape.readers[alias] = _Reader(
            [f[0].target.attname for f in select[start:end]], start, end,
            get_related_populators(klass_info, select, alias),
            [(field, operator.attrgetter(*[field.attname if name == "self" else model._meta.get_field(name).attname
                                           for name in field.from_fields]))
             for field in shape.known_fields])
    return reader


def _run(shape, alias, params, owner):
    """list(queryset) of the compiled queryset with `params` bound, without a QuerySet or a compiler per call: the
    same statement on the same cursor wrapper (so it is logged and counted as any query) and the same converters,
    then the rows as the queryset's iterable makes them: tuples or named tuples for values_list(), model instances
    (Model.from_db, select_related() populators, annotations and owner) as ModelIterable makes them."""
    connection = connections[alias]
    converters = shape.converters.get(connection)
    if converters is None:
        # Asked of the connection (backend) and the fields: the same for every call on one connection.
        compiler = shape.query.get_compiler(connection=connection)
        found = compiler.get_converters([s[0] for s in shape.select[: shape.col_count]])
        converters = shape.converters[connection] = list(found.items())
    with connection.cursor() as cursor:
        cursor.execute(shape.sql, dict(zip(shape.names_of_params, params, strict=True)))  # see pyformat()
        rows = cursor.fetchall()
    if shape.has_extra_select:
        rows = [row[: shape.col_count] for row in rows]
    if converters:
        rows = [converted(row, converters, connection) for row in rows]
    if shape.iterable is ValuesListIterable:
        return [tuple(row) for row in rows]
    if shape.iterable is NamedValuesListIterable:
        new, tuple_class = tuple.__new__, create_namedtuple_class(*shape.names)
        return [new(tuple_class, row) for row in rows]
    return _instances(shape, alias, rows, owner)


def converted(row, converters, connection):
    """`row` as a list with the ORM's converters applied, as the compiler's apply_converters() applies them, without
    a compiler and a generator: `converters` is list(compiler.get_converters(expressions).items()), that is
    [(position, (functions, expression))], looked up once per shape and database connection."""
    row = list(row)
    for pos, (functions, expression) in converters:
        value = row[pos]
        for function in functions:
            value = function(value, expression, connection)
        row[pos] = value
    return row


def _instances(shape, alias, rows, owner):
    """Model instances of converted rows, as ModelIterable builds them."""
    reader = _reader(shape, alias)
    model, start, end, init_list = shape.query.model, reader.start, reader.end, reader.init_list
    annotations = shape.annotation_col_map
    objects = []
    for row in rows:
        obj = model.from_db(alias, init_list, row[start:end])
        for populator in reader.populators:
            populator.populate(row, obj)
        if annotations:
            for name, pos in annotations.items():
                setattr(obj, name, row[pos])
        for field, getter in reader.known:
            # As a related manager's queryset: each row's foreign key to the owner is the owner, unless loaded.
            if not field.is_cached(obj) and getter(obj) == getattr(owner, field.target_field.attname):
                setattr(obj, field.name, owner)
        objects.append(obj)
    return objects


def _slots(compiled, varying):
    """The positions of each varying (value, times) among the compiled parameters, or None unless each value occurs
    exactly `times` times."""
    slots = []
    for value, times in varying:
        found = tuple(i for i, param in enumerate(compiled) if type(param) is type(value) and param == value)
        if len(found) != times:
            return None
        slots.append(found)
    return tuple(slots)


_VALUES = (ValuesListIterable, NamedValuesListIterable)  # values_list(*names), values_list(*names, named=True)


def _fill(key, params, queryset, owner, varying=None):
    iterable = queryset._iterable_class
    if queryset._prefetch_related_lookups or not (
        (iterable is ModelIterable and not queryset._fields) or (iterable in _VALUES and queryset._fields)
    ):
        return
    alias = queryset.db
    if alias != router.db_for_read(queryset.model):
        return
    query = queryset.query.clone()  # compiling sets aliases on the Query: compile a copy nobody else holds
    compiler = query.get_compiler(using=alias)
    try:
        sql, compiled = compiler.as_sql()
    except EmptyResultSet:
        return
    if not sql:
        return
    if varying is None:
        if not same_params(list(compiled), params):
            return
        slots = ()
    else:
        slots = _slots(list(compiled), varying)
        if slots is None:
            return
    known = queryset._known_related_objects
    fields = tuple(known)
    if fields and (
        owner is None
        or any(
            list(known[field]) != [getattr(owner, field.target_field.attname)]
            or next(iter(known[field].values())) is not owner
            for field in fields
        )
    ):
        return
    model, by_database = _SHAPES.setdefault(key, (queryset.model, {}))
    if model is not queryset.model:
        raise ValueError(f"fixed_sql key {key!r} used for two models")
    by_database[(alias, connections[alias].vendor)] = _Shape(
        sql_query.Query(queryset.model),  # not the compiled Query: its filters may hold the first call's instances
        *pyformat(sql),
        compiler.select,
        compiler.klass_info,
        compiler.annotation_col_map,
        compiler.col_count,
        compiler.has_extra_select,
        fields,
        weakref.WeakKeyDictionary(),
        {},
        tuple(compiled) if varying is not None else (),
        slots,
        iterable,
        tuple(queryset._fields or ()),
    )


class Exists(OrmExists):
    """Django's Exists() with the `SELECT 1` of its subquery written as SQL text instead of a parameter (the same SQL
    once bound), so that its only parameters are the filters' values. Relies on Query.exists() selecting one
    annotation named "a" (tests/participants/test_caseload_page.py pins it)."""

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, **kwargs)
        self.query.add_annotation(RawSQL("1", ()), "a")


def clear():
    """Forget every compiled shape (tests)."""
    _SHAPES.clear()
