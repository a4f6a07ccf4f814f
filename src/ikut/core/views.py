from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from ikut import access


@access.requires("home.view")
def home(request):
    return render(request, "core/home.html")


@access.requires("tasks.view_failed")
def failed_tasks(request):
    """Background tasks that failed after every attempt (ikut.core.worker); same list as `ikut tasks --failed`."""
    from ikut.core.worker import failed_tasks as failed

    rows = list(failed()[:200])
    return render(request, "core/failed_tasks.html", {"tasks": rows})


@access.public
def healthz(request):
    """Liveness: the process answers."""
    return JsonResponse({"status": "ok"})


@access.public
def readyz(request):
    """Readiness: the database answers and every migration is applied."""
    # Imported here, not with the module: a worker that never answers the probe does not hold even the migration
    # loader. A fully migrated database is recognised from the migration file names (core.migration_files), so a
    # worker answering the probe does not import the 92 migration modules either (issue 17, lean workers); only
    # when a file is unrecorded is Django's plan made, for the number of pending migrations.
    from ikut.core import migration_files

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        pending = []
        if migration_files.unrecorded(connection):
            from django.db.migrations.executor import MigrationExecutor

            executor = MigrationExecutor(connection)
            pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception:  # noqa: BLE001 - any failure means not ready; details stay in the logs
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    if pending:
        return JsonResponse({"status": "unavailable", "migrations_pending": len(pending)}, status=503)
    return JsonResponse({"status": "ok"})


def error_404(request, exception=None):
    if request.path.startswith("/portal/"):  # survivors get a portal page: their language, the exit button
        from ikut.portal.views import not_found

        return not_found(request)
    return render(request, "404.html", status=404)


def error_403(request, exception=None):
    return render(request, "403.html", status=403)


def error_500(request):
    # No context processors that touch the database or the user: this page must always render.
    from django.http import HttpResponseServerError
    from django.template import loader

    if request.path.startswith("/portal/"):
        from ikut.portal.views import server_error

        return HttpResponseServerError(server_error(request))
    return HttpResponseServerError(loader.get_template("500.html").render({}))


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
