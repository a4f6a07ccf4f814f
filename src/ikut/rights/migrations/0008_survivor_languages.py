"""Issue 14: the survivor languages kept as data modules (rights/i18n/<code>.py) reach existing databases — their
article versions (draft) and help-contact translations are added, nothing existing is changed — and the daily-rest
advice of the red INSUFFICIENT_DAILY_REST rule becomes a question instead of a floor of 9 hours (where nobody
edited it; translations stored on the rule for the old advice are dropped, the catalogues carry the new one).
`ikut load-rights-content` does the same adding for a language added after this migration ran."""

from django.db import migrations


def forward(apps, schema_editor):
    from ikut.rights import loader, rule_data

    OfferRule = apps.get_model("rights", "OfferRule")
    for rule in OfferRule.objects.filter(code="INSUFFICIENT_DAILY_REST", severity="red",
                                         advice=rule_data.OLD_DAILY_REST_ADVICE):
        rule.advice = rule_data.DAILY_REST_ADVICE
        rule.translations = {lang: {k: v for k, v in texts.items() if k != "advice"}
                             for lang, texts in (rule.translations or {}).items()}
        rule.save()
    loader.load_articles(apps.get_model)
    loader.load_help(apps.get_model)


def backward(apps, schema_editor):
    """The old advice was wrong; going back keeps the new one. Added versions and translations stay."""


class Migration(migrations.Migration):
    dependencies = [("rights", "0007_trial_period_reason")]
    operations = [migrations.RunPython(forward, backward)]
