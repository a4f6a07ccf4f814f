"""Background report builds (django-tasks through ikut.core.tasks' interface: `@task()` + `.enqueue()`)."""

from django_tasks import task


@task()
def build_report_task(build_id, language="fi"):
    from .builds import run_build

    run_build(build_id, language)
    return build_id
