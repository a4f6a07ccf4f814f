"""One rule set for both sides: the same offer entered by the employer (offer form) and by a survivor
(portal check form) runs through the same ikut.job-offer/1 document and engine and gets identical flags.
Thirteen offers cover every code. Unknown is not fine: an employer offer with any unanswered rights
question is saved as a draft and cannot be published."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from ikut.employers.demo import FAIR_ANSWERS
from ikut.employers.models import Offer
from ikut.employers.offers import QUESTIONS, YES_NO
from ikut.rights import offer_check
from tests.employers.test_offers_companies import OFFER_FORM, form_answers

BASE = {"kind": "job", "title": "Both ways", "tasks": "Cleaning", "location": "Vantaa", "places": "1",
        "hours_per_day": "8", "days_per_week": "5", "pay_amount": "2600", "pay_per": "month"}

# (name, company sector, business ID, employer answers overriding FAIR_ANSWERS and BASE)
OFFERS = [
    ("fair, cleaning minimum not confirmed", "cleaning", "1357913-8", {}),
    ("passport, bank card, phone", "cleaning", "1357913-8",
     {"documents": "employer", "bank_account_controlled": True, "phone_restricted": True}),
    ("not free, threats, residence threats, deception", "cleaning", "1357913-8",
     {"free_to_leave": False, "threats": True, "threatens_to_report": True, "differs_from_promise": True}),
    ("fee, debt, held back, kickback", "cleaning", "1357913-8",
     {"recruitment_fee_eur": "300", "debt_eur": "1200", "pay_withheld": True, "pay_part_returned": True}),
    ("low pay, 60 h weeks unpaid, 8 h rest", "cleaning", "1357913-8",
     {"pay_amount": "9", "pay_per": "hour", "hours_per_day": "10", "days_per_week": "6", "overtime_paid": False,
      "rest_between_shifts_hours": "8"}),
    ("10 h days in a 40 h week unpaid, 10 h rest", "cleaning", "1357913-8",
     {"hours_per_day": "10", "days_per_week": "4", "overtime_paid": False, "rest_between_shifts_hours": "10"}),
    ("seven days, long trial", "cleaning", "1357913-8",
     {"hours_per_day": "5", "days_per_week": "7", "trial_period_months": "7"}),
    ("seasonal worker, rent from pay, must live there, high rent", "agriculture", "1357913-8",
     {"seasonal": True, "housing_provided": True, "must_live_in_housing": True, "housing_deducted": True,
      "housing_eur_per_month": "900", "pay_amount": "2000"}),
    ("rent from pay, no contract, cash, no payslip", "cleaning", "1357913-8",
     {"housing_provided": True, "housing_deducted": True, "written_contract": False, "understood_language": False,
      "pay_into_bank_account": False, "payslip": False}),
    ("self-employed, unpaid trial days, pays for PPE", "construction", "1357913-8",
     {"must_register_self_employed": True, "unpaid_trial_days": "3", "ppe_charged": True}),
    ("berry picking by the hour", "berry_picking", "1357913-8", {"pay_amount": "10", "pay_per": "hour"}),
    ("berry picking by the kilo", "berry_picking", "1357913-8", {"pay_amount": "0.9", "pay_per": "piece"}),
    ("invalid business ID", "cleaning", "1234567-8", {}),
]

EMPLOYER_TO_PORTAL = {"hours_per_day": "hours.per_day", "days_per_week": "hours.days_per_week",
                      "pay_amount": "pay.amount", "pay_per": "pay.per", "trial_period_months":
                      "contract.trial_period_months", "housing_eur_per_month": "costs.housing_eur_per_month"}


def employer_form(answers):
    return OFFER_FORM | BASE | form_answers(FAIR_ANSWERS) | form_answers(answers)


def portal_form(data, sector, business_id):
    """The same offer as a survivor enters it on the portal."""
    out = {"sector": sector, "employer.business_id": business_id}
    for field, path, _kind, _label in QUESTIONS:
        value = data[field]
        if field == "documents":
            value = "yes" if value == "employer" else "no"
        out[path] = value
    for field, path in EMPLOYER_TO_PORTAL.items():
        if data.get(field, "") != "":
            out[path] = data[field]
    return out


def portal_flags(lang, data):
    html = Client().post(f"/portal/{lang}/check/", data).content.decode()
    return {(code, severity) for severity, code in re.findall(r'class="flag (\w+)" data-code="(\w+)"', html)}


@pytest.mark.parametrize("name,sector,business_id,answers", OFFERS, ids=[o[0] for o in OFFERS])
def test_same_offer_both_ways_gets_identical_flags(w, as_user, client, name, sector, business_id, answers):
    w.company.sector, w.company.business_id = sector, business_id
    w.company.save()
    as_user(w.employer)
    data = employer_form(answers)
    response = client.post(reverse("employers:offer_create", args=[w.company.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    offer = Offer.objects.get(title="Both ways")
    assert offer.unanswered == []
    employer = {(f["code"], f["severity"]) for f in offer.check_result["flags"]}
    assert employer == portal_flags("en", portal_form(data, sector, business_id)), name
    assert employer == portal_flags("ar", portal_form(data, sector, business_id))


def test_the_offers_cover_every_code_and_severity(w, as_user, client):
    seen = set()
    for _name, sector, business_id, answers in OFFERS:
        data = employer_form(answers)
        seen |= portal_flags("en", portal_form(data, sector, business_id))
    assert {code for code, _s in seen} == set(offer_check.CODES)
    assert {("OVERTIME_UNPAID", "red"), ("OVERTIME_UNPAID", "amber"), ("INSUFFICIENT_DAILY_REST", "red"),
            ("INSUFFICIENT_DAILY_REST", "amber")} <= seen


@pytest.mark.parametrize("field", [q[0] for q in QUESTIONS])
def test_any_unanswered_question_keeps_the_offer_a_draft(w, as_user, client, field):
    as_user(w.employer)
    data = employer_form({})
    del data[field]
    response = client.post(reverse("employers:offer_create", args=[w.company.pk]), data)
    assert response.status_code == 302  # saved as a draft
    offer = Offer.objects.get(title="Both ways")
    assert getattr(offer, field) in (None, "") and offer.unanswered and not offer.publishable
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert "data-unanswered" in page and 'value="publish"' not in page
    assert client.get(f"/api/employers/offers/{offer.pk}").json()["unanswered_questions"] == 1
    client.post(reverse("employers:offer_publish", args=[offer.pk]), {"action": "publish"})  # forged publish
    offer.refresh_from_db()
    assert offer.status == "draft"


def test_the_form_offers_yes_no_radios_with_nothing_selected(w, as_user, client):
    as_user(w.employer)
    html = client.get(reverse("employers:offer_create", args=[w.company.pk])).content.decode()
    for field, _path, kind, _label in QUESTIONS:
        if kind == YES_NO:
            radios = re.findall(rf'<input type="radio" name="{field}"[^>]*>', html)
            assert len(radios) == 2, field
            assert not any("checked" in r for r in radios), field


def test_answering_the_last_question_allows_publishing(w, as_user, client):
    as_user(w.employer)
    data = employer_form({})
    del data["threatens_to_report"]
    client.post(reverse("employers:offer_create", args=[w.company.pk]), data)
    offer = Offer.objects.get(title="Both ways")
    client.post(reverse("employers:offer_edit", args=[offer.pk]), employer_form({}))
    client.post(reverse("employers:offer_publish", args=[offer.pk]), {"action": "publish"})
    offer.refresh_from_db()
    assert offer.status == "published"


def test_a_published_offer_loses_an_answer_and_goes_back_to_draft(w, as_user, client):
    as_user(w.employer)
    client.post(reverse("employers:offer_create", args=[w.company.pk]), employer_form({}))
    offer = Offer.objects.get(title="Both ways")
    client.post(reverse("employers:offer_publish", args=[offer.pk]), {"action": "publish"})
    offer.refresh_from_db()
    assert offer.status == "published"
    data = employer_form({})
    del data["free_to_leave"]
    client.post(reverse("employers:offer_edit", args=[offer.pk]), data)
    offer.refresh_from_db()
    assert offer.status == "draft" and offer.free_to_leave is None


def test_bad_answers_name_the_field(w, as_user, client):
    as_user(w.employer)
    for field, value in [("free_to_leave", "maybe"), ("unpaid_trial_days", "-1"), ("debt_eur", "abc"),
                         ("unpaid_trial_days", "400")]:
        response = client.post(reverse("employers:offer_create", args=[w.company.pk]),
                               employer_form({field: value}))
        assert response.status_code == 200, field
        assert f'id="id_{field}' in response.content.decode()
        assert not Offer.objects.filter(title="Both ways").exists()


def test_offer_page_says_which_minimum_pay_was_used(w, as_user, client):
    as_user(w.employer)
    client.post(reverse("employers:offer_create", args=[w.company.pk]),
                employer_form({"pay_amount": "13", "pay_per": "hour"}))
    offer = Offer.objects.get(title="Both ways")
    assert offer.check_result["minimum_pay"]["sector"] == "cleaning"
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    note = re.search(r"<p data-minimum>(.*?)</p>", page).group(1)
    assert "12.20" in note and "Not confirmed" in note  # the shipped figure is an unconfirmed approximation


def test_the_offer_from_the_issue_is_not_called_fine(w, as_user, client):
    """No written contract, no payslip, cash pay, unpaid overtime, 'free to leave' left blank: this used to
    get "No serious problems found" and a Publish button."""
    as_user(w.employer)
    data = employer_form({"written_contract": False, "payslip": False, "pay_into_bank_account": False,
                          "overtime_paid": False, "hours_per_day": "10", "days_per_week": "5"})
    del data["free_to_leave"]
    client.post(reverse("employers:offer_create", args=[w.company.pk]), data)
    offer = Offer.objects.get(title="Both ways")
    codes = {(f["code"], f["severity"]) for f in offer.check_result["flags"]}
    assert {("OVERTIME_UNPAID", "red"), ("NO_WRITTEN_TERMS", "amber"), ("NO_PAYSLIP", "amber"),
            ("PAID_IN_CASH", "amber")} <= codes
    assert offer.check_result["recommendation"] == "seek_advice"
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert "No serious problems found" not in page and 'value="publish"' not in page
    assert "May workers leave the workplace and the housing freely" in page  # named as an open question
