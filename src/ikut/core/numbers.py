"""Numbers from outside (forms, query strings, JSON, the command line), parsed with bounds first.

Every place where outside input becomes a number goes through `parse_number` (or `parse_id` for record
ids), so no caller ever builds a huge integer or does arithmetic on an unbounded value: the text length,
the number of digits and the exponent are checked on the text and on the Decimal *before* any conversion
or arithmetic, then the range. `int(Decimal("1e1000000"))` would build a million-digit integer; here the
same input is refused after looking at eleven characters.
"""

import math
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext_lazy as _

MAX_TEXT = 40  # characters, after removing spaces
MAX_EXPONENT_DIGITS = 3
ID_MAX = 2**63 - 1  # the largest primary key a database column holds

_NUMBER = re.compile(rf"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{{1,{MAX_EXPONENT_DIGITS}}})?$")
_SPACES = re.compile(r"[\s\u00a0\u202f_']")


class NumberError(ValueError):
    """`message` says what is wrong, in words a person can act on."""

    def __init__(self, message):
        self.message = message
        super().__init__(str(message))


def parse_number(raw, *, minimum=None, maximum=None, whole=False, max_digits=15, max_decimals=6):
    """`raw` (text, or an int/float from JSON) as a Decimal, or an int when `whole`.

    Accepts "12", "12.50", "12,50" (decimal comma), "1 200", "1.5e3". Refuses anything longer than
    MAX_TEXT characters, more than `max_digits` digits before the point, an exponent of more than three
    digits, NaN/infinity, and values outside [minimum, maximum]. Decimals beyond `max_decimals` are refused
    too (a person did not mean them). Raises NumberError.
    """
    if isinstance(raw, bool) or raw is None:
        raise NumberError(_("Please write a number."))
    if isinstance(raw, int):
        if raw.bit_length() > 64 * 4:
            raise NumberError(_("The number is too large."))
        text = str(raw)
    elif isinstance(raw, float):
        if not math.isfinite(raw):
            raise NumberError(_("Please write a number."))
        text = repr(raw)
    elif isinstance(raw, (str, Decimal)):
        text = str(raw)[: MAX_TEXT * 4]
        text = _SPACES.sub("", text).replace(",", ".")
    else:
        raise NumberError(_("Please write a number."))
    if len(text) > MAX_TEXT:
        raise NumberError(_("The number is too long."))
    if not _NUMBER.match(text):
        raise NumberError(_("Please write a number, for example 12.50."))
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise NumberError(_("Please write a number, for example 12.50.")) from None
    if number and number.adjusted() >= max_digits:
        raise NumberError(_("The number is too large."))
    if number and number.as_tuple().exponent < -max_decimals:
        if number.adjusted() < -max_decimals:
            number = Decimal(0)
        elif number != number.quantize(Decimal(1).scaleb(-max_decimals)):
            raise NumberError(_("Please use at most %(n)d decimals.") % {"n": max_decimals})
    if minimum is not None and number < minimum:
        raise NumberError(_("The number must be at least %(min)s.") % {"min": minimum})
    if maximum is not None and number > maximum:
        raise NumberError(_("The number must be at most %(max)s.") % {"max": maximum})
    if whole:
        if number != number.to_integral_value():
            raise NumberError(_("Please write a whole number."))
        return int(number)
    return number


def parse_id(raw):
    """A record id from a form or query string, or None when it is not one (so the caller answers 404)."""
    if raw is None or isinstance(raw, bool):
        return None
    text = str(raw).strip()
    if not text.isascii() or not text.isdigit():
        return None
    try:
        return parse_number(text, minimum=1, maximum=ID_MAX, whole=True, max_digits=19)
    except NumberError:
        return None


def argument(minimum, maximum, whole=True):
    """An argparse `type=` for a command-line number, bounded like every other outside number."""
    import argparse

    def _parse(text):
        try:
            return parse_number(text, minimum=minimum, maximum=maximum, whole=whole)
        except NumberError as error:
            raise argparse.ArgumentTypeError(str(error.message)) from None

    return _parse
