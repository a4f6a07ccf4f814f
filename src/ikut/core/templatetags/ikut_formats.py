"""Template filters for person-facing values in the active language (see ikut.core.formats).

  {% load ikut_formats %}
  {{ value|day }}   30.11.2026 / 30 Nov 2026 (also ISO text such as "2026-11-28" from data files)
  {{ value|moment }}  date and time       {{ amount|money }}  1 234,50 € / €1,234.50
  {{ n|number }}    grouped number      {{ value|shown }}  any value: dates as dates, booleans in words
  {{ text|countries }} / {{ text|languages }}  a stored code list ("SO, stateless") by names ("Somalia, stateless")
"""

from django import template

from ikut.core import formats

register = template.Library()


@register.filter
def day(value):
    return formats.any_text(value) if isinstance(value, str) else formats.date_text(value)


@register.filter
def moment(value):
    return formats.any_text(value) if isinstance(value, str) else formats.datetime_text(value)


@register.filter
def money(value):
    return formats.money_text(value)


@register.filter
def number(value, decimals=None):
    return formats.number_text(value, decimals)


@register.filter
def shown(value):
    return formats.any_text(value)


@register.filter
def role_label(value):
    """A role code as stored in the audit log ("caseworker") shown by its translated name ("Work coach")."""
    from ikut.accounts.models import Role

    try:
        return Role(value).label
    except ValueError:
        return value


@register.filter
def language_name(code):
    """A language code ("th") shown by its name in the UI language ("thai" / "thaimaa")."""
    from django.utils.translation import get_language_info

    if not code:
        return ""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.filter
def country(code):
    """A two-letter country code ("VN") shown by its name in the UI language ("Vietnam")."""
    from ikut.core.countries import country_name

    return country_name(code)


@register.filter
def countries(value):
    """A stored list of country codes and words (ikut.core.codelists) by names in the UI language."""
    from ikut.core import codelists

    return codelists.display(value, codelists.COUNTRY)


@register.filter
def languages(value):
    """A stored list of language codes and words (ikut.core.codelists) by names in the UI language."""
    from ikut.core import codelists

    return codelists.display(value, codelists.LANGUAGE)
