"""Access matrix for skills. Taxonomy pages: staff of the assistance system, NGOs and the project office
(not employer contacts, not participants). Profiles: whoever may see the world participant (its assigned
caseworker and psychosocial worker; since issue 11 not the owner organisation's supervisor, who is not on the
team and would need break-the-glass; exports ask for sudo first); changes only by the assigned
caseworker. The outsider (caseworker of another organisation) may browse the taxonomy but sees no profile."""

from ikut.skills.models import (
    Certificate,
    Occupation,
    OccupationCertificate,
    OccupationSkill,
    ProfileSkill,
    Skill,
    SkillsProfile,
    WorkExperience,
)

from . import Case

TAXONOMY = {"administrator", "caseworker", "psychosocial", "supervisor", "project_manager", "dpo", "outsider"}
SEES = {"caseworker", "psychosocial"}
EDITS = {"caseworker"}


def extend_world(w):
    occ = Occupation.objects.create(uri="http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08",
                                    isco_code="9412", labels={"en": {"preferred": "kitchen porter", "alt": []}},
                                    sector="hospitality")
    skill = Skill.objects.create(uri="http://data.europa.eu/esco/skill/matrix-wash",
                                 labels={"en": {"preferred": "wash the dishes"}})
    OccupationSkill.objects.create(occupation=occ, skill=skill, relation="essential")
    cert = Certificate.objects.create(code="hygiene_passport", kind="card",
                                      labels={"en": {"preferred": "Hygiene passport"}})
    OccupationCertificate.objects.create(occupation=occ, certificate=cert, relation="requires")
    profile = SkillsProfile.objects.create(participant=w.participant, goals="kitchen work")
    exp = WorkExperience.objects.create(profile=profile, occupation=occ, work_type="informal")
    w.sk_occupation, w.sk_skill, w.sk_experience = occ, skill, exp
    w.sk_profile_skill = ProfileSkill.objects.create(profile=profile, skill=skill, source="experience",
                                                     confidence="self_declared", experience=exp)
    # Work the world's portal participant entered themselves (portal:skills_work_delete).
    own = SkillsProfile.objects.create(participant=w.portal_self)
    w.portal_own_work = WorkExperience.objects.create(profile=own, occupation=occ, work_type="paid",
                                                      added_by_participant=True)


def code(w):
    return {"code": w.participant.code}


MATRIX = {
    "skills:index": Case(allow=TAXONOMY),
    "skills:occupations": Case(allow=TAXONOMY, query="?q=kitchen"),
    "skills:occupation": Case(allow=TAXONOMY, kwargs=lambda w: {"pk": w.sk_occupation.pk}),
    "skills:certificates": Case(allow=TAXONOMY),
    "skills:profile": Case(allow=SEES, kwargs=code),
    "skills:section": Case(allow=EDITS, kwargs=lambda w: {"code": w.participant.code, "section": "languages"}),
    "skills:experience": Case(allow=EDITS, kwargs=code, query="?q=kitchen"),
    "skills:experience_delete": Case(allow=EDITS, method="post",
                                     kwargs=lambda w: {"code": w.participant.code, "pk": w.sk_experience.pk}),
    "skills:skill_add": Case(allow=EDITS, kwargs=code, query="?q=dishes"),
    "skills:skill_delete": Case(allow=EDITS, method="post",
                                kwargs=lambda w: {"code": w.participant.code, "pk": w.sk_profile_skill.pk}),
    "skills:pdf": Case(allow=SEES, kwargs=code),
    "skills:json": Case(allow=SEES, kwargs=code),
    "api:skills_match": Case(allow=TAXONOMY, method="post", json=True,
                             data={"schema": "ikut.skills-profile/1",
                                   "skills": ["http://data.europa.eu/esco/skill/matrix-wash"]}),
    "api:skills_occupations": Case(allow=TAXONOMY, query="?q=kitchen"),
}
