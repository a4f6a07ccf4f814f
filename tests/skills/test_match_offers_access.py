"""issue 11: POST /api/skills/match lists published offers only to roles the access policy lets see offers."""

import json

import pytest

from ikut.accounts.models import Organisation, Role
from tests.helpers import make_org, make_user, sign_in
from tests.skills.test_match_offers import offers  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _match(client, offers):  # noqa: F811
    response = client.post("/api/skills/match?limit=3", json.dumps(
        {"schema": "ikut.skills-profile/1", "skills": offers["porter_skills"]}), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("role,sees_offers", [(Role.PSYCHOSOCIAL, False), (Role.DPO, False),
                                              (Role.CASEWORKER, True), (Role.SUPERVISOR, True),
                                              (Role.PROJECT_MANAGER, True)])
def test_offers_only_for_roles_that_may_see_offers(client, offers, role, sees_offers):  # noqa: F811
    sign_in(client, make_user(role, make_org("Assistance", Organisation.Kind.ASSISTANCE_SYSTEM)))
    body = _match(client, offers)
    assert body["occupations"]  # the occupation ranking is for every role that may match
    assert ("offers" in body) is sees_offers
    assert ("Tiskaaja, lounasravintola" in json.dumps(body)) is sees_offers
