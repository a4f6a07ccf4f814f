"""`ikut match` and POST /api/skills/match also rank published placement offers (employers app installed):
an "offers" list beside the unchanged occupation keys; drafts and closed offers never appear."""

import io
import json

import pytest
from django.core.management import call_command

from ikut.accounts.models import Organisation, Role
from ikut.employers.models import Company, Offer, OfferCertificate, OfferSkill
from ikut.skills.models import Certificate, OccupationSkill, Skill
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db
KITCHEN_PORTER = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08"


def essentials(uri):
    return list(OccupationSkill.objects.filter(occupation__uri=uri, relation="essential")
                .order_by("skill__uri").values_list("skill__uri", flat=True))


def make_offer(company, title, skills, status="published", certificates=(), **extra):
    offer = Offer.objects.create(company=company, kind="job", title=title, tasks="tasks", location="Vantaa",
                                 hours_per_day=7.5, days_per_week=5, status=status, **extra)
    for uri in skills:
        OfferSkill.objects.create(offer=offer, skill=Skill.objects.get(uri=uri), required=True)
    for code in certificates:
        OfferCertificate.objects.create(offer=offer, certificate=Certificate.objects.get(code=code), required=True)
    return offer


@pytest.fixture
def offers(starter):
    org = make_org("Ravintola Testi Oy", Organisation.Kind.COMPANY)
    company = Company.objects.create(organisation=org, business_id="1357913-8", sector="hospitality")
    porter_skills = essentials(KITCHEN_PORTER)
    other = list(Skill.objects.exclude(uri__in=porter_skills).order_by("uri").values_list("uri", flat=True)[:4])
    return {
        "porter": make_offer(company, "Tiskaaja, lounasravintola", porter_skills),
        "other": make_offer(company, "Varastotyöntekijä", other),
        "draft": make_offer(company, "Luonnos: tiskaaja", porter_skills, status="draft"),
        "closed": make_offer(company, "Suljettu: tiskaaja", porter_skills, status="closed"),
        "porter_skills": porter_skills, "other_skills": other,
    }


def cli(tmp_path, document, *args):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = io.StringIO()
    call_command("match", str(path), *args, stdout=out)
    return json.loads(out.getvalue())


def test_cli_ranks_the_offer_whose_required_skills_the_profile_holds_first(offers, tmp_path):
    document = {"schema": "ikut.skills-profile/1", "skills": offers["porter_skills"], "location": "Vantaa"}
    result = cli(tmp_path, document, "--limit", "5")
    assert set(result) == {"schema", "occupations", "suggestions", "offers"}
    assert result["occupations"][0]["uri"] == KITCHEN_PORTER  # the occupation keys are unchanged
    first = result["offers"][0]
    assert first["id"] == offers["porter"].pk and first["title"] == "Tiskaaja, lounasravintola"
    assert first["company"] == "Ravintola Testi Oy"
    assert first["score"] == 1.0 and first["missing_required"] == []
    assert first["explain"]["essential"] == {"score": 1.0, "weight": 0.55}
    assert first["explain"]["location"]["match"] is True
    second = result["offers"][1]
    assert second["id"] == offers["other"].pk and second["score"] < first["score"]
    assert sorted(second["missing_required"]) == sorted(offers["other_skills"])


def test_unpublished_offers_never_appear(offers, tmp_path):
    document = {"schema": "ikut.skills-profile/1", "skills": offers["porter_skills"]}
    ids = {o["id"] for o in cli(tmp_path, document, "--limit", "50")["offers"]}
    assert ids == {offers["porter"].pk, offers["other"].pk}
    assert offers["draft"].pk not in ids and offers["closed"].pk not in ids


def test_missing_required_skills_and_certificates_are_listed(offers, tmp_path):
    company = offers["porter"].company
    needs_card = make_offer(company, "Keittiöapulainen", offers["porter_skills"][:2],
                            certificates=["hygiene_passport"])
    document = {"schema": "ikut.skills-profile/1", "skills": offers["porter_skills"][:1]}
    result = {o["id"]: o for o in cli(tmp_path, document, "--limit", "50")["offers"]}
    row = result[needs_card.pk]
    assert row["missing_required"] == [offers["porter_skills"][1]]
    assert row["explain"]["missing_certificates"] == ["hygiene_passport"]
    assert row["score"] <= 0.5  # a missing required card caps the score
    with_card = {o["id"]: o for o in cli(tmp_path, document | {"certificates": ["hygiene_passport"]},
                                         "--limit", "50")["offers"]}
    assert with_card[needs_card.pk]["explain"]["missing_certificates"] == []


def test_api_returns_offers_too(client, offers):
    sign_in(client, make_user(Role.CASEWORKER, make_org("Assistance", Organisation.Kind.ASSISTANCE_SYSTEM)))
    response = client.post("/api/skills/match?limit=3", json.dumps(
        {"schema": "ikut.skills-profile/1", "skills": offers["porter_skills"]}), content_type="application/json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["occupations"][0]["uri"] == KITCHEN_PORTER
    assert [o["id"] for o in body["offers"]][:1] == [offers["porter"].pk]
    assert offers["draft"].pk not in [o["id"] for o in body["offers"]]


def test_profile_page_matching_has_no_offers_key(offers):
    from ikut.skills.matching import match

    assert "offers" not in match({"schema": "ikut.skills-profile/1", "skills": offers["porter_skills"]}, limit=2)
