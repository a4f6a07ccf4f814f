"""Issue 13: a rule's verified date becomes optional (empty = "source to be checked"); the new rules of the
job-offer check are added, and the old OVERTIME_UNPAID red wording (8 h a day or 40 h a week) is replaced
where nobody edited it (red is now only for a week over 40 h; a long day alone is amber)."""

from django.db import migrations, models

OLD_OVERTIME_MESSAGE = "You would work more than 8 hours a day or 40 hours a week without overtime pay."


def load(apps, schema_editor):
    from ikut.rights import loader, rule_data

    OfferRule = apps.get_model("rights", "OfferRule")
    red = OfferRule.objects.filter(code="OVERTIME_UNPAID", severity="red", message=OLD_OVERTIME_MESSAGE).first()
    if red is not None:
        message, advice = rule_data.NEW_TEXTS["OVERTIME_UNPAID_RED"]
        red.message, red.advice, red.verified_on = message, advice, None
        red.save()
    loader.load_rules(apps.get_model)


def unload(apps, schema_editor):
    """Going back to 0002 (verified date required): rules without a date are removed; the loader of 0002's
    successors ships them again on the way forward. Staff edits to those rules are lost on a downgrade."""
    apps.get_model("rights", "OfferRule").objects.filter(verified_on__isnull=True).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('rights', '0002_shipped_content'),
    ]

    operations = [
        migrations.AlterField(
            model_name='offerrule',
            name='verified_on',
            field=models.DateField(blank=True, null=True, verbose_name='last verified'),
        ),
        migrations.RunPython(load, unload),
    ]
