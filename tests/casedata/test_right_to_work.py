"""Right to work in matching and introductions: a participant with no right to work is never offered to an
employer — through the pages and through the API — and the caseworker sees why; a restricted right to work
allows only the employer or field recorded."""

import json

import pytest
from django.urls import reverse

from ikut.casedata import actions as casedata
from ikut.employers import actions
from ikut.employers.models import Introduction

pytestmark = pytest.mark.django_db


def _set(w, **data):
    casedata.save_status(w.caseworker, w.participant, data)


def _propose_ui(client, w, offer):
    url = reverse("employers:propose", args=[offer.pk, w.participant.code])
    return client.post(url, {"availability": "full_time", "available_from": "2027-01-10", "confirm": "1"})


def _api_candidates(client, offer):
    return client.get(f"/api/employers/offers/{offer.pk}/candidates").json()


def _api_propose(client, offer, code):
    return client.post(f"/api/employers/offers/{offer.pk}/introductions",
                       json.dumps({"participant_code": code, "availability": "either"}),
                       content_type="application/json")


def test_without_status_recorded_matching_works_as_before(w, as_user, client):
    as_user(w.caseworker)
    assert w.participant.code in client.get(reverse("employers:candidates", args=[w.offer.pk])).content.decode()
    assert _propose_ui(client, w, w.offer).status_code == 302


@pytest.mark.parametrize("right", ["none", "pending"])
def test_no_right_to_work_is_never_offered_pages(w, as_user, client, right):
    _set(w, right_to_work=right)
    as_user(w.caseworker)
    page = client.get(reverse("employers:candidates", args=[w.offer.pk])).content.decode()
    assert "Not proposed because of the right to work" in page
    ranked = page.split("Not proposed because of the right to work")[0]
    assert w.participant.code not in ranked
    reason = "No right to work is recorded" if right == "none" else "The right to work is pending"
    assert reason in page
    offers = client.get(reverse("employers:participant_offers", args=[w.participant.code])).content.decode()
    assert reason in offers and w.offer.title not in offers and w.other_offer.title not in offers
    form = client.get(reverse("employers:propose", args=[w.offer.pk, w.participant.code])).content.decode()
    assert reason in form
    response = _propose_ui(client, w, w.offer)
    assert response.status_code == 200 and reason in response.content.decode()
    assert not Introduction.objects.filter(participant=w.participant).exists()
    with pytest.raises(actions.NotAllowed):  # the action refuses too, whatever calls it
        actions.propose(w.caseworker, w.offer, w.participant)
    # The employer never sees anything: no introduction in their list or API.
    as_user(w.employer)
    assert client.get("/api/employers/introductions").json() == []


def test_no_right_to_work_is_never_offered_api(w, as_user, client):
    _set(w, right_to_work="none")
    as_user(w.caseworker)
    body = _api_candidates(client, w.offer)
    assert w.participant.code not in [c["participant_code"] for c in body["candidates"]]
    assert body["excluded"] == [{"participant_code": w.participant.code,
                                 "reason": "No right to work is recorded: the participant cannot be proposed to "
                                           "employers."}]
    response = _api_propose(client, w.offer, w.participant.code)
    assert response.status_code == 400 and "No right to work" in response.json()["detail"]
    assert not Introduction.objects.exists()
    # Once the right to work is recorded, the same call goes through.
    _set(w, right_to_work="unrestricted")
    assert _api_candidates(client, w.offer)["excluded"] == []
    response = _api_propose(client, w.offer, w.participant.code)
    assert response.status_code == 201 and response.json()["participant_code"] == w.participant.code


def test_restricted_allows_only_the_recorded_field_or_employer(w, as_user, client):
    # w.company is "cleaning" (business ID 1357913-8); w.other_company is "hospitality".
    _set(w, right_to_work="restricted", allowed_sectors="hospitality")
    as_user(w.caseworker)
    offers = client.get(reverse("employers:participant_offers", args=[w.participant.code])).content.decode()
    assert w.other_offer.title in offers and w.offer.title not in offers
    assert _api_propose(client, w.offer, w.participant.code).status_code == 400
    assert "restricted to another employer or field" in _api_candidates(client, w.offer)["excluded"][0]["reason"]
    _set(w, right_to_work="restricted", allowed_sectors="", allowed_business_id="1357913-8")
    assert _api_propose(client, w.offer, w.participant.code).status_code == 201
    assert _propose_ui(client, w, w.other_offer).status_code == 200
    assert Introduction.objects.filter(participant=w.participant).count() == 1


def test_candidates_api_is_staff_only_and_scoped(w, as_user, client):
    as_user(w.employer)
    assert client.get(f"/api/employers/offers/{w.offer.pk}/candidates").status_code == 404
    assert _api_propose(client, w.offer, w.participant.code).status_code == 404
    as_user(w.colleague)  # a caseworker not assigned to the participant
    assert w.participant.code not in str(_api_candidates(client, w.offer))
    assert _api_propose(client, w.offer, w.participant.code).status_code == 404
    assert not Introduction.objects.exists()
