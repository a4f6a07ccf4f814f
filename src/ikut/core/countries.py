"""Countries by their names in the UI language (ISO 3166-1 from pycountry, names translated with the
iso3166-1 catalogues pycountry ships). Values stay the two-letter codes; people see names."""

import gettext
from functools import lru_cache

from .i18n import current_language


@lru_cache(maxsize=64)
def pycountry_translator(domain, lang):
    """gettext for one of the catalogues pycountry ships ("iso3166-1" countries, "iso639-3" languages) in
    `lang`; names stay English where pycountry has no catalogue for the language."""
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return lambda text: text


def country_name(code, lang=None):
    import pycountry

    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return pycountry_translator("iso3166-1", lang or current_language(base=True))(name)


@lru_cache(maxsize=32)
def _choices(lang):
    import pycountry

    rows = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return sorted(rows, key=lambda row: row[1].casefold())


def country_choices(blank_label="—"):
    """Choices for a select (blank first), sorted by name in the active language; made per request."""
    return [("", blank_label)] + _choices(current_language(base=True))


def country_field(label, required=False):
    """A select of countries by name; the two-letter code is accepted in any case ("sy" = "SY")."""
    from django import forms

    class CountryField(forms.ChoiceField):
        def to_python(self, value):
            return super().to_python(value).strip().upper()

    return CountryField(label=label, choices=country_choices, required=required,
                        widget=forms.Select(attrs={"data-picker": "search"}))
