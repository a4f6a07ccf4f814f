import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ikut.accounts.models import Organisation
from ikut.employers.demo import FAIR_ANSWERS
from ikut.employers.models import Commitment, Company, Offer
from ikut.employers.offers import to_job_offer
from ikut.rights import offer_check
from tests.helpers import make_org


def form_answers(answers):
    """Model answers → what the employer's form posts (yes/no radios, numbers as text)."""
    return {k: ("yes" if v else "no") if isinstance(v, bool) else str(v) for k, v in answers.items()}


OFFER_FORM = {
    "kind": "work_trial", "title": "Kitchen work trial", "tasks": "Washing up, preparing salads",
    "location": "Helsinki", "places": "1", "hours_per_day": "7.5", "days_per_week": "5",
    "pay_per": "none", "language_fi": "A2",
} | form_answers(FAIR_ANSWERS)


def test_business_id_is_validated_with_its_check_digit(db):
    org = make_org("Firm", Organisation.Kind.COMPANY)
    with pytest.raises(ValidationError) as exc:
        Company(organisation=org, business_id="5550123-3", sector="cleaning").full_clean()
    assert "business_id" in exc.value.message_dict
    Company(organisation=org, business_id="5550123-2", sector="cleaning").full_clean()


def test_only_company_organisations_get_a_profile(db):
    org = make_org("NGO", Organisation.Kind.PARTNER_NGO)
    with pytest.raises(ValidationError):
        Company(organisation=org, business_id="5550123-2", sector="cleaning").full_clean()


def test_offer_converts_to_the_job_offer_schema(w):
    offer = Offer(company=w.company, kind="job", title="Cleaner", tasks="x", location="Espoo", hours_per_day=8,
                  days_per_week=5, pay_amount=13, pay_per="hour", contract_type="permanent",
                  documents=Offer.Documents.EMPLOYER)
    doc = to_job_offer(offer)
    parsed = offer_check.parse(doc)  # valid input for the rights app's parser
    assert parsed["schema"] == "ikut.job-offer/1"
    assert doc["control"]["employer_keeps_id_documents"] is True
    assert doc["employer"]["business_id"] == "1357913-8"
    codes = [f["code"] for f in offer_check.evaluate(parsed)["flags"]]
    assert "ID_DOCUMENTS_RETAINED" in codes


def test_passport_clause_is_refused_with_the_reason(w, as_user, client):
    as_user(w.employer)
    data = dict(OFFER_FORM, documents="employer")
    response = client.post(reverse("employers:offer_create", args=[w.company.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    offer = Offer.objects.get(title="Kitchen work trial", company=w.company)
    assert offer.status == "draft" and "ID_DOCUMENTS_RETAINED" in [f["code"] for f in offer.red_flags]
    response = client.post(reverse("employers:offer_publish", args=[offer.pk]), {"action": "publish"})
    offer.refresh_from_db()
    assert offer.status == "draft"
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert "cannot be published" in page
    message = offer_check.check(to_job_offer(offer))["flags"][0]["message"]
    assert message and message in page


def test_clean_offer_publishes_and_a_red_edit_unpublishes(w, as_user, client):
    as_user(w.employer)
    client.post(reverse("employers:offer_create", args=[w.company.pk]),
                dict(OFFER_FORM, required_skills=[w.skill_clean.pk], required_certificates=[w.hygiene.pk]))
    offer = Offer.objects.get(title="Kitchen work trial", company=w.company)
    assert not offer.red_flags
    assert list(offer.skill_links.values_list("skill_id", "required")) == [(w.skill_clean.pk, True)]
    client.post(reverse("employers:offer_publish", args=[offer.pk]), {"action": "publish"})
    offer.refresh_from_db()
    assert offer.status == "published"
    client.post(reverse("employers:offer_edit", args=[offer.pk]), dict(OFFER_FORM, recruitment_fee_eur="500"))
    offer.refresh_from_db()
    assert offer.status == "draft" and "RECRUITMENT_FEE" in [f["code"] for f in offer.red_flags]


def test_offer_skills_and_certificates_are_checkbox_pickers_not_a_ctrl_click_list(w, as_user, client):
    """Issue 16, item 5: plain checkboxes a browser without JavaScript submits as they are; picker.js adds the
    filter (tests/e2e/test_pickers.py)."""
    as_user(w.employer)
    page = client.get(reverse("employers:offer_create", args=[w.company.pk])).content.decode()
    for name in ("required_skills", "optional_skills", "required_certificates", "optional_certificates"):
        assert f'<div id="id_{name}" class="picker-list">' in page, name
        assert f'type="checkbox" name="{name}" value=' in page, name
    assert "Ctrl" not in page and not re.search(r"<select[^>]*\bmultiple", page)
    assert f'value="{w.skill_clean.pk}"' in page


def test_offer_form_errors_name_the_field(w, as_user, client):
    as_user(w.employer)
    response = client.post(reverse("employers:offer_create", args=[w.company.pk]),
                           dict(OFFER_FORM, hours_per_day="30", pay_per="hour"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hours per day" in page and "error-summary" in page


def test_employer_cannot_reach_another_companys_data(w, as_user, client):
    draft = Offer.objects.create(company=w.other_company, kind="job", title="Secret", tasks="x", location="Turku",
                                 hours_per_day=8, days_per_week=5, pay_amount=2500, pay_per="month")
    as_user(w.employer)
    for name, args in [("employers:offer_detail", [w.other_offer.pk]), ("employers:offer_detail", [draft.pk]),
                       ("employers:offer_edit", [w.other_offer.pk]), ("employers:company_detail", [w.other_company.pk]),
                       ("employers:company_edit", [w.other_company.pk]),
                       ("employers:offer_create", [w.other_company.pk]),
                       ("employers:assessment_new", [w.other_company.pk])]:
        assert client.get(reverse(name, args=args)).status_code == 404, name
    assert client.get(f"/api/employers/offers/{w.other_offer.pk}").status_code == 404
    listed = client.get("/api/employers/offers").json()
    assert {o["id"] for o in listed} == {w.offer.pk}
    assert "Kitchen work trial" not in client.get(reverse("employers:offer_list")).content.decode()


def test_commitment_status_history_is_kept(w, as_user, client):
    as_user(w.employer)
    client.post(reverse("employers:commitment_add", args=[w.company.pk]),
                {"kind": "work_trial", "quantity": "3", "start_date": "2026-01-01", "status": "planned"})
    commitment = Commitment.objects.get(company=w.company)
    client.post(reverse("employers:commitment_status", args=[commitment.pk]), {"status": "active", "note": "go"})
    client.post(reverse("employers:commitment_status", args=[commitment.pk]), {"status": "fulfilled"})
    assert list(commitment.history.order_by("pk").values_list("status", flat=True)) == ["planned", "active",
                                                                                        "fulfilled"]
    page = client.get(reverse("employers:company_detail", args=[w.company.pk])).content.decode()
    assert "Fulfilled" in page and "Status history" in page


def test_employer_edits_own_profile_but_not_the_business_id_into_an_invalid_one(w, as_user, client):
    as_user(w.employer)
    url = reverse("employers:company_edit", args=[w.company.pk])
    response = client.post(url, {"name": "Siisti Oy", "business_id": "1234567-8", "sector": "cleaning"})
    assert response.status_code == 200 and "business ID" in response.content.decode()
    response = client.post(url, {"name": "Siisti Oy", "business_id": "1357913-8", "sector": "cleaning",
                                 "staff_count": "450"})
    assert response.status_code == 302
    w.company.refresh_from_db()
    assert w.company.staff_count == 450 and w.company.organisation.name == "Siisti Oy"


def test_offer_list_query_count(w, as_user, client, django_assert_max_num_queries):
    for i in range(15):
        Offer.objects.create(company=w.company, kind="job", title=f"Job {i}", tasks="x", location="Espoo",
                             hours_per_day=8, days_per_week=5, pay_amount=2500, pay_per="month")
    for user in (w.employer, w.caseworker, w.pm):
        as_user(user)
        client.get(reverse("employers:offer_list"))  # warm the session
        with django_assert_max_num_queries(12):
            response = client.get(reverse("employers:offer_list"))
        assert response.status_code == 200
    as_user(w.employer)
    with django_assert_max_num_queries(14):
        assert len(client.get("/api/employers/offers").json()) == 16
