"""The portal home and the empty job-offer form are rendered once per language and process for anonymous
visitors (they hold templates and translations only); a signed-in participant always gets their own page."""

import pytest
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.portal import views
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    views._same_for_everyone.clear()
    yield
    views._same_for_everyone.clear()


def test_anonymous_visitors_get_the_page_rendered_once(client, django_assert_num_queries):
    first = client.get("/portal/fi/")
    with django_assert_num_queries(0):
        again = client.get("/portal/fi/")
    assert again.status_code == 200 and again.content == first.content
    assert again["Content-Type"] == first["Content-Type"] and again["Cache-Control"] == "no-store"
    assert not again.cookies
    assert client.get("/portal/ar/").content != first.content  # one page per language
    assert set(views._same_for_everyone) == {("home", "fi"), ("home", "ar")}


def test_a_signed_in_participant_never_gets_the_anonymous_page(client):
    anonymous = client.get("/portal/fi/").content.decode()
    assert reverse("portal:me", args=["fi"]) not in anonymous.split("?next=")[0]
    sign_in(client, make_user(Role.PARTICIPANT, make_org()))
    mine = client.get("/portal/fi/").content.decode()
    assert f'<a href="{reverse("portal:me", args=["fi"])}">' in mine
    client.logout()
    assert client.get("/portal/fi/").content.decode() == anonymous  # and their page is not kept for others


def test_the_offer_form_is_kept_but_answers_are_computed(client):
    form = client.get(reverse("portal:check", args=["en"]))
    assert client.get(reverse("portal:check", args=["en"])).content == form.content
    result = client.post(reverse("portal:check", args=["en"]),
                         {"sector": "cleaning", "control.employer_keeps_id_documents": "yes"})
    assert result.status_code == 200 and result.content != form.content
    assert ("check", "en") in views._same_for_everyone and len(views._same_for_everyone) == 1
