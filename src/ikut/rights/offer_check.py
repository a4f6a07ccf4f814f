"""The job-offer check: validates an `ikut.job-offer/1` document and evaluates the rules.

Stable interface (see docs/rights.md):
  input  schema "ikut.job-offer/1"; every field optional except `schema` and `sector`; an absent field
         means "not known" and raises no flag that depends on it.
  output {"schema": "ikut.offer-check/1", "recommendation": ..., "flags": [...], "help": [...]}

Which conditions raise which flag is code (CHECKS below, one small function per code); what a flag means,
its severity, ILO indicator, legal basis, wording and verification date are data (rights.OfferRule).
"""

import json
import math
import re
from decimal import Decimal

from django.utils import timezone, translation
from django.utils.translation import gettext

from ikut.core import versions
from ikut.core.numbers import NumberError, parse_number

from . import offer_texts
from .provenance import is_checked

INPUT_SCHEMA = "ikut.job-offer/1"
OUTPUT_SCHEMA = "ikut.offer-check/1"
SECTORS = ["cleaning", "hospitality", "construction", "agriculture", "berry_picking", "care", "beauty",
           "warehouse", "food_processing", "transport", "domestic_work", "retail", "other"]

# Thresholds of the stable interface.
MAX_WEEKLY_HOURS = 48
REGULAR_DAY_HOURS = 8
REGULAR_WEEK_HOURS = 40
RED_REST_BELOW = 9
AMBER_REST_BELOW = 11
MAX_TRIAL_MONTHS = 6
HOUSING_SHARE = Decimal("0.30")
DEFAULT_DAY_HOURS = 8
DEFAULT_DAYS_PER_WEEK = 5
WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
MAX_INPUT_BYTES = 64 * 1024


class OfferError(ValueError):
    """Bad input. `field` is the dotted path of the offending field."""

    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


# ------------------------------------------------------------------ the schema
NUM, BOOL, STR = "number", "boolean", "string"


def enum(*values):
    return ("enum", values)


SCHEMA = {
    "schema": STR,
    "sector": enum(*SECTORS),
    "job_title": STR,
    "employer": {"name": STR, "business_id": STR},
    "contract": {"written": BOOL, "understood": BOOL, "type": enum("permanent", "fixed_term"),
                 "fixed_term_months": NUM, "trial_period_months": NUM,
                 "must_register_as_self_employed": BOOL, "seasonal": BOOL},
    "pay": {"amount": NUM, "per": enum("hour", "day", "week", "month", "piece"), "into_bank_account": BOOL,
            "payslip": BOOL, "withheld_or_late": BOOL, "part_returned_to_employer": BOOL,
            "unpaid_trial_days": NUM},
    "hours": {"per_day": NUM, "days_per_week": NUM, "overtime_paid": BOOL, "rest_between_shifts_hours": NUM},
    "costs": {"recruitment_fee_eur": NUM, "debt_eur": NUM, "housing_eur_per_month": NUM,
              "housing_deducted_from_pay": BOOL, "protective_equipment_charged": BOOL},
    "housing": {"provided_by_employer": BOOL, "must_live_there": BOOL},
    "control": {"employer_keeps_id_documents": BOOL, "employer_controls_bank_account": BOOL,
                "phone_or_contacts_restricted": BOOL, "free_to_leave_workplace_and_housing": BOOL,
                "threats_or_violence": BOOL, "job_differs_from_promise": BOOL,
                "threatens_to_report_to_authorities": BOOL},
}
# Plausibility limits beyond "not negative" (a day has 24 hours, a week 7 days).
UPPER_LIMITS = {"hours.per_day": 24, "hours.days_per_week": 7, "pay.unpaid_trial_days": 366}
MAX_NUMBER = 10**9  # every number field
MAX_STRING = 500
_LIMITED_KEYS = {path.rpartition(".")[2] for path in UPPER_LIMITS}  # a field without one skips the path's text


def parse(raw):
    """Parse and validate an offer (JSON text, bytes or an already-decoded object). Returns a dict whose
    numbers are Decimals. Raises OfferError naming the field on any problem."""
    if isinstance(raw, (bytes, bytearray)):
        if len(raw) > MAX_INPUT_BYTES:
            raise OfferError("(document)", f"larger than {MAX_INPUT_BYTES} bytes")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise OfferError("(document)", "not UTF-8 text") from None
    if isinstance(raw, str):
        if len(raw) > MAX_INPUT_BYTES:
            raise OfferError("(document)", f"larger than {MAX_INPUT_BYTES} bytes")
        try:
            raw = _loads(raw)
        except OfferError:
            raise
        except (ValueError, RecursionError) as exc:
            where = f" (line {exc.lineno}, column {exc.colno})" if hasattr(exc, "lineno") else ""
            raise OfferError("(document)", f"malformed JSON{where}") from None
    if not isinstance(raw, dict):
        raise OfferError("(document)", "must be a JSON object")
    if "schema" not in raw:
        raise OfferError("schema", f'required; must be "{INPUT_SCHEMA}"')
    if raw["schema"] != INPUT_SCHEMA:
        raise OfferError("schema", f'unsupported schema; must be "{INPUT_SCHEMA}"')
    if "sector" not in raw:
        raise OfferError("sector", "required; one of " + ", ".join(SECTORS))
    return _validate_object(raw, SCHEMA, "")


def _reject_constant(name):
    raise OfferError("(document)", f"{name} is not a valid number")


# json.loads(text, parse_constant=_reject_constant) with one decoder per process: json.loads makes a decoder and its
# scanner at every call that passes an option, and decoding keeps no state between calls. (json.loads refuses a
# leading byte-order mark with its own message; the decoder refuses it as a value expected at line 1, column 1, the
# place parse() names either way.)
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_loads = _DECODER.decode


def _validate_object(value, spec, prefix):
    out = {}
    for key, item in value.items():
        if not isinstance(key, str) or key not in spec:
            raise OfferError(f"{prefix}{key}", "unknown field")
        kind = spec[key]
        # The values JSON gives most offers are taken here as _validate_value would take them, without its call and
        # type tests (issue 17: validation was a third of the check); anything else, errors included, goes there.
        if kind is BOOL:
            if item is True or item is False:
                out[key] = item
                continue
        elif kind is NUM:
            # A whole number within the bounds becomes its Decimal directly: parse_number would give the same
            # Decimal (same digits, exponent 0) after checking its text; the upper limits still apply.
            if type(item) is int and 0 <= item <= MAX_NUMBER:
                if key in _LIMITED_KEYS:
                    path = f"{prefix}{key}"
                    if path in UPPER_LIMITS and item > UPPER_LIMITS[path]:
                        raise OfferError(path, f"must be at most {UPPER_LIMITS[path]}")
                out[key] = Decimal(item)
                continue
        elif kind is STR:
            if type(item) is str and len(item) <= MAX_STRING:
                out[key] = item
                continue
        elif type(kind) is tuple and type(item) is str and item in kind[1]:
            out[key] = item
            continue
        out[key] = _validate_value(item, kind, f"{prefix}{key}")
    return out


def _validate_value(item, kind, path):
    if isinstance(kind, dict):
        if not isinstance(item, dict):
            raise OfferError(path, "must be an object")
        return _validate_object(item, kind, path + ".")
    if isinstance(kind, tuple):
        if not isinstance(item, str) or item not in kind[1]:
            raise OfferError(path, "must be one of " + ", ".join(kind[1]))
        return item
    if kind == BOOL:
        if not isinstance(item, bool):
            raise OfferError(path, "must be true or false")
        return item
    if kind == STR:
        if not isinstance(item, str):
            raise OfferError(path, "must be a string")
        if len(item) > MAX_STRING:
            raise OfferError(path, f"longer than {MAX_STRING} characters")
        return item
    # numbers: int or float, not bool, finite, not negative
    if isinstance(item, bool) or not isinstance(item, (int, float)):
        raise OfferError(path, "must be a number")
    if isinstance(item, float) and not math.isfinite(item):
        raise OfferError(path, "must be a finite number")
    if item < 0:
        raise OfferError(path, "must not be negative")
    try:
        number = parse_number(item, minimum=0, maximum=MAX_NUMBER, max_decimals=17)  # a JSON float's digits
    except NumberError:
        raise OfferError(path, "is too large or has too many decimals") from None
    if path in UPPER_LIMITS and number > UPPER_LIMITS[path]:
        raise OfferError(path, f"must be at most {UPPER_LIMITS[path]}")
    return number


# ------------------------------------------------------------------ business ID (Y-tunnus)
BUSINESS_ID = re.compile(r"^(\d{7})-(\d)$")
WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_valid(value):
    """Finnish business ID 1234567-8: weights 7,9,10,5,8,4,2; remainder 0 → 0, 1 → invalid, else 11 − r."""
    match = BUSINESS_ID.match(value.strip())
    if not match:
        return False
    digits, check = match.group(1), int(match.group(2))
    remainder = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return False
    return check == (0 if remainder == 0 else 11 - remainder)


# ------------------------------------------------------------------ pay arithmetic
def weekly_hours(hours):
    per_day, days = hours.get("per_day"), hours.get("days_per_week")
    if per_day is None or days is None:
        return None
    return per_day * days


def hourly_pay(pay, hours):
    """Pay per hour, using the stated hours or else 8 h a day, 5 days a week, 52/12 weeks a month.
    None when not computable (no amount, piece rate, or zero hours)."""
    amount, per = pay.get("amount"), pay.get("per")
    if amount is None or per in (None, "piece"):
        return None
    day = hours.get("per_day", Decimal(DEFAULT_DAY_HOURS))
    days = hours.get("days_per_week", Decimal(DEFAULT_DAYS_PER_WEEK))
    divisor = {"hour": Decimal(1), "day": day, "week": day * days, "month": day * days * WEEKS_PER_MONTH}[per]
    if divisor <= 0:
        return None
    return amount / divisor


def monthly_pay(pay, hours):
    hourly = hourly_pay(pay, hours)
    if hourly is None:
        return None
    if pay["per"] == "month":
        return pay["amount"]
    day = hours.get("per_day", Decimal(DEFAULT_DAY_HOURS))
    days = hours.get("days_per_week", Decimal(DEFAULT_DAYS_PER_WEEK))
    return hourly * day * days * WEEKS_PER_MONTH


# ------------------------------------------------------------------ the checks: code → severity or None
def _is(section, key, value):
    return lambda o, ctx: "red" if o.get(section, {}).get(key) is value else None


def _amber_if(section, key, value):
    return lambda o, ctx: "amber" if o.get(section, {}).get(key) is value else None


def _positive(section, key):
    return lambda o, ctx: "red" if o.get(section, {}).get(key, 0) > 0 else None


def _pay_below_minimum(o, ctx):
    hourly, minimum = ctx["hourly"], ctx["minimum"]
    if hourly is None or minimum is None:
        return None
    return "red" if hourly < minimum.hourly_minimum else None


def _excessive_hours(o, ctx):
    week = weekly_hours(o.get("hours", {}))
    return "red" if week is not None and week > MAX_WEEKLY_HOURS else None


def _overtime_unpaid(o, ctx):
    """Red when the week exceeds 40 h without overtime pay; amber when only a day exceeds 8 h (averaged or
    period-based working time can make a long day lawful, so it is a question, not a red sign)."""
    hours = o.get("hours", {})
    if hours.get("overtime_paid") is not False:
        return None
    per_day, week = hours.get("per_day"), weekly_hours(hours)
    if week is not None and week > REGULAR_WEEK_HOURS:
        return "red"
    if per_day is not None and per_day > REGULAR_DAY_HOURS:
        return "amber"
    return None


def _unpaid_trial(o, ctx):
    return "amber" if o.get("pay", {}).get("unpaid_trial_days", 0) > 0 else None


def _housing_deducted(o, ctx):
    """Amber for everyone; a seasonal worker's rent may not be deducted from pay automatically, so for a
    seasonal worker it is SEASONAL_HOUSING_DEDUCTED (red) instead."""
    if o.get("costs", {}).get("housing_deducted_from_pay") is not True:
        return None
    return None if o.get("contract", {}).get("seasonal") is True else "amber"


def _seasonal_housing_deducted(o, ctx):
    seasonal = o.get("contract", {}).get("seasonal") is True
    return "red" if seasonal and o.get("costs", {}).get("housing_deducted_from_pay") is True else None


def _daily_rest(o, ctx):
    rest = o.get("hours", {}).get("rest_between_shifts_hours")
    if rest is None:
        return None
    if rest < RED_REST_BELOW:
        return "red"
    if rest < AMBER_REST_BELOW:
        return "amber"
    return None


def _no_weekly_rest(o, ctx):
    days = o.get("hours", {}).get("days_per_week")
    return "red" if days is not None and days >= 7 else None


def _trial_too_long(o, ctx):
    contract = o.get("contract", {})
    trial = contract.get("trial_period_months")
    if trial is None:
        return None
    if trial > MAX_TRIAL_MONTHS:
        return "red"
    term = contract.get("fixed_term_months")
    if term is not None and contract.get("type") != "permanent" and trial > term / 2:
        return "red"
    return None


def _housing_cost_high(o, ctx):
    rent = o.get("costs", {}).get("housing_eur_per_month")
    monthly = ctx["monthly"]
    if rent is None or monthly is None or monthly <= 0:
        return None
    return "amber" if rent > monthly * HOUSING_SHARE else None


def _invalid_business_id(o, ctx):
    value = o.get("employer", {}).get("business_id")
    return "amber" if value is not None and not business_id_valid(value) else None


def _minimum_unknown(o, ctx):
    return "info" if ctx["hourly"] is not None and ctx["minimum"] is None else None


def _minimum_unconfirmed(o, ctx):
    """Info when the minimum-pay figure used is not confirmed from its pay table or is over 12 months old."""
    minimum = ctx["minimum"]
    if ctx["hourly"] is None or minimum is None:
        return None
    return "info" if not minimum_confirmed(minimum) or minimum.outdated_on(ctx["today"]) else None


def minimum_confirmed(minimum):
    return not minimum.uncertain and minimum.checked_on is not None and bool(minimum.source)


def _piece_rate(o, ctx):
    return "info" if o.get("pay", {}).get("per") == "piece" else None


# Order = order of the flags in the output.
CHECKS = [
    ("ID_DOCUMENTS_RETAINED", _is("control", "employer_keeps_id_documents", True)),
    ("BANK_ACCOUNT_CONTROLLED", _is("control", "employer_controls_bank_account", True)),
    ("ISOLATION", _is("control", "phone_or_contacts_restricted", True)),
    ("RESTRICTED_MOVEMENT", _is("control", "free_to_leave_workplace_and_housing", False)),
    ("THREATS_OR_VIOLENCE", _is("control", "threats_or_violence", True)),
    ("THREATS_ABOUT_RESIDENCE_STATUS", _is("control", "threatens_to_report_to_authorities", True)),
    ("DECEPTION", _is("control", "job_differs_from_promise", True)),
    ("RECRUITMENT_FEE", _positive("costs", "recruitment_fee_eur")),
    ("DEBT_BONDAGE", _positive("costs", "debt_eur")),
    ("WAGES_WITHHELD", _is("pay", "withheld_or_late", True)),
    ("WAGE_KICKBACK", _is("pay", "part_returned_to_employer", True)),
    ("PAY_BELOW_MINIMUM", _pay_below_minimum),
    ("EXCESSIVE_HOURS", _excessive_hours),
    ("OVERTIME_UNPAID", _overtime_unpaid),
    ("INSUFFICIENT_DAILY_REST", _daily_rest),
    ("NO_WEEKLY_REST", _no_weekly_rest),
    ("TRIAL_PERIOD_TOO_LONG", _trial_too_long),
    ("SEASONAL_HOUSING_DEDUCTED", _seasonal_housing_deducted),
    ("NO_WRITTEN_TERMS", _amber_if("contract", "written", False)),
    ("TERMS_NOT_UNDERSTOOD", _amber_if("contract", "understood", False)),
    ("PAID_IN_CASH", _amber_if("pay", "into_bank_account", False)),
    ("NO_PAYSLIP", _amber_if("pay", "payslip", False)),
    ("FORCED_SELF_EMPLOYMENT", _amber_if("contract", "must_register_as_self_employed", True)),
    ("UNPAID_TRIAL_WORK", _unpaid_trial),
    ("WORKER_PAYS_FOR_PPE", _amber_if("costs", "protective_equipment_charged", True)),
    ("HOUSING_TIED_TO_JOB", _amber_if("housing", "must_live_there", True)),
    ("HOUSING_DEDUCTED", _housing_deducted),
    ("HOUSING_COST_HIGH", _housing_cost_high),
    ("INVALID_BUSINESS_ID", _invalid_business_id),
    ("PAY_MINIMUM_UNKNOWN", _minimum_unknown),
    ("PAY_MINIMUM_UNCONFIRMED", _minimum_unconfirmed),
    ("PIECE_RATE_ONLY", _piece_rate),
]
CODES = [code for code, _fn in CHECKS]
PAY_BELOW_MINIMUM = "PAY_BELOW_MINIMUM"  # the one flag whose message ends with figures of the offer


def recommend(flags):
    return _recommendation([f["severity"] for f in flags])


def _recommendation(severities):
    reds, ambers = severities.count("red"), severities.count("amber")
    if reds >= 1 or ambers >= 2:
        return "seek_advice"
    if ambers == 1:
        return "check_details"
    return "no_warning_signs_found"


def _text(rule, field, lang):
    """A per-language override stored on the rule wins; then the gettext catalogue; then the shipped
    machine-drafted texts of the newer rules (rights/offer_texts.py, keyed by the English text, so an
    edited English text falls back to English just as a catalogue would)."""
    override = (rule.translations or {}).get(lang, {}).get(field)
    if override:
        return override
    return offer_texts.translate(getattr(rule, field), lang)


def _fmt(value):
    return f"{value.quantize(Decimal('0.01'))}"


# ------------------------------------------------------------------ the content, cached per process
RIGHTS = "rights"  # its ikut.core.versions name: every save or delete of a rule, minimum-pay row or help contact
# bumps it (rights/apps.py), so the next check in any process reads the edit


class Content:
    """The rules, minimum-pay rows and help contacts as the database holds them under one content version,
    with their texts per language worked out once (the texts depend only on the rows and the catalogues)."""

    def __init__(self):
        from .models import HelpContact, OfferRule, SectorMinimumPay

        self.rules = {(r.code, r.severity): r for r in OfferRule.objects.all()}
        self.minimum_pay = {}  # sector -> rows, newest first
        for row in SectorMinimumPay.objects.order_by("sector", "-effective_from", "-pk"):
            self.minimum_pay.setdefault(row.sector, []).append(row)
        self.help = list(HelpContact.objects.all())
        self._texts = {}
        self._flags = {}
        self._help_rows = {}
        self._flag_json = {}
        self._help_json = {}
        self._pay_texts = {}
        self._pay_flag_json = {}
        self._minimum_pay_json = {}

    def minimum(self, sector, on=None):
        """SectorMinimumPay.current without a query: the newest row in force on `on` (today)."""
        on = on or timezone.localdate()
        return next((row for row in self.minimum_pay.get(sector, ()) if row.effective_from <= on), None)

    def flag(self, code, severity, lang):
        """The flag `code` at `severity` as the output lists it (a fresh copy: callers may change it); its
        wording depends only on the rule row and the catalogues, so it is worked out once per language."""
        key = (code, severity, lang)
        if key not in self._flags:
            self._flags[key] = self._flag(code, severity, lang)
        flag = self._flags[key]
        return flag | {"legal_basis": [dict(item) for item in flag["legal_basis"]]}

    def _flag(self, code, severity, lang):
        rule = self.rules.get((code, severity))
        if rule is None:  # a rule row deleted by hand: still report the flag, with no wording
            return {"code": code, "severity": severity, "ilo_indicator": "", "legal_basis": [],
                    "message": code, "advice": ""}
        # The date the rule's source was read (None: not yet checked); `verified` is the same value under the
        # name the stable interface had first.
        checked = rule.checked_on.isoformat() if is_checked(rule.source, rule.checked_on) else None
        with translation.override(lang):
            return {"code": code, "severity": severity, "ilo_indicator": rule.ilo_indicator,
                    "legal_basis": [dict(item) | {"source": rule.source, "checked_on": checked, "verified": checked}
                                    for item in rule.legal_basis],
                    "message": self.text(rule, "message", lang), "advice": self.text(rule, "advice", lang)}

    def flag_json(self, code, severity, lang):
        """json.dumps of flag(code, severity, lang), kept per language."""
        key = (code, severity, lang)
        if key not in self._flag_json:
            self._flag_json[key] = json.dumps(self.flag(code, severity, lang))
        return self._flag_json[key]

    def pay_flag_json(self, severity, ctx, lang):
        """json.dumps(_flag(self, "PAY_BELOW_MINIMUM", severity, ctx, lang)) for a rule row that exists: the flag's
        JSON without figures, kept per language cut where its message ends, with the figures' JSON put in. JSON
        writes each character of a string on its own, so a message followed by figures is written as the message's
        text followed by the figures' text (tests/rights/test_offer_json.py)."""
        key = (severity, lang)
        cut = self._pay_flag_json.get(key)
        if cut is None:
            text = self.flag_json(PAY_BELOW_MINIMUM, severity, lang)
            # "advice" is the key after "message" and the last one; a JSON string holds no bare quote, so the last
            # `, "advice": ` is that key, and the character before it the message's closing quote.
            end = text.rindex(', "advice": ') - 1
            cut = self._pay_flag_json[key] = (text[:end], text[end:])
        head, tail = cut
        return head + json.dumps(self.pay_figures(ctx, lang))[1:-1] + tail

    def minimum_pay_json(self, ctx):
        """json.dumps(minimum_pay_used(ctx)), kept per minimum-pay row and day (all it depends on)."""
        minimum = ctx["minimum"]
        if ctx["hourly"] is None or minimum is None:
            return "null"
        key = (minimum.pk, ctx["today"])
        text = self._minimum_pay_json.get(key)
        if text is None:
            if len(self._minimum_pay_json) >= 256:  # a row per sector and day: forget the older days
                self._minimum_pay_json.clear()
            text = self._minimum_pay_json[key] = json.dumps(minimum_pay_used(ctx))
        return text

    def pay_figures(self, ctx, lang):
        """The pay flag's figures in `lang` (its two sentences translated once per language)."""
        if lang not in self._pay_texts:
            with translation.override(lang):
                self._pay_texts[lang] = (
                    gettext("About %(pay)s € an hour; lowest pay %(min)s € an hour (%(agreement)s, from %(date)s)."),
                    gettext("This minimum may be out of date: please check it."))
        return _pay_figures(ctx, self._pay_texts[lang])

    def text(self, rule, field, lang):
        key = (rule.pk, field, lang)
        if key not in self._texts:
            self._texts[key] = _text(rule, field, lang)
        return self._texts[key]

    def help_rows(self, lang):
        if lang not in self._help_rows:
            from .provenance import is_checked

            rows = []
            with translation.override(lang):
                for h in self.help:
                    checked = h.checked_on.isoformat() if is_checked(h.source, h.checked_on) else None
                    rows.append({"name": _text(h, "name", lang), "phone": h.phone, "phone_national": h.national_phone,
                                 "hours": _text(h, "hours", lang), "source": h.source, "checked_on": checked,
                                 "last_verified": checked})
            self._help_rows[lang] = rows
        return [dict(row) for row in self._help_rows[lang]]  # callers may change their copy

    def help_json(self, lang):
        """json.dumps of help_rows(lang), kept per language."""
        if lang not in self._help_json:
            self._help_json[lang] = json.dumps(self.help_rows(lang))
        return self._help_json[lang]


def content():
    """The rights content for this request: one primary-key read of its version, the rows from memory."""
    return versions.cached(RIGHTS, Content)


def evaluate(offer, lang="en"):
    """Evaluate a validated offer (from `parse`). Returns the ikut.offer-check/1 result. The rights content's
    stamp is read while the content this process holds is used (ikut.core.versions.using)."""
    return versions.using(RIGHTS, Content, lambda rights: _result(rights, *_findings(rights, offer), lang))


def _findings(rights, offer):
    """(flags raised as (code, severity) in output order, the pay context) for a validated offer."""
    today = timezone.localdate()
    pay, hours = offer.get("pay", {}), offer.get("hours", {})
    ctx = {"hourly": hourly_pay(pay, hours), "monthly": monthly_pay(pay, hours),
           "minimum": rights.minimum(offer["sector"], today), "today": today}
    raised = []
    for code, check in CHECKS:
        severity = check(offer, ctx)
        if severity is not None:
            raised.append((code, severity))
    return raised, ctx


def _result(rights, raised, ctx, lang):
    flags = [_flag(rights, code, severity, ctx, lang) for code, severity in raised]
    return {"schema": OUTPUT_SCHEMA, "recommendation": recommend(flags), "flags": flags,
            "minimum_pay": minimum_pay_used(ctx), "help": rights.help_rows(lang)}


def _flag(rights, code, severity, ctx, lang):
    flag = rights.flag(code, severity, lang)
    if code == PAY_BELOW_MINIMUM and (code, severity) in rights.rules:  # not when the row was deleted
        flag["message"] += rights.pay_figures(ctx, lang)
    return flag


def _pay_figures(ctx, texts):
    """The figures the pay flag's message ends with; `texts` = Content.pay_texts(lang)."""
    minimum = ctx["minimum"]
    figures, out_of_date = texts
    message = " " + figures % {
        "pay": _fmt(ctx["hourly"]), "min": _fmt(minimum.hourly_minimum),
        "agreement": minimum.agreement, "date": minimum.effective_from.isoformat()}
    if minimum.outdated_on(ctx["today"]) or minimum.uncertain:
        message += " " + out_of_date
    return message


def minimum_pay_used(ctx):
    """The sector minimum the pay was compared with (null when no comparison was made): the figure, its
    agreement, the date it applies from, and whether it is confirmed from the pay table and current."""
    minimum = ctx["minimum"]
    if ctx["hourly"] is None or minimum is None:
        return None
    return {"sector": minimum.sector, "hourly_minimum": _fmt(minimum.hourly_minimum),
            "agreement": minimum.agreement, "effective_from": minimum.effective_from.isoformat(),
            "confirmed": minimum_confirmed(minimum),
            "checked_on": minimum.checked_on.isoformat() if minimum.checked_on else None,
            "older_than_12_months": minimum.outdated_on(ctx["today"])}


def help_contacts(lang="en"):
    """The help list (name, phone and its national form, hours; plus source and checked-on date) in `lang`.
    `checked_on` (and, for the stable interface, `last_verified`) is a date only when a source was read."""
    return content().help_rows(lang)


def check(raw, lang="en"):
    """parse + evaluate. The offer is parsed while the content stamp is read (ikut.core.versions.using): an
    invalid offer raises OfferError once the stamp is in, as it would have before the read."""
    return versions.using(RIGHTS, Content, lambda rights: _result(rights, *_findings(rights, parse(raw)), lang))


def check_json(raw, lang="en"):
    """check(raw, lang) as JSON text, byte for byte what json.dumps(check(raw, lang)) gives (django-ninja's
    rendering), built from parts kept per content version and language: a flag's text is the same for every
    offer that raises it, and the help list the same for every offer (tests/rights/test_offer_json.py)."""
    return versions.using(RIGHTS, Content, lambda rights: _result_json(rights, *_findings(rights, parse(raw)), lang))


RECOMMENDATIONS = ("seek_advice", "check_details", "no_warning_signs_found")
_RECOMMENDATION_JSON = {name: json.dumps(name) for name in RECOMMENDATIONS}


def _result_json(rights, raised, ctx, lang):
    parts = []
    for code, severity in raised:
        if code == PAY_BELOW_MINIMUM and (code, severity) in rights.rules:  # the figures only with a rule row (_flag)
            parts.append(rights.pay_flag_json(severity, ctx, lang))
        else:
            parts.append(rights.flag_json(code, severity, lang))
    recommendation = _recommendation([severity for _code, severity in raised])
    return (f'{{"schema": {_OUTPUT_SCHEMA_JSON}, "recommendation": {_RECOMMENDATION_JSON[recommendation]}, '
            f'"flags": [{", ".join(parts)}], "minimum_pay": {rights.minimum_pay_json(ctx)}, '
            f'"help": {rights.help_json(lang)}}}')


_OUTPUT_SCHEMA_JSON = json.dumps(OUTPUT_SCHEMA)
