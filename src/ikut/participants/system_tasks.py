"""Tasks the system creates on a participant's record (not typed by a coach), and how a participant reads them.

Staff pages show `Task.title` / `title_fi`, written in the staff language when the task was made. The
participant's page and the printable plan show the participant-facing wording below instead, in the
participant's language when a catalogue has it (fi, sv, en today), otherwise in English and the page says so
(issue 14: one language per page, a fallback stated). The task stores only the wording's key (`text_key`) and
its values (`text_values`, encrypted: a company name says where someone works); dates are formatted when shown.
"""

import datetime
import json
import re

from django.utils.translation import gettext_noop

from ikut.core.formats import date_text
from ikut.core.i18n import in_language

WORDING = {
    "consents": gettext_noop("Go through your consents with your work coach."),
    "placement:work_trial": gettext_noop("Work trial at %(company)s: %(period)s"),
    "placement:internship": gettext_noop("Internship at %(company)s: %(period)s"),
    "placement:apprenticeship": gettext_noop("Apprenticeship at %(company)s: %(period)s"),
    "placement:job": gettext_noop("Job at %(company)s: %(period)s"),
    "problem": gettext_noop("Your work coach is sorting out a problem at %(company)s with you."),
    "hired": gettext_noop("You were hired by %(company)s."),
    "follow_up": gettext_noop("Your work coach will ask how your work or studies are going."),
    "permit": gettext_noop("Your residence permit ends on %(date)s. Talk to your work coach about renewing it."),
    "reflection": gettext_noop("Your reflection period ends on %(date)s. Plan the next steps with your work coach."),
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def values(**items):
    """The values to store with a task: dates as ISO text (formatted in the reader's language when shown)."""
    return json.dumps({k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in items.items()
                       if v is not None})


def _formatted(stored, lang):
    from django.utils import translation

    raw = json.loads(stored or "{}")
    with translation.override(lang):
        out = {k: date_text(datetime.date.fromisoformat(v)) if isinstance(v, str) and ISO_DATE.fullmatch(v) else v
               for k, v in raw.items()}
    if "start" in out:
        out["period"] = out["start"] + (f"–{out['end']}" if out.get("end") else "")
    return out


def text(task, lang):
    """(text, language it is in) of a task for the participant. A coach's task: as written (`title_fi` on a
    Finnish page when there is one). A system task: its wording in `lang`, else English."""
    if not task.text_key or task.text_key not in WORDING:
        if lang == "fi" and task.title_fi:
            return task.title_fi, "fi"
        return task.title, ""  # the coach's own words: no language to claim
    wording, used = in_language(WORDING[task.text_key], lang)
    return wording % _formatted(task.text_values, used), used
