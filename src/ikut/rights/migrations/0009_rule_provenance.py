"""One provenance vocabulary for job-offer rules (issue 14, item 5): `source` + `checked_on`, as for every other
fact. The old `verified_on` stamp (2026-11-28, written with the rules, no source read behind it) is dropped, not
carried over: a rule counts as checked only once someone reads its source and enters it at Rights → Unchecked
facts. A checked-on date without a source is refused by the database."""

from django.db import migrations, models

CHECKED_NEEDS_SOURCE = models.Q(checked_on__isnull=True) | ~models.Q(source="")


def clear_unsourced(apps, schema_editor):
    apps.get_model("rights", "OfferRule").objects.filter(source="").update(checked_on=None)


class Migration(migrations.Migration):
    dependencies = [("rights", "0008_survivor_languages")]
    operations = [
        migrations.RemoveField("offerrule", "verified_on"),
        migrations.RunPython(clear_unsourced, migrations.RunPython.noop),
        migrations.AddConstraint("offerrule", models.CheckConstraint(condition=CHECKED_NEEDS_SOURCE,
                                                                     name="rights_rule_checked_source")),
    ]
