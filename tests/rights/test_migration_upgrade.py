"""Upgrading a database that holds the content shipped before issue 14 (verified stamps, AVI sources, the old
written-terms deadline) corrects it: migrations 0003/0004 rename the provenance fields and refresh the help
contacts and every article version nobody has reviewed; a reviewed version is kept."""

import datetime
import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ikut.rights import loader

# Transactional (migrations run outside a test transaction). No serialized rollback: after another transactional
# test flushed the tables, restoring the serialized rows clashes with the content types the flush recreated
# (PostgreSQL); each test puts the shipped content back itself instead.
pytestmark = pytest.mark.django_db(transaction=True)

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
    OfferRule = old.get_model("rights", "OfferRule")
    OfferRule.objects.filter(code="INSUFFICIENT_DAILY_REST", severity="red").update(
        advice="You have the right to at least 11 hours of rest between working days. It may be shortened only in "
               "special cases, never below 9 hours.")
    OfferRule.objects.filter(code="PAID_IN_CASH").update(advice="Edited by staff.")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)
    new = executor.loader.project_state(latest).apps
    osh = new.get_model("rights", "HelpContact").objects.get(key="osh-advice")
    assert osh.source == "https://tyosuojelu.fi/en/services-and-contact-information/telephone-service"
    assert osh.checked_on is None
    rules = new.get_model("rights", "OfferRule").objects
    assert "never below 9" not in rules.get(code="INSUFFICIENT_DAILY_REST", severity="red").advice
    cash = rules.get(code="PAID_IN_CASH")  # fact check 2026-11-30: basis read; staff wording kept
    assert cash.advice == "Edited by staff." and cash.checked_on == datetime.date(2026, 11, 30)
    assert cash.source == "https://finlex.fi/fi/laki/alkup/2013/20130398"
    assert rules.get(code="THREATS_ABOUT_RESIDENCE_STATUS").legal_basis[1]["section"] == "s. 52a"
    assert rules.get(code="EXCESSIVE_HOURS").checked_on is None
    versions = new.get_model("rights", "ArticleVersion").objects
    assert "7" in versions.get(article__slug="contract", language="en").body
    assert not versions.filter(body__icontains="first pay period").exists()
    assert versions.get(article__slug="contract", language="fi").body == "Tarkistettu teksti."  # reviewed: kept
    assert new.get_model("rights", "Article").objects.filter(slug="wild-berries").exists()


def test_0007_corrects_shipped_trial_period_translations_only():
    """A database that ran 0006 holds the translations with "a proper and weighty reason"; 0007 gives every
    version still as shipped the corrected paragraph and leaves a staff edit and a reviewed version alone."""
    from ikut.rights import article_data

    before, target = [("rights", "0006_fact_check_2026_11_30")], [("rights", "0007_trial_period_reason")]
    executor = MigrationExecutor(connection)
    latest = _latest(executor)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    # An earlier transactional test may have flushed the content the migrations shipped (going back does not
    # reload it): put the shipped rows back as they were at that migration.
    loader.load_all(old.get_model)
    versions = old.get_model("rights", "ArticleVersion").objects.filter(article__slug="trial-period")
    shipped = next(item for item in article_data.ARTICLES if item["slug"] == "trial-period")["text"]
    old_paragraph = {"fi": "Koeajan jälkeen työnantaja tarvitsee irtisanomiseen asiallisen ja painavan syyn",
                     "sv": "Efter prövotiden behöver arbetsgivaren en saklig och vägande grund",
                     "fr": "Après la période d'essai, l'employeur a besoin d'un motif réel et sérieux"}
    frozen = importlib.import_module("ikut.rights.migrations.0007_trial_period_reason").OLD_SECOND_PARAGRAPH
    # The database as 0006 left it before this correction: every shipped translation with its old paragraph.
    for lang, paragraph in frozen.items():
        if lang in shipped:
            body = shipped[lang]["body"].strip().split("\n\n")
            versions.filter(language=lang).update(body="\n\n".join([body[0], paragraph, *body[2:]]))
    edited = versions.get(language="sv")
    edited.body = edited.body.replace("Du kan också", "Du kan även")  # staff edited another paragraph
    edited.save()
    versions.filter(language="ru").update(status="reviewed")
    versions.filter(language="uk").update(title="Испытательный срок (edited)")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    new = executor.loader.project_state(target).apps
    after = new.get_model("rights", "ArticleVersion").objects.filter(article__slug="trial-period")
    fi = after.get(language="fi")
    assert fi.body == shipped["fi"]["body"].strip() and "asiallisen syyn irtisanoakseen" in fi.body
    assert fi.status == "draft"
    assert after.get(language="fr").body == shipped["fr"]["body"].strip()
    assert old_paragraph["fr"] not in after.get(language="fr").body
    assert old_paragraph["sv"] in after.get(language="sv").body  # staff edit kept
    assert "надлежащая и веская" in after.get(language="ru").body  # reviewed: kept
    assert "належна й вагома" in after.get(language="uk").body  # title edited: kept
    corrected = [v.language for v in after if v.body == shipped[v.language]["body"].strip()]
    assert sorted(corrected) == sorted(set(shipped) - {"sv", "ru", "uk"})
    assert old_paragraph["fi"] not in "".join(after.values_list("body", flat=True))
    executor.loader.build_graph()
    executor.migrate(latest)


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
    # An earlier transactional test may have flushed the content the migrations shipped (going back does not
    # reload it): put the shipped rows back as they were at that migration.
    loader.load_all(old.get_model)
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
