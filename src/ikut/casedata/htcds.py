"""Interchange with the IOM Human Trafficking Case Data Standard (HTCDS) v2.0 (CC BY 4.0, © IOM).

Column names are the standard's field names with their prefix (prs_, vic_, cas_, spl_, con_); picklist
values are the standard's value *names*. What the standard does not carry is written as an extension named
`ikut_…` (docs/htcds.md lists every column). A case is one flat object:

    JSON: {"schema": "ikut.htcds/1", "cases": [{"prs_FirstName": "…", "vic_TypeOfExploitation": ["…"], …}]}
    CSV:  one row per case, the same names as columns; multi-select values joined with ";".

Fields IKUT has no data for are left out (an empty value is never written). The import accepts exactly the
columns the export writes: any other column, an unknown picklist value or a malformed value is refused with
the file, the row and the field named, and nothing is written.

Nothing here checks access or consent: ikut/casedata/transfer.py does, and audits.
"""

import csv
import datetime
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ikut.access.casedata import DEIDENTIFIED_K_MIN
from ikut.participants.models import Gender, Participant

from .models import (
    AssistanceStatus,
    ClaimStatus,
    CriminalCase,
    ExploitationType,
    ForcedLabourIndustry,
    MethodOfControl,
    PermitType,
    RightToWork,
    TraffickingStatus,
    split_codes,
)
from .regions import OTHER, region_of

SCHEMA = "ikut.htcds/1"
SEP = ";"
MAX_BYTES = 5 * 1024 * 1024
MAX_CASES = 10_000
MAX_TEXT = 1000
MAX_LIST = 30
K_MIN = DEIDENTIFIED_K_MIN

GENDER_OUT = {Gender.WOMAN: "Feminine", Gender.MAN: "Masculine", Gender.NON_BINARY: "NonConforming"}
GENDER_IN = {"Feminine": Gender.WOMAN, "Masculine": Gender.MAN, "NonConforming": Gender.NON_BINARY,
             "TransgenderFeminine": Gender.WOMAN, "TransgenderMasculine": Gender.MAN, "NonSpecifiedUnknown": ""}
CASE_STATUS = ("Active", "FollowUp", "Closed", "ClosedReferred")
SUPPORT_PLAN = "Livelihood"  # the working-life pathway is a livelihood support plan (spl_Type)


def _sectors():
    from ikut.employers.models import SECTOR_CHOICES

    return [code for code, _label in SECTOR_CHOICES]


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text, date, pick, multi, bool, amount, country, language
    values: tuple = ()  # allowed values of pick/multi (callable for lazy lists)
    deidentified: bool = False

    def allowed(self):
        return tuple(self.values()) if callable(self.values) else self.values


# The order here is the column order of every export.
COLUMNS = [
    Column("prs_FirstName", "text"),
    Column("prs_SecondName", "text"),
    Column("prs_Birthdate", "date"),
    Column("prs_Gender", "pick", tuple(GENDER_IN), deidentified=True),
    Column("prs_Citizenship", "country", deidentified=True),
    Column("prs_PrimaryLanguage", "language"),
    Column("prs_Email", "text"),
    Column("prs_MobilePhone", "text"),
    Column("vic_TraffickingStatus", "pick", tuple(TraffickingStatus.values), deidentified=True),
    Column("vic_TypeOfExploitation", "multi", tuple(ExploitationType.values), deidentified=True),
    Column("vic_ForcedLabourIndustry", "pick", tuple(ForcedLabourIndustry.values), deidentified=True),
    Column("vic_MethodsOfControl", "multi", tuple(MethodOfControl.values), deidentified=True),
    Column("cas_Status", "pick", CASE_STATUS, deidentified=True),
    Column("spl_Type", "pick", (SUPPORT_PLAN,), deidentified=True),
    Column("con_Consent", "bool"),
    Column("ikut_AgeBand", "pick", ("under_18", "18_29", "30_54", "55_plus"), deidentified=True),
    Column("ikut_CitizenshipRegion", "pick", ("Africa", "Americas", "Asia", "Europe", "Oceania", OTHER),
           deidentified=True),
    Column("ikut_PermitType", "pick", tuple(PermitType.values)),
    Column("ikut_PermitValidUntil", "date"),
    Column("ikut_RightToWork", "pick", tuple(RightToWork.values)),
    Column("ikut_WorkRestriction", "text"),
    Column("ikut_AllowedSectors", "multi", _sectors),
    Column("ikut_AllowedBusinessId", "text"),
    Column("ikut_AssistanceStatus", "pick", tuple(AssistanceStatus.values)),
    Column("ikut_ReflectionPeriodUntil", "date"),
    Column("ikut_CriminalCase", "pick", tuple(CriminalCase.values)),
    Column("ikut_ClaimStatus", "pick", tuple(ClaimStatus.values)),
    Column("ikut_ClaimAmountEur", "amount"),
    Column("ikut_RecoveredAmountEur", "amount"),
]
BY_NAME = {c.name: c for c in COLUMNS}
# Written only in the de-identified export; refused on import.
DEIDENTIFIED_ONLY = {"ikut_AgeBand", "ikut_CitizenshipRegion"}
IDENTIFIABLE = [c.name for c in COLUMNS if c.name not in DEIDENTIFIED_ONLY]
DEIDENTIFIED = [c.name for c in COLUMNS if c.deidentified]
QUASI_IDENTIFIERS = ["prs_Citizenship", "ikut_CitizenshipRegion", "prs_Gender", "ikut_AgeBand",
                     "vic_TypeOfExploitation", "vic_ForcedLabourIndustry"]

# IKUT field of CaseStatus ↔ column (same value, or joined codes for multi).
STATUS_COLUMNS = {
    "trafficking_status": "vic_TraffickingStatus", "exploitation_types": "vic_TypeOfExploitation",
    "forced_labour_industry": "vic_ForcedLabourIndustry", "methods_of_control": "vic_MethodsOfControl",
    "permit_type": "ikut_PermitType", "permit_valid_until": "ikut_PermitValidUntil",
    "right_to_work": "ikut_RightToWork", "work_restriction": "ikut_WorkRestriction",
    "allowed_sectors": "ikut_AllowedSectors", "allowed_business_id": "ikut_AllowedBusinessId",
    "assistance_status": "ikut_AssistanceStatus", "reflection_period_until": "ikut_ReflectionPeriodUntil",
    "criminal_case": "ikut_CriminalCase", "claim_status": "ikut_ClaimStatus",
    "claim_amount": "ikut_ClaimAmountEur", "recovered_amount": "ikut_RecoveredAmountEur",
}


# --- Countries and languages -------------------------------------------------------------------------------

def country_codes(nationality):
    """ISO 3166-1 alpha-2 codes for IKUT's free-text nationality ("Somalia", "Ukraine, Russia"); a part that
    is not a country name or code makes the whole value unmappable (None)."""
    import pycountry  # the ISO lists are loaded by the first HTCDS export or import, not at start-up

    parts = [p.strip() for p in (nationality or "").split(",") if p.strip()]
    codes = []
    for part in parts:
        try:
            codes.append(pycountry.countries.lookup(part).alpha_2)
        except LookupError:
            return None
    return codes


def country_name(code):
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name


def _language(value):
    import pycountry

    value = value.strip().lower()
    found = pycountry.languages.get(alpha_2=value) if len(value) == 2 else pycountry.languages.get(alpha_3=value)
    if found is None:
        return None
    return getattr(found, "alpha_2", None) or found.alpha_3


# --- Export ---------------------------------------------------------------------------------------------------

def _case_status_value(participant):
    if participant.status == Participant.Status.OPEN:
        return "FollowUp" if participant.current_phase == "follow_up" else "Active"
    return "Closed"


def case_record(participant, status):
    """The identifiable HTCDS object of one case (only fields with data)."""
    p = participant
    out = {
        "prs_FirstName": p.first_name, "prs_SecondName": p.last_name,
        "prs_Birthdate": p.date_of_birth.isoformat() if p.date_of_birth else "",
        "prs_Gender": GENDER_OUT.get(p.gender, ""),
        "prs_Citizenship": country_codes(p.nationality) or [],
        "prs_PrimaryLanguage": p.language, "prs_Email": p.email, "prs_MobilePhone": p.phone,
        "cas_Status": _case_status_value(p), "spl_Type": SUPPORT_PLAN, "con_Consent": True,
    }
    if status is not None:
        for field, column in STATUS_COLUMNS.items():
            value = getattr(status, field)
            if BY_NAME[column].kind == "multi":
                value = split_codes(value)
            elif BY_NAME[column].kind == "date":
                value = value.isoformat() if value else ""
            out[column] = value
    return {name: out[name] for name in IDENTIFIABLE if name in out and out[name] not in ("", None, [])}


def deidentified_rows(cases, k=K_MIN):
    """One row per case without names, dates of birth, contact data or free text; generalised until every
    combination of the quasi-identifiers is shared by at least `k` rows. `cases`: [(participant, status)].

    Generalisation ladder, per row, one step at a time while its group is smaller than k: the forced-labour
    industry is blanked (so that, as the issue asks, a country is kept wherever k cases share citizenship,
    gender, age band and type of exploitation); then country → region → "other"; then gender, age band and
    type of exploitation are blanked; a row still in a group smaller than k after all steps is left out.
    Returns (rows, left_out_count)."""
    if k < K_MIN:
        raise ValueError(f"k must be at least {K_MIN}")
    rows = []
    for p, status in cases:
        codes = country_codes(p.nationality) or []
        country = codes[0] if len(codes) == 1 else ""
        rows.append({
            "ikut_AgeBand": p.age_band_at_entry, "prs_Gender": GENDER_OUT.get(p.gender, "NonSpecifiedUnknown"),
            "prs_Citizenship": country,
            "ikut_CitizenshipRegion": region_of(country) if country else (OTHER if codes or p.nationality else ""),
            "vic_TypeOfExploitation": SEP.join(sorted(status.exploitation_list)) if status else "",
            "vic_ForcedLabourIndustry": status.forced_labour_industry if status else "",
            "vic_TraffickingStatus": status.trafficking_status if status else "",
            "vic_MethodsOfControl": SEP.join(sorted(status.control_list)) if status else "",
            "cas_Status": _case_status_value(p), "spl_Type": SUPPORT_PLAN,
        })
    levels = [0] * len(rows)
    steps = [_blank("vic_ForcedLabourIndustry"), _to_region, _to_other, _gender_unknown, _blank("ikut_AgeBand"),
             _blank("vic_TypeOfExploitation")]
    while True:
        groups = Counter(_qi(r) for r, lv in zip(rows, levels, strict=True) if lv <= len(steps))
        small = [i for i, r in enumerate(rows) if levels[i] <= len(steps) and groups[_qi(r)] < k]
        if not small:
            break
        for i in small:
            if levels[i] < len(steps):
                steps[levels[i]](rows[i])
            levels[i] += 1
    kept = [r for r, lv in zip(rows, levels, strict=True) if lv <= len(steps)]
    kept.sort(key=lambda r: tuple(r[c] for c in DEIDENTIFIED))
    return kept, len(rows) - len(kept)


def _qi(row):
    return tuple(row[c] for c in QUASI_IDENTIFIERS)


def _to_region(row):
    row["prs_Citizenship"] = ""


def _to_other(row):
    if row["ikut_CitizenshipRegion"]:
        row["ikut_CitizenshipRegion"] = OTHER


def _gender_unknown(row):
    row["prs_Gender"] = "NonSpecifiedUnknown"


def _blank(column):
    def step(row):
        row[column] = ""
    return step


def to_json(records):
    return json.dumps({"schema": SCHEMA, "cases": records}, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _csv_cell(value):
    from ikut.reporting.privacy import safe_cell

    if isinstance(value, list):
        value = SEP.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return safe_cell(value)


def to_csv(records, columns=None):
    """CSV with the columns that have data in at least one record (or `columns`), in the standard order."""
    present = columns or [c for c in (c.name for c in COLUMNS) if any(c in r for r in records)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(present)
    for record in records:
        writer.writerow([_csv_cell(record.get(c, "")) for c in present])
    return out.getvalue()


# --- Import ---------------------------------------------------------------------------------------------------

class ImportProblem(ValueError):
    """A refused import: names the file, the row (1 = the first case / the first data row) and the field."""

    def __init__(self, filename, row, field, message):
        self.filename, self.row, self.field, self.message = filename, row, field, message
        where = filename + (f", row {row}" if row else "") + (f", field {field}" if field else "")
        super().__init__(f"{where}: {message}")


def read_document(data: bytes, filename: str):
    """[(row number, {column: raw value})] from JSON or CSV bytes, bounded in size, depth and count."""
    if len(data) > MAX_BYTES:
        raise ImportProblem(filename, None, None, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem(filename, None, None, "the file is not UTF-8 text") from None
    if text.lstrip().startswith("{"):
        return _read_json(text, filename)
    return _read_csv(text, filename)


def _read_json(text, filename):
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(filename, None, None, f"not valid JSON ({str(exc)[:80]})") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA or not isinstance(doc.get("cases"), list):
        raise ImportProblem(filename, None, "schema", f'expected {{"schema": "{SCHEMA}", "cases": [...]}}')
    extra = sorted(set(doc) - {"schema", "cases"})
    if extra:
        raise ImportProblem(filename, None, extra[0], "unknown top-level key")
    if len(doc["cases"]) > MAX_CASES:
        raise ImportProblem(filename, None, "cases", f"more than {MAX_CASES} cases")
    rows = []
    for n, case in enumerate(doc["cases"], start=1):
        if not isinstance(case, dict):
            raise ImportProblem(filename, n, None, "a case must be an object")
        rows.append((n, case))
    return rows


def _read_csv(text, filename):
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ImportProblem(filename, None, None, "empty or unreadable CSV") from None
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise ImportProblem(filename, None, dup, "the column appears twice")
    rows = []
    try:
        for n, values in enumerate(reader, start=1):
            if n > MAX_CASES:
                raise ImportProblem(filename, None, None, f"more than {MAX_CASES} rows")
            if len(values) != len(header):
                raise ImportProblem(filename, n, None, f"{len(values)} values for {len(header)} columns")
            case = {}
            for name, raw in zip(header, values, strict=True):
                if raw == "":
                    continue
                if raw[:1] == "'" and raw[1:2] in ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b",
                                                    "\uff0d", "\uff20"):
                    raw = raw[1:]  # undo the export's formula-injection guard
                kind = BY_NAME[name].kind if name in BY_NAME else "text"
                if kind in ("multi", "country"):
                    case[name] = raw.split(SEP)
                elif kind == "bool":
                    case[name] = {"true": True, "false": False}.get(raw.lower(), raw)
                else:
                    case[name] = raw
            rows.append((n, case))
    except csv.Error as exc:
        raise ImportProblem(filename, None, None, f"unreadable CSV ({str(exc)[:80]})") from None
    return rows


def _text(value, filename, row, name):
    if not isinstance(value, str):
        raise ImportProblem(filename, row, name, "expected text")
    if len(value) > MAX_TEXT:
        raise ImportProblem(filename, row, name, f"longer than {MAX_TEXT} characters")
    return value.strip()


PERSON_COLUMNS = {"first_name": "prs_FirstName", "last_name": "prs_SecondName", "date_of_birth": "prs_Birthdate",
                  "gender": "prs_Gender", "nationality": "prs_Citizenship", "language": "prs_PrimaryLanguage",
                  "email": "prs_Email", "phone": "prs_MobilePhone"}


def present_fields(case):
    """The IKUT fields a case in a file speaks about (an update changes only these)."""
    columns = set(case)
    return ({f for f, c in PERSON_COLUMNS.items() if c in columns},
            {f for f, c in STATUS_COLUMNS.items() if c in columns})


def parse_case(case, filename, row):
    """Validate one case; return (participant fields, case status fields). Raises ImportProblem."""
    person, status = {}, {}
    unknown = [name for name in case if name not in BY_NAME or name in DEIDENTIFIED_ONLY]
    if unknown:
        name = unknown[0]
        hint = "IKUT does not import this field" if re.match(r"^[a-z]{3}_", name) else "not an HTCDS field"
        raise ImportProblem(filename, row, name, f"unknown field ({hint})")
    values = {}
    for name, value in case.items():
        column = BY_NAME[name]
        if column.kind in ("multi", "country"):
            if not isinstance(value, list) or len(value) > MAX_LIST:
                raise ImportProblem(filename, row, name, f"expected a list of at most {MAX_LIST} values")
            items = [_text(v, filename, row, name) for v in value]
            if column.kind == "multi":
                bad = [v for v in items if v not in column.allowed()]
            else:
                import pycountry

                bad = [v for v in items if pycountry.countries.get(alpha_2=v.upper()) is None or len(v) != 2]
            if bad:
                raise ImportProblem(filename, row, name, f"unknown value {bad[0][:40]!r}")
            values[name] = [v.upper() for v in items] if column.kind == "country" else items
        elif column.kind == "bool":
            if not isinstance(value, bool):
                raise ImportProblem(filename, row, name, "expected true or false")
            values[name] = value
        else:
            text = _text(value, filename, row, name)
            if column.kind == "pick" and text not in column.allowed():
                raise ImportProblem(filename, row, name, f"unknown value {text[:40]!r}")
            if column.kind == "date":
                try:
                    text = datetime.date.fromisoformat(text)
                except ValueError:
                    raise ImportProblem(filename, row, name, "expected a date YYYY-MM-DD") from None
                if not datetime.date(1900, 1, 1) <= text <= datetime.date(2200, 1, 1):
                    raise ImportProblem(filename, row, name, "date out of range")
            if column.kind == "amount":
                try:
                    amount = Decimal(text)
                except InvalidOperation:
                    raise ImportProblem(filename, row, name, "expected an amount such as 1234.50") from None
                if not amount.is_finite() or amount < 0 or amount >= Decimal("100000000") or \
                        amount.as_tuple().exponent < -2:
                    raise ImportProblem(filename, row, name, "amount out of range (0–99999999.99, 2 decimals)")
                text = str(amount)
            if column.kind == "language":
                lang = _language(text)
                if lang is None:
                    raise ImportProblem(filename, row, name, f"unknown ISO 639 language code {text[:10]!r}")
                text = lang
            values[name] = text
    if values.get("con_Consent") is not True:
        raise ImportProblem(filename, row, "con_Consent", "the case can be imported only with con_Consent true")
    person["first_name"] = values.get("prs_FirstName", "")
    person["last_name"] = values.get("prs_SecondName", "")
    person["date_of_birth"] = values.get("prs_Birthdate")
    person["gender"] = GENDER_IN.get(values.get("prs_Gender", ""), "")
    person["nationality"] = ", ".join(country_name(c) for c in values.get("prs_Citizenship", []))
    person["language"] = values.get("prs_PrimaryLanguage", "en")
    person["email"] = values.get("prs_Email", "")
    person["phone"] = values.get("prs_MobilePhone", "")
    cas = values.get("cas_Status", "Active")
    person["status"] = Participant.Status.OPEN if cas in ("Active", "FollowUp") else Participant.Status.CLOSED
    if cas == "FollowUp":
        person["current_phase"] = "follow_up"
    for field, column in STATUS_COLUMNS.items():
        value = values.get(column)
        if BY_NAME[column].kind == "multi":
            value = SEP.join(value or [])
        elif BY_NAME[column].kind == "date":
            value = value or None
        status[field] = value if value is not None else (None if BY_NAME[column].kind == "date" else "")
    if status["right_to_work"] == RightToWork.RESTRICTED and not (status["allowed_sectors"] or
                                                                  status["allowed_business_id"]):
        raise ImportProblem(filename, row, "ikut_RightToWork",
                            "a restricted right to work needs ikut_AllowedSectors or ikut_AllowedBusinessId")
    return person, status
