"""The caseload dashboard's panels: today's meetings, overdue tasks, follow-ups due, permits and reflection periods
ending, and risk flags.

The five panels come from one UNION ALL query instead of five: each panel is still its own ORM queryset (the
access policy's `assigned_to` scope, its ordering and limit), compiled to SQL and put side by side; only the round
trips go. Their rows are built as escaped HTML here rather than by the template engine (as the caseload table's
rows are): per row, the engine's tags, filters and lookups cost more than the rest of the panel. Links are
reversed once per page, labels translated once per language and process (participants.labels); every value goes
through html.escape (django.utils.html.escape gives the same text for a str, at several times the cost), but a
code of URL-safe characters, which escaping leaves as it is (views._code_links).

Dates, times, numbers and language names are formatted once per (value, language[, time zone]) and process; each
row builder asks for the active language once, not once per value (get_language() goes through asgiref's Local).
"""

import datetime
import functools
import operator
import weakref
from collections import namedtuple
from html import escape

from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models.sql import Query as SqlQuery
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from ikut.access import has_role
from ikut.access.participants import CASE_ROLES, assigned_to
from ikut.casedata.models import REMINDER_DAYS, CaseStatus, ExpiryReminder
from ikut.core import fixed_sql
from ikut.core.formats import date_text, datetime_text, time_text
from ikut.core.templatetags.ikut_formats import language_name

from .labels import labels
from .models import Meeting, RiskFlag, Status, Task

LIMIT = 20  # rows per panel
OPEN_TASK = [Status.PLANNED, Status.IN_PROGRESS]
FOLLOW_UP_DAYS = 30
EXPIRY_DAYS = max(REMINDER_DAYS)

MeetingRow = namedtuple("MeetingRow", "code starts_at kind duration_minutes interpreter_used interpreter_language")
TaskRow = namedtuple("TaskRow", "code title due_date pk")
FollowUpRow = namedtuple("FollowUpRow", "code due_date pk")  # the panel shows no title: none is read or decrypted
FlagRow = namedtuple("FlagRow", "code kind raised_at")
ExpiryRow = namedtuple("ExpiryRow", "code permit_valid_until reflection_period_until next_expiry_on")

# Each panel's rows are sorted again in Python by the key its query orders by: the order of rows coming out of a
# UNION ALL is not promised by SQL.
PANELS = {
    "meetings": (MeetingRow, lambda r: r.starts_at),
    "overdue": (TaskRow, lambda r: (r.due_date, r.pk)),
    "follow_ups": (FollowUpRow, lambda r: (r.due_date, r.pk)),
    "flags": (FlagRow, lambda r: r.raised_at),  # newest first: reversed below
    "expiries": (ExpiryRow, lambda r: r.next_expiry_on),
}


def panel_querysets(user, today):
    """{panel: queryset of its rows as tuples}, each ordered and limited to LIMIT rows."""
    mine = assigned_to(user)  # the access policy's assigned_participants, on rows that join their record
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    open_tasks = Task.objects.filter(owner=user, status__in=OPEN_TASK, participant__anonymised_at__isnull=True)
    return {
        "meetings": Meeting.objects.filter(mine, starts_at__gte=start, starts_at__lt=start + datetime.timedelta(days=1))
        .order_by("starts_at").values_list(*_columns(MeetingRow))[:LIMIT],
        "overdue": open_tasks.filter(kind=Task.Kind.PLAN, due_date__lt=today)
        .order_by("due_date", "pk").values_list(*_columns(TaskRow))[:LIMIT],
        "follow_ups": open_tasks.filter(kind=Task.Kind.FOLLOW_UP,
                                        due_date__lte=today + datetime.timedelta(days=FOLLOW_UP_DAYS))
        .order_by("due_date", "pk").values_list(*_columns(FollowUpRow))[:LIMIT],
        "flags": RiskFlag.objects.filter(mine, resolved_at__isnull=True)
        .order_by("-raised_at").values_list(*_columns(FlagRow))[:LIMIT],
        "expiries": CaseStatus.objects.filter(mine, participant__status="open",
                                              next_expiry_on__lte=today + datetime.timedelta(days=EXPIRY_DAYS))
        .order_by("next_expiry_on").values_list(*_columns(ExpiryRow))[:LIMIT],
    }


def _columns(row):
    return ["participant__code" if name == "code" else name for name in row._fields]


def fetch_panels(querysets):
    """{panel: [row namedtuple]} of every queryset, in one query. A queryset that can match nothing (a user
    without a caseload) is left out of the query, as the ORM would not run it either."""
    union = _compile(querysets)
    found: dict[str, list] = {name: [] for name in querysets}
    if union is not None:
        found.update(_run(union, union.params))
    return found


# parts: [(panel, an empty Query of its model, its fields, a function union row -> the panel's values)]
# sql: with named placeholders (fixed_sql.pyformat), `names` theirs in the order of `params`
_Union = namedtuple("_Union", "alias sql names params parts converters")
_UNIONS: dict[tuple[str, str], _Union] = {}  # (alias, vendor) -> the five panels' union, compiled once


def panels(user, today):
    """fetch_panels(panel_querysets(user, today)) for a user with a caseload, with the union's SQL compiled once
    per process and database: later calls only bind panel_params(). Cached only if the compiled parameters are
    exactly panel_params() (values and types) and all five panels are in the union."""
    alias = router.db_for_read(Meeting)
    connection = connections[alias]
    key = (alias, connection.vendor)
    case_user = has_role(user, *CASE_ROLES)
    params = panel_params(user, today, connection)
    union = _UNIONS.get(key) if case_user else None
    if union is not None:
        return _run(union, params)
    querysets = panel_querysets(user, today)
    union = _compile(querysets)
    found: dict[str, list] = {name: [] for name in querysets}
    if union is None:
        return found
    same = fixed_sql.same_params(union.params, params)
    if case_user and union.alias == alias and len(union.parts) == len(PANELS) and same:
        _UNIONS[key] = union
    found.update(_run(union, union.params))
    return found


def panel_params(user, today, connection):
    """The parameters of the panels' union, in the order its SQL takes them (panel_querysets' filters), as the
    fields prepare them for `connection`."""
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    moment, day = connection.ops.adapt_datetimefield_value, connection.ops.adapt_datefield_value
    pk = user.pk
    return [pk, moment(start), moment(start + datetime.timedelta(days=1)),  # meetings
            pk, *OPEN_TASK, day(today), Task.Kind.PLAN,  # overdue
            pk, *OPEN_TASK, day(today + datetime.timedelta(days=FOLLOW_UP_DAYS)), Task.Kind.FOLLOW_UP,  # follow-ups
            pk,  # flags
            pk, day(today + datetime.timedelta(days=EXPIRY_DAYS)), "open"]  # expiries


def _compile(querysets):
    """The panels side by side as one UNION ALL (or None when every panel can match nothing)."""
    parts = []
    for name, qs in querysets.items():
        query = qs.query.clone()  # compiling changes the Query: a copy nobody else holds
        compiler = query.get_compiler(qs.db)
        try:
            sql, params = compiler.as_sql(with_col_aliases=True)
        except EmptyResultSet:
            continue
        fields = [s[0] for s in compiler.select[:compiler.col_count]]
        aliases = [s[2] for s in compiler.select[:compiler.col_count]]  # values_list's names
        parts.append((name, compiler.using, query, fields, aliases, sql, params))
    if not parts:
        return None
    alias = parts[0][1]
    connection = connections[alias]
    # One column per type a panel needs, shared by the panels (PostgreSQL needs one type per column of a UNION):
    # a panel's n-th value of a type goes into the n-th column of that type, the columns it leaves empty are typed
    # NULLs, and the first column says whose row it is. Sharing keeps the rows narrow: every value of a row,
    # NULL or not, costs the database and the driver about as much as the panel's own values.
    columns: list[str] = []  # column -> its type
    placed = []  # per part: the column of each of its fields
    for part in parts:
        of_type: dict[str, int] = {}
        positions = []
        for field in part[3]:
            db_type = field.output_field.db_type(connection)
            n = of_type[db_type] = of_type.get(db_type, 0) + 1
            same = [c for c, t in enumerate(columns) if t == db_type]
            if n > len(same):
                columns.append(db_type)
                same.append(len(columns) - 1)
            positions.append(same[n - 1])
        placed.append(positions)
    quote = connection.ops.quote_name
    selects, params = [], []
    for i, (part, positions) in enumerate(zip(parts, placed, strict=True)):
        aliases, sql, panel_params = part[4:]
        own = dict(zip(positions, aliases, strict=True))
        row = [f"p.{quote(own[c])}" if c in own else f"CAST(NULL AS {t})" for c, t in enumerate(columns)]
        selects.append(f"SELECT {i}, {', '.join(row)} FROM ({sql}) p")
        params.extend(panel_params)
    # Each part keeps an empty Query of its model, only to make the compiler whose converters it asks for: the
    # compiled Query's filters hold the first caller's user, which a process-wide cache must not keep.
    return _Union(alias, *fixed_sql.pyformat(" UNION ALL ".join(selects)), tuple(params),
                  [(name, SqlQuery(query.model), fields, _taker([1 + c for c in positions]))
                   for (name, _alias, query, fields, *_rest), positions in zip(parts, placed, strict=True)],
                  weakref.WeakKeyDictionary())


def _taker(indexes):
    """A function union row -> the tuple of its values at `indexes`."""
    if len(indexes) == 1:
        index = indexes[0]
        return lambda row: (row[index],)
    return operator.itemgetter(*indexes)


def _run(union, params):
    """{panel: [row namedtuple]} of the union run with `params`, converted by each panel's own converters (looked up
    once per union and database connection: they depend on the fields and the backend only) and applied by
    fixed_sql.converted(), without a compiler per panel."""
    connection = connections[union.alias]
    with connection.cursor() as cursor:
        cursor.execute(union.sql, dict(zip(union.names, params, strict=True)))
        raw = cursor.fetchall()
    converters = union.converters.get(connection)
    if converters is None:
        converters = union.converters[connection] = [
            list(query.get_compiler(union.alias).get_converters(fields).items())
            for _name, query, fields, _take in union.parts]
    by_panel: list[list] = [[] for _ in union.parts]
    for r in raw:
        by_panel[r[0]].append(r)
    found = {}
    for (name, _query, _fields, take), panel_converters, rows in zip(union.parts, converters, by_panel, strict=True):
        kind, key = PANELS[name]
        made = [kind._make(fixed_sql.converted(take(r), panel_converters, connection)) for r in rows]
        found[name] = sorted(made, key=key, reverse=name == "flags")
    return found


def short_date(value):
    """A date as the template's |date:"SHORT_DATE_FORMAT" shows it, escaped."""
    return short_date_in(value, get_language())


@functools.lru_cache(maxsize=4096)
def short_date_in(value, language):
    """A date as the template's |date:"SHORT_DATE_FORMAT" shows it in `language` (the active one), escaped: the
    same few dates come back on every page, and formatting one costs more than the rest of its row."""
    return escape(date_text(value))


def short_time(value):
    """time_text(value) escaped: once per (value, language, time zone) and process, as short_date."""
    return _short_time(value, get_language(), timezone.get_current_timezone_name())


@functools.lru_cache(maxsize=4096)
def _short_time(value, language, zone):
    return escape(time_text(value))


def _number(value):
    """A number as the template's {{ value }} shows it, escaped: once per (value, language) and process."""
    return _number_in(value, get_language())


@functools.lru_cache(maxsize=1024)
def _number_in(value, language):
    return escape(formats.localize(value))


@functools.lru_cache(maxsize=1024)
def _language_name(code, language):
    """language_name(code) in `language` (the active one), escaped."""
    return escape(str(language_name(code)))


# The row builders take `link`: a function code -> (the escaped href of the code's page, the escaped code), as
# views._code_links makes it.

def meeting_rows(meetings, link):
    """<li> per meeting: code linked to the record, local time, kind, duration, the interpreter's language."""
    language, zone = get_language(), timezone.get_current_timezone_name()
    kinds = labels(Meeting.Kind)
    interpreter = escape(_("interpreter"))
    html = []
    for m in meetings:
        time = _short_time(m.starts_at, language, zone)
        extra = (f" · {interpreter} ({_language_name(m.interpreter_language, language)})"
                 if m.interpreter_used else "")
        href, code = link(m.code)
        html.append(f'<li><a href="{href}">{code}</a> {time} · '
                    f"{kinds[m.kind] if m.kind in kinds else escape(m.kind)} · "
                    f"{_number_in(m.duration_minutes, language)} min{extra}</li>")
    return _joined(html)


def overdue_rows(tasks, link):
    language = get_language()
    html = []
    for t in tasks:
        href, code = link(t.code)
        html.append(f'<li><a href="{href}#plan">{code}</a> — {escape(t.title)} '
                    f'<span class="flag-red">({short_date_in(t.due_date, language)})</span></li>')
    return _joined(html)


def follow_up_rows(tasks, link):
    language = get_language()
    html = []
    for t in tasks:
        href, code = link(t.code)
        html.append(f'<li><a href="{href}">{code}</a> — {short_date_in(t.due_date, language)}</li>')
    return _joined(html)


def flag_rows(flags, link):
    kinds = labels(RiskFlag.Kind)
    html = []
    for f in flags:
        href, code = link(f.code)
        html.append(f'<li><a href="{href}#safety">{code}</a> — '
                    f'<span class="flag-red">{kinds[f.kind] if f.kind in kinds else escape(f.kind)}</span></li>')
    return _joined(html)


def review_rows(grants):
    """<li> per emergency access to review (a supervisor's): the record's code, who was granted it, when."""
    return _joined(f"<li>{escape(g.participant.code)} — {escape(str(g.user))} — "
                   f"{escape(datetime_text(g.granted_at))}</li>" for g in grants)


def expiries(rows, today):
    """[(code, subject label, ends on, days left)] of the permits and reflection periods ending within
    EXPIRY_DAYS (a record's two dates are two items), soonest first."""
    horizon = today + datetime.timedelta(days=EXPIRY_DAYS)
    labels = {value: str(label) for value, label in ExpiryReminder.Subject.choices}
    items = []
    for r in rows:
        for subject, ends_on in ((ExpiryReminder.Subject.PERMIT, r.permit_valid_until),
                                 (ExpiryReminder.Subject.REFLECTION, r.reflection_period_until)):
            if ends_on and ends_on <= horizon:
                items.append((r.code, labels[subject], ends_on, (ends_on - today).days))
    items.sort(key=lambda i: (i[2], i[0]))
    return items


def expiry_rows(items, link):
    """<li> per item, the wording of the blocktranslate it replaces: the count is escaped, the translation not."""
    language = get_language()
    html = []
    for code, label, ends_on, days in items:
        when = _when_in(days, language)
        css = "flag-red" if days <= 30 else "flag-amber"
        href, code = link(code)
        html.append(f'<li><a href="{href}">{code}</a> — {escape(label)}: '
                    f'<span class="{css}">{short_date_in(ends_on, language)}</span> ({when})</li>')
    return _joined(html)


@functools.lru_cache(maxsize=1024)
def _when_in(days, language):
    """"in n days" / "ended n days ago" in `language` (the active one), once per (days, language) and process:
    ngettext asks every catalogue of the language for the plural, which cost more than the rest of the row."""
    if days < 0:
        return ngettext("ended %(n)s day ago", "ended %(n)s days ago", -days) % {"n": _number_in(-days, language)}
    return ngettext("in %(n)s day", "in %(n)s days", days) % {"n": _number_in(days, language)}


def _joined(parts) -> SafeString:
    return mark_safe("".join(parts))  # noqa: S308 — every value in the parts is escaped
