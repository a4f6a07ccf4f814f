"""Choice labels as the participant pages show them: {value: escaped label} of a TextChoices class in the active
language, made once per class, language and process. A lazy label is translated again on every str(), and the
dashboard's panels, the caseload table and the record page show several per row; the catalogues they come from
change only with a release, i.e. a new process. One cache for all three, so that one label reads the same on
every page."""

import functools
from html import escape

from django.utils.translation import get_language


def labels(choices):
    """{value: escaped label} of a TextChoices class in the active language."""
    return _labels_in(choices, get_language())


@functools.lru_cache(maxsize=256)
def _labels_in(choices, language):
    return {value: escape(str(label)) for value, label in choices.choices}


def label(choices, value):
    """What get_FOO_display() shows, escaped: the label, or the value itself when it is not a choice."""
    return labels(choices).get(value) or escape(str(value))
