"""Access matrix for courses (ikut.learning)."""

from django.utils import timezone

from ikut.learning.models import Choice, Course, Enrolment, Module, Question, new_certificate_code

from . import EVERYONE, SIGNED_IN, Case

MANAGERS = {"administrator", "project_manager", "supervisor"}


def extend_world(w):
    w.course = Course.objects.create(slug="matrix-course", title_en="Matrix course",
                                     translation_status={"en": "source", "fi": "machine-draft"})
    w.module = Module.objects.create(course=w.course, order=1, slug="intro", title_en="Intro", body_en="Text")
    quiz = Module.objects.create(course=w.course, order=2, slug="quiz", title_en="Quiz", body_en="Text")
    question = Question.objects.create(module=quiz, order=1, text_en="Yes?")
    Choice.objects.create(question=question, order=1, text_en="Yes", correct=True)
    Choice.objects.create(question=question, order=2, text_en="No")
    # Every signed-in user has completed it, so each may download their own certificate.
    for user in w.users.values():
        Enrolment.objects.create(user=user, course=w.course, completed_at=timezone.now(),
                                 certificate_code=new_certificate_code(), holder_name=user.display_name)
    w.certificate_code = Enrolment.objects.filter(course=w.course).first().certificate_code


MATRIX = {
    "learning:list": Case(allow=SIGNED_IN),
    "learning:manage": Case(allow=MANAGERS),
    "learning:verify_lookup": Case(allow=EVERYONE),
    "learning:verify": Case(allow=EVERYONE, kwargs=lambda w: {"code": w.certificate_code},
                            note="public by design: shows course, date and validity, never the name"),
    "learning:course": Case(allow=SIGNED_IN, kwargs=lambda w: {"slug": w.course.slug}),
    "learning:certificate": Case(allow=SIGNED_IN, kwargs=lambda w: {"slug": w.course.slug},
                                 note="each user's own certificate only"),
    "learning:module": Case(allow=SIGNED_IN, kwargs=lambda w: {"slug": w.course.slug, "module_slug": w.module.slug}),
}
