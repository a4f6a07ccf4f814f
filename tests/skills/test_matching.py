import io
import json

import pytest
from django.core.management import call_command

from ikut.skills import matching
from ikut.skills.matching import Index, match
from ikut.skills.models import Occupation, OccupationSkill, Skill
from ikut.skills.profile_document import ProfileError
from ikut.skills.starter import starter_data

KITCHEN_PORTER = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08"
COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"


def essentials(uri):
    return list(OccupationSkill.objects.filter(occupation__uri=uri, relation="essential")
                .order_by("skill__uri").values_list("skill__uri", flat=True))


def profile(skills, **extra):
    return {"schema": "ikut.skills-profile/1", "skills": skills, **extra}


def test_starter_taxonomy_has_real_shape():
    data = starter_data()
    assert len(data["occupations"]) >= 60
    sectors = {o["sector"] for o in data["occupations"]}
    assert {"cleaning", "hospitality", "construction", "agriculture", "care", "beauty", "logistics",
            "food_processing", "transport", "domestic"} <= sectors
    for occ in data["occupations"]:
        assert occ["uri"].startswith("http://data.europa.eu/esco/occupation/")
        assert len(occ["isco"]) == 4 and occ["isco"].isdigit()
        assert occ["essential"], occ["labels"]["en"]["preferred"]
        assert {"en", "fi", "sv"} <= set(occ["labels"])
        assert occ["labels"]["fi"]["status"] == "machine-draft"
    codes = {c["code"] for c in data["certificates"]}
    assert {"hygiene_passport", "occupational_safety_card", "alcohol_passport", "first_aid_ea1", "hot_work_card",
            "forklift_licence", "driving_licence_b", "yki_fi_3"} <= codes
    assert "ESCO" in data["attribution"] and "European Union" in data["attribution"]


@pytest.mark.django_db
def test_starter_load_is_idempotent(starter):
    from ikut.skills.starter import load_starter

    counts = (Occupation.objects.count(), Skill.objects.count(), OccupationSkill.objects.count())
    load_starter()
    assert (Occupation.objects.count(), Skill.objects.count(), OccupationSkill.objects.count()) == counts
    assert counts[0] >= 60


@pytest.mark.django_db
@pytest.mark.parametrize("uri", [KITCHEN_PORTER, COOK])
def test_profile_with_all_essentials_ranks_the_occupation_first(starter, uri):
    result = match(profile(essentials(uri)), limit=10)
    assert result["schema"] == "ikut.match/1"
    first = result["occupations"][0]
    assert first["uri"] == uri
    assert first["essential_coverage"] == 1.0
    assert first["missing_essential"] == []
    scores = [o["score"] for o in result["occupations"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


@pytest.mark.django_db
def test_missing_essentials_are_listed_exactly(starter):
    needed = essentials(COOK)
    have, missing = needed[:2], needed[2:]
    result = match(profile(have), limit=100)
    cook = next(o for o in result["occupations"] if o["uri"] == COOK)
    assert sorted(cook["missing_essential"]) == sorted(missing)
    assert cook["essential_coverage"] == round(2 / len(needed), 4)
    assert cook["explain"]["essential"] == {"score": round(2 / len(needed), 4), "weight": 0.55, "have": 2,
                                            "of": len(needed)}


@pytest.mark.django_db
def test_certificates_and_languages_move_the_score_and_suggestions_count(starter):
    base = profile(essentials(KITCHEN_PORTER))
    without = match(base, limit=15)
    with_cert = match({**base, "certificates": ["hygiene_passport"], "languages": [{"code": "fi", "level": "B1"}]},
                      limit=15)
    s0 = next(o for o in without["occupations"] if o["uri"] == KITCHEN_PORTER)
    s1 = next(o for o in with_cert["occupations"] if o["uri"] == KITCHEN_PORTER)
    assert s1["score"] > s0["score"]
    assert s0["explain"]["certificates"]["missing_required"] == ["hygiene_passport"]
    assert s1["explain"]["certificates"]["missing_required"] == []
    hygiene = next(s for s in without["suggestions"] if s.get("code") == "hygiene_passport")
    listed = [o["uri"] for o in without["occupations"]]
    requiring = [u for u in listed if "hygiene_passport" in
                 next(o for o in without["occupations"] if o["uri"] == u)["explain"]["certificates"]["required"]]
    assert hygiene["opens"] == len(requiring) and hygiene["occupations"] == requiring
    assert f"opens {len(requiring)} more occupation" in hygiene["text"]
    assert not any(s.get("code") == "hygiene_passport" for s in with_cert["suggestions"])


@pytest.mark.django_db
def test_labels_follow_language_with_fallback(starter):
    result = match(profile(essentials(KITCHEN_PORTER)), limit=1, lang="fi")
    assert result["occupations"][0]["label"] == "tiskaaja"
    result = match(profile(essentials(KITCHEN_PORTER)), limit=1, lang="ar")
    assert result["occupations"][0]["label"] == "kitchen porter"


@pytest.mark.django_db
@pytest.mark.parametrize("data,message", [
    ([], "must be a JSON object"),
    ({"schema": "ikut.skills-profile/2", "skills": []}, "wrong schema"),
    ({"schema": "ikut.skills-profile/1"}, "'skills' is required"),
    ({"schema": "ikut.skills-profile/1", "skills": [], "languages": [{"code": "fi", "level": "Z9"}]}, "CEFR"),
    ({"schema": "ikut.skills-profile/1", "skills": [], "certificates": ["no_such_card"]}, "unknown certificate"),
])
def test_bad_profiles_are_refused(starter, data, message):
    with pytest.raises(ProfileError, match=message):
        match(data)


@pytest.mark.django_db
def test_cli_prints_json_and_exits_2_on_errors(starter, tmp_path, capsys):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(profile(essentials(KITCHEN_PORTER))), encoding="utf-8")
    out = io.StringIO()
    call_command("match", str(path), "--limit", "3", "--lang", "fi", stdout=out)
    result = json.loads(out.getvalue())
    assert result["schema"] == "ikut.match/1" and len(result["occupations"]) == 3
    assert result["occupations"][0]["uri"] == KITCHEN_PORTER

    unknown = ["http://data.europa.eu/esco/skill/not-a-skill", "http://data.europa.eu/esco/skill/also-not"]
    path.write_text(json.dumps(profile(essentials(KITCHEN_PORTER) + unknown)), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(SystemExit) as exc:
        call_command("match", str(path), stdout=io.StringIO(), stderr=err)
    assert exc.value.code == 2
    assert all(u in err.getvalue() for u in unknown)

    path.write_text("{not json", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(SystemExit) as exc:
        call_command("match", str(path), stdout=io.StringIO(), stderr=err)
    assert exc.value.code == 2 and "malformed JSON" in err.getvalue()

    path.write_text(json.dumps({"schema": "something/1", "skills": []}), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(SystemExit) as exc:
        call_command("match", str(path), stdout=io.StringIO(), stderr=err)
    assert exc.value.code == 2 and "wrong schema" in err.getvalue()


def test_index_ranks_synthetic_taxonomy_without_database():
    occupations = [(1, "o1", {"en": {"preferred": "one"}}, ""), (2, "o2", {"en": {"preferred": "two"}}, "B1")]
    skills = [(10, "s1", {}), (11, "s2", {}), (12, "s3", {})]
    links = [(1, 10, "essential"), (1, 11, "essential"), (2, 10, "essential"), (2, 12, "optional")]
    index = Index.build(occupations, skills, links, [], [])
    result = match(profile(["s1", "s2"]), index=index)
    assert [o["uri"] for o in result["occupations"]] == ["o1", "o2"]
    assert result["occupations"][0]["score"] == 1.0
    assert result["occupations"][1]["missing_essential"] == []
    assert result["occupations"][1]["explain"]["languages"]["score"] == 0.0


@pytest.mark.django_db
def test_index_is_cached_per_taxonomy_version(starter, django_assert_num_queries):
    first = matching.get_index()
    with django_assert_num_queries(1):  # the stamp only: no counting, no rebuild
        assert matching.get_index() is first
    from ikut.skills.starter import load_starter

    load_starter()
    assert matching.get_index() is not first


@pytest.mark.django_db
def test_an_edit_is_seen_by_the_next_match(starter):
    """Every save of a taxonomy row changes the stamp in the same transaction, so the next match in any
    process ranks with the edit."""
    needed = essentials(COOK)
    before = next(o for o in match(profile(needed), limit=50)["occupations"] if o["uri"] == COOK)
    assert before["missing_essential"] == []
    skill = Skill.objects.create(uri="http://data.europa.eu/esco/skill/test-new-essential",
                                 labels={"en": {"preferred": "plating"}})
    OccupationSkill.objects.create(occupation=Occupation.objects.get(uri=COOK), skill=skill, relation="essential")
    after = next(o for o in match(profile(needed), limit=50)["occupations"] if o["uri"] == COOK)
    assert after["missing_essential"] == [skill.uri]
    assert after["explain"]["essential"]["of"] == before["explain"]["essential"]["of"] + 1


@pytest.mark.django_db
def test_bulk_writes_are_seen_after_invalidate(starter):
    """Bulk writes (the ESCO import's raw INSERTs, queryset.update) send no signals: invalidate() bumps."""
    first = matching.get_index()
    Occupation.objects.filter(uri=COOK).update(language_level="C1")
    assert matching.get_index() is first  # not seen yet: nothing changed the stamp
    matching.invalidate()
    cook = next(o for o in match(profile(essentials(COOK)), limit=50)["occupations"] if o["uri"] == COOK)
    assert cook["explain"]["languages"]["needed"] == "C1"
