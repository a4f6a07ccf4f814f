"""A hand-built dataset whose every ESF+ figure is known in advance (see RAW and the comments).

Entered during 2026 H1: 21 participants — i = 0…19 with gender 12 women (0–11), 6 men (12–17), 2 non-binary
(18–19), and one (i = 20) with nothing recorded at all. Left during the period: 7. Six-month point in the
period: 10. Companies first supported in the period: 8 (6 SMEs, 1 large, 1 size not recorded).
"""

import datetime

from django.utils import timezone

from ikut.accounts.models import Organisation
from ikut.participants.models import Consent, ConsentPurpose, Participant
from ikut.reporting.models import ReportingPeriod
from tests.helpers import make_org

D = datetime.date
START, END = D(2026, 1, 1), D(2026, 6, 30)


def consent(p, purpose=ConsentPurpose.ESF_REPORTING, withdrawn=False):
    return Consent.objects.create(participant=p, purpose=purpose, text_version="v1", text_language="fi",
                                  how_given="signed", withdrawn_at=timezone.now() if withdrawn else None)


def person(org, **fields):
    age = fields.pop("age_band_at_entry", "")
    p = Participant.objects.create(organisation=org, **fields)
    if age:
        Participant.objects.filter(pk=p.pk).update(age_band_at_entry=age)
    return p


def spread(*pairs):
    out = []
    for value, n in pairs:
        out += [value] * n
    return out


def entrant_fields(i):
    """The recorded entry data of entrant i (0 ≤ i < 20)."""
    pick = lambda *pairs: spread(*pairs)[i]  # noqa: E731
    return dict(
        gender=pick(("woman", 12), ("man", 6), ("non_binary", 2)),
        employment_status_at_entry=pick(("unemployed", 8), ("long_term_unemployed", 7), ("inactive", 3),
                                        ("employed", 2)),
        age_band_at_entry=pick(("under_18", 1), ("18_29", 9), ("30_54", 7), ("55_plus", 3)),
        education_level=pick(("isced_0_2", 10), ("isced_3_4", 5), ("isced_5_8", 5)),
        disability=pick(("yes", 1), ("no", 13), ("declined", 2), ("", 4)),
        third_country_national=pick((True, 18), (False, 2)),
        foreign_background="yes",
        minority=pick(("yes", 2), ("declined", 3), ("", 15)),
        homeless_or_housing_exclusion=pick(("yes", 6), ("no", 9), ("", 5)),
        rural_area=pick((None, 17), (True, 3)),
    )


def companies(org_participant):
    """8 companies first supported in the period (6 SMEs, 1 large, 1 size not recorded) and one SME first
    supported in 2025 (not counted again in 2026). Support = an introduction proposed for their offer."""
    from ikut.employers.models import Company, Introduction, Offer

    sizes = [10] * 6 + [300, None, 20]
    days = [datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.UTC)] * 8 + [
        datetime.datetime(2025, 5, 1, 12, tzinfo=datetime.UTC)]
    for n, (staff, day) in enumerate(zip(sizes, days, strict=True)):
        org = make_org(f"Company {n}", Organisation.Kind.COMPANY)
        company = Company.objects.create(organisation=org, business_id=f"{1000000 + n}-0", sector="cleaning",
                                         staff_count=staff)
        offer = Offer.objects.create(company=company, kind="work_trial", title="Trial", tasks="Tasks",
                                     location="Helsinki", hours_per_day=7, days_per_week=5, pay_per="none")
        Introduction.objects.create(offer=offer, participant=org_participant, proposed_at=day)
        if n == 8:  # supported again in the period: still counted in 2025 only
            offer2 = Offer.objects.create(company=company, kind="work_trial", title="Trial 2", tasks="Tasks",
                                          location="Helsinki", hours_per_day=7, days_per_week=5, pay_per="none")
            Introduction.objects.create(offer=offer2, participant=org_participant, proposed_at=days[0])


def build(org=None, with_companies=True):
    org = org or make_org("Dataset org", Organisation.Kind.ASSISTANCE_SYSTEM)
    period = ReportingPeriod.objects.create(name="2026 H1", start=START, end=END)
    intake_days = [START, END] + [D(2026, 3, 1)] * 18  # both boundary days are inside the period
    entrants = []
    for i in range(20):
        entrants.append(person(org, intake_date=intake_days[i], **entrant_fields(i)))
        consent(entrants[-1])
    entrants.append(person(org, intake_date=D(2026, 2, 1)))  # nothing recorded
    consent(entrants[-1])
    # Just outside the period: never counted.
    consent(person(org, intake_date=D(2025, 12, 31), gender="woman"))
    consent(person(org, intake_date=D(2026, 7, 1), gender="woman"))
    # Left during the period (7): i < 4 women, the others men.
    for i in range(7):
        consent(person(org, intake_date=D(2025, 3, 1), exit_date=D(2026, 4, 1), status="closed",
                       gender="woman" if i < 4 else "man",
                       exit_employed={5: False, 6: None}.get(i, True),
                       exit_job_searching=True if i == 5 else None,
                       exit_in_education_or_training=False if i < 2 else None,
                       exit_qualification_gained=True))
    # Six-month cohort: six-month point within the period = exit between 2025-07-01 and 2025-12-31.
    for value, gender in spread(((True, "woman"), 6), ((None, "man"), 3)):
        consent(person(org, intake_date=D(2025, 1, 1), exit_date=D(2025, 9, 15), status="closed",
                       employed_6_months=value, gender=gender))
    # Boundary: left 2025-12-31, six-month point 2026-06-30 (the period's last day): counted.
    consent(person(org, intake_date=D(2025, 1, 1), exit_date=D(2025, 12, 31), status="closed",
                   employed_6_months=True, gender="man"))
    # Six-month point 2025-12-30, the day before the period: not counted.
    consent(person(org, intake_date=D(2025, 1, 1), exit_date=D(2025, 6, 30), status="closed",
                   employed_6_months=True, gender="man"))
    if with_companies:
        companies(entrants[0])
    return period, entrants


def add_without_consent(org):
    """Three entrants without a valid ESF+ consent (counted only under the legal-obligation basis)."""
    consent(person(org, intake_date=D(2026, 2, 1), gender="woman"), withdrawn=True)
    person(org, intake_date=D(2026, 2, 1), gender="man")
    consent(person(org, intake_date=D(2026, 2, 1), gender="woman"), purpose=ConsentPurpose.FOLLOW_UP_CONTACT)


# Every coded figure: (women, men, non_binary, gender_not_recorded, total), worked out by hand from the
# spreads above.
RAW = {
    "EECO01": (12, 6, 2, 1, 21),
    "EECO02": (12, 3, 0, 0, 15),  # unemployed 8 (women) + long-term unemployed 7
    "unemployed_not_long_term": (8, 0, 0, 0, 8),
    "EECO03": (4, 3, 0, 0, 7),
    "EECO04": (0, 3, 0, 0, 3),
    "EECO05": (0, 0, 2, 0, 2),
    "employment_not_recorded": (0, 0, 0, 1, 1),
    "EECO06": (1, 0, 0, 0, 1),
    "age_not_recorded": (0, 0, 0, 1, 1),
    "EECO07": (9, 0, 0, 0, 9),
    "age_30_54": (2, 5, 0, 0, 7),
    "EECO08": (0, 1, 2, 0, 3),
    "EECO09": (10, 0, 0, 0, 10),
    "EECO10": (2, 3, 0, 0, 5),
    "EECO11": (0, 3, 2, 0, 5),
    "education_not_recorded": (0, 0, 0, 1, 1),
    "EECO12": (1, 0, 0, 0, 1),
    "disability_no": (11, 2, 0, 0, 13),
    "disability_declined": (0, 2, 0, 0, 2),
    "disability_not_recorded": (0, 2, 2, 1, 5),
    "EECO13": (12, 6, 0, 0, 18),
    "third_country_no": (0, 0, 2, 0, 2),
    "third_country_not_recorded": (0, 0, 0, 1, 1),
    "EECO14": (12, 6, 2, 0, 20),
    "EECO15": (2, 0, 0, 0, 2),
    "minority_declined": (3, 0, 0, 0, 3),
    "minority_not_recorded": (7, 6, 2, 1, 16),
    "EECO16": (6, 0, 0, 0, 6),
    "homeless_no": (6, 3, 0, 0, 9),
    "homeless_not_recorded": (0, 3, 2, 1, 6),
    "EECO17": (0, 1, 2, 0, 3),
    "rural_not_recorded": (12, 5, 0, 1, 18),
    "left_total": (4, 3, 0, 0, 7),
    "EECR01": (0, 1, 0, 0, 1),
    "job_searching_not_recorded": (4, 2, 0, 0, 6),
    "EECR02": (0, 0, 0, 0, 0),
    "education_or_training_no": (2, 0, 0, 0, 2),
    "education_or_training_not_recorded": (2, 3, 0, 0, 5),
    "EECR03": (4, 3, 0, 0, 7),
    "EECR04": (4, 1, 0, 0, 5),
    "employed_on_leaving_no": (0, 1, 0, 0, 1),
    "employed_on_leaving_not_recorded": (0, 1, 0, 0, 1),
    "six_months_total": (6, 4, 0, 0, 10),
    "EECR05": (6, 1, 0, 0, 7),
    "employed_6_months_not_recorded": (0, 3, 0, 0, 3),
}
COMPANIES = {"companies_total": 8, "EECO19": 6, "companies_large": 1, "companies_size_not_recorded": 1}
