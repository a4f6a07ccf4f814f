"""ESF+ common output and result indicators for one reporting period.

Who counts (docs/reporting.md has the full definitions):
- Output indicators: participants whose `intake_date` falls within the period (first and last day
  included) — "entered during the period".
- Result indicators (on leaving): participants whose `exit_date` falls within the period.
- Six-month result: participants whose six-month point (exit_date + 6 calendar months, clamped to the
  last day of the month) falls within the period (see six_month_window).
- Only participants with a valid (given, not withdrawn) `esf_reporting` consent at the moment of the
  query are counted; the others are one separate total per cohort. Anonymised records keep their coded
  fields but hold no consent, so they fall into that separate total.

All three cohorts are counted by two aggregate queries (conditional COUNT ... FILTER (WHERE ...)); no Python loop
over rows. The raw counts then go through ikut.reporting.privacy before anyone sees them.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from . import privacy

NOT_RECORDED = _("Not recorded")


def add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    import calendar

    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    condition: Q
    esf_code: str = ""  # the common indicator code of the ESF+ regulation (Annex I), where there is one


def _bool_rows(prefix, field, yes_label, esf_code=""):
    return [Row(f"{prefix}_yes", yes_label, Q(**{field: True}), esf_code),
            Row(f"{prefix}_no", _("No"), Q(**{field: False})),
            Row(f"{prefix}_unknown", NOT_RECORDED, Q(**{f"{field}__isnull": True}))]


def _choice_rows(prefix, field, choices):
    rows = [Row(f"{prefix}_{value}", label, Q(**{field: value}), code) for value, label, code in choices]
    rows.append(Row(f"{prefix}_unknown", NOT_RECORDED, Q(**{field: ""})))
    return rows


# (group key, heading, rows). Every group's rows are mutually exclusive and cover everyone, so they add
# up to the cohort total (needed for exact complementary suppression).
OUTPUT_GROUPS = [
    ("gender", _("Gender"), _choice_rows("gender", "gender", [
        ("woman", _("Women"), ""), ("man", _("Men"), ""),
        ("non_binary", _("Non-binary"), "")])),
    ("employment", _("Employment status at entry"), _choice_rows("employment", "employment_status_at_entry", [
        ("unemployed", _("Unemployed, not long-term"), ""),
        ("long_term_unemployed", _("Long-term unemployed"), "EECO02"),
        ("inactive", _("Inactive"), "EECO03"),
        ("employed", _("Employed, including self-employed"), "EECO04")])),
    ("age", _("Age at entry"), _choice_rows("age", "age_band_at_entry", [
        ("under_18", _("Under 18"), "EECO05"), ("18_29", _("18–29"), "EECO06"),
        ("30_54", _("30–54"), ""), ("55_plus", _("55 and over"), "EECO07")])),
    ("education", _("Education"), _choice_rows("education", "education_level", [
        ("isced_0_2", _("ISCED 0–2"), "EECO08"), ("isced_3_4", _("ISCED 3–4"), "EECO09"),
        ("isced_5_8", _("ISCED 5–8"), "EECO10")])),
    ("tcn", _("Third-country nationals"), _bool_rows("tcn", "third_country_national",
                                                     _("Third-country nationals"), "EECO13")),
    ("foreign", _("Foreign background"), _bool_rows("foreign", "foreign_background",
                                                    _("Participants with a foreign background"), "EECO14")),
    ("disability", _("Disability"), _bool_rows("disability", "disability",
                                               _("Participants with disabilities"), "EECO12")),
    ("homeless", _("Homelessness or housing exclusion"), _bool_rows(
        "homeless", "homeless_or_housing_exclusion",
        _("Homeless or affected by housing exclusion"), "EECO16")),
]

RESULT_GROUPS = [
    ("searching", _("Job searching on leaving"), [
        Row("searching_yes", _("Job searching on leaving"), Q(exit_job_searching=True), "EECR01"),
        Row("searching_no", _("No"), Q(exit_job_searching=False))]),
    ("education_training", _("In education or training on leaving"), [
        Row("education_training_yes", _("In education or training on leaving"),
            Q(exit_in_education_or_training=True), "EECR02"),
        Row("education_training_no", _("No"), Q(exit_in_education_or_training=False))]),
    ("qualification", _("Gaining a qualification on leaving"), [
        Row("qualification_yes", _("Gained a qualification on leaving"), Q(exit_qualification_gained=True),
            "EECR03"),
        Row("qualification_no", _("No"), Q(exit_qualification_gained=False))]),
    ("employed", _("In employment on leaving"), [
        Row("employed_yes", _("In employment, including self-employment, on leaving"), Q(exit_employed=True),
            "EECR04"),
        Row("employed_no", _("No"), Q(exit_employed=False))]),
]

SIX_MONTH_GROUPS = [
    ("employed_6m", _("In employment six months after leaving"), [
        Row("employed_6m_yes", _("In employment, including self-employment, six months after leaving"),
            Q(employed_6_months=True)),
        Row("employed_6m_no", _("No"), Q(employed_6_months=False)),
        Row("employed_6m_unknown", _("Follow-up not recorded"), Q(employed_6_months__isnull=True))]),
]


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


def cohorts(period):
    six_from, six_to = six_month_window(period.start, period.end)
    return {
        "entered": Q(intake_date__gte=period.start, intake_date__lte=period.end),
        "left": Q(exit_date__gte=period.start, exit_date__lte=period.end),
        "six_months": Q(exit_date__gte=six_from, exit_date__lte=six_to),
    }


COHORT_GROUPS = {"entered": OUTPUT_GROUPS, "left": RESULT_GROUPS, "six_months": SIX_MONTH_GROUPS}
COHORT_LABELS = {
    "entered": _("Common output indicators: participants who entered during the period"),
    "left": _("Common result indicators: participants who left during the period"),
    "six_months": _("Longer-term result: participants whose six-month point fell within the period"),
}


def raw_counts(period, queryset=None):
    """{cohort: {"total": n, "without_consent": m, row_key: n, ...}} — unsuppressed, for tests and builds.

    Two aggregate queries over the rows of all three cohorts: one COUNT(*) FILTER (WHERE ...) per cell
    over the participants with a valid ESF+ consent (one semi-join), and one for those without.
    """
    from ikut.participants.models import Consent, ConsentPurpose, Participant

    base = queryset if queryset is not None else Participant.objects.all()
    valid = Consent.objects.valid(ConsentPurpose.ESF_REPORTING)
    consented = valid.values("participant_id")
    aggregates, missing, any_cohort = {}, {}, Q()
    for cohort, in_cohort in cohorts(period).items():
        any_cohort |= in_cohort
        aggregates[f"{cohort}__total"] = Count("pk", filter=in_cohort)
        missing[f"{cohort}__without_consent"] = Count("pk", filter=in_cohort)
        for _g, _h, rows in COHORT_GROUPS[cohort]:
            for row in rows:
                aggregates[f"{cohort}__{row.key}"] = Count("pk", filter=in_cohort & row.condition)
    flat = base.filter(any_cohort, pk__in=consented).aggregate(**aggregates)
    # Without consent = everyone in the cohort minus the consented: a plain count, no anti-join (and never
    # NOT IN, which PostgreSQL cannot hash over a large subquery).
    everyone = base.filter(any_cohort).aggregate(**missing)
    for key, value in everyone.items():
        flat[key] = value - flat[key.replace("__without_consent", "__total")]
    out = {cohort: {} for cohort in COHORT_GROUPS}
    for key, value in flat.items():
        cohort, name = key.split("__", 1)
        out[cohort][name] = value
    return out


def suppressed_indicators(counts):
    """Apply privacy rules to raw_counts(); returns a JSON-able structure of tables."""
    tables = []
    for cohort in ("entered", "left", "six_months"):
        c = counts[cohort]
        groups = COHORT_GROUPS[cohort]
        cells = privacy.suppress_table(c["total"], [[(row.key, c[row.key]) for row in rows]
                                                    for _g, _h, rows in groups])
        table = {"cohort": cohort, "label": str(COHORT_LABELS[cohort]), "total": cells[privacy.TOTAL].as_json(),
                 "without_consent": privacy.suppress_single(c["without_consent"]).as_json(), "groups": []}
        for key, heading, rows in groups:
            group_rows = [{"key": row.key, "label": str(row.label), "esf_code": row.esf_code,
                           "cell": cells[row.key].as_json()} for row in rows]
            if key == "employment":
                both = privacy.combine([cells["employment_unemployed"], cells["employment_long_term_unemployed"]])
                group_rows.insert(0, {"key": "employment_unemployed_all",
                                      "label": str(_("Unemployed, including long-term unemployed")),
                                      "esf_code": "EECO01", "cell": both.as_json(), "derived": True})
            table["groups"].append({"key": key, "heading": str(heading), "rows": group_rows})
        tables.append(table)
    return {"period": None, "tables": tables}


def indicators(period, queryset=None):
    result = suppressed_indicators(raw_counts(period, queryset))
    result["period"] = {"name": period.name, "start": period.start.isoformat(), "end": period.end.isoformat()}
    return result


def flat_rows(result):
    """(cohort, group, key, esf_code, label, display) rows for CSV/XLSX, in a fixed order."""
    rows = []
    for table in result["tables"]:
        rows.append((table["cohort"], "total", "total", "", str(_("All counted participants")),
                     table["total"]["d"]))
        for group in table["groups"]:
            for row in group["rows"]:
                rows.append((table["cohort"], group["key"], row["key"], row["esf_code"], row["label"],
                             row["cell"]["d"]))
        rows.append((table["cohort"], "without_consent", "without_consent", "",
                     str(_("Not counted: no valid ESF+ reporting consent")), table["without_consent"]["d"]))
    return rows
