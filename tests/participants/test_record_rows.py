"""The record page's lists built as HTML in the view (participants/record.py): hostile values stay escaped, each
builder gives what the template's {% for %} gave, and the page still answers 404 to another organisation."""

import datetime

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone, translation

from ikut.participants import record
from ikut.participants.labels import labels
from ikut.participants.models import Consent, Goal, Meeting, Note, Phase, Referral, RiskFlag, Status, Task

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script> & \'q\''
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;q&#x27;"


def hostile_record(team):
    p = team.participant
    now = timezone.now()
    Meeting.objects.create(participant=p, kind=Meeting.Kind.COACHING, starts_at=now, summary=HOSTILE,
                           interpreter_used=True, interpreter_language="th", worker=team.caseworker)
    Meeting.objects.create(participant=p, kind=Meeting.Kind.PSYCHOSOCIAL, starts_at=now, summary="psy only",
                           worker=team.psychosocial)
    Note.objects.create(participant=p, body=f"{HOSTILE}\nsecond line", author=team.caseworker)
    goal = Goal.objects.create(participant=p, phase=Phase(p.current_phase), own_words=HOSTILE, own_words_fi=HOSTILE)
    Task.objects.create(participant=p, phase=Phase(p.current_phase), title=HOSTILE, owner=team.caseworker,
                        due_date=timezone.localdate() - datetime.timedelta(days=3), goal=goal)
    team.ngo.name = HOSTILE
    team.ngo.save()
    consent = Consent.objects.create(participant=p, purpose="share_with_partner", partner=team.ngo,
                                     text_version="1", text_language="fi", how_given=Consent.HowGiven.SIGNED)
    Referral.objects.create(participant=p, partner=team.ngo, service=Referral.Service.LEGAL, consent=consent,
                            shared_fields=["first_name", "<b>"])
    RiskFlag.objects.create(participant=p, kind=RiskFlag.Kind.UNSAFE_PHONE, note=HOSTILE)
    return p


def test_hostile_values_are_escaped_on_the_record_page(team, as_user):
    p = hostile_record(team)
    html = as_user(team.caseworker).get(reverse("participants:detail", args=[p.code]),
                                              HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<script>alert" not in html and "&lt;b&gt;" in html
    # meeting summary, note, goal (and its Finnish), task, consent partner, referral partner, flag note
    assert html.count(ESCAPED) >= 8
    assert f"<li><strong>Phone is not safe</strong>: {ESCAPED}</li>" in html
    assert '<li><span class="flag-red">Phone is not safe</span> <form method="post" action="/participants/' in html
    assert f"<p>{ESCAPED}<br>second line</p>" in html
    assert '<span class="muted">Psychosocial workers only</span>' in html  # the caseworker's view of it
    assert 'id="goal-status-' in html and 'id="task-status-' in html and 'id="ref-status-' in html


def test_psychosocial_worker_sees_the_psychosocial_summary(team, as_user):
    p = hostile_record(team)
    html = as_user(team.psychosocial).get(reverse("participants:detail", args=[p.code]),
                                              HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<td>psy only</td>" in html and "<script>alert" not in html


def test_record_of_another_organisation_still_answers_404(team, as_user):
    p = hostile_record(team)
    response = as_user(team.outsider).get(reverse("participants:detail", args=[p.code]))
    assert response.status_code == 404
    assert HOSTILE not in response.content.decode() and ESCAPED not in response.content.decode()


# The template fragments the builders replaced, to prove the builders give the same bytes.
MEETINGS = Template(
    '{% load i18n ikut_formats %}{% for m in meetings %}<tr><td>{{ m.starts_at|date:"SHORT_DATETIME_FORMAT" }}</td>'
    '<td>{{ m.get_kind_display }}</td><td>{{ m.duration_minutes }} min</td><td>{% if m.interpreter_used %}'
    '{{ m.interpreter_language|language_name }}{% else %}—{% endif %}</td><td>{{ m.get_attendance_display }}'
    '</td><td>{% if m.kind != "psychosocial" %}{{ m.summary }}{% else %}<span class="muted">'
    '{% translate "Psychosocial workers only" %}</span>{% endif %}</td></tr>{% endfor %}')
NOTES = Template("{% load i18n %}{% for n in notes %}"
                 "<article class=\"pt-note{% if n.kind == 'psychosocial' %} pt-psy{% endif %}\">"
                 '<p class="muted">{{ n.created_at|date:"SHORT_DATETIME_FORMAT" }} · {{ n.author }} · '
                 "{{ n.get_kind_display }}</p><p>{{ n.body|linebreaksbr }}</p></article>\n  {% empty %}"
                 '<p class="muted">{% translate "No notes yet." %}</p>{% endfor %}')
TASKS = Template('{% for t in tasks %}<li>{{ t.title }}{% if t.due_date %} · <span class="{% if t.is_overdue %}flag-red'
                 '{% endif %}">due {{ t.due_date|date:"SHORT_DATE_FORMAT" }}</span>{% endif %}{% if t.owner %} · '
                 '{{ t.owner }}{% endif %} <span class="pt-tag">{{ t.get_status_display }}</span>\n        </li>'
                 "{% endfor %}")


@pytest.mark.parametrize("language", ["en", "fi"])
def test_builders_give_what_the_template_gave(team, language):
    p = hostile_record(team)
    Note.objects.create(participant=p, body="plain", author=None, kind=Note.Kind.PSYCHOSOCIAL)
    Task.objects.create(participant=p, phase=Phase.INTAKE, title="no date", status=Status.DONE)
    meetings, notes, tasks = list(p.meetings.all()), list(p.notes.select_related("author")), list(p.tasks.all())
    with translation.override(language):
        assert record.meeting_rows(meetings, team_notes=True, psychosocial_notes=False) == MEETINGS.render(
            Context({"meetings": meetings}))
        assert record.note_articles(notes) == NOTES.render(Context({"notes": notes}))
        assert record.note_articles([]) == NOTES.render(Context({"notes": []}))
        html = record.task_list(tasks, labels(Status), csrf="")
        assert html == f'<ul class="pt-tasks">{TASKS.render(Context({"tasks": tasks}))}</ul>'.replace(
            "due ", f"{translation.gettext('due')} ")
    assert record.task_list([], {}, csrf="") == "" and "flag-red" in html


PHASES = Template(
    '{% load i18n %}{% for ph in plan %}\n    <li class="pt-phase{% if ph.current %} pt-current{% elif ph.done %}'
    ' pt-done{% endif %}">\n      <h3>{{ ph.label }}{% if ph.current %} <span class="pt-tag">{% translate "current" %}'
    '</span>{% endif %}</h3>\n      {{ ph.goals_html }}\n      {{ ph.tasks_html }}\n      {% if not ph.goals and not '
    'ph.tasks %}<p class="muted">{% translate "Nothing planned yet." %}</p>{% endif %}\n    </li>\n  {% endfor %}')


@pytest.mark.parametrize("language", ["en", "fi"])
def test_phase_items_give_what_the_template_gave(team, language):
    from django.utils.safestring import mark_safe

    from ikut.participants.models import PHASE_ORDER

    p = hostile_record(team)
    goals, tasks = list(p.goals.all()), list(p.tasks.select_related("owner"))
    for row in (*goals, *tasks):
        row.update_url, row.status_options = f"/u/{row.pk}/", "<option>o</option>"
    current = PHASE_ORDER.index(p.current_phase) + 1  # a phase done (with the rows), one current, some ahead
    plan = [{"phase": ph, "label": Phase(ph).label, "current": i == current, "done": i < current,
             "goals": [g for g in goals if g.phase == ph], "tasks": [t for t in tasks if t.phase == ph]}
            for i, ph in enumerate(PHASE_ORDER)]
    with translation.override(language):
        for csrf in ("", '<input type="hidden" name="csrfmiddlewaretoken" value="t">'):
            old = [{**ph, "goals_html": mark_safe(record.goal_list(ph["goals"], labels(Status), csrf)),
                    "tasks_html": mark_safe(record.task_list(ph["tasks"], labels(Status), csrf))} for ph in plan]
            html = record.phase_items(plan, csrf)
            assert html == PHASES.render(Context({"plan": old}))
            assert ESCAPED in html and "<script>" not in html and (csrf in html) and "pt-current" in html
            assert "pt-done" in html


# participants/_header.html as it was before the header was built in record.header for every record page.
HEADER = Template(
    '{% load i18n %}\n<div class="pt-header">\n  <p class="pt-crumbs"><a href="{% url \'participants:dashboard\' %}">'
    '{% translate "Caseload" %}</a> › <a href="{% url \'participants:detail\' p.code %}">{{ p.code }}</a></p>\n'
    '  <p class="pt-meta"><span class="pt-code">{{ p.code }}</span>\n'
    '    <span class="pt-tag">{{ p.get_current_phase_display }}</span>\n'
    '    <span class="pt-tag {% if p.is_open %}pt-open{% else %}pt-closed{% endif %}">{{ p.get_status_display }}'
    '</span>\n'
    '    {% if demo_mode %}<span class="badge demo">{% translate "Demo — fictional data" %}</span>{% endif %}</p>\n'
    '</div>\n')


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("demo", [False, True])
def test_header_gives_what_the_include_gave(team, language, demo, settings):
    from ikut.participants.models import Participant

    settings.IKUT_DEMO = demo
    p = team.participant
    for status in (Participant.Status.OPEN, Participant.Status.CLOSED):
        p.status = status
        with translation.override(language):
            html = record.header(p, reverse("participants:detail", args=[p.code]), reverse("participants:dashboard"))
            assert html == HEADER.render(Context({"p": p, "demo_mode": demo}))
            assert ("badge demo" in html) is demo and ("pt-closed" in html) is (status == Participant.Status.CLOSED)


# The sections of participants/detail.html that record.py builds now, as the template wrote them (the {% fixed %}
# markers left out: they do not change the output).
SECTIONS = {
    "identity": (
        '{% load i18n ikut_formats %}<dl class="pt-dl">\n'
        '      <dt>{% translate "Name" %}</dt><dd>{{ p.first_name }} {{ p.last_name }}{% if'
        ' p.preferred_name %} ({{ p.preferred_name }}){% endif %}</dd>\n'
        '      <dt>{% translate "Date of birth" %}</dt><dd>{{ p.date_of_birth|date:"SHORT_DATE_FORMAT"'
        ' }}</dd>\n'
        '      <dt>{% translate "Nationality" %}</dt><dd>{{ p.nationality|countries|default:"—" }}</dd>\n'
        '      <dt>{% translate "Languages spoken" %}</dt><dd>{{'
        ' p.languages_spoken|languages|default:"—" }}</dd>\n'
        '      <dt>{% translate "Safe way to contact" %}</dt><dd><strong>{{'
        ' p.get_contact_channel_display|default:"—" }}</strong>{% if p.safe_contact_notes %} — {{'
        ' p.safe_contact_notes }}{% endif %}</dd>\n'
        '      {% if p.contact_channel == "none" or p.contact_channel == "via_worker" %}\n'
        '      <dt>{% translate "Contact details" %}</dt><dd class="flag-red">{% translate "Hidden: the'
        ' participant must not be contacted directly." %}</dd>\n'
        '      {% else %}\n'
        '      <dt>{% translate "Phone" %}</dt><dd>{% if p.contact_channel == "email" %}<span'
        ' class="muted">{% translate "Not to be used" %}</span> {% endif %}{{ p.phone|default:"—"'
        ' }}</dd>\n'
        '      <dt>{% translate "Email" %}</dt><dd>{% if p.contact_channel == "phone" or'
        ' p.contact_channel == "sms" %}<span class="muted">{% translate "Not to be used" %}</span> {%'
        ' endif %}{{ p.email|default:"—" }}</dd>\n'
        '      <dt>{% translate "Address" %}</dt><dd>{{ p.address|default:"—" }}</dd>\n'
        '      {% endif %}\n'
        '    </dl>\n'
        '    <p><a href="{{ urls.detail }}">{% translate "Hide identity" %}</a>{% if can.edit %} · <a'
        ' href="{{ urls.edit }}">{% translate "Edit" %}</a>{% endif %}</p>'),
    "facts": (
        '{% load i18n ikut_formats %}  <dl class="pt-dl">\n'
        '    <dt>{% translate "Language" %}</dt><dd>{{ p.language|language_name }}</dd>\n'
        '    <dt>{% translate "Intake date" %}</dt><dd>{{ p.intake_date|date:"SHORT_DATE_FORMAT" }}</dd>\n'
        '    {% if can.edit %}<dt>{% translate "Portal login" %}</dt><dd>{% if p.user_id %}{% translate'
        ' "yes" %}{% else %}{% translate "none" %}{% endif %} · <a href="{{ urls.portal_login }}">{%'
        ' translate "Manage the portal login" %}</a></dd>{% endif %}\n'
        '    <dt>{% translate "Team" %}</dt><dd>{{ team_members }}{% if can.assign %} · <a href="{{'
        ' urls.team }}">{% translate "Change team" %}</a>{% endif %}</dd>\n'
        '  </dl>'),
    "plan_head": (
        '{% load i18n %}{% if can.view_identity %}<a href="{{ urls.plan_pdf }}">{% translate "Printable'
        ' plan (PDF)" %}</a>{% endif %}</p>\n'
        '  {% if can.edit %}\n'
        '  <form method="post" action="{{ urls.set_phase }}" class="row">{{ csrf }}\n'
        '    <label for="id_phase">{% translate "Phase" %}</label> <select name="phase" id="id_phase"'
        ' class="pt-inline-select">{{ phase_options }}</select> <button type="submit"'
        ' class="secondary">{% translate "Change phase" %}</button>\n'
        '  </form>\n'
        '  {% endif %}'),
    "plan_foot": (
        '{% load i18n %}{% if can.edit %}\n'
        '  <p class="row"><a class="button secondary" href="{{ urls.goal_add }}">{% translate "Add a'
        ' goal in the participant\'s own words" %}</a>\n'
        '  <a class="button secondary" href="{{ urls.task_add }}">{% translate "Add a task" %}</a></p>\n'
        '  {% endif %}'),
    "meetings": (
        '{% load i18n %}{% if can.log_meeting %}<p><a class="button secondary" href="{{ urls.meeting_add'
        ' }}">{% translate "Log a meeting" %}</a></p>{% endif %}\n'
        '  {% if rows %}<div class="table-wrap"><table>\n'
        '    <thead><tr>{{ head }}</tr></thead>\n'
        '    <tbody>{{ rows }}</tbody>\n'
        '  </table></div>{% else %}<p class="muted">{% translate "No meetings yet." %}</p>{% endif %}'),
    "referrals": (
        '{% load i18n %}{% if can.edit %}<p><a class="button secondary" href="{{ urls.referral_add'
        ' }}">{% translate "Refer to a partner" %}</a></p>{% endif %}\n'
        '  {% if rows %}<div class="table-wrap"><table>\n'
        '  <thead><tr>{{ head }}</tr></thead>\n'
        '  <tbody>{{ rows }}</tbody>\n'
        '  </table></div>{% else %}<p class="muted">{% translate "No referrals." %}</p>{% endif %}'),
    "safety": (
        '{% load i18n %}{% if can.edit %}\n'
        '  <ul class="pt-list">{{ items }}</ul>\n'
        '  <p class="row"><a class="button secondary" href="{{ urls.flag_add }}">{% translate "Raise a'
        ' risk flag" %}</a></p>\n'
        '  <p><a href="{{ urls.safety_plan }}">{% translate "Safety plan" %}</a></p>\n'
        '  {% elif not flags %}<p class="muted">{% translate "No active risk flags." %}</p>{% endif %}'),
    "exit": (
        '{% load i18n %}{% if p.is_open %}<p><a class="button secondary" href="{{ urls.exit }}">{%'
        ' translate "Exit from the pathway" %}</a></p>\n'
        '  {% else %}<p>{% blocktranslate with d=p.exit_date|date:"SHORT_DATE_FORMAT"'
        ' r=p.get_exit_reason_display %}Exited on {{ d }}: {{ r }}.{% endblocktranslate %}</p>\n'
        '  <p><a href="{{ urls.follow_up }}">{% translate "Record the six-month follow-up" %}</a></p>{%'
        ' endif %}'),
    "consents": (
        '{% load i18n %}{% if can.edit %}<p><a href="{{ urls.consents }}">{% translate "Record or'
        ' withdraw consents" %}</a></p>{% endif %}'),
    "note_kinds": (
        '{% for v, l in note_kinds %}<option value="{{ v }}"{% if forloop.last %} selected{% endif %}>{{'
        ' l }}</option>{% endfor %}'),
    "title": (
        '{% load i18n %}{% blocktranslate with code=p.code %}Participant {{ code }}{% endblocktranslate'
        ' %}'),
}


@pytest.mark.parametrize("language", ["en", "fi", "ar"])
def test_sections_give_what_the_template_gave(team, language):
    from itertools import product

    from django.utils.safestring import mark_safe

    from ikut.participants.models import Participant
    from ikut.participants.views import _record_urls

    p = Participant.objects.get(pk=team.participant.pk)  # identity loaded
    p.preferred_name, p.safe_contact_notes, p.nationality, p.languages_spoken = HOSTILE, HOSTILE, "VN,<x>", "th, <y>"
    p.phone, p.address, p.exit_date, p.exit_reason = HOSTILE, HOSTILE, datetime.date(2026, 1, 2), "employment"
    urls = {key: f"{url}?a=1&b=<'>" for key, url in _record_urls(p.code).items()}
    rows = mark_safe("<tr><td>r</td></tr>")
    csrf = mark_safe('<input type="hidden" name="csrfmiddlewaretoken" value="t">')
    old = {name: Template(text) for name, text in SECTIONS.items()}
    with translation.override(language):
        # every combination of the four permissions, with each contact channel and both states among them
        for i, flags in enumerate(product([False, True], repeat=4)):
            channel = ["email", "none", "sms", "phone", ""][i % 5]
            status = [Participant.Status.OPEN, Participant.Status.CLOSED][i % 2]
            p.contact_channel, p.status, p.user_id = channel, status, team.caseworker.pk if flags[0] else None
            can = dict(zip(("edit", "assign", "view_identity", "log_meeting"), flags, strict=True))
            kinds = Note.Kind.choices if flags[2] else [(Note.Kind.TEAM, Note.Kind.TEAM.label)]
            context = Context({"p": p, "urls": urls, "can": can, "csrf": csrf, "team_members": "T", "rows": rows,
                               "head": "H", "items": "I", "flags": flags[1:2], "phase_options": "O",
                               "note_kinds": kinds})

            def old_(name, context=context, **extra):
                with context.push(**extra):
                    return old[name].render(context)

            assert record.identity(p, urls, can_edit=can["edit"]) == old_("identity")
            assert record.facts(p, urls, can, "T") == old_("facts")
            assert record.plan_head(urls, can, csrf, "O") == old_("plan_head")
            assert record.plan_foot(urls, can) == old_("plan_foot")
            for shown in (rows, ""):
                assert record.meetings_section(urls, can, shown, "H", rows) == old_("meetings", rows=shown)
                assert record.referrals_section(urls, can, shown, "H", rows) == old_("referrals", rows=shown)
            assert record.safety_section(urls, can, flags[1:2], "I") == old_("safety")
            assert record.exit_section(p, urls) == old_("exit")
            assert record.consents_link(urls, can) == old_("consents")
            assert record.note_kind_options(psychosocial=flags[2]) == old_("note_kinds")
            assert record.title(p) == old_("title")


@pytest.mark.parametrize("name", ["participants:team", "participants:history", "participants:consents",
                                  "participants:viewers"])
def test_every_record_page_shows_the_record_pages_header(team, as_user, name):
    """The record's other pages include participants/_header.html, which asks record.header: the same header as the
    record page, escaped the same way."""
    p = team.participant
    client = as_user(team.caseworker)
    header = record.header(p, reverse("participants:detail", args=[p.code]), reverse("participants:dashboard"))
    record_page = client.get(reverse("participants:detail", args=[p.code]))
    page = client.get(reverse(name, args=[p.code]))
    assert record_page.status_code == page.status_code == 200
    assert header in record_page.content.decode() and header in page.content.decode() and p.code in header
