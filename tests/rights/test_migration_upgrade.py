"""Upgrading a database that holds the content shipped before issue 14 (verified stamps, AVI sources, the old
written-terms deadline) corrects it: migrations 0003/0004 rename the provenance fields and refresh the help
contacts and every article version nobody has reviewed; a reviewed version is kept."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# serialized_rollback: the rows the data migrations loaded are restored for the tests that run after this one.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("rights", "0002_shipped_content")]


def _latest(executor):
    return [key for key in executor.loader.graph.leaf_nodes() if key[0] == "rights"]


def test_upgrade_from_0002_corrects_old_content():
    executor = MigrationExecutor(connection)
    latest = _latest(executor)
    # Down to 0001 and up to 0002, so the content 0002 ships is there even after a transactional test
    # elsewhere in the run flushed the tables.
    executor.migrate([("rights", "0001_initial")])
    executor.loader.build_graph()
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    HelpContact, Article = old.get_model("rights", "HelpContact"), old.get_model("rights", "Article")
    ArticleVersion = old.get_model("rights", "ArticleVersion")
    HelpContact.objects.filter(key="osh-advice").update(
        source="https://avi.fi/en/occupational-safety-and-health-helpline", verified_on=datetime.date(2026, 11, 28))
    Article.objects.update(verified_on=datetime.date(2026, 11, 28))
    ArticleVersion.objects.filter(article__slug="contract", language="en").update(
        body="The main terms in writing by the end of the first pay period.")
    ArticleVersion.objects.filter(article__slug="contract", language="fi").update(
        body="Tarkistettu teksti.", status="reviewed")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)
    new = executor.loader.project_state(latest).apps
    osh = new.get_model("rights", "HelpContact").objects.get(key="osh-advice")
    assert osh.source == "https://www.tyosuojelu.fi/" and osh.checked_on is None
    versions = new.get_model("rights", "ArticleVersion").objects
    assert "7" in versions.get(article__slug="contract", language="en").body
    assert not versions.filter(body__icontains="first pay period").exists()
    assert versions.get(article__slug="contract", language="fi").body == "Tarkistettu teksti."  # reviewed: kept
    assert new.get_model("rights", "Article").objects.filter(slug="wild-berries").exists()


def test_upgrade_from_0005_adds_new_languages_and_the_new_rest_advice():
    """0006: a database made before a language module existed gets its article versions and contact
    translations (nothing else changes), and the daily-rest advice "never below 9 hours" becomes the question."""
    from ikut.rights import i18n
    from ikut.rights.rule_data import DAILY_REST_ADVICE, OLD_DAILY_REST_ADVICE

    new_lang = (i18n.codes() or ["fr"])[0]
    before = [("rights", "0005_corrected_content")]
    executor = MigrationExecutor(connection)
    latest = _latest(executor)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    rule = old.get_model("rights", "OfferRule").objects.get(code="INSUFFICIENT_DAILY_REST", severity="red")
    rule.advice = OLD_DAILY_REST_ADVICE
    rule.translations = {"fi": {"advice": "Ei koskaan alle 9 tuntia.", "message": "Lepo alle 9 tuntia."}}
    rule.save()
    versions = old.get_model("rights", "ArticleVersion").objects
    versions.filter(language=new_lang).delete()
    versions.filter(article__slug="pay", language="fi").update(body="Muokattu luonnos.")
    for contact in old.get_model("rights", "HelpContact").objects.all():
        contact.translations.pop(new_lang, None)
        if "fi" in contact.translations:
            contact.translations["fi"]["name"] = "Muokattu nimi"
        contact.save()

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)
    new = executor.loader.project_state(latest).apps
    rule = new.get_model("rights", "OfferRule").objects.get(code="INSUFFICIENT_DAILY_REST", severity="red")
    assert rule.advice == DAILY_REST_ADVICE and rule.translations == {"fi": {"message": "Lepo alle 9 tuntia."}}
    versions = new.get_model("rights", "ArticleVersion").objects
    assert versions.filter(language=new_lang).count() == versions.filter(language="en").count()
    assert versions.get(article__slug="pay", language="fi").body == "Muokattu luonnos."  # edited draft kept
    contacts = [c for c in new.get_model("rights", "HelpContact").objects.all() if "fi" in c.translations]
    assert contacts and all(new_lang in c.translations for c in contacts)
    assert all(c.translations["fi"]["name"] == "Muokattu nimi" for c in contacts)  # staff edits kept
