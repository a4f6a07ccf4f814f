"""Load the shipped content (rules, help contacts, minimum pay, articles) into the database.

Used by the data migration (with historical models) and by `ikut load-rights-content`. Loading is
idempotent and never overwrites what staff have changed: rows that already exist are left alone unless
`update=True`.
"""

import datetime
from decimal import Decimal

from . import article_data, fact_data, rule_data


def _date(value):
    return datetime.date.fromisoformat(value) if isinstance(value, str) and value else (value or None)


def _known(model, values):
    """Only the fields the (possibly historical) model has: the data migration 0002 runs this loader
    against the schema before provenance fields existed (0003), 0004 then fills them."""
    names = {f.name for f in model._meta.get_fields()}
    return {k: v for k, v in values.items() if k in names}


def load_rules(get_model, update=False):
    OfferRule = get_model("rights", "OfferRule")
    # Migrations 0002-0006 ran with a `verified_on` stamp (required in 0002's state); 0007 dropped it for
    # `checked_on`, which the shipped rules leave empty (no source read yet).
    stamped = "verified_on" in {f.name for f in OfferRule._meta.get_fields()}
    dates_optional = not stamped or OfferRule._meta.get_field("verified_on").null
    created = 0
    for code, severity, ilo, basis, message, advice, source in rule_data.RULES:
        unchecked = (code, severity) in rule_data.NEW_RULES_UNCHECKED  # "source to be checked": no date
        if unchecked and not dates_optional:
            continue  # created by migration 0003, which makes the date optional
        # A rule whose basis someone read (rule_data.RULES_CHECKED) carries that page and the date it was read.
        read = rule_data.RULES_CHECKED.get((code, severity))
        values = _known(OfferRule, {
            "ilo_indicator": ilo, "legal_basis": basis, "message": message, "advice": advice,
            "source": read or source, "checked_on": _date(rule_data.CHECKED) if read else None})
        if stamped:
            values["verified_on"] = None if unchecked else _date(rule_data.CHECKED if read else rule_data.VERIFIED)
        if update:
            _, made = OfferRule.objects.update_or_create(code=code, severity=severity, defaults=values)
        else:
            _, made = OfferRule.objects.get_or_create(code=code, severity=severity, defaults=values)
        created += made
    return created


def load_help(get_model, update=False):
    """Create the shipped contacts (update=True: refresh them). An existing contact gets the translations of
    languages it does not have yet (a newly added portal language); the languages it has are left alone."""
    HelpContact = get_model("rights", "HelpContact")
    created = 0
    for item in fact_data.HELP:
        values = {k: v for k, v in item.items() if k != "key"} | {"checked_on": _date(item["checked_on"])}
        method = HelpContact.objects.update_or_create if update else HelpContact.objects.get_or_create
        contact, made = method(key=item["key"], defaults=_known(HelpContact, values))
        created += made
        missing = {lang: text for lang, text in item["translations"].items() if lang not in contact.translations}
        if missing and not made and not update:
            contact.translations = contact.translations | missing
            contact.save(update_fields=["translations"])
    return created


def load_minimum_pay(get_model):
    SectorMinimumPay = get_model("rights", "SectorMinimumPay")
    created = 0
    for sector, agreement, group, hourly, effective, source, checked_on in fact_data.MINIMUM_PAY:
        _, made = SectorMinimumPay.objects.get_or_create(
            sector=sector, effective_from=_date(effective),
            defaults=_known(SectorMinimumPay, {
                "agreement": agreement, "lowest_pay_group": group, "hourly_minimum": Decimal(hourly),
                "source": source, "uncertain": True, "checked_on": _date(checked_on),
                "note": "Shipped approximation; confirm against the current pay table at the source."}))
        created += made
    return created


def load_articles(get_model, update=False, texts=True):
    """Create the shipped articles and their versions. update=True refreshes each article's references and
    sources and (texts=True) every version nobody reviewed; texts=False leaves the versions' wording alone (a
    staff member may have edited a draft: a later correction migration changes only text still as shipped)."""
    Article = get_model("rights", "Article")
    ArticleVersion = get_model("rights", "ArticleVersion")
    created = 0
    for order, item in enumerate(article_data.ARTICLES):
        values = {"order": order, "icon": item["icon"], "legal_references": item["legal_references"],
                  "sources": item["sources"]}
        method = Article.objects.update_or_create if update else Article.objects.get_or_create
        article, _ = method(slug=item["slug"], defaults=values)
        for lang, text in item["text"].items():
            # Shipped translations are machine-drafted: always "draft" (English is the source text,
            # also "draft" until a named reviewer marks it reviewed in the UI).
            values = {"title": text["title"], "summary": text.get("summary", ""), "body": text["body"].strip(),
                      "status": "draft"}
            existing = ArticleVersion.objects.filter(article=article, language=lang).first()
            if existing is None:
                ArticleVersion.objects.create(article=article, language=lang, **values)
                created += 1
            elif update and texts and existing.status != "reviewed":
                for key, value in values.items():
                    setattr(existing, key, value)
                existing.save()
    return created


def load_all(get_model, update=False):
    return {"rules": load_rules(get_model, update), "help": load_help(get_model, update),
            "minimum_pay": load_minimum_pay(get_model), "articles": load_articles(get_model, update)}
