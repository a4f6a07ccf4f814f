"""Demo data for reporting: a cohort of 260 fictional participants of other regional teams (counted in
every report, in nobody's caseload), three half-year reporting periods (the two that ended submitted), one
labour-market survey (fi/sv/en) with a few anonymous responses, and a situation report with a narrative
section. All fictional.
"""

import datetime

from django.utils import timezone

from ikut.participants.models import Participant

from .models import Answer, Choice, Question, ReportingPeriod, Response, SituationReport, Survey, SurveyLink

COHORT_ORG = "Regional teams (demo reporting cohort)"
COHORT_SIZE = 260


def half_years(today):
    """The current calendar half-year and the two before it: [(name, start, end)], oldest first."""
    out, year, half = [], today.year, 1 if today.month <= 6 else 2
    for _i in range(3):
        start = datetime.date(year, 1 if half == 1 else 7, 1)
        end = datetime.date(year, 6, 30) if half == 1 else datetime.date(year, 12, 31)
        out.append((f"{year} H{half} (demo)", start, end))
        year, half = (year, 1) if half == 2 else (year - 1, 2)
    return list(reversed(out))


def seed_cohort(world, today):
    """260 fictional participants of other regional teams: in the reporting set (every dashboard, the
    situation report and the ESF+ table count them) but in nobody's caseload (no assignment), so the
    caseworker's pages are unchanged. Deterministic (seeded), idempotent."""
    import random

    from ikut.accounts.models import Organisation
    from ikut.participants.models import Consent, ConsentPurpose

    org, created = Organisation.objects.get_or_create(
        name=COHORT_ORG, defaults={"kind": Organisation.Kind.ASSISTANCE_SYSTEM})
    if not created and Participant.objects.filter(organisation=org).exists():
        return org
    rnd = random.Random(15)
    # Intakes from six months before the first demo period, so that its results and six-month figures
    # have leavers too.
    first = half_years(today)[0][1] - datetime.timedelta(days=182)
    span = (today - first).days
    coach = world["users"].get("caseworker")
    choose = lambda *pairs: rnd.choices([v for v, _w in pairs], [w for _v, w in pairs])[0]  # noqa: E731
    for n in range(COHORT_SIZE):
        intake = first + datetime.timedelta(days=int(span * n / COHORT_SIZE))
        p = Participant(
            organisation=org, created_by=None, first_name="Demo", last_name=f"Cohort {n + 1:03d} (demo)",
            intake_date=intake, language=choose(("en", 4), ("ru", 2), ("th", 2), ("vi", 1), ("uk", 2)),
            gender=choose(("woman", 52), ("man", 40), ("non_binary", 3), ("", 5)),
            employment_status_at_entry=choose(("unemployed", 40), ("long_term_unemployed", 25), ("inactive", 25),
                                              ("employed", 6), ("", 4)),
            education_level=choose(("isced_0_2", 45), ("isced_3_4", 35), ("isced_5_8", 15), ("", 5)),
            third_country_national=choose((True, 80), (False, 15), (None, 5)),
            rural_area=choose((True, 20), (False, 70), (None, 10)),
            foreign_background=choose(("yes", 85), ("no", 5), ("declined", 5), ("", 5)),
            disability=choose(("yes", 10), ("no", 70), ("declined", 10), ("", 10)),
            minority=choose(("yes", 15), ("no", 55), ("declined", 20), ("", 10)),
            homeless_or_housing_exclusion=choose(("yes", 30), ("no", 55), ("declined", 5), ("", 10)),
            current_phase=choose(("intake", 2), ("skills_identification", 3), ("rights_information", 2),
                                 ("job_readiness", 3), ("work_trial", 2), ("employment", 2)))
        p.date_of_birth = intake - datetime.timedelta(days=int(365.25 * choose((17, 5), (24, 40), (38, 45),
                                                                                   (58, 10))) + n)
        exit_date = intake + datetime.timedelta(days=120 + rnd.randrange(120))
        if exit_date < today - datetime.timedelta(days=7) and rnd.random() < 0.8:
            employed = rnd.random() < 0.45
            p.status, p.exit_date, p.current_phase = Participant.Status.CLOSED, exit_date, "follow_up"
            p.exit_reason = "employed" if employed else choose(("completed", 3), ("education", 1), ("moved", 1),
                                                                 ("lost_contact", 1))
            p.exit_employed = employed if rnd.random() < 0.95 else None
            p.exit_job_searching = (not employed) if rnd.random() < 0.9 else None
            p.exit_in_education_or_training = rnd.random() < 0.15 if rnd.random() < 0.9 else None
            p.exit_qualification_gained = rnd.random() < 0.3 if rnd.random() < 0.85 else None
            if esf_six_months_passed(exit_date, today):
                p.employed_6_months = choose((True, 50), (False, 35), (None, 15))
        p.save()
        if rnd.random() < 0.9:
            Consent.objects.create(participant=p, purpose=ConsentPurpose.ESF_REPORTING, text_version="2026-1",
                                   text_language=p.language, how_given=Consent.HowGiven.SIGNED, recorded_by=coach)
    return org


def esf_six_months_passed(exit_date, today):
    from .esf import add_months

    return add_months(exit_date, 6) <= today


def seed_periods(world, today):
    """Three half-year periods (never overlapping): the two that have ended are reviewed and submitted
    (their figures are stored), the current one is a draft."""
    from . import actions

    pm = world["users"].get("project_manager")
    made = []
    for name, start, end in half_years(today):
        period = ReportingPeriod.objects.filter(name=name).first()
        if period is None:
            if actions.overlapping(start, end).exists():
                continue
            period = actions.create_period(pm, name, start, end)
        if end < today and not period.is_submitted:
            actions.review_period(pm, period)
            actions.submit_period(pm, period)
            period.refresh_from_db()
        made.append(period)
    return made


def seed(world):
    users = world["users"]
    pm = users.get("project_manager")
    today = timezone.localdate()
    seed_cohort(world, today)
    made = seed_periods(world, today)
    period = made[-1] if made else ReportingPeriod.objects.order_by("-start").first()

    survey = Survey.objects.filter(title_en="Work and services after exploitation (demo)").first()
    if survey is None:
        survey = Survey.objects.create(
            title_fi="Työ ja palvelut hyväksikäytön jälkeen (demo)", title_sv="Arbete och tjänster efter "
            "exploatering (demo)", title_en="Work and services after exploitation (demo)",
            intro_fi="Vastaaminen on vapaaehtoista ja nimetöntä.", intro_sv="Att svara är frivilligt och anonymt.",
            intro_en="Answering is voluntary and anonymous.", audience=Survey.Audience.PARTICIPANTS,
            status=Survey.Status.OPEN, created_by=pm)
        barriers = Question.objects.create(
            survey=survey, order=1, kind=Question.Kind.MULTI, topic=Question.Topic.BARRIERS,
            text_fi="Mikä on vaikeuttanut työn löytämistä?", text_sv="Vad har gjort det svårt att hitta arbete?",
            text_en="What has made finding work hard?")
        b = [Choice.objects.create(question=barriers, order=i, label_fi=fi, label_sv=sv, label_en=en)
             for i, (fi, sv, en) in enumerate([
                 ("Kielitaito", "Språkkunskaper", "Language skills"),
                 ("Tutkintoja ei tunnusteta", "Examina erkänns inte", "Qualifications not recognised"),
                 ("Oleskelulupa", "Uppehållstillstånd", "Residence permit"),
                 ("Terveys tai jaksaminen", "Hälsa eller ork", "Health or energy")])]
        services = Question.objects.create(
            survey=survey, order=2, kind=Question.Kind.SINGLE, topic=Question.Topic.SERVICES,
            text_fi="Oletko asioinut työllisyyspalveluissa?", text_sv="Har du anlitat sysselsättningstjänster?",
            text_en="Have you used employment services?")
        s = [Choice.objects.create(question=services, order=i, label_fi=fi, label_sv=sv, label_en=en)
             for i, (fi, sv, en) in enumerate([("Kyllä", "Ja", "Yes"), ("Ei", "Nej", "No"),
                                                ("En tiedä", "Vet inte", "Don't know")])]
        scale = Question.objects.create(
            survey=survey, order=3, kind=Question.Kind.SCALE, topic=Question.Topic.EXPERIENCE,
            text_fi="Kuinka hyvin sait apua? (1–5)", text_sv="Hur bra hjälp fick du? (1–5)",
            text_en="How well were you helped? (1–5)")
        Question.objects.create(survey=survey, order=4, kind=Question.Kind.TEXT,
                                text_fi="Muuta kerrottavaa?", text_sv="Något annat?", text_en="Anything else?")
        link = SurveyLink.objects.create(survey=survey, label="Demo seminar (demo)")
        answers = [([0, 1], 0, 3), ([0], 0, 4), ([0, 2], 1, 2), ([1], 0, 5), ([0, 3], 2, 3), ([0], 0, 4),
                   ([2], 1, 2)]
        for i, (multi, single, score) in enumerate(answers):
            r = Response.objects.create(survey=survey, link=link, channel=Response.Channel.ANONYMOUS_LINK,
                                        language=("fi", "en", "sv")[i % 3],
                                        submitted_on=today - datetime.timedelta(days=i))
            Answer.objects.bulk_create([Answer(response=r, question=barriers, choice=b[k]) for k in multi]
                                       + [Answer(response=r, question=services, choice=s[single]),
                                          Answer(response=r, question=scale, number=score)])

    report, created = SituationReport.objects.get_or_create(
        title="Työmarkkinatilannekatsaus (demo)", defaults={"period": period, "created_by": pm})
    if created:
        report.surveys.add(survey)
        report.sections.create(
            order=1, heading="Johdanto (demo)", updated_by=pm,
            body="Tämä demokatsaus kuvaa ihmiskaupan uhrien tilannetta työmarkkinoilla ja työllisyyspalvelujen "
                 "käyttäjinä. Luvut ovat koostetietoja; alle viiden hengen ryhmät on piilotettu.")
    return {"period": period, "survey": survey, "report": report}
