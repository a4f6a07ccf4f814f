"""Every rule and boundary of the job-offer check (ikut.job-offer/1 → ikut.offer-check/1)."""

import contextlib
import datetime
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikut.rights import offer_check, rule_data
from ikut.rights.models import OfferRule, SectorMinimumPay
from ikut.rights.offer_check import OfferError, business_id_valid, check, hourly_pay, monthly_pay, parse

pytestmark = pytest.mark.django_db


def offer(**sections):
    doc = {"schema": "ikut.job-offer/1", "sector": sections.pop("sector", "other")}
    doc.update(sections)
    return doc


def codes(doc, severity=None):
    result = check(json.dumps(doc))
    return {f["code"] for f in result["flags"] if severity is None or f["severity"] == severity}


def flag(doc, code):
    return [f for f in check(json.dumps(doc))["flags"] if f["code"] == code]


# ------------------------------------------------------------------ nothing known → nothing flagged
def test_minimal_offer_raises_nothing():
    result = check(json.dumps(offer()))
    assert result == {"schema": "ikut.offer-check/1", "recommendation": "no_warning_signs_found",
                      "flags": [], "minimum_pay": None, "help": result["help"]}
    assert result["recommendation"] != "safe"


def test_help_list_has_the_contacts_with_source_and_a_date_only_when_checked():
    help_list = check(json.dumps(offer()))["help"]
    by_phone = {h["phone"]: h for h in help_list}
    assert {"+358 295 463 177", "+358 295 016 620", "112", "116 006", "+358 80 005 005"} <= set(by_phone)
    assert by_phone["+358 295 463 177"]["phone_national"] == "0295 463 177"
    assert by_phone["+358 295 463 177"]["checked_on"] == by_phone["+358 295 463 177"]["last_verified"] == "2026-11-30"
    # FACTS.md: the OSH advice number is still to be checked after the 2026 reorganisation.
    assert by_phone["+358 295 016 620"]["checked_on"] is None and by_phone["+358 295 016 620"]["last_verified"] is None
    assert all(h["name"] and h["hours"] and h["source"].startswith("https://") for h in help_list)


# ------------------------------------------------------------------ control (red)
@pytest.mark.parametrize("key,value,code", [
    ("employer_keeps_id_documents", True, "ID_DOCUMENTS_RETAINED"),
    ("employer_controls_bank_account", True, "BANK_ACCOUNT_CONTROLLED"),
    ("phone_or_contacts_restricted", True, "ISOLATION"),
    ("free_to_leave_workplace_and_housing", False, "RESTRICTED_MOVEMENT"),
    ("threats_or_violence", True, "THREATS_OR_VIOLENCE"),
    ("job_differs_from_promise", True, "DECEPTION"),
])
def test_control_flags(key, value, code):
    assert codes(offer(control={key: value})) == {code}
    assert codes(offer(control={key: not value})) == set()
    found = flag(offer(control={key: value}), code)[0]
    assert found["severity"] == "red" and found["legal_basis"] and found["message"] and found["advice"]
    assert all({"statute", "number", "section"} <= set(b) for b in found["legal_basis"])


def test_one_red_means_seek_advice():
    assert check(json.dumps(offer(control={"employer_keeps_id_documents": True})))["recommendation"] == "seek_advice"


# ------------------------------------------------------------------ costs
@pytest.mark.parametrize("key,code", [("recruitment_fee_eur", "RECRUITMENT_FEE"), ("debt_eur", "DEBT_BONDAGE")])
def test_any_fee_or_debt_above_zero_is_red(key, code):
    assert codes(offer(costs={key: 0})) == set()
    assert codes(offer(costs={key: 0.01}), "red") == {code}
    assert codes(offer(costs={key: 3000})) == {code}


def test_wages_withheld():
    assert codes(offer(pay={"withheld_or_late": True})) == {"WAGES_WITHHELD"}
    assert codes(offer(pay={"withheld_or_late": False})) == set()


# ------------------------------------------------------------------ hours
@pytest.mark.parametrize("per_day,days,expected", [
    (8, 6, set()),                 # 48 h a week: nothing
    (Decimal("8.1666"), 6, {"EXCESSIVE_HOURS"}),  # 49 h
    (7, 7, {"EXCESSIVE_HOURS", "NO_WEEKLY_REST"}),  # 49 h over 7 days
    (12, 4, set()),                # 48 h
])
def test_weekly_hours_boundary(per_day, days, expected):
    doc = offer(hours={"per_day": float(per_day), "days_per_week": days})
    assert codes(doc) & {"EXCESSIVE_HOURS", "NO_WEEKLY_REST"} == expected


def test_49_hours_is_red_and_48_is_not():
    assert codes(offer(hours={"per_day": 9.8, "days_per_week": 5})) == {"EXCESSIVE_HOURS"}
    assert codes(offer(hours={"per_day": 9.6, "days_per_week": 5})) == set()


def test_hours_need_both_fields_for_the_weekly_rule():
    assert codes(offer(hours={"per_day": 16})) == set()
    assert codes(offer(hours={"days_per_week": 6})) == set()


def test_seven_days_a_week_is_red():
    assert codes(offer(hours={"days_per_week": 7})) == {"NO_WEEKLY_REST"}
    assert codes(offer(hours={"days_per_week": 6})) == set()


@pytest.mark.parametrize("hours,expected", [
    ({"per_day": 8, "days_per_week": 5, "overtime_paid": False}, None),  # exactly 40 h, 8 h days
    ({"per_day": 8.5, "overtime_paid": False}, "amber"),  # a long day alone: averaged time can make it lawful
    ({"per_day": 8.01, "days_per_week": 4, "overtime_paid": False}, "amber"),  # 32.04 h a week
    ({"per_day": 10, "days_per_week": 4, "overtime_paid": False}, "amber"),  # 10 h days, exactly 40 h
    ({"per_day": 8, "days_per_week": 5.01, "overtime_paid": False}, "red"),  # 40.08 h
    ({"per_day": 8, "days_per_week": 6, "overtime_paid": False}, "red"),  # 48 h > 40 h
    ({"per_day": 7, "days_per_week": 6, "overtime_paid": False}, "red"),  # 42 h with 7 h days
    ({"per_day": 10, "days_per_week": 5, "overtime_paid": False}, "red"),  # 50 h: red wins over amber
    ({"per_day": 10, "days_per_week": 5, "overtime_paid": True}, None),
    ({"per_day": 10, "days_per_week": 5}, None),  # not known whether paid
    ({"overtime_paid": False}, None),
])
def test_overtime_unpaid(hours, expected):
    found = flag(offer(hours=hours), "OVERTIME_UNPAID")
    assert [f["severity"] for f in found] == ([expected] if expected else [])


@pytest.mark.parametrize("rest,severity", [(0, "red"), (8.99, "red"), (9, "amber"), (10.5, "amber"),
                                           (10.99, "amber"), (11, None), (12, None)])
def test_daily_rest_boundaries(rest, severity):
    found = flag(offer(hours={"rest_between_shifts_hours": rest}), "INSUFFICIENT_DAILY_REST")
    assert [f["severity"] for f in found] == ([severity] if severity else [])


def test_nine_hours_rest_alone_means_check_details():
    assert check(json.dumps(offer(hours={"rest_between_shifts_hours": 9})))["recommendation"] == "check_details"


# ------------------------------------------------------------------ trial period
@pytest.mark.parametrize("contract,flagged", [
    ({"trial_period_months": 6}, False),
    ({"trial_period_months": 6.5}, True),
    ({"type": "permanent", "trial_period_months": 7}, True),
    ({"type": "fixed_term", "fixed_term_months": 12, "trial_period_months": 6}, False),  # exactly half
    ({"type": "fixed_term", "fixed_term_months": 12, "trial_period_months": 6.1}, True),
    ({"type": "fixed_term", "fixed_term_months": 6, "trial_period_months": 3}, False),
    ({"type": "fixed_term", "fixed_term_months": 6, "trial_period_months": 4}, True),
    ({"type": "fixed_term", "fixed_term_months": 24, "trial_period_months": 6}, False),
    ({"fixed_term_months": 4, "trial_period_months": 3}, True),  # a term is stated, type not known
    ({"type": "permanent", "fixed_term_months": 4, "trial_period_months": 3}, False),
    ({"type": "fixed_term", "fixed_term_months": 4}, False),  # trial not known
])
def test_trial_period(contract, flagged):
    assert ("TRIAL_PERIOD_TOO_LONG" in codes(offer(contract=contract))) is flagged


# ------------------------------------------------------------------ ambers
@pytest.mark.parametrize("section,key,value,code", [
    ("contract", "written", False, "NO_WRITTEN_TERMS"),
    ("contract", "understood", False, "TERMS_NOT_UNDERSTOOD"),
    ("pay", "into_bank_account", False, "PAID_IN_CASH"),
    ("pay", "payslip", False, "NO_PAYSLIP"),
    ("housing", "must_live_there", True, "HOUSING_TIED_TO_JOB"),
    ("costs", "housing_deducted_from_pay", True, "HOUSING_DEDUCTED"),
])
def test_amber_flags(section, key, value, code):
    result = check(json.dumps(offer(**{section: {key: value}})))
    assert [(f["code"], f["severity"]) for f in result["flags"]] == [(code, "amber")]
    assert result["recommendation"] == "check_details"
    assert codes(offer(**{section: {key: not value}})) == set()


def test_housing_provided_alone_is_not_a_flag():
    assert codes(offer(housing={"provided_by_employer": True, "must_live_there": False})) == set()


def test_two_ambers_mean_seek_advice():
    doc = offer(contract={"written": False}, pay={"payslip": False})
    assert check(json.dumps(doc))["recommendation"] == "seek_advice"


def test_info_flags_do_not_change_the_recommendation():
    doc = offer(pay={"amount": 5, "per": "piece"})
    result = check(json.dumps(doc))
    assert [f["code"] for f in result["flags"]] == ["PIECE_RATE_ONLY"]
    assert result["recommendation"] == "no_warning_signs_found"


@pytest.mark.parametrize("rent,flagged", [(600, False), (600.01, True), (300, False)])
def test_housing_cost_over_30_percent_of_gross_monthly_pay(rent, flagged):
    doc = offer(pay={"amount": 2000, "per": "month"}, costs={"housing_eur_per_month": rent})
    assert ("HOUSING_COST_HIGH" in codes(doc)) is flagged


def test_housing_cost_with_hourly_pay_uses_stated_hours():
    # 10 €/h × 8 h × 5 d × 52/12 = 1733.33 €/month; 30 % = 520
    doc = offer(pay={"amount": 10, "per": "hour"}, costs={"housing_eur_per_month": 521})
    assert "HOUSING_COST_HIGH" in codes(doc)
    doc["costs"]["housing_eur_per_month"] = 519
    assert "HOUSING_COST_HIGH" not in codes(doc)


def test_housing_cost_unknown_pay_raises_nothing():
    assert codes(offer(costs={"housing_eur_per_month": 900})) == set()


# ------------------------------------------------------------------ business ID
@pytest.mark.parametrize("value,valid", [
    ("0112038-9", True), ("1572860-0", True), ("0737546-2", True),
    ("0112038-8", False), ("112038-9", False), ("01120389", False), ("0112038-", False), ("abcdefg-h", False),
    ("", False), ("1234567-1", True), ("1234567-2", False),
])
def test_business_id_check_digit(value, valid):
    assert business_id_valid(value) is valid
    assert ("INVALID_BUSINESS_ID" in codes(offer(employer={"business_id": value}))) is (not valid)


def test_business_id_remainder_one_is_always_invalid():
    # 0000010: 1×4 = 4 … find a body whose weighted sum ≡ 1 (mod 11): 0000100 → 8? use brute force
    for n in range(10000):
        body = f"{n:07d}"
        if sum(int(d) * w for d, w in zip(body, offer_check.WEIGHTS, strict=True)) % 11 == 1:
            assert not any(business_id_valid(f"{body}-{c}") for c in range(10))
            break
    else:
        pytest.fail("no body with remainder 1 found")


# ------------------------------------------------------------------ pay conversion and sector minimum
@pytest.mark.parametrize("pay,hours,expected", [
    ({"amount": 12, "per": "hour"}, {}, "12"),
    ({"amount": 96, "per": "day"}, {}, "12"),  # 8 h default
    ({"amount": 100, "per": "day"}, {"per_day": 10}, "10"),
    ({"amount": 480, "per": "week"}, {}, "12"),  # 40 h default
    ({"amount": 480, "per": "week"}, {"per_day": 8, "days_per_week": 6}, "10"),
    ({"amount": 2080, "per": "month"}, {}, "12"),  # 40 h × 52/12 = 173.33 h
    ({"amount": 5, "per": "piece"}, {}, None),
    ({"per": "hour"}, {}, None),
    ({"amount": 100, "per": "day"}, {"per_day": 0}, None),
])
def test_hourly_conversion(pay, hours, expected):
    parsed = parse(json.dumps(offer(pay=pay, hours=hours)))
    result = hourly_pay(parsed.get("pay", {}), parsed.get("hours", {}))
    assert (None if result is None else str(result.quantize(Decimal("0.01")).normalize())) == (
        None if expected is None else str(Decimal(expected).normalize()))


def test_monthly_pay_from_weekly():
    parsed = parse(json.dumps(offer(pay={"amount": 480, "per": "week"})))
    assert monthly_pay(parsed["pay"], {}).quantize(Decimal("0.01")) == Decimal("2080.00")


def _minimum(sector="cleaning", hourly="12.00", days_old=10):
    SectorMinimumPay.objects.filter(sector=sector).delete()
    return SectorMinimumPay.objects.create(
        sector=sector, agreement="Test agreement", lowest_pay_group="1", hourly_minimum=Decimal(hourly),
        effective_from=datetime.date.today() - datetime.timedelta(days=days_old), source="https://example.org/",
        checked_on=datetime.date.today())


@pytest.mark.parametrize("pay,flagged", [
    ({"amount": 11.99, "per": "hour"}, True),
    ({"amount": 12, "per": "hour"}, False),
    ({"amount": 95, "per": "day"}, True),      # 11.875 €/h at 8 h
    ({"amount": 96, "per": "day"}, False),
    ({"amount": 2079, "per": "month"}, True),
    ({"amount": 2080, "per": "month"}, False),
])
def test_pay_below_minimum(pay, flagged):
    _minimum()
    doc = offer(sector="cleaning", pay=pay)
    assert ("PAY_BELOW_MINIMUM" in codes(doc, "red")) is flagged
    assert "PAY_MINIMUM_UNKNOWN" not in codes(doc)


def test_pay_below_minimum_message_names_figures_and_outdated_values():
    _minimum(days_old=400)
    message = flag(offer(sector="cleaning", pay={"amount": 8, "per": "hour"}), "PAY_BELOW_MINIMUM")[0]["message"]
    assert "8.00" in message and "12.00" in message and "out of date" in message
    _minimum(days_old=10)
    message = flag(offer(sector="cleaning", pay={"amount": 8, "per": "hour"}), "PAY_BELOW_MINIMUM")[0]["message"]
    assert "out of date" not in message


def test_future_minimum_is_not_used_yet():
    _minimum(days_old=-30)
    assert codes(offer(sector="cleaning", pay={"amount": 8, "per": "hour"})) == {"PAY_MINIMUM_UNKNOWN"}


def test_unknown_sector_minimum_is_info():
    SectorMinimumPay.objects.filter(sector="beauty").delete()
    result = check(json.dumps(offer(sector="beauty", pay={"amount": 3, "per": "hour"})))
    assert [(f["code"], f["severity"]) for f in result["flags"]] == [("PAY_MINIMUM_UNKNOWN", "info")]
    assert result["recommendation"] == "no_warning_signs_found"
    assert codes(offer(sector="beauty")) == set()  # no pay stated → nothing


def test_shipped_table_covers_the_required_sectors():
    sectors = set(SectorMinimumPay.objects.values_list("sector", flat=True))
    assert {"cleaning", "hospitality", "construction", "agriculture", "warehouse", "retail", "care"} <= sectors


def test_every_code_has_a_rule_row_with_legal_basis_and_date():
    rows = {(r.code, r.severity): r for r in OfferRule.objects.all()}
    for code in offer_check.CODES:
        matching = [r for (c, _s), r in rows.items() if c == code]
        assert matching, code
        for rule in matching:
            assert rule.message and rule.advice
            # a date only where someone read the source (the fact check of 2026-11-30: rule_data.RULES_CHECKED)
            read = rule_data.RULES_CHECKED.get((rule.code, rule.severity))
            if read:
                assert rule.checked_on == datetime.date(2026, 11, 30) and rule.source == read
            else:
                assert rule.checked_on is None and (rule.source == "" or rule.source.startswith("https://"))
            assert all(b["statute"] and b["number"] for b in rule.legal_basis)
    assert ("INSUFFICIENT_DAILY_REST", "red") in rows and ("INSUFFICIENT_DAILY_REST", "amber") in rows


def test_rule_wording_is_data():
    rule = OfferRule.objects.get(code="ISOLATION")
    rule.message = "Edited by staff."
    rule.translations = {"fi": {"message": "Henkilökunnan muokkaama."}}
    rule.save()
    doc = json.dumps(offer(control={"phone_or_contacts_restricted": True}))
    assert check(doc)["flags"][0]["message"] == "Edited by staff."
    assert check(doc, "fi")["flags"][0]["message"] == "Henkilökunnan muokkaama."


def test_messages_are_translated():
    doc = json.dumps(offer(control={"employer_keeps_id_documents": True}))
    en = check(doc, "en")["flags"][0]["message"]
    for lang in ["fi", "sv", "ar", "th", "uk"]:
        assert check(doc, lang)["flags"][0]["message"] != en, lang


# ------------------------------------------------------------------ bad input names the field
@pytest.mark.parametrize("raw,field", [
    ("{not json", "(document)"),
    ("[1, 2]", "(document)"),
    ('{"sector": "cleaning"}', "schema"),
    ('{"schema": "ikut.job-offer/2", "sector": "cleaning"}', "schema"),
    ('{"schema": "ikut.job-offer/1"}', "sector"),
    ('{"schema": "ikut.job-offer/1", "sector": "mining"}', "sector"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "salary": 5}', "salary"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": {"amount": "1000"}}', "pay.amount"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": {"amount": -1}}', "pay.amount"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": {"amount": true}}', "pay.amount"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": {"amount": NaN}}', "(document)"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": {"per": "year"}}', "pay.per"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": {"bonus": 1}}', "pay.bonus"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "pay": 5}', "pay"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "control": {"threats_or_violence": "yes"}}',
     "control.threats_or_violence"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "control": {"threats_or_violence": null}}',
     "control.threats_or_violence"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "hours": {"per_day": 25}}', "hours.per_day"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "hours": {"days_per_week": 8}}', "hours.days_per_week"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "costs": {"debt_eur": -0.5}}', "costs.debt_eur"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "employer": {"business_id": 1234567}}',
     "employer.business_id"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "contract": {"type": "zero_hours"}}', "contract.type"),
    ('{"schema": "ikut.job-offer/1", "sector": "other", "job_title": ["cook"]}', "job_title"),
])
def test_bad_input_names_the_field(raw, field):
    with pytest.raises(OfferError) as excinfo:
        parse(raw)
    assert excinfo.value.field == field
    assert str(excinfo.value).startswith(field)


def test_not_utf8_and_too_large():
    with pytest.raises(OfferError):
        parse(b"\xff\xfe{")
    with pytest.raises(OfferError):
        parse(b" " * (offer_check.MAX_INPUT_BYTES + 1))


# ------------------------------------------------------------------ the engine never crashes
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20)


def _section(spec):
    if isinstance(spec, dict):
        return st.fixed_dictionaries({}, optional={k: _section(v) for k, v in spec.items()})
    if isinstance(spec, tuple):
        return st.sampled_from(list(spec[1])) | json_values
    kinds = {"number": st.integers(0, 200) | st.floats(0, 200) | json_values,
             "boolean": st.booleans() | json_values, "string": st.text(max_size=30) | json_values}
    return kinds[spec]


near_valid = st.fixed_dictionaries(
    {"schema": st.just("ikut.job-offer/1"), "sector": st.sampled_from(offer_check.SECTORS)},
    optional={k: _section(v) for k, v in offer_check.SCHEMA.items() if k not in ("schema", "sector")})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=near_valid | json_values)
def test_no_input_crashes_the_engine(doc):
    try:
        result = check(json.dumps(doc))
    except OfferError as exc:
        problem = exc
    else:
        problem = None
    if problem is not None:
        assert problem.field
        return
    assert result["recommendation"] in {"seek_advice", "check_details", "no_warning_signs_found"}
    assert all(f["code"] in offer_check.CODES for f in result["flags"])
    reds = sum(f["severity"] == "red" for f in result["flags"])
    ambers = sum(f["severity"] == "amber" for f in result["flags"])
    expected = "seek_advice" if reds or ambers >= 2 else "check_details" if ambers == 1 else "no_warning_signs_found"
    assert result["recommendation"] == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200) | st.text(max_size=200))
def test_no_raw_text_crashes_the_parser(raw):
    with contextlib.suppress(OfferError):
        parse(raw)
