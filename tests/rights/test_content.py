"""Shipped rights content: every required topic in en, fi and sv; machine drafts never marked reviewed;
facts carry sources and a verified date; loading is idempotent and keeps staff edits."""

import pytest
from django.apps import apps

from ikut.rights import loader
from ikut.rights.models import Article, ArticleVersion

pytestmark = pytest.mark.django_db

TOPICS = ["contract", "pay", "payslip", "working-hours", "annual-holiday", "sick-leave", "trial-period", "tax",
          "safety", "unions", "housing", "residence-permit", "seasonal-work", "discrimination", "trafficking-help"]


def test_every_topic_in_english_finnish_and_swedish():
    assert set(TOPICS) <= set(Article.objects.values_list("slug", flat=True))
    for slug in TOPICS:
        langs = set(ArticleVersion.objects.filter(article__slug=slug).values_list("language", flat=True))
        assert {"en", "fi", "sv"} <= langs, slug


def test_trafficking_help_in_every_portal_language():
    from django.conf import settings

    langs = set(ArticleVersion.objects.filter(article__slug="trafficking-help").values_list("language", flat=True))
    assert set(settings.PORTAL_LANGUAGES) <= langs


def test_shipped_versions_are_drafts_never_reviewed():
    assert not ArticleVersion.objects.exclude(status="draft").exists()
    assert not ArticleVersion.objects.filter(reviewer__isnull=False).exists()


def test_every_article_has_sources_and_every_fact_row_its_provenance():
    for article in Article.objects.all():
        assert article.sources, article.slug
        assert all(s["url"].startswith("https://") and "checked_on" in s for s in article.sources), article.slug
        assert all(r["source"].startswith("https://") and "checked_on" in r for r in article.legal_references)


def test_help_numbers_appear_in_the_help_article_in_one_format():
    text = ArticleVersion.objects.get(article__slug="trafficking-help", language="en").body
    assert "+358 295 463 177 (0295 463 177)" in text and "+358 295 016 620 (0295 016 620)" in text
    assert "112" in text


def test_loading_again_is_idempotent_and_keeps_reviewed_text():
    version = ArticleVersion.objects.get(article__slug="pay", language="fi")
    version.body, version.status = "Tarkistettu teksti.", "reviewed"
    version.save()
    before = ArticleVersion.objects.count()
    assert loader.load_all(apps.get_model, update=True)["articles"] == 0
    assert ArticleVersion.objects.count() == before
    version.refresh_from_db()
    assert version.body == "Tarkistettu teksti."


NEW_TOPICS = ["paying-back-pay", "forced-self-employment", "unpaid-trial-days", "protective-equipment",
              "threats-permit-police", "wild-berries", "seasonal-housing", "victim-residence-permit",
              "recruitment-fees"]


def test_the_new_topics_exist_in_every_portal_language_as_drafts():
    from django.conf import settings

    for slug in NEW_TOPICS:
        versions = ArticleVersion.objects.filter(article__slug=slug)
        langs = {v.language for v in versions}
        assert set(settings.PORTAL_LANGUAGES) <= langs, slug
        assert {v.status for v in versions} == {"draft"}, slug
        assert all(len(v.body) < 1200 for v in versions), slug  # short, plain language


def test_the_new_topics_show_in_the_portal_in_russian_without_fallback(client):
    html = client.get("/portal/ru/rights/").content.decode()
    for slug in NEW_TOPICS:
        assert f"/portal/ru/rights/{slug}/" in html
    html = client.get("/portal/ru/rights/wild-berries/").content.decode()
    assert "487/2021" in html and 'class="note"' not in html and "<article" in html


def test_every_article_in_every_portal_language_without_fallback(client):
    """Issue 14: a test enumerates every (article, language) pair of the enabled portal languages and fails on
    any fallback to another language."""
    from django.conf import settings

    fallbacks = []
    for article in Article.objects.prefetch_related("versions"):
        have = {v.language for v in article.versions.all() if v.status != "missing"}
        for lang in settings.PORTAL_LANGUAGES:
            if lang not in have:
                fallbacks.append((article.slug, lang))
                continue
            html = client.get(f"/portal/{lang}/rights/{article.slug}/").content.decode()
            if 'class="note"' in html or "<article>" not in html:
                fallbacks.append((article.slug, lang))
    assert fallbacks == []
