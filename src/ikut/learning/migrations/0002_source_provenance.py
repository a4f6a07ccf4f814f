"""Provenance for course sources (issue 14, item 5): each module's source row carries `checked_on` (the date its
address was read, else "": "not yet checked"); the course-wide `sources_verified_on` stamp (2026-11-28, no reading
recorded behind it) is dropped."""

from django.db import migrations, models


def add_checked_on(apps, schema_editor):
    for module in apps.get_model("learning", "Module").objects.all():
        module.sources = [dict(row) | {"checked_on": row.get("checked_on") or ""} for row in module.sources]
        module.save(update_fields=["sources"])


class Migration(migrations.Migration):
    dependencies = [("learning", "0001_initial")]
    operations = [
        migrations.RemoveField("course", "sources_verified_on"),
        migrations.AlterField("module", "sources", models.JSONField(
            default=list, help_text='[{"title": ..., "url": ..., "checked_on": "YYYY-MM-DD" or ""}]')),
        migrations.RunPython(add_checked_on, migrations.RunPython.noop),
    ]
