"""Demo companies (fictional, marked demo): Siisti Oy (cleaning, 450 staff; HR contact Sanna) and Ravintola Kuu
(a small restaurant group). Commitments, a cleaning and a kitchen work-trial offer (both through the job-offer
check), one introduction waiting for the participant's consent, one ongoing placement, one self-assessment."""

import datetime

from django.utils import timezone

from ikut.accounts.models import Organisation
from ikut.core.actors import system

from . import actions
from .models import Commitment, CommitmentStatusChange, Company, Introduction, Offer

SIISTI_ID = "2345678-0"
KUU_ID = "7654321-2"


def _commit(company, kind, status, quantity=None, description="", months_ago=6):
    start = timezone.localdate() - datetime.timedelta(days=30 * months_ago)
    c = Commitment.objects.create(company=company, kind=kind, status=status, quantity=quantity,
                                  description=description, start_date=start)
    CommitmentStatusChange.objects.create(commitment=c, status=Commitment.Status.PLANNED, note="demo",
                                          changed_at=timezone.now() - datetime.timedelta(days=30 * months_ago))
    if status != Commitment.Status.PLANNED:
        CommitmentStatusChange.objects.create(commitment=c, status=status, note="demo")
    return c


# Answers of a fair offer to every rights question of the job-offer check (demo offers are published, so
# every question must be answered).
FAIR_ANSWERS = {
    "written_contract": True, "understood_language": True, "seasonal": False, "must_register_self_employed": False,
    "pay_into_bank_account": True, "payslip": True, "pay_withheld": False, "pay_part_returned": False,
    "unpaid_trial_days": 0, "overtime_paid": True, "rest_between_shifts_hours": 12, "recruitment_fee_eur": 0,
    "debt_eur": 0, "ppe_charged": False, "housing_provided": False, "must_live_in_housing": False,
    "housing_deducted": False, "documents": "worker", "bank_account_controlled": False, "phone_restricted": False,
    "free_to_leave": True, "threats": False, "differs_from_promise": False, "threatens_to_report": False,
}


def _offer(actor, company, occupation_uri=None, certificates=(), **fields):
    from ikut.skills.models import Certificate, Occupation

    offer = Offer(company=company, **(FAIR_ANSWERS | fields))
    occupation = Occupation.objects.filter(uri=occupation_uri).first() if occupation_uri else None
    offer.occupation = occupation
    required, optional = [], []
    if occupation is not None:
        for link in occupation.skill_links.select_related("skill"):
            (required if link.relation == "essential" else optional).append(link.skill)
    certs = list(Certificate.objects.filter(code__in=certificates))
    actions.save_offer(actor, offer, required, optional, certs, [])
    offer, _published = actions.publish_offer(actor, offer)
    return offer


def seed(world):
    orgs, users = world["organisations"], world["users"]
    sanna, coach = users.get("employer"), users.get("caseworker")
    siisti_org = orgs["company"]
    if Company.objects.filter(organisation=siisti_org).exists():
        return
    kuu_org = Organisation.objects.get_or_create(name="Ravintola Kuu (demo)",
                                                 defaults={"kind": Organisation.Kind.COMPANY})[0]
    siisti = Company.objects.create(
        organisation=siisti_org, business_id=SIISTI_ID, sector="cleaning", staff_count=450, is_demo=True,
        locations="Helsinki\nEspoo\nVantaa", description="Office and hotel cleaning (fictional demo company).")
    kuu = Company.objects.create(
        organisation=kuu_org, business_id=KUU_ID, sector="hospitality", staff_count=25, is_demo=True,
        locations="Helsinki", description="Two restaurants in Helsinki (fictional demo company).")
    _commit(siisti, Commitment.Kind.WORK_TRIAL, Commitment.Status.ACTIVE, 3, "Three work trials a year.")
    _commit(siisti, Commitment.Kind.LANGUAGE_SUPPORT, Commitment.Status.ACTIVE, None,
            "Finnish-speaking buddy for each trainee.")
    _commit(siisti, Commitment.Kind.TRAINING, Commitment.Status.FULFILLED, 2, "HR took the subcontracting course.")
    _commit(siisti, Commitment.Kind.DUE_DILIGENCE, Commitment.Status.PLANNED, None,
            "Check the cleaning subcontractors' pay records.", months_ago=0)
    _commit(kuu, Commitment.Kind.WORK_TRIAL, Commitment.Status.ACTIVE, 1, "One kitchen work trial a year.")
    _commit(kuu, Commitment.Kind.TRAINING, Commitment.Status.ACTIVE, 1, "The owner attends the seminar.")

    hr = sanna or coach
    cleaning = _offer(
        hr, siisti, "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397",
        kind=Offer.Kind.WORK_TRIAL, title="Office cleaning work trial (demo)",
        tasks="Cleaning offices in the evening with a mentor; learning cleaning machines and chemicals safely.",
        location="Espoo", places=2, hours_per_day=6, days_per_week=5, pay_per=Offer.PayPer.NONE,
        collective_agreement="Kiinteistöpalvelualan työehtosopimus", language_fi="A1", language_support=True,
        start_date=timezone.localdate() + datetime.timedelta(days=21))
    kitchen = _offer(
        system("demo"), kuu, "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08",
        certificates=["hygiene_passport"], kind=Offer.Kind.WORK_TRIAL, title="Kitchen work trial (demo)",
        tasks="Dishwashing, preparing vegetables and salads, keeping the kitchen clean.", location="Helsinki",
        hours_per_day=7.5, days_per_week=5, pay_per=Offer.PayPer.NONE,
        collective_agreement="Matkailu-, ravintola- ja vapaa-ajan palveluita koskeva työehtosopimus",
        language_fi="A1", language_en="A1")

    people = world.get("participants") or {}
    oleksandr, hieu = people.get("oleksandr"), people.get("hieu")
    if coach is not None and oleksandr is not None and cleaning.status == Offer.Status.PUBLISHED:
        start = timezone.localdate() + datetime.timedelta(days=14)
        intro = actions.propose(coach, cleaning, oleksandr, start,
                                Introduction.Availability.FULL_TIME)
        actions.respond(hr, intro, True)  # waiting for Oleksandr's consent on this introduction
    if coach is not None and hieu is not None and kitchen.status == Offer.Status.PUBLISHED:
        intro = actions.propose(coach, kitchen, hieu, timezone.localdate() - datetime.timedelta(days=10),
                                Introduction.Availability.FULL_TIME)
        actions.respond(coach, intro, True)
        actions.record_consent(coach, intro, share_phone=False, share_email=False)
        placement = actions.create_placement(coach, intro, {
            "start_date": timezone.localdate() - datetime.timedelta(days=3),
            "end_date": timezone.localdate() + datetime.timedelta(days=25),
            "mentor_name": "Mika (demo)", "mentor_contact": "mika@ravintolakuu.example"})
        actions.add_check_in(coach, placement, timezone.localdate(),
                             "First days went well; working hours as agreed (demo).")
    actions.save_assessment(hr, siisti, {
        "subcontractors": "yes", "chain_levels": "2", "contractor_checks": "yes", "contract_terms": "unknown",
        "agencies": "yes", "fees": "unknown", "housing": "no", "housing_deducted": "no", "documents": "no",
        "own_account": "yes", "pay_records": "no", "reporting": "unknown"})
    world["companies"] = {"siisti": siisti, "kuu": kuu}
    return world["companies"]
