"""Background work for events. Arguments are ids, never personal data (the queue is a table too)."""

from django_tasks import task


def enqueue_later(the_task, when, *args):
    """Enqueue with run_after where the backend supports it (production database backend). Backends
    that cannot defer (the immediate backend of the demo and tests) skip it: `ikut events-housekeeping`
    does the same work on schedule, so nothing depends on delayed tasks alone."""
    backend = the_task.get_backend()
    if backend.supports_defer:
        return the_task.using(run_after=when).enqueue(*args)
    return None


@task()
def send_registration_email(registration_id, kind):
    from . import emails

    return emails.send(registration_id, kind)


@task()
def expire_offer_task(registration_id):
    from ikut.core.actors import system

    from . import actions

    return actions.expire_offer(system("expire_offer_task"), registration_id)


@task()
def send_reminder_task(registration_id):
    from . import actions

    return actions.send_reminder(registration_id)
