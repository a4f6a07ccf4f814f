"""Reporting views: thin shells — parse, ask ikut.access, call esf/aggregates/actions, render.

No view here renders a participant's identity. The project manager's pages are aggregates only; the
data-completeness list (participant codes) is for caseworkers and supervisors over organisation_caseload.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ikut import access
from ikut.access.participants import organisation_caseload
from ikut.access.reporting import dashboard_scope
from ikut.audit import log
from ikut.core.i18n import current_language
from ikut.core.net import client_ip
from ikut.portal import survey as survey_page

from . import actions, aggregates, builds, charts, esf, periods, sources
from .forms import (
    LinkForm,
    NarrativeForm,
    PeriodForm,
    QuestionForm,
    SituationReportForm,
    SurveyForm,
    answer_form,
    content_languages,
)
from .models import NarrativeSection, ReportBuild, ReportingPeriod, Response, SituationReport, Survey, SurveyLink
from .privacy import Cell

# --- helpers -------------------------------------------------------------------------------------------

def _cell(data):
    return Cell.from_json(data)


def render_sections(sections):
    """Add SVG charts (from published values only) to JSON sections for templates."""
    out = []
    for s in sections:
        s = dict(s)
        cells = [(label, _cell(v)) for label, v in s["rows"]] if s["kind"] in ("table", "line") else []
        s["cells"] = cells
        s["total_cell"] = _cell(s["total"]) if s.get("total") else None
        if s["kind"] == "table" and cells:
            s["svg"] = mark_safe(charts.bar_chart(s["title"], cells))
        elif s["kind"] == "line" and cells:
            s["svg"] = mark_safe(charts.line_chart(s["title"], cells))
        out.append(s)
    return out


def _attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


# --- overview and dashboard ----------------------------------------------------------------------------

@access.requires("reporting.dashboard")
def home(request):
    return redirect("reporting:dashboard")


@never_cache
@access.requires("reporting.dashboard")
def dashboard(request):
    scope = dashboard_scope(request.user)
    if scope is None:
        raise Http404
    key = (f"reporting:dash:{request.user.role}:{request.user.organisation_id}:{sources.fingerprint('dash')}:"
           f"{current_language()}")
    data = cache.get(key)
    if data is None:
        data = aggregates.build_dashboard(scope)
        cache.set(key, data, 600)
    log.record_request(request, "reporting.dashboard.view", ("dashboard", request.user.role))
    return render(request, "reporting/dashboard.html", {
        "sections": render_sections(data["sections"]),
        "is_manager": access.can(request.user, "reporting.esf"),
        "scope_label": _("Your organisation's participants") if request.user.role != "project_manager"
        else _("All participants with an ESF+ reporting consent") if esf.basis() == "consent"
        else _("All participants (ESF+ monitoring is a legal obligation)"),
    })


# --- ESF+ ------------------------------------------------------------------------------------------

def _period(pk):
    return get_object_or_404(ReportingPeriod, pk=pk)


def esf_context(period):
    """What the ESF+ page and the PDF show for a period (one place for both)."""
    shown = periods.published(period)
    submitted = periods.submitted_periods()
    context = {"period": period, "sections": esf.sections(shown["cells"]), "published": shown,
               "columns": [(c, esf.COLUMN_LABELS[c]) for c in esf.COLUMNS], "consent_basis": esf.basis() == "consent",
               "not_counted": shown["not_counted"], "changed_since_submission": False, "corrections": []}
    if period.is_submitted:
        context["corrections"] = [{"period": c["period"], "sections": esf.sections(c["cells"])}
                                  for c in period.corrections]
        context["changed_since_submission"] = periods.pending_correction(period, submitted) is not None
    else:
        context["corrections"] = [{"period": d["period"].name, "sections": esf.sections(d["correction"]["cells"])}
                                  for d in periods.corrections_due(period, submitted)]
        context["stale_review"] = (period.state == ReportingPeriod.State.REVIEWED
                                   and period.reviewed_fingerprint != shown["fingerprint"])
    return context


@access.requires("reporting.esf")
def periods_view(request):
    form = PeriodForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            period = actions.create_period(request.user, form.cleaned_data["name"], form.cleaned_data["start"],
                                           form.cleaned_data["end"], ip=client_ip(request))
        except actions.PeriodError as error:
            form.add_error(None, str(error))
        else:
            return redirect("reporting:esf", pk=period.pk)
    submitted = periods.submitted_periods()
    total = periods.cumulative(submitted)
    return render(request, "reporting/periods.html", {
        "periods": ReportingPeriod.objects.all(), "form": form,
        "cumulative": esf.sections(total) if total else None, "n_submitted": len(submitted),
        "columns": [(c, esf.COLUMN_LABELS[c]) for c in esf.COLUMNS]})


@never_cache
@access.requires("reporting.esf")
def esf_view(request, pk):
    period = _period(pk)
    context = esf_context(period)
    log.record_request(request, "reporting.esf.view", ("period", str(period.pk)))
    return render(request, "reporting/esf.html", context)


@require_POST
@access.requires("reporting.esf")
def esf_review(request, pk):
    return _period_action(request, pk, actions.review_period, _("Figures marked as reviewed."))


@require_POST
@access.requires("reporting.esf")
def esf_submit(request, pk):
    return _period_action(request, pk, actions.submit_period,
                          _("Period submitted: its figures are stored and will not change."))


def _period_action(request, pk, action, done):
    from django.contrib import messages

    period = _period(pk)
    try:
        action(request.user, period, ip=client_ip(request))
    except actions.PeriodError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect("reporting:esf", pk=period.pk)


@access.requires("reporting.esf")
def esf_export(request, pk, fmt):
    period = _period(pk)
    if fmt not in ("csv", "xlsx", "pdf"):
        raise Http404
    shown = periods.published(period)
    slug = f"esf-{period.start:%Y%m%d}-{period.end:%Y%m%d}"
    from . import exports  # CSV, XLSX, PDF: imported by the first export (issue 17, lean workers)

    if fmt == "csv":
        response = _attachment(exports.esf_csv(period, shown), "text/csv; charset=utf-8", f"{slug}.csv")
    elif fmt == "xlsx":
        response = _attachment(exports.esf_xlsx(period, shown),
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f"{slug}.xlsx")
    else:
        response = _attachment(exports.pdf("reporting/esf_pdf.html", esf_context(period)), "application/pdf",
                               f"{slug}.pdf")
    log.record_request(request, "reporting.esf.export", ("period", str(period.pk)), reason=_("ESF+ reporting"),
                       details={"format": fmt, "state": period.state, "fingerprint": shown["fingerprint"],
                        "counted": shown["cells"]["EECO01"]["total"]["d"]})
    return response


# --- Situation report ------------------------------------------------------------------------------

@access.requires("reporting.situation")
def reports(request):
    form = SituationReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        report = form.save(commit=False)
        report.created_by = request.user
        report.save()
        form.save_m2m()
        log.record_request(request, "reporting.situation.create", report)
        return redirect("reporting:report", pk=report.pk)
    return render(request, "reporting/reports.html", {
        "reports": SituationReport.objects.select_related("period"), "form": form})


def _report(pk):
    return get_object_or_404(SituationReport.objects.select_related("period"), pk=pk)


@never_cache
@access.requires("reporting.situation")
def report_detail(request, pk):
    report = _report(pk)
    build, _fp = builds.current_build(report)
    latest = build or report.builds.first()
    context = {"report": report, "build": build, "latest": latest, "sections": [],
               "narrative": report.sections.all()}
    if build and build.status == ReportBuild.Status.DONE:
        context["sections"] = render_sections(build.result["sections"])
    return render(request, "reporting/report.html", context)


@require_POST
@access.requires("reporting.situation")
def report_build(request, pk):
    report = _report(pk)
    build, created = builds.request_build(report, request.user)
    log.record_request(request, "reporting.situation.build", report, details={"build": build.pk, "new": created})
    return redirect("reporting:report", pk=report.pk)


@access.requires("reporting.situation")
def section_edit(request, pk, section=None):
    report = _report(pk)
    instance = get_object_or_404(NarrativeSection, pk=section, report=report) if section else None
    form = NarrativeForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        obj = form.save(commit=False)
        obj.report, obj.updated_by = report, request.user
        obj.save()
        log.record_request(request, "reporting.situation.edit_narrative", report, details={"section": obj.pk})
        return redirect("reporting:report", pk=report.pk)
    return render(request, "reporting/section_form.html", {"report": report, "form": form})


@access.requires("reporting.situation")
def report_export(request, pk, fmt):
    report = _report(pk)
    if fmt not in ("pdf", "xlsx"):
        raise Http404
    build, _fp = builds.current_build(report)
    if build is None or build.status != ReportBuild.Status.DONE:
        build, _created = builds.request_build(report, request.user)
        build.refresh_from_db()
    if build.status != ReportBuild.Status.DONE:
        return redirect("reporting:report", pk=report.pk)
    slug = f"situation-report-{report.pk}"
    from . import exports  # XLSX, PDF: imported by the first export (issue 17, lean workers)

    if fmt == "xlsx":
        response = _attachment(exports.situation_xlsx(report, build.result),
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f"{slug}.xlsx")
    else:
        response = _attachment(exports.pdf("reporting/report_pdf.html", {
            "report": report, "sections": render_sections(build.result["sections"]),
            "narrative": report.sections.all(), "build": build}), "application/pdf", f"{slug}.pdf")
    log.record_request(request, "reporting.situation.export", report, details={"format": fmt, "build": build.pk})
    return response


# --- Surveys ---------------------------------------------------------------------------------------

@access.requires("reporting.surveys")
def surveys(request):
    form = SurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        survey = form.save(commit=False)
        survey.created_by = request.user
        survey.save()
        log.record_request(request, "reporting.survey.create", survey)
        return redirect("reporting:survey", pk=survey.pk)
    rows = Survey.objects.annotate(n_responses=Count("responses", distinct=True),
                                   n_questions=Count("questions", distinct=True))
    return render(request, "reporting/surveys.html", {"surveys": rows, "form": form})


@access.requires("reporting.surveys")
def survey_detail(request, pk):
    survey = get_object_or_404(Survey, pk=pk)
    qform = QuestionForm(request.POST or None, prefix="q")
    if request.method == "POST" and qform.is_valid():
        actions.add_question(request.user, survey, qform, ip=client_ip(request))
        return redirect("reporting:survey", pk=survey.pk)
    links = survey.links.annotate(n=Count("responses"))
    n_responses = survey.responses.count()
    results = render_sections(aggregates.survey_sections([survey])) if n_responses else []
    return render(request, "reporting/survey.html", {
        "survey": survey, "questions": survey.questions.prefetch_related("choices"), "qform": qform,
        "links": links, "link_form": LinkForm(prefix="l"), "n_responses": n_responses, "results": results,
        "statuses": Survey.Status.choices})


@require_POST
@access.requires("reporting.surveys")
def link_create(request, pk):
    survey = get_object_or_404(Survey, pk=pk)
    form = LinkForm(request.POST, prefix="l")
    if form.is_valid():
        link = form.save(commit=False)
        link.survey = survey
        link.save()
        log.record_request(request, "reporting.survey.create_link", survey, details={"link": link.pk})
    return redirect("reporting:survey", pk=survey.pk)


@require_POST
@access.requires("reporting.surveys")
def survey_status(request, pk):
    survey = get_object_or_404(Survey, pk=pk)
    status = request.POST.get("status")
    if status in Survey.Status.values:
        actions.set_survey_status(request.user, survey, status, ip=client_ip(request))
    return redirect("reporting:survey", pk=survey.pk)


@csrf_exempt
@never_cache
@access.public
def answer(request, token):
    """Anonymous answering: the token is the key; no cookie is needed and nothing about the respondent is
    stored (a logged-in participant may tick that they are a participant; only that fact is kept). The page is
    in any portal language (?lang=); its texts are portal strings (ikut.portal.survey)."""
    lang = survey_page.language(request)
    with translation.override(lang):
        link = get_object_or_404(SurveyLink.objects.select_related("survey"), token=token)
        if not actions.link_is_usable(link):
            return survey_page.page(request, lang, "portal/survey/closed.html", status=410)
        if request.method == "POST" and request.user.is_authenticated:
            # Anonymous respondents need no cookie, so no CSRF cookie either; a signed-in user is still
            # protected against cross-site submissions in their name.
            rejected = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
            if rejected is not None:
                return rejected
        survey = link.survey
        participant_option = request.user.is_authenticated and request.user.role == "participant"
        form = answer_form(survey, lang, request.POST or None, participant_option=participant_option)
        if request.method == "POST" and form.is_valid():
            consented = participant_option and form.cleaned_data.get("consent")
            channel = Response.Channel.PORTAL if consented else Response.Channel.ANONYMOUS_LINK
            saved = actions.save_response(survey, form, channel=channel, language=lang, link=link,
                                          consented=consented)
            if saved is None:
                return survey_page.page(request, lang, "portal/survey/closed.html", status=410)
            return survey_page.page(request, lang, "portal/survey/thanks.html", {"hide_languages": True})
        return survey_page.page(request, lang, "portal/survey/answer.html", _answer_context(survey, lang, form))


def _answer_context(survey, lang, form):
    title, title_lang = survey.text_and_language("title", lang)
    intro, intro_lang = survey.text_and_language("intro", lang)
    return {"survey": survey, "form": form, "title": title, "title_lang": title_lang, "intro": intro,
            "intro_lang": intro_lang, "fallback": survey_page.fallback_language(lang, content_languages(survey, lang))}


@access.requires("reporting.answer_with_participant")
def answer_with_participant(request, pk):
    """A caseworker fills in the survey together with a participant; the response holds no identity."""
    survey = get_object_or_404(Survey, pk=pk, status=Survey.Status.OPEN, audience=Survey.Audience.PARTICIPANTS)
    lang = survey_page.language(request)
    form = answer_form(survey, lang, request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.save_response(survey, form, channel=Response.Channel.WITH_CASEWORKER, language=lang)
        log.record_request(request, "reporting.survey.answer_with_participant", survey)
        return render(request, "reporting/answer_thanks.html", {"survey": survey, "lang": lang, "staff": True})
    return render(request, "reporting/answer.html", _answer_context(survey, lang, form) | {
        "lang": lang, "languages": [get_language_info(c) | {"code": c} for c in settings.PORTAL_LANGUAGES]})


@access.requires("reporting.answer_with_participant")
def survey_choose(request):
    return render(request, "reporting/survey_choose.html", {
        "surveys": Survey.objects.filter(status=Survey.Status.OPEN, audience=Survey.Audience.PARTICIPANTS)})


# --- Data completeness -----------------------------------------------------------------------------

COMPLETENESS_FIELDS = [
    ("gender", Q(gender="")), ("employment_status_at_entry", Q(employment_status_at_entry="")),
    ("age_band_at_entry", Q(age_band_at_entry="")), ("education_level", Q(education_level="")),
    ("third_country_national", Q(third_country_national__isnull=True)),
    ("rural_area", Q(rural_area__isnull=True)),
    # Special categories: "did not want to answer" is an answer; only "not recorded" ("") is missing.
    ("foreign_background", Q(foreign_background="")),
    ("disability", Q(disability="")),
    ("minority", Q(minority="")),
    ("homeless_or_housing_exclusion", Q(homeless_or_housing_exclusion="")),
]
EXIT_FIELDS = [("exit_reason", Q(exit_date__isnull=False, exit_reason=""))] + [
    (name, Q(exit_date__isnull=False, **{f"{name}__isnull": True})) for name in (
        "exit_job_searching", "exit_in_education_or_training", "exit_qualification_gained", "exit_employed")]
FOLLOW_UP = ("employed_6_months", Q(exit_date__isnull=False, employed_6_months__isnull=True))


@never_cache
@access.requires("reporting.completeness")
def completeness(request):
    """Which ESF+ fields are missing, per participant code the user may see: entry fields from intake on,
    exit fields once the participant has left, the six-month result once six months have passed."""
    from django.db.models import Case, When
    from django.db.models import Value as V
    from django.utils import timezone

    from ikut.participants.models import Participant

    six_months_ago = esf.add_months(timezone.localdate(), -6)
    checks = COMPLETENESS_FIELDS + EXIT_FIELDS + [
        (FOLLOW_UP[0], FOLLOW_UP[1] & Q(exit_date__lte=six_months_ago))]
    annotations = {f"missing_{name}": Case(When(cond, then=V(True)), default=V(False)) for name, cond in checks}
    missing_any = Q()
    for _name, cond in checks:
        missing_any |= cond
    # Codes and missing-field names only (no values), like the caseload list: a supervisor's covers their
    # organisation (organisation_caseload), everyone else's their visible records.
    rows = (organisation_caseload(request.user).filter(missing_any).annotate(**annotations)
            .only("code", "current_phase", "intake_date", "exit_date").order_by("code")[:500])
    labels = {name: Participant._meta.get_field(name).verbose_name for name, _c in checks}
    table = [{"code": p.code, "phase": p.get_current_phase_display(),
              "missing": [labels[name] for name, _c in checks if getattr(p, f"missing_{name}")]} for p in rows]
    log.record_request(request, "reporting.completeness.view", ("completeness", str(request.user.pk)),
                       details={"rows": len(table)})
    return render(request, "reporting/completeness.html", {"rows": table})


# Navigation labels registered in ikut/core/nav.py, listed here so this app's catalogue translates them.
NAV_LABELS = [_("Reporting"), _("Surveys with a participant")]
