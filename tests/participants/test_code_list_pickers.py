"""Nationality and languages spoken are picked from code lists named in the UI language (issue 16, item 5),
with words for what no code covers; values typed before the pickers stay readable and become codes where a
name is recognised. These tests post the plain form, as a browser without JavaScript does."""

import pytest
from django.urls import reverse
from django.utils import translation

from ikut.core import codelists
from ikut.participants.models import Participant

pytestmark = pytest.mark.django_db


def _edit_data(client, p, **changes):
    form = client.get(reverse("participants:edit", args=[p.code])).context["form"]
    data = {k: ("" if v is None else v) for k, v in form.initial.items() if k in form.fields}
    data.update(date_of_birth="1990-05-01", intake_date="2026-01-05", **changes)
    return data


def test_names_are_in_the_ui_language_with_the_own_script_name_for_ikut_languages():
    assert codelists.name("SE", codelists.COUNTRY, "fi") == "Ruotsi"
    assert codelists.name("SE", codelists.COUNTRY, "sv") == "Sverige"
    assert codelists.language_name("th", "fi") == "thai (ไทย)"
    assert codelists.language_name("th", "en") == "Thai (ไทย)"
    assert codelists.language_name("sv", "sv").casefold() == "svenska"  # no repetition when the names agree
    assert codelists.language_name("ckb", "en").startswith("Central Kurdish")  # 639-3 languages IKUT serves
    with translation.override("fi"):
        names = [label for _code, label in codelists.language_choices()]
    assert names == sorted(names, key=str.casefold) and len(names) > 180


def test_stored_text_splits_into_codes_and_words_and_back():
    assert codelists.split("Somalia, stateless", codelists.COUNTRY) == (["SO"], "stateless")
    assert codelists.split("Viet Nam, Ruotsi, se", codelists.COUNTRY) == (["VN", "SE"], "")
    assert codelists.split("Somali, some Swedish", codelists.LANGUAGE) == (["so"], "some Swedish")
    assert codelists.join(["so", "sv"], " a little English ") == "so, sv, a little English"
    with translation.override("en"):
        assert codelists.display("SO, stateless", codelists.COUNTRY) == "Somalia, stateless"
        assert codelists.display("so, Nigerian Pidgin", codelists.LANGUAGE) == "Somali (Soomaali), Nigerian Pidgin"


def test_a_profile_is_saved_with_picked_codes_and_words_and_shown_by_name(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    page = client.get(reverse("participants:edit", args=[p.code])).content.decode()
    # without JavaScript: a group of checkboxes (no Ctrl-click), named by a legend, names in the UI language
    assert '<legend>Nationality</legend>' in page and 'class="picker-list"' in page
    assert 'type="checkbox" name="nationality" value="SO"' in page and "Somalia" in page
    data = _edit_data(client, p, nationality=["SO", "ER"], nationality_other="",
                      languages_spoken=["so", "ti"], languages_spoken_other="a little English")
    response = client.post(reverse("participants:edit", args=[p.code]), data)
    assert response.status_code == 302, response.context["form"].errors
    p = Participant.objects.get(pk=p.pk)
    assert (p.nationality, p.languages_spoken) == ("SO, ER", "so, ti, a little English")
    detail = client.get(reverse("participants:detail", args=[p.code]), {"identity": "1"}).content.decode()
    assert "Somalia, Eritrea" in detail and "Somali (Soomaali), Tigrinya (ትግርኛ), a little English" in detail
    assert "SO, ER" not in detail


def test_older_free_text_is_kept_and_read_as_codes_where_a_name_is_recognised(team, as_user):
    p = team.participant
    p.nationality, p.languages_spoken = "Somalia, stateless", "Somali, some Swedish"
    p.save()
    client = as_user(team.caseworker)
    form = client.get(reverse("participants:edit", args=[p.code])).context["form"]
    assert (form.initial["nationality"], form.initial["nationality_other"]) == (["SO"], "stateless")
    assert (form.initial["languages_spoken"], form.initial["languages_spoken_other"]) == (["so"], "some Swedish")
    assert client.post(reverse("participants:edit", args=[p.code]), _edit_data(client, p)).status_code == 302
    p = Participant.objects.get(pk=p.pk)
    assert (p.nationality, p.languages_spoken) == ("SO, stateless", "so, some Swedish")


@pytest.mark.parametrize("field,value", [("nationality", "XX"), ("nationality", "<script>"),
                                         ("languages_spoken", "klingon")])
def test_a_forged_code_is_a_form_error_naming_the_field(team, as_user, field, value):
    p = team.participant
    client = as_user(team.caseworker)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = client.post(reverse("participants:edit", args=[p.code]), _edit_data(client, p, **{field: [value]}))
    assert response.status_code == 200 and field in response.context["form"].errors
    assert f'href="#id_{field}_0"' in response.content.decode()  # the error summary links to the list
    assert Participant.objects.get(pk=p.pk).nationality == ""


def test_too_many_to_store_is_a_form_error_not_a_truncation(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    codes = [code for code, _name in codelists.choices(codelists.COUNTRY)][:60]
    response = client.post(reverse("participants:edit", args=[p.code]), _edit_data(client, p, nationality=codes))
    assert "nationality" in response.context["form"].errors
