"""Provenance for certificates (issue 14, item 5): `url` (the address) + `checked_on`, as for every fact. The old
`verified` stamp (2026-11-28, written with the starter data, no reading of the address behind it) is not kept."""

from django.db import migrations, models


def drop_stamp(apps, schema_editor):
    apps.get_model("skills", "Certificate").objects.update(checked_on=None)


class Migration(migrations.Migration):
    dependencies = [("skills", "0003_workexperience_added_by_participant")]
    operations = [
        migrations.RenameField("certificate", "verified", "checked_on"),
        migrations.AlterField("certificate", "checked_on",
                              models.DateField(blank=True, null=True, verbose_name="checked on")),
        migrations.RunPython(drop_stamp, migrations.RunPython.noop),
        migrations.AddConstraint("certificate", models.CheckConstraint(
            condition=models.Q(checked_on__isnull=True) | ~models.Q(url=""), name="skills_certificate_checked_source")),
    ]
