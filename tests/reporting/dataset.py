"""A hand-built dataset whose every ESF+ indicator value is known in advance (see EXPECTED)."""

import datetime

from ikut.accounts.models import Organisation
from ikut.participants.models import Consent, ConsentPurpose, Participant
from ikut.reporting.models import ReportingPeriod
from tests.helpers import make_org

D = datetime.date
START, END = D(2026, 1, 1), D(2026, 6, 30)


def consent(p, purpose=ConsentPurpose.ESF_REPORTING, withdrawn=False):
    from django.utils import timezone

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


def build(org=None):
    org = org or make_org("Dataset org", Organisation.Kind.ASSISTANCE_SYSTEM)
    period = ReportingPeriod.objects.create(name="2026 H1", start=START, end=END)
    gender = spread(("woman", 12), ("man", 6), ("non_binary", 2))
    employment = spread(("unemployed", 8), ("long_term_unemployed", 7), ("inactive", 5))
    age = spread(("under_18", 1), ("18_29", 9), ("30_54", 7), ("55_plus", 3))
    education = spread(("isced_0_2", 10), ("isced_3_4", 5), ("isced_5_8", 5))
    tcn = spread((True, 18), (False, 2))
    disability = spread((False, 15), (None, 5))
    homeless = spread((True, 6), (False, 9), (None, 5))
    intake_days = [START, END] + [D(2026, 3, 1)] * 18  # both boundary days are inside the period
    entrants = []
    for i in range(20):
        entrants.append(person(org, intake_date=intake_days[i], gender=gender[i],
                               employment_status_at_entry=employment[i], age_band_at_entry=age[i],
                               education_level=education[i], third_country_national=tcn[i],
                               foreign_background=True, disability=disability[i],
                               homeless_or_housing_exclusion=homeless[i]))
        consent(entrants[-1])
    # Entered during the period without a valid ESF+ consent: 3 (separate total).
    consent(person(org, intake_date=D(2026, 2, 1), gender="woman"), withdrawn=True)
    person(org, intake_date=D(2026, 2, 1), gender="man")
    consent(person(org, intake_date=D(2026, 2, 1), gender="woman"), purpose=ConsentPurpose.FOLLOW_UP_CONTACT)
    # Just outside the period: never counted.
    consent(person(org, intake_date=D(2025, 12, 31), gender="woman"))
    consent(person(org, intake_date=D(2026, 7, 1), gender="woman"))
    # Left during the period (7, with consent): employed 5, job searching 1, education 0, qualification 7.
    for i in range(7):
        consent(person(org, intake_date=D(2025, 3, 1), exit_date=D(2026, 4, 1), status="closed",
                       exit_employed=i < 5, exit_job_searching=i == 5, exit_qualification_gained=True))
    # Six-month cohort: six-month point within the period = exit between 2025-07-01 and 2025-12-31.
    for value in spread((True, 6), (None, 3)):
        consent(person(org, intake_date=D(2025, 1, 1), exit_date=D(2025, 9, 15), status="closed",
                       employed_6_months=value))
    # Boundary: left 2025-12-31, six-month point 2026-06-30 (the period's last day): counted.
    consent(person(org, intake_date=D(2025, 1, 1), exit_date=D(2025, 12, 31), status="closed", employed_6_months=True))
    # Six-month point 2025-12-30, the day before the period: not counted.
    consent(person(org, intake_date=D(2025, 1, 1), exit_date=D(2025, 6, 30), status="closed", employed_6_months=True))
    return period, entrants


# key -> expected display. "<5" primary suppression, "×" complementary suppression.
EXPECTED = {
    "entered": {
        "total": "20", "without_consent": "<5",
        "gender_woman": "12", "gender_man": "6", "gender_non_binary": "<5", "gender_unknown": "<5",
        # employed 0 and unknown 0 are suppressed; inactive (5) and then long-term (7) must follow, or the
        # zeros and then the 5 could be recovered from the total.
        "employment_unemployed_all": "×", "employment_unemployed": "8", "employment_long_term_unemployed": "×",
        "employment_inactive": "×", "employment_employed": "<5", "employment_unknown": "<5",
        "age_under_18": "<5", "age_18_29": "9", "age_30_54": "7", "age_55_plus": "<5", "age_unknown": "<5",
        # unknown 0 alone → 5, 5 and finally 10 must go too (every smaller set leaves the 0 recoverable).
        "education_isced_0_2": "×", "education_isced_3_4": "×", "education_isced_5_8": "×",
        "education_unknown": "<5",
        "tcn_yes": "18", "tcn_no": "<5", "tcn_unknown": "<5",
        "foreign_yes": "×", "foreign_no": "<5", "foreign_unknown": "<5",
        "disability_yes": "<5", "disability_no": "×", "disability_unknown": "×",
        "homeless_yes": "6", "homeless_no": "9", "homeless_unknown": "5",
    },
    "left": {
        "total": "7", "without_consent": "<5",
        "searching_yes": "<5", "searching_no": "×",
        "education_training_yes": "<5", "education_training_no": "×",
        "qualification_yes": "×", "qualification_no": "<5",
        "employed_yes": "×", "employed_no": "<5",
    },
    "six_months": {
        "total": "10", "without_consent": "<5",
        "employed_6m_yes": "7", "employed_6m_no": "<5", "employed_6m_unknown": "<5",
    },
}

RAW = {
    "entered": {"total": 20, "without_consent": 3, "gender_woman": 12, "gender_man": 6, "gender_non_binary": 2,
                "employment_long_term_unemployed": 7, "education_isced_0_2": 10, "homeless_unknown": 5},
    "left": {"total": 7, "without_consent": 0, "employed_yes": 5, "searching_yes": 1, "qualification_yes": 7},
    "six_months": {"total": 10, "employed_6m_yes": 7, "employed_6m_unknown": 3},
}
