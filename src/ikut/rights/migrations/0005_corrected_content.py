"""Corrected and sourced content (issue 14): the help contacts, article texts of versions nobody has
reviewed, the articles' provenance rows and the new articles are refreshed from the shipped data; stamps
without a source read behind them are cleared (minimum-pay rows keep a date only where someone entered one
in the UI together with the source)."""

from django.db import migrations


def load(apps, schema_editor):
    from ikut.rights import loader

    loader.load_help(apps.get_model, update=True)
    loader.load_articles(apps.get_model, update=True)
    loader.load_minimum_pay(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("rights", "0004_provenance")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
