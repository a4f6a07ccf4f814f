"""The one task interface for background work (django-tasks; Django 6's django.tasks API).

Define work with `@task()` and start it with `.enqueue(...)`. In the demo and tests the immediate
backend runs it in-process; in production the database backend stores it and `ikut worker` runs it.
Task arguments must be JSON-serialisable and should be ids, not personal data.
"""

from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_mail_task(subject, body, to, attachments=None):
    """Send one email. `attachments` is a list of (filename, text content, mimetype)."""
    message = EmailMessage(subject=subject, body=body, to=to)
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    return message.send()


@task()
def ping_task(value):
    """A no-op used by health checks and the worker test."""
    from ikut.audit import log
    from ikut.core.actors import system

    log.record(system("ping_task"), "core.worker.ping", ("worker", "ping"), details={"value": value})
    return value


@task()
def wait_task(seconds, value):
    """Sleep, then audit like ping_task: a task long enough to kill its worker mid-way (crash tests, soak)."""
    import time

    time.sleep(min(float(seconds), 600))
    return ping_task.call(value)


@task()
def fail_task(value):
    """Always raises: shows retries with backoff and the failed-task list (tests)."""
    raise RuntimeError(f"fail_task {value} failed on purpose")
