"""The record page's lists as escaped HTML, built in the view rather than by `{% for %}` in the template (as the
caseload table's and the dashboard panels' rows are): per row the template engine's tags, lookups and filters cost
more than the rest of the row. The output is byte for byte what participants/detail.html rendered
(benchmarks/caseload_html.py compares it). Every value goes through html.escape; labels are translated once per
language and process (participants.labels)."""

import functools
from html import escape

from django.conf import settings
from django.template.defaultfilters import filesizeformat, linebreaksbr
from django.utils import formats, timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from ikut.core.formats import datetime_text
from ikut.core.templatetags.ikut_formats import countries, language_name, languages

from .dashboard import short_date
from .labels import label as _label
from .labels import labels
from .models import (
    Assignment,
    ConsentPurpose,
    Document,
    Meeting,
    Note,
    Participant,
    Phase,
    Referral,
    RiskFlag,
    Status,
)


def _short_datetime(value):
    """|date:"SHORT_DATETIME_FORMAT" of an aware datetime: in the active time zone, escaped; once per (value,
    language, time zone) and process (the same meetings and notes come back on every request)."""
    return _short_datetime_in(value, get_language(), timezone.get_current_timezone_name())


@functools.lru_cache(maxsize=4096)
def _short_datetime_in(value, language, zone):
    return escape(datetime_text(value))


def _short_date_of(value):
    """|date:"SHORT_DATE_FORMAT" of an aware datetime: its date in the active time zone, escaped."""
    return short_date(timezone.localtime(value).date())


def _text(value):
    """A value as the template's {{ value }} shows it (None as "None", numbers localised), escaped."""
    return escape(formats.localize(value) if isinstance(value, int) else str(value))


def meeting_rows(meetings, *, team_notes, psychosocial_notes):
    """The meetings table's <tr>s; the summary column only for the team, a psychosocial summary only for
    psychosocial workers."""
    psychosocial_only = f'<span class="muted">{escape(_("Psychosocial workers only"))}</span>'
    html = []
    for m in meetings:
        interpreter = escape(str(language_name(m.interpreter_language))) if m.interpreter_used else "—"
        summary = ""
        if team_notes:
            shown = m.kind != "psychosocial" or psychosocial_notes
            summary = f"<td>{_text(m.summary) if shown else psychosocial_only}</td>"
        html.append(f"<tr><td>{_short_datetime(m.starts_at)}</td><td>{_label(Meeting.Kind, m.kind)}</td>"
                    f"<td>{_text(m.duration_minutes)} min</td><td>{interpreter}</td>"
                    f"<td>{_label(Meeting.Attendance, m.attendance)}</td>{summary}</tr>")
    return mark_safe("".join(html))  # noqa: S308 — every value above is escaped


def note_articles(notes):
    """An <article> per note (the body's line breaks as <br>), or the "no notes" line."""
    if not notes:
        return mark_safe(f'<p class="muted">{escape(_("No notes yet."))}</p>')  # noqa: S308 — escaped
    html = []
    for n in notes:
        psy = " pt-psy" if n.kind == "psychosocial" else ""
        html.append(f'<article class="pt-note{psy}"><p class="muted">{_short_datetime(n.created_at)} · '
                    f"{_text(n.author)} · {_label(Note.Kind, n.kind)}</p>"
                    f"<p>{linebreaksbr(n.body, autoescape=True)}</p></article>\n  ")
    return mark_safe("".join(html))  # noqa: S308 — every value above is escaped (linebreaksbr escapes the body)


def consent_items(consents):
    """A <li> per consent: purpose, partner, valid or withdrawn; or the "no consents" line."""
    if not consents:
        return mark_safe(f'<li class="flag-amber">{escape(_("No consents recorded."))}</li>')  # noqa: S308
    valid = f'<span class="pt-tag pt-open">{escape(_("valid"))}</span>'
    withdrawn = f'<span class="pt-tag pt-closed">{escape(_("withdrawn"))}</span>'
    html = []
    for c in consents:
        partner = f": {_text(c.partner)}" if c.partner else ""
        html.append(f"<li>{_label(ConsentPurpose, c.purpose)}{partner} — "
                    f"{valid if c.is_valid else withdrawn}</li>")
    return mark_safe("".join(html))  # noqa: S308 — every value above is escaped


def document_items(documents):
    """A <li> per document: its download link, kind and size; or the "no documents" line."""
    if not documents:
        return mark_safe(f'<li class="muted">{escape(_("No documents."))}</li>')  # noqa: S308 — escaped
    return mark_safe("".join(  # noqa: S308 — every value is escaped
        f'<li><a href="{escape(d.download_url)}">{_text(d.filename)}</a> · {_label(Document.Kind, d.kind)}'
        f" · {escape(filesizeformat(d.size))}</li>" for d in documents))



def csrf_input(token):
    """What {% csrf_token %} renders for `token` (the page's masked CSRF token), for the forms built here."""
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token) if token else ""


@functools.lru_cache(maxsize=64)
def _status_form_words(language):
    """The status forms' label and button text in `language`, escaped: a record has a form per goal, task and
    referral."""
    return escape(_("Status")), escape(_("Update"))


def _status_form(action, id_prefix, pk, options, csrf, css=' class="inline"'):
    """A row's status <form> as the template wrote it: hidden label, <select> of the row's options, Update."""
    status, update = _status_form_words(get_language())
    field_id = f"{id_prefix}-{_text(pk)}"
    return (f'<form method="post" action="{escape(action)}"{css}>{csrf}<label class="visually-hidden" '
            f'for="{field_id}">{status}</label><select name="status" id="{field_id}">{options}</select> '
            f'<button type="submit" class="secondary">{update}</button></form>')


def goal_list(goals, statuses, csrf):
    """The goals of one phase as <ul class="pt-goals">, with a status form each when `csrf` (the user may edit)."""
    if not goals:
        return ""
    html = []
    for g in goals:
        finnish = f' <span class="muted" lang="fi">— {_text(g.own_words_fi)}</span>' if g.own_words_fi else ""
        form = _status_form(g.update_url, "goal-status", g.pk, g.status_options, csrf) if csrf else ""
        html.append(f"<li><q>{_text(g.own_words)}</q>{finnish} <span class=\"pt-tag\">"
                    f"{statuses.get(g.status) or escape(str(g.status))}</span>\n        {form}</li>")
    return f'<ul class="pt-goals">{"".join(html)}</ul>'


def task_list(tasks, statuses, csrf):
    """The tasks of one phase as <ul class="pt-tasks">: due date (red when overdue), owner, status (form)."""
    if not tasks:
        return ""
    due = escape(_("due"))
    html = []
    for t in tasks:
        when = ""
        if t.due_date:
            when = (f' · <span class="{"flag-red" if t.is_overdue else ""}">{due} '
                    f"{short_date(t.due_date)}</span>")
        owner = f" · {_text(t.owner)}" if t.owner else ""
        form = _status_form(t.update_url, "task-status", t.pk, t.status_options, csrf) if csrf else ""
        html.append(f"<li>{_text(t.title)}{when}{owner} <span class=\"pt-tag\">"
                    f"{statuses.get(t.status) or escape(str(t.status))}</span>\n        {form}</li>")
    return f'<ul class="pt-tasks">{"".join(html)}</ul>'


def phase_items(plan, csrf):
    """The pathway plan's <li> per phase of `plan` (label, "current", its goals and tasks or "Nothing planned
    yet."), as the template's {% for ph in plan %} wrote them."""
    statuses = labels(Status)
    current, nothing = _phase_words(get_language())
    html = []
    for phase in plan:
        state = " pt-current" if phase["current"] else " pt-done" if phase["done"] else ""
        empty = "" if phase["goals"] or phase["tasks"] else nothing
        html.append(f'\n    <li class="pt-phase{state}">\n      <h3>{_label(Phase, phase["phase"])}'
                    f'{current if phase["current"] else ""}</h3>\n'
                    f'      {goal_list(phase["goals"], statuses, csrf)}\n'
                    f'      {task_list(phase["tasks"], statuses, csrf)}\n'
                    f"      {empty}\n    </li>\n  ")
    return mark_safe("".join(html))  # noqa: S308 — every value above is escaped


@functools.lru_cache(maxsize=64)
def _phase_words(language):
    """The current phase's tag and an empty phase's line in `language` (as {% translate %} writes them)."""
    return f' <span class="pt-tag">{_("current")}</span>', f'<p class="muted">{_("Nothing planned yet.")}</p>'


def header(p, detail_url, dashboard_url):
    """The header of every page of `p`'s record: breadcrumbs, code, phase and status, and the demo badge when
    settings.IKUT_DEMO. The record page passes its URLs; the other pages include participants/_header.html, whose
    {% record_header %} reverses them. Built here because the template's include with its two {% url %} cost a
    fifth of the record page's own template."""
    caseload, demo = _header_words(get_language())
    state = "pt-open" if p.is_open else "pt-closed"
    code = escape(p.code)
    return mark_safe(  # noqa: S308 — every value is escaped
        f'\n<div class="pt-header">\n  <p class="pt-crumbs"><a href="{escape(dashboard_url)}">{caseload}</a>'
        f' › <a href="{escape(detail_url)}">{code}</a></p>\n  <p class="pt-meta"><span class="pt-code">{code}'
        f'</span>\n    <span class="pt-tag">{_label(Phase, p.current_phase)}</span>\n'
        f'    <span class="pt-tag {state}">{_label(Participant.Status, p.status)}</span>\n'
        f'    {demo if settings.IKUT_DEMO else ""}</p>\n</div>\n')


@functools.lru_cache(maxsize=64)
def _header_words(language):
    """The header's texts in `language` (as {% translate %} writes them)."""
    return _("Caseload"), f'<span class="badge demo">{_("Demo — fictional data")}</span>'


def referral_rows(referrals, csrf):
    """The referrals table's <tr>s; a status form on each referral not revoked when `csrf` (the user may edit)."""
    html = []
    for r in referrals:
        shared = ", ".join(escape(label) for label in r.shared_field_labels) or "—"
        under = escape(_("under the consent of %(d)s")) % {"d": _short_date_of(r.consent.given_at)}
        form = (_status_form(r.status_url, "ref-status", r.pk, r.status_options, csrf, css="")
                if csrf and r.status != "revoked" else "")
        html.append(f"<tr><td>{_text(r.partner)}</td><td>{_label(Referral.Service, r.service)}</td>"
                    f"<td>{_short_date_of(r.sent_at)}</td><td>{shared}<br>"
                    f'<span class="muted">{under}</span></td>\n'
                    f"  <td>{_label(Referral.State, r.status)}{form}</td></tr>")
    return mark_safe("".join(html))  # noqa: S308 — every value above is escaped


def flag_banner_items(flags, *, team_notes):
    """The risk-flag banner's <li>s: the risk, and its details for the team."""
    return mark_safe("".join(  # noqa: S308 — every value is escaped
        f"<li><strong>{_label(RiskFlag.Kind, f.kind)}</strong>{f': {_text(f.note)}' if team_notes and f.note else ''}"
        "</li>" for f in flags))


def flag_resolve_items(flags, csrf):
    """The safety section's <li> per flag with its Resolve form (shown to those who may edit)."""
    resolve = escape(_("Resolve"))
    return mark_safe("".join(  # noqa: S308 — every value is escaped
        f'<li><span class="flag-red">{_label(RiskFlag.Kind, f.kind)}</span> <form method="post" '
        f'action="{escape(f.resolve_url)}" class="inline">{csrf}<button type="submit" class="secondary">{resolve}'
        "</button></form></li>" for f in flags))


def team_members(assignments):
    """The team as "name (role), name (role)"."""
    return mark_safe(", ".join(  # noqa: S308 — every value is escaped
        f"{_text(a.user)} ({_label(Assignment.CaseRole, a.role)})" for a in assignments))


# --- The record page's sections around the lists ------------------------------------------------------------------
# What participants/detail.html wrote with {% if can.… %}, {% translate %} and {{ urls.… }} per request, built here
# from the same msgids (translated once per language and process): the template's tags cost more than the rows.

WORDS = {key: gettext_noop(text) for key, text in {
    "hide_identity": "Hide identity", "edit": "Edit", "name": "Name", "date_of_birth": "Date of birth",
    "nationality": "Nationality", "languages_spoken": "Languages spoken", "safe_contact": "Safe way to contact",
    "contact_details": "Contact details", "no_contact": "Hidden: the participant must not be contacted directly.",
    "phone": "Phone", "email": "Email", "address": "Address", "not_to_be_used": "Not to be used",
    "language": "Language", "intake_date": "Intake date", "portal_login": "Portal login", "yes": "yes",
    "none": "none", "manage_portal_login": "Manage the portal login", "team": "Team", "change_team": "Change team",
    "plan_pdf": "Printable plan (PDF)", "phase": "Phase", "change_phase": "Change phase",
    "add_goal": "Add a goal in the participant's own words", "add_task": "Add a task",
    "log_meeting": "Log a meeting", "no_meetings": "No meetings yet.", "refer": "Refer to a partner",
    "no_referrals": "No referrals.", "raise_flag": "Raise a risk flag", "safety_plan": "Safety plan",
    "no_flags": "No active risk flags.", "exit": "Exit from the pathway",
    "follow_up": "Record the six-month follow-up", "consents": "Record or withdraw consents",
}.items()}


@functools.lru_cache(maxsize=64)
def _words_in(language):
    return {key: _(text) for key, text in WORDS.items()}


def _words():
    """WORDS in the active language, as {% translate "…" %} writes them: not escaped (a constant string's
    translation is safe text in a template)."""
    return _words_in(get_language())


def title(p):
    """The page's <h1> text, as {% blocktranslate with code=p.code %}Participant {{ code }}{% endblocktranslate %}
    (the code escaped, the translation not)."""
    return mark_safe(_("Participant %(code)s") % {"code": escape(p.code)})  # noqa: S308 — the code is escaped


def _or_dash(value):
    """{{ value|default:"—" }}."""
    return conditional_escape(value) if value else "—"


def identity(p, urls, *, can_edit):
    """The identity <dl> and its Hide/Edit links, for those who may see it and asked to."""
    w = _words()
    preferred = f" ({conditional_escape(p.preferred_name)})" if p.preferred_name else ""
    notes = f" — {conditional_escape(p.safe_contact_notes)}" if p.safe_contact_notes else ""
    if p.contact_channel in ("none", "via_worker"):
        contact = (f'\n      <dt>{w["contact_details"]}</dt><dd class="flag-red">{w["no_contact"]}</dd>\n      ')
    else:
        muted = f'<span class="muted">{w["not_to_be_used"]}</span> '
        contact = (f'\n      <dt>{w["phone"]}</dt><dd>{muted if p.contact_channel == "email" else ""}'
                   f'{_or_dash(p.phone)}</dd>\n'
                   f'      <dt>{w["email"]}</dt><dd>{muted if p.contact_channel in ("phone", "sms") else ""}'
                   f'{_or_dash(p.email)}</dd>\n'
                   f'      <dt>{w["address"]}</dt><dd>{_or_dash(p.address)}</dd>\n      ')
    edit = f' · <a href="{escape(urls["edit"])}">{w["edit"]}</a>' if can_edit else ""
    return mark_safe(  # noqa: S308 — every value is escaped
        f'<dl class="pt-dl">\n'
        f'      <dt>{w["name"]}</dt><dd>{conditional_escape(p.first_name)} {conditional_escape(p.last_name)}'
        f'{preferred}</dd>\n'
        f'      <dt>{w["date_of_birth"]}</dt><dd>{short_date(p.date_of_birth)}</dd>\n'
        f'      <dt>{w["nationality"]}</dt><dd>{_or_dash(countries(p.nationality))}</dd>\n'
        f'      <dt>{w["languages_spoken"]}</dt><dd>{_or_dash(languages(p.languages_spoken))}</dd>\n'
        f'      <dt>{w["safe_contact"]}</dt><dd><strong>{_or_dash(p.get_contact_channel_display())}</strong>'
        f'{notes}</dd>\n      {contact}\n    </dl>\n'
        f'    <p><a href="{escape(urls["detail"])}">{w["hide_identity"]}</a>{edit}</p>')


def facts(p, urls, can, team):
    """The <dl> under the identity: language, intake date, portal login (for editors), team."""
    w = _words()
    portal = ""
    if can["edit"]:
        portal = (f'<dt>{w["portal_login"]}</dt><dd>{w["yes"] if p.user_id else w["none"]} · '
                  f'<a href="{escape(urls["portal_login"])}">{w["manage_portal_login"]}</a></dd>')
    change = f' · <a href="{escape(urls["team"])}">{w["change_team"]}</a>' if can["assign"] else ""
    return mark_safe(  # noqa: S308 — every value is escaped
        f'  <dl class="pt-dl">\n    <dt>{w["language"]}</dt><dd>{conditional_escape(language_name(p.language))}'
        f'</dd>\n    <dt>{w["intake_date"]}</dt><dd>{short_date(p.intake_date)}</dd>\n    {portal}\n'
        f'    <dt>{w["team"]}</dt><dd>{team}{change}</dd>\n  </dl>')


def plan_head(urls, can, csrf, phase_options):
    """The plan's PDF link and (for editors) the phase form, up to the list of phases."""
    w = _words()
    pdf = f'<a href="{escape(urls["plan_pdf"])}">{w["plan_pdf"]}</a>' if can["view_identity"] else ""
    form = ""
    if can["edit"]:
        form = (f'\n  <form method="post" action="{escape(urls["set_phase"])}" class="row">{csrf}\n'
                f'    <label for="id_phase">{w["phase"]}</label> <select name="phase" id="id_phase" '
                f'class="pt-inline-select">{phase_options}</select> <button type="submit" class="secondary">'
                f'{w["change_phase"]}</button>\n  </form>\n  ')
    return mark_safe(f"{pdf}</p>\n  {form}")  # noqa: S308 — every value is escaped


def plan_foot(urls, can):
    """The plan's Add-a-goal and Add-a-task buttons, for editors."""
    if not can["edit"]:
        return ""
    w = _words()
    return mark_safe(  # noqa: S308 — every value is escaped
        f'\n  <p class="row"><a class="button secondary" href="{escape(urls["goal_add"])}">{w["add_goal"]}</a>\n'
        f'  <a class="button secondary" href="{escape(urls["task_add"])}">{w["add_task"]}</a></p>\n  ')


def _button(href, text):
    return f'<p><a class="button secondary" href="{escape(href)}">{text}</a></p>'


def meetings_section(urls, can, meetings, head, rows):
    """The meetings section below its heading: Log-a-meeting, then the table or "No meetings yet."."""
    w = _words()
    add = _button(urls["meeting_add"], w["log_meeting"]) if can["log_meeting"] else ""
    return _table_section(add, meetings, head, rows, w["no_meetings"], indent="    ")


def _table_section(add, items, head, rows, empty, *, indent):
    """A section's add button (or ""), then the table of `items` (its head and rows built) or the `empty` line.
    `indent`: of the table's head and body, as each section of the template had it."""
    table = (f'<div class="table-wrap"><table>\n{indent}<thead><tr>{head}</tr></thead>\n{indent}<tbody>{rows}'
             f'</tbody>\n  </table></div>' if items else f'<p class="muted">{empty}</p>')
    return mark_safe(f"{add}\n  {table}")  # noqa: S308 — every value is escaped


def note_kind_options(*, psychosocial):
    """The note form's kinds (team; psychosocial too for psychosocial workers), the last one selected."""
    return _note_kind_options_in(psychosocial, get_language())


@functools.lru_cache(maxsize=64)
def _note_kind_options_in(psychosocial, language):
    kinds = Note.Kind.choices if psychosocial else [(Note.Kind.TEAM, Note.Kind.TEAM.label)]
    return mark_safe("".join(  # noqa: S308 — values and labels are escaped
        f'<option value="{conditional_escape(value)}"{" selected" if i == len(kinds) - 1 else ""}>'
        f"{conditional_escape(label)}</option>" for i, (value, label) in enumerate(kinds)))


def consents_link(urls, can):
    if not can["edit"]:
        return ""
    return mark_safe(f'<p><a href="{escape(urls["consents"])}">{_words()["consents"]}</a></p>')  # noqa: S308


def referrals_section(urls, can, referrals, head, rows):
    """The referrals section below its heading: Refer-to-a-partner, then the table or "No referrals."."""
    w = _words()
    add = _button(urls["referral_add"], w["refer"]) if can["edit"] else ""
    return _table_section(add, referrals, head, rows, w["no_referrals"], indent="  ")


def safety_section(urls, can, flags, resolve_items):
    """The safety section below its heading: for editors the flags with Resolve forms and the links; for others
    "No active risk flags." when there are none (the banner shows those there are)."""
    w = _words()
    if can["edit"]:
        return mark_safe(  # noqa: S308 — every value is escaped
            f'\n  <ul class="pt-list">{resolve_items}</ul>\n'
            f'  <p class="row"><a class="button secondary" href="{escape(urls["flag_add"])}">{w["raise_flag"]}'
            f'</a></p>\n  <p><a href="{escape(urls["safety_plan"])}">{w["safety_plan"]}</a></p>\n  ')
    return "" if flags else mark_safe(f'<p class="muted">{w["no_flags"]}</p>')  # noqa: S308


def exit_section(p, urls):
    """The exit section below its heading (editors): the Exit button, or when and why with the follow-up link."""
    w = _words()
    if p.is_open:
        return mark_safe(_button(urls["exit"], w["exit"]) + "\n  ")  # noqa: S308 — escaped
    exited = _("Exited on %(d)s: %(r)s.") % {"d": short_date(p.exit_date),
                                              "r": conditional_escape(p.get_exit_reason_display())}
    return mark_safe(  # noqa: S308 — the values are escaped, the translation is the template's
        f'<p>{exited}</p>\n  <p><a href="{escape(urls["follow_up"])}">{w["follow_up"]}</a></p>')
