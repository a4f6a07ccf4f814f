"""Reporting periods: current figures, stored figures, corrections and cumulative figures.

- A draft or reviewed period shows figures computed now (cached until the data fingerprint changes).
- A submitted period shows the figures stored at submission, never a re-computation.
- A correction: re-computing a submitted period now gives different raw counts (late data, a withdrawn
  consent under the consent basis). The change (now − stored − changes already reported) is suppressed like
  any table (a change of fewer than 5 either way is hidden, plus complementary suppression) and reported
  with the next period submitted after it — once at least one of its cells can be published; until then
  the period's page only says that its figures would differ now.
- Cumulative figures are sums of the *published* figures of submitted periods; a cell is hidden when any
  of its parts was hidden, so that no difference of two published tables reveals a hidden cell.
  Corrections are reported on their own (a reported correction counts whole; its hidden cells stay hidden).
"""

from django.core.cache import cache

from . import esf, privacy
from .models import ReportingPeriod


def current(period):
    """The period's raw figures now (not cached)."""
    return esf.raw_figures(period.start, period.end)


def current_published(period):
    """Published figures of a draft/reviewed period, cached until the data fingerprint changes."""
    from . import sources

    key = f"reporting:esf2:{period.pk}:{period.start}:{period.end}:{sources.fingerprint('esf')}:{esf.basis()}"
    result = cache.get(key)
    if result is None:
        result = esf.publish(period.start, period.end, current(period))
        cache.set(key, result, 3600)
    return result


def published(period):
    """What the period's page and exports show: stored figures once submitted, else the current ones."""
    return period.published if period.is_submitted else current_published(period)


def _subtract(a, b):
    return {key: {c: a[key][c] - b.get(key, {}).get(c, 0) for c in a[key]} for key in a}


def reported_changes(period, submitted=None):
    """{row: {column: n}}: the changes to `period` already reported with later periods (each reported
    correction counts whole: its hidden cells stay hidden for good, like a period's)."""
    done = {}
    for later in submitted if submitted is not None else submitted_periods():
        for correction in later.corrections or []:
            if correction["period_id"] != period.pk:
                continue
            for key, columns in correction["changes"].items():
                for column, n in columns.items():
                    done.setdefault(key, {}).setdefault(column, 0)
                    done[key][column] += n
    return done


def pending_correction(period, submitted=None):
    """For a submitted period: None when nothing changed, else {"changes": raw, "cells": published,
    "publishable": bool}. `publishable` is False while every change is still hidden (under 5)."""
    now = current(period)["cells"]
    change = _subtract(_subtract(now, period.figures["cells"]), reported_changes(period, submitted))
    if not any(v for columns in change.values() for v in columns.values()):
        return None
    cells = esf.suppress(change, signed=True)
    publishable = any(cell["s"] == privacy.SHOWN for columns in cells.values() for cell in columns.values())
    return {"changes": change, "cells": cells, "publishable": publishable}


def submitted_periods():
    return list(ReportingPeriod.objects.filter(state=ReportingPeriod.State.SUBMITTED).order_by("start"))


def corrections_due(period, submitted=None):
    """Corrections to earlier submitted periods that would be reported with `period` (a draft/reviewed
    period): [{"period": earlier, "correction": …}] — only those with something publishable."""
    submitted = submitted if submitted is not None else submitted_periods()
    out = []
    for earlier in submitted:
        if earlier.end < period.start:
            correction = pending_correction(earlier, submitted)
            if correction and correction["publishable"]:
                out.append({"period": earlier, "correction": correction})
    return out


def cumulative(submitted=None):
    """Sums of the published figures of the submitted periods (corrections are reported on their own,
    with the period after the one they correct). {row: {column: Cell json}}; a cell is hidden ("×") when
    any period's cell was hidden, so that it cannot be differenced against the periods."""
    submitted = submitted if submitted is not None else submitted_periods()
    if not submitted:
        return None
    sums, hidden = {}, set()
    for period in submitted:
        for key, columns in period.published["cells"].items():
            for column, cell in columns.items():
                sums.setdefault(key, {}).setdefault(column, 0)
                if cell["v"] is None:
                    hidden.add((key, column))
                else:
                    sums[key][column] += cell["v"]
    return {key: {column: (privacy.Cell(-1, privacy.SECONDARY) if (key, column) in hidden
                           else privacy.Cell(value)).as_json() for column, value in columns.items()}
            for key, columns in sums.items()}


def by_name(name):
    return ReportingPeriod.objects.filter(name=name).first()
