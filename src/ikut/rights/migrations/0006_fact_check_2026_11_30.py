"""Fact check of 2026-11-30 (docs/rights.md, "Fact check 2026-11-30"): the help contacts and the articles'
provenance rows and unreviewed texts are refreshed from the shipped data; job-offer rules whose basis was read
get that page and date where nobody has recorded a check of their own; the daily-rest advice that said "never
below 9 hours" and the two "section to be checked" placeholders are replaced where nobody edited them."""

from django.db import migrations

OLD_REST_ADVICE = ("You have the right to at least 11 hours of rest between working days. It may be shortened only in "
                   "special cases, never below 9 hours.")
TO_CHECK = "section to be checked"


def load(apps, schema_editor):
    from ikut.rights import loader, rule_data

    OfferRule = apps.get_model("rights", "OfferRule")
    shipped = {(code, severity): (basis, advice, source)
               for code, severity, _ilo, basis, _message, advice, source in rule_data.RULES}
    rest = OfferRule.objects.filter(code="INSUFFICIENT_DAILY_REST", severity="red", advice=OLD_REST_ADVICE).first()
    if rest is not None:
        _basis, rest.advice, rest.source = shipped[("INSUFFICIENT_DAILY_REST", "red")]
        # Translations stored on the rule were of the old advice: drop them (the catalogues carry the new one).
        rest.translations = {lang: {k: v for k, v in texts.items() if k != "advice"}
                             for lang, texts in (rest.translations or {}).items()}
        rest.save()
    date = loader._date(rule_data.CHECKED)
    for (code, severity), source in rule_data.RULES_CHECKED.items():
        rule = OfferRule.objects.filter(code=code, severity=severity, checked_on__isnull=True).first()
        if rule is None:
            continue
        if TO_CHECK in repr(rule.legal_basis):
            rule.legal_basis = shipped[(code, severity)][0]
        rule.source, rule.checked_on, rule.verified_on = source, date, date
        rule.save()
    # Contacts: only the provenance the check changed (source, checked_on), where nobody recorded a check of
    # their own; names, hours and translations a staff member may have edited are kept.
    HelpContact = apps.get_model("rights", "HelpContact")
    from ikut.rights import fact_data

    for item in fact_data.HELP:
        HelpContact.objects.filter(key=item["key"], checked_on__isnull=True).update(
            source=item["source"], checked_on=loader._date(item["checked_on"]))
    # References and sources only: the one text this check corrected (trial-period) is changed by 0007, and only
    # where it is still as shipped (a staff member's edit of a draft is kept).
    loader.load_articles(apps.get_model, update=True, texts=False)


class Migration(migrations.Migration):
    dependencies = [("rights", "0005_corrected_content")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
