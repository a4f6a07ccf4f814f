"""Access matrix: the employers app (companies, offers, introductions, placements, self-assessments)."""

import datetime
import json

from django.utils import timezone

from . import Case

REGISTRY = {"administrator", "project_manager"}
MATCHERS = {"caseworker", "supervisor", "outsider"}  # outsider = a caseworker of another organisation
SEES_COMPANIES = REGISTRY | MATCHERS | {"employer"}
OWN = REGISTRY | {"employer"}


def extend_world(w):
    from ikut.employers.models import (
        Commitment,
        CommitmentStatusChange,
        Company,
        Introduction,
        Offer,
        Placement,
        Problem,
        SelfAssessment,
    )
    from ikut.participants.models import Assignment, Consent, ConsentPurpose, Participant
    from ikut.skills.models import Certificate, LanguageSkill, ProfileCertificate, ProfileSkill, Skill, SkillsProfile

    w.emp_company = Company.objects.create(organisation=w.company, business_id="0112038-9", sector="cleaning",
                                           locations="Helsinki")
    w.emp_other_company = Company.objects.create(organisation=w.other_company, business_id="1572860-0",
                                                 sector="hospitality")
    commitment = Commitment.objects.create(company=w.emp_company, kind="work_trial", status="active")
    CommitmentStatusChange.objects.create(commitment=commitment, status="active")
    w.emp_commitment = commitment
    w.emp_assessment = SelfAssessment.objects.create(company=w.emp_company, answers={}, risk_level="high", score=20,
                                                     questionnaire_version="2026-1")

    def offer(company, title):
        return Offer.objects.create(company=company, kind="work_trial", title=title, tasks="Cleaning offices",
                                    location="Helsinki", hours_per_day=7.5, days_per_week=5, pay_per="none",
                                    status="published", check_result={"flags": []})

    w.emp_offer = offer(w.emp_company, "Office cleaning work trial")
    w.emp_offer2 = offer(w.emp_company, "Hotel cleaning work trial")
    w.emp_offer3 = offer(w.emp_company, "Night cleaning work trial")
    w.emp_other_offer = offer(w.emp_other_company, "Kitchen work trial")

    p = Participant.objects.create(organisation=w.assistance, first_name="Employer", last_name="Matrixperson",
                                   nationality="Thai", language="th")
    Assignment.objects.create(participant=p, user=w.users["caseworker"], role=Assignment.CaseRole.LEAD)
    Consent.objects.create(participant=p, purpose=ConsentPurpose.EMPLOYER_INTRODUCTIONS, text_version="2026-1",
                           text_language="th", how_given="signed")
    skill = Skill.objects.create(uri="http://data.europa.eu/esco/skill/matrix-test",
                                 labels={"en": {"preferred": "clean"}})
    cert = Certificate.objects.create(code="matrix_card", kind="card", labels={"en": {"preferred": "Card"}})
    profile = SkillsProfile.objects.create(participant=p)
    ProfileSkill.objects.create(profile=profile, skill=skill, source="experience", confidence="confirmed")
    ProfileCertificate.objects.create(profile=profile, certificate=cert)
    LanguageSkill.objects.create(profile=profile, code="fi", understanding="A2", speaking="A2")
    w.emp_participant = p
    snap = json.dumps({"skills": [skill.uri], "certificates": ["matrix_card"], "languages": [], "other_languages": 1})
    now = timezone.now()
    w.emp_intro = Introduction.objects.create(offer=w.emp_offer, participant=p, profile_snapshot=snap,
                                              proposed_by=w.users["caseworker"])
    w.emp_intro_shared = Introduction.objects.create(
        offer=w.emp_offer2, participant=p, profile_snapshot=snap, proposed_by=w.users["caseworker"],
        status="shared", responded_at=now, responded_by=w.users["employer"], consent_recorded_at=now,
        consent_recorded_by=w.users["caseworker"])
    placed = Introduction.objects.create(
        offer=w.emp_offer3, participant=p, profile_snapshot=snap, proposed_by=w.users["caseworker"],
        status="placed", responded_at=now, consent_recorded_at=now)
    w.emp_placement = Placement.objects.create(introduction=placed, company=w.emp_company, offer=w.emp_offer3,
                                               participant=p, kind="work_trial",
                                               start_date=datetime.date.today(), status="ongoing")
    w.emp_problem = Problem.objects.create(placement=w.emp_placement, raised_by_side="employer", description="Late")


MATRIX = {
    "employers:home": Case(allow=SEES_COMPANIES),
    "employers:company_create": Case(allow=REGISTRY),
    "employers:company_detail": Case(allow=SEES_COMPANIES, kwargs=lambda w: {"pk": w.emp_company.pk}),
    "employers:company_edit": Case(allow=OWN, kwargs=lambda w: {"pk": w.emp_company.pk}),
    "employers:commitment_add": Case(allow=OWN, kwargs=lambda w: {"pk": w.emp_company.pk}),
    "employers:commitment_status": Case(allow=OWN, method="post", kwargs=lambda w: {"pk": w.emp_commitment.pk},
                                        data={"status": "fulfilled"}),
    "employers:offer_create": Case(allow=OWN, kwargs=lambda w: {"pk": w.emp_company.pk}),
    "employers:assessment_new": Case(allow=OWN, kwargs=lambda w: {"pk": w.emp_company.pk}),
    "employers:assessment_detail": Case(allow=OWN, kwargs=lambda w: {"pk": w.emp_assessment.pk}),
    "employers:offer_list": Case(allow=SEES_COMPANIES),
    "employers:offer_detail": Case(allow=SEES_COMPANIES, kwargs=lambda w: {"pk": w.emp_offer.pk}),
    "employers:offer_edit": Case(allow=OWN, kwargs=lambda w: {"pk": w.emp_offer.pk}),
    "employers:offer_publish": Case(allow=OWN, method="post", kwargs=lambda w: {"pk": w.emp_offer.pk},
                                    data={"action": "close"}),
    "employers:candidates": Case(allow=MATCHERS, kwargs=lambda w: {"pk": w.emp_offer.pk},
                                 note="the pool is each user's own visible participants"),
    "employers:propose": Case(allow={"caseworker"},
                              kwargs=lambda w: {"pk": w.emp_other_offer.pk, "code": w.emp_participant.code}),
    # issue 11: a supervisor not on the participant's team needs break-the-glass for anything about the record.
    "employers:participant_offers": Case(allow={"caseworker"},
                                         kwargs=lambda w: {"code": w.emp_participant.code}),
    "employers:introduction_list": Case(allow=MATCHERS | {"employer"}),
    "employers:introduction_detail": Case(allow={"caseworker", "employer"},
                                          kwargs=lambda w: {"pk": w.emp_intro.pk}),
    "employers:introduction_respond": Case(allow={"employer"}, method="post", kwargs=lambda w: {"pk": w.emp_intro.pk},
                                           data={"answer": "interested"}),
    "employers:introduction_consent": Case(allow={"caseworker"}, kwargs=lambda w: {"pk": w.emp_intro.pk}),
    "employers:introduction_withdraw": Case(allow={"caseworker"}, method="post",
                                            kwargs=lambda w: {"pk": w.emp_intro.pk}),
    "employers:placement_create": Case(allow={"caseworker"}, kwargs=lambda w: {"pk": w.emp_intro_shared.pk},
                                       note="only once the participant's consent shared the name"),
    "employers:placement_detail": Case(allow={"caseworker", "employer"},
                                       kwargs=lambda w: {"pk": w.emp_placement.pk}),
    "employers:placement_check_in": Case(allow={"caseworker", "employer"}, method="post",
                                         kwargs=lambda w: {"pk": w.emp_placement.pk}),
    "employers:placement_problem": Case(allow={"caseworker", "employer"}, method="post",
                                        kwargs=lambda w: {"pk": w.emp_placement.pk}),
    "employers:placement_outcome": Case(allow={"caseworker", "employer"}, kwargs=lambda w: {"pk": w.emp_placement.pk}),
    "employers:problem_resolve": Case(allow={"caseworker", "employer"}, method="post",
                                      kwargs=lambda w: {"pk": w.emp_problem.pk}),
    # API
    "api:employers_offers": Case(allow=SEES_COMPANIES),
    "api:employers_offer": Case(allow=SEES_COMPANIES, kwargs=lambda w: {"offer_id": w.emp_offer.pk}),
    "api:employers_introductions": Case(allow=MATCHERS | {"employer"}),
    "api:employers_introduction": Case(allow={"caseworker", "employer"},
                                       kwargs=lambda w: {"intro_id": w.emp_intro.pk}),
}
