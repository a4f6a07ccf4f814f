"""Writes to rights content (one function per action, audited)."""

from django.db import transaction
from django.utils import timezone

from ikut.audit.log import record

from .models import ArticleVersion


def save_article_meta(actor, article, data, *, ip=None):
    with transaction.atomic():
        article.legal_references = data["legal_references"]
        article.sources = data["sources"]
        article.save()
        record(actor, "rights.article.edit", article, details={"slug": article.slug}, ip=ip)
    return article


def save_version(actor, article, lang, form, *, ip=None):
    with transaction.atomic():
        version = form.save(commit=False)
        version.article = article
        version.language = lang
        if version.status == ArticleVersion.Status.REVIEWED:
            version.reviewer = actor
            version.reviewed_on = timezone.localdate()
        else:
            version.reviewer = None
            version.reviewed_on = None
        version.save()
        record(actor, "rights.article_version.edit", article,
               details={"slug": article.slug, "language": lang, "status": version.status}, ip=ip)
    return version


def save_minimum_pay(actor, form, *, ip=None):
    with transaction.atomic():
        row = form.save(commit=False)
        row.updated_by = actor
        row.save()
        record(actor, "rights.minimum_pay.edit", row,
               details={"sector": row.sector, "hourly_minimum": str(row.hourly_minimum),
                        "effective_from": row.effective_from.isoformat()}, ip=ip)
    return row


def save_rule(actor, form, *, ip=None):
    """Save the rule's wording, legal basis and source. A changed source or legal basis was not read by
    anyone yet: the rule's checked-on date is cleared ("not yet checked")."""
    with transaction.atomic():
        rule = form.save(commit=False)
        rule.legal_basis = form.cleaned_data["legal_basis_text"]
        unread = "source" in form.changed_data or "legal_basis_text" in form.changed_data
        if unread:
            rule.checked_on = None
        rule.save()
        record(actor, "rights.rule.edit", rule, details={"code": rule.code, "severity": rule.severity,
                                                          "source": rule.source, "check_cleared": unread}, ip=ip)
    return rule


class FactNotFound(Exception):
    pass


def fact_kind(key):
    return key.split(":", 1)[0]


def mark_fact_checked(actor, key, source, *, ip=None):
    """Record that `source` was read today for the fact named `key` (see provenance.py): the fact's source
    becomes `source` and its checked_on today. Audited; raises FactNotFound for an unknown key."""
    from .models import Article, HelpContact, OfferRule, SectorMinimumPay

    today = timezone.localdate()
    parts = key.split(":")
    with transaction.atomic():
        if parts[0] == "help" and len(parts) == 2:
            row = HelpContact.objects.select_for_update().filter(key=parts[1]).first()
        elif parts[0] == "minimum-pay" and len(parts) == 2 and parts[1].isdigit():
            row = SectorMinimumPay.objects.select_for_update().filter(pk=int(parts[1])).first()
        elif parts[0] == "rule" and len(parts) == 2 and parts[1].isdigit():
            row = OfferRule.objects.select_for_update().filter(pk=int(parts[1])).first()
        elif parts[0] == "article" and len(parts) == 4 and parts[2] in ("ref", "source") and parts[3].isdigit():
            row = _check_article_row(Article.objects.select_for_update().filter(slug=parts[1]).first(),
                                     parts[2], int(parts[3]), source, today)
        else:
            row = None
        if row is None:
            raise FactNotFound(key)
        if not isinstance(row, Article):
            row.source, row.checked_on = source, today
            row.save(update_fields=["source", "checked_on"])
        record(actor, "rights.fact.check", row, reason="source read",
               details={"fact": key, "source": source, "checked_on": today.isoformat()}, ip=ip)
    return row


def _check_article_row(article, part, index, source, today):
    if article is None:
        return None
    rows = article.legal_references if part == "ref" else article.sources
    if index >= len(rows):
        return None
    rows[index] = dict(rows[index]) | {"source" if part == "ref" else "url": source,
                                       "checked_on": today.isoformat()}
    article.save(update_fields=["legal_references" if part == "ref" else "sources", "updated_at"])
    return article
