"""issue 11: before this release invitation and password-reset mails went through the task queue as ready-made
bodies, so the links stayed in clear in the django-tasks-db table. Delete those task rows and end every open
invitation's link (administrators invite again; password resets can be asked for again)."""

import hashlib
import json
import secrets

from django.db import migrations

MAIL_TASK = "ikut.core.tasks.send_mail_task"
MARKERS = ("/accounts/invite/", "/accounts/password-reset/")


def forget(apps, schema_editor):
    Invitation = apps.get_model("accounts", "Invitation")
    for invitation in Invitation.objects.filter(accepted_at__isnull=True):
        invitation.token_hash = hashlib.sha256(secrets.token_urlsafe(32).encode()).hexdigest()
        invitation.save(update_fields=["token_hash"])
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    doomed = [row.pk for row in DBTaskResult.objects.filter(task_path=MAIL_TASK).only("pk", "args_kwargs")
              if any(marker in json.dumps(row.args_kwargs) for marker in MARKERS)]
    DBTaskResult.objects.filter(pk__in=doomed).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forget, migrations.RunPython.noop)]
