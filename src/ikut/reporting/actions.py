"""Writes of the reporting app (one function per action, each in one transaction)."""

from django.db import transaction

from ikut.audit import log

from .models import Answer, Choice, Question, Response, Survey, SurveyLink


@transaction.atomic
def add_question(request, survey, form):
    question = form.save(commit=False)
    question.survey = survey
    question.save()
    if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTI):
        Choice.objects.bulk_create([Choice(question=question, order=i, label_fi=fi, label_sv=sv, label_en=en)
                                    for i, (fi, sv, en) in enumerate(form.choice_rows())])
    log.record(request, "reporting.survey.question_add", survey, details={"question": question.pk,
                                                                          "kind": question.kind})
    return question


@transaction.atomic
def set_survey_status(request, survey, status):
    survey.status = status
    survey.save(update_fields=["status", "updated_at"])
    log.record(request, "reporting.survey.status", survey, details={"status": status})


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
