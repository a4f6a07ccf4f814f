import secrets

from django.db import migrations, models


def first_stamps(apps, schema_editor):
    """A random stamp per content from the start: a process never confuses content read before a flush (an
    empty table means the stamp "") with content read after one."""
    ContentVersion = apps.get_model("core", "ContentVersion")
    for name in ("taxonomy", "rights"):
        ContentVersion.objects.update_or_create(name=name, defaults={"token": secrets.token_hex(16)})


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_worker_heartbeat"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("name", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("token", models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(first_stamps, migrations.RunPython.noop),
    ]
