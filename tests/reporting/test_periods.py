"""Reporting periods: never overlapping, reviewed then submitted, stored figures that never change,
corrections reported with the next period, cumulative figures, and a differencing attacker."""

import datetime

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikut.accounts.models import Role
from ikut.participants.models import Participant
from ikut.reporting import actions, esf, periods, privacy
from ikut.reporting.models import ReportingPeriod, SubmittedPeriodError
from tests.helpers import make_org, make_user, sign_in

from . import dataset

pytestmark = pytest.mark.django_db
D = datetime.date


def submit(period, user):
    actions.review_period(user, period)
    actions.submit_period(user, period)
    period.refresh_from_db()
    return period


def test_overlapping_period_is_refused(client):
    dataset.build(with_companies=False)  # 2026 H1
    pm = make_user(Role.PROJECT_MANAGER)
    sign_in(client, pm)
    url = reverse("reporting:periods")
    for start, end in [("2026-06-30", "2026-12-31"), ("2025-07-01", "2026-01-01"), ("2026-02-01", "2026-02-28"),
                       ("2025-01-01", "2027-01-01")]:
        response = client.post(url, {"name": f"P {start}", "start": start, "end": end})
        assert response.status_code == 200
        assert "2026 H1" in response.content.decode()  # the message names the period it overlaps
    assert ReportingPeriod.objects.count() == 1
    response = client.post(url, {"name": "2026 Q3", "start": "2026-07-01", "end": "2026-09-30"})
    assert response.status_code == 302 and ReportingPeriod.objects.count() == 2


def test_review_then_submit_through_the_page(client):
    period, _ = dataset.build(with_companies=False)
    pm = make_user(Role.PROJECT_MANAGER)
    sign_in(client, pm)
    client.post(reverse("reporting:esf_submit", args=[period.pk]))
    period.refresh_from_db()
    assert period.state == "draft"  # not reviewed: refused
    client.post(reverse("reporting:esf_review", args=[period.pk]))
    client.post(reverse("reporting:esf_submit", args=[period.pk]))
    period.refresh_from_db()
    assert period.state == "submitted" and len(period.fingerprint) == 64
    assert period.figures["cells"]["EECO01"]["total"] == 21
    assert period.published["cells"]["EECO01"]["total"] == {"v": 21, "d": "21", "s": "shown"}
    html = client.get(reverse("reporting:esf", args=[period.pk])).content.decode()
    assert period.fingerprint[:10] in html
    from ikut.audit import log
    from ikut.audit.models import AuditEntry

    actions_logged = list(AuditEntry.objects.filter(subject_type="period").order_by("seq")
                          .values_list("action", flat=True))
    assert actions_logged[-3:] == ["reporting.period.review", "reporting.period.submit", "reporting.esf.view"]
    assert log.verify()[0]  # the chain still verifies (subject ids stored as text)


def test_data_changed_after_review_must_be_reviewed_again():
    period, entrants = dataset.build(with_companies=False)
    pm = make_user(Role.PROJECT_MANAGER)
    actions.review_period(pm, period)
    entrants[20].gender = "man"
    entrants[20].save()
    with pytest.raises(actions.PeriodError):
        actions.submit_period(pm, period)


def test_period_still_running_cannot_be_submitted():
    pm = make_user(Role.PROJECT_MANAGER)
    today = datetime.date.today()
    period = actions.create_period(pm, "Now", today - datetime.timedelta(days=10), today)
    actions.review_period(pm, period)
    with pytest.raises(actions.PeriodError):
        actions.submit_period(pm, period)


def late_entrants(org, n, day=None):
    day = day or D(2026, 3, 1)
    for _i in range(n):
        Participant.objects.create(organisation=org, intake_date=day, gender="woman",
                                   employment_status_at_entry="unemployed")


def test_submitted_figures_never_change_and_a_correction_goes_to_the_next_period(client, capsys):
    from django.core.management import call_command

    period, entrants = dataset.build(with_companies=False)
    pm = make_user(Role.PROJECT_MANAGER)
    submit(period, pm)
    stored = dict(period.published)
    # Late data after submission: 6 women who entered in March, and a changed record.
    late_entrants(entrants[0].organisation, 6)
    entrants[1].disability = "yes"
    entrants[1].save()
    period.refresh_from_db()
    assert period.published == stored
    assert periods.published(period) == stored
    call_command("esf_report", "--period", "2026 H1", "--format", "json")
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["fingerprint"] == stored["fingerprint"]
    assert {r["key"]: r for r in data["rows"]}["EECO01"]["total"] == 21
    # The model refuses any change to a submitted period.
    period.name = "renamed"
    with pytest.raises(SubmittedPeriodError):
        period.save()
    # The page of the submitted period says it differs now; the next period reports the correction.
    sign_in(client, pm)
    html = client.get(reverse("reporting:esf", args=[period.pk])).content.decode()
    assert "rp-suppressed" in html
    q3 = actions.create_period(pm, "2026 Q3", D(2026, 7, 1), D(2026, 9, 30))
    due = periods.corrections_due(q3)
    assert [d["period"].pk for d in due] == [period.pk]
    cells = due[0]["correction"]["cells"]
    assert cells["EECO01"]["total"] == {"v": 6, "d": "6", "s": "shown"}
    assert cells["EECO12"]["total"]["s"] != "shown"  # a change of 1: hidden
    html = client.get(reverse("reporting:esf", args=[q3.pk])).content.decode()
    assert "2026 H1" in html
    late_entrants(entrants[0].organisation, 6, day=D(2026, 8, 1))  # Q3 has 7 entrants
    submit(q3, pm)
    assert q3.corrections[0]["period_id"] == period.pk
    # Reported once, whole: nothing is pending any more.
    q4 = actions.create_period(pm, "2026 Q4", D(2026, 10, 1), D(2026, 10, 31))
    assert periods.corrections_due(q4) == [] and periods.pending_correction(period) is None
    # A small change later (1 person) is not publishable: the page says so, no correction is due.
    entrants[2].disability = "yes"
    entrants[2].save()
    pending = periods.pending_correction(period)
    assert pending["changes"]["EECO12"]["total"] == 1 and not pending["publishable"]
    assert periods.corrections_due(q4) == []
    # Cumulative = sums of the submitted periods' stored figures.
    total = periods.cumulative()
    q3_total = q3.published["cells"]["EECO01"]["total"]
    if q3_total["v"] is None:  # hidden in Q3: hidden in the sum
        assert total["EECO01"]["total"]["v"] is None
    else:
        assert total["EECO01"]["total"]["v"] == 21 + q3_total["v"] == 21 + 7
    assert total["EECO06"]["total"]["v"] is None  # "<5" in 2026 H1
    for key, columns in total.items():
        for column, cell in columns.items():
            parts = [p.published["cells"][key][column]["v"] for p in (period, q3)]
            assert cell["v"] == (None if None in parts else sum(parts)), (key, column)
    assert total["EECO01"]["gender_not_recorded"]["s"] != "shown"  # hidden in 2026 H1: hidden in the sum


def test_periods_page_lists_states_and_cumulative(client, django_assert_max_num_queries):
    period, _ = dataset.build(with_companies=False)
    pm = make_user(Role.PROJECT_MANAGER)
    submit(period, pm)
    sign_in(client, pm)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("reporting:periods"))
    html = response.content.decode()
    assert response.status_code == 200 and "2026 H1" in html and "h-cumulative" in html


# --- The differencing attacker ------------------------------------------------------------------------------

def published_equations(submitted):
    """Every published number as an equation the attacker knows: (table, cell key, {unknown: coeff}, value).

    Unknowns: ("x", period, key) = the true figure of a period at submission; ("c", period, correction#, key) =
    a correction. Cumulative = sum of the periods' figures (as documented)."""
    eqs, hidden = [], set()
    for p in submitted:
        for key, columns in p.published["cells"].items():
            for column, cell in columns.items():
                unknown = ("x", p.pk, key, column)
                if cell["v"] is None:
                    hidden.add(unknown)
                else:
                    eqs.append((("T", p.pk), (key, column), {unknown: 1}, cell["v"]))
        for n, correction in enumerate(p.corrections):
            for key, columns in correction["cells"].items():
                for column, cell in columns.items():
                    unknown = ("c", p.pk, n, key, column)
                    if cell["v"] is None:
                        hidden.add(unknown)
                    else:
                        eqs.append((("C", p.pk, n), (key, column), {unknown: 1}, cell["v"]))
    total = periods.cumulative(submitted)
    for key, columns in (total or {}).items():
        for column, cell in columns.items():
            if cell["v"] is not None:
                parts = {("x", p.pk, key, column): 1 for p in submitted}
                eqs.append((("K",), (key, column), parts, cell["v"]))
    return eqs, hidden


def differencing_attack(eqs, hidden):
    """Subtract every two published numbers of the same cell; a result that involves exactly one hidden
    unknown (everything else cancelling) reveals it. Returns what was learned."""
    learned = []
    by_cell = {}
    for table, cell, parts, value in eqs:
        by_cell.setdefault(cell, []).append((table, parts, value))
    for cell, items in by_cell.items():
        for i, (ta, a, _va) in enumerate(items):
            for tb, b, _vb in items[i + 1:]:
                diff = {u: a.get(u, 0) - b.get(u, 0) for u in set(a) | set(b)}
                diff = {u: c for u, c in diff.items() if c}
                if len(diff) == 1 and next(iter(diff)) in hidden:
                    learned.append((cell, ta, tb))
    return learned


def test_attacker_would_find_a_naive_cumulative():
    """The attack is real: a cumulative table computed from true sums and suppressed on its own leaks."""
    x = {("x", 1, "EECO12", "total"): 1, ("x", 2, "EECO12", "total"): 1}
    eqs = [(("T", 1), ("EECO12", "total"), {("x", 1, "EECO12", "total"): 1}, 7),
           (("K",), ("EECO12", "total"), x, 9)]  # period 2 has 2, hidden as "<5"
    assert differencing_attack(eqs, {("x", 2, "EECO12", "total")}) == [(("EECO12", "total"), ("T", 1), ("K",))]


people = st.lists(st.tuples(st.integers(0, 2),                      # period
                            st.sampled_from(["woman", "man", "non_binary", ""]),
                            st.sampled_from(["unemployed", "long_term_unemployed", "inactive", "employed", ""]),
                            st.sampled_from(["yes", "no", "declined", ""])),
                  min_size=0, max_size=40)
late = st.lists(st.tuples(st.integers(0, 1), st.sampled_from(["woman", "man"]),
                          st.sampled_from(["unemployed", "inactive"])), max_size=12)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(people=people, late=late)
def test_differencing_any_two_published_tables_reveals_no_hidden_cell(people, late):
    starts = [D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1)]
    ends = [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30)]
    with transaction.atomic():
        org = make_org("Attack org")
        pm = make_user(Role.PROJECT_MANAGER)
        made = [actions.create_period(pm, f"A{i}", starts[i], ends[i]) for i in range(3)]
        for n, (i, gender, status, disability) in enumerate(people):
            Participant.objects.create(organisation=org, intake_date=starts[i] + datetime.timedelta(days=n % 60),
                                       gender=gender, employment_status_at_entry=status, disability=disability)
        submit(made[0], pm)
        for _i, gender, status in late:  # late data for period 0 after its submission
            Participant.objects.create(organisation=org, intake_date=starts[0], gender=gender,
                                       employment_status_at_entry=status)
        submit(made[1], pm)
        submit(made[2], pm)
        submitted = periods.submitted_periods()
        eqs, hidden = published_equations(submitted)
        assert differencing_attack(eqs, hidden) == []
        # and inside every published table no hidden cell can be worked out from its relations
        for p in submitted:
            values = esf.flat_values(p.figures["cells"])
            states = {f"{k}:{c}": cell["s"] for k, cols in p.published["cells"].items() for c, cell in cols.items()}
            assert privacy.exposed_cells(values, states, esf.relations(p.figures["cells"])) == []
        transaction.set_rollback(True)
