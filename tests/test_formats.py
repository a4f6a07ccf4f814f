"""Person-facing pages speak the person's formats: every staff and portal page of the access-matrix world
(which holds dates: intake, tasks, meetings, consents, offers, events…) rendered in fi, sv and en shows no ISO
date (2026-11-30), no raw field name (first_name, languages_spoken) and no audit action code
(participants.break_glass.open) outside <code>: audit pages show the registry's label, the code only as secondary
text. Input values (type=date needs ISO) and attributes a person does not read are not looked at."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.urls import reverse

from ikut.audit import codes
from ikut.core import formats
from tests import access_matrix
from tests.helpers import sign_in

MATRIX, _EXTENDERS = access_matrix.load()
ISO_DATE = re.compile(r"\b(19|20)\d\d-[01]\d-[0-3]\d\b")
RAW_NAME = re.compile(r"\b[a-z]{2,}(?:_[a-z0-9]+)+\b")
AUDIT_CODE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted([*codes.CODES, *codes.LEGACY], key=len,
                                                                         reverse=True) if "." in c) + r")\b")
EMAIL = re.compile(r"\S+@\S+")
URL = re.compile(r"https?://\S+")  # a source address is shown as it is: its path is not a field name
# URL names whose pages are files or machine output (JSON, CSV, PDF, iCalendar), not pages a person reads.
NOT_PAGES = ("api:", "skills:json", "core:health", "core:ready")


class VisibleText(HTMLParser):
    SKIP = {"script", "style", "template", "code", "pre", "textarea"}

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        for name, value in attrs:
            if name in ("title", "alt", "placeholder", "aria-label") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return EMAIL.sub(" ", " ".join(parser.parts))


def _pages():
    for name in sorted(MATRIX):
        case = MATRIX[name]
        if case.method != "get" or name.startswith(NOT_PAGES) or not case.allow:
            continue
        role = sorted(case.allow - {"anonymous"})[0] if case.allow - {"anonymous"} else "anonymous"
        yield pytest.param(name, role, id=f"{name}|{role}")


@pytest.mark.django_db
@pytest.mark.parametrize("name,role", list(_pages()))
def test_page_shows_no_iso_date_and_no_raw_field_name(client, matrix_world, name, role):
    case = MATRIX[name]
    _history_with_dates_and_field_names(matrix_world)
    if role != "anonymous":
        sign_in(client, matrix_world.users[role])
    url = reverse(name, kwargs=case.resolve(case.kwargs, matrix_world)) + case.query
    problems = []
    for lang in ("fi", "sv", "en"):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
        response = client.get(url, case.resolve(case.data, matrix_world) or {}, HTTP_ACCEPT_LANGUAGE=lang)
        if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
            continue
        text = URL.sub(" ", visible_text(response.content.decode()))
        problems += [f"{lang}: ISO date {m.group(0)!r}" for m in ISO_DATE.finditer(text)]
        problems += [f"{lang}: raw name {m.group(0)!r}" for m in RAW_NAME.finditer(text)]
        problems += [f"{lang}: audit code {m.group(0)!r}" for m in AUDIT_CODE.finditer(text)]
    assert not problems, f"{url}: {sorted(set(problems))[:10]}"


def _history_with_dates_and_field_names(w):
    """Changes whose raw form is a field name and an ISO date, as the history page receives them; audit entries
    (one with a code from before the registry) as the audit pages receive them."""
    from unittest import mock

    from ikut.audit import log
    from ikut.participants.models import FieldChange

    p, user = w.participant, w.users["caseworker"]
    FieldChange.objects.bulk_create([
        FieldChange(participant=p, model="participant", object_id=p.pk, field="languages_spoken", old_value="",
                    new_value="thai", changed_by=user),
        FieldChange(participant=p, model="participant", object_id=p.pk, field="intake_date",
                    old_value="2026-11-01", new_value="2026-11-30", changed_by=user),
        FieldChange(participant=p, model="task", object_id=w.p_task.pk, field="status", old_value="in_progress",
                    new_value="dropped", changed_by=user),
        FieldChange(participant=p, model="participant", object_id=p.pk, field="third_country_national",
                    old_value="", new_value="yes", changed_by=user)])
    log.record(user, "participants.break_glass.open", p, reason="emergency")
    with mock.patch.object(log, "_check_code", return_value=None):
        log.record(user, "participants.break_glass", p)  # an entry written before the registry keeps its code


@pytest.mark.parametrize("lang,date,when,money", [
    ("fi", "30.11.2026", "30.11.2026 14.05", "1\xa0234,50\xa0€"),
    ("sv", "30.11.2026", "30.11.2026 14.05", "1\xa0234,50\xa0€"),
    ("en", "30 Nov 2026", "30 Nov 2026 14:05", "€1,234.50"),
])
def test_one_helper_per_locale(lang, date, when, money):
    import datetime

    from django.utils import translation

    with translation.override(lang):
        assert formats.date_text(datetime.date(2026, 11, 30)) == date
        assert formats.datetime_text(datetime.datetime(2026, 11, 30, 14, 5)) == when
        assert formats.money_text("1234.5") == money
        assert formats.any_text("2026-11-30") == date


def _survivor_languages():
    from ikut.rights import i18n

    return sorted(set(settings.PORTAL_LANGUAGES) | set(i18n.codes()))


@pytest.mark.parametrize("lang", _survivor_languages())
def test_dates_in_every_portal_language_are_never_iso_and_never_in_a_third_language(lang):
    """Issue 14: a portal language Django ships no month names for shows digits (ikut/formats/numeric.py), not
    the site language's month names ("30 Mar 2026" on a Somali page: "Mar" is Finnish marraskuu); Django's ISO
    short dates (sq, lt) are replaced."""
    import datetime

    from django.utils import translation
    from django.utils.translation import trans_real

    with translation.override(lang):
        texts = [formats.date_text(datetime.date(2026, 11, 30)),
                 formats.datetime_text(datetime.datetime(2026, 5, 3, 14, 30))]
    django_has_months = "November" in trans_real.translation(lang)._catalog or lang.startswith("en")
    for text in texts:
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), (lang, text)
        assert "2026" in text, (lang, text)
        if lang != "fi":
            assert not re.search(r"\b(Mar|Tou|marras|touko)", text), (lang, text)
        if not django_has_months:
            assert not re.search(r"[^\W\d_]", text), (lang, text)  # digits only
