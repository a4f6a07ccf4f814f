"""The caseload dashboard, the organisation's caseload and the record page make the same number of queries
whatever the number of rows (issue 17): a query per row would change the count between 5 and 50 rows."""


import pytest
from django.urls import reverse

from ikut.audit.models import AuditEntry
from ikut.participants.models import (
    Assignment,
    Consent,
    Document,
    Referral,
)
from tests.helpers import make_caseload, make_record_history, make_user

pytestmark = pytest.mark.django_db

SIZES = [5, 50]


def caseload(team, n):
    make_caseload(team, n, unassigned=True)


@pytest.mark.parametrize("n", SIZES)
def test_dashboard_queries_do_not_grow_with_the_caseload(team, as_user, django_assert_num_queries, n):
    caseload(team, n)
    client = as_user(team.caseworker)
    url = reverse("participants:dashboard")
    client.get(url)
    # session, user, MFA device; the page's rows with their total; audit (savepoint, head, entry, head,
    # release); the four panels (today's meetings, overdue tasks and follow-ups, expiries, risk flags) in one
    # UNION ALL. The session is not saved: its last-seen time moved by less than
    # accounts.sessions.LAST_SEEN_GRANULARITY
    with django_assert_num_queries(10):
        response = client.get(url)
    assert response.status_code == 200
    page = response.context["page"]
    assert page.paginator.count == n + 1 and len(page.object_list) == min(n + 1, 50)
    html = response.content.decode()
    assert html.count('<a href="/participants/IK-') >= min(n + 1, 50)
    assert len(response.context["overdue"]) == min(n, 20) and len(response.context["follow_ups"]) == min(n, 20)
    assert len(response.context["meetings"]) == min(n, 20) and len(response.context["flags"]) == min(n, 20)
    assert AuditEntry.objects.filter(action="participants.caseload.view", actor=team.caseworker).count() == 2


@pytest.mark.parametrize("n", SIZES)
def test_organisation_caseload_queries_do_not_grow(team, as_user, django_assert_num_queries, n):
    caseload(team, n)
    Assignment.objects.create(participant=team.participant, user=team.supervisor)
    client = as_user(team.supervisor)
    url = reverse("participants:dashboard") + "?scope=organisation&status=all"
    client.get(url)
    # as the dashboard, + which of the page's rows the supervisor may open, + emergency accesses to review
    with django_assert_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200
    page = response.context["page"]
    assert page.paginator.count == 2 * n + 1 and len(page.object_list) == min(2 * n + 1, 50)
    html = response.content.decode()
    # the supervisor's own record links to the record, the others to the team page only (issue 11)
    assert f'<a href="{reverse("participants:detail", args=[team.participant.code])}">' in html
    assert html.count('/team/" title="') == min(2 * n + 1, 50) - 1


def test_a_page_beyond_the_end_shows_the_last_page(team, as_user):
    caseload(team, 55)
    client = as_user(team.caseworker)
    url = reverse("participants:dashboard")
    last = client.get(url + "?page=99").context["page"]
    assert (last.number, len(last.object_list), last.paginator.count) == (2, 6, 56)
    second = client.get(url + "?page=2").context["page"]
    assert [p.pk for p in second.object_list] == [p.pk for p in last.object_list]
    empty = client.get(url + "?q=nothing-matches").context["page"]
    assert (empty.number, list(empty.object_list), empty.paginator.count) == (1, [], 0)


def record(team, n):
    former = make_user("caseworker", team.org)  # wrote notes, no longer on the team
    make_record_history(team, n, former_author=former)
    # and n referrals (each under a consent, to a partner) and documents: the page loads only the columns it shows
    # of these lists too, and a column read but not loaded would be a query per row
    consent = Consent.objects.filter(participant=team.participant, partner=team.ngo).first()
    for i in range(n):
        Referral.objects.create(participant=team.participant, partner=team.ngo, service="legal_support",
                                consent=consent, shared_fields=["language"], sent_by=team.caseworker)
        Document.objects.create(participant=team.participant, kind="other", filename=f"d{i}.pdf",
                                content_type="application/pdf", size=1000 + i, storage_name=f"s{i}", sha256="0" * 64,
                                uploaded_by=team.caseworker)
    return former


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("identity", [False, True])
def test_record_page_queries_do_not_grow(team, as_user, django_assert_num_queries, n, identity):
    former = record(team, n)
    url = reverse("participants:detail", args=[team.participant.code]) + ("?identity=1" if identity else "")
    # session, user, MFA device; the record, its team (the access check reads it whole, the page lists it);
    # audit (5); notes with their authors, goals, tasks, consents, meetings, referrals, flags, documents (the
    # session is not saved)
    for user in (team.caseworker, team.psychosocial):
        client = as_user(user)
        client.get(url)
        with django_assert_num_queries(18):
            response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert str(former) in html and str(team.caseworker) in html  # note authors, on and off the team
        assert html.count("<td>Partner NGO</td>") == n and html.count(f'd{n - 1}.pdf</a>') == 1
        assert ("Testi Henkilö" in html) is identity
    assert AuditEntry.objects.filter(action="participants.participant.view").count() == 4


def test_hidden_identity_is_not_loaded(team, as_user, django_assert_num_queries):
    """With the identity hidden the record's identity fields are deferred, and the page asks for none of them
    (a deferred field read in the template would be one more query)."""
    client = as_user(team.caseworker)
    url = reverse("participants:detail", args=[team.participant.code])
    response = client.get(url)
    p = response.context["p"]
    assert {"first_name", "last_name", "date_of_birth", "phone", "address"} <= p.get_deferred_fields()
    assert response.context["show_identity"] is False
    p = client.get(url + "?identity=1").context["p"]
    assert p.get_deferred_fields() == {"safety_plan"} and p.first_name == "Testi"  # the plan has its own page
