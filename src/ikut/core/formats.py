"""One helper per kind of value for person-facing pages, in the active language.

fi and sv: 30.11.2026 and 14.30; en: 30 Nov 2026 and 14:30 (format modules in `ikut/formats/<lang>/`,
FORMAT_MODULE_PATH). Templates get the same through `|date` (no argument or "SHORT_DATE_FORMAT"), `{{ value }}`
and the filters in `ikut.core.templatetags.ikut_formats`. Never ISO on a page a person reads; ISO stays for
files meant for machines (JSON, CSV, the audit chain).
"""

import datetime
from decimal import Decimal

from django.utils import formats, timezone


def date_text(value):
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def datetime_text(value):
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if not isinstance(value, datetime.datetime):
        return date_text(value)
    return formats.date_format(value, "SHORT_DATETIME_FORMAT")


def time_text(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.time_format(value, "TIME_FORMAT") if value is not None else ""


def number_text(value, decimals=None):
    if value is None or value == "":
        return ""
    return formats.number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def money_text(value):
    """Euros with two decimals in the active language: 1 234,50 € (fi, sv), €1,234.50 (en)."""
    if value is None or value == "":
        return ""
    from .i18n import current_language

    amount = number_text(Decimal(value), 2)
    return f"€{amount}" if current_language(base=True) == "en" else f"{amount}\xa0€"


def any_text(value):
    """A value of unknown kind (history rows, shared data): dates as dates, booleans in words."""
    from django.utils.translation import gettext as _

    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime.datetime):
        return datetime_text(value)
    if isinstance(value, datetime.date):
        return date_text(value)
    if isinstance(value, str) and len(value) >= 10:
        parsed = _parse_iso(value)
        if parsed is not None:
            return any_text(parsed)
    return "" if value is None else str(value)


def _parse_iso(text):
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
        if text[4] == "-" and text[10] in "T ":
            return datetime.datetime.fromisoformat(text)
    except (ValueError, IndexError):
        return None
    return None
