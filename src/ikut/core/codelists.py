"""Code lists people pick from and read by name (issue 16, item 5): countries (ISO 3166-1 alpha-2, see
ikut.core.countries) and languages (ISO 639-1, plus the ISO 639-3 languages of ikut.languages that have no
two-letter code), named in the UI language; a language IKUT serves also carries its own-script name
("thai (ไทย)"), so a participant can point at it.

A stored list is text: items separated by ", ", each a code or, for what no code covers ("stateless",
"a little English", a language missing from ISO 639-1), words as written. Values typed before the pickers
existed ("Somalia, Ukraine") stay valid: a name in Finnish, Swedish or English is read as its code the next
time the form is saved, anything else stays as words.
"""

from functools import lru_cache

from django import forms

from ikut.core.countries import country_choices, country_name, pycountry_translator
from ikut.core.i18n import current_language

COUNTRY, LANGUAGE = "country", "language"
SEPARATOR = ", "
STAFF_LANGUAGES = ("en", "fi", "sv")


def _lang(lang=None):
    return (lang or current_language(base=True)).split("-")[0]


@lru_cache(maxsize=1)
def _language_records():
    """{code: English name}: every ISO 639-1 language, and IKUT's own languages without a two-letter code."""
    import pycountry

    from ikut.languages import LANGUAGES

    records = {lang.alpha_2: lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    for language in LANGUAGES:
        if "-" not in language.code and language.code not in records:
            found = pycountry.languages.get(alpha_3=language.code)
            records[language.code] = found.name if found else language.name
    return records


def language_name(code, lang=None):
    """"th" → "thai (ไทย)" in Finnish, "Thai (ไทย)" in English; an unknown code comes back as it is."""
    from ikut.languages import BY_CODE

    english = _language_records().get(code)
    if english is None:
        return code
    name = pycountry_translator("iso639-3", _lang(lang))(english)
    own = BY_CODE.get(code)
    if own is not None and own.name_local.casefold() != name.casefold():
        return f"{name} ({own.name_local})"
    return name


@lru_cache(maxsize=8)
def _language_choices(lang):
    return sorted(((code, language_name(code, lang)) for code in _language_records()),
                  key=lambda row: row[1].casefold())


def language_choices():
    return _language_choices(_lang())


def choices(kind):
    return country_choices()[1:] if kind == COUNTRY else language_choices()


def name(code, kind, lang=None):
    return country_name(code, lang) if kind == COUNTRY else language_name(code, lang)


def _known(kind):
    if kind == COUNTRY:
        import pycountry

        return {c.alpha_2 for c in pycountry.countries}
    return set(_language_records())


@lru_cache(maxsize=4)
def _names_to_codes(kind):
    """Names in the staff languages (and in English) → code, case-insensitive, for reading older free text."""
    index = {}
    for code in _known(kind):
        for lang in STAFF_LANGUAGES:
            shown = name(code, kind, lang)
            for text in {shown, shown.split(" (")[0]}:
                index.setdefault(text.casefold(), code)
    if kind == COUNTRY:
        import pycountry

        for country in pycountry.countries:  # official names too ("Viet Nam")
            index.setdefault(country.name.casefold(), country.alpha_2)
    return index


def _code_of(item, kind):
    code = item.upper() if kind == COUNTRY else item.lower()
    if code in _known(kind):
        return code
    return _names_to_codes(kind).get(item.casefold())


def split(value, kind):
    """Stored text → (codes, words): "SO, stateless" → (["SO"], "stateless")."""
    codes, words = [], []
    for item in (part.strip() for part in (value or "").split(",")):
        if not item:
            continue
        code = _code_of(item, kind)
        if code and code not in codes:
            codes.append(code)
        elif not code:
            words.append(item)
    return codes, SEPARATOR.join(words)


def join(codes, words=""):
    return SEPARATOR.join([*codes, *([words.strip()] if words and words.strip() else [])])


def display(value, kind):
    """Stored text as people read it: codes by their names in the UI language, words as written."""
    items = []
    for item in (part.strip() for part in (value or "").split(",")):
        if item:
            code = item.upper() if kind == COUNTRY else item.lower()
            items.append(name(code, kind) if code in _known(kind) else item)
    return SEPARATOR.join(items)


def picker_field(kind, label, help_text=""):
    """Several codes picked from a checkbox list: without JavaScript a plain list; static/ikut/picker.js adds a
    filter box, a count and the chosen items as removable buttons (class picker-list)."""
    return forms.MultipleChoiceField(label=label, required=False, help_text=help_text,
                                     choices=lambda: choices(kind),
                                     widget=forms.CheckboxSelectMultiple(attrs={"class": "picker-list"}))
