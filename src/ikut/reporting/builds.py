"""Report builds: cached on a data fingerprint, run in the background with visible progress."""

from django.utils import timezone, translation

from ikut.core.i18n import current_language

from . import aggregates, sources
from .models import ReportBuild


def _fingerprint(report):
    # Labels are stored in the result, so each language gets its own build.
    narrative_free = (f"situation:{report.pk}:{sorted(report.surveys.values_list('pk', flat=True))}:"
                      f"{current_language()}")
    return sources.fingerprint(narrative_free)


def current_build(report):
    """The newest build of `report` whose fingerprint matches today's data, else the newest build."""
    fp = _fingerprint(report)
    fresh = report.builds.filter(fingerprint=fp).exclude(status=ReportBuild.Status.FAILED).first()
    return fresh, fp


def request_build(report, user):
    """Reuse a finished or running build for the same data; otherwise queue a new one."""
    from .tasks import build_report_task

    fresh, fp = current_build(report)
    if fresh is not None:
        return fresh, False
    build = ReportBuild.objects.create(kind=ReportBuild.Kind.SITUATION, report=report, period=report.period,
                                       fingerprint=fp, requested_by=user)
    build_report_task.enqueue(build.pk, current_language())
    build.refresh_from_db()
    return build, True


def run_build(build_id, language="fi"):
    build = ReportBuild.objects.select_related("report", "report__period").get(pk=build_id)
    if build.status == ReportBuild.Status.DONE:
        return build

    def progress(pct, step):
        ReportBuild.objects.filter(pk=build.pk).update(progress=pct, step=step, status=ReportBuild.Status.RUNNING)

    progress(1, "start")
    try:
        with translation.override(language):
            result = aggregates.build_situation(build.report, progress)
    except Exception as exc:  # recorded for the page; the worker log keeps the traceback
        ReportBuild.objects.filter(pk=build.pk).update(status=ReportBuild.Status.FAILED,
                                                       error=type(exc).__name__, finished_at=timezone.now())
        raise
    ReportBuild.objects.filter(pk=build.pk).update(status=ReportBuild.Status.DONE, progress=100, step="done",
                                                   result=result, finished_at=timezone.now())
    build.refresh_from_db()
    return build
