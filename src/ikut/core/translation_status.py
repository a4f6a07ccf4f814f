"""The state of every survivor language, as the table in docs/translations.md (`ikut translations --status`
prints it; tests/test_translations.py fails when the document's table is not this one).

Counts come from what the package ships: rights articles with a text in the language (rights/article_data.py
and the language modules in rights/i18n/), help contacts whose name is translated (catalogue or shipped
translations), and the portal catalogue's translated entries.
"""

from pathlib import Path

from django.conf import settings

HEADER = ("| code | language | own name | script | direction | portal | portal UI catalogue | portal strings "
          "translated | rights articles (of {articles}) | help contacts (of {contacts}) |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")


def _catalogue(lang):
    """(status, translated, total) of the portal catalogue of `lang`."""
    import polib

    from ikut.core.management.commands.translations import folder

    path = Path(settings.BASE_DIR) / "portal" / "locale" / folder(lang) / "LC_MESSAGES" / "django.po"
    if not path.exists():
        return "missing", 0, 0
    po = polib.pofile(str(path))
    entries = [e for e in po if not e.obsolete]
    total = len(entries)
    if lang == "en":
        return "source", total, total
    done = sum(1 for e in entries if "fuzzy" not in e.flags and (e.msgstr or any(e.msgstr_plural.values())))
    return po.metadata.get("X-Translation-Status", "machine-draft"), done, total


def _contact_translated(item, lang):
    from ikut.core.i18n import in_language

    if lang == "en":
        return True
    if item["translations"]:
        return bool((item["translations"].get(lang) or {}).get("name"))
    return in_language(item["name"], lang)[1] == lang  # the first contacts: names in the rights catalogue


def rows():
    from ikut import languages
    from ikut.rights import article_data, fact_data

    out = []
    for language in languages.LANGUAGES:
        code = language.code
        status, done, total = _catalogue(code)
        out.append({
            "code": code, "name": language.name, "name_local": language.name_local, "script": language.script,
            "direction": "rtl" if language.bidi else "ltr",
            "portal": "yes" if code in settings.PORTAL_LANGUAGES else "prepared",
            "catalogue": status, "strings": f"{done}/{total}" if total else "—",
            "articles": sum(1 for item in article_data.ARTICLES if code in item["text"]),
            "contacts": sum(1 for item in fact_data.HELP if _contact_translated(item, code)),
        })
    return out


def markdown_table():
    from ikut.rights import article_data, fact_data

    lines = [HEADER.format(articles=len(article_data.ARTICLES), contacts=len(fact_data.HELP))]
    for r in rows():
        lines.append(f"| {r['code']} | {r['name']} | {r['name_local']} | {r['script']} | {r['direction']} | "
                     f"{r['portal']} | {r['catalogue']} | {r['strings']} | {r['articles']} | {r['contacts']} |")
    return "\n".join(lines) + "\n"
