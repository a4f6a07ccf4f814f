"""core.fixed_sql: a queryset compiled once per shape key gives, for every later call, exactly the rows the ORM
gives (another record's rows never, encrypted fields decrypted, select_related and the owner set), and nothing is
cached when the caller's parameters are not the compiled ones."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ikut.core import fixed_sql
from ikut.participants.models import Assignment, Meeting, Note, Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_fixed_sql")]


def _record(team, name, notes):
    p = Participant.objects.create(
        organisation=team.org, first_name=name, last_name="X", date_of_birth=datetime.date(1990, 1, 1), language="th"
    )
    Assignment.objects.create(participant=p, user=team.caseworker, role=Assignment.CaseRole.LEAD)
    for i in range(notes):
        Note.objects.create(
            participant=p, body=f"{name} <b>{i}</b>", author=team.caseworker, kind="team" if i % 2 else "psychosocial"
        )
        Meeting.objects.create(
            participant=p,
            kind="coaching",
            starts_at=timezone.now(),
            worker=team.caseworker,
            summary=f"{name} summary {i}",
        )
    return p


def _notes(p, kinds, build_calls):
    def build():
        build_calls.append(p.pk)
        return p.notes.filter(kind__in=kinds).select_related("author")[:20]

    return fixed_sql.rows(("test.notes", *kinds), [p.pk, *kinds], build, owner=p)


def _fields(rows):
    return [(r.pk, r.participant_id, r.kind, r.body, r.author_id, r.created_at) for r in rows]


def test_rows_are_the_orms_for_every_record_after_the_first(team):
    first, second, third = _record(team, "first", 3), _record(team, "second", 4), _record(team, "third", 0)
    calls = []
    kinds = [Note.Kind.TEAM, Note.Kind.PSYCHOSOCIAL]
    for p in (first, second, third, first):
        rows = _notes(p, kinds, calls)
        assert _fields(rows) == _fields(p.notes.filter(kind__in=kinds).select_related("author")[:20])
        assert all(r.participant_id == p.pk for r in rows)
    assert calls == [first.pk]  # compiled once, then only bound
    rows = _notes(second, kinds, calls)
    assert {r.body for r in rows} == {f"second <b>{i}</b>" for i in range(4)}  # decrypted by the field's converter
    with CaptureQueriesContext(connection) as queries:
        assert all(r.author == team.caseworker for r in rows)  # select_related
        assert all(r.participant is second for r in rows)  # the owner, as the related manager sets it
    assert len(queries) == 0


def test_the_key_keeps_shapes_apart(team):
    p = _record(team, "p", 4)
    calls = []
    team_only = _notes(p, [Note.Kind.TEAM], calls)
    both = _notes(p, [Note.Kind.TEAM, Note.Kind.PSYCHOSOCIAL], calls)
    assert len(team_only) == 2 and len(both) == 4 and len(calls) == 2


def test_deferred_fields_stay_deferred(team):
    p, q = _record(team, "p", 2), _record(team, "q", 2)
    for record in (p, q):
        rows = fixed_sql.rows(
            "test.meetings_only",
            [record.pk],
            lambda record=record: record.meetings.only("kind", "starts_at", "participant_id"),
            owner=record,
        )
        assert len(rows) == 2 and all("summary" in m.get_deferred_fields() for m in rows)
        assert all(m.participant_id == record.pk for m in rows)


def test_nothing_is_cached_when_the_parameters_are_not_the_compiled_ones(team):
    p = _record(team, "p", 2)
    for wrong in ([], [str(p.pk)], [p.pk, p.pk]):
        fixed_sql.clear()
        rows = fixed_sql.rows("test.wrong", wrong, lambda: p.notes.all(), owner=p)
        assert len(rows) == 2
        assert "test.wrong" not in fixed_sql._SHAPES


def test_a_queryset_that_matches_nothing_is_not_cached(team):
    assert fixed_sql.rows("test.empty", [], lambda: Note.objects.filter(pk__in=[])) == []
    assert "test.empty" not in fixed_sql._SHAPES


def test_a_related_managers_queryset_needs_its_owner(team):
    p = _record(team, "p", 2)
    assert len(fixed_sql.rows("test.no_owner", [p.pk], lambda: p.notes.all())) == 2
    assert "test.no_owner" not in fixed_sql._SHAPES


def test_the_record_page_shows_each_records_own_lists_and_another_organisations_record_stays_404(team, as_user):
    first, second = _record(team, "first", 2), _record(team, "second", 2)
    client = as_user(team.caseworker)
    for p, other in ((first, second), (second, first), (first, second)):
        html = client.get(reverse("participants:detail", args=[p.code])).content.decode()
        assert f"{p.first_name} summary 0" in html and f"{other.first_name} summary" not in html
        assert f"{p.first_name} &lt;b&gt;1&lt;/b&gt;" in html and f"{other.first_name} &lt;b&gt;" not in html
    assert "participants.record.notes" in {k[0] if isinstance(k, tuple) else k for k in fixed_sql._SHAPES}
    outsider = as_user(team.outsider)
    assert outsider.get(reverse("participants:detail", args=[first.code])).status_code == 404
    assert outsider.get(reverse("participants:detail", args=[second.code])).status_code == 404


def test_get_participant_for_with_a_shape_decides_as_without(team):
    from django.http import Http404

    from ikut.access.participants import get_participant_for

    mine, unassigned = _record(team, "mine", 0), _record(team, "unassigned", 0)
    Assignment.objects.filter(participant=unassigned).delete()
    hidden = Participant.objects.select_related("organisation").defer("first_name", "last_name")
    for _ in range(2):  # compiled, then bound
        p = get_participant_for(team.caseworker, mine.code, queryset=hidden, shape="test hidden")
        assert p.pk == mine.pk and {"first_name", "last_name"} <= p.get_deferred_fields()
        assert p.organisation == team.org
        shown = get_participant_for(team.caseworker, mine.code, queryset=Participant.objects.all(), shape="test")
        assert shown.first_name == "mine" and not shown.get_deferred_fields()
        for user, code in (
            (team.caseworker, unassigned.code),
            (team.outsider, mine.code),
            (team.caseworker, "IK-0000-000000"),
        ):
            with pytest.raises(Http404):
                get_participant_for(user, code, queryset=hidden, shape="test hidden")
    Participant.objects.filter(pk=mine.pk).update(anonymised_at=timezone.now())
    with pytest.raises(Http404):
        get_participant_for(team.caseworker, mine.code, queryset=hidden, shape="test hidden")


def _instances(root):
    """Model instances reachable from `root` (what a process-wide cache would keep alive). The walk does not enter
    what belongs to the process rather than to a cache entry: the models' metadata (Options, fields, relations) and
    the database connection (a kept converter is a method of the connection's operations). Through the connection
    anything is reachable: Django keeps the exception that spoilt the last atomic block (`rollback_exc`) with its
    traceback, so after another test's IntegrityError, that test's frames, records and finished request. Types are
    read with type(), not isinstance(), which would evaluate a lazy object (a finished request's CSP nonce raises)."""
    import gc
    import types

    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.db.backends.base.operations import BaseDatabaseOperations
    from django.db.models import Field, ForeignObjectRel, Model
    from django.db.models.options import Options

    skip = (type, types.ModuleType, types.FunctionType, Options, Field, ForeignObjectRel, BaseDatabaseWrapper,
            BaseDatabaseOperations)
    seen, stack, found = set(), [root], []
    while stack:
        obj = stack.pop()
        kind = type(obj)
        if id(obj) in seen or issubclass(kind, skip):
            continue
        seen.add(id(obj))
        if issubclass(kind, Model):
            found.append(obj)
            continue
        stack.extend(gc.get_referents(obj))
    return found


def test_the_caches_keep_no_record_or_user_of_a_request(team, as_user):
    from ikut.participants import dashboard

    p = _record(team, "kept", 2)
    dashboard._UNIONS.clear()
    client = as_user(team.caseworker)
    assert client.get(reverse("participants:detail", args=[p.code]) + "?identity=1").status_code == 200
    assert client.get(reverse("participants:dashboard")).status_code == 200
    assert fixed_sql._SHAPES and dashboard._UNIONS
    assert _instances(fixed_sql._SHAPES) == [] and _instances(dashboard._UNIONS) == []


def test_an_unsaved_owner_is_answered_as_the_orm_answers(team):
    p = _record(team, "p", 1)
    fixed_sql.rows("test.owner", [p.pk], lambda: p.notes.all(), owner=p)
    assert "test.owner" in fixed_sql._SHAPES
    unsaved = Participant(organisation=team.org, first_name="u", language="th")
    with pytest.raises(ValueError, match="primary key"):
        fixed_sql.rows("test.owner", [unsaved.pk], lambda: unsaved.notes.all(), owner=unsaved)


def test_values_list_rows_are_the_orms_for_every_record_after_the_first(team):
    """A values_list(*names) shape (named or not) gives, once compiled, the tuples the ORM gives: converters
    applied (decryption, dates), the names in order, another record's rows never."""
    first, second, third = _record(team, "first", 3), _record(team, "second", 4), _record(team, "third", 0)
    names = ("pk", "kind", "body", "created_at")
    for named in (True, False):
        calls = []
        for p in (first, second, third, first):
            def build(p=p, calls=calls, named=named):
                calls.append(p.pk)
                return Note.objects.filter(participant=p).order_by("pk").values_list(*names, named=named)

            rows = fixed_sql.rows(("test.note_values", named), [p.pk], build)
            assert rows == list(Note.objects.filter(participant=p).order_by("pk").values_list(*names, named=named))
            assert all(isinstance(r.created_at, datetime.datetime) for r in rows) if named else True
        assert calls == [first.pk]  # compiled once, then only bound
        rows = fixed_sql.rows(("test.note_values", named), [second.pk], lambda: None)
        assert {r[2] for r in rows} == {f"second <b>{i}</b>" for i in range(4)}  # decrypted
        assert not any(isinstance(r, Note) for r in rows)


def test_values_list_without_names_is_not_cached(team):
    p = _record(team, "p", 2)
    assert len(fixed_sql.rows("test.unnamed", [p.pk], lambda: Note.objects.filter(participant=p).values_list())) == 2
    assert len(fixed_sql.rows("test.flat", [p.pk], lambda: Note.objects.filter(participant=p)
                              .values_list("pk", flat=True))) == 2
    assert "test.unnamed" not in fixed_sql._SHAPES and "test.flat" not in fixed_sql._SHAPES


def test_pyformat_names_each_placeholder_in_order_and_leaves_literal_percents():
    sql, names = fixed_sql.pyformat("SELECT '%%s', x FROM t WHERE a = %s AND b LIKE '%%' AND c IN (%s, %s)")
    assert sql == "SELECT '%%s', x FROM t WHERE a = %(p0)s AND b LIKE '%%' AND c IN (%(p1)s, %(p2)s)"
    assert names == ("p0", "p1", "p2")


def test_a_kept_shape_runs_with_named_parameters(team):
    """The kept SQL binds by name: every later call's values reach their own placeholders (two different values
    in one query, in the order compiled)."""
    p, q = _record(team, "p", 3), _record(team, "q", 1)
    for record, kind in ((p, Note.Kind.TEAM), (q, Note.Kind.PSYCHOSOCIAL), (p, Note.Kind.PSYCHOSOCIAL)):
        rows = fixed_sql.rows("test.named", [kind, record.pk],  # filter() puts its keywords in name order
                              lambda record=record, kind=kind: Note.objects.filter(participant=record, kind=kind))
        expected = Note.objects.filter(participant=record, kind=kind).values_list("pk", flat=True)
        assert [n.pk for n in rows] == list(expected) and rows
    assert "%(p1)s" in next(iter(fixed_sql._SHAPES["test.named"][1].values())).sql
