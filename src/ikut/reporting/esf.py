"""ESF+ common output and result indicators (Regulation (EU) 2021/1057, Annex I) for one reporting period.

`INDICATORS` is the one table of codes and labels: the screen, the exports, the CLI and the tests use it,
and a test compares it with the list in ../shared/FACTS.md. docs/reporting.md has every definition.

Who counts:
- Output indicators (EECO01–EECO17): participants whose `intake_date` falls within the period (first and
  last day included) — "entered during the period", so each participant counts once, in one period.
- EECO19: companies whose *first* support (a placement, an introduction, a course enrolment or a seminar
  seat) falls within the period, so summing periods counts each company once; SME = fewer than 250 staff.
- Result indicators on leaving (EECR01–EECR04): participants whose `exit_date` falls within the period.
- EECR05: participants whose six-month point (exit_date + 6 calendar months) falls within the period.
- Legal basis (settings.IKUT_ESF_BASIS): under "legal_obligation" everyone counts; under "consent" only
  participants with a valid `esf_reporting` consent, the others being one separate figure per cohort.

Every figure is broken down by gender (women, men, non-binary, and "gender not recorded" so that the
columns add up to the total). Yes / no / did not want to answer / not recorded are separate rows: "not
recorded" is never counted as "no".

The participant figures come from one aggregate query per cohort grouped by gender (a COUNT(*) FILTER
(WHERE …) per row; no Python loop over participants) plus, under the consent basis, one count of those
not counted.
The raw counts then go through privacy.protect before anyone sees them.
"""

import calendar
import datetime
import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Min, Q
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from ikut.employers.models import Introduction, Placement
from ikut.events.models import Registration
from ikut.learning.models import Enrolment

from . import privacy

SCHEMA = "ikut.esf-report/1"
SME_STAFF_LIMIT = 250  # Commission Recommendation 2003/361/EC: an SME has fewer than 250 staff


def add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Indicator:
    code: str
    annex: str  # the indicator as listed in ../shared/FACTS.md (Annex I wording, English, not translated)
    label: str  # what the screen and the exports show (translated)
    cohort: str  # entered | companies | left | six_months | "" (not collected by IKUT)


# The one table of ESF+ codes. The order is Annex I's order.
INDICATORS = [
    Indicator("EECO01", "total number of participants", _("Total number of participants"), "entered"),
    Indicator("EECO02", "unemployed, including long-term unemployed",
              _("Unemployed, including long-term unemployed"), "entered"),
    Indicator("EECO03", "long-term unemployed", _("Long-term unemployed"), "entered"),
    Indicator("EECO04", "inactive", _("Inactive"), "entered"),
    Indicator("EECO05", "employed, including self-employed", _("Employed, including self-employed"), "entered"),
    Indicator("EECO06", "children below 18 years of age", _("Children below 18 years of age"), "entered"),
    Indicator("EECO07", "young people between 18 and 29 years of age",
              _("Young people between 18 and 29 years of age"), "entered"),
    Indicator("EECO08", "participants of 55 years of age and above", _("Participants of 55 years of age and above"),
              "entered"),
    Indicator("EECO09", "lower secondary education or less (ISCED 0–2)",
              _("Lower secondary education or less (ISCED 0–2)"), "entered"),
    Indicator("EECO10", "upper secondary or post-secondary (ISCED 3–4)",
              _("Upper secondary or post-secondary education (ISCED 3–4)"), "entered"),
    Indicator("EECO11", "tertiary education (ISCED 5–8)", _("Tertiary education (ISCED 5–8)"), "entered"),
    Indicator("EECO12", "participants with disabilities", _("Participants with disabilities"), "entered"),
    Indicator("EECO13", "third-country nationals", _("Third-country nationals"), "entered"),
    Indicator("EECO14", "participants with a foreign background", _("Participants with a foreign background"),
              "entered"),
    Indicator("EECO15", "minorities (including marginalised communities such as Roma)",
              _("Minorities (including marginalised communities such as Roma)"), "entered"),
    Indicator("EECO16", "homeless or affected by housing exclusion", _("Homeless or affected by housing exclusion"),
              "entered"),
    Indicator("EECO17", "participants from rural areas", _("Participants from rural areas"), "entered"),
    Indicator("EECO18", "supported public administrations or public services (entities)",
              _("Supported public administrations or public services (entities)"), ""),
    Indicator("EECO19", "supported micro, small and medium-sized enterprises (entities)",
              _("Supported micro, small and medium-sized enterprises (entities)"), "companies"),
    # Fact check 2026-11-30: the Commission's SFC FAQ (https://sfc.ec.europa.eu/en/bezugszeitraum-fur-indikatoren-
    # fur-unmittelbare-ergebnisse, German) confirms "EECR01 – bei der Arbeitsuche und EECR04 – bei der Beschäftigung"
    # (reference period 28 days after leaving). EECR05 (six months after leaving) and EECR06 were not found in any
    # page read: EECR05 still follows only from the Annex I order (../shared/FACTS.md says check).
    Indicator("EECR01", "participants engaged in job searching upon leaving",
              _("Participants engaged in job searching upon leaving"), "left"),
    Indicator("EECR02", "participants in education or training upon leaving",
              _("Participants in education or training upon leaving"), "left"),
    Indicator("EECR03", "participants gaining a qualification upon leaving",
              _("Participants gaining a qualification upon leaving"), "left"),
    Indicator("EECR04", "participants in employment, including self-employment, upon leaving",
              _("Participants in employment, including self-employment, upon leaving"), "left"),
    Indicator("EECR05", "participants in employment, including self-employment, six months after leaving",
              _("Participants in employment, including self-employment, six months after leaving"), "six_months"),
]
BY_CODE = {i.code: i for i in INDICATORS}

# Gender columns: the first three are Annex I's breakdown; "not recorded" makes the columns add up.
GENDER_COLUMNS = [("women", "woman", _("Women")), ("men", "man", _("Men")),
                  ("non_binary", "non_binary", _("Non-binary")),
                  ("gender_not_recorded", None, _("Gender not recorded"))]
COLUMNS = [c for c, _v, _l in GENDER_COLUMNS] + ["total"]
COLUMN_LABELS = {c: label for c, _v, label in GENDER_COLUMNS} | {"total": _("Total")}
GENDER_OF = {value: column for column, value, _l in GENDER_COLUMNS if value}

NOT_RECORDED = _("Not recorded")
NO = _("No")
DECLINED = _("Did not want to answer")


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    condition: Q | None
    code: str = ""
    cohort: str = "entered"
    group: str = ""  # rows of one group are exclusive and add up to the cohort's total row
    not_collected: bool = False


def _code_row(code, condition, group):
    return Row(code, BY_CODE[code].label, condition, code, BY_CODE[code].cohort, group)


def _yes_no(code, field, group, *, special=False, cohort="entered"):
    """yes (the coded row) / no / [did not want to answer] / not recorded."""
    if special:  # SpecialAnswer text field
        rows = [_code_row(code, Q(**{field: "yes"}), group),
                Row(f"{group}_no", NO, Q(**{field: "no"}), cohort=cohort, group=group),
                Row(f"{group}_declined", DECLINED, Q(**{field: "declined"}), cohort=cohort, group=group),
                Row(f"{group}_not_recorded", NOT_RECORDED, ~Q(**{f"{field}__in": ["yes", "no", "declined"]}),
                    cohort=cohort, group=group)]
    else:  # nullable boolean
        rows = [_code_row(code, Q(**{field: True}), group),
                Row(f"{group}_no", NO, Q(**{field: False}), cohort=cohort, group=group),
                Row(f"{group}_not_recorded", NOT_RECORDED, Q(**{f"{field}__isnull": True}), cohort=cohort,
                    group=group)]
    return rows


def _choice(group, field, choices, other_label=NOT_RECORDED):
    """Coded and uncoded choices of one field, plus "not recorded" (anything else)."""
    rows, known = [], []
    for key_or_code, value, label in choices:
        known.append(value)
        if key_or_code.startswith("EE"):
            rows.append(_code_row(key_or_code, Q(**{field: value}), group))
        else:
            rows.append(Row(key_or_code, label, Q(**{field: value}), group=group))
    rows.append(Row(f"{group}_not_recorded", other_label, ~Q(**{f"{field}__in": known}), group=group))
    return rows


UNEMPLOYED = ["unemployed", "long_term_unemployed"]

# Every row of the participants' table, in display order. A row with a `group` is part of an exclusive
# breakdown that adds up to the cohort's total row (EECO01, left_total, six_months_total).
ROWS = [
    Row("EECO01", BY_CODE["EECO01"].label, Q(), "EECO01"),
    Row("EECO02", BY_CODE["EECO02"].label, Q(employment_status_at_entry__in=UNEMPLOYED), "EECO02"),
    *_choice("employment", "employment_status_at_entry", [
        ("unemployed_not_long_term", "unemployed", _("Unemployed, not long-term (part of EECO02)")),
        ("EECO03", "long_term_unemployed", None), ("EECO04", "inactive", None), ("EECO05", "employed", None)]),
    *_choice("age", "age_band_at_entry", [
        ("EECO06", "under_18", None), ("EECO07", "18_29", None), ("age_30_54", "30_54", _("30–54 years of age")),
        ("EECO08", "55_plus", None)]),
    *_choice("education", "education_level", [
        ("EECO09", "isced_0_2", None), ("EECO10", "isced_3_4", None), ("EECO11", "isced_5_8", None)]),
    *_yes_no("EECO12", "disability", "disability", special=True),
    *_yes_no("EECO13", "third_country_national", "third_country"),
    *_yes_no("EECO14", "foreign_background", "foreign_background", special=True),
    *_yes_no("EECO15", "minority", "minority", special=True),
    *_yes_no("EECO16", "homeless_or_housing_exclusion", "homeless", special=True),
    *_yes_no("EECO17", "rural_area", "rural"),
    Row("left_total", _("Participants who left during the period"), Q(), cohort="left"),
    *_yes_no("EECR01", "exit_job_searching", "job_searching", cohort="left"),
    *_yes_no("EECR02", "exit_in_education_or_training", "education_or_training", cohort="left"),
    *_yes_no("EECR03", "exit_qualification_gained", "qualification", cohort="left"),
    *_yes_no("EECR04", "exit_employed", "employed_on_leaving", cohort="left"),
    Row("six_months_total", _("Participants whose six-month point fell within the period"), Q(),
        cohort="six_months"),
    *_yes_no("EECR05", "employed_6_months", "employed_6_months", cohort="six_months"),
]
COMPANY_ROWS = [
    Row("EECO18", BY_CODE["EECO18"].label, None, "EECO18", "companies", not_collected=True),
    Row("companies_total", _("Companies supported for the first time in the period"), None, cohort="companies"),
    Row("EECO19", BY_CODE["EECO19"].label, None, "EECO19", "companies", "companies"),
    Row("companies_large", _("Large companies (250 staff or more)"), None, cohort="companies", group="companies"),
    Row("companies_size_not_recorded", _("Company size not recorded"), None, cohort="companies", group="companies"),
]
_LEFT = next(i for i, row in enumerate(ROWS) if row.cohort == "left")
ALL_ROWS = ROWS[:_LEFT] + COMPANY_ROWS + ROWS[_LEFT:]  # Annex I order
ROW_BY_KEY = {row.key: row for row in ALL_ROWS}
COHORT_TOTAL = {"entered": "EECO01", "left": "left_total", "six_months": "six_months_total",
                "companies": "companies_total"}
COHORT_LABELS = {
    "entered": _("Common output indicators: participants who entered during the period"),
    "companies": _("Entities supported"),
    "left": _("Common result indicators: participants who left during the period"),
    "six_months": _("Longer-term result: participants whose six-month point fell within the period"),
}
COHORTS = ["entered", "companies", "left", "six_months"]
# Within the rows of the entered cohort, EECO02 is the superset of two exclusive rows.
EXTRA_RELATIONS = [("EECO02", ["unemployed_not_long_term", "EECO03"])]


def _derived_rows():
    derived = {"EECO02": (None, ["unemployed_not_long_term", "EECO03"])}
    for row in ROWS:
        if row.group and row.key.endswith("_not_recorded"):
            others = [r.key for r in ROWS if r.group == row.group and r.cohort == row.cohort and r.key != row.key]
            derived[row.key] = (COHORT_TOTAL[row.cohort], others)
    return derived


DERIVED = _derived_rows()


def six_month_window(start, end):
    """Exit dates whose six-month point (exit + 6 calendar months, clamped to the month's last day) falls
    within [start, end]: the smallest and the largest such date."""
    one = datetime.timedelta(days=1)
    low = add_months(start, -6)
    while add_months(low, 6) < start:
        low += one
    high = add_months(end, -6)
    while add_months(high + one, 6) <= end:
        high += one
    return low, high


def cohorts(start, end):
    six_from, six_to = six_month_window(start, end)
    return {
        "entered": Q(intake_date__gte=start, intake_date__lte=end),
        "left": Q(exit_date__gte=start, exit_date__lte=end),
        "six_months": Q(exit_date__gte=six_from, exit_date__lte=six_to),
    }


def basis():
    return settings.IKUT_ESF_BASIS


def counted_participants(queryset=None):
    """The participants ESF+ figures may count under the configured legal basis."""
    from ikut.participants.models import ConsentPurpose, Participant

    base = queryset if queryset is not None else Participant.objects.all()
    if basis() == "consent":
        from ikut.participants.models import Consent

        return base.filter(pk__in=Consent.objects.valid(ConsentPurpose.ESF_REPORTING).values("participant_id"))
    return base


def _empty():
    return {c: 0 for c in COLUMNS}


def participant_counts(start, end, queryset=None):
    """{row_key: {column: n}} for the participant rows, plus {"not_counted": {cohort: n}} (consent basis).

    One aggregate query per cohort (entered, left, six months): the cohort's date range in WHERE (an index
    range scan on intake_date or exit_date), GROUP BY gender, one COUNT FILTER per row on the coded field
    only. Then, under the consent basis only, one count per cohort of everyone, from which the counted
    totals are subtracted.
    """
    from ikut.participants.models import Participant

    base = queryset if queryset is not None else Participant.objects.all()
    in_cohort = cohorts(start, end)
    out = {row.key: _empty() for row in ROWS}
    counted = counted_participants(base)
    for cohort, condition in in_cohort.items():
        rows = [row for row in ROWS if row.cohort == cohort and row.key not in DERIVED]
        aggregates = {row.key: Count("pk", filter=row.condition) if row.condition else Count("pk") for row in rows}
        for group in counted.filter(condition).order_by().values("gender").annotate(**aggregates):
            column = GENDER_OF.get(group["gender"], "gender_not_recorded")
            for row in rows:
                out[row.key][column] += group[row.key]
                out[row.key]["total"] += group[row.key]
    # Rows the database need not count: each group's "not recorded" is the cohort total minus the group's
    # other rows (the rows of a group are exclusive and cover everyone); EECO02 is its two parts.
    for key, (total, others) in DERIVED.items():
        for column in COLUMNS:
            if total is None:
                out[key][column] = sum(out[k][column] for k in others)
            else:
                out[key][column] = out[total][column] - sum(out[k][column] for k in others)
    not_counted = {cohort: 0 for cohort in in_cohort}
    if basis() == "consent":
        any_cohort = in_cohort["entered"] | in_cohort["left"] | in_cohort["six_months"]
        everyone = base.filter(any_cohort).aggregate(**{c: Count("pk", filter=q) for c, q in in_cohort.items()})
        for cohort, n in everyone.items():
            not_counted[cohort] = n - out[COHORT_TOTAL[cohort]]["total"]
    return out, not_counted


def company_counts(start, end):
    """{row_key: {"total": n}} for the company rows: companies whose first support falls in the period.

    First support = the earliest of: a placement's start, an introduction proposed for one of its offers,
    a course enrolment or a confirmed/attended seminar seat of someone representing it. One query per source
    (per company, not per row) and one for the sizes."""
    out = {row.key: {"total": 0} for row in COMPANY_ROWS if not row.not_collected}
    first = _first_support()
    ids = [pk for pk, day in first.items() if start <= day <= end]
    if ids:
        from ikut.employers.models import Company

        sizes = Company.objects.filter(pk__in=ids).aggregate(
            sme=Count("pk", filter=Q(staff_count__lt=SME_STAFF_LIMIT)),
            large=Count("pk", filter=Q(staff_count__gte=SME_STAFF_LIMIT)),
            unknown=Count("pk", filter=Q(staff_count__isnull=True)))
        out["EECO19"]["total"] = sizes["sme"]
        out["companies_large"]["total"] = sizes["large"]
        out["companies_size_not_recorded"]["total"] = sizes["unknown"]
        out["companies_total"]["total"] = len(ids)
    return out


def _first_support():
    """{company id: first day it was supported}: its first placement, introduction, course or seminar."""
    first = {}

    def take(rows):
        for pk, day in rows:
            if pk is not None and day is not None:
                day = day.date() if isinstance(day, datetime.datetime) else day
                first[pk] = min(first.get(pk, day), day)

    take(Placement.objects.order_by().values("company_id").annotate(d=Min("start_date")).values_list(
        "company_id", "d"))
    take(Introduction.objects.order_by().values("offer__company_id").annotate(
        d=Min(TruncDate("proposed_at"))).values_list("offer__company_id", "d"))
    take(Enrolment.objects.filter(organisation__company_profile__isnull=False).order_by()
         .values("organisation__company_profile").annotate(d=Min(TruncDate("started_at")))
         .values_list("organisation__company_profile", "d"))
    take(Registration.objects.filter(organisation__company_profile__isnull=False)
         .filter(Q(status="confirmed") | Q(checked_in_at__isnull=False)).order_by()
         .values("organisation__company_profile").annotate(d=Min(TruncDate("event__starts_at")))
         .values_list("organisation__company_profile", "d"))
    return first


def raw_figures(start, end, queryset=None):
    """Unsuppressed figures of a period (for storing, tests and corrections). JSON-able."""
    counts, not_counted = participant_counts(start, end, queryset)
    counts.update(company_counts(start, end))
    return {"cells": counts, "not_counted": not_counted}


def relations(cells):
    """The linear relations between the cells a reader can use: every row's genders add up to its total;
    every exclusive group adds up to its cohort's total row, column by column; EECO02 = its two parts."""
    rel = []
    for key in ROW_BY_KEY:
        if key in cells and len(cells[key]) > 1:
            rel.append((f"{key}:total", [f"{key}:{c}" for c in COLUMNS[:-1]]))
    groups = {}
    for row in ALL_ROWS:
        if row.group and row.key in cells:
            groups.setdefault((row.cohort, row.group), []).append(row.key)
    for (cohort, _g), keys in groups.items():
        for column in cells[COHORT_TOTAL[cohort]]:
            rel.append((f"{COHORT_TOTAL[cohort]}:{column}", [f"{k}:{column}" for k in keys]))
    for total, parts in EXTRA_RELATIONS:
        for column in COLUMNS:
            rel.append((f"{total}:{column}", [f"{p}:{column}" for p in parts]))
    return rel


def flat_values(cells):
    return {f"{key}:{column}": value for key, columns in cells.items() for column, value in columns.items()}


def suppress(cells, *, signed=False):
    """{row: {column: n}} → {row: {column: Cell json}} through privacy.protect (every relation at once)."""
    protected = privacy.protect(flat_values(cells), relations(cells), signed=signed)
    return {key: {column: protected[f"{key}:{column}"].as_json() for column in columns}
            for key, columns in cells.items()}


def fingerprint(start, end, raw):
    """SHA-256 over what determined the figures: schema, period, legal basis, code table and raw counts."""
    payload = {"schema": SCHEMA, "start": start.isoformat(), "end": end.isoformat(), "basis": basis(),
               "codes": [(i.code, i.annex) for i in INDICATORS], "raw": raw}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def publish(start, end, raw):
    """The published (suppressed) figures of a period: what is stored at submission."""
    return {"schema": SCHEMA, "basis": basis(), "fingerprint": fingerprint(start, end, raw),
            "cells": suppress(raw["cells"]),
            "not_counted": {c: privacy.suppress_single(n).as_json() for c, n in raw["not_counted"].items()}}


# --- Presenting published figures --------------------------------------------------------------------------

def table_rows(cells):
    """Rows for screens and exports: labels from the code table, cells as stored (suppressed)."""
    rows = []
    for row in ALL_ROWS:
        stored = cells.get(row.key)
        entry = {"key": row.key, "code": row.code, "label": str(row.label), "cohort": row.cohort,
                 "coded": bool(row.code), "not_collected": row.not_collected, "cells": {}}
        for column in COLUMNS:
            entry["cells"][column] = stored.get(column) if stored else None
        rows.append(entry)
    return rows


def sections(cells):
    """Rows grouped by cohort, for the page and the PDF."""
    rows = table_rows(cells)
    return [{"cohort": cohort, "label": str(COHORT_LABELS[cohort]),
             "gendered": cohort != "companies",
             "rows": [r for r in rows if r["cohort"] == cohort]} for cohort in COHORTS]


def report_json(period, published, *, state, corrections=()):
    """The `ikut.esf-report/1` document of a period."""
    def value(cell):
        return None if cell is None else cell["v"]

    out_rows = []
    for row in table_rows(published["cells"]):
        c = row["cells"]
        out_rows.append({
            "code": row["code"], "key": row["key"], "label": row["label"], "cohort": row["cohort"],
            "not_collected": row["not_collected"],
            **{column: value(c[column]) for column in COLUMNS},
            "display": {column: (c[column]["d"] if c[column] else None) for column in COLUMNS},
            "suppressed": {column: bool(c[column] and c[column]["s"] != privacy.SHOWN) for column in COLUMNS}})
    return {"schema": SCHEMA, "period": {"name": period.name, "start": period.start.isoformat(),
                                         "end": period.end.isoformat(), "state": state},
            "basis": published["basis"], "fingerprint": published["fingerprint"],
            "not_counted": {k: v["v"] for k, v in published["not_counted"].items()} if basis_is_consent(published)
            else {}, "rows": out_rows, "corrections": list(corrections)}


def basis_is_consent(published):
    return published.get("basis") == "consent"


def flat_rows(period, published):
    """(code, key, label, women, men, non_binary, gender_not_recorded, total) displays for CSV/XLSX."""
    out = []
    for row in table_rows(published["cells"]):
        c = row["cells"]
        out.append([row["cohort"], row["code"], row["key"], row["label"],
                    *[(c[column]["d"] if c[column] else "") for column in COLUMNS]])
    return out
