"""The caseload dashboard's panels (participants/dashboard.py): one UNION ALL query gives each panel exactly the rows
its own queryset gives, rows are escaped HTML, and nobody else's participants appear."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from ikut.casedata.models import CaseStatus
from ikut.participants import dashboard
from ikut.participants.models import Assignment, Meeting, Participant, RiskFlag, Task

pytestmark = pytest.mark.django_db
HOSTILE = "<script>alert(1)</script>"


def fill(p, owner, today):
    now = timezone.make_aware(datetime.datetime.combine(today, datetime.time(10, 0)))
    Meeting.objects.create(participant=p, kind="coaching", starts_at=now, worker=owner, interpreter_used=True,
                           interpreter_language="th")
    Task.objects.create(participant=p, phase="intake", title=f"{HOSTILE} & co", owner=owner,
                        due_date=today - datetime.timedelta(days=2))
    Task.objects.create(participant=p, phase="follow_up", kind="follow_up", title="f", owner=owner, due_date=today)
    RiskFlag.objects.create(participant=p, kind="unsafe_phone")
    CaseStatus.objects.create(participant=p, permit_valid_until=today + datetime.timedelta(days=10),
                              reflection_period_until=today - datetime.timedelta(days=3))


def test_one_query_gives_each_panel_what_its_own_queryset_gives(team):
    today = timezone.localdate()
    for i in range(3):
        p = Participant.objects.create(organisation=team.org, first_name=f"P{i}", language="en")
        Assignment.objects.create(participant=p, user=team.caseworker)
        fill(p, team.caseworker, today)
    fill(team.participant, team.caseworker, today)
    querysets = dashboard.panel_querysets(team.caseworker, today)
    with CaptureQueriesContext(connection) as queries:
        panels = dashboard.fetch_panels(querysets)
    assert len(queries) == 1 and "UNION ALL" in queries[0]["sql"]
    for name, qs in querysets.items():
        kind, _key = dashboard.PANELS[name]
        assert panels[name] == [kind(*row) for row in qs], name  # the ORM's own rows, converted alike
        assert len(panels[name]) == 4, name
    assert panels["overdue"][0].title == f"{HOSTILE} & co"  # decrypted
    assert isinstance(panels["meetings"][0].starts_at, datetime.datetime)
    assert isinstance(panels["expiries"][0].permit_valid_until, datetime.date)


def test_a_scope_that_matches_nothing_asks_nothing(team, django_assert_num_queries):
    querysets = {"meetings": Meeting.objects.none().values_list(*dashboard._columns(dashboard.MeetingRow))}
    with django_assert_num_queries(0):
        assert dashboard.fetch_panels(querysets) == {"meetings": []}


def test_panel_rows_are_escaped(team, as_user):
    today = timezone.localdate()
    fill(team.participant, team.caseworker, today)
    Participant.objects.filter(pk=team.participant.pk).update(code='IK-"<b>')
    html = as_user(team.caseworker).get(reverse("participants:dashboard")).content.decode()
    assert HOSTILE not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert html.count("IK-&quot;&lt;b&gt;") >= 6  # meetings, overdue, follow-ups, flags, two expiries (+ table)
    assert 'href="/participants/IK-%22%3Cb%3E/#plan"' in html


def test_other_teams_participants_never_appear(team, as_user):
    """Meetings, flags and expiries of records the user is not (or no longer) assigned to stay off the panels, as
    do tasks owned by someone else."""
    today = timezone.localdate()
    elsewhere = Participant.objects.create(organisation=team.other, first_name="O", language="en")
    Assignment.objects.create(participant=elsewhere, user=team.outsider)
    fill(elsewhere, team.outsider, today)
    colleagues = Participant.objects.create(organisation=team.org, first_name="C", language="en")
    Assignment.objects.create(participant=colleagues, user=team.colleague)
    fill(colleagues, team.colleague, today)
    former = Participant.objects.create(organisation=team.org, first_name="F", language="en")
    Assignment.objects.create(participant=former, user=team.caseworker, ended_at=timezone.now())
    fill(former, team.colleague, today)
    fill(team.participant, team.caseworker, today)
    response = as_user(team.caseworker).get(reverse("participants:dashboard"))
    shown = {row.code for name in ("meetings", "overdue", "follow_ups", "flags") for row in response.context[name]}
    shown |= {item[0] for item in response.context["expiry_items"]}
    assert shown == {team.participant.code}
    html = response.content.decode()
    for p in (elsewhere, colleagues, former):
        assert p.code not in html


def test_the_compiled_union_gives_every_user_and_day_their_own_rows(team):
    """panels() compiles the union once per database and then binds only panel_params(): for every later user and
    day the rows are the ones their own querysets give."""
    today = timezone.localdate()
    codes = {}
    for owner, org in ((team.caseworker, team.org), (team.colleague, team.org), (team.outsider, team.other)):
        for i in range(2):
            p = Participant.objects.create(organisation=org, first_name=f"{owner.pk}-{i}", language="en")
            Assignment.objects.create(participant=p, user=owner)
            fill(p, owner, today + datetime.timedelta(days=i))
            codes.setdefault(owner, set()).add(p.code)
    dashboard._UNIONS.clear()
    try:
        for user in (team.caseworker, team.colleague, team.outsider, team.project_manager, team.caseworker):
            for day in (today, today + datetime.timedelta(days=1), today - datetime.timedelta(days=40)):
                expected = dashboard.fetch_panels(dashboard.panel_querysets(user, day))
                assert dashboard.panels(user, day) == expected, (user, day)
        assert len(dashboard._UNIONS) == 1
        mine = dashboard.panels(team.caseworker, today)
        assert len(mine["meetings"]) == 1 and len(mine["flags"]) == 2 and len(mine["overdue"]) == 2
        assert {row.code for rows in mine.values() for row in rows} == codes[team.caseworker]
        dashboard._UNIONS.clear()
        assert dashboard.panels(team.project_manager, today) == {name: [] for name in dashboard.PANELS}
        assert not dashboard._UNIONS  # nobody's caseload: nothing compiled to keep
    finally:
        dashboard._UNIONS.clear()


def test_the_filter_keeps_what_was_chosen_in_the_users_language(team, as_user):
    client = as_user(team.caseworker)
    url = reverse("participants:dashboard")
    html = client.get(url + "?status=closed&phase=job_readiness&scope=mine").content.decode()
    assert '<option value="closed" selected>' in html and '<option value="open">' in html
    assert '<option value="job_readiness" selected>' in html and '<option value="" selected>' not in html
    assert '<option value="mine" selected>' in html
    html = client.get(url + "?status=all", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert '<option value="all" selected>' in html and '<option value="" selected>' in html
    assert '<option value="open">Avoimet</option>' in html or '<option value="open">Avoin</option>' in html


def test_the_kept_filter_values_are_each_query_strings_own(team, as_user):
    """views._filters works a filter out once per combination of values: each query string still gets its own
    selection (a query string without filter values binds the form too, which selects "All phases"), the pager
    keeps exactly the filters in use, and a search's text is not kept."""
    from ikut.participants import views

    views._kept_filters.cache_clear()
    client = as_user(team.caseworker)
    url = reverse("participants:dashboard")
    all_phases = '<option value="" selected>'
    for _ in range(2):  # worked out, then kept
        assert all_phases not in client.get(url).content.decode()
        assert all_phases in client.get(url + "?page=1").content.decode()
        html = client.get(url + "?status=closed&flagged=on").content.decode()
        assert '<option value="closed" selected>' in html and 'id="id_flagged" checked' in html
        html = client.get(url + "?status=all").content.decode()
        assert '<option value="all" selected>' in html and 'id="id_flagged" checked' not in html
        assert client.get(url + "?status=nonsense").context["filters"] == {}
    kept = views._kept_filters.cache_info().currsize
    assert kept == 5
    response = client.get(url + "?q=IK-&status=closed")
    assert response.context["filters"]["q"] == "IK-" and 'value="IK-"' in response.content.decode()
    assert views._kept_filters.cache_info().currsize == kept  # the search is not kept
    assert views._filters(QueryDict("status=closed&phase=intake&page=3")) == (
        {"q": "", "scope": "", "phase": "intake", "status": "closed", "flagged": False}, "phase=intake&status=closed")


def test_assigned_to_is_assigned_participants_on_the_rows_that_join_the_record(team):
    """access.participants.assigned_to(user), the panels' scope, picks exactly the rows whose record is in
    assigned_participants(user): not an anonymised record, not after the assignment ended, not a colleague's
    record, nothing for someone without a caseload; the expiries panel also only open records."""
    from ikut.access.participants import assigned_participants, assigned_to

    today = timezone.localdate()
    anonymised = Participant.objects.create(organisation=team.org, first_name="A", language="en")
    former = Participant.objects.create(organisation=team.org, first_name="F", language="en")
    colleagues = Participant.objects.create(organisation=team.org, first_name="C", language="en")
    closed = Participant.objects.create(organisation=team.org, first_name="X", language="en")
    Assignment.objects.create(participant=anonymised, user=team.caseworker)
    Assignment.objects.create(participant=former, user=team.caseworker, ended_at=timezone.now())
    Assignment.objects.create(participant=colleagues, user=team.colleague)
    Assignment.objects.create(participant=closed, user=team.caseworker)
    for p in (team.participant, anonymised, former, colleagues, closed):
        fill(p, team.caseworker, today)
    Participant.objects.filter(pk=anonymised.pk).update(anonymised_at=timezone.now())
    Participant.objects.filter(pk=closed.pk).update(status="closed")
    for user in (team.caseworker, team.colleague, team.supervisor, team.project_manager):
        mine = assigned_participants(user)
        for model in (Meeting, RiskFlag, CaseStatus):
            assert set(model.objects.filter(assigned_to(user))) == set(model.objects.filter(participant__in=mine))
        panels = dashboard.fetch_panels(dashboard.panel_querysets(user, today))
        expected = set(mine.values_list("code", flat=True))
        assert {row.code for row in panels["meetings"] + panels["flags"]} == expected, user
        open_ones = set(mine.filter(status="open").values_list("code", flat=True))
        assert {row.code for row in panels["expiries"]} == open_ones, user
    flagged = {row.code for row in dashboard.panels(team.caseworker, today)["flags"]}
    assert flagged == {team.participant.code, closed.code}


@pytest.mark.parametrize("prefix", ["/", "/i&k'/"])
def test_code_links_are_the_escaped_reverse_and_code(prefix):
    """views._code_links, which the panels and the caseload table link their rows with, gives what escaping
    reverse()'s URL and the code gives: for IKUT's own codes (put into an escaped template) and for any other."""
    from html import escape

    from django.urls import reverse, set_script_prefix

    from ikut.participants import views

    try:
        set_script_prefix(prefix)
        for name in ("participants:detail", "participants:team", "participants:follow_up", "casedata:status"):
            link = views._code_links(name)
            for code in ("IK-2026-000001", "x.y_z~1", "a b?c#d%e&f", "ä<x>\"'", 'IK-"<b>'):
                assert link(code) == (escape(reverse(name, args=[code])), escape(code)), (name, code)
        assert views._code_links("participants:detail")("IK-1")[0] == escape(prefix) + "participants/IK-1/"
    finally:
        set_script_prefix("/")


def test_review_rows_are_what_the_template_wrote(team):
    """dashboard.review_rows (a supervisor's emergency accesses to review) gives the markup of the template loop it
    replaces, escaped, in the user's time zone and each language's date format."""
    from django.template import engines

    from ikut.participants.models import BreakGlassGrant

    Participant.objects.filter(pk=team.participant.pk).update(code='IK-"<b>')
    team.colleague.display_name = HOSTILE
    team.colleague.save()
    moment = timezone.make_aware(datetime.datetime(2026, 3, 29, 0, 30), datetime.UTC)  # DST night
    for user in (team.colleague, team.caseworker):
        BreakGlassGrant.objects.create(participant=team.participant, user=user, reason="r", granted_at=moment,
                                       expires_at=moment + datetime.timedelta(hours=8))
    grants = list(BreakGlassGrant.objects.select_related("participant", "user").order_by("-granted_at", "pk"))
    loop = engines["django"].from_string(
        '{% for g in reviews %}<li>{{ g.participant.code }} — {{ g.user }} — '
        '{{ g.granted_at|date:"SHORT_DATETIME_FORMAT" }}</li>{% endfor %}')
    for language in ("en", "fi", "ar"):
        for zone in ("Europe/Helsinki", "UTC"):
            with translation.override(language), timezone.override(zone):
                assert dashboard.review_rows(grants) == loop.render({"reviews": grants}), (language, zone)
    assert HOSTILE not in dashboard.review_rows(grants) and "&lt;script&gt;" in dashboard.review_rows(grants)
