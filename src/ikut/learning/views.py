"""Views: taking courses (own progress only), certificates, the public verification page, an overview
for managers. Parse → ask `access` → call `actions` → render."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ikut import access
from ikut.access.learning import visible_courses
from ikut.audit import log
from ikut.core.crypto import blind_index
from ikut.core.i18n import current_language
from ikut.core.links import absolute
from ikut.core.net import client_ip

from . import actions
from .forms import NameCheckForm, QuizForm, VerifyLookupForm
from .models import MACHINE_DRAFT, Course, Enrolment, QuizAttempt


def _course_for(user, slug):
    return get_object_or_404(visible_courses(user), slug=slug)


def _own_enrolment(user, course):
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is not None:
        access.check(user, "learning.take", enrolment)
    return enrolment


def _draft(course):
    return course.status_for(current_language()) == MACHINE_DRAFT


@access.requires("learning.take")
def course_list(request):
    courses = list(visible_courses(request.user).annotate(n_modules=Count("modules")))
    mine = {e.course_id: e for e in Enrolment.objects.filter(user=request.user).annotate(
        n_done=Count("module_completions"))}
    rows = [(c, mine.get(c.pk)) for c in courses]
    return render(request, "learning/list.html", {"rows": rows})


@access.requires("learning.take")
def course_detail(request, slug):
    course = _course_for(request.user, slug)
    if request.method == "POST":
        enrolment = actions.enrol(request.user, course, ip=client_ip(request))
        first = course.modules.first()
        return redirect("learning:module", slug=slug, module_slug=first.slug) if first else redirect(
            "learning:course", slug=slug)
    enrolment = _own_enrolment(request.user, course)
    modules = list(course.modules.annotate(n_questions=Count("questions")))
    done = set(enrolment.module_completions.values_list("module_id", flat=True)) if enrolment else set()
    return render(request, "learning/course.html", {
        "course": course, "enrolment": enrolment, "modules": [(m, m.pk in done) for m in modules],
        "draft": _draft(course), "n_done": len(done)})


@access.requires("learning.take")
@never_cache
def module_detail(request, slug, module_slug):
    course = _course_for(request.user, slug)
    module = get_object_or_404(course.modules.prefetch_related("questions__choices"), slug=module_slug)
    enrolment = _own_enrolment(request.user, course) or actions.enrol(request.user, course, ip=client_ip(request))
    modules = list(course.modules.all())
    index = [m.pk for m in modules].index(module.pk)
    next_module = modules[index + 1] if index + 1 < len(modules) else None
    has_quiz = bool(module.questions.all())
    form = QuizForm(module, request.POST or None) if has_quiz else None
    results = attempt = None
    if request.method == "POST":
        if not has_quiz:
            actions.complete_reading(request.user, enrolment, module, ip=client_ip(request))
            return redirect("learning:module", slug=slug, module_slug=next_module.slug) if next_module else redirect(
                "learning:course", slug=slug)
        if form.is_valid():
            attempt, results = actions.submit_quiz(request.user, enrolment, module, form.answers(),
                                                   ip=client_ip(request))
            if attempt.passed:
                messages.success(request, _("Passed: %(score)s %% correct.") % {"score": attempt.score})
            else:
                messages.error(request, _("Not passed yet: %(score)s %% correct, %(mark)s %% needed. Read the "
                                          "explanations and try again.") % {"score": attempt.score,
                                                                             "mark": module.pass_mark})
    done = enrolment.module_completions.filter(module=module).exists()
    attempts = QuizAttempt.objects.filter(enrolment=enrolment, module=module).count()
    enrolment.refresh_from_db()
    questions = [(q, results.get(q.pk) if results else None) for q in module.questions.all()]
    return render(request, "learning/module.html", {
        "course": course, "module": module, "form": form, "questions": questions, "attempt": attempt,
        "done": done, "attempts": attempts, "next_module": next_module, "index": index + 1,
        "total": len(modules), "enrolment": enrolment, "draft": _draft(course),
        "fresh_form": QuizForm(module) if attempt and not attempt.passed else None})


@access.requires("learning.take")
def certificate(request, slug):
    course = _course_for(request.user, slug)
    enrolment = _own_enrolment(request.user, course)
    if enrolment is None or not enrolment.completed_at:
        raise Http404
    log.record_request(request, "learning.certificate.download", enrolment, details={"course": course.slug})
    verify_url = absolute(reverse("learning:verify", args=[enrolment.certificate_code]))
    import segno

    from ikut.core.pdf import render_pdf  # PDFs are rare: imported by the first one (issue 17, lean workers)

    qr = segno.make(verify_url, error="m").svg_data_uri(scale=4, border=1)
    pdf = render_pdf(render_to_string("learning/certificate.html", {
        "course": course, "e": enrolment, "verify_url": verify_url, "verify_qr": qr}))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="course-certificate.pdf"'
    response["Cache-Control"] = "no-store"
    return response


@access.public
def verify_lookup(request):
    form = VerifyLookupForm(request.GET or None)
    if request.GET and form.is_valid():
        return redirect("learning:verify", code=form.cleaned_data["code"].strip().upper())
    return render(request, "learning/verify_lookup.html", {"form": form})


@access.public
@never_cache
def verify(request, code):
    """Public: confirms a certificate is valid and shows the course and completion date. It never shows
    the holder's name; a verifier who knows the name can check that it matches (POST, not in the URL)."""
    enrolment = (Enrolment.objects.select_related("course")
                 .filter(certificate_code=code.upper(), completed_at__isnull=False).first())
    form = NameCheckForm(request.POST or None)
    name_matches = None
    if enrolment and request.method == "POST" and form.is_valid():
        name_matches = bool(enrolment.holder_name_index) and (
            blind_index(form.cleaned_data["name"]) == enrolment.holder_name_index)
        log.record_request(request, "learning.certificate.check_name", enrolment, details={"matches": name_matches})
    response = render(request, "learning/verify.html", {"e": enrolment, "code": code, "form": form,
                                                       "name_matches": name_matches},
                      status=200 if enrolment else 404)
    return response


@access.requires("learning.manage")
def manage(request):
    courses = Course.objects.annotate(
        started=Count("enrolments", distinct=True),
        completed=Count("enrolments", filter=Q(enrolments__completed_at__isnull=False), distinct=True),
        n_modules=Count("modules", distinct=True)).prefetch_related("modules")
    by_company = (Enrolment.objects.filter(organisation__isnull=False).values("organisation__name", "course__slug")
                  .annotate(started=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
                  .order_by("organisation__name"))
    for course in courses:  # source rows with an address and the date someone read it (provenance)
        rows = [row for module in course.modules.all() for row in module.sources]
        course.sources_total = len(rows)
        course.sources_checked = sum(1 for row in rows if row.get("url") and row.get("checked_on"))
    titles = {c.slug: c.title for c in courses}
    by_company = [{**row, "course_title": titles.get(row["course__slug"], row["course__slug"])} for row in by_company]
    return render(request, "learning/manage.html", {"courses": courses, "by_company": by_company,
                                                    "today": timezone.localdate()})
