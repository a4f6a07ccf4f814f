"""Pathway views: thin shells — parse, ask the access policy, call an action, render.

Every record is fetched with `get_participant_for` (404 when the user may not see it) and every read of
personal data is audited. URLs carry only the pseudonymous code and database ids.
"""

import functools
import json
import re
from html import escape
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db import connections, router
from django.db.models import Count, OuterRef, Window
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy, gettext_noop, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ikut import access
from ikut.access.participants import (
    CASE_ROLES,
    active_assignments,
    assigned_participants,
    get_participant_for,
    get_participant_for_export,
    get_participant_for_team,
    organisation_caseload,
    visible_participants,
)
from ikut.accounts.views import sudo_redirect
from ikut.audit import log
from ikut.audit.models import AuditEntry
from ikut.core import fixed_sql
from ikut.core.crypto import encrypted_fields
from ikut.core.forms import PageForm, filter_query, paginate, switch
from ikut.core.lazy import unwrapped
from ikut.core.net import client_ip

from . import actions, forms, record
from . import dashboard as dashboard_panels
from .labels import labels
from .models import (
    PHASE_ORDER,
    Assignment,
    BreakGlassGrant,
    Consent,
    ConsentPurpose,
    Document,
    FieldChange,
    Goal,
    Note,
    Participant,
    Phase,
    Referral,
    RiskFlag,
    Status,
    Task,
    has_valid_consent,
)

GOAL_INTRO = gettext_lazy("Write the goal as the participant says it, in their language; "
                          "add a Finnish translation for the team.")
LIST_LIMIT = 20
DUPLICATE_SEARCH_KEY = "ikut_participants_duplicate_search"


def _open(request, code, action="participants.view", audit=None):
    participant = get_participant_for(request.user, code, action)
    if audit:
        log.record_request(request, audit, participant)
    return participant


def _go(participant, anchor=""):
    response = redirect("participants:detail", code=participant.code)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


# --- Dashboard ---------------------------------------------------------------------------------------------------

CODE_SLOT = "~code~"
PK_SLOT = 987654321  # an <int:pk> that reverse() accepts, replaced before the code goes in


@functools.lru_cache(maxsize=256)
def _url_template(name, with_pk, script_prefix, urlconf):
    """reverse(name) with slots for the code (and pk), once per process (per script prefix and URLconf, which are
    what reverse() reads besides the name)."""
    return reverse(name, args=[CODE_SLOT, PK_SLOT] if with_pk else [CODE_SLOT], urlconf=urlconf)


UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*")  # characters quote() leaves alone whatever `safe` says


def _quoted(code):
    """The code as reverse() quotes an argument. A code is letters, digits and dashes, which need no quoting:
    the check costs a third of quote()'s, and a list of rows links every row."""
    if UNQUOTED.fullmatch(code):
        return code
    return quote(code, safe=RFC3986_SUBDELIMS + "/~:@")


def _code_links(name):
    """A function code -> (escape(reverse(name, args=[code])), escape(code)), for a list that links every row by its
    code. A code of letters, digits, dashes (every code IKUT makes), dots, underscores or tildes needs neither
    quoting nor escaping: its href is the escaped template with the code put in, the code itself unchanged (two
    html.escape calls per row cost more than the rest of a panel's row). Any other code is quoted and escaped."""
    template = _url_template(name, False, get_script_prefix(), get_urlconf())
    escaped = escape(template)  # CODE_SLOT has no character that escape() changes

    def link(code):
        if UNQUOTED.fullmatch(code):
            return escaped.replace(CODE_SLOT, code), code
        return escape(template.replace(CODE_SLOT, _quoted(code))), escape(code)

    return link


def _code_pk_urls(name):
    """A function (code, pk) -> reverse(name, args=[code, pk]), reversed once per process (_url_template): a list of
    rows links each row, and one reverse() costs more than the rest of the row."""
    template = _url_template(name, True, get_script_prefix(), get_urlconf())
    return lambda code, pk: template.replace(str(PK_SLOT), str(int(pk))).replace(CODE_SLOT, _quoted(code))


@functools.lru_cache(maxsize=64)
def _plain_url(name, script_prefix, urlconf):
    """reverse(name) of a URL without arguments, once per process (per script prefix and URLconf)."""
    return reverse(name, urlconf=urlconf)


# The record page's links: {key in the template's `urls`: URL name}, all with the record's code only.
RECORD_LINKS = {name.partition(":")[2] if name.startswith("participants:") else name.replace(":", "_"): name
                for name in (
                    "participants:detail", "participants:edit", "participants:set_phase", "participants:consents",
                    "participants:goal_add", "participants:task_add", "participants:plan_pdf",
                    "participants:meeting_add", "participants:note_add", "participants:flag_add",
                    "participants:safety_plan", "participants:referral_add", "participants:document_upload",
                    "participants:exit", "participants:follow_up", "participants:portal_login", "participants:team",
                    "participants:history", "participants:viewers", "participants:export", "casedata:status",
                    "skills:profile", "employers:participant_offers")}


def _record_urls(code):
    quoted, prefix, urlconf = _quoted(code), get_script_prefix(), get_urlconf()
    return {key: _url_template(name, False, prefix, urlconf).replace(CODE_SLOT, quoted)
            for key, name in RECORD_LINKS.items()}


FIXED_PAGES = 5  # the caseload's first pages are compiled once per filter (see _page); later ones per request
# What the caseload table shows of a record: its rows are named tuples of these, not model instances (a Participant
# has some forty fields, and building an instance per row cost more than the rest of the page's query).
CASELOAD_COLUMNS = ("pk", "code", "current_phase", "status", "intake_date", "flagged")


def _page(request, caseload, per_page, shape=None):
    """paginate(request, caseload()'s CASELOAD_COLUMNS, per_page) in one query instead of two: the page's rows carry
    the total number of rows (COUNT(*) OVER ()), so the paginator needs no COUNT of its own. A page beyond the end has
    no rows to carry it: that rare case goes through paginate() (which shows the last page).

    `shape`: (key, varying) when the query's SQL is the same for every call with that key but for the `varying`
    values (fixed_sql.located_rows): then the queryset is built and compiled once per process, not per request."""
    number = 1  # without ?page= (most requests) the form would say 1 too: not worth building it
    if "page" in request.GET:
        form = PageForm(request.GET)
        number = (form.cleaned_data["page"] if form.is_valid() else None) or 1

    def page_rows():
        rows = caseload().annotate(total_rows=Window(Count("pk")))
        return rows.values_list(*CASELOAD_COLUMNS, "total_rows", named=True)[(number - 1) * per_page:number * per_page]

    if shape is not None and number <= FIXED_PAGES:  # LIMIT and OFFSET are in the SQL text: a shape per page
        key, varying = shape
        rows = fixed_sql.located_rows((*key, per_page, number), varying, page_rows)
    else:
        rows = list(page_rows())
    if not rows and number > 1:
        return paginate(request, caseload().values_list(*CASELOAD_COLUMNS, named=True), per_page)
    paginator = Paginator(rows, per_page)  # the rows, not the queryset: the count is set, nothing else is read
    paginator.count = rows[0].total_rows if rows else 0  # Paginator.count is a cached_property: set, not counted
    return Page(rows, number, paginator)


def _caseload_rows(page, openable, is_supervisor):
    """The caseload table's rows as HTML, built here rather than in the template (as the attendee list is): per
    row the template engine's tags and lookups cost more than the rest of the page. URLs are reversed and texts
    translated once per page; every value goes through html.escape."""
    detail_link, team_link = _code_links("participants:detail"), _code_links("participants:team")
    phases, statuses = labels(Phase), labels(Participant.Status)
    team_title = escape(_("Team (the record opens only with emergency access)"))
    risk_flag = escape(_("Risk flag"))
    flag = f'<span class="flag-red">{risk_flag}</span>'
    language = get_language()
    html = []
    for p in page.object_list:  # the list itself: iterating the Page goes through __getitem__ per row
        if p.pk in openable:
            href, code = detail_link(p.code)
            code = f'<a href="{href}">{code}</a>'
        elif is_supervisor:
            href, code = team_link(p.code)
            code = f'<a href="{href}" title="{team_title}">{code}</a>'
        else:
            code = escape(p.code)
        intake = dashboard_panels.short_date_in(p.intake_date, language) if p.intake_date else ""
        # a value that is not a choice shows as itself (escaped only then: the label is the common case)
        phase = phases[p.current_phase] if p.current_phase in phases else escape(p.current_phase)
        status = statuses[p.status] if p.status in statuses else escape(p.status)
        html.append(f"<tr><td>{code}</td><td>{phase}</td><td>{status}</td><td>{intake}</td>"
                    f"<td>{flag if p.flagged else ''}</td></tr>")
    return mark_safe("\n".join(html))  # noqa: S308 — every value above is escaped


@access.requires("participants.dashboard")
def dashboard(request):
    user = request.user
    today = timezone.localdate()
    filters, query = _filters(request.GET)
    is_supervisor = user.role == access.Role.SUPERVISOR
    scope = filters.get("scope") or ("organisation" if is_supervisor else "mine")
    status = filters.get("status") or "open"

    def caseload():
        qs = organisation_caseload(user) if scope == "organisation" else assigned_participants(user)
        if status != "all":
            qs = qs.filter(status=status)
        if filters.get("phase"):
            qs = qs.filter(current_phase=filters["phase"])
        if filters.get("q"):
            qs = qs.filter(code__icontains=filters["q"].strip())
        active_flags = RiskFlag.objects.filter(participant=OuterRef("pk"), resolved_at__isnull=True)
        qs = qs.annotate(flagged=fixed_sql.Exists(active_flags))  # no parameter of its own: see _caseload_shape
        if filters.get("flagged"):
            qs = qs.filter(flagged=True)
        return qs.order_by("code")

    page = _page(request, caseload, 50, _caseload_shape(user, scope, status, filters))
    # Rows link to the record only where the user may open it; a supervisor's other rows link to the team page.
    # (Others list only records they may open: their own or, for the organisation scope, visible_participants.)
    openable = {p.pk for p in page.object_list}
    if is_supervisor:
        openable &= _openable(user)
    rows = _caseload_rows(page, openable, is_supervisor)
    panels = dashboard_panels.panels(user, today)
    detail_link = _code_links("participants:detail")
    expiries = dashboard_panels.expiries(panels["expiries"], today)
    reviews = []
    if access.can(user, "participants.review_break_glass"):
        org = user.organisation_id
        reviews = fixed_sql.located_rows(("participants.caseload.reviews", LIST_LIMIT), [org], lambda: (
            BreakGlassGrant.objects.filter(participant__organisation_id=org, reviewed_at__isnull=True)
            .select_related("participant", "user").only("granted_at", "participant__code", "user__email",
                                                        "user__display_name")
            .order_by("-granted_at")[:LIST_LIMIT]))
    log.record_request(request, "participants.caseload.view", details={"scope": scope, "page": page.number})
    return render(request, "participants/dashboard.html", {
        "filter_fields": forms.CaseloadFilterForm.base_fields,  # the labels: the same in every form
        "page": page, "scope": scope, **panels, "expiry_items": expiries,
        "meeting_rows": dashboard_panels.meeting_rows(panels["meetings"], detail_link),
        "overdue_rows": dashboard_panels.overdue_rows(panels["overdue"], detail_link),
        "follow_up_rows": dashboard_panels.follow_up_rows(panels["follow_ups"], _code_links("participants:follow_up")),
        "flag_rows": dashboard_panels.flag_rows(panels["flags"], detail_link),
        "expiry_rows": dashboard_panels.expiry_rows(expiries, _code_links("casedata:status")),
        "expiry_days": dashboard_panels.EXPIRY_DAYS,
        "reviews": reviews, "review_rows": dashboard_panels.review_rows(reviews), "is_supervisor": is_supervisor,
        "rows": rows,
        "query": query, "filters": filters, "status": status,
        "scope_options": _filter_options("scope", scope), "status_options": _filter_options("status", status),
        "phase_options": _filter_options("phase", filters.get("phase")),
    })


FILTER_FIELDS = tuple(forms.CaseloadFilterForm.base_fields)


def _filters(get):
    """(the caseload filter's cleaned values, the pager's query string for them) from the query string `get`.

    Both depend only on the values `get` gives the form's fields (a field reads the last value of its name), so
    without a search they are worked out once per process for each combination (a handful: choices and a flag;
    junk values fall out of the bounded cache) instead of building and validating the form on every request.
    A search's text is not kept: with ?q= the form is built per request."""
    values = tuple(get.get(name) for name in FILTER_FIELDS)
    if values[0]:
        return _validated(get or None)
    # Any query string binds the form (?page=2 too: a bound form's cleaned "phase" is "", which selects "All").
    filters, query = _kept_filters(values, bool(get))
    return dict(filters), query


@functools.lru_cache(maxsize=256)
def _kept_filters(values, bound):
    data = {name: value for name, value in zip(FILTER_FIELDS, values, strict=True) if value is not None}
    return _validated(data if bound else None)


def _validated(data):
    form = forms.CaseloadFilterForm(data)
    return (form.cleaned_data if form.is_valid() else {}), filter_query(form)


def _openable(user):
    """The ids of every record `user` may open (visible_participants), compiled once per process: a supervisor's
    own teams and emergency grants, a handful (supervisors do not add themselves to teams), found through the
    user's assignments and grants, not by reading the organisation's records. Their id is in both parts of the
    union, the clock in one."""
    now = timezone.now()
    connection = connections[router.db_for_read(Participant)]
    varying = [(user.pk, 2), connection.ops.adapt_datetimefield_value(now)]  # the clock as the field prepares it
    return {pk for (pk,) in fixed_sql.located_rows(("participants.caseload.openable",), varying, lambda: (
        visible_participants(user, now=now).values_list("pk").order_by()))}


def _caseload_shape(user, scope, status, filters):
    """(key, varying) of the caseload query for _page, for the two scopes nearly every request asks for: a case
    user's own participants (the only value that changes is their id) and a supervisor's organisation (its id).
    The filters are choices or a flag: they go into the key. A search (?q=) and the other scopes are compiled per
    request (a search's text and visible_participants' clock would be varying values too)."""
    if filters.get("q") or not access.has_role(user, *CASE_ROLES):
        return None
    if scope == "mine":
        kind, varying = "assigned", user.pk
    elif user.role == access.Role.SUPERVISOR and user.organisation_id:
        kind, varying = "organisation", user.organisation_id
    else:
        return None
    return (("participants.caseload", kind, status, filters.get("phase") or "", bool(filters.get("flagged"))),
            [varying])


def _filter_options(name, selected):
    """The <option>s of the caseload filter's `name` field with `selected` selected, in the active language, built
    once per process (as the template's loop over the field's choices wrote them). `selected` is a cleaned value of
    the form (one of the choices) or None: a handful of keys."""
    return _filter_options_in(name, selected, get_language())


@functools.lru_cache(maxsize=256)
def _filter_options_in(name, selected, language):
    return mark_safe("".join(  # noqa: S308 — values and labels are escaped
        f'<option value="{escape(str(value))}"{" selected" if value == selected else ""}>{escape(str(label))}</option>'
        for value, label in forms.CaseloadFilterForm.base_fields[name].choices))


# --- Intake ------------------------------------------------------------------------------------------------------

@access.requires("participants.create")
def intake(request):
    """Step 1: search for duplicates by name + date of birth. Step 2 (same page): the full intake form."""
    search = forms.DuplicateSearchForm(request.POST or None, prefix="search")
    matches = None
    elsewhere = 0
    form = None
    if request.method == "POST" and "search-first_name" in request.POST and search.is_valid():
        matches, elsewhere = actions.search_duplicates(request.user, **search.cleaned_data, ip=client_ip(request))
        # The session remembers that the search was done (by blind index only): intake_create asks for it.
        request.session[DUPLICATE_SEARCH_KEY] = actions.duplicate_search_marker(**search.cleaned_data)
        form = forms.ParticipantForm(initial=dict(search.cleaned_data, language="en",
                                                  intake_date=timezone.localdate()))
    visible = set(visible_participants(request.user).filter(
        pk__in=[m.pk for m in matches or []]).values_list("pk", flat=True)) if matches else set()
    return render(request, "participants/intake.html",
                  {"search": search, "matches": matches, "elsewhere": elsewhere, "visible": visible, "form": form})


@access.requires("participants.create")
@require_POST
def intake_create(request):
    form = forms.ParticipantForm(request.POST)
    if form.is_valid():
        data = {f: form.cleaned_data[f] for f in form.Meta.fields}
        try:
            participant = actions.create_participant(request.user, data, ip=client_ip(request),
                                                     searched=request.session.get(DUPLICATE_SEARCH_KEY))
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            request.session.pop(DUPLICATE_SEARCH_KEY, None)
            messages.success(request, _("Participant %(code)s created.") % {"code": participant.code})
            return _go(participant)
    search = forms.DuplicateSearchForm(prefix="search")
    return render(request, "participants/intake.html", {"search": search, "matches": None, "form": form,
                                                        "visible": set(), "create_failed": True}, status=400)


# --- Record ------------------------------------------------------------------------------------------------------

# The record page's hand-written <select>s: {name: the choices they offer}.
OPTION_CHOICES = {
    "phase": lambda: Phase.choices,
    "status": lambda: Status.choices,
    "referral_status": lambda: forms.ReferralStatusForm.base_fields["status"].choices,
}


# The record's section links: (the `can` it needs or None, "#anchor" or a key of RECORD_LINKS, text). One line each,
# an empty one ("  ") where the link is not shown, as the template's {% if %} lines left them.
RECORD_SECTIONS = (
    (None, "#plan", gettext_noop("Plan")),
    (None, "#meetings", gettext_noop("Meetings")),
    ("team_notes", "#notes", gettext_noop("Notes")),
    (None, "#consents", gettext_noop("Consents")),
    ("team_notes", "#referrals", gettext_noop("Referrals")),
    (None, "#safety", gettext_noop("Safety")),
    ("team_notes", "casedata_status", gettext_noop("Case status and right to work")),
    ("skills_profile", "skills_profile", gettext_noop("Skills profile")),
    ("placement_offers", "employers_participant_offers", gettext_noop("Placement offers")),
    ("documents", "#documents", gettext_noop("Documents")),
    ("history", "history", gettext_noop("History")),
    ("viewers", "viewers", gettext_noop("Who viewed this record")),
    ("export", "export", gettext_noop("Data-subject export")),
)
MEETING_COLUMNS = (gettext_noop("Date"), gettext_noop("Type"), gettext_noop("Duration"),
                   gettext_noop("Interpreter"), gettext_noop("Attendance"))
MEETING_COLUMNS_WITH_SUMMARY = (*MEETING_COLUMNS, gettext_noop("Summary"))  # for the team
REFERRAL_COLUMNS = (gettext_noop("Partner"), gettext_noop("Service"), gettext_noop("Sent"),
                    gettext_noop("Data shared"), gettext_noop("Status"))


@functools.lru_cache(maxsize=64)
def _section_texts(language):
    """The section links' texts in `language`, escaped, once per process."""
    return tuple(escape(_(text)) for _needs, _target, text in RECORD_SECTIONS)


def _record_sections(can, urls):
    lines = []
    for (needs, target, _text), text in zip(RECORD_SECTIONS, _section_texts(get_language()), strict=True):
        if needs is None or can[needs]:
            href = target if target.startswith("#") else urls[target]
            lines.append(f'  <li><a href="{escape(href)}">{text}</a></li>')
        else:
            lines.append("  ")
    return mark_safe("\n".join(lines))  # noqa: S308 — links and texts are escaped


def _column_heads(columns):
    return _column_heads_in(columns, get_language())


@functools.lru_cache(maxsize=256)
def _column_heads_in(columns, language):
    """<th>s of translated column names, once per language and process."""
    return mark_safe("".join(f'<th scope="col">{escape(_(text))}</th>' for text in columns))  # noqa: S308


def _options(name, selected):
    """The <option>s of OPTION_CHOICES[name] with `selected` selected, in the active language, built once per
    process: a record page has a status <select> per goal, task and referral."""
    return _options_in(name, selected, get_language())


@functools.lru_cache(maxsize=512)
def _options_in(name, selected, language):
    return mark_safe("".join(  # noqa: S308 — values and labels are escaped
        f'<option value="{escape(str(value))}"{" selected" if value == selected else ""}>{escape(str(label))}</option>'
        for value, label in OPTION_CHOICES[name]()))

def _name_columns(user):
    """The columns of the joined user `user` that its str() (the display name, else the email) reads."""
    return (f"{user}__display_name", f"{user}__email")


@access.requires("participants.view")
def detail(request, code):
    # The user object behind request.user's two lazy proxies (Django's and django-otp's): the same object, so the
    # same decisions, without exceptions and proxy lookups for each attribute that get_participant_for (which
    # decides without can()) and the dozen checks below read.
    user = unwrapped(request.user)
    # With the identity hidden, its fields are not loaded (nor decrypted): the page shows none of them. The safety
    # plan has a page of its own, and the page shows nothing of the record's organisation (the policy reads only
    # its id): neither is loaded.
    wants_identity = switch(request, "identity")
    queryset = Participant.objects.defer(
        *(f.name for f in encrypted_fields(Participant)) if not wants_identity else ("safety_plan",))
    p = get_participant_for(user, code, queryset=queryset, shape="identity" if wants_identity else "no identity")
    can = {a: access.can(user, f"participants.{a}", p) for a in (
        "view_identity", "edit", "log_meeting", "team_notes", "psychosocial_notes", "documents", "history",
        "viewers", "assign", "export")}
    can["skills_profile"] = access.can(user, "skills.profiles", p)
    can["placement_offers"] = access.can(user, "employers.match")
    show_identity = can["view_identity"] and wants_identity
    log.record_request(request, "participants.participant.view", p, details={"identity": show_identity})
    note_kinds = [Note.Kind.TEAM] if can["team_notes"] else []
    if can["psychosocial_notes"]:
        note_kinds.append(Note.Kind.PSYCHOSOCIAL)
    # The lists' SQL is compiled once per process (fixed_sql): each key names one shape, the record's pk (and the
    # note kinds, which are part of the key) its only parameters. Where a list joins a user, an organisation or a
    # consent, or has columns the page does not show, it loads only the columns the page reads (a user shows as
    # its name or email): every other column costs its conversion per row, a datetime's parse above all. A column
    # left out and read after all would be a query per row (tests/participants/test_page_queries.py counts them).
    pk = p.pk
    notes = fixed_sql.rows(("participants.record.notes", *note_kinds), [pk, *note_kinds], lambda: p.notes.filter(
        kind__in=note_kinds).select_related("author").only(
        "participant", "kind", "body", "created_at", "author", *_name_columns("author"))[:LIST_LIMIT],
        owner=p) if note_kinds else []
    goals = fixed_sql.rows("participants.record.goals", [pk], lambda: p.goals.only(
        "participant", "phase", "own_words", "own_words_fi", "status"), owner=p)
    tasks = fixed_sql.rows("participants.record.tasks", [pk], lambda: p.tasks.select_related("owner").only(
        "participant", "phase", "title", "due_date", "status", "owner", *_name_columns("owner")), owner=p)
    plan = [{"phase": ph, "label": Phase(ph).label, "current": ph == p.current_phase,
             "done": PHASE_ORDER.index(ph) < p.phase_index,
             "goals": [g for g in goals if g.phase == ph],
             "tasks": [t for t in tasks if t.phase == ph]} for ph in PHASE_ORDER]
    consents = fixed_sql.rows("participants.record.consents", [pk], lambda: p.consents.select_related(
        "partner").only("participant", "purpose", "given_at", "withdrawn_at", "partner", "partner__name"), owner=p)
    team_visible = can["team_notes"]
    meeting_columns = ("kind", "starts_at", "duration_minutes", "attendance", "interpreter_used",
                       "interpreter_language", "participant_id")
    meetings = (fixed_sql.rows("participants.record.meetings", [pk], lambda: p.meetings.only(
                    *meeting_columns, "summary")[:LIST_LIMIT], owner=p)
                if team_visible else
                fixed_sql.rows("participants.record.meetings_without_summary", [pk], lambda: p.meetings.only(
                    *meeting_columns)[:LIST_LIMIT], owner=p))
    referrals = fixed_sql.rows("participants.record.referrals", [pk], lambda: p.referrals.select_related(
        "partner", "consent").only("participant", "service", "sent_at", "shared_fields", "status", "partner",
                                   "partner__name", "consent", "consent__given_at"), owner=p) if team_visible else []
    flags = fixed_sql.rows("participants.record.active_flags", [pk], lambda: p.risk_flags.filter(
        resolved_at__isnull=True).only("participant", "kind", "note"), owner=p)  # RiskFlag.is_active
    documents = fixed_sql.rows("participants.record.documents", [pk], lambda: p.documents.only(
        "participant", "kind", "filename", "size"), owner=p) if can["documents"] else []
    urls = _record_urls(p.code)
    for rows, name in ((goals, "status"), (tasks, "status"), (referrals, "referral_status")):
        for row in rows:
            row.status_options = _options(name, row.status)
    # Links reversed once per process, not by a {% url %} per link and row.
    for rows, attribute, name in ((goals, "update_url", "goal_update"), (tasks, "update_url", "task_update"),
                                  (referrals, "status_url", "referral_status"), (flags, "resolve_url", "flag_resolve"),
                                  (documents, "download_url", "document_download")):
        url = _code_pk_urls(f"participants:{name}")
        for row in rows:
            setattr(row, attribute, url(p.code, row.pk))
    # One masked CSRF token for the whole page, as Django gives one per rendering: the template's {% csrf_token %}
    # (given it as "csrf_token", which the view's context sets over the csrf context processor's) and the forms built
    # here (the rows' status forms and the phase form, for editors). Masking costs 32 secrets.choice() calls.
    csrf_token = get_token(request)
    csrf = record.csrf_input(csrf_token) if can["edit"] else ""
    meeting_head = _column_heads(MEETING_COLUMNS_WITH_SUMMARY if can["team_notes"] else MEETING_COLUMNS)
    meeting_rows = record.meeting_rows(meetings, team_notes=can["team_notes"],
                                       psychosocial_notes=can["psychosocial_notes"])
    # Forms are hand-written (rendering Django widgets costs more than the queries); adding goals, tasks, flags and
    # documents has its own page.
    context = {
        "p": p, "can": can, "urls": urls, "flags": flags, "meetings": meetings, "csrf_token": csrf_token,
        "show_identity": show_identity,
        "header": record.header(p, urls["detail"], _plain_url("participants:dashboard", get_script_prefix(),
                                                               get_urlconf())),
        "title": record.title(p), "flag_banner": record.flag_banner_items(flags, team_notes=can["team_notes"]),
        "sections": _record_sections(can, urls),
        "identity": record.identity(p, urls, can_edit=can["edit"]) if show_identity else "",
        "facts": record.facts(p, urls, can, record.team_members(active_assignments(p))),  # the team the check read
        "plan_head": record.plan_head(urls, can, csrf, _options("phase", p.current_phase)),
        "phase_items": record.phase_items(plan, csrf), "plan_foot": record.plan_foot(urls, can),
        "meetings_section": record.meetings_section(urls, can, meetings, meeting_head, meeting_rows),
        "note_kind_options": record.note_kind_options(psychosocial=can["psychosocial_notes"]),
        "note_articles": record.note_articles(notes) if can["team_notes"] else "",
        "consent_items": record.consent_items(consents), "consents_link": record.consents_link(urls, can),
        "referrals_section": record.referrals_section(urls, can, referrals, _column_heads(REFERRAL_COLUMNS),
                                                      record.referral_rows(referrals, csrf)),
        "safety_section": record.safety_section(
            urls, can, flags, record.flag_resolve_items(flags, csrf) if can["edit"] else ""),
        "document_items": record.document_items(documents),
        "exit_section": record.exit_section(p, urls) if can["edit"] else "",
    }
    return render(request, "participants/detail.html", context)


@access.requires("participants.edit")
def edit(request, code):
    p = _open(request, code, "participants.edit", audit="participants.identity.view")
    form = forms.ParticipantForm(request.POST or None, instance=p)
    if request.method == "POST" and form.is_valid():
        data = {f: form.cleaned_data[f] for f in form.Meta.fields}
        actions.update_participant(request.user, Participant.objects.get(pk=p.pk), data, ip=client_ip(request))
        messages.success(request, _("Saved."))
        return _go(p)
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Edit participant"),
                                                      "submit": _("Save")})


@access.requires("participants.edit")
@require_POST
def set_phase(request, code):
    p = _open(request, code, "participants.edit")
    form = forms.PhaseForm(request.POST)
    if form.is_valid():
        actions.set_phase(request.user, p, form.cleaned_data["phase"], ip=client_ip(request))
        messages.success(request, _("Phase changed."))
    return _go(p, "plan")


# --- Consents ----------------------------------------------------------------------------------------------------

@access.requires("participants.edit")
def consents(request, code):
    p = _open(request, code, "participants.edit", audit="participants.consent.view")
    form = forms.ConsentForm(request.POST or None, participant=p)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_consent(request.user, p, form.cleaned_data, ip=client_ip(request))
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Consent recorded."))
            return redirect("participants:consents", code=p.code)
    published = {t.purpose for t in form.texts.values()}
    return render(request, "participants/consents.html", {
        "p": p, "form": form, "consents": p.consents.select_related("partner", "recorded_by", "text"),
        "print_purposes": [(value, label) for value, label in ConsentPurpose.choices if value in published],
        "may_edit_texts": access.can(request.user, "participants.consent_text.edit"),
    }, status=400 if form.errors else 200)


def _consent_print(request, p, text, *, fallback, consent=None):
    """The printable page (or with ?format=pdf the PDF) of `text` for participant `p`, audited."""
    from .pdf import consent_pdf

    log.record_request(request, "participants.consent_text.print", p,
                       details={"text": text.pk if text else None, "language": text.language if text else "",
                                "fallback": fallback, "consent": consent.pk if consent else None,
                                "format": "pdf" if request.GET.get("format") == "pdf" else "html"})
    context = {"p": p, "text": text, "fallback": fallback, "consent": consent,
               "wanted_language": p.language, "partner": consent.partner if consent else None}
    if request.GET.get("format") == "pdf" and text is not None:
        response = HttpResponse(consent_pdf(context), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="consent-{p.code}-{text.purpose}-{text.label}.pdf"'
        return response
    return render(request, "participants/consent_print.html", context)


@access.requires("participants.edit")
def consent_print(request, code, purpose):
    """The current text of `purpose` in the participant's language (or a stated fallback), to print and give."""
    p = _open(request, code, "participants.edit")
    if purpose not in ConsentPurpose.values:
        raise Http404
    from .consent_texts import text_for

    text, fallback = text_for(p.organisation, purpose, p.language)
    return _consent_print(request, p, text, fallback=fallback)


@access.requires("participants.edit")
def consent_agreed(request, code, pk):
    """The exact version a recorded consent was given on (a consent from before versioned texts says so)."""
    p = _open(request, code, "participants.edit")
    consent = get_object_or_404(Consent.objects.select_related("text", "partner"), pk=pk, participant=p)
    return _consent_print(request, p, consent.text, fallback=False, consent=consent)


CONSENT_EFFECTS = {
    ConsentPurpose.PARTICIPATION: gettext_lazy("The participant's data may no longer be processed for the pathway."),
    ConsentPurpose.SHARE_WITH_PARTNER: gettext_lazy("Nothing more may be shared with this partner organisation."),
    ConsentPurpose.EMPLOYER_INTRODUCTIONS: gettext_lazy(
        "Companies the participant was introduced to no longer see their name."),
    ConsentPurpose.ESF_REPORTING: gettext_lazy("The participant is left out of ESF+ reports from now on."),
    ConsentPurpose.FOLLOW_UP_CONTACT: gettext_lazy("The participant may no longer be contacted for the follow-up."),
}


def _confirmed(request):
    return request.method == "POST" and request.POST.get("confirm") == "yes"


@access.requires("participants.edit")
def consent_withdraw(request, code, pk):
    """GET (or a POST without confirm=yes) shows what the withdrawal does; only the confirmed POST withdraws."""
    p = _open(request, code, "participants.edit")
    consent = get_object_or_404(Consent.objects.select_related("partner"), pk=pk, participant=p)
    if consent.withdrawn_at is not None:
        return redirect("participants:consents", code=p.code)
    if _confirmed(request):
        actions.withdraw_consent(request.user, consent, ip=client_ip(request))
        messages.success(request, _("Consent withdrawn. It no longer allows anything, from now on."))
        return redirect("participants:consents", code=p.code)
    referrals = list(consent.referrals.filter(status__in=[Referral.State.SENT, Referral.State.ACCEPTED])
                     .select_related("partner"))
    purpose = consent.get_purpose_display() + (f": {consent.partner}" if consent.partner else "")
    consequences = [_("The consent “%(purpose)s” stops allowing anything from now on.") % {"purpose": purpose},
                    CONSENT_EFFECTS.get(consent.purpose, "")]
    consequences += [_("The referral to %(partner)s (%(service)s) will be revoked.") % {
        "partner": r.partner, "service": r.get_service_display()} for r in referrals]
    return render(request, "core/confirm.html", {
        "p": p, "title": _("Withdraw this consent?"), "consequences": [c for c in consequences if c],
        "cannot_undo": True, "danger": True, "confirm_label": _("Withdraw the consent"),
        "action": request.path, "cancel_url": reverse("participants:consents", args=[p.code]), "hidden": []})


# --- Plan ----------------------------------------------------------------------------------------------------------

@access.requires("participants.edit")
def goal_add(request, code):
    p = _open(request, code, "participants.edit")
    form = forms.GoalForm(request.POST or None, prefix="goal", initial={"phase": p.current_phase})
    if request.method == "POST" and form.is_valid():
        actions.add_goal(request.user, p, form.cleaned_data, ip=client_ip(request))
        messages.success(request, _("Goal added."))
        return _go(p, "plan")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Add a goal"),
                                                      "submit": _("Add goal"), "intro": GOAL_INTRO},
                  status=400 if form.errors else 200)


@access.requires("participants.edit")
@require_POST
def goal_update(request, code, pk):
    p = _open(request, code, "participants.edit")
    goal = get_object_or_404(Goal, pk=pk, participant=p)
    form = forms.GoalStatusForm(request.POST)
    if form.is_valid():
        actions.update_goal(request.user, goal, form.cleaned_data, ip=client_ip(request))
    return _go(p, "plan")


@access.requires("participants.edit")
def task_add(request, code):
    p = _open(request, code, "participants.edit")
    form = forms.TaskForm(request.POST or None, participant=p, prefix="task",
                          initial={"phase": p.current_phase, "owner": request.user.pk})
    if request.method == "POST" and form.is_valid():
        actions.add_task(request.user, p, form.cleaned_data, ip=client_ip(request))
        messages.success(request, _("Task added."))
        return _go(p, "plan")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Add a task"),
                                                      "submit": _("Add task")}, status=400 if form.errors else 200)


@access.requires("participants.edit")
@require_POST
def task_update(request, code, pk):
    p = _open(request, code, "participants.edit")
    task = get_object_or_404(Task, pk=pk, participant=p)
    form = forms.TaskStatusForm(request.POST)
    if form.is_valid():
        actions.update_task(request.user, task, form.cleaned_data, ip=client_ip(request))
    return _go(p, "plan")


@access.requires("participants.view_identity")
def plan_pdf(request, code):
    from .pdf import plan_pdf as render_plan

    p = _open(request, code, "participants.view_identity")
    log.record_request(request, "participants.plan.print", p, details={"language": p.language})
    response = HttpResponse(render_plan(p), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="plan-{p.code}.pdf"'
    return response


# --- Meetings, notes, safety -------------------------------------------------------------------------------------

@access.requires("participants.log_meeting")
def meeting_add(request, code):
    p = _open(request, code, "participants.log_meeting")
    form = forms.MeetingForm(request.POST or None, initial={"starts_at": timezone.localtime().replace(
        second=0, microsecond=0), "duration_minutes": 60})
    if request.method == "POST" and form.is_valid():
        actions.log_meeting(request.user, p, form.cleaned_data, ip=client_ip(request))
        messages.success(request, _("Meeting logged."))
        return _go(p, "meetings")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Log a meeting"),
                                                      "submit": _("Save meeting")})


@access.requires("participants.team_notes")
@require_POST
def note_add(request, code):
    p = _open(request, code, "participants.team_notes")
    may_psy = access.can(request.user, "participants.psychosocial_notes", p)
    form = forms.NoteForm(request.POST, may_psychosocial=may_psy)
    if form.is_valid():
        actions.add_note(request.user, p, form.cleaned_data["kind"], form.cleaned_data["body"],
                         ip=client_ip(request))
        messages.success(request, _("Note saved."))
        return _go(p, "notes")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Add a note"),
                                                      "submit": _("Save note")}, status=400)


@access.requires("participants.edit")
def flag_add(request, code):
    p = _open(request, code, "participants.edit")
    form = forms.FlagForm(request.POST or None, prefix="flag")
    if request.method == "POST" and form.is_valid():
        actions.raise_flag(request.user, p, form.cleaned_data["kind"], form.cleaned_data["note"],
                           ip=client_ip(request))
        messages.success(request, _("Risk flag raised."))
        return _go(p, "safety")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Raise a risk flag"),
                                                      "submit": _("Raise flag")}, status=400 if form.errors else 200)


@access.requires("participants.edit")
@require_POST
def flag_resolve(request, code, pk):
    p = _open(request, code, "participants.edit")
    flag = get_object_or_404(RiskFlag, pk=pk, participant=p, resolved_at__isnull=True)
    actions.resolve_flag(request.user, flag, ip=client_ip(request))
    return _go(p, "safety")


@access.requires("participants.edit")
def safety_plan(request, code):
    p = _open(request, code, "participants.edit", audit="participants.safety_plan.view")
    form = forms.SafetyPlanForm(request.POST or None, initial={"safety_plan": p.safety_plan})
    if request.method == "POST" and form.is_valid():
        actions.update_participant(request.user, p, {"safety_plan": form.cleaned_data["safety_plan"]},
                                   ip=client_ip(request))
        messages.success(request, _("Safety plan saved."))
        return _go(p, "safety")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Safety plan"),
                                                      "submit": _("Save")})


# --- Referrals ----------------------------------------------------------------------------------------------------

@access.requires("participants.edit")
def referral_add(request, code):
    p = _open(request, code, "participants.edit")
    form = forms.ReferralForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            actions.refer(request.user, p, d["partner"], d["service"], d["shared_fields"], d["note"],
                          ip=client_ip(request))
        except actions.ConsentMissing as exc:
            form.add_error("partner", exc)
        else:
            messages.success(request, _("Referral sent."))
            return _go(p, "referrals")
    partners = Consent.objects.filter(participant=p).valid("share_with_partner").select_related("partner")
    return render(request, "participants/referral.html", {"p": p, "form": form, "partners": partners},
                  status=400 if form.errors else 200)


@access.requires("participants.edit")
@require_POST
def referral_status(request, code, pk):
    p = _open(request, code, "participants.edit")
    referral = get_object_or_404(Referral, pk=pk, participant=p)
    form = forms.ReferralStatusForm(request.POST)
    if form.is_valid():
        try:
            actions.set_referral_status(request.user, referral, form.cleaned_data["status"], ip=client_ip(request))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    return _go(p, "referrals")


# --- Documents ----------------------------------------------------------------------------------------------------

@access.requires("participants.documents")
def document_upload(request, code):
    p = _open(request, code, "participants.documents")
    form = forms.DocumentForm(request.POST or None, request.FILES or None, prefix="doc")
    if request.method == "POST" and form.is_valid():
        try:
            actions.upload_document(request.user, p, form.cleaned_data["kind"], form.cleaned_data["file"],
                                    ip=client_ip(request))
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            messages.success(request, _("Document uploaded and stored encrypted."))
            return _go(p, "documents")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Upload a document"),
                                                      "submit": _("Upload"), "multipart": True},
                  status=400 if form.errors else 200)


@access.requires("participants.documents")
def document_download(request, code, pk):
    p = _open(request, code, "participants.documents")
    document = get_object_or_404(Document, pk=pk, participant=p)
    content = actions.read_document(document)
    log.record_request(request, "participants.document.download", p, details={"document": document.pk})
    response = HttpResponse(content, content_type=document.content_type)
    ext = document.filename.rsplit(".", 1)[-1].lower() if "." in document.filename else "bin"
    response["Content-Disposition"] = f'attachment; filename="{p.code}-{document.kind}-{document.pk}.{ext}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- Exit and follow-up ---------------------------------------------------------------------------------------------

@access.requires("participants.edit")
def exit_view(request, code):
    """Two steps: the exit form, then a confirmation naming what happens and asking which open tasks stay open."""
    p = _open(request, code, "participants.edit")
    if not p.is_open:
        return _go(p)
    form = forms.ExitForm(request.POST or None, initial=_exit_suggestion(p))
    if request.method == "POST" and form.is_valid():
        tasks_form = forms.ExitTasksForm(request.POST if _confirmed(request) else None, participant=p)
        if _confirmed(request) and tasks_form.is_valid():
            kept = tasks_form.cleaned_data["keep_tasks"]
            actions.exit_participant(request.user, p, form.cleaned_data, keep_tasks=kept, ip=client_ip(request))
            messages.success(request, _("The participant has exited. A six-month follow-up task was created."))
            return _go(p)
        open_tasks = tasks_form.fields["keep_tasks"].queryset.count()
        consequences = [_("The pathway is closed and the record moves to the follow-up phase."),
                        _("A six-month follow-up task is created.")]
        if open_tasks:
            consequences.append(ngettext("%(n)s open task will be closed unless you keep it open below.",
                                         "%(n)s open tasks will be closed unless you keep them open below.",
                                         open_tasks) % {"n": open_tasks})
        hidden = [(name, value) for name in form.fields for value in request.POST.getlist(name)]
        return render(request, "core/confirm.html", {
            "p": p, "title": _("Confirm the exit"), "consequences": consequences, "hidden": hidden,
            "form": tasks_form if open_tasks else None, "confirm_label": _("Record exit"),
            "action": request.path, "cancel_url": reverse("participants:detail", args=[p.code])})
    intro = _("Record the situation at exit (ESF+ result categories). Leave a question at "
              "\"Not recorded\" if it was not asked.")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Exit from the pathway"),
                                                      "submit": _("Continue"), "intro": intro})


def _exit_suggestion(p):
    """Pre-fill the exit form from what placements recorded (a hire means employed at exit)."""
    from ikut.employers.actions import exit_suggestion  # employers imports participants: import when used

    return exit_suggestion(p)


@access.requires("participants.edit")
def follow_up(request, code):
    p = _open(request, code, "participants.edit")
    form = forms.FollowUpForm(request.POST or None)
    consent = has_valid_consent(p, ConsentPurpose.FOLLOW_UP_CONTACT)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_follow_up(request.user, p, form.cleaned_data["employed_6_months"], ip=client_ip(request))
        except actions.ConsentMissing as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Follow-up recorded."))
            return _go(p)
    intro = "" if consent else _("There is no valid consent for follow-up contact: do not contact the participant.")
    return render(request, "participants/form.html", {"p": p, "form": form, "title": _("Six-month follow-up"),
                                                      "submit": _("Save"), "intro": intro})


# --- Portal login ----------------------------------------------------------------------------------------------

@access.requires("participants.edit")
def portal_login(request, code):
    """Create or link the participant's portal login (an emailed link to choose a password)."""
    p = _open(request, code, "participants.edit")
    login = p.user
    form = forms.PortalLoginForm(request.POST or None,
                                 initial={"email": login.email if login else ""})
    if request.method == "POST" and form.is_valid():
        try:
            actions.invite_to_portal(request.user, p, form.cleaned_data["email"], ip=client_ip(request))
        except actions.PortalLoginError as exc:
            form.add_error("email", exc)
        else:
            messages.success(request, _("The participant was sent a link to choose their portal password."))
            return redirect("participants:portal_login", code=p.code)
    return render(request, "participants/portal_login.html", {"p": p, "login": login, "form": form},
                  status=400 if form.errors else 200)


@access.requires("participants.edit")
def portal_login_disable(request, code):
    p = _open(request, code, "participants.edit")
    if p.user is None or not p.user.is_active:
        return redirect("participants:portal_login", code=p.code)
    if _confirmed(request):
        actions.disable_portal_login(request.user, p, ip=client_ip(request))
        messages.success(request, _("The portal login was disabled."))
        return redirect("participants:portal_login", code=p.code)
    return render(request, "core/confirm.html", {
        "p": p, "title": _("Disable the portal login?"), "danger": True, "hidden": [],
        "consequences": [_("The participant can no longer sign in to the portal; open sessions end at once."),
                         _("Their record and what they entered stay. You can send a new link later.")],
        "confirm_label": _("Disable the login"), "action": request.path,
        "cancel_url": reverse("participants:portal_login", args=[p.code])})


# --- Team, history, viewers -------------------------------------------------------------------------------------------

@access.requires("participants.assign")
def team(request, code):
    p = get_participant_for_team(request.user, code)
    form = forms.AssignForm(request.POST or None, by=request.user, participant=p)
    if request.method == "POST" and form.is_valid():
        actions.assign(request.user, p, form.cleaned_data["user"], form.cleaned_data["role"], ip=client_ip(request))
        messages.success(request, _("Team updated."))
        return redirect("participants:team", code=p.code)
    assignments = p.assignments.filter(ended_at__isnull=True).select_related("user")
    return render(request, "participants/team.html", {"p": p, "form": form, "assignments": assignments,
                                                      "can_open": access.can(request.user, "participants.view", p)})


@access.requires("participants.assign")
@require_POST
def team_end(request, code, pk):
    p = get_participant_for_team(request.user, code)
    assignment = get_object_or_404(Assignment, pk=pk, participant=p, ended_at__isnull=True)
    actions.end_assignment(request.user, assignment, ip=client_ip(request))
    return redirect("participants:team", code=p.code)


@access.requires("participants.history")
def history(request, code):
    p = _open(request, code, "participants.history", audit="participants.history.view")
    changes = paginate(request, FieldChange.objects.filter(participant=p).select_related("changed_by"), 100)
    return render(request, "participants/history.html", {"p": p, "changes": changes})


@access.requires("participants.viewers")
def viewers(request, code):
    p = _open(request, code, "participants.viewers")
    entries = paginate(request, AuditEntry.objects.filter(subject_type="participants.participant", subject_id=p.code)
                       .only("seq", "at", "actor_label", "actor_role", "action", "reason"), 100)
    entries.object_list = list(entries.object_list)  # read before this view is itself logged (it would shift the page)
    log.record_request(request, "participants.viewers.view", p)
    return render(request, "participants/viewers.html", {"p": p, "entries": entries})


# --- Break the glass ----------------------------------------------------------------------------------------------

@access.requires("participants.break_glass")
def break_glass(request):
    form = forms.BreakGlassForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip().upper()
        participant = Participant.objects.filter(code=code, anonymised_at__isnull=True).first()
        if participant is None or not access.can(request.user, "participants.break_glass", participant):
            log.record_request(request, "participants.break_glass.refuse", details={"found": False})
            form.add_error("code", _("No record with this code can be opened by you in an emergency."))
        else:
            actions.break_glass(request.user, participant, form.cleaned_data["reason"], ip=client_ip(request))
            messages.warning(request, _("Emergency access granted for %(hours)s hours. It is logged and your "
                                        "supervisor will review it.") % {"hours": BreakGlassGrant.HOURS})
            return _go(participant)
    return render(request, "participants/break_glass.html", {"form": form})


@access.requires("participants.review_break_glass")
def break_glass_review(request):
    grants = (BreakGlassGrant.objects.filter(participant__organisation_id=request.user.organisation_id)
              .select_related("participant", "user", "reviewed_by").order_by("reviewed_at", "-granted_at")[:100])
    log.record_request(request, "participants.break_glass.list")
    return render(request, "participants/break_glass_review.html",
                  {"grants": grants, "form": forms.BreakGlassReviewForm()})


@access.requires("participants.review_break_glass")
@require_POST
def break_glass_reviewed(request, pk):
    grant = get_object_or_404(BreakGlassGrant.objects.select_related("participant"), pk=pk)
    access.check(request.user, "participants.review_break_glass", grant)
    form = forms.BreakGlassReviewForm(request.POST)
    if form.is_valid():
        actions.review_break_glass(request.user, grant, form.cleaned_data["note"], form.cleaned_data["end_now"],
                                   ip=client_ip(request))
        messages.success(request, _("Review saved."))
    return redirect("participants:break_glass_review")


# --- Data-subject export -------------------------------------------------------------------------------------------

@access.requires("participants.export")
def export(request, code):
    p = get_participant_for_export(request.user, code)
    if (to_sudo := sudo_redirect(request)) is not None:
        return to_sudo
    form = forms.ExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fmt = form.cleaned_data["format"]
        from .export import export_data  # a data-subject export: imported by the first (issue 17, lean workers)

        data = export_data(p, request.user)
        log.record_request(request, "participants.participant.export", p, reason=form.cleaned_data["reason"],
                           details={"format": fmt,
                                    "psychosocial_notes": data["meta"]["psychosocial_notes_included"]})
        if fmt == "json":
            response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2),
                                    content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{p.code}.json"'
        else:
            from .pdf import export_pdf

            response = HttpResponse(export_pdf(data), content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="{p.code}.pdf"'
        return response
    return render(request, "participants/form.html", {
        "p": p, "form": form, "title": _("Export everything held about this participant"), "submit": _("Export"),
        "intro": _("The export is logged with your reason. It contains identifying data: hand it only to the "
                   "participant or as the law requires.")})


# --- Consent texts (issue 16, item 4) --------------------------------------------------------------------------------

def _text_or_404(request, pk, action="participants.consent_text.view"):
    from ikut.access.participants import get_consent_text_for

    return get_consent_text_for(request.user, pk, action)


def _ip(request):
    from ikut.core.net import client_ip

    return client_ip(request)


@access.requires("participants.consent_text.view")
def consent_texts(request):
    """Every purpose × language of the user's organisation: the current published version and any open draft."""
    from .models import ConsentText

    org = request.user.organisation
    texts = list(ConsentText.objects.filter(organisation=org).order_by("purpose", "language", "-version"))
    current = set(ConsentText.objects.current().filter(organisation=org).values_list("pk", flat=True))
    rows = {}
    for t in texts:
        row = rows.setdefault((t.purpose, t.language), {"purpose": t.get_purpose_display(), "language": t.language,
                                                         "current": None, "draft": None, "older": 0,
                                                         "order": ConsentPurpose.values.index(t.purpose)})
        if t.is_draft:
            row["draft"] = t
        elif t.pk in current:
            row["current"] = t
        else:
            row["older"] += 1
    return render(request, "participants/consent_texts.html", {
        "rows": sorted(rows.values(), key=lambda r: (r["order"], r["language"])),
        "may_edit": access.can(request.user, "participants.consent_text.edit"),
        "may_publish": access.can(request.user, "participants.consent_text.publish"),
        "purposes": ConsentPurpose.choices, "empty": not texts})


@access.requires("participants.consent_text.edit")
@require_POST
def consent_text_load(request):
    made = actions.load_starting_consent_texts(request.user, ip=_ip(request))
    if made:
        messages.success(request, ngettext(
            "%(n)s machine-drafted starting text was added as a draft. Review it before publishing.",
            "%(n)s machine-drafted starting texts were added as drafts. Review them before publishing.",
            len(made)) % {"n": len(made)})
    else:
        messages.info(request, _("Every starting text already has a version here; nothing was added."))
    return redirect("participants:consent_texts")


@access.requires("participants.consent_text.edit")
def consent_text_new(request):
    form = forms.ConsentTextForm(request.POST or None, initial={"language": request.GET.get("language", ""),
                                                                "purpose": request.GET.get("purpose", "")})
    if request.method == "POST" and form.is_valid():
        try:
            text = actions.create_consent_text(request.user, form.cleaned_data, ip=_ip(request))
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Draft saved. Publish it when it has been reviewed."))
            return redirect("participants:consent_text", pk=text.pk)
    return render(request, "participants/consent_text_form.html",
                  {"form": form, "title": _("New consent text")}, status=400 if form.errors else 200)


@access.requires("participants.consent_text.view")
def consent_text(request, pk):
    """One version: its wording and state, the other versions of its purpose and language, what may be done.
    With ?format=pdf: the version as a PDF (no participant on it)."""
    from .models import ConsentText

    text = _text_or_404(request, pk)
    if request.GET.get("format") == "pdf":
        from .pdf import consent_pdf

        response = HttpResponse(consent_pdf({"text": text, "fallback": False}), content_type="application/pdf")
        name = f"consent-text-{text.purpose}-{text.language}-{text.label}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    versions = list(ConsentText.objects.filter(organisation=text.organisation, purpose=text.purpose,
                                               language=text.language).order_by("-version"))
    current = ConsentText.objects.current().filter(organisation=text.organisation, purpose=text.purpose,
                                                   language=text.language).first()
    user = request.user
    return render(request, "participants/consent_text.html", {
        "text": text, "versions": versions, "current": current,
        "may_edit": access.can(user, "participants.consent_text.edit", text),
        "may_publish": access.can(user, "participants.consent_text.publish", text)})


@access.requires("participants.consent_text.edit")
def consent_text_edit(request, pk):
    """Edit a draft. A published version is never edited: it is shown with the way to start a new version."""
    text = _text_or_404(request, pk, "participants.consent_text.edit")
    if not text.is_draft:
        messages.error(request, _("A published consent text cannot be changed. Start a new version instead."))
        return redirect("participants:consent_text", pk=text.pk)
    form = forms.ConsentTextEditForm(request.POST or None, instance=text)
    if request.method == "POST" and form.is_valid():
        try:
            actions.edit_consent_text(request.user, text, form.cleaned_data, ip=_ip(request))
        except actions.ConsentTextLocked as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Draft saved."))
        return redirect("participants:consent_text", pk=text.pk)
    return render(request, "participants/consent_text_form.html",
                  {"form": form, "text": text, "title": _("Edit the draft")}, status=400 if form.errors else 200)


@access.requires("participants.consent_text.edit")
@require_POST
def consent_text_revise(request, pk):
    text = _text_or_404(request, pk, "participants.consent_text.edit")
    draft = text if text.is_draft else actions.revise_consent_text(request.user, text, ip=_ip(request))
    return redirect("participants:consent_text_edit", pk=draft.pk)


@access.requires("participants.consent_text.publish")
def consent_text_publish(request, pk):
    """GET (or a POST without confirm=yes) says what publishing does; the confirmed POST publishes."""
    from .models import ConsentText

    text = _text_or_404(request, pk, "participants.consent_text.publish")
    if not text.is_draft:
        return redirect("participants:consent_text", pk=text.pk)
    if _confirmed(request):
        actions.publish_consent_text(request.user, text, ip=_ip(request))
        messages.success(request, _("Published. New consents of this purpose in this language are recorded on "
                                    "this version."))
        return redirect("participants:consent_text", pk=text.pk)
    replaced = ConsentText.objects.current().filter(organisation=text.organisation, purpose=text.purpose,
                                                    language=text.language).first()
    consequences = [_("Version %(version)s becomes the text new consents of this purpose in this language are "
                      "recorded on.") % {"version": text.label},
                    _("It can no longer be changed; a new wording will be a new version.")]
    if replaced:
        consequences.append(_("Version %(version)s stops being offered; consents already given on it keep "
                              "pointing to it.") % {"version": replaced.label})
    if text.machine_draft:
        consequences.append(_("The wording is marked as machine-drafted and not yet reviewed. Publish only after "
                              "a person responsible has reviewed it."))
    return render(request, "core/confirm.html", {
        "title": _("Publish this consent text?"), "consequences": consequences, "cannot_undo": True,
        "confirm_label": _("Publish"), "action": request.path, "hidden": [],
        "cancel_url": reverse("participants:consent_text", args=[text.pk])})
