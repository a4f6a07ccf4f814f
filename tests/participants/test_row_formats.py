"""The caseload pages' dates, times and numbers are formatted once per value, language and time zone: a remembered
text is never shown in another language or time zone."""

import datetime

from django.utils import timezone, translation

from ikut.core.formats import datetime_text, time_text
from ikut.participants import dashboard, record


def test_remembered_times_follow_the_language_and_the_time_zone():
    moment = datetime.datetime(2026, 6, 1, 21, 30, tzinfo=datetime.UTC)
    seen = set()
    for zone in ("UTC", "Europe/Helsinki", "America/New_York"):
        for language in ("en", "fi", "ar"):
            with timezone.override(zone), translation.override(language):
                for _ in range(2):  # formatted, then remembered
                    assert dashboard.short_time(moment) == time_text(moment)
                    assert record._short_datetime(moment) == datetime_text(moment)
                seen.add((dashboard.short_time(moment), record._short_datetime(moment)))
    assert len({time for time, _ in seen}) >= 3 and len(seen) >= 6  # zones and languages do show differently


def test_remembered_numbers_follow_the_language(settings):
    settings.USE_THOUSAND_SEPARATOR = True  # the pages' numbers are small; grouping makes the languages differ
    value = 98765432  # not formatted by any other test: nothing remembered from before the setting
    shown = {}
    for language in ("en", "fi", "en", "fi"):
        with translation.override(language):
            shown.setdefault(language, set()).add(dashboard._number(value))
    assert shown == {"en": {"98,765,432"}, "fi": {"98\xa0765\xa0432"}}


def test_remembered_expiry_countdowns_follow_the_language_and_the_number():
    shown = {}
    for language in ("en", "fi", "en", "fi"):
        with translation.override(language):
            for days in (-3, -1, 0, 1, 45):
                shown.setdefault((language, days), set()).add(dashboard._when_in(days, translation.get_language()))
    assert all(len(texts) == 1 for texts in shown.values())
    assert shown[("en", -3)] == {"ended 3 days ago"} and shown[("en", 1)] == {"in 1 day"}
    assert shown[("en", 45)] == {"in 45 days"} and shown[("en", -1)] == {"ended 1 day ago"}
    assert shown[("fi", 45)] != shown[("en", 45)]  # translated, not the first language's text remembered
