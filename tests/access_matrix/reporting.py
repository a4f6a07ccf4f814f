"""Reporting: the project manager sees aggregates only; supervisors their organisation's dashboard;
caseworkers and supervisors the data-completeness list and answering with a participant; anonymous
links are public. DPO, administrators, employers and participants: nothing."""

import datetime

from . import EVERYONE, Case

PM = {"project_manager"}
DASH = {"project_manager", "supervisor"}
CASE = {"caseworker", "supervisor", "outsider"}


def extend_world(w):
    from ikut.reporting.models import Choice, Question, ReportingPeriod, SituationReport, Survey, SurveyLink

    w.period = ReportingPeriod.objects.create(name="Matrix period", start=datetime.date(2026, 1, 1),
                                              end=datetime.date(2026, 6, 30))
    w.situation = SituationReport.objects.create(title="Matrix report", period=w.period)
    w.survey = Survey.objects.create(title_en="Matrix survey", audience=Survey.Audience.PARTICIPANTS,
                                     status=Survey.Status.OPEN)
    q = Question.objects.create(survey=w.survey, kind=Question.Kind.SINGLE, text_en="Q?")
    Choice.objects.create(question=q, label_en="Yes")
    w.survey_link = SurveyLink.objects.create(survey=w.survey)
    w.narrative = w.situation.sections.create(heading="Intro", body="Text")


MATRIX = {
    "reporting:home": Case(allow=DASH),
    "reporting:dashboard": Case(allow=DASH),
    "reporting:periods": Case(allow=PM),
    "reporting:esf": Case(allow=PM, kwargs=lambda w: {"pk": w.period.pk}),
    "reporting:esf_review": Case(allow=PM, method="post", kwargs=lambda w: {"pk": w.period.pk}),
    "reporting:esf_submit": Case(allow=PM, method="post", kwargs=lambda w: {"pk": w.period.pk}),
    "reporting:esf_export": Case(allow=PM, kwargs=lambda w: {"pk": w.period.pk, "fmt": "csv"}),
    "reporting:reports": Case(allow=PM),
    "reporting:report": Case(allow=PM, kwargs=lambda w: {"pk": w.situation.pk}),
    "reporting:report_build": Case(allow=PM, method="post", kwargs=lambda w: {"pk": w.situation.pk}),
    "reporting:section_add": Case(allow=PM, kwargs=lambda w: {"pk": w.situation.pk}),
    "reporting:section_edit": Case(allow=PM, kwargs=lambda w: {"pk": w.situation.pk, "section": w.narrative.pk}),
    "reporting:report_export": Case(allow=PM, kwargs=lambda w: {"pk": w.situation.pk, "fmt": "xlsx"}),
    "reporting:surveys": Case(allow=DASH),
    "reporting:survey": Case(allow=DASH, kwargs=lambda w: {"pk": w.survey.pk}),
    "reporting:link_create": Case(allow=DASH, method="post", kwargs=lambda w: {"pk": w.survey.pk},
                                  data={"l-label": "x"}),
    "reporting:survey_status": Case(allow=DASH, method="post", kwargs=lambda w: {"pk": w.survey.pk},
                                    data={"status": "open"}),
    "reporting:survey_choose": Case(allow=CASE),
    "reporting:answer_with_participant": Case(allow=CASE, kwargs=lambda w: {"pk": w.survey.pk}),
    "reporting:answer": Case(allow=EVERYONE, kwargs=lambda w: {"token": w.survey_link.token},
                             note="anonymous answering link: the token is the key"),
    "reporting:completeness": Case(allow=CASE, note="rows limited to visible_participants(user)"),
}
