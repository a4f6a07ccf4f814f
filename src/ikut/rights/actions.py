"""Writes to rights content (one function per action, audited)."""

from django.db import transaction
from django.utils import timezone

from ikut.audit.log import record

from .models import ArticleVersion


def save_article_meta(request, article, data):
    with transaction.atomic():
        article.legal_references = data["legal_references"]
        article.sources = data["sources"]
        article.verified_on = data["verified_on"]
        article.save()
        record(request, "rights.article.edit", article, details={"slug": article.slug})
    return article


def save_version(request, article, lang, form):
    with transaction.atomic():
        version = form.save(commit=False)
        version.article = article
        version.language = lang
        if version.status == ArticleVersion.Status.REVIEWED:
            version.reviewer = request.user
            version.reviewed_on = timezone.localdate()
        else:
            version.reviewer = None
            version.reviewed_on = None
        version.save()
        record(request, "rights.article_version.edit", article,
               details={"slug": article.slug, "language": lang, "status": version.status})
    return version


def save_minimum_pay(request, form):
    with transaction.atomic():
        row = form.save(commit=False)
        row.updated_by = request.user
        row.save()
        record(request, "rights.minimum_pay.edit", row,
               details={"sector": row.sector, "hourly_minimum": str(row.hourly_minimum),
                        "effective_from": row.effective_from.isoformat()})
    return row


def save_rule(request, form):
    with transaction.atomic():
        rule = form.save(commit=False)
        rule.legal_basis = form.cleaned_data["legal_basis_text"]
        rule.save()
        record(request, "rights.rule.edit", rule, details={"code": rule.code, "severity": rule.severity})
    return rule
