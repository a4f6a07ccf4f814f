"""Load the shipped rules, help contacts, minimum-pay table and rights articles (idempotent)."""

from django.db import migrations


def load(apps, schema_editor):
    from ikut.rights import loader

    loader.load_all(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("rights", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
