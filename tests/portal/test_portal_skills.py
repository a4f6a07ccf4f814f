"""The skills interview self-filled by the participant on the portal: saved to their own profile only, always
self-declared, audited with counts only; staff and anonymous never reach it."""

import datetime

import pytest

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.participants.models import Participant
from ikut.skills.models import (
    Certificate,
    LanguageSkill,
    Occupation,
    OccupationSkill,
    ProfileCertificate,
    ProfileSkill,
    Skill,
    SkillsProfile,
    WorkExperience,
)
from ikut.skills.starter import load_starter
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db
KITCHEN_PORTER = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08"


@pytest.fixture
def world():
    load_starter()
    org = make_org()
    me_user = make_user(Role.PARTICIPANT, org)
    other_user = make_user(Role.PARTICIPANT, org)
    me = Participant.objects.create(organisation=org, first_name="Nok", last_name="Demo",
                                    date_of_birth=datetime.date(1988, 1, 1), language="th", user=me_user)
    other = Participant.objects.create(organisation=org, first_name="Other", last_name="Person",
                                       date_of_birth=datetime.date(1990, 1, 1), language="vi", user=other_user)
    return me_user, me, other


def porter():
    occ = Occupation.objects.get(uri=KITCHEN_PORTER)
    essentials = list(OccupationSkill.objects.filter(occupation=occ, relation="essential")
                      .values_list("skill_id", flat=True))
    return occ, essentials


def test_pages_show_both_languages_and_pictograms(client, world):
    me_user, _me, _other = world
    sign_in(client, me_user)
    html = client.get("/portal/th/me/").content.decode()
    assert 'href="/portal/th/me/skills/"' in html
    response = client.get("/portal/th/me/skills/languages/")
    html = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "ภาษา" in html and 'lang="fi"' in html and "Kielet" in html  # Thai question, Finnish beside it
    assert "skills/icons/languages" in html and "data-quick-exit" in html
    assert 'name="fi_speaking"' in html and 'name="sv_speaking"' in html and 'name="th_speaking"' in html


def test_languages_saved_self_declared_and_audited_with_counts(client, world):
    me_user, me, other = world
    sign_in(client, me_user)
    response = client.post("/portal/th/me/skills/languages/",
                           {"fi_understanding": "A2", "fi_speaking": "A2", "th_understanding": "native",
                            "th_speaking": "native"})
    assert response.status_code == 302 and response["Location"] == "/portal/th/me/skills/work/"
    levels = {lang.code: lang.level for lang in LanguageSkill.objects.filter(profile__participant=me)}
    assert levels == {"fi": "A2", "th": "native"}
    assert not SkillsProfile.objects.filter(participant=other).exists()
    entry = AuditEntry.objects.filter(action="skills.profile.update_own").latest("seq")
    assert entry.subject_id == me.code and entry.actor_id == me_user.pk
    assert entry.details == {"section": "languages", "languages": 2}


def test_bad_level_names_the_field(client, world):
    me_user, me, _other = world
    sign_in(client, me_user)
    response = client.post("/portal/en/me/skills/languages/", {"fi_speaking": "Z9"})
    html = response.content.decode()
    assert response.status_code == 400 and 'href="#id_fi_speaking"' in html
    assert not LanguageSkill.objects.filter(profile__participant=me).exists()


def test_work_found_by_finnish_alt_label_and_skills_saved_self_declared(client, world):
    me_user, me, other = world
    occ, essentials = porter()
    sign_in(client, me_user)
    html = client.get("/portal/th/me/skills/work/", {"q": "keittiöapulanen"}).content.decode()
    assert f"?occupation={occ.pk}&amp;" in html
    html = client.get("/portal/th/me/skills/work/", {"occupation": occ.pk}).content.decode()
    assert 'name="confidence"' not in html  # a participant never chooses "confirmed"
    assert 'value="exploitative"' in html
    response = client.post("/portal/th/me/skills/work/", {
        "occupation": occ.pk, "work_type": "exploitative", "skills": [str(pk) for pk in essentials[:2]],
        "confidence": "confirmed"})
    assert response.status_code == 302 and response["Location"] == "/portal/th/me/skills/certificates/"
    saved = list(ProfileSkill.objects.filter(profile__participant=me))
    assert {ps.skill_id for ps in saved} == set(essentials[:2])
    assert {(ps.confidence, ps.source) for ps in saved} == {("self_declared", "experience")}
    assert WorkExperience.objects.get(profile__participant=me).work_type == "exploitative"
    assert not ProfileSkill.objects.filter(profile__participant=other).exists()
    entry = AuditEntry.objects.filter(action="skills.profile.update_own").latest("seq")
    assert entry.details == {"section": "work", "experiences": 1, "skills_added": 2}
    assert "esco" not in str(entry.details)
    # the saved skills show on the portal
    label = Skill.objects.get(pk=essentials[0]).label("th")
    assert label in client.get("/portal/th/me/skills/").content.decode()


def test_work_skill_outside_the_occupation_refused(client, world):
    me_user, me, _other = world
    occ, _essentials = porter()
    stranger = Skill.objects.exclude(pk__in=OccupationSkill.objects.filter(occupation=occ)
                                     .values("skill_id")).first()
    sign_in(client, me_user)
    response = client.post("/portal/en/me/skills/work/", {"occupation": occ.pk, "work_type": "paid",
                                                          "skills": [str(stranger.pk)]})
    assert response.status_code == 400
    assert not ProfileSkill.objects.filter(profile__participant=me).exists()


def test_certificates_keep_what_the_coach_recorded_as_studying(client, world):
    me_user, me, _other = world
    hygiene, forklift, first_aid = Certificate.objects.order_by("code")[:3]
    profile = SkillsProfile.objects.create(participant=me)
    ProfileCertificate.objects.create(profile=profile, certificate=forklift, status="studying")
    sign_in(client, me_user)
    response = client.post("/portal/en/me/skills/certificates/", {"held": [hygiene.pk, first_aid.pk]})
    assert response.status_code == 302 and response["Location"] == "/portal/en/me/skills/goals/"
    status = dict(ProfileCertificate.objects.filter(profile=profile).values_list("certificate__code", "status"))
    assert status == {hygiene.code: "held", first_aid.code: "held", forklift.code: "studying"}


def test_goals_saved_to_own_profile(client, world):
    me_user, me, other = world
    other_profile = SkillsProfile.objects.create(participant=other, goals="other goal")
    sign_in(client, me_user)
    response = client.post("/portal/fi/me/skills/goals/", {"interests": "cooking", "goals": "work in a hotel",
                                                           "constraints": "", "location": "Vantaa"})
    assert response.status_code == 302 and response["Location"] == "/portal/fi/me/skills/?saved=1"
    profile = SkillsProfile.objects.get(participant=me)
    assert profile.goals == "work in a hotel" and profile.location == "Vantaa"
    other_profile.refresh_from_db()
    assert other_profile.goals == "other goal"
    entry = AuditEntry.objects.filter(action="skills.profile.update_own").latest("seq")
    assert "hotel" not in str(entry.details) and "Vantaa" not in str(entry.details)


def test_participant_without_record_and_unknown_step_get_404(client, world):
    me_user, _me, _other = world
    sign_in(client, me_user)
    assert client.get("/portal/en/me/skills/digital-secret/").status_code == 404
    assert client.get("/portal/en/me/skills/work/", {"occupation": "x"}).status_code == 404
    assert client.get("/portal/xx/me/skills/").status_code == 404
    lonely = make_user(Role.PARTICIPANT, make_org())
    sign_in(client, lonely)
    assert client.get("/portal/en/me/skills/").status_code == 404
    assert client.post("/portal/en/me/skills/goals/", {"goals": "x"}).status_code == 404
    assert not SkillsProfile.objects.exists()


@pytest.mark.parametrize("role", ["caseworker", "administrator", "supervisor", "employer"])
def test_staff_get_404(client, world, role):
    sign_in(client, make_user(role, make_org()))
    for url in ("/portal/fi/me/skills/", "/portal/fi/me/skills/languages/", "/portal/fi/me/skills/work/"):
        assert client.get(url).status_code == 404
    assert client.post("/portal/fi/me/skills/goals/", {"goals": "x"}).status_code == 404
    assert not SkillsProfile.objects.exists()


def test_anonymous_sent_to_sign_in(client, world):
    response = client.get("/portal/fi/me/skills/languages/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_hub_query_count(client, world, django_assert_max_num_queries):
    me_user, _me, _other = world
    sign_in(client, me_user)
    client.post("/portal/th/me/skills/languages/", {"fi_understanding": "A2", "fi_speaking": "A2"})
    with django_assert_max_num_queries(16):  # 16th: the work the participant entered (deletable), one query
        assert client.get("/portal/th/me/skills/").status_code == 200


def test_participant_deletes_work_they_entered_but_not_the_coachs_or_anyone_elses(client, world):
    me_user, me, other = world
    occ, essentials = porter()
    sign_in(client, me_user)
    client.post("/portal/th/me/skills/work/", {"occupation": occ.pk, "work_type": "paid",
                                               "skills": [str(pk) for pk in essentials[:2]]})
    mine = WorkExperience.objects.get(profile__participant=me)
    assert mine.added_by_participant
    coach_entry = WorkExperience.objects.create(profile=mine.profile, occupation=occ, work_type="informal")
    others = WorkExperience.objects.create(profile=SkillsProfile.objects.create(participant=other), occupation=occ,
                                           work_type="paid", added_by_participant=True)
    hub = client.get("/portal/th/me/skills/").content.decode()
    assert f"/portal/th/me/skills/work/{mine.pk}/delete/" in hub
    assert f"/work/{coach_entry.pk}/delete/" not in hub
    url = f"/portal/th/me/skills/work/{mine.pk}/delete/"
    assert client.get(url).status_code == 200 and client.post(url).status_code == 200  # asks first
    assert WorkExperience.objects.filter(pk=mine.pk).exists()
    for pk in (coach_entry.pk, others.pk, 999999):
        assert client.post(f"/portal/th/me/skills/work/{pk}/delete/", {"confirm": "yes"}).status_code == 404
    assert client.post(url, {"confirm": "yes"}).status_code == 302
    assert not WorkExperience.objects.filter(pk=mine.pk).exists()
    assert not ProfileSkill.objects.filter(profile__participant=me, experience_id=mine.pk).exists()
    assert WorkExperience.objects.filter(pk__in=[coach_entry.pk, others.pk]).count() == 2
    entry = AuditEntry.objects.filter(action="skills.profile.update_own").latest("seq")
    assert entry.details == {"section": "work", "experiences_deleted": 1}
