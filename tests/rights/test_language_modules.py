"""Languages kept as one data module each (rights/i18n/<code>.py, issue 14): every shipped module is complete and
correct, a defect is named clearly (in tests and `ikut check`, never as an error for a visitor), and the texts
reach the articles, help contacts, job-offer check and portal pages — also in an existing database."""

import textwrap

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command

from ikut import languages
from ikut.portal import texts as portal_texts
from ikut.rights import article_data, fact_data, i18n, loader, offer_texts
from ikut.rights.models import ArticleVersion, HelpContact


def test_every_shipped_module_is_complete_and_correct():
    assert i18n.LOAD_ERRORS == {}
    assert i18n.problems() == []


def test_every_enabled_language_has_its_texts_in_a_module_or_the_older_data():
    for lang in languages.ENABLED:
        if lang == "en":
            continue
        assert all(lang in item["text"] for item in article_data.ARTICLES), lang
        assert all(lang in names for names in fact_data.NAMES.values()), lang
        assert set(offer_texts.TEXTS.get(lang, {})) == set(offer_texts.EN), lang
        assert set(portal_texts.TEXTS.get(lang, {})) == set(portal_texts.EN), lang


def test_every_module_language_is_known_with_its_catalogues():
    from pathlib import Path

    root = Path(settings.BASE_DIR)
    for lang in i18n.codes():
        assert lang in languages.BY_CODE, lang
        for app in ("portal", "rights"):
            assert (root / app / "locale" / lang / "LC_MESSAGES" / "django.po").exists(), (lang, app)


def _write_module(folder, code, body):
    (folder / f"{code}.py").write_text(textwrap.dedent(body), encoding="utf-8")


@pytest.fixture
def scratch_modules(tmp_path, monkeypatch):
    """Modules written into a scratch folder that the i18n package also searches (the shipped ones stay)."""
    monkeypatch.setattr(i18n, "__path__", [*i18n.__path__, str(tmp_path)])

    def discover():
        modules, errors = i18n._discover()
        monkeypatch.setattr(i18n, "MODULES", modules)
        monkeypatch.setattr(i18n, "LOAD_ERRORS", errors)

    yield tmp_path, discover
    import sys

    for name in [n for n in sys.modules if n.startswith(("ikut.rights.i18n.zz", "ikut.rights.i18n.articles.zz"))]:
        del sys.modules[name]


def _complete_module():
    """A module for the made-up language "zzx", every text the English one with a marker."""
    sources = i18n.english_sources()
    mark = {name: {key: ({part: f"ZZ {text}" for part, text in value.items()} if isinstance(value, dict)
                         else f"ZZ {value}") for key, value in english.items()}
            for name, english in sources.items()}
    return "\n".join(f"{name} = {mark[name]!r}" for name in i18n.SECTIONS)


def test_a_defect_is_named_with_language_section_and_key(scratch_modules):
    folder, discover = scratch_modules
    module = _complete_module()
    _write_module(folder, "zzx", module)
    discover()
    module = i18n.MODULES["zzx"]
    assert [p for p in i18n.problems("zzx") if "ikut.languages" not in p] == []
    del module["ARTICLES"]["pay"]
    module["OFFER"]["minimum.used"] = "ZZ %(min)s € (%(agreement)s)"  # %(date)s lost
    module["HOURS"]["extra"] = "ZZ"
    module["PORTAL"]["404.title"] = ""
    module["ARTICLES"]["trafficking-help"]["body"] = module["ARTICLES"]["trafficking-help"]["body"].replace(
        "+358 295 463 177", "+358 000").replace("\n\n", " ")
    module["ARTICLES"]["safety"]["summary"] = "Ask AVI."
    found = "\n".join(i18n.problems("zzx"))
    assert "zzx: not a language of ikut.languages.LANGUAGES" in found
    assert "zzx: ARTICLES['pay'] missing" in found
    assert "zzx: OFFER['minimum.used']: placeholders differ" in found
    assert "zzx: HOURS['extra'] is not in the English source" in found
    assert "zzx: PORTAL['404.title'] empty" in found
    assert "zzx: ARTICLES['trafficking-help']['body']: phone number '+358 295 463 177' missing" in found
    assert "paragraphs, the English has" in found
    assert "zzx: ARTICLES['safety']['summary']: names an authority that ceased" in found


def test_a_module_that_cannot_be_imported_is_skipped_and_reported(scratch_modules):
    from ikut.rights.apps import language_modules_check

    folder, discover = scratch_modules
    _write_module(folder, "zzy", 'ARTICLES = {"contract": {"title": "unterminated}\n')
    _write_module(folder, "zzz", "PORTAL = {}\n")
    discover()
    assert "zzy" not in i18n.MODULES
    found = i18n.problems()
    assert any(p.startswith("zzy: the module cannot be imported") for p in found)
    assert "zzz: ARTICLES missing (a dict)" in found
    warnings = language_modules_check()
    assert {w.id for w in warnings} == {"rights.W001"} and len(warnings) == len(found)


def test_articles_come_from_their_own_module_when_first_asked_for(scratch_modules, monkeypatch):
    """A language's ARTICLES live in articles/<code>.py (a web worker never imports them, see
    tests/foundation/test_lean_workers.py) and are read at the first section("ARTICLES"); a broken articles
    module is named, a missing one reported as missing ARTICLES."""
    from ikut.rights.i18n import articles

    folder, discover = scratch_modules
    article_folder = folder / "articles"
    article_folder.mkdir()
    monkeypatch.setattr(articles, "__path__", [*articles.__path__, str(article_folder)])
    monkeypatch.setattr(i18n, "ARTICLE_ERRORS", {})
    module = _complete_module()
    texts, _, rest = module.partition("\n")
    assert texts.startswith("ARTICLES = ")
    for code in ("zzu", "zzv", "zzw"):
        _write_module(folder, code, rest)
    _write_module(article_folder, "zzu", texts)
    _write_module(article_folder, "zzv", 'ARTICLES = {"contract": {"title": "unterminated}\n')
    discover()
    assert "ARTICLES" not in i18n.MODULES["zzu"]  # not read yet
    articles_by_code = i18n.section("ARTICLES")
    assert articles_by_code["zzu"]["pay"]["title"].startswith("ZZ ")
    assert "zzv" not in articles_by_code and "zzw" not in articles_by_code
    assert set(articles_by_code) >= {"pl", "tr", "uz"}  # the shipped ones too
    found = i18n.problems()
    assert any(p.startswith("zzv: the articles module cannot be imported") for p in found)
    assert "zzw: ARTICLES missing (a dict)" in found
    assert not [p for p in found if p.startswith("zzu:") and "ikut.languages" not in p]


# ------------------------------------------------------------------ the texts reach the content

MODULE_LANGS = [code for code in i18n.codes() if code in settings.PORTAL_LANGUAGES] or i18n.codes()


@pytest.mark.django_db
@pytest.mark.parametrize("lang", MODULE_LANGS)
def test_module_texts_are_shipped_as_drafts_and_contact_translations(lang):
    if not i18n.codes():
        pytest.skip("no language module in this branch yet")
    module = {**i18n.MODULES[lang], "ARTICLES": i18n.section("ARTICLES")[lang]}
    versions = {v.article.slug: v for v in ArticleVersion.objects.filter(language=lang).select_related("article")}
    assert set(versions) == set(module["ARTICLES"])
    for slug, version in versions.items():
        assert version.status == "draft" and version.reviewer is None
        assert version.title == module["ARTICLES"][slug]["title"].strip()
        assert version.body == module["ARTICLES"][slug]["body"].strip()
    for contact in HelpContact.objects.filter(key__in=module["CONTACTS"]):
        assert contact.translations[lang]["name"] == module["CONTACTS"][contact.key]
    assert offer_texts.text("WAGE_KICKBACK.message", lang) == module["OFFER"]["WAGE_KICKBACK.message"]
    assert portal_texts.text("404.title", lang) == module["PORTAL"]["404.title"]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", MODULE_LANGS)
def test_an_existing_database_gets_a_new_language_without_losing_edits(lang, capsys):
    """The database of an installation made before the language existed: `ikut load-rights-content` (and
    migration 0006, which runs the same loader) adds the versions and contact translations; a reviewed version
    and a staff-edited contact translation of another language stay as they were."""
    if not i18n.codes():
        pytest.skip("no language module in this branch yet")
    ArticleVersion.objects.filter(language=lang).delete()
    for contact in HelpContact.objects.all():
        contact.translations.pop(lang, None)
        contact.save()
    reviewed = ArticleVersion.objects.get(article__slug="pay", language="fi")
    reviewed.body, reviewed.status = "Tarkistettu teksti.", "reviewed"
    reviewed.save()
    victim = HelpContact.objects.get(key="victim-support")
    victim.translations["fi"]["name"] = "Muokattu nimi"
    victim.save()

    call_command("load_rights_content")

    assert ArticleVersion.objects.filter(language=lang).count() == len(i18n.section("ARTICLES")[lang])
    assert all(lang in h.translations for h in HelpContact.objects.filter(key__in=i18n.MODULES[lang]["CONTACTS"]))
    reviewed.refresh_from_db()
    victim.refresh_from_db()
    assert reviewed.body == "Tarkistettu teksti." and victim.translations["fi"]["name"] == "Muokattu nimi"
    assert loader.load_all(apps.get_model)["articles"] == 0  # idempotent
