"""check_json() — the API's answer built from parts kept per content version — is byte for byte what django-ninja
rendered from check()'s dict, for any offer and every portal language; and the parser's whole-number shortcut gives
the Decimals and errors parse_number gives."""

import datetime
import json
from decimal import Decimal
from unittest import mock

import pytest
from django.conf import settings as django_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikut.api.api import api
from ikut.core.numbers import parse_number
from ikut.rights import offer_check
from ikut.rights.models import OfferRule, SectorMinimumPay
from ikut.rights.offer_check import SCHEMA, OfferError, check, check_json, parse

pytestmark = pytest.mark.django_db

NUMBERS = st.one_of(st.integers(0, 2000), st.sampled_from([0, 1, 7, 8, 9, 24, 48, 366, 10**9]),
                    st.floats(0, 5000, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 2)))


def _value(kind):
    if isinstance(kind, dict):
        return st.fixed_dictionaries({}, optional={key: _value(item) for key, item in kind.items()})
    if isinstance(kind, tuple):
        return st.sampled_from(kind[1])
    if kind == offer_check.BOOL:
        return st.booleans()
    if kind == offer_check.STR:
        return st.sampled_from(["", "Example Oy", "1572860-0", "1572860-1", "Ääkköset ja \"lainaus\" <b>", "清洁"])
    return NUMBERS


# Any valid offer: every field optional but schema and sector, numbers within their limits.
OFFERS = st.fixed_dictionaries(
    {"schema": st.just(offer_check.INPUT_SCHEMA), "sector": st.sampled_from(offer_check.SECTORS)},
    optional={key: _value(kind) for key, kind in SCHEMA.items() if key not in ("schema", "sector")},
).filter(lambda doc: all(
    doc.get(section, {}).get(field, 0) <= limit
    for section, field, limit in (path.split(".") + [limit] for path, limit in offer_check.UPPER_LIMITS.items())))


def ninja_rendering(result):
    """What the endpoint sent before check_json(): django-ninja's JSON renderer applied to check()'s dict."""
    return api.renderer.render(None, result, response_status=200)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=OFFERS, lang=st.sampled_from(django_settings.PORTAL_LANGUAGES))
def test_json_is_identical_to_the_rendered_dict(doc, lang):
    text = json.dumps(doc)
    assert check_json(text, lang) == ninja_rendering(check(text, lang))


def test_every_flag_in_every_language():
    """One offer raising as many flags as possible (pay below minimum with its figures among them), each language."""
    doc = {"schema": "ikut.job-offer/1", "sector": "cleaning", "employer": {"business_id": "1234567-1"},
           "contract": {"written": False, "understood": False, "trial_period_months": 7,
                        "must_register_as_self_employed": True, "seasonal": True},
           "pay": {"amount": 3, "per": "hour", "into_bank_account": False, "payslip": False, "withheld_or_late": True,
                   "part_returned_to_employer": True, "unpaid_trial_days": 3},
           "hours": {"per_day": 12, "days_per_week": 7, "overtime_paid": False, "rest_between_shifts_hours": 8},
           "costs": {"recruitment_fee_eur": 500, "debt_eur": 1, "housing_eur_per_month": 900,
                     "housing_deducted_from_pay": True, "protective_equipment_charged": True},
           "housing": {"provided_by_employer": True, "must_live_there": True},
           "control": {key: kind == "boolean" and key != "free_to_leave_workplace_and_housing"
                       for key, kind in SCHEMA["control"].items()}}
    for lang in django_settings.PORTAL_LANGUAGES:
        result = check(doc, lang)
        assert len(result["flags"]) >= 20 and "PAY_BELOW_MINIMUM" in {f["code"] for f in result["flags"]}
        assert check_json(doc, lang) == ninja_rendering(result), lang


def test_pay_figures_with_an_uncertain_outdated_minimum_and_deleted_rules():
    SectorMinimumPay.objects.create(sector="beauty", agreement="Kampaamoalan TES (testi)", lowest_pay_group="1",
                                    hourly_minimum=Decimal("11.50"), effective_from=datetime.date(2020, 1, 1),
                                    uncertain=True, source="", note="")
    doc = {"schema": "ikut.job-offer/1", "sector": "beauty", "pay": {"amount": 1500, "per": "month", "payslip": False}}
    for lang in ("fi", "en", "ar"):
        result = check(doc, lang)
        assert "out of date" in check(doc, "en")["flags"][0]["message"]
        assert check_json(doc, lang) == ninja_rendering(result)
    OfferRule.objects.filter(code__in=["PAY_BELOW_MINIMUM", "NO_PAYSLIP"]).delete()  # still reported, no wording
    for lang in ("fi", "en"):
        result = check(doc, lang)
        assert [f["message"] for f in result["flags"]][:2] == ["PAY_BELOW_MINIMUM", "NO_PAYSLIP"]
        assert check_json(doc, lang) == ninja_rendering(result)


def test_the_endpoint_sends_the_json_with_ninjas_content_type(client):
    doc = {"schema": "ikut.job-offer/1", "sector": "cleaning", "pay": {"amount": 5, "per": "hour"},
           "control": {"employer_keeps_id_documents": True}}
    response = client.post("/api/rights/check-offer?lang=sv", doc, content_type="application/json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.content.decode() == ninja_rendering(check(doc, "sv"))


@pytest.mark.parametrize("number", [0, 1, 9, 10, 24, 25, 366, 367, 1600, 999_999_999, 10**9, 10**9 + 1, 10**30])
@pytest.mark.parametrize("field", ["pay.amount", "hours.per_day", "pay.unpaid_trial_days", "costs.debt_eur"])
def test_whole_numbers_parse_as_parse_number_does(field, number):
    """The parser's shortcut for whole numbers: the same Decimal (digits and exponent) or the same error."""
    section, key = field.split(".")
    doc = {"schema": "ikut.job-offer/1", "sector": "other", section: {key: number}}
    limit = offer_check.UPPER_LIMITS.get(field)
    try:
        expected = parse_number(str(number), minimum=0, maximum=10**9, max_decimals=17)
    except Exception:
        with pytest.raises(OfferError, match="is too large or has too many decimals") as raised:
            parse(doc)
        assert raised.value.field == field
        return
    if limit is not None and expected > limit:
        with pytest.raises(OfferError, match=f"must be at most {limit}"):
            parse(doc)
        return
    parsed = parse(doc)[section][key]
    assert type(parsed) is Decimal and parsed.as_tuple() == expected.as_tuple()


def test_the_lang_parameter_is_described_as_ninja_described_it():
    """The view reads `lang` itself; the OpenAPI schema lists it exactly as django-ninja did for `lang: str = "en"`."""
    from ninja import NinjaAPI, Router

    reference = Router()

    @reference.post("/check-offer")
    def check_offer(request, lang: str = "en"):
        return {}

    scratch = NinjaAPI(urls_namespace="offer-json-reference")
    scratch.add_router("/rights/", reference)
    expected = scratch.get_openapi_schema(path_prefix="")["paths"]["/rights/check-offer"]["post"]["parameters"]
    assert api.get_openapi_schema()["paths"]["/api/rights/check-offer"]["post"]["parameters"] == expected


@pytest.mark.parametrize("query, status, lang", [
    ("", 200, "en"), ("?lang=sv", 200, "sv"), ("?lang=fi&lang=sv", 200, "sv"), ("?lang=", 400, None),
    ("?lang=xx", 400, None), ("?LANG=sv", 200, "en")])
def test_the_lang_parameter_is_read_as_before(client, query, status, lang):
    doc = {"schema": "ikut.job-offer/1", "sector": "cleaning", "pay": {"payslip": False}}
    response = client.post(f"/api/rights/check-offer{query}", doc, content_type="application/json")
    assert response.status_code == status
    if lang:
        assert response.content.decode() == ninja_rendering(check(doc, lang))
    else:
        assert response.json()["field"] == "lang"


def _validate_object_slowly(value, spec, prefix):
    """_validate_object without its shortcuts: every field through _validate_value (the reference)."""
    out = {}
    for key, item in value.items():
        if not isinstance(key, str) or key not in spec:
            raise OfferError(f"{prefix}{key}", "unknown field")
        out[key] = offer_check._validate_value(item, spec[key], f"{prefix}{key}")
    return out


def _parse_slowly(doc):
    with mock.patch.object(offer_check, "_validate_object", _validate_object_slowly):
        return parse(doc)


EDGES = [True, False, None, 0, 1, -1, 24, 25, 366, 367, 10**9, 10**9 + 1, 2**70, -(2**70), 0.5, -0.5, 1e300,
         float("nan"), float("inf"), "", "x" * 500, "x" * 501, "hour", "piece", "permanent", "cleaning", "week ",
         [], [1], {}, {"a": 1}]
ANY_VALUE = st.one_of(st.sampled_from(EDGES), st.integers(-5, 2000), st.floats(), st.text(max_size=3),
                      st.sampled_from(offer_check.SECTORS))
FIELDS = [(section, key) for section, kind in SCHEMA.items() if isinstance(kind, dict) for key in kind] + [
    (None, key) for key, kind in SCHEMA.items() if not isinstance(kind, dict)] + [(None, "made_up"), ("pay", "x")]


def _outcome(validate, doc):
    try:
        result = validate(doc)
    except OfferError as exc:
        return ("error", exc.field, exc.problem)
    # Decimals compared by digits and exponent, not only by value.
    return ("ok", json.dumps(result, default=lambda number: repr(number.as_tuple())))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=OFFERS, changes=st.lists(st.tuples(st.sampled_from(FIELDS), ANY_VALUE), max_size=2))
def test_the_parsers_shortcuts_validate_as_the_plain_path(doc, changes):
    """parse() takes the usual JSON values without _validate_value: the same result (or the same first error, naming
    the same field) as validating every field with _validate_value, for a valid offer with any value in one or two
    of its fields."""
    for (section, key), value in changes:
        if section is None:
            doc[key] = value
        elif isinstance(doc.get(section), dict):
            doc[section][key] = value
        else:
            doc[section] = {key: value}
    assert _outcome(parse, doc) == _outcome(_parse_slowly, doc)


def test_a_byte_order_mark_is_refused_as_json_loads_refuses_it():
    with pytest.raises(OfferError) as raised:
        parse('\ufeff{"schema": "ikut.job-offer/1", "sector": "other"}')
    assert (raised.value.field, raised.value.problem) == ("(document)", "malformed JSON (line 1, column 1)")


def test_the_minimum_pay_json_is_kept_per_row_and_day():
    """minimum_pay_json() gives json.dumps(minimum_pay_used()) across the day the minimum becomes 12 months old."""
    rights = offer_check.content()
    minimum = rights.minimum("cleaning")
    assert minimum is not None
    first = minimum.effective_from
    for today in (first, first + datetime.timedelta(days=365), first + datetime.timedelta(days=366),
                  first + datetime.timedelta(days=400), first):
        ctx = {"hourly": Decimal("9.50"), "minimum": minimum, "today": today}
        assert rights.minimum_pay_json(ctx) == json.dumps(offer_check.minimum_pay_used(ctx)), today
    assert rights.minimum_pay_json({"hourly": None, "minimum": minimum, "today": first}) == "null"


@pytest.mark.parametrize("query", [
    "", "lang=fi", "lang=sv", "lang=ar", "lang=", "lang=xx", "lang=f%69", "lang=fi&lang=sv", "lang=sv&x=1",
    "x=1&lang=ar", "lang=sv+", "lang=+sv", "lang=fi;lang=sv", "LANG=sv", "lang", "lang=fi=", "lang=%E4",
    "lang=fi%26lang%3Dsv", "&lang=en"])
def test_the_language_is_read_from_the_query_as_request_get_reads_it(rf, query):
    from ikut.rights.api import _requested_language

    request = rf.post(f"/api/rights/check-offer?{query}" if query else "/api/rights/check-offer")
    expected = request.GET.get("lang", "en")
    fresh = rf.post(f"/api/rights/check-offer?{query}" if query else "/api/rights/check-offer")
    assert _requested_language(fresh) == expected
