import datetime
from types import SimpleNamespace

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.employers.demo import FAIR_ANSWERS
from ikut.employers.models import Company, Offer
from ikut.participants.models import Assignment, Consent, ConsentPurpose, Participant
from ikut.skills.models import Certificate, LanguageSkill, ProfileCertificate, ProfileSkill, Skill, SkillsProfile
from tests.helpers import make_org, make_user, sign_in

SECRET_NAME = "Nokwanlada"
SECRET_SURNAME = "Srisawatpong"
NATIONALITY = "Thailand-nationality-marker"


@pytest.fixture
def w(db):
    """Two companies with employer contacts, an assistance organisation with a caseworker assigned to a
    participant (skills profile, valid employer-introductions consent), and a published offer."""
    x = SimpleNamespace()
    x.assistance = make_org("Assistance", Organisation.Kind.ASSISTANCE_SYSTEM)
    x.org = make_org("Siisti Oy (test)", Organisation.Kind.COMPANY)
    x.other_org = make_org("Ravintola Kuu (test)", Organisation.Kind.COMPANY)
    x.company = Company.objects.create(organisation=x.org, business_id="1357913-8", sector="cleaning",
                                       locations="Helsinki\nEspoo")
    x.other_company = Company.objects.create(organisation=x.other_org, business_id="8765432-1", sector="hospitality")
    x.employer = make_user(Role.EMPLOYER, x.org)
    x.other_employer = make_user(Role.EMPLOYER, x.other_org)
    x.caseworker = make_user(Role.CASEWORKER, x.assistance)
    x.colleague = make_user(Role.CASEWORKER, x.assistance)
    x.supervisor = make_user(Role.SUPERVISOR, x.assistance)
    x.pm = make_user(Role.PROJECT_MANAGER, make_org("Project", Organisation.Kind.PROJECT_OFFICE))
    x.participant = Participant.objects.create(
        organisation=x.assistance, first_name=SECRET_NAME, last_name=SECRET_SURNAME, nationality=NATIONALITY,
        date_of_birth=datetime.date(1988, 3, 4), phone="+358 40 000 0000", email="nok@example.test", language="th")
    Assignment.objects.create(participant=x.participant, user=x.caseworker, role=Assignment.CaseRole.LEAD)
    x.consent = Consent.objects.create(participant=x.participant, purpose=ConsentPurpose.EMPLOYER_INTRODUCTIONS,
                                       text_version="2026-1", text_language="th", how_given="signed")
    x.skill_clean = Skill.objects.create(uri="http://data.europa.eu/esco/skill/test-clean",
                                         labels={"en": {"preferred": "clean surfaces"},
                                                 "fi": {"preferred": "puhdistaa pintoja"}})
    x.skill_chem = Skill.objects.create(uri="http://data.europa.eu/esco/skill/test-chem",
                                        labels={"en": {"preferred": "handle cleaning chemicals"}})
    x.skill_cook = Skill.objects.create(uri="http://data.europa.eu/esco/skill/test-cook",
                                        labels={"en": {"preferred": "prepare vegetables"}})
    x.hygiene = Certificate.objects.create(code="hygiene_passport_t", kind="card",
                                           labels={"en": {"preferred": "Hygiene passport"}})
    x.safety = Certificate.objects.create(code="safety_card_t", kind="card",
                                          labels={"en": {"preferred": "Safety card"}})
    profile = SkillsProfile.objects.create(participant=x.participant, location="Helsinki")
    ProfileSkill.objects.create(profile=profile, skill=x.skill_clean, source="experience", confidence="confirmed")
    ProfileSkill.objects.create(profile=profile, skill=x.skill_cook, source="experience", confidence="confirmed")
    ProfileCertificate.objects.create(profile=profile, certificate=x.hygiene)
    LanguageSkill.objects.create(profile=profile, code="th", understanding="native", speaking="native")
    LanguageSkill.objects.create(profile=profile, code="fi", understanding="A2", speaking="A2")
    LanguageSkill.objects.create(profile=profile, code="en", understanding="A2", speaking="A1")
    x.offer = Offer.objects.create(
        company=x.company, kind="work_trial", title="Office cleaning work trial", tasks="Cleaning offices",
        location="Helsinki", hours_per_day=7.5, days_per_week=5, pay_per="none", status="published",
        language_fi="A2", check_result={"flags": []}, **FAIR_ANSWERS)
    x.offer.skill_links.create(skill=x.skill_clean, required=True)
    x.offer.skill_links.create(skill=x.skill_chem, required=False)
    x.offer.certificate_links.create(certificate=x.hygiene, required=True)
    x.other_offer = Offer.objects.create(
        company=x.other_company, kind="work_trial", title="Kitchen work trial", tasks="Washing up", location="Turku",
        hours_per_day=6, days_per_week=5, pay_per="none", status="published", check_result={"flags": []},
        **FAIR_ANSWERS)
    return x


@pytest.fixture
def as_user(client):
    from django.conf import settings

    def _as(user):
        client.logout()
        signed = sign_in(client, user)
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # assertions read English wording
        return signed

    return _as
