"""The caseload table's query compiled once per filter (fixed_sql.located_rows): every user still gets exactly their
own rows, a value that cannot be located is never cached, and fixed_sql.Exists is Django's Exists without a
parameter of its own."""

import datetime

import pytest
from django.db.models import Exists, OuterRef
from django.urls import reverse

from ikut.access.participants import assigned_participants
from ikut.accounts import mfa
from ikut.accounts.models import Role, User
from ikut.core import fixed_sql
from ikut.participants.models import Assignment, Participant, RiskFlag
from tests.helpers import PASSWORD, make_org, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_fixed_sql")]


def _record(org, name, *workers, flagged=False):
    p = Participant.objects.create(organisation=org, first_name=name, last_name="X",
                                   date_of_birth=datetime.date(1990, 1, 1), language="th")
    for worker in workers:
        Assignment.objects.create(participant=p, user=worker, role=Assignment.CaseRole.LEAD)
    if flagged:
        RiskFlag.objects.create(participant=p, kind="unsafe_phone", note="n", raised_by=workers[0])
    return p


def _caseload(user, calls):
    def build():
        calls.append(user.pk)
        flags = RiskFlag.objects.filter(participant=OuterRef("pk"), resolved_at__isnull=True)
        return assigned_participants(user).annotate(flagged=fixed_sql.Exists(flags)).order_by("code")[:50]

    return fixed_sql.located_rows(("test.caseload",), [user.pk], build)


def test_located_rows_gives_every_user_their_own_rows(team):
    _record(team.org, "a", team.caseworker, flagged=True)
    _record(team.org, "b", team.colleague)
    _record(team.other, "c", team.outsider, team.caseworker)
    calls = []
    for user in (team.caseworker, team.colleague, team.outsider, team.supervisor, team.caseworker):
        rows = _caseload(user, calls)
        expected = assigned_participants(user).order_by("code")
        assert [(r.pk, r.code) for r in rows] == [(p.pk, p.code) for p in expected]
        assert [r.flagged for r in rows] == [p.risk_flags.filter(resolved_at__isnull=True).exists() for p in expected]
    assert calls == [team.caseworker.pk]  # compiled once, then only bound


def test_a_varying_value_found_twice_or_not_at_all_is_not_cached(team):
    p = _record(team.org, "a", team.caseworker)
    org = team.org.pk
    twice = fixed_sql.located_rows("test.twice", [org], lambda: Participant.objects.filter(
        organisation_id=org, pk__in=[org, p.pk]))  # the organisation's id is also one of the pks asked for
    assert [r.pk for r in twice] == list(Participant.objects.filter(organisation_id=org, pk__in=[org, p.pk])
                                         .values_list("pk", flat=True))
    absent = fixed_sql.located_rows("test.absent", [str(org)], lambda: Participant.objects.filter(
        organisation_id=org))  # the value as text: not the compiled parameter
    assert len(absent) == Participant.objects.filter(organisation_id=org).count()
    assert "test.twice" not in fixed_sql._SHAPES and "test.absent" not in fixed_sql._SHAPES


def test_exists_is_djangos_without_a_parameter(team):
    flagged = _record(team.org, "f", team.caseworker, flagged=True)
    _record(team.org, "n", team.caseworker)
    flags = RiskFlag.objects.filter(participant=OuterRef("pk"), resolved_at__isnull=True)
    ours = Participant.objects.annotate(flagged=fixed_sql.Exists(flags)).order_by("pk")
    djangos = Participant.objects.annotate(flagged=Exists(flags)).order_by("pk")
    sql, params = ours.query.get_compiler(ours.db).as_sql()
    assert params == () and "EXISTS(SELECT (1) AS" in sql
    assert djangos.query.get_compiler(djangos.db).as_sql()[1] == (1,)  # what it replaces: Query.exists()'s Value(1)
    assert [(p.pk, p.flagged) for p in ours] == [(p.pk, p.flagged) for p in djangos]
    assert {p.pk for p in ours if p.flagged} == {flagged.pk}
    assert list(ours.filter(flagged=True)) == list(djangos.filter(flagged=True))


def _codes(client, query=""):
    html = client.get(reverse("participants:dashboard") + query).content.decode()
    return {code for code in Participant.objects.values_list("code", flat=True) if f">{code}<" in html}


def test_the_dashboard_lists_each_users_own_caseload_once_the_query_is_compiled(team, as_user):
    mine = _record(team.org, "mine", team.caseworker, flagged=True)
    colleagues = _record(team.org, "colleague's", team.colleague)
    outsiders = _record(team.other, "outsider's", team.outsider)
    other_supervisor = make_user(Role.SUPERVISOR, team.other)
    third_org = make_org("Third")
    third_supervisor = make_user(Role.SUPERVISOR, third_org)
    _record(third_org, "third", make_user(Role.CASEWORKER, third_org))
    team_records = {team.participant.code, mine.code, colleagues.code}
    for _ in range(2):  # the first round compiles, the second only binds
        assert _codes(as_user(team.caseworker)) == {team.participant.code, mine.code}
        assert _codes(as_user(team.caseworker), "?flagged=on") == {mine.code}
        assert _codes(as_user(team.colleague)) == {colleagues.code}
        assert _codes(as_user(team.outsider)) == {outsiders.code}
        # The attacker's path: another organisation's people ask for the organisation's caseload.
        assert _codes(as_user(team.outsider), "?scope=organisation") == {outsiders.code}
        assert _codes(as_user(other_supervisor), "?scope=organisation") == {outsiders.code}
        assert _codes(as_user(team.supervisor), "?scope=organisation") == team_records
        assert _codes(as_user(third_supervisor), "?scope=organisation") == set(
            Participant.objects.filter(organisation=third_org).values_list("code", flat=True))
    kinds = {key[1] for key in fixed_sql._SHAPES if key[0] == "participants.caseload"}
    assert kinds == {"assigned", "organisation"}


def test_a_value_is_located_only_as_often_as_the_caller_says(team):
    org = team.org.pk

    def build():
        return Participant.objects.filter(organisation_id=org) | Participant.objects.filter(created_by_id=org)

    fixed_sql.located_rows("test.once", [org], build)
    fixed_sql.located_rows("test.twice", [(org, 2)], build)
    assert "test.once" not in fixed_sql._SHAPES and "test.twice" in fixed_sql._SHAPES


def _links(client):
    """{code: "detail" | "team"} of the organisation caseload's rows."""
    html = client.get(reverse("participants:dashboard") + "?scope=organisation").content.decode()
    links = {}
    for p in Participant.objects.all():
        if reverse("participants:detail", args=[p.code]) + '"' in html:
            links[p.code] = "detail"
        elif reverse("participants:team", args=[p.code]) + '"' in html:
            links[p.code] = "team"
    return links


def test_a_supervisor_opens_exactly_the_records_of_their_teams_and_valid_grants(team, as_user):
    from django.utils import timezone

    from ikut.participants.models import BreakGlassGrant

    supervisor = make_user(Role.SUPERVISOR, team.org)  # their id is no record's id (asserted below); see the twin
    own_team = _record(team.org, "own team", supervisor)
    granted = _record(team.org, "granted", team.caseworker)
    grant = BreakGlassGrant.objects.create(participant=granted, user=supervisor, reason="r",
                                           expires_at=timezone.now() + datetime.timedelta(hours=1))
    other_supervisor = make_user(Role.SUPERVISOR, team.other)
    outsiders = _record(team.other, "outsider's", team.outsider, other_supervisor)
    theirs = {outsiders.code: "detail"} | {  # three rows, as on the supervisor's page: the same compiled query
        _record(team.other, name, team.outsider).code: "team" for name in ("second", "third")}
    assert supervisor.pk not in Participant.objects.values_list("pk", flat=True)
    expected = {team.participant.code: "team", own_team.code: "detail", granted.code: "detail"}
    for _ in range(2):  # compiled, then bound
        assert _links(as_user(other_supervisor)) == theirs
        assert _links(as_user(supervisor)) == expected
    assert ("participants.caseload.openable",) in fixed_sql._SHAPES
    # The clock is bound on every request: a grant that has run out no longer opens the record.
    BreakGlassGrant.objects.filter(pk=grant.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert _links(as_user(supervisor)) == dict(expected, **{granted.code: "team"})
    # A supervisor whose id is also the id of a record on the page: the kept query binds the user's id, and an equal
    # record id must not be taken for it.
    same_id = 1 + max(*User.objects.values_list("pk", flat=True), *Participant.objects.values_list("pk", flat=True))
    clash = Participant.objects.create(pk=same_id, organisation=team.org, first_name="clash", last_name="X",
                                       date_of_birth=datetime.date(1990, 1, 1), language="th")
    twin = User.objects.create_user("twin@test.example", PASSWORD, pk=same_id, role=Role.SUPERVISOR,
                                    organisation=team.org, display_name="Twin")
    mfa.confirm(twin, mfa.pending_totp(twin))
    Assignment.objects.create(participant=clash, user=twin, role=Assignment.CaseRole.LEAD)
    links = {code: "team" for code in expected} | {clash.code: "detail"}
    for _ in range(2):
        assert _links(as_user(twin)) == links


def test_each_supervisor_reviews_only_their_organisations_grants(team, as_user):
    from django.utils import timezone

    from ikut.participants.models import BreakGlassGrant

    ours = _record(team.org, "ours", team.caseworker)
    theirs = _record(team.other, "theirs", team.outsider)
    for p, user in ((ours, team.colleague), (theirs, team.outsider)):
        BreakGlassGrant.objects.create(participant=p, user=user, reason="r",
                                       expires_at=timezone.now() + datetime.timedelta(hours=1))
    other_supervisor = make_user(Role.SUPERVISOR, team.other)
    for _ in range(2):
        for supervisor, shown, hidden in ((team.supervisor, ours, theirs), (other_supervisor, theirs, ours)):
            html = as_user(supervisor).get(reverse("participants:dashboard")).content.decode()
            section = html.split('id="h-reviews"')[1].split("</section>")[0]
            assert f"<li>{shown.code} — " in section and hidden.code not in section
    assert ("participants.caseload.reviews", 20) in fixed_sql._SHAPES
