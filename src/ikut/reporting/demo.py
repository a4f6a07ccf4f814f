"""Demo data for reporting: a reporting period covering the demo participants, one labour-market survey
(fi/sv/en) with a few anonymous responses, and a situation report with a narrative section. All fictional.
"""

import datetime

from django.db.models import Max, Min
from django.utils import timezone

from ikut.participants.models import Participant

from .models import Answer, Choice, Question, ReportingPeriod, Response, SituationReport, Survey, SurveyLink


def seed(world):
    users = world["users"]
    pm = users.get("project_manager")
    today = timezone.localdate()
    span = Participant.objects.aggregate(first=Min("intake_date"), last=Max("intake_date"))
    start = min(span["first"] or today, today.replace(month=1, day=1))
    end = max(span["last"] or today, today)
    period, _ = ReportingPeriod.objects.get_or_create(
        name=f"Demo {start:%Y-%m}–{end:%Y-%m} (demo)", defaults={"start": start, "end": end, "created_by": pm})

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
