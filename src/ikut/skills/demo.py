"""Demo data: the starter taxonomy, and skills profiles for the fictional demo participants Hieu (cook),
Oleksandr (formwork) and Nok (kitchen) when the pathway demo has created them (see PERSONAS.md)."""

from ikut.participants.models import Participant

from .models import (
    Certificate,
    LanguageSkill,
    Occupation,
    ProfileCertificate,
    ProfileSkill,
    SkillsProfile,
    WorkExperience,
)
from .starter import load_starter

ESCO = "http://data.europa.eu/esco/occupation/"
PROFILES = {
    "Hieu": {
        "languages": [("vi", "native", "native", "native"), ("en", "A1", "A1", "A1"), ("fi", "A1", "", "")],
        "experiences": [(ESCO + "90f75f67-495d-49fa-ab57-2f320e251d7e", "exploitative", "VN", 9,
                         "Cooked for a restaurant kitchen, 12-hour days (demo).")],
        "certificates": [("hygiene_passport", "studying")],
        "isced": "2", "years": 9, "country": "VN",
        "goals": "A fair restaurant job as a cook (demo).", "location": "Helsinki",
    },
    "Oleksandr": {
        "languages": [("uk", "native", "native", "native"), ("ru", "C1", "C1", "B2"), ("fi", "A1", "A1", "")],
        "experiences": [(ESCO + "a9068f84-cecd-4cbb-9acb-e20c714435ec", "informal", "FI", 6,
                         "Formwork and concrete on building sites, paid in cash (demo)."),
                        (ESCO + "2a22ff9e-de3b-408d-b312-5034896cc4f4", "paid", "UA", 12, "")],
        "certificates": [("driving_licence_b", "held"), ("occupational_safety_card", "studying")],
        "isced": "3", "years": 11, "country": "UA",
        "goals": "Construction work with a proper contract (demo).", "location": "Vantaa",
    },
    "Nok": {
        "languages": [("th", "native", "native", "native"), ("en", "A2", "A1", "A1")],
        "experiences": [(ESCO + "373db468-bd25-4b67-a6e0-4ac79d9a9e85", "exploitative", "FI", 1,
                         "Picked berries in the summer (demo)."),
                        (ESCO + "f756fdab-7726-4c48-bfcc-94ff8810fc08", "paid", "TH", 4, "")],
        "certificates": [("hygiene_passport", "studying")],
        "isced": "2", "years": 8, "country": "TH",
        "goals": "Work in a hotel kitchen; get a hygiene passport (demo).", "location": "Espoo",
    },
}


def seed(world):
    load_starter()
    for participant in Participant.objects.all():
        spec = PROFILES.get(participant.first_name)
        if spec is None or "(demo)" not in (participant.last_name or ""):
            continue
        if SkillsProfile.objects.filter(participant=participant).exists():
            continue
        seed_profile(participant, spec, world["users"].get("caseworker"))


def seed_profile(participant, spec, user=None):
    profile = SkillsProfile.objects.create(
        participant=participant, isced_level=spec["isced"], education_years=spec["years"],
        education_country=spec["country"], goals=spec["goals"], location=spec["location"], updated_by=user,
        digital={"communication": 2, "information": 1})
    for code, understanding, speaking, writing in spec["languages"]:
        LanguageSkill.objects.create(profile=profile, code=code, understanding=understanding, speaking=speaking,
                                     writing=writing)
    for uri, work_type, country, years, description in spec["experiences"]:
        occupation = Occupation.objects.get(uri=uri)
        experience = WorkExperience.objects.create(profile=profile, occupation=occupation, work_type=work_type,
                                                   country=country, years=years, description=description)
        for link in occupation.skill_links.filter(relation="essential").select_related("skill"):
            ProfileSkill.objects.get_or_create(profile=profile, skill=link.skill, defaults={
                "source": ProfileSkill.Source.EXPERIENCE, "confidence": ProfileSkill.Confidence.CONFIRMED,
                "experience": experience})
    for code, status in spec["certificates"]:
        ProfileCertificate.objects.create(profile=profile, certificate=Certificate.objects.get(code=code),
                                          status=status)
    return profile
