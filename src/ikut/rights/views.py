"""Staff side of the rights library: edit and translate articles, keep the minimum-pay table and the
job-offer rules current. All content here is public reference material (no personal data)."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from ikut import access
from ikut.core.net import client_ip

from . import actions
from .forms import (
    REF_KEYS,
    SOURCE_KEYS,
    ArticleForm,
    FactCheckForm,
    MinimumPayForm,
    RuleForm,
    VersionForm,
    refs_to_lines,
)
from .models import Article, ArticleVersion, OfferRule, SectorMinimumPay
from .provenance import article_rows, unchecked_facts


def _language(lang):
    if lang not in settings.PORTAL_LANGUAGES:
        from django.http import Http404

        raise Http404
    return get_language_info(lang) | {"code": lang}


@access.requires("rights.content.edit")
def library(request):
    articles = list(Article.objects.prefetch_related("versions"))
    langs = [get_language_info(c) | {"code": c} for c in settings.PORTAL_LANGUAGES]
    rows = []
    for article in articles:
        by_lang = {v.language: v for v in article.versions.all()}
        rows.append({"article": article, "title": (by_lang.get("en") or by_lang.get("fi")),
                     "cells": [{"lang": lang["code"], "status": by_lang[lang["code"]].status
                                if lang["code"] in by_lang else "missing"} for lang in langs]})
    return render(request, "rights/library.html", {"rows": rows, "langs": langs})


@access.requires("rights.content.edit")
def article(request, slug):
    found = get_object_or_404(Article, slug=slug)
    if request.method == "POST":
        form = ArticleForm(request.POST)
        if form.is_valid():
            actions.save_article_meta(request.user, found, form.cleaned_data, ip=client_ip(request))
            messages.success(request, _("Saved."))
            return redirect("rights:article", slug=slug)
    else:
        form = ArticleForm(initial={"legal_references": refs_to_lines(found.legal_references, REF_KEYS),
                                    "sources": refs_to_lines(found.sources, SOURCE_KEYS)})
    versions = {v.language: v for v in found.versions.select_related("reviewer")}
    langs = [get_language_info(c) | {"code": c, "version": versions.get(c)} for c in settings.PORTAL_LANGUAGES]
    return render(request, "rights/article.html", {"article": found, "form": form, "langs": langs,
                                                   "facts": article_rows(found)})


@access.requires("rights.content.edit")
def version_edit(request, slug, lang):
    found = get_object_or_404(Article, slug=slug)
    language = _language(lang)
    version = ArticleVersion.objects.filter(article=found, language=lang).first()
    source = found.versions.filter(language="en").first()
    may_review = access.can(request.user, "rights.content.review")
    if request.method == "POST":
        form = VersionForm(request.POST, instance=version, may_review=may_review)
        if form.is_valid():
            actions.save_version(request.user, found, lang, form, ip=client_ip(request))
            messages.success(request, _("Saved."))
            return redirect("rights:article", slug=slug)
    else:
        initial = {} if version else {"status": ArticleVersion.Status.DRAFT}
        form = VersionForm(instance=version, initial=initial, may_review=may_review)
    return render(request, "rights/version_form.html", {"article": found, "language": language, "form": form,
                                                         "source": source if lang != "en" else None,
                                                         "version": version})


@access.requires("rights.minimum_pay.view")
def minimum_pay(request):
    rows = SectorMinimumPay.objects.select_related("updated_by")
    return render(request, "rights/minimum_pay.html", {
        "rows": rows, "may_manage": access.can(request.user, "rights.minimum_pay.manage")})


@access.requires("rights.minimum_pay.manage")
def minimum_pay_edit(request, pk=None):
    row = get_object_or_404(SectorMinimumPay, pk=pk) if pk else None
    form = MinimumPayForm(request.POST or None, instance=row)
    if request.method == "POST" and form.is_valid():
        actions.save_minimum_pay(request.user, form, ip=client_ip(request))
        messages.success(request, _("Saved."))
        return redirect("rights:minimum_pay")
    return render(request, "rights/minimum_pay_form.html", {"form": form, "row": row})


@access.requires("rights.content.edit")
def rules(request):
    return render(request, "rights/rules.html", {
        "rules": OfferRule.objects.all(), "may_manage": access.can(request.user, "rights.minimum_pay.manage")})


@access.requires("rights.minimum_pay.manage")
def rule_edit(request, pk):
    rule = get_object_or_404(OfferRule, pk=pk)
    form = RuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        actions.save_rule(request.user, form, ip=client_ip(request))
        messages.success(request, _("Saved."))
        return redirect("rights:rules")
    return render(request, "rights/rule_form.html", {"form": form, "rule": rule})


@access.requires("rights.facts.view")
def facts(request):
    """Facts nobody has checked against a source yet; each can be marked checked by entering the source read."""
    rows = unchecked_facts()
    for row in rows:
        row["may_check"] = access.can(request.user, "rights.facts.check", row["kind"])
    return render(request, "rights/facts.html", {"facts": rows, "form": FactCheckForm()})


@access.requires("rights.facts.check")
def fact_check(request):
    """POST only: record that the entered source was read today for one fact (audited)."""
    from django.http import Http404

    if request.method != "POST":
        return redirect("rights:facts")
    form = FactCheckForm(request.POST)
    key = request.POST.get("fact", "")[:120]
    if not access.can(request.user, "rights.facts.check", actions.fact_kind(key)):
        raise Http404
    if not form.is_valid():
        rows = unchecked_facts()
        for row in rows:
            row["may_check"] = access.can(request.user, "rights.facts.check", row["kind"])
            row["form"] = form if row["key"] == key else None
        return render(request, "rights/facts.html", {"facts": rows, "form": FactCheckForm(), "failed": form},
                      status=400)
    try:
        actions.mark_fact_checked(request.user, key, form.cleaned_data["source"], ip=client_ip(request))
    except actions.FactNotFound:
        raise Http404 from None
    messages.success(request, _("Marked checked today, with the source you read."))
    return redirect("rights:facts")
