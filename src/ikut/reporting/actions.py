"""Writes of the reporting app (one function per action, each in one transaction, taking the actor first and
the client address as `ip`)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ikut.audit import log
from ikut.core.actors import user_of

from . import esf, periods
from .models import Answer, Choice, Question, ReportingPeriod, Response, Survey, SurveyLink


class PeriodError(ValueError):
    """A reporting-period action that the rules refuse; the message names the problem."""


def overlapping(start, end, exclude=None):
    """Periods sharing at least one day with [start, end] (periods of the project never overlap)."""
    qs = ReportingPeriod.objects.filter(start__lte=end, end__gte=start)
    return qs.exclude(pk=exclude) if exclude else qs


@transaction.atomic
def create_period(actor, name, start, end, *, ip=None):
    """Create a draft period. Refused if it overlaps another: two overlapping reports could be differenced
    to reveal one person. The existing periods are locked while checking."""
    list(ReportingPeriod.objects.select_for_update().values_list("pk", flat=True))
    clash = overlapping(start, end).first()
    if clash is not None:
        raise PeriodError(_("The period overlaps the reporting period \"%(name)s\" (%(start)s–%(end)s). "
                            "Reporting periods must not overlap.") % {
            "name": clash.name, "start": clash.start.isoformat(), "end": clash.end.isoformat()})
    period = ReportingPeriod.objects.create(name=name, start=start, end=end,
                                            created_by=user_of(actor))
    log.record(actor, "reporting.period.create", ("period", str(period.pk)), ip=ip)
    return period


@transaction.atomic
def review_period(actor, period, *, ip=None):
    """Mark the figures as reviewed; the fingerprint of what was reviewed is kept."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if period.is_submitted:
        raise PeriodError(_("This period is already submitted."))
    raw = periods.current(period)
    period.state = ReportingPeriod.State.REVIEWED
    period.reviewed_fingerprint = esf.fingerprint(period.start, period.end, raw)
    period.reviewed_at, period.reviewed_by = timezone.now(), actor
    period.save()
    log.record(actor, "reporting.period.review", ("period", str(period.pk)),
               details={"fingerprint": period.reviewed_fingerprint}, ip=ip)
    return period


@transaction.atomic
def submit_period(actor, period, *, ip=None):
    """Freeze the period: store its raw and published figures with their fingerprint, and the corrections
    to earlier submitted periods that are reported with it. Refused unless reviewed, and unless the data
    is unchanged since the review (otherwise review again)."""
    period = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if period.is_submitted:
        raise PeriodError(_("This period is already submitted."))
    if period.state != ReportingPeriod.State.REVIEWED:
        raise PeriodError(_("Review the figures before submitting them."))
    if period.end >= timezone.localdate():
        raise PeriodError(_("The period has not ended yet: submit it after its last day."))
    raw = periods.current(period)
    published = esf.publish(period.start, period.end, raw)
    if published["fingerprint"] != period.reviewed_fingerprint:
        raise PeriodError(_("The data changed after the review. Review the figures again before submitting."))
    due = periods.corrections_due(period)
    period.corrections = [{"period_id": d["period"].pk, "period": d["period"].name,
                           "changes": d["correction"]["changes"], "cells": d["correction"]["cells"]} for d in due]
    period.figures, period.published, period.fingerprint = raw, published, published["fingerprint"]
    period.state, period.submitted_at, period.submitted_by = (ReportingPeriod.State.SUBMITTED, timezone.now(),
                                                              actor)
    period.save()
    log.record(actor, "reporting.period.submit", ("period", str(period.pk)),
               details={"fingerprint": period.fingerprint, "corrections": [d["period"].pk for d in due]}, ip=ip)
    return period


@transaction.atomic
def add_question(actor, survey, form, *, ip=None):
    question = form.save(commit=False)
    question.survey = survey
    question.save()
    if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTI):
        Choice.objects.bulk_create([Choice(question=question, order=i, label_fi=fi, label_sv=sv, label_en=en)
                                    for i, (fi, sv, en) in enumerate(form.choice_rows())])
    log.record(actor, "reporting.survey.add_question", survey, details={"question": question.pk,
                                                                        "kind": question.kind}, ip=ip)
    return question


@transaction.atomic
def set_survey_status(actor, survey, status, *, ip=None):
    survey.status = status
    survey.save(update_fields=["status", "updated_at"])
    log.record(actor, "reporting.survey.set_status", survey, details={"status": status}, ip=ip)


def link_is_usable(link):
    if not link.active or link.survey.status != Survey.Status.OPEN:
        return False
    return link.max_responses is None or link.responses.count() < link.max_responses


@transaction.atomic
def save_response(survey, form, *, channel, language, link=None, consented=False):
    """Store one response without identity. `consented` is only ever True for a logged-in participant who
    ticked the box; nothing else about them is kept. Returns the Response."""
    if link is not None:
        link = SurveyLink.objects.select_for_update().get(pk=link.pk)
        if not link_is_usable(link):
            return None
    response = Response.objects.create(survey=survey, link=link, channel=channel, language=language[:10],
                                       respondent_consented=bool(consented))
    answers = []
    for q in survey.questions.all():
        value = form.cleaned_data.get(f"q{q.pk}")
        if value in (None, "", []):
            continue
        if q.kind == Question.Kind.SINGLE:
            answers.append(Answer(response=response, question=q, choice_id=value))
        elif q.kind == Question.Kind.MULTI:
            answers += [Answer(response=response, question=q, choice_id=v) for v in value]
        elif q.kind in (Question.Kind.SCALE, Question.Kind.NUMBER):
            answers.append(Answer(response=response, question=q, number=value))
        else:
            answers.append(Answer(response=response, question=q, text=value))
    valid = set(Choice.objects.filter(question__survey=survey).values_list("pk", flat=True))
    if any(a.choice_id is not None and a.choice_id not in valid for a in answers):
        raise ValueError("choice from another survey")
    Answer.objects.bulk_create(answers)
    return response
