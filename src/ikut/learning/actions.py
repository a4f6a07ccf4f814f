"""Every write of the learning app, one function per action, each in one transaction, taking the learner (the
signed-in user) as the actor and the client address as `ip`."""

from django.db import transaction
from django.utils import timezone

from ikut.accounts.models import Organisation
from ikut.audit import log
from ikut.core.crypto import blind_index

from .models import Enrolment, ModuleCompletion, QuizAttempt, new_certificate_code


def enrol(actor, course, *, ip=None):
    with transaction.atomic():
        org = actor.organisation if actor.organisation and actor.organisation.kind == Organisation.Kind.COMPANY \
            else None
        enrolment, created = Enrolment.objects.get_or_create(user=actor, course=course,
                                                             defaults={"organisation": org})
        if created:
            log.record(actor, "learning.enrolment.create", enrolment, details={"course": course.slug}, ip=ip)
    return enrolment


def complete_reading(actor, enrolment, module, *, ip=None):
    """A module without a quiz is complete once read."""
    if module.questions.exists():
        raise ValueError("a module with a quiz is completed by passing the quiz")
    with transaction.atomic():
        ModuleCompletion.objects.get_or_create(enrolment=enrolment, module=module)
        _maybe_complete(actor, enrolment, ip)


def grade(module, answers):
    """answers: {question_id: choice_id}. Returns (percent, {question_id: correct?})."""
    results = {}
    questions = list(module.questions.prefetch_related("choices"))
    for q in questions:
        chosen = answers.get(q.pk)
        results[q.pk] = any(c.pk == chosen and c.correct for c in q.choices.all())
    score = round(100 * sum(results.values()) / len(questions)) if questions else 100
    return score, results


def submit_quiz(actor, enrolment, module, answers, *, ip=None):
    score, results = grade(module, answers)
    passed = score >= module.pass_mark
    with transaction.atomic():
        attempt = QuizAttempt.objects.create(enrolment=enrolment, module=module, score=score, passed=passed,
                                             answers={str(k): v for k, v in answers.items()})
        log.record(actor, "learning.quiz.attempt", enrolment,
                   details={"module": module.slug, "score": score, "passed": passed}, ip=ip)
        if passed:
            ModuleCompletion.objects.get_or_create(enrolment=enrolment, module=module)
            _maybe_complete(actor, enrolment, ip)
    return attempt, results


def _maybe_complete(actor, enrolment, ip):
    # no outer join: PostgreSQL refuses FOR UPDATE on it
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at:
        return enrolment
    total = enrolment.course.modules.count()
    done = enrolment.module_completions.count()
    if total and done >= total:
        name = enrolment.user.display_name or enrolment.user.email
        enrolment.completed_at = timezone.now()
        enrolment.certificate_code = new_certificate_code()
        enrolment.holder_name = name
        enrolment.holder_name_index = blind_index(name)
        enrolment.save(update_fields=["completed_at", "certificate_code", "holder_name", "holder_name_index"])
        log.record(actor, "learning.course.complete", enrolment, details={"course": enrolment.course.slug}, ip=ip)
    return enrolment
