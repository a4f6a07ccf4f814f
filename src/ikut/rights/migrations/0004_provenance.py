"""Provenance: `checked_on` (a date or empty) beside `source` on help contacts and minimum-pay rows (was
`verified_on`), an empty `checked_on` on job-offer rules, no article-wide verified date (each legal
reference and source row of an article carries its own `checked_on`). A checked-on date needs a source."""

from django.db import migrations, models

CHECKED_NEEDS_SOURCE = models.Q(checked_on__isnull=True) | ~models.Q(source="")


class Migration(migrations.Migration):
    dependencies = [("rights", "0003_rule_verified_optional")]
    operations = [
        migrations.RenameField("helpcontact", "verified_on", "checked_on"),
        migrations.AlterField("helpcontact", "checked_on",
                              models.DateField(blank=True, null=True, verbose_name="checked on")),
        migrations.AlterField("helpcontact", "source", models.URLField(blank=True, max_length=300,
                                                                       verbose_name="source")),
        migrations.RenameField("sectorminimumpay", "verified_on", "checked_on"),
        migrations.AlterField("sectorminimumpay", "checked_on",
                              models.DateField(blank=True, null=True, verbose_name="checked on")),
        migrations.AlterField("sectorminimumpay", "source", models.URLField(blank=True, max_length=300,
                                                                            verbose_name="source")),
        migrations.AddField("offerrule", "checked_on",
                            models.DateField(blank=True, null=True, verbose_name="checked on")),
        migrations.RemoveField("article", "verified_on"),
        migrations.AddConstraint("helpcontact", models.CheckConstraint(condition=CHECKED_NEEDS_SOURCE,
                                                                       name="rights_help_checked_source")),
        migrations.AddConstraint("sectorminimumpay", models.CheckConstraint(condition=CHECKED_NEEDS_SOURCE,
                                                                            name="rights_minpay_checked_source")),
    ]
