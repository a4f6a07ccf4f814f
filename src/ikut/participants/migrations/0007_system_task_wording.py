"""Tasks the system creates keep the key of their participant-facing wording and its values
(participants/system_tasks.py), so a participant reads them in their own language (issue 14, item 6). Existing
system tasks that can be recognised get their key: the intake consents task, six-month follow-ups."""

import ikut.core.crypto
from django.db import migrations, models


def recognise(apps, schema_editor):
    Task = apps.get_model("participants", "Task")
    for task in Task.objects.filter(text_key=""):
        key = ("follow_up" if task.kind == "follow_up" else
               "consents" if task.phase == "intake" and task.title_fi == "Kirjaa suostumukset" else "")
        if key:
            task.text_key = key
            task.save(update_fields=["text_key"])


class Migration(migrations.Migration):

    dependencies = [
        ('participants', '0006_consent_texts'),
    ]

    operations = [
        migrations.AddField(
            model_name='task',
            name='text_key',
            field=models.CharField(blank=True, editable=False, max_length=40),
        ),
        migrations.AddField(
            model_name='task',
            name='text_values',
            field=ikut.core.crypto.EncryptedTextField(blank=True, editable=False),
        ),
        migrations.RunPython(recognise, migrations.RunPython.noop),
    ]
