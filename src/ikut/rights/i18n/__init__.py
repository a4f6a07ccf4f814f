"""Survivor-portal texts of further languages: one plain data module per language (issue 14).

A module `<code>.py` here (code with "_" for "-") holds four dicts of strings, and `articles/<code>.py` the
fifth (ARTICLES), all keyed like the English source:

  ARTICLES  {slug: {"title", "summary", "body"}}   rights articles  -> rights.article_data.ARTICLES
  CONTACTS  {contact key: name}                    help contacts    -> rights.fact_data.NAMES
  HOURS     {"WEEKDAYS": ..., ...}                 opening hours    -> rights.fact_data.HOURS
  OFFER     {key: text}                            job-offer check  -> rights.offer_texts.TEXTS
  PORTAL    {key: text}                            portal pages     -> portal.texts.TEXTS

Each of those modules merges its section in when it is imported, so the content loader (migrations,
`ikut load-rights-content`, the demo) ships the articles as draft versions and the contacts with their
translations. A module never replaces a language the older data files already have. Adding a language =
this module + the portal and rights catalogues (`<app>/locale/<code>/LC_MESSAGES/django.po`) + the code in
`ikut.languages.ENABLED`; then `ikut migrate` (first install) or `ikut load-rights-content` (an existing
database: adds the missing versions and contact translations, changes nothing else).

The articles are kept apart because every web worker imports the modules (the job-offer check and the portal
merge their OFFER and PORTAL texts at import) while only the content loader reads the articles (≈ 1.2 MB of
text, ≈ 1 MB of worker RSS, issue 17): `articles/<code>.py` is imported at the first `section("ARTICLES")`. A module
`<code>.py` that has its own ARTICLES keeps them.

Loading is lenient on purpose: a module that cannot be imported is skipped and an incomplete one is merged as
far as it goes (the rest falls back to English with the page's visible note), so a visitor never meets an
error. `problems()` names every defect (missing or extra key, empty text, changed placeholder or phone
number, paragraphs that do not match the English, a ceased authority); tests/rights/test_language_modules.py
fails on any, and `ikut check` warns (rights.W001).
"""

import importlib
import pkgutil
import re

SECTIONS = ("ARTICLES", "CONTACTS", "HOURS", "OFFER", "PORTAL")
HOUR_NAMES = ("WEEKDAYS", "WEEKDAYS_DAYTIME", "ALWAYS", "SOME_HOURS", "TUE_THU")

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")
PHONE = re.compile(r"\+358[\d ]{6,}\d|\b0\d{2,3} \d{2,3} \d{2,4}(?: \d+)?\b|\b11[26](?: ?\d{3})?\b")
# Authorities that ceased on 1.1.2026 (FACTS.md): no current text may name them.
CEASED = re.compile(r"\bAVI\b|avi\.fi|Valvira|aluehallintovirast", re.IGNORECASE)
# Database limits of ArticleVersion (rights.models).
TITLE_MAX, SUMMARY_MAX = 200, 300


def code_of(module_name):
    return module_name.replace("_", "-")


def _discover():
    modules, errors = {}, {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda item: item.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        code = code_of(info.name)
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception as exc:  # noqa: BLE001 — a broken data file must not take the portal down
            errors[code] = f"{code}: the module cannot be imported: {exc!r}"
            continue
        # No "ARTICLES" key yet = not looked for: _load_articles() fills it in when someone asks.
        modules[code] = {name: getattr(module, name, None) for name in SECTIONS
                         if name != "ARTICLES" or hasattr(module, name)}
    return modules, errors


MODULES, LOAD_ERRORS = _discover()
# {code: sentence} of article modules that exist but cannot be imported (problems() names them).
ARTICLE_ERRORS = {}


def _load_articles():
    """Put each language's articles (articles/<code>.py) into MODULES, once per language; a language without
    an article module gets None (problems() names it, the loader falls back to English)."""
    for code, texts in MODULES.items():
        if "ARTICLES" not in texts:
            texts["ARTICLES"] = _article_module(code)


def _article_module(code):
    name = f"{__name__}.articles.{code.replace('-', '_')}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            ARTICLE_ERRORS[code] = f"{code}: the articles module cannot be imported: {exc!r}"
        return None
    except Exception as exc:  # noqa: BLE001 — a broken data file must not take the loader down
        ARTICLE_ERRORS[code] = f"{code}: the articles module cannot be imported: {exc!r}"
        return None
    return getattr(module, "ARTICLES", None)


def codes():
    return sorted(MODULES)


def section(name):
    """{code: dict} of one section over every module that has it as a dict (the merge uses this)."""
    if name == "ARTICLES":
        _load_articles()
    return {code: texts[name] for code, texts in MODULES.items() if isinstance(texts.get(name), dict)}


def article(code, slug):
    """The module's text of an article as the loader wants it, or None when it lacks title or body."""
    item = (section("ARTICLES").get(code) or {}).get(slug)
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k].strip()
                                             for k in ("title", "body")):
        return None
    return {"title": item["title"].strip(), "summary": (item.get("summary") or "").strip(), "body": item["body"]}


# ------------------------------------------------------------------ validation


def english_sources():
    """The English text of every key, per section (what a module must translate)."""
    from ikut.portal import texts as portal_texts

    from .. import article_data, fact_data, offer_texts

    return {
        "ARTICLES": {item["slug"]: item["text"]["en"] for item in article_data.ARTICLES},
        "CONTACTS": {key: names["en"] for key, names in fact_data.NAMES.items()},
        "HOURS": {name: fact_data.HOURS[name]["en"] for name in HOUR_NAMES},
        "OFFER": dict(offer_texts.EN),
        "PORTAL": dict(portal_texts.EN),
    }


def _digits(text):
    return re.sub(r"\D", "", text)


def _compare(where, english, text):
    found = []
    if sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(text)):
        found.append(f"{where}: placeholders differ from the English {PLACEHOLDER.findall(english)}")
    for phone in PHONE.findall(english):
        if _digits(phone) not in _digits(text):
            found.append(f"{where}: phone number {phone!r} missing")
    if CEASED.search(text):
        found.append(f"{where}: names an authority that ceased on 1.1.2026 (AVI/Valvira)")
    return found


def _paragraphs(body):
    return [p for p in body.strip().split("\n\n") if p.strip()]


def _check_article(code, slug, english, item):
    where = f"{code}: ARTICLES[{slug!r}]"
    if not isinstance(item, dict):
        return [f"{where}: not a dict with title, summary and body"]
    found = []
    for part in ("title", "summary", "body"):
        text = item.get(part)
        if not isinstance(text, str) or not text.strip():
            found.append(f"{where}[{part!r}]: missing or empty")
            continue
        found += _compare(f"{where}[{part!r}]", english[part], text)
    for part in set(item) - {"title", "summary", "body"}:
        found.append(f"{where}[{part!r}]: not a part of an article")
    if isinstance(item.get("title"), str) and len(item["title"].strip()) > TITLE_MAX:
        found.append(f"{where}['title']: longer than {TITLE_MAX} characters")
    if isinstance(item.get("summary"), str) and len(item["summary"].strip()) > SUMMARY_MAX:
        found.append(f"{where}['summary']: longer than {SUMMARY_MAX} characters")
    if isinstance(item.get("body"), str) and len(_paragraphs(item["body"])) != len(_paragraphs(english["body"])):
        found.append(f"{where}['body']: {len(_paragraphs(item['body']))} paragraphs, the English has "
                     f"{len(_paragraphs(english['body']))}")
    return found


def problems(code=None):
    """Every defect of the modules (or of one), as sentences naming the language, section and key."""
    from ikut import languages

    sources = english_sources()
    _load_articles()
    wanted = [code] if code else sorted(set(MODULES) | set(LOAD_ERRORS))
    found = []
    for lang in wanted:
        if lang in LOAD_ERRORS:
            found.append(LOAD_ERRORS[lang])
            continue
        if lang in ARTICLE_ERRORS:
            found.append(ARTICLE_ERRORS[lang])
        if lang not in MODULES:
            found.append(f"{lang}: no module src/ikut/rights/i18n/{lang.replace('-', '_')}.py")
            continue
        if lang not in languages.BY_CODE:
            found.append(f"{lang}: not a language of ikut.languages.LANGUAGES")
        for name in SECTIONS:
            got, english = MODULES[lang].get(name), sources[name]
            if not isinstance(got, dict):
                found.append(f"{lang}: {name} missing (a dict)")
                continue
            found += [f"{lang}: {name}[{key!r}] missing" for key in english if key not in got]
            found += [f"{lang}: {name}[{key!r}] is not in the English source" for key in got if key not in english]
            for key, text in got.items():
                if key not in english:
                    continue
                if name == "ARTICLES":
                    found += _check_article(lang, key, english[key], text)
                elif not isinstance(text, str) or not text.strip():
                    found.append(f"{lang}: {name}[{key!r}] empty")
                else:
                    found += _compare(f"{lang}: {name}[{key!r}]", english[key], text)
    return found
