"""issue 11: the DPO's audit browser — scoped to their own organisation, filters through a form (bad input is a
field error, never a 500), pagination keeps the filters."""

import pytest
from django.urls import reverse

from ikut.accounts.models import Organisation, Role
from ikut.audit import log
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_orgs(org):
    other = make_org("Other NGO", Organisation.Kind.PARTNER_NGO)
    ours, theirs = make_user(Role.CASEWORKER, org), make_user(Role.CASEWORKER, other)
    for i in range(3):
        log.record(ours, "participants.plan.print", ("participant", f"IK-2026-1{i:03d}"))
        log.record(theirs, "participants.safety_plan.view", ("participant", f"IK-2026-2{i:03d}"))
    return org, other


def test_dpo_reads_only_their_own_organisations_entries(client, two_orgs):
    org, other = two_orgs
    sign_in(client, make_user(Role.DPO, org))
    html = client.get(reverse("audit:list")).content.decode()
    assert "IK-2026-1000" in html and "participants.plan.print" in html
    assert "IK-2026-2000" not in html and "participants.safety_plan.view" not in html
    # asking for the other organisation's subject directly finds nothing either
    html = client.get(reverse("audit:list"), {"subject": "IK-2026-2001"}).content.decode()
    assert "IK-2026-2001" not in html.split("<tbody>")[1]
    client.logout()
    sign_in(client, make_user(Role.DPO, other))
    html = client.get(reverse("audit:list")).content.decode()
    assert "IK-2026-2000" in html and "IK-2026-1000" not in html


@pytest.mark.parametrize("query", [{"since": "not-a-date"}, {"since": "x", "page": "zz"},
                                   {"until": "2026-13-45"}, {"since": "2026-05-02", "until": "2026-05-01"},
                                   {"action": "a" * 5000}])
def test_bad_filters_are_field_errors_not_server_errors(client, two_orgs, query):
    org, _other = two_orgs
    sign_in(client, make_user(Role.DPO, org))
    response = client.get(reverse("audit:list"), query)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert 'class="errorlist"' in response.content.decode()
    # an unreadable filter shows nothing, not everything
    assert "participants.plan.print" not in response.content.decode()


def test_pagination_keeps_the_filters(client, org):
    user = make_user(Role.CASEWORKER, org)
    for i in range(60):
        log.record(user, "participants.goal.add", ("participant", f"IK-2026-{i:04d}"))
    log.record(user, "participants.task.add", ("participant", "IK-2026-9999"))
    sign_in(client, make_user(Role.DPO, org))
    html = client.get(reverse("audit:list"), {"action": "participants.goal.", "since": "2000-01-01"}).content.decode()
    assert "action=participants.goal.&amp;since=2000-01-01&amp;page=2" in html
    page2 = client.get(reverse("audit:list"), {"action": "participants.goal.", "since": "2000-01-01", "page": "2"})
    body = page2.content.decode()
    assert "participants.task.add" not in body and body.count("<code>participants.goal.add</code>") == 10
